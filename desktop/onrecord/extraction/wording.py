"""The shape of quoted words, read from the parse: a name in title case, a work of art,
a sentence of their own, a predicate; and whether a token is a person."""

from __future__ import annotations

from onrecord.extraction import lexicon as lx

MINOR = frozenset("a an the of and or in on at to for with by from as nor but".split())


def is_person(tok) -> bool:
    return (
        tok.ent_type_ == "PERSON"
        or tok.lower_ in lx.PERSON_PRONOUNS
        or tok.lemma_.lower() in lx.PERSON_NOUNS
    )


def work_of_art(inside) -> bool:
    return any(t.ent_type_ == "WORK_OF_ART" for t in inside)


def sentence(inside) -> bool:
    """The quoted words hold a subject and its verb: a statement of their own."""
    ids = {t.i for t in inside}
    return any(t.dep_ in ("nsubj", "nsubjpass", "expl") and t.head.i in ids for t in inside)


def predicate(inside) -> bool:
    """A verb among the words (`promised to "drain the swamp"`): said, not named."""
    return any(t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "compound") for t in inside)


def name_like(words) -> bool:
    """`the Anvil`, `One Hundred Years of Solitude`: every word but the small ones
    capitalised."""
    major = [t for t in words if t.lower_ not in MINOR]
    return bool(major) and all(t.text[:1].isupper() for t in major)


def title_case(words) -> bool:
    """A name of two words or more, not ALL CAPS and not opening in lower case."""
    return (
        len(words) >= 2
        and words[0].text[:1].isupper()
        and name_like(words)
        and not all(t.is_upper for t in words)
    )
