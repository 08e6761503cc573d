"""Words on things: a placard, a banner, a T-shirt, a crowd's chant. What they carry is
the thing's, not a speaker's (issue 11, item 1)."""

from __future__ import annotations

from onrecord.extraction import lexicon as lx
from onrecord.extraction.wording import is_person, title_case

# Things that carry writing, and the acts of writing on them: words on them are the
# thing's, not a speaker's.
CARRIER_NOUNS = frozenset(
    """
sign placard banner poster billboard shirt t-shirt tee vest jacket sticker badge
button flag sheet bedsheet graffiti plaque inscription leaflet flyer chant cap hat
sweatshirt hoodie scarf mug
""".split()
)
WRITING_VERBS = frozenset("paint print scrawl spray chalk carve inscribe stitch emblazon".split())
PERFORMING_VERBS = frozenset({"chant", "sing"})  # a crowd's chant is no one's statement


def carried(lead, heads, cue, words) -> bool:
    """`a placard reading "…"`, `a banner that read "…"`, `badges printed with "…"`, `the
    crowd chanted "…"`: words on a thing, or a crowd's chant (a song sung is a title)."""
    if any(t.lemma_.lower() in CARRIER_NOUNS and t.pos_ == "NOUN" for t in lead):
        return True
    for tok in [*heads, *([cue] if cue is not None else [])]:
        for near in (tok, tok.head):
            lemma = near.lemma_.lower()
            if lemma in CARRIER_NOUNS and near.pos_ == "NOUN" or lemma in WRITING_VERBS:
                return True
        subjects = [c for c in tok.children if c.dep_ == "nsubj"]
        if any(s.lemma_.lower() in CARRIER_NOUNS for s in subjects):
            return True
        if tok.lemma_.lower() in PERFORMING_VERBS and not title_case(words):
            return not any(is_person(s) for s in subjects)
        if tok.lemma_.lower() == "read" and subjects and not any(_speaks(s) for s in subjects):
            return True  # `a small card in the space reads "…"`
    return any(t.lemma_.lower() in WRITING_VERBS for t in lead)


def _speaks(tok) -> bool:
    """A subject that can say or write words: a person, a body, a document."""
    return (
        tok.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")
        or tok.pos_ in ("PRON", "PROPN")
        or tok.lemma_.lower() in lx.PERSON_NOUNS | lx.GROUP_NOUNS | lx.DOCUMENT_NOUNS
    )
