"""The article's people registry: every person and body named, with aliases.

Short second mentions ("Kim", "Lavrov"), pronouns ("He", "It") and descriptions
("the Russian president") resolve to the fullest name seen earlier in the article.
"""

from __future__ import annotations

import bisect
import re

from onrecord.extraction import lexicon as lx
from onrecord.extraction.capacity import apposition, capacity, described_as, split_affiliation
from onrecord.extraction.channel import is_channel
from onrecord.extraction.cues import is_cue
from onrecord.extraction.descriptions import (
    is_description,
    names_body,
    org_name,
    org_span,
    predicate_role,
)
from onrecord.extraction.mentions import (
    Mention,
    mention_of,
    name_start,
    named_person,
    person_tokens,
    strip_determiner,
)
from onrecord.extraction.speakers import names_a_body
from onrecord.model import Person

_WORD = re.compile(r"[\w’'.-]+")
_THINGS = lx.DOCUMENT_NOUNS | lx.CHANNEL_NOUNS | lx.ORGANIZATION_NOUNS
_GENDERED = re.compile(r"\b(Mr|Mrs|Ms|Miss)\b\.?\s")


def _alias_words(name: str) -> list[str]:
    """The words a name can be called by: titles before it ("Sen.", "President") are not,
    the name's own words are, even when spelled like a title ("Angus King")."""
    words = [w.strip(".’'").lower() for w in _WORD.findall(name)]
    while len(words) > 1 and words[0] in lx.TITLES:
        words.pop(0)
    return [w for w in words if w]


def _untitled(name: str) -> str:
    """A person's name without the titles before it ("Dr. Pauline Achterberg")."""
    words = name.split()
    while (
        len(words) > 1
        and words[1][:1].isupper()
        and words[0].lower().rstrip(".") in lx.TITLES | lx.PERSON_NOUNS
    ):
        words.pop(0)
    return " ".join(words)


def _bare(word: str) -> str:
    """A word as descriptions are compared: lower case, no possessive ending."""
    return re.sub(r"[’']s$", "", word.lower()).strip("’'.")


def _described(p: Person, roles: list[str]) -> str:
    """What a person or body is called besides the name: every description the article
    gave it, and its titles."""
    if p.type != "person":
        return " ".join([p.name, *roles, *p.aliases])
    return " ".join([*roles, *(a for a in p.aliases if a != p.name)])


def _body_word(tok) -> bool:
    """A name with a word for a body in it ("Westmoor University")."""
    lo, hi = org_span(tok)
    return any(t.lemma_.lower() in lx.ORGANIZATION_NOUNS for t in tok.doc[lo:hi])


def _refers_back(m: Mention) -> bool:
    """`the statement`, `that video`: a bare head noun pointing at a document named before."""
    words = m.text.lower().split()
    if m.type == "document" and len(words) == 2 and words[0] == "the":
        return True
    return m.type in ("document", "organization") and words[0] in ("that", "this")


class Registry:
    def __init__(self, ctx) -> None:
        self.ctx = ctx
        self.people: list[Person] = []
        self._aliases: dict[str, list[Person]] = {}
        self._subjects: list[tuple[int, Person]] = []  # person subjects in article order
        self._things: list[tuple[int, Person]] = []  # document / organisation subjects
        self._female: dict[int, bool] = {}  # id(person) -> female, from Mr./Mrs./Ms.
        self._named: list[tuple[int, object]] = []  # other names that speak, in order
        self._roles: dict[int, list[str]] = {}  # id(person) -> every description given
        self._scan()

    # -- building -------------------------------------------------------
    def _scan(self) -> None:
        ctx = self.ctx
        for ent in ctx.doc.ents:
            ent = person_tokens(ent) if ent.label_ == "PERSON" else None
            if ent is None or ctx.in_quote(ent[0]):
                continue
            root = ent[-1]
            if names_a_body(ent):  # "Harwick Rovers", "Care Standards Inspectorate"
                self.observe(ent.text, "organization", ctx.start(ent[0]), ctx.end(root), None)
                continue
            aff = capacity(ent[0], root) or predicate_role(root)
            self.observe(ent.text, "person", ctx.start(ent[0]), ctx.end(ent[-1]), aff)
        for tok in ctx.doc:
            if ctx.in_quote(tok):
                continue
            if tok.pos_ == "PROPN" and described_as(tok):
                first = tok.doc[name_start(tok)]  # "the curator, Jakob Lindfors"
                name = tok.doc[first.i : tok.i + 1].text
                self.observe(name, "person", ctx.start(first), ctx.end(tok), capacity(first, tok))
            elif names_body(tok) and not named_person(tok):
                self._name_body(tok)
            elif named_person(tok):
                first = tok.doc[name_start(tok)]
                name = tok.doc[first.i : tok.i + 1].text
                self.observe(name, "person", ctx.start(first), ctx.end(tok), apposition(tok))
            if tok.dep_ in ("nsubj", "nsubjpass"):  # after its own name is registered
                self._note_subject(tok)
            elif tok.pos_ == "NOUN" and tok.lemma_.lower() in lx.DOCUMENT_NOUNS:
                self._describe_document(tok)

    def _name_body(self, tok) -> None:
        """`the Agency for Coastal Defence`, `Norvik Shipping, a ferry company,`: kept
        with its description, so `the agency` and `the company` find it later."""
        if tok.dep_ in ("compound", "poss", "amod") and names_body(tok.head):
            return  # part of a longer name, read from its head
        if tok.dep_ == "pobj" and names_body(tok.head.head):
            return
        if tok.dep_ in ("compound", "amod", "nmod") and tok.head.pos_ == "NOUN":
            return  # "the Nordlund region": a modifier names no body that acts
        if tok.dep_ == "pobj" and tok.head.lower_ == "in" and not _body_word(tok):
            return  # "shares rose in Copenhagen": a place
        lo, hi = org_span(tok)
        start, end = self.ctx.start(tok.doc[lo]), self.ctx.end(tok.doc[hi - 1])
        name = org_name(tok)
        if not name:  # a name of nothing but a determiner or mark
            return
        if name.split()[0].lower().rstrip(".") in lx.TITLES and tok.pos_ == "PROPN":
            self.observe(name, "person", start, end, None)  # "Councillor Brigid Fenwick"
            return
        self.observe(name, "organization", start, end, apposition(tok))

    def _describe_document(self, tok) -> None:
        """`the full text of a joint statement on the second round …` describes the statement."""
        preps = [c for c in tok.children if c.dep_ == "prep"]
        mods = [c for c in tok.children if c.dep_ in ("amod", "compound")]
        if not preps or not mods:
            return
        words = sorted([tok, *mods, *(t for p in preps for t in p.subtree)], key=lambda t: t.i)
        desc = strip_determiner(tok.doc[words[0].i : words[-1].i + 1].text)
        name = strip_determiner(tok.doc[mods[0].i : tok.i + 1].text)
        pos = self.ctx.start(tok)
        self.observe(name, "document", pos, pos + len(tok.text), desc)

    def _note_subject(self, tok) -> None:
        pos = self.ctx.start(tok)
        if tok.ent_type_ == "PERSON" or tok.pos_ == "PROPN":
            person = self.find(tok.text, pos + 1)  # "Lynch" mistagged is still a known person
            if person is None and is_cue(tok.head, lx.SPEECH_VERBS):
                self._named.append((pos, tok))  # `Burton explained …`, whatever NER says
            if person:
                self._subjects.append((pos, person))
            elif body := self.find(tok.text, pos + 1, "organization"):
                self._things.append((pos, body))  # "It said" may be a body named before
        elif tok.pos_ in ("NOUN", "PROPN") and tok.lemma_.lower() in _THINGS:
            thing, _ = self.resolve(mention_of(tok, self.ctx))
            if thing is not None:
                self._things.append((pos, thing))

    def observe(
        self, name: str, kind: str, start: int, end: int, affiliation: str | None
    ) -> Person:
        """Record a mention; a name that extends or shortens a known one joins that person."""
        if kind == "organization" and self._surname_of_person(name):
            kind = "person"  # "Achebe-Ward" tagged ORG after "Desmond Achebe-Ward"
        name = _untitled(name.strip(" ,.")) if kind == "person" else name.strip(" ,.")
        person = (
            self.find(name, start + 1, kind)
            if kind == "person"
            else self._exact(name) or self._short_body(name, start)
        )
        if person is None and kind == "person":
            person = self._shortened(name, start) or self._misread_body(name)
        if person is None:
            person = Person(name=name, type=kind)
            self.people.append(person)
        elif len(name) > len(person.name) and kind == "person":
            person.name = name  # the fuller form becomes the name
        person.aliases.add(name)
        if m := _GENDERED.search(self.ctx.text[max(0, start - 5) : start] + name[:5]):
            self._female.setdefault(id(person), m.group(1).lower() != "mr")
        first = all(start < s for s, _ in person.mentions)  # the introduction describes
        if (start, end) not in person.mentions:
            person.mentions.append((start, end))
            person.mentions.sort()
        if affiliation:
            self._roles.setdefault(id(person), []).append(affiliation)
        if affiliation and (not person.affiliation or first):
            person.affiliation = affiliation
            person.role, person.organization = split_affiliation(affiliation)
        for word in {name.lower(), *_alias_words(name)}:
            bucket = self._aliases.setdefault(word, [])
            if person not in bucket:
                bucket.append(person)
        return person

    def _shortened(self, name: str, start: int) -> Person | None:
        """A person registered under a short form that is only named in full before it
        ("Fenwick" from a later paragraph, read before "Councillor Brigid Fenwick")."""
        words = set(_alias_words(name))
        for p in self.people:
            if (
                p.type == "person"
                and set(_alias_words(p.name)) < words
                and all(s > start for s, _ in p.mentions)
            ):
                return p
        return None

    def _short_body(self, name: str, start: int) -> Person | None:
        """`Tarsis` after `Tarsis Motors`, `the Bureau of Climate` after `the Bureau of
        Climate and Weather`: a body named before by a name this one begins."""
        words = _alias_words(name)
        bodies = [
            p
            for p in self.people
            if p.type == "organization"
            and any(s < start for s, _ in p.mentions)
            and len(own := _alias_words(p.name)) > len(words)
            and own[: len(words)] == words
        ]
        return self._latest(bodies, start) if words else None

    def _surname_of_person(self, name: str) -> bool:
        """A name with no word for a body that ends in the last name of a person named in
        full."""
        words = _alias_words(name)
        if not words or set(words) & lx.ORGANIZATION_NOUNS:
            return False
        plain = all(w[:1].isupper() for w in name.split())  # no "of", "and": a person's
        return any(
            p.type == "person"
            and (plain or len(_alias_words(p.name)) > 1)
            and _alias_words(p.name)[-1] == words[-1]
            for p in self._aliases.get(words[-1], [])
        )

    def _misread_body(self, name: str) -> Person | None:
        """`Ama Boateng-Reyes` tagged ORG, then `Boateng-Reyes` tagged PERSON: a body whose
        name ends in a person's surname and holds no word for a body was that person."""
        words = _alias_words(name)
        for p in self.people:
            own = _alias_words(p.name)
            if (
                p.type == "organization"
                and len(own) > len(words)
                and own[-len(words) :] == words
                and not set(own) & lx.ORGANIZATION_NOUNS
            ):
                p.type = "person"
                return p
        return None

    def _exact(self, name: str) -> Person | None:
        for p in self._aliases.get(name.lower(), []):
            if name.lower() in {a.lower() for a in p.aliases}:
                return p
        return None

    # -- resolving ------------------------------------------------------
    def find(self, name: str, before: int, kind: str = "person") -> Person | None:
        """The person a name refers to: full match first, else one sharing all its words."""
        words = _alias_words(name)
        if not words:
            return None
        candidates = [p for p in self._aliases.get(name.lower(), []) if p.type == kind]
        if not candidates:
            pools = [set(self._aliases.get(w, [])) for w in words]
            candidates = [p for p in set.intersection(*pools) if p.type == kind] if pools else []
        return self._latest(candidates, before)

    @staticmethod
    def _latest(people, before: int) -> Person | None:
        """The candidate mentioned most recently before `before` (else the first mentioned)."""

        def recency(p: Person) -> int:
            prior = [s for s, _ in p.mentions if s < before]
            return prior[-1] if prior else -1 - (p.mentions[0][0] if p.mentions else 0)

        return max(people, key=recency, default=None)

    def _recent(self, pairs, before: int) -> Person | None:
        i = bisect.bisect_left([p for p, _ in pairs], before) - 1
        return pairs[i][1] if i >= 0 else None

    def resolve(self, m: Mention) -> tuple[Person | None, bool]:
        """(person, resolved) for a speaker mention; registers named speakers."""
        lower = m.text.lower()
        if m.pronoun:
            if lower in lx.PERSON_PRONOUNS:
                female = lower in ("she", "her")
                fits = [
                    (pos, p)
                    for pos, p in self._subjects
                    if self._female.get(id(p), female) == female
                ]
                person = self._last_person(m, female, fits) or self._only_name(m)
                if person is not None and (m.start, m.end) not in person.mentions:
                    bisect.insort(person.mentions, (m.start, m.end))  # the next "she" too
                return person, True
            if lower in lx.THING_PRONOUNS:
                return self._recent(self._things, m.start), True
            return None, False
        named = m.head.pos_ == "PROPN" or m.head.is_title and self.find(m.name, m.start + 1)
        if named and m.type != "person":
            # "Quill" tagged ORG is the Mara Quill named before; "Tarsis" is Tarsis Motors
            known = self.find(m.name, m.start + 1) or self.find(m.name, m.start + 1, m.type)
            if known is not None:
                if (m.start, m.end) not in known.mentions:
                    bisect.insort(known.mentions, (m.start, m.end))
                return known, True
        if m.type == "person" and named:
            person = self.find(m.name, m.start + 1)
            if person is None and (body := self.find(m.name, m.start + 1, "organization")):
                return body, True  # "Tarsis" tagged PERSON after "Tarsis Motors"
            if person is None or len(_alias_words(m.name)) > 1:
                person = self.observe(m.name, "person", m.start, m.end, m.affiliation)
            else:
                self.observe(m.name, "person", m.start, m.end, m.affiliation)
            return person, True
        if _refers_back(m):
            person = self._exact_head(m)
            if person:
                return person, True
        if m.type in ("person", "organization") and is_description(m):
            # "the Russian president", "the mayor", "the agency": someone named before
            person = self._by_description(m)
            if person:
                return person, True
            # "the Swiss foreign ministry" names a body by itself; "the envoy" no one
            own_name = m.type == "organization" and len(strip_determiner(m.text).split()) > 1
            body = None if own_name else self._last_body(m)
            if body is not None:
                return body, True
            return self.observe(m.name, m.type, m.start, m.end, m.affiliation), own_name
        if m.type == "person" and (person := self._introduced_later(m)) is not None:
            return person, True
        anonymous = m.type in ("person", "group") and not named  # "a council official"
        return self.observe(m.name, m.type, m.start, m.end, m.affiliation), not anonymous

    def _last_body(self, m: Mention) -> Person | None:
        """`the company`, `the club` with no body of that word named: of the bodies
        mentioned within the last three paragraphs, of that kind or of none the name tells
        (`Tarsis Motors` may be a company, `Westmoor University` is no club), the one last
        a subject, else the one mentioned last."""
        kind = m.head.lemma_.lower()
        if m.type != "organization" or kind not in lx.ORGANIZATION_NOUNS:
            return None
        para = self.ctx.paragraph_of(m.start)

        def near(p: Person) -> bool:
            prior = [s for s, _ in p.mentions if s < m.start]
            return bool(prior) and para - self.ctx.paragraph_of(prior[-1]) <= 3

        bodies = [
            p
            for p in self.people
            if p.type == "organization"
            and p.name[:1].isupper()
            and not is_channel(p)
            and near(p)
            and kind in (set(_alias_words(p.name)) & lx.ORGANIZATION_NOUNS or {kind})
        ]
        subjects = [(pos, p) for pos, p in self._things if p in bodies]
        return self._recent(subjects, m.start) or self._latest(bodies, m.start)  # subject first

    def _last_person(self, m: Mention, female: bool, subjects) -> Person | None:
        """The person mentioned last before the pronoun (`Among those was Abdi Warsame.
        He said …`); of two in that sentence, its subject."""
        last, pos = None, -1
        for p in self.people:
            if p.type != "person" or self._female.get(id(p), female) != female:
                continue
            prior = [s for s, _ in p.mentions if s < m.start]
            if prior and prior[-1] > pos:
                last, pos = p, prior[-1]
        subject = self._recent(subjects, m.start)
        if last is None or subject is None:
            return last or subject
        sent = self.ctx.tokens_between(pos, pos + 1)
        same = sent and any(
            s >= self.ctx.start(sent[0].sent[0]) and s < m.start and p is subject
            for s, p in subjects
        )
        return subject if same else last

    def _only_name(self, m: Mention) -> Person | None:
        """`Burton explained from a podium. "…," he said.`: with no person before it, a
        pronoun is the name that spoke in the sentence before."""
        named = self._recent(self._named, m.start)
        if named is None or self._recent(self._subjects, m.start) is not None:
            return None
        own = m.head.sent.start
        before = m.head.doc[own - 1].sent.start if own > 0 else own
        if named.i < before:
            return None
        first = named.doc[name_start(named)]
        start = self.ctx.start(first)
        return self.observe(named.doc[first.i : named.i + 1].text, "person", start, start, None)

    def _by_description(self, m: Mention) -> Person | None:
        """The person or body last named whose name, title or description holds every
        word of the description (`the mayor` → "Ruth Annan", introduced as mayor)."""
        words = {_bare(w) for w in _WORD.findall(strip_determiner(m.text))}
        words.discard("")
        fits = [
            p
            for p in self.people
            if p.type == m.type
            and p.mentions
            and p.mentions[0][0] < m.start
            and words
            <= {_bare(w) for w in _WORD.findall(_described(p, self._roles.get(id(p), [])))}
        ]
        return self._latest(fits, m.start)

    def _introduced_later(self, m: Mention) -> Person | None:
        """`A coroner has called for …` in the first paragraph, `the area's senior coroner,
        Miriam Osei,` later: a news lede's indefinite description names the one person
        the article introduces with that noun."""
        words = m.text.lower().split()
        if len(words) != 2 or words[0] not in ("a", "an"):
            return None
        first = next((t for t in self.ctx.doc if not t.is_space), None)
        if first is None or self.ctx.paragraph_of(m.start) != self.ctx.paragraph_of(
            self.ctx.start(first)
        ):
            return None
        noun = _bare(words[1])
        fits = [
            p
            for p in self.people
            if p.type == "person"
            and any(noun in map(_bare, _WORD.findall(r)) for r in self._roles.get(id(p), []))
        ]
        return fits[0] if len(fits) == 1 else None

    def _exact_head(self, m: Mention) -> Person | None:
        head = m.head.lemma_.lower()
        fits = [
            p
            for p in self.people
            if p.type == m.type
            and head in p.name.lower().split()
            and p.name.lower() != m.name.lower()
        ]
        return self._latest(fits, m.start)
