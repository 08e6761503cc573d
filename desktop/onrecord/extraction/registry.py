"""The article's people registry: every person, body and document named, with aliases,
and what the article says of each (affiliation, Mr./Ms.).

Short second mentions ("Kim", "Lavrov"), pronouns ("He", "It") and descriptions
("the Russian president") resolve to the fullest name seen earlier in the article
(resolve.py, pronouns.py).
"""

from __future__ import annotations

import re

from onrecord.extraction import bodies
from onrecord.extraction import lexicon as lx
from onrecord.extraction.capacity import (
    apposition,
    capacity,
    described_as,
    split_affiliation,
    title_before,
)
from onrecord.extraction.descriptions import names_body, org_name, org_span, predicate_role
from onrecord.extraction.mentions import (
    Mention,
    indefinite,
    mention_of,
    name_start,
    named_person,
    person_tokens,
    strip_determiner,
)
from onrecord.extraction.names import alias_words, proper_name, untitled
from onrecord.extraction.resolve import resolve
from onrecord.extraction.speakers import is_person_noun, names_a_body
from onrecord.model import Person

_THINGS = lx.DOCUMENT_NOUNS | lx.CHANNEL_NOUNS | lx.ORGANIZATION_NOUNS
_GENDERED = re.compile(r"\b(Mr|Mrs|Ms|Miss)\b\.?\s")


_PLACES = {"GPE", "LOC", "FAC"}


def _people_named(doc) -> list:
    """PERSON entities, and names NER missed whose last word is the family name of one
    (`Ivanka Trump` beside `Donald Trump`, not `the Ivanka Trump brand`), in text order:
    read apart, the family name alone ("Trump said") finds the one named last."""
    ents = [e for e in (person_tokens(e) for e in doc.ents if e.label_ == "PERSON") if e]
    surnames = {e[-1].text for e in ents if len(e) > 1}
    tagged = {t.i for e in ents for t in e}
    kin = []
    for tok in doc:
        if tok.text not in surnames or tok.i in tagged or tok.pos_ != "PROPN":
            continue
        first = doc[name_start(tok)]
        if (
            first.i < tok.i
            and not first.is_sent_start  # "First Trump goes to Louisiana"
            and tok.dep_ != "compound"
            and tok.ent_type_ not in _PLACES
            and first.lower_.rstrip(".") not in lx.TITLES | lx.HONORIFICS
        ):
            kin.append(doc[first.i : tok.i + 1])
    return sorted(ents + kin, key=lambda span: span.start)


class Registry:
    def __init__(self, ctx) -> None:
        self.ctx = ctx
        self.people: list[Person] = []
        self._aliases: dict[str, list[Person]] = {}
        self.female: dict[int, bool] = {}  # id(person) -> female, from Mr./Mrs./Ms.
        self.chains = None  # pronoun chains, read at the first pronoun speaker
        self.roles: dict[int, list[str]] = {}  # id(person) -> every description given
        self._headlined: set[int] = set()  # id(person) named so far only in a headline
        self._headlines: dict[int, bool] = {}  # line start -> a headline (_in_headline)
        ctx.registry = self  # the scan's own mentions read the names found so far
        self._scan()

    # -- building -------------------------------------------------------
    def _scan(self) -> None:
        ctx = self.ctx
        for ent in _people_named(ctx.doc):
            if ctx.in_quote(ent[0]):
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
            if tok.pos_ == "PROPN" and described_as(tok) and not indefinite(tok):
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
        if tok.dep_ == "pobj" and tok.head.lower_ == "in" and not bodies.body_word(tok):
            return  # "shares rose in Copenhagen": a place
        lo, hi = org_span(tok)
        start, end = self.ctx.start(tok.doc[lo]), self.ctx.end(tok.doc[hi - 1])
        name = org_name(tok)
        if not name:  # a name of nothing but a determiner or mark
            return
        if name.split()[0].lower().rstrip(".") in lx.TITLES and tok.pos_ == "PROPN":
            self.observe(name, "person", start, end, None)  # "Councillor Brigid Fenwick"
            return
        before = tok.doc[lo - 1] if lo > 0 else tok  # "defender Callum Brisk" tagged ORG
        if before.pos_ == "NOUN" and is_person_noun(before) and not bodies.body_word(tok):
            role = title_before(tok.doc[lo], tok.doc[hi - 1]) or before.text
            self.observe(name, "person", start, end, role)
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
        """A document or body that is a subject is registered where it stands."""
        if tok.pos_ == "NOUN" and tok.ent_type_ != "PERSON" and tok.lemma_.lower() in _THINGS:
            self.resolve(mention_of(tok, self.ctx))

    def observe(
        self, name: str, kind: str, start: int, end: int, affiliation: str | None, join=True
    ) -> Person:
        """Record a mention; a name that extends or shortens a known one joins that person
        (a description, `join=False`, only one called exactly so)."""
        if kind == "organization" and bodies.surname_of_person(self, name):
            kind = "person"  # "Achebe-Ward" tagged ORG after "Desmond Achebe-Ward"
        name = untitled(name.strip(" ,.")) if kind == "person" else name.strip(" ,.")
        extend = join and kind == "person"
        person = self.find(name, start + 1, kind) if extend else self._exact(name)
        if person is None and kind == "organization" and join:
            person = bodies.short_body(self, name, start)  # "Tarsis" after "Tarsis Motors"
        if person is None and extend:
            person = self._shortened(name, start) or bodies.misread_body(self, name)
            if person is None and len(alias_words(name)) == 1:  # "Halvorsen" tagged PERSON
                person = bodies.short_body(self, name, start)
        headline = self._in_headline(start)
        if person is None:
            person = Person(name=name, type=kind)
            self.people.append(person)
            if headline:
                self._headlined.add(id(person))
        elif (
            kind == "person"
            and not headline
            and (len(name) > len(person.name) or id(person) in self._headlined)
        ):
            person.name = name  # the fuller form becomes the name, the text's over a headline's
            self._headlined.discard(id(person))
        person.aliases.add(name)
        if (female := self._titled_female(start)) is not None:
            self.female.setdefault(id(person), female)
        first = all(start < s for s, _ in person.mentions)  # the introduction describes
        if (start, end) not in person.mentions:
            person.mentions.append((start, end))
            person.mentions.sort()
        if affiliation:
            self.roles.setdefault(id(person), []).append(affiliation)
        if affiliation and (not person.affiliation or first):
            person.affiliation = affiliation
            person.role, person.organization = split_affiliation(affiliation)
        for word in {name.lower(), *alias_words(name)}:
            bucket = self._aliases.setdefault(word, [])
            if person not in bucket:
                bucket.append(person)
        return person

    def _in_headline(self, pos: int) -> bool:
        """`Elizabeth Warren Hammers Wells Fargo CEO`: in a line of capitalised words a
        name may run on into the verb after it (read once a line)."""
        text = self.ctx.text
        start = text.rfind("\n", 0, pos) + 1
        if start not in self._headlines:
            line = text[start : (text.find("\n", pos) + 1 or len(text) + 1) - 1]
            words = re.findall(r"[^\W\d_]{4,}", line)
            self._headlines[start] = len(words) >= 3 and all(w[0].isupper() for w in words)
        return self._headlines[start]

    def _shortened(self, name: str, start: int) -> Person | None:
        """A person registered under a short form that is only named in full before it
        ("Fenwick" from a later paragraph, read before "Councillor Brigid Fenwick"); a
        description (`the spokesman`) is no short form of another ("Fenwick's spokesman")."""
        words = set(alias_words(name))
        for p in self.people:
            if (
                p.type == "person"
                and proper_name(p.name)
                and set(alias_words(p.name)) < words
                and all(s > start for s, _ in p.mentions)
            ):
                return p
        return None

    def _exact(self, name: str) -> Person | None:
        for p in self.aliased(name.lower()):
            if name.lower() in {a.lower() for a in p.aliases}:
                return p
        return None

    def aliased(self, word: str) -> list[Person]:
        """Everyone registered under an alias or alias word."""
        return self._aliases.get(word, [])

    # -- resolving ------------------------------------------------------
    def find(self, name: str, before: int, kind: str = "person") -> Person | None:
        """The person a name refers to: full match first, else one sharing all its words;
        `Mrs. Clinton` never a man, and one the article told a woman first."""
        words = alias_words(name)
        if not words:
            return None
        candidates = [p for p in self._aliases.get(name.lower(), []) if p.type == kind]
        if not candidates:
            pools = [set(self._aliases.get(w, [])) for w in words]
            candidates = [p for p in set.intersection(*pools) if p.type == kind] if pools else []
        female = self._titled_female(before - 1)
        if female is not None:  # "Mrs. Clinton" is the Clinton called Mrs., not "Bill Clinton"
            sex = "f" if female else "m"
            candidates = [p for p in candidates if self.sex(p) in (sex, None)]
            # of two named in full, the one told of that sex ("Trump" is no one apart)
            told = [p for p in candidates if self.sex(p) == sex and len(alias_words(p.name)) > 1]
            candidates = told or candidates
        return self.latest(candidates, before)

    def _titled_female(self, start: int) -> bool | None:
        """True after Mrs./Ms./Miss, False after Mr., None with no such title at `start`."""
        m = _GENDERED.search(self.ctx.text[max(0, start - 5) : start + 6])
        return None if m is None else m.group(1).lower() != "mr"

    def sex(self, p: Person) -> str | None:
        """The person's sex as the article tells it: Mr./Ms. before a mention, or a noun
        said of them ("her son", "the widow of …")."""
        if id(p) in self.female:
            return "f" if self.female[id(p)] else "m"
        words = " ".join([p.affiliation or "", *p.aliases]).lower().replace(".", " ").split()
        for w in (w.rsplit("-", 1)[-1] for w in words):  # "great-granddaughter"
            if w in lx.FEMALE_NOUNS or w.endswith("woman"):
                return "f"
            if w in lx.MALE_NOUNS:
                return "m"
        return None

    @staticmethod
    def latest(people, before: int) -> Person | None:
        """The candidate mentioned most recently before `before` (else the first mentioned)."""

        def recency(p: Person) -> int:
            prior = [s for s, _ in p.mentions if s < before]
            return prior[-1] if prior else -1 - (p.mentions[0][0] if p.mentions else 0)

        return max(people, key=recency, default=None)

    def resolve(self, m: Mention) -> tuple[Person | None, bool]:
        """(person, resolved) for a speaker mention; registers named speakers."""
        return resolve(self, m)
