"""The mentions a pronoun may point back to, read once per article: every person, body,
document and group the registry holds, and subjects it holds under no name (a country
acting, a name NER missed, a group, a description), each weighed by its place in the
sentence (after Lappin and Leass, 1994), with the sex the article itself tells: Mr./Ms.
before a name, or a noun said of the person (`her son, Einar Tollefsen`)."""

from __future__ import annotations

from dataclasses import dataclass

from onrecord.extraction import lexicon as lx
from onrecord.extraction.cues import is_cue
from onrecord.extraction.mentions import Mention, mention_of
from onrecord.extraction.speakers import is_person_noun
from onrecord.model import Person

_TYPES = {"person": "person", "organization": "body", "document": "document", "group": "group"}
_PLACES = {"in", "at", "from", "to", "near", "into", "across", "outside", "inside", "on"}
_ACTING = {"GPE", "ORG", "NORP"}


@dataclass
class Entity:
    key: object
    kind: str  # person | body | document | group | either (a person or a body)
    person: Person | None = None
    tok: object = None  # an unregistered name, registered when it is taken as a speaker
    gender: str | None = None
    span: tuple[int, int] | None = None  # where an unregistered body is named
    anonymous: bool = False  # `One firefighter … said she`: someone, never named


class Antecedents:
    """`records`: token index -> [(entity key, weight)]; `ents`: key -> Entity."""

    def __init__(self, reg) -> None:
        self.reg, self.ctx = reg, reg.ctx
        self.ents: dict[object, Entity] = {}
        self.records: dict[int, list] = {}
        self._collect()

    def _collect(self) -> None:
        ctx, covered = self.ctx, set()
        for p in self.reg.people:
            owner = p
            if _kind(p) == "either" and p.mentions:  # "Halasz" tagged ORG: Imre Halasz
                owner = self.reg.find(p.name, p.mentions[0][0] + 1) or p
            ent = self.ents[self._entity(id(owner), _kind(owner), person=owner)]
            ent.gender = ent.gender or self.reg.sex(owner)
            spoke = False
            for s, e in p.mentions:
                toks = ctx.tokens_between(s, e)
                if not toks or ctx.in_quote(toks[0]):
                    continue
                covered.update(t.i for t in toks)
                ids = {t.i for t in toks}
                root = next((t for t in toks if t.head.i not in ids or t.head is t), toks[-1])
                if ent.kind == "body" and root.tag_ == "NNS":
                    ent.kind = "group"  # "the two governments": they, not it
                if ent.kind == "person" and root.lemma_.lower() in lx.ORGANIZATION_NOUNS:
                    # "Qelan's foreign ministry" filed under Qelan: the ministry is a body
                    key = self._entity(("body", s), "body", tok=root, span=(s, e))
                    self._note(root, key)
                else:
                    self._note(root, id(owner))
                spoke = spoke or root.dep_ == "nsubj" and is_cue(root.head)
            if ent.kind == "either" and not spoke:
                ent.kind = "body"  # only a name that speaks may be a person NER took for a body
        for tok in ctx.doc:
            subject = tok.dep_ in ("nsubj", "nsubjpass")
            if not subject and (tok.pos_ != "NOUN" or tok.lemma_.lower() not in lx.DOCUMENT_NOUNS):
                continue
            if tok.i in covered or ctx.in_quote(tok):
                continue
            if subject:
                self._note_subject(tok)
            else:
                key = ("document", tok.lemma_.lower())  # "issued a six-point declaration"
                self._note(tok, self._entity(key, "document", tok=tok))
        self._drop_described()

    def _drop_described(self) -> None:
        """`The jury president, the actress Solène Marchetti, said`: one person, the name."""
        named = {
            i for i, recs in self.records.items() if any(_named(self.ents[k]) for k, _ in recs)
        }
        for i, recs in self.records.items():
            tok = self.ctx.doc[i]
            top = tok.head if tok.dep_ == "appos" else tok
            linked = {t.i for c in top.children if c.dep_ == "appos" for t in c.subtree}
            linked.add(top.i)
            if linked & named:
                recs[:] = [(k, w) for k, w in recs if _named(self.ents[k])]

    def _note_subject(self, tok) -> None:
        """A subject the registry holds under no name: a country acting (`Ostria expelled
        …`), a name NER missed (`Burton explained`), a group, a description (`the mayor`)."""
        known = self.reg.find(tok.text, self.ctx.start(tok) + 1) if tok.pos_ == "PROPN" else None
        if known is not None:  # "Sarkany said", whatever NER took it for
            self._note(tok, self._entity(id(known), _kind(known), person=known))
        elif tok.lemma_.lower() in lx.ORGANIZATION_NOUNS and tok.tag_ in ("NN", "NNP"):
            m = mention_of(tok, self.ctx)  # "Qelan's foreign ministry", "the agency"
            body = _described(self.reg, m) if _definite(tok) else None
            if body is not None:
                self._note(tok, self._entity(id(body), _kind(body), person=body))
            else:
                self._note(
                    tok, self._entity(("body", m.start), "body", tok=tok, span=(m.start, m.end))
                )
        elif tok.ent_type_ in _ACTING and tok.tag_ != "NNPS" and tok.ent_type_ != "NORP":
            self._note(tok, self._entity(("body", tok.lower_), "body", tok=tok))
        elif tok.tag_ == "NNP" and tok.ent_type_ in ("", "PERSON"):
            self._note(tok, self._entity(("person", tok.lower_), "person", tok=tok))
        elif tok.tag_ in ("NNS", "NNPS") or tok.ent_type_ == "NORP":
            self._note(tok, self._entity(("group", tok.lemma_.lower()), "group", tok=tok))
        elif tok.tag_ == "NN" and is_person_noun(tok) and not _definite(tok):
            self._note(tok, self._entity(("anon", tok.i), "person", tok=tok, anonymous=True))
        elif tok.pos_ == "NOUN" and _definite(tok):
            person = _described(self.reg, mention_of(tok, self.ctx))  # "the mayor"
            if person is not None:
                key = self._entity(id(person), _kind(person), person=person)
                ent = self.ents[key]
                ent.gender = ent.gender or self.reg.sex(person)
                self._note(tok, key)

    def _entity(self, key, kind: str, **kw) -> object:
        if key not in self.ents:
            self.ents[key] = Entity(key, kind, **kw)
        return key

    def _note(self, tok, key) -> None:
        self.records.setdefault(tok.i, []).append((key, weight(tok)))


def _named(ent: Entity) -> bool:
    return ent.person is None or any(w[:1].isupper() for w in ent.person.name.split())


def _kind(p: Person) -> str:
    """A short name NER took for an organisation ("Burton explained", "Ama Reyes said"),
    with no word of a body in it, may be a person as well as a body."""
    word = p.name.split()
    if not word:
        return _TYPES.get(p.type, "body")
    if p.type == "person" and word[-1].lower() in lx.ORGANIZATION_NOUNS:
        return "body"  # "Qelan's foreign ministry", its owner's name taken for a person's
    bodies = lx.ORGANIZATION_NOUNS | lx.CHANNEL_NOUNS
    if p.type == "organization" and len(word) <= 2 and all(w.istitle() for w in word):
        return "either" if not any(w.lower() in bodies for w in word) else "body"
    return _TYPES.get(p.type, "body")


def _described(reg, m: Mention) -> Person | None:
    from onrecord.extraction.resolve import described  # resolve.py imports this module

    return described(reg, m)


def _definite(tok) -> bool:
    return any(
        c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an", "one") for c in tok.children
    )


def weight(tok) -> float:
    """How salient a mention is by its place in the sentence."""
    if tok.dep_ == "appos":
        return weight(tok.head)
    if tok.dep_ in ("nsubj", "nsubjpass"):
        return 280.0 if is_cue(tok.head) else 230.0
    if tok.dep_ in ("dobj", "attr", "dative"):
        return 180.0
    if tok.dep_ == "poss":  # embedded in another's phrase: "Sanders's campaign manager"
        return 80.0
    if tok.dep_ == "pobj":
        return 80.0 if tok.head.lower_ in _PLACES else 130.0
    return 150.0
