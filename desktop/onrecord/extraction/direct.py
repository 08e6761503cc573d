"""Who said the words inside quotation marks: the cue verb, else the nearest frame.

In order: a name labelling the quote after a dash (`- Ann Selzer: "…"`) or an inverted
attribution right after it (`"…?" asked Dunn`); a reporting verb the quoted words hang on
in the parse; a reporting verb in
the sentence around the quote (either one handing over to the reporter of its clause,
`Ross said Obama had told …`); a subject outside the marks of a verb inside them (`The
side "expressed …"`); else a frame read around the quote (frames.py). With no frame the
extractor gives the quote the speaker before it (`"…," said Yang. "They likely …"`).
"""

from __future__ import annotations

from onrecord.extraction import lexicon as lx
from onrecord.extraction.cues import MAX_SENTENCE_TOKENS, is_cue
from onrecord.extraction.frames import (
    Frame,
    after_frame,
    dash_label,
    dashed_aside,
    intro_frame,
    name_beside,
    punctuation_frame,
)
from onrecord.extraction.speakers import can_speak, speaking
from onrecord.extraction.subjects import according_source, enclosing_cue, subject_of

WINDOW = MAX_SENTENCE_TOKENS  # tokens read either side of a quote for its frame


def _inside(span, ctx) -> list:
    return [t for t in ctx.tokens_between(span.start, span.end) if ctx.start(t) < span.end]


def _frame_sentences(span, ctx, inside) -> list:
    """The sentences around the span, and the one of a trailing `X said.`"""
    sents = [ctx.sentence(inside[0])]
    while sents[-1].end <= inside[-1].i:
        sents.append(ctx.sentence(ctx.doc[sents[-1].end]))
    nxt = inside[-1].i + 1
    while nxt < len(ctx.doc) and (ctx.doc[nxt].is_punct or ctx.doc[nxt].is_space):
        nxt += 1
    if nxt < len(ctx.doc) and ctx.paragraph_of(ctx.start(ctx.doc[nxt])) == ctx.paragraph_of(
        span.end
    ):
        after = ctx.sentence(ctx.doc[nxt])
        if after.start >= sents[-1].end:
            sents.append(after)
    return sents


def _outside(ctx, sents, lo: int, hi: int) -> list:
    """Tokens outside quotes in `sents` with an index in [lo, hi)."""
    return [
        t for s in sents for t in ctx.doc[max(s.start, lo) : min(s.end, hi)] if not ctx.in_quote(t)
    ]


def find_frame(span, ctx) -> Frame:
    frame = _find_frame(span, ctx)
    if frame.cue is not None and frame.subject is None:
        frame.subject = name_beside(span, frame.cue, ctx)
    return frame


def _find_frame(span, ctx) -> Frame:
    inside = _inside(span, ctx)
    if not inside:
        return Frame(None, None, "none")
    if (label := dash_label(span, ctx) or dashed_aside(span, ctx)) is not None:
        return label
    if (owned := _owned(span, ctx)) is not None:
        return owned
    after = after_frame(span, ctx)
    if after is not None and after.subject.i > after.cue.i:
        # `"…?" asked Dunn`: an inverted attribution right after the marks is as sure as
        # the parse's own
        return _outermost(Frame(after.cue, after.subject, "parse"), ctx)
    inside_ids = {t.i for t in inside}
    for tok in inside:  # the quote's attachment point, climbing to a reporting verb
        below, head = tok, tok.head
        for _ in range(5):
            if head.i in inside_ids or ctx.in_quote(head):
                break
            if (owner := _speech_owner(head, below, ctx)) is not None:
                return Frame(head, owner, "parse")
            if (filer := _filer(head, span, inside, ctx)) is not None:
                return Frame(head, filer, "parse")
            if (is_cue(head) or _speaks_clause(tok, head)) and not _unsaid(head):
                cue = _told_to_say(head, tok) or head
                return _outermost(Frame(cue, subject_of(cue, ctx), "parse"), ctx)
            if head.head.i == head.i:
                break
            below, head = head, head.head
    if (lead := _inverted_lead(span, inside, ctx)) is not None:
        return Frame(lead, subject_of(lead, ctx), "parse")
    # the nearest cue that speaks of this quote, nearest first, within WINDOW tokens: an
    # endless sentence of quotes and cues would otherwise cost its square
    sents = _frame_sentences(span, ctx, inside)
    lo, hi = inside[0].i - WINDOW, inside[-1].i + 1 + WINDOW
    near = sorted(
        (t for s in sents for t in ctx.cues_in(s, lo, hi)),
        key=lambda t: min(abs(ctx.start(t) - span.start), abs(ctx.start(t) - span.end)),
    )
    for cue in near:
        if _says_more(span, cue, inside, ctx) or _unsaid(cue):
            continue
        if not _across_clause(span, cue, ctx) and not _introduces_next(span, cue, ctx):
            subject = subject_of(cue, ctx)
            if subject is not None and speaking(subject, cue, ctx) is None:
                continue  # "records that would respond to …": the next cue may name one
            return _outermost(Frame(cue, subject, "sentence"), ctx)
    for tok in inside:  # `The North Korean side "expressed full sympathy …"`
        if tok.pos_ == "VERB" and tok.dep_ == "ROOT":
            for child in tok.children:
                if child.dep_ == "nsubj" and child.i not in inside_ids and not ctx.in_quote(child):
                    return Frame(tok, child, "inner")
    return (
        after
        or intro_frame(span, ctx)
        or punctuation_frame(span, ctx, lambda: _outside(ctx, sents, lo, hi))
    )


def _inverted_lead(span, inside, ctx):
    """`Hillary shot back, "I suppose …"` parsed upside down, the clause before the marks
    hung on the quote's verb: that clause's verb introduces the quote."""
    for tok in inside:
        for child in tok.children:
            if (
                child.pos_ == "VERB"
                and child.dep_ in ("ccomp", "parataxis")
                and child.i < inside[0].i
                and not ctx.in_quote(child)
                and ctx.text[ctx.end(child.right_edge) : span.start].strip(" ,:\"“„«'‘`") == ""
            ):
                return child
    return None


def _unsaid(cue) -> bool:
    """`… for not calling the collapse "criminal negligence"`: words not said are no
    quote of the one who did not say them."""
    return any(c.dep_ == "neg" for c in cue.children)


def _speaks_clause(tok, head) -> bool:
    """`"…," Toomey fumed`: the main verb after the marks takes the quoted sentence."""
    return (
        tok.dep_ in ("ccomp", "parataxis")
        and tok.head.i == head.i
        and head.pos_ == "VERB"
        and head.dep_ == "ROOT"
        and (head.i > tok.i or _opens_with_comma(tok))
    )


def _owned(span, ctx) -> Frame | None:
    """`Penn's "no family left behind" pledge`: a quote between a possessive and a noun
    for speech is the possessor's words (the parse often hangs the 's inside the marks)."""
    opener = ctx.token_before(span.start)
    case = ctx.token_before(ctx.start(opener)) if opener is not None else None
    if case is None or case.lower_ not in ("'s", "’s", "'", "’") or case.i == 0:
        return None
    after = ctx.tokens_between(span.end, span.end + 40)
    noun = next((t for t in after if not (t.is_punct or t.is_space)), None)
    owner = case.doc[case.i - 1]
    if noun is None or not _speech_noun(noun):
        return None
    return Frame(noun, owner, "parse") if can_speak(owner) else None


def _speech_owner(noun, below, ctx):
    """`Trump's claim that Obama "founded ISIS"`: the one whose claim holds the quote in
    its clause (not `Ryan called Trump's remarks "racist"`: Ryan's word about them)."""
    if not _speech_noun(noun):
        return None
    if below.dep_ not in ("acl", "ccomp", "appos") or below.i < noun.i:
        return None
    for c in noun.children:
        if c.dep_ == "poss" and not ctx.in_quote(c) and c.pos_ != "PRON" and can_speak(c):
            return c
    return None


def _filer(verb, span, inside, ctx):
    """`The union filed a complaint … for "…"`, `Penn sent a letter …, seeking "…"`: who
    files the complaint, letter or request asks in its words."""
    if verb.pos_ != "VERB" or verb.i > inside[0].i:
        return None
    lead = ctx.token_before(ctx.start(ctx.token_before(span.start)))  # the word before the mark
    if lead is None or not (lead.lower_ == "for" or lead.tag_ == "VBG" and lead.head.i == verb.i):
        return None
    if not any(c.dep_ == "dobj" and c.lemma_.lower() in lx.REQUEST_NOUNS for c in verb.children):
        return None
    subject = subject_of(verb, ctx)
    return subject if subject is not None and can_speak(subject) else None


def _speech_noun(tok) -> bool:
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in lx.SPEECH_NOUNS


def _told_to_say(head, tok):
    """`The record prompted the Almanac to state, "…"` hung on "prompted": the speech
    verb between that verb and the quote takes it (its subject is the one prompted)."""
    for c in head.children:
        if c.dep_ == "xcomp" and head.i < c.i < tok.i and is_cue(c, lx.SPEECH_VERBS):
            return c
    return None


def _opens_with_comma(tok) -> bool:
    """`Hillary shot back, "…"`: the quoted clause follows its verb after a comma or colon."""
    first = min(tok.subtree, key=lambda t: t.i)
    before = tok.doc[first.i - 1] if first.i > 0 else first
    while before.i > 0 and before.is_quote:
        before = tok.doc[before.i - 1]
    return before.text in (",", ":")


def _across_clause(span, cue, ctx) -> bool:
    """`… “We have a complaint,” while police said …`: that cue speaks of something else.
    Read by token, so the dots of "Mrs." and "Jr." are no break."""
    if ctx.start(cue) >= span.end:
        return ctx.has_word_between(lx.CLAUSE_BREAK, span.end, ctx.start(cue))
    between = ctx.tokens_between(ctx.end(cue), span.start)
    if between and between[0].lower_ == "that":
        return False  # `warned that while "…"`: the break is inside what the cue reports
    return ctx.has_word_between(lx.CLAUSE_BREAK, ctx.end(cue), span.start)


_CONTENT = {"ccomp", "xcomp"}


def _says_more(span, cue, inside, ctx) -> bool:
    """A cue in the sentence after the quote takes it only as a bare `Dunmore said.`; not
    one with words of its own (`The group sent a letter demanding "…"`, `It said the …`)."""
    if ctx.sentence(cue).start <= ctx.sentence(inside[-1]).start:
        return False
    if any(c.dep_ in _CONTENT and not ctx.in_quote(c) for c in cue.children):
        return True
    return any(ctx.in_quote(t) for t in ctx.sentence(cue))


_LOOKAHEAD = 8  # tokens: the colon follows its cue closely ("said on Thursday:")


def _introduces_next(span, cue, ctx) -> bool:
    """`"…" Zahed said: "…"`: a cue after the quote whose colon opens the next quote."""
    if ctx.start(cue) < span.end:
        return False
    ahead = cue.doc[cue.i + 1 : min(ctx.sentence(cue).end, cue.i + 1 + _LOOKAHEAD)]
    rest = [t for t in ahead if not t.is_space]
    for n, tok in enumerate(rest):
        if ctx.in_quote(tok) or tok.is_quote:
            return n > 0 and rest[n - 1].text == ":"
    return False


def _outermost(frame: Frame, ctx) -> Frame:
    """A group's words inside a document's report are the document's (`It said both
    sides reaffirmed … "…"`); a pronoun's inside a named speaker's (`Cross said he …`).
    Read in a prose sentence only: climbing an endless one would cost each quote all of it."""
    subj = frame.subject
    if frame.cue is None or not ctx.prose_sentence(frame.cue):
        return frame
    if (source := according_source(frame.cue, ctx)) is not None:
        return Frame(frame.cue, source, frame.how)
    if subj is None:
        return frame
    loose = subj.lemma_.lower() in lx.GROUP_NOUNS or subj.tag_ == "NNS" or subj.pos_ == "PRON"
    outer, outer_subject = enclosing_cue(frame.cue, ctx) if loose else _reporter(frame.cue, ctx)
    if outer is None or (subj.pos_ == "PRON" and outer_subject.pos_ == "PRON"):
        return frame
    if not loose and outer_subject.lemma_.lower() in lx.DOCUMENT_NOUNS | lx.CHANNEL_NOUNS:
        return frame  # `Kim said "…", the report said`: the report is the channel
    return Frame(outer, outer_subject, frame.how)


def _reporter(cue, ctx):
    """`Ross said Obama had told leaders …`: the speech verb whose report holds `cue`,
    climbing only through complements (not relative clauses or clauses of their own)."""
    tok = cue
    while tok.dep_ != "ROOT":
        own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
        if tok.dep_ in ("relcl", "acl", "appos") or (
            tok.dep_ in ("conj", "advcl", "parataxis") and own_subject
        ):
            return None, None
        tok = tok.head
        if is_cue(tok, lx.SPEECH_VERBS):
            subject = subject_of(tok, ctx)
            return (tok, subject) if subject is not None else (None, None)
    return None, None


def quote_kind(span, ctx) -> str:
    """'direct' for quoted sentences, 'partial' for quoted words inside a sentence of ours."""
    words = ctx.text[span.start : span.end].lstrip(" [(‘'")
    before = ctx.text[: span.start].rstrip("\"“„«'‘` ")
    prev = before[-1:] if before else "\n"
    if words[:1].islower() and prev not in ":\n":
        return "partial"
    return "direct"
