"""Resolving a speaker mention against the article's registry: a pronoun, a short name,
or a description (`the mayor`, `the agency`, `the statement`) pointing back to a person,
body or document named before."""

from __future__ import annotations

import bisect
import re

from onrecord.extraction import lexicon as lx
from onrecord.extraction.channel import is_channel
from onrecord.extraction.descriptions import is_description
from onrecord.extraction.mentions import Mention, indefinite, strip_determiner
from onrecord.extraction.names import WORD, alias_words, bare, proper_name
from onrecord.extraction.pronouns import resolve_pronoun
from onrecord.model import Person


def resolve(reg, m: Mention) -> tuple[Person | None, bool]:
    """(person, resolved) for a speaker mention; registers named speakers."""
    if m.pronoun:
        return resolve_pronoun(reg, m)
    # `a registered Republican` is someone, not the Republican named before
    someone = indefinite(m.head)
    named = not someone and (
        m.head.pos_ == "PROPN" or m.head.is_title and reg.find(m.name, m.start + 1)
    )
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
        # `her campaign` is hers: no body named before
        owned = m.text.split()[0].lower() in ("his", "her", "its", "their")
        body = None if own_name or owned else _last_body(reg, m)
        if body is not None:
            return body, True
        # "the spokesman" is not the "prime minister's spokesman": a description
        return reg.observe(m.name, m.type, m.start, m.end, m.affiliation, join=own_name), own_name
    if m.type == "person" and (person := _introduced_later(reg, m)) is not None:
        return person, True
    anonymous = m.type in ("person", "group") and not named  # "a council official"
    return reg.observe(m.name, m.type, m.start, m.end, m.affiliation, join=not someone), (
        not anonymous
    )


def _refers_back(m: Mention) -> bool:
    """`the statement`, `that video`: a bare head noun pointing at a document named before."""
    words = m.text.lower().split()
    if m.type == "document" and len(words) == 2 and words[0] == "the":
        return True
    return m.type in ("document", "organization") and words[0] in ("that", "this")


def _roles(reg, p: Person) -> list[str]:
    """What a person or body is called besides the name: every description the article
    gave it, the titles it was named with (for a body its names), each cut to its head
    phrase (`wife of the former president` is a wife)."""
    if p.type != "person":
        return [_HEAD_PHRASE.split(r)[0] for r in [p.name, *p.aliases, *reg.roles.get(id(p), [])]]
    own = set(alias_words(p.name))
    titles = [" ".join(w for w in a.split() if bare(w) not in own) for a in p.aliases]
    return [_HEAD_PHRASE.split(r)[0] for r in [*reg.roles.get(id(p), []), *titles]]


_HEAD_PHRASE = re.compile(r"\s(?:of|at|for|to|with|in|from|on|since|who|whose)\s|[;,(]")


def _fits(words: set[str], head: str, role: str) -> bool:
    """A description fits a role that holds its head noun, not as a possessor (`the
    mother's homeland` is no mother), and its other words."""
    raw = WORD.findall(role)
    heads = [w for w in raw if bare(w) == head and not re.search(r"[’']s$", w)]
    return bool(heads) and words <= {bare(w) for w in raw}


def _last_body(reg, m: Mention) -> Person | None:
    """`the company`, `the club` with no body of that word named: of the bodies last
    mentioned within three paragraphs, of that kind or of none the name tells (`Tarsis
    Motors` may be a company, `Westmoor University` is no club), the one last a subject,
    else the only one named."""
    kind = m.head.lemma_.lower()
    if m.type != "organization" or kind not in lx.ORGANIZATION_NOUNS:
        return None
    if m.head.tag_ != "NN":
        return None  # "the groups" are not one body
    para = reg.ctx.paragraph_of(m.start)
    bodies = [
        p
        for p in reg.people
        if p.type == "organization"
        and (last := [s for s, _ in p.mentions if s < m.start])  # named before, not only after
        and proper_name(p.name)
        and _may_be(p, m.head.lemma_.lower())
        and not is_channel(p)
        and para - reg.ctx.paragraph_of(last[-1]) <= 3
    ]
    subjects = [p for p in bodies if _subject_before(reg, p, m.start)]
    body = reg.latest(subjects, m.start) if subjects else bodies[0] if len(bodies) == 1 else None
    return None if body is None or _nearer_other(reg, body, m) else body  # no guess


_OWN = {"compound", "amod", "nmod", "poss"}


def _nearer_other(reg, p: Person, m: Mention) -> bool:
    """`the drug company`, `the Clinton campaign` between the body's last mention and
    `the company`: a nearer phrase of that noun, with words of its own the article never
    gave the body, is another body the description may point back to."""
    head = m.head.lemma_.lower()
    last = max(e for s, e in p.mentions if s < m.start)
    for tok in reg.ctx.tokens_between(last, m.start):
        if tok.pos_ != "NOUN" or tok.lemma_.lower() != head or reg.ctx.in_quote(tok):
            continue
        if any(c.lower_ == "of" for c in tok.children):
            continue  # "its latest group of emails": a set of things
        own = [c for c in tok.children if c.dep_ in _OWN and c.pos_ != "PRON" and c.tag_ != "JJS"]
        words = {bare(t.text) for c in own for t in c.subtree} | {bare(tok.text)}
        if own and not any(_fits(words, bare(tok.text), r) for r in _roles(reg, p)):
            return True
    return False


def _subject_before(reg, p: Person, pos: int) -> bool:
    """`p` was the subject of a sentence before `pos`."""
    return any(
        t.dep_ in ("nsubj", "nsubjpass")
        for s, e in p.mentions
        if s < pos
        for t in reg.ctx.tokens_between(s, e)
    )


def _may_be(p: Person, noun: str) -> bool:
    """`the company` is not the "State Department" nor "Harbour University": a body whose
    name says what kind of body it is, is that kind only."""
    kinds = {w.lower() for w in WORD.findall(p.name)} & lx.ORGANIZATION_NOUNS
    return not kinds or noun in kinds


def described(reg, m: Mention) -> Person | None:
    """The person or body a description points back to, without registering anything."""
    return _by_description(reg, m)


def _by_description(reg, m: Mention) -> Person | None:
    """The person or body last named whose name or a description ends in the
    description's head and holds its other words (`the mayor` → "Ruth Annan",
    introduced as mayor); only a name resolves a description ("the poll" is not the
    "new statewide poll")."""
    words = {bare(w) for w in WORD.findall(strip_determiner(m.text))}
    words.discard("")
    head = bare(m.head.text)
    fits = [
        p
        for p in reg.people
        if p.type == m.type
        and p.mentions
        and p.mentions[0][0] < m.start
        and proper_name(p.name)
        and (p.type != "organization" or _may_be(p, m.head.lemma_.lower()))
        and any(_fits(words, head, r) for r in _roles(reg, p))
    ]
    return reg.latest(fits, m.start)


def _introduced_later(reg, m: Mention) -> Person | None:
    """`A coroner has called for …` in the first paragraph, `the area's senior coroner,
    Miriam Osei,` later: a news lede's indefinite description names the one person the
    article introduces with that noun."""
    words = m.text.lower().split()
    if len(words) != 2 or words[0] not in ("a", "an"):
        return None
    first = next((t for t in reg.ctx.doc if not t.is_space), None)
    lede = first is not None and reg.ctx.paragraph_of(reg.ctx.start(first))
    if reg.ctx.paragraph_of(m.start) != lede:
        return None
    fits = [
        p
        for p in reg.people
        if p.type == "person" and any(_fits(set(), bare(words[1]), r) for r in _roles(reg, p))
    ]
    return fits[0] if len(fits) == 1 else None


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
