"""Quoted words that nobody is reported saying: titles, nicknames, terms, signs.

Read from the construction around the marks, never from the words themselves: a work noun
the span stands beside (`her novel "Salt Roads"`), a naming verb (`known as "the Anvil"`,
`what the council calls "managed retreat"`), a carrier of writing (`a placard reading
"…"`), or a short phrase that no speech verb governs (`cats are "cuties"`). Quoted
sentences, and words inside a reported clause (`she said the plan was "unworkable"`),
stay quotes.
"""

from __future__ import annotations

from onrecord.extraction import lexicon as lx
from onrecord.extraction.mentions import PERSON_NOUNS

# Kinds of made works whose names are set in quotation marks.
WORK_NOUNS = frozenset(
    """
book novel novella memoir biography autobiography poem anthology essay column story play
musical opera ballet symphony song single track album record hymn anthem film movie
documentary series sitcom show episode podcast programme program exhibition exhibit
installation painting sculpture mural photograph report study paper manifesto headline
title game
""".split()
)
# Things that carry writing: words on them are the thing's, not a speaker's.
CARRIER_NOUNS = frozenset(
    """
sign placard banner poster billboard shirt t-shirt tee sticker badge button flag
graffiti plaque inscription leaflet flyer chant cap hat sweatshirt hoodie scarf mug
""".split()
)
NAMING_VERBS = frozenset("call dub nickname name term know brand title entitle label".split())
TERM_NOUNS = frozenset(
    "word term phrase expression label nickname moniker catchphrase slogan motto".split()
)
_MINOR = frozenset("a an the of and or in on at to for with by from as nor but".split())
MAX_TERM_WORDS = 4  # a scare quote is a word or a short phrase
_BOUNDS = (",", ";", "—", "(", ")")


def classify(span, ctx, cue) -> str | None:
    """The kind of mention a quoted span is, or None when it may be speech; `cue` is the
    reporting verb the frame found (or None)."""
    inside = [t for t in ctx.tokens_between(span.start, span.end) if ctx.start(t) < span.end]
    if not inside:
        return None
    words = [t for t in inside if t.is_alpha]
    lead = _lead_in(span, ctx, inside)
    heads = [t.head for t in inside if t.head not in inside and not ctx.in_quote(t.head)]
    if _carried(lead, heads, cue):
        return "sign"
    if _sentence(inside):
        return None
    named = _naming(heads)
    if named is not None:
        return named if named != "term" or not _name_like(words) else "nickname"
    if (_name_like(words) or _work_of_art(inside)) and _beside_work(lead, heads, inside):
        return "title"
    if _predicate(inside) or len(words) > 2 * MAX_TERM_WORDS:
        return None
    # the shape rules read only words set inside a sentence of ours, not a quoted sentence
    if not lead or lead[-1].is_punct:
        return None
    so_called = "".join(t.text for t in lead[-3:]).lower() in ("so-called", "socalled")
    if so_called or any(t.lemma_.lower() in TERM_NOUNS for t in lead[-2:]):
        return "term"
    if _spoken(heads, cue):
        return None
    if _title_case(words) or _work_of_art(inside):
        return "title"
    return "term" if len(words) <= MAX_TERM_WORDS else None


def _lead_in(span, ctx, inside) -> list:
    """Up to four tokens of the quote's own sentence right before the opening mark."""
    before = ctx.tokens_between(max(0, span.start - 60), span.start - 1)
    sent = inside[0].sent
    return [t for t in before if t.sent == sent and not t.is_quote and not t.is_space][-4:]


def _carried(lead, heads, cue) -> bool:
    """`a placard reading "…"`, `a banner that read "…"`, `T-shirts with "…"`, `the chant
    of "…"`: a carrier of writing just before the words, or as the frame's own subject."""
    if any(t.lemma_.lower() in CARRIER_NOUNS and t.pos_ == "NOUN" for t in lead):
        return True
    for tok in [*heads, *([cue] if cue is not None else [])]:
        for near in (tok, tok.head):
            if near.lemma_.lower() in CARRIER_NOUNS and near.pos_ == "NOUN":
                return True
        subjects = [c for c in tok.children if c.dep_ == "nsubj"]
        if any(s.lemma_.lower() in CARRIER_NOUNS for s in subjects):
            return True
    return False


def _naming(heads) -> str | None:
    """A naming construction: "title" (`titled`), "nickname" when it names a person, else
    "term"; None when there is none. `known as`, `dubbed`, and `call` when it names rather
    than reports (`what X calls "…"`, `a process called "…"`, not `X called the plan "…"`)."""
    for tok in dict.fromkeys(a for h in heads for a in [h, *list(h.ancestors)[:2]]):
        lemma = tok.lemma_.lower()
        if lemma not in NAMING_VERBS or tok.pos_ != "VERB":
            continue
        if lemma == "know" and not any(c.lower_ == "as" for c in tok.children):
            continue
        passive = tok.tag_ == "VBN" and tok.dep_ != "ROOT"
        what = any(c.tag_ == "WP" for c in tok.children)
        if lemma in ("call", "label") and not (passive or what):
            continue  # "The mayor called the plan “unworkable”": her words
        if lemma in ("title", "entitle"):
            return "title"
        target = tok.head if tok.dep_ in ("acl", "amod") else _object(tok)
        return "nickname" if target is not None and _is_person(target) else "term"
    return None


def _object(verb):
    return next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)


def _is_person(tok) -> bool:
    return (
        tok.ent_type_ == "PERSON"
        or tok.lower_ in lx.PERSON_PRONOUNS
        or tok.lemma_.lower() in PERSON_NOUNS | lx.GROUP_NOUNS
    )


def _beside_work(lead, heads, inside) -> bool:
    """`her novel "Salt Roads"`, `"Salt Roads", her novel`, `the book is "…"`: the span
    names a work (not `called the show "…"`, where a verb takes the words)."""
    if (
        lead
        and lead[-1].lemma_.lower() in WORK_NOUNS
        and lead[-1].pos_ == "NOUN"
        and not any(h.pos_ in ("VERB", "AUX") for h in heads)
    ):
        return True
    for tok in heads:
        if tok.lemma_.lower() in WORK_NOUNS and tok.pos_ == "NOUN":
            return True
        if tok.lemma_ == "be":  # `his favourite book is "…"`
            subjects = [c for c in tok.children if c.dep_ == "nsubj"]
            if any(s.lemma_.lower() in WORK_NOUNS for s in subjects):
                return True
    return any(
        c.dep_ == "appos" and c.lemma_.lower() in WORK_NOUNS for t in inside for c in t.children
    )


def _work_of_art(inside) -> bool:
    return any(t.ent_type_ == "WORK_OF_ART" for t in inside)


def _sentence(inside) -> bool:
    """The quoted words hold a subject and its verb: a statement of their own."""
    ids = {t.i for t in inside}
    return any(t.dep_ in ("nsubj", "nsubjpass", "expl") and t.head.i in ids for t in inside)


def _predicate(inside) -> bool:
    """A verb among the words (`promised to "drain the swamp"`): said, not named."""
    return any(t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "compound") for t in inside)


def _spoken(heads, cue) -> bool:
    """A speech verb governs the words (`she said the plan was "…"`); a verb of thought
    does not (`Burton thinks that cats are "cuties"`)."""
    if cue is not None and cue.lemma_.lower() in lx.SPEECH_VERBS:
        return True
    for tok in heads:
        for anc in [tok, *tok.ancestors]:
            if anc.pos_ in ("VERB", "AUX") and anc.lemma_.lower() in lx.SPEECH_VERBS:
                return True
    return False


def _name_like(words) -> bool:
    """`the Anvil`, `One Hundred Years of Solitude`: every word but the small ones
    capitalised."""
    major = [t for t in words if t.lower_ not in _MINOR]
    return bool(major) and all(t.text[:1].isupper() for t in major)


def _title_case(words) -> bool:
    """A name of two words or more, not ALL CAPS and not opening in lower case."""
    return (
        len(words) >= 2
        and words[0].text[:1].isupper()
        and _name_like(words)
        and not all(t.is_upper for t in words)
    )


def idiom(tok):
    """The tokens of a fixed phrase that uses a speech verb without reporting anything
    (`that said,`, `needless to say,`, `so to speak`, `easier said than done`), or None."""
    if tok.lemma_.lower() not in lx.SPEECH_VERBS or tok.pos_ not in ("VERB", "AUX"):
        return None
    doc = tok.doc
    before = doc[tok.i - 1] if tok.i > 0 else None
    after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if (
        before is not None
        and before.lower_ in ("that", "this")
        and before.head.i == tok.i
        and (before.i == before.sent.start or doc[before.i - 1].pos_ == "CCONJ")
        and after is not None
        and after.text == ","
    ):
        return doc[before.i : tok.i + 1]  # absolute `that said,`
    if before is not None and before.tag_ in ("JJR", "RBR") and after and after.lower_ == "than":
        return doc[before.i : min(after.i + 2, tok.sent.end)]  # `easier said than done`
    if tok.tag_ == "VB" and any(c.lower_ == "to" and c.dep_ == "aux" for c in tok.children):
        return _parenthetical(tok)
    return None


def _parenthetical(tok):
    """`needless to say`, `suffice it to say`, `to say the least`: an infinitive that is a
    whole comma-bounded piece of at most five words with nobody in it, hanging on an
    adjective or a bare verb or on nothing in the piece (not `Asked to comment, …`)."""
    doc, sent = tok.doc, tok.sent
    lo = tok.i
    while lo > sent.start and doc[lo - 1].text not in _BOUNDS:
        lo -= 1
    hi = tok.i + 1
    while hi < sent.end and not doc[hi].is_punct:
        hi += 1
    piece = doc[lo:hi]
    if hi >= sent.end or doc[hi].text not in _BOUNDS + (".",) or len(piece) > 5:
        return None
    if any(t.pos_ in ("NOUN", "PROPN") or t.pos_ == "PRON" and t.lower_ != "it" for t in piece):
        return None
    head = tok.head
    return piece if not lo <= head.i < hi or head.pos_ == "ADJ" or head.tag_ == "VB" else None


def idioms(ctx):
    """(start, end) of every speech idiom outside quotation marks."""
    for tok in ctx.doc:
        piece = idiom(tok)
        if piece is not None and not ctx.in_quote(tok):
            yield ctx.start(piece[0]), ctx.end(piece[-1])
