"""A pronoun speaker ("he", "she", "it") resolved against the article's registry."""

from __future__ import annotations

import bisect

from onrecord.extraction import lexicon as lx
from onrecord.extraction.mentions import Mention, name_start
from onrecord.model import Person


def resolve_pronoun(reg, m: Mention) -> tuple[Person | None, bool]:
    lower = m.text.lower()
    if lower in lx.PERSON_PRONOUNS:
        female = lower in ("she", "her")
        fits = [(pos, p) for pos, p in reg.subjects if reg.female.get(id(p), female) == female]
        person = _last_person(reg, m, female, fits) or _only_name(reg, m)
        if person is not None and (m.start, m.end) not in person.mentions:
            bisect.insort(person.mentions, (m.start, m.end))  # the next "she" too
        return person, True
    if lower in lx.THING_PRONOUNS:
        return reg.recent(reg.things, m.start), True
    return None, False


def _last_person(reg, m: Mention, female: bool, subjects) -> Person | None:
    """The person mentioned last before the pronoun (`Among those was Abdi Warsame.
    He said …`); of two in that sentence, its subject."""
    last, pos = None, -1
    for p in reg.people:
        if p.type != "person" or reg.female.get(id(p), female) != female:
            continue
        prior = [s for s, _ in p.mentions if s < m.start]
        if prior and prior[-1] > pos:
            last, pos = p, prior[-1]
    subject = reg.recent(subjects, m.start)
    if last is None or subject is None:
        return last or subject
    sent = reg.ctx.tokens_between(pos, pos + 1)
    same = sent and any(
        s >= reg.ctx.start(sent[0].sent[0]) and s < m.start and p is subject for s, p in subjects
    )
    return subject if same else last


def _only_name(reg, m: Mention) -> Person | None:
    """`Burton explained from a podium. "…," he said.`: with no person before it, a
    pronoun is the name that spoke in the sentence before."""
    named = reg.recent(reg.named, m.start)
    if named is None or reg.recent(reg.subjects, m.start) is not None:
        return None
    own = m.head.sent.start
    before = m.head.doc[own - 1].sent.start if own > 0 else own
    if named.i < before:
        return None
    first = named.doc[name_start(named)]
    start = reg.ctx.start(first)
    return reg.observe(named.doc[first.i : named.i + 1].text, "person", start, start, None)
