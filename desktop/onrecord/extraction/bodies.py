"""Bodies and people told apart and joined by their names: a body's short name (`Tarsis`
after `Tarsis Motors`), and a person's name NER took for a body's (`Ama Boateng-Reyes`
tagged ORG, then `Boateng-Reyes` tagged PERSON)."""

from __future__ import annotations

from onrecord.extraction import lexicon as lx
from onrecord.extraction.descriptions import org_span
from onrecord.extraction.names import alias_words
from onrecord.model import Person


def body_word(tok) -> bool:
    """The name `tok` heads holds a word for a body ("Westmoor University")."""
    lo, hi = org_span(tok)
    return any(t.lemma_.lower() in lx.ORGANIZATION_NOUNS for t in tok.doc[lo:hi])


def short_body(reg, name: str, start: int) -> Person | None:
    """`Tarsis` after `Tarsis Motors`: a body named before whose name begins with this one
    and goes on in capitalised words that are no word for a body (`House` is not `House
    of Representatives`, `Oversight` not `Oversight Committee`)."""
    words = alias_words(name)
    if not words:
        return None
    fits = []
    for p in reg.people:
        own = alias_words(p.name)
        rest = p.name.split()[len(name.split()) :]
        if (
            p.type == "organization"
            and any(s < start for s, _ in p.mentions)
            and len(own) > len(words)
            and own[: len(words)] == words
            and all(w[:1].isupper() for w in rest)
            and not set(own[len(words) :]) & lx.ORGANIZATION_NOUNS
        ):
            fits.append(p)
    return reg.latest(fits, start)


def surname_of_person(reg, name: str) -> bool:
    """A name with no word for a body that ends in the last name of a person registered:
    in full, or by a name as plain as this one (no `of`, no `and`)."""
    words = alias_words(name)
    if not words or set(words) & lx.ORGANIZATION_NOUNS:
        return False
    plain = all(w[:1].isupper() for w in name.split())
    return any(
        p.type == "person"
        and (plain or len(alias_words(p.name)) > 1)
        and alias_words(p.name)[-1] == words[-1]
        for p in reg.aliased(words[-1])
    )


def misread_body(reg, name: str) -> Person | None:
    """A body registered before whose name ends in this person's name and holds no word
    for a body was that person: it becomes one."""
    words = alias_words(name)
    for p in reg.people if words else ():
        own = alias_words(p.name)
        if (
            p.type == "organization"
            and len(own) > len(words)
            and own[-len(words) :] == words
            and not set(own) & lx.ORGANIZATION_NOUNS
        ):
            p.type = "person"
            return p
    return None
