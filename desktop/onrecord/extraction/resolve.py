"""Resolving a speaker mention against the article's registry: a pronoun, a short name,
or a description (`the mayor`, `the agency`, `the statement`) pointing back to a person,
body or document named before."""

from __future__ import annotations

import bisect

from onrecord.extraction import lexicon as lx
from onrecord.extraction.channel import is_channel
from onrecord.extraction.descriptions import is_description
from onrecord.extraction.mentions import Mention, strip_determiner
from onrecord.extraction.names import WORD, alias_words, bare, proper_name
from onrecord.extraction.pronouns import resolve_pronoun
from onrecord.model import Person


def resolve(reg, m: Mention) -> tuple[Person | None, bool]:
    """(person, resolved) for a speaker mention; registers named speakers."""
    if m.pronoun:
        return resolve_pronoun(reg, m)
    named = m.head.pos_ == "PROPN" or m.head.is_title and reg.find(m.name, m.start + 1)
    if named and m.type != "person":
        # "Quill" tagged ORG is the Mara Quill named before; "Tarsis" is Tarsis Motors
        known = reg.find(m.name, m.start + 1) or reg.find(m.name, m.start + 1, m.type)
        if known is not None:
            if (m.start, m.end) not in known.mentions:
                bisect.insort(known.mentions, (m.start, m.end))
            return known, True
    if m.type == "person" and named:
        person = reg.find(m.name, m.start + 1)
        if person is None and (body := reg.find(m.name, m.start + 1, "organization")):
            return body, True  # "Tarsis" tagged PERSON after "Tarsis Motors"
        if person is None or len(alias_words(m.name)) > 1:
            person = reg.observe(m.name, "person", m.start, m.end, m.affiliation)
        else:
            reg.observe(m.name, "person", m.start, m.end, m.affiliation)
        return person, True
    if _refers_back(m):
        person = _exact_head(reg, m)
        if person:
            return person, True
    if m.type in ("person", "organization") and is_description(m):
        # "the Russian president", "the mayor", "the agency": someone named before
        person = _by_description(reg, m)
        if person:
            return person, True
        # "the Swiss foreign ministry" names a body by itself; "the envoy" no one
        own_name = m.type == "organization" and len(strip_determiner(m.text).split()) > 1
        body = None if own_name else _last_body(reg, m)
        if body is not None:
            return body, True
        # "the spokesman" is not the "prime minister's spokesman": a description
        return reg.observe(m.name, m.type, m.start, m.end, m.affiliation, join=own_name), own_name
    anonymous = m.type in ("person", "group") and not named  # "a council official"
    return reg.observe(m.name, m.type, m.start, m.end, m.affiliation), not anonymous


def _refers_back(m: Mention) -> bool:
    """`the statement`, `that video`: a bare head noun pointing at a document named before."""
    words = m.text.lower().split()
    if m.type == "document" and len(words) == 2 and words[0] == "the":
        return True
    return m.type in ("document", "organization") and words[0] in ("that", "this")


def _described(p: Person) -> str:
    """What a person or body is called besides the name: its affiliation and titles."""
    return (
        " ".join([p.name, p.affiliation or "", *p.aliases])
        if p.type != "person"
        else " ".join([p.affiliation or "", *(a for a in p.aliases if a != p.name)])
    )


def _last_body(reg, m: Mention) -> Person | None:
    """`the company`, `the club` with no body of that word named: the body named last,
    within the last three paragraphs."""
    if m.type != "organization" or m.head.lemma_.lower() not in lx.ORGANIZATION_NOUNS:
        return None
    if m.head.tag_ != "NN":
        return None  # "the groups" are not one body
    para = reg.ctx.paragraph_of(m.start)
    bodies = [
        p
        for p in reg.people
        if p.type == "organization"
        and p.mentions
        and proper_name(p.name)
        and _may_be(p, m.head.lemma_.lower())
        and not is_channel(p)
        and para - reg.ctx.paragraph_of(p.mentions[0][0]) <= 3
    ]
    return reg.latest(bodies, m.start)


def _may_be(p: Person, noun: str) -> bool:
    """`the company` is not the "State Department" nor "Harbour University": a body whose
    name says what kind of body it is, is that kind only."""
    kinds = {w.lower() for w in WORD.findall(p.name)} & lx.ORGANIZATION_NOUNS
    return not kinds or noun in kinds


def described(reg, m: Mention) -> Person | None:
    """The person or body a description points back to, without registering anything."""
    return _by_description(reg, m)


def _by_description(reg, m: Mention) -> Person | None:
    """The person or body last named whose name, title or description holds every
    word of the description (`the mayor` → "Ruth Annan", introduced as mayor); only a
    name resolves a description ("the poll" is not the "new statewide poll")."""
    words = {bare(w) for w in WORD.findall(strip_determiner(m.text))}
    words.discard("")
    fits = [
        p
        for p in reg.people
        if p.type == m.type
        and p.mentions
        and p.mentions[0][0] < m.start
        and proper_name(p.name)
        and (p.type != "organization" or _may_be(p, m.head.lemma_.lower()))
        and words <= {bare(w) for w in WORD.findall(_described(p))}
    ]
    return reg.latest(fits, m.start)


def _exact_head(reg, m: Mention) -> Person | None:
    """`the statement` → the document named before with that head: one with a name, or
    one the article introduced by what it is about ("a joint statement on the second
    round of strategic dialogue"), not one merely described ("a new poll")."""
    head = m.head.lemma_.lower()
    fits = [
        p
        for p in reg.people
        if p.type == m.type
        and head in p.name.lower().split()
        and p.name.lower() != m.name.lower()
        and (proper_name(p.name) or p.affiliation and p.affiliation.startswith(p.name))
    ]
    return reg.latest(fits, m.start)
