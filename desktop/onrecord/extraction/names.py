"""How the registry compares names: the words a name can be called by, a name without
its titles, and a word as descriptions are compared."""

from __future__ import annotations

import re

from onrecord.extraction import lexicon as lx

WORD = re.compile(r"[\w’'.-]+")


def alias_words(name: str) -> list[str]:
    """The words a name can be called by: titles before it ("Sen.", "President") are not,
    the name's own words are, even when spelled like a title ("Angus King")."""
    words = [w.strip(".’'").lower() for w in WORD.findall(name)]
    while len(words) > 1 and words[0] in lx.TITLES:
        words.pop(0)
    return [w for w in words if w]


def untitled(name: str) -> str:
    """A person's name without the titles before it ("Dr. Pauline Achterberg")."""
    words = name.split()
    while (
        len(words) > 1
        and words[1][:1].isupper()
        and words[0].lower().rstrip(".") in lx.TITLES | lx.PERSON_NOUNS
    ):
        words.pop(0)
    return " ".join(words)


def bare(word: str) -> str:
    """A word as descriptions are compared: lower case, no possessive ending."""
    return re.sub(r"[’']s$", "", word.lower()).strip("’'.")


_JOINERS = {"of", "for", "and", "&", "the", "on", "at", "in", "de", "du", "da", "van", "von"}


def proper_name(name: str) -> bool:
    """A name, not a description: every word but the joiners has a capital ("Congressional
    Budget Office", "Technical University of Halstadt", "al-Qarani"), which "new statewide
    poll", "prime minister's spokesman" or "Quinnipiac University poll" have not."""
    words = [w for w in WORD.findall(name) if w.lower() not in _JOINERS]
    return bool(words) and all(any(c.isupper() for c in w) for w in words)
