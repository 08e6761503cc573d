"""Who said the words inside quotation marks: the cue verb, else the nearest frame.

In order: a reporting verb the quoted words hang on in the parse; a reporting verb in
the sentence around the quote; a subject outside the marks of a verb inside them (`The
side "expressed …"`); a name before a colon or after a dash; else the speaker of the
quote just before (`"…," said Yang. "They likely …"`), with lower confidence.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from onrecord.extraction import lexicon as lx
from onrecord.extraction.cues import enclosing_cue, is_cue, subject_left_of, subject_of

_DASH_AFTER = re.compile(r"^[\s,]*[—–-]+\s*")
_LABEL = re.compile(r"[ \t]*([A-Z][\w.’'-]*(?: [\w.’'-]+){0,3}):[ \t\xa0]+\S")
_NEXT_LABEL = re.compile(r"[.!?\"”] +[A-Z][\w.’'-]*: ")  # `… ISIS." Bush: "…"`


@dataclass
class Frame:
    cue: object | None  # the reporting verb token
    subject: object | None  # the token naming the speaker
    how: str  # parse | sentence | inner | colon | dash | none


def _inside(span, ctx) -> list:
    return [t for t in ctx.tokens_between(span.start, span.end) if ctx.start(t) < span.end]


def _frame_tokens(span, ctx, inside) -> list:
    """Tokens outside quotes in the sentences around the span (and a trailing `X said.`)."""
    sents = {t.sent for t in inside}
    if inside:
        nxt = inside[-1].i + 1
        while nxt < len(ctx.doc) and (ctx.doc[nxt].is_punct or ctx.doc[nxt].is_space):
            nxt += 1
        if nxt < len(ctx.doc) and ctx.paragraph_of(ctx.start(ctx.doc[nxt])) == ctx.paragraph_of(
            span.end
        ):
            sents.add(ctx.doc[nxt].sent)
    toks = [t for s in sorted(sents, key=lambda s: s.start) for t in s]
    return [t for t in toks if not ctx.in_quote(t)]


def find_frame(span, ctx) -> Frame:
    frame = _find_frame(span, ctx)
    if frame.cue is not None and frame.subject is None:
        frame.subject = _name_beside(span, frame.cue, ctx)
    return frame


def _name_beside(span, cue, ctx):
    """`"…," Flynn, a top surrogate, said` misparsed: the noun between quote and cue, or
    right after a cue that follows the quote (`said Robert Reich, who …`); before the
    quote, the last subject left of the cue (`Levine, who …, said, "…"`)."""
    if ctx.start(cue) < span.end:
        return subject_left_of(cue, ctx)
    between = ctx.tokens_between(span.end, ctx.start(cue))
    after = []
    for tok in cue.doc[cue.i + 1 : cue.i + 8]:
        if tok.is_punct or ctx.in_quote(tok):
            break
        after.append(tok)
    for tok in [*between, *after] if between else after:
        if tok.pos_ in ("PROPN", "NOUN") and not ctx.in_quote(tok):
            while tok.dep_ in ("compound", "amod", "nmod") and tok.head.pos_ in ("NOUN", "PROPN"):
                tok = tok.head
            return tok
    return None


def _find_frame(span, ctx) -> Frame:
    inside = _inside(span, ctx)
    if not inside:
        return Frame(None, None, "none")
    inside_ids = {t.i for t in inside}
    for tok in inside:  # the quote's attachment point, climbing to a reporting verb
        head = tok.head
        for _ in range(5):
            if head.i in inside_ids or ctx.in_quote(head):
                break
            if is_cue(head) or _speaks_clause(tok, head):
                return _outermost(Frame(head, subject_of(head, ctx), "parse"), ctx)
            if head.head is head:
                break
            head = head.head
    frame = _frame_tokens(span, ctx, inside)
    cues = [
        t
        for t in frame
        if is_cue(t) and not _across_clause(span, t, ctx) and not _introduces_next(span, t, ctx)
    ]
    if cues:
        cue = min(
            cues, key=lambda t: min(abs(ctx.start(t) - span.start), abs(ctx.start(t) - span.end))
        )
        return _outermost(Frame(cue, subject_of(cue, ctx), "sentence"), ctx)
    for tok in inside:  # `The North Korean side "expressed full sympathy …"`
        if tok.pos_ == "VERB" and tok.dep_ == "ROOT":
            for child in tok.children:
                if child.dep_ == "nsubj" and child.i not in inside_ids and not ctx.in_quote(child):
                    return Frame(tok, child, "inner")
    return (
        _after_frame(span, ctx) or _intro_frame(span, ctx) or _punctuation_frame(span, ctx, frame)
    )


def _after_frame(span, ctx) -> Frame | None:
    """`"…?" Trump went on.`: a subject and verb right after a quoted sentence."""
    end = ctx.text[max(0, span.end - 1) : span.end]
    if end not in (",", "?", "!"):
        return None
    after = [t for t in ctx.tokens_between(span.end, span.end + 60) if not ctx.in_quote(t)]
    after = [t for t in after if not (t.is_punct or t.is_space)][:4]
    if not after or ctx.paragraph_of(ctx.start(after[0])) != ctx.paragraph_of(span.end):
        return None
    for verb in after:
        if verb.pos_ == "VERB":
            subject = subject_of(verb, ctx)
            named = subject is not None and (subject.pos_ == "PROPN" or subject.i > verb.i)
            if (
                subject is not None
                and subject.i in {t.i for t in after}
                and subject.tag_ not in ("WDT", "WP")
                and (end == "," or named)
            ):
                return Frame(verb, subject, "sentence")
            return None
    return None


def _intro_frame(span, ctx) -> Frame | None:
    """`Dr. Ward stated:` closing the paragraph before, or `X chimed in.` just before: a
    cue with no words of its own speaks the quote after it."""
    gap = ctx.text[max(0, span.start - 12) : span.start]
    before = gap.rstrip("\"“„«'‘` \n\xa0")
    colon = before.endswith(":") and "\n" in gap
    if not (colon or before.endswith(".")):
        return None
    end = ctx.tokens_between(span.start - len(gap) + len(before) - 1, span.start)
    if not end:
        return None
    sent = end[0].sent
    if colon:
        cues = [t for t in sent if is_cue(t) and not ctx.in_quote(t)]
    elif any(ctx.in_quote(t) for t in sent) or any(c.dep_ == "ccomp" for c in sent.root.children):
        return None
    else:
        cues = [sent.root] if is_cue(sent.root, lx.SPEECH_VERBS) else []
    subjects = [(c, subject_of(c, ctx)) for c in cues]
    if colon and not cues and sent.root.pos_ in ("NOUN", "PROPN"):
        return Frame(None, sent.root, "colon")  # `Transcript as follows:`
    return next((Frame(c, s, "colon") for c, s in subjects if s is not None), None)


def _speaks_clause(tok, head) -> bool:
    """`"…," Toomey fumed`: the main verb after the marks takes the quoted sentence."""
    return (
        tok.dep_ in ("ccomp", "parataxis")
        and tok.head.i == head.i
        and head.pos_ == "VERB"
        and head.dep_ == "ROOT"
        and (head.i > tok.i or _opens_with_comma(tok))
    )


def _opens_with_comma(tok) -> bool:
    """`Hillary shot back, "…"`: the quoted clause follows its verb after a comma or colon."""
    first = min(tok.subtree, key=lambda t: t.i)
    before = tok.doc[first.i - 1] if first.i > 0 else first
    while before.i > 0 and before.is_quote:
        before = tok.doc[before.i - 1]
    return before.text in (",", ":")


_CLAUSE_BREAK = frozenset(". ; ! ? while but whereas although when after before".split())


def _across_clause(span, cue, ctx) -> bool:
    """`… “We have a complaint,” while police said …`: that cue speaks of something else.
    Read by token, so the dots of "Mrs." and "Jr." are no break."""
    lo, hi = (
        (span.end, ctx.start(cue)) if ctx.start(cue) >= span.end else (ctx.end(cue), span.start)
    )
    return any(t.lower_ in _CLAUSE_BREAK for t in ctx.tokens_between(lo, hi) if ctx.start(t) < hi)


def _introduces_next(span, cue, ctx) -> bool:
    """`"…" Zahed said: "…"`: a cue after the quote whose colon opens the next quote."""
    if ctx.start(cue) < span.end:
        return False
    rest = [t for t in cue.doc[cue.i + 1 : cue.sent.end] if not t.is_space]
    for n, tok in enumerate(rest):
        if ctx.in_quote(tok) or tok.is_quote:
            return n > 0 and rest[n - 1].text == ":"
    return False


def _outermost(frame: Frame, ctx) -> Frame:
    """A group's words inside a document's report are the document's (`It said both
    sides reaffirmed … "…"`); a pronoun's inside a named speaker's (`Cross said he …`)."""
    subj = frame.subject
    if subj is None or frame.cue is None:
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


def _punctuation_frame(span, ctx, frame) -> Frame:
    """`From Chairwoman X: "…"` and `"…" —Commissioner X`."""
    before = ctx.text[max(0, span.start - 3) : span.start].rstrip("\"“„«'‘` ")
    if before.endswith(":"):  # the name right before the colon, or any named one before it
        colon = ctx.text.rfind(":", 0, span.start)
        names = [
            t
            for t in frame
            if ctx.start(t) < colon
            and (t.ent_type_ in ("PERSON", "ORG") or (t.pos_ == "PROPN" and ctx.end(t) == colon))
        ]
        if names:
            return Frame(None, names[-1], "colon")
    after = ctx.text[span.end : span.end + 8]
    if (m := _DASH_AFTER.match(after.lstrip("\"”»'’"))) is not None:
        pos = span.end + (len(after) - len(after.lstrip("\"”»'’"))) + m.end()
        line_end = ctx.text.find("\n", pos)  # the name stands on the dash's own line
        limit = min(pos + 60, line_end) if line_end >= 0 else pos + 60
        toks = [t for t in ctx.tokens_between(pos, limit) if ctx.start(t) < limit]
        names = [t for t in toks if t.ent_type_ in ("PERSON", "ORG")]
        if names:
            ent = next(e for e in ctx.doc.ents if e.start <= names[0].i < e.end)
            return Frame(None, ent.root, "dash")
        run = list(itertools.takewhile(lambda t: t.pos_ == "PROPN", toks))
        if run:  # a title and name NER did not tag: "—Commissioner Paul Weber"
            return Frame(None, run[-1], "dash")
    return Frame(None, None, "none")


def quote_kind(span, ctx) -> str:
    """'direct' for quoted sentences, 'partial' for quoted words inside a sentence of ours."""
    words = ctx.text[span.start : span.end].lstrip(" [(‘'")
    before = ctx.text[: span.start].rstrip("\"“„«'‘` ")
    prev = before[-1:] if before else "\n"
    if words[:1].islower() and prev not in ":\n":
        return "partial"
    return "direct"


def speaker_label(pos, ctx):
    """`TAPPER: Do you think …`, `Cruz: Trump would …`: the name labelling the paragraph
    that holds `pos`, when `pos` comes after the label."""
    start = ctx.text.rfind("\n", 0, pos) + 1
    m = _LABEL.match(ctx.text, start)
    if m is None or m.end() - 1 > pos or _NEXT_LABEL.search(ctx.text, m.end(), pos):
        return None
    words = [t for t in ctx.tokens_between(m.start(1), m.end(1)) if ctx.start(t) < m.end(1)]
    if not words or any(t.pos_ in ("VERB", "AUX", "PRON", "DET") or t.is_lower for t in words):
        return None
    return max(words, key=lambda t: (t.pos_ in ("PROPN", "NOUN"), t.i))
