"""Pronoun speakers ("he", "she", "it", "they"), read in one pass over the article.

Each third-person pronoun outside quotation marks takes the most salient earlier mention
that agrees with it, and joins that mention's chain for the pronouns after it:
- in gender, as the article itself tells it: Mr./Ms., a noun said of the person (`her
  son, Einar Tollefsen`), or a gendered pronoun with only that person before it;
- in number and kind: he/she a person; `it` a body, a document or a country acting,
  never a person, a place where something happens or an event; `they` a group or body;
- by salience (after Lappin and Leass, 1994): the subject of an attribution above a
  subject above a name merely mentioned, halved for every sentence back.
When the best two agree alike and score alike the pronoun stays unresolved: no guess.
"""

from __future__ import annotations

import bisect

from onrecord.extraction.antecedents import Antecedents, Entity, weight
from onrecord.extraction.cues import is_cue
from onrecord.extraction.mentions import Mention, name_start
from onrecord.model import Person

_FORMS = {
    **dict.fromkeys(("she", "her", "hers", "herself"), "f"),
    **dict.fromkeys(("he", "him", "his", "himself"), "m"),
    **dict.fromkeys(("it", "its", "itself"), "it"),
    **dict.fromkeys(("they", "them", "their", "theirs", "themselves"), "they"),
}
_KINDS = {
    "f": ("person", "either"),
    "m": ("person", "either"),
    "it": ("body", "document", "either"),
    "they": ("group",),
}
_WINDOW = 4  # sentences back a pronoun looks
_TIE = 0.8  # a runner-up this close to the best is as likely
_UNSURE = 0.75  # a person whose gender the article never tells agrees less than one it does
_WHERE = {"in", "at", "near", "into", "across", "outside", "inside"}


def resolve_pronoun(reg, m: Mention) -> tuple[Person | None, bool]:
    """(person, resolved) for a pronoun speaker; (None, False) when no one fits or two
    fit alike."""
    if getattr(reg, "chains", None) is None:
        reg.chains = Chains(reg)
    if m.head.dep_ == "pobj" and m.head.head.lower_ == "of":
        return None, False  # "One of them": one, not the group
    ent = reg.chains.antecedent(m.head)
    if ent is None or ent.anonymous:
        return None, False
    if ent.person is None:
        tok = ent.tok
        first = tok.doc[name_start(tok)] if ent.kind == "person" else tok
        start, end = ent.span or (reg.ctx.start(first), reg.ctx.end(tok))
        name = reg.ctx.text[start:end]
        kind = "person" if ent.kind in ("person", "either") else "organization"
        ent.person = reg.observe(name, kind, start, end, None)
    if ent.kind == "either" and _FORMS.get(m.text.lower()) in ("f", "m"):
        start, end = ent.person.mentions[0]  # `Burton explained …` (tagged ORG), then "he"
        ent.person = reg.observe(ent.person.name, "person", start, end, None)
        ent.kind = "person"
    if (m.start, m.end) not in ent.person.mentions:
        bisect.insort(ent.person.mentions, (m.start, m.end))
    return ent.person, True


class Chains:
    def __init__(self, reg) -> None:
        self.reg, self.ctx = reg, reg.ctx
        self._sents = [s.start for s in self.ctx.doc.sents]
        mentions = Antecedents(reg)
        self._ents, self._records = mentions.ents, mentions.records
        self._found: dict[int, Entity | None] = {}
        self._run()

    def antecedent(self, tok) -> Entity | None:
        return self._found.get(tok.i)

    def _run(self) -> None:
        history: list[tuple[int, int, object, float]] = []  # (sentence, token, key, weight)
        for tok in self.ctx.doc:
            for key, w in self._records.get(tok.i, ()):
                history.append((self._sent(tok), tok.i, key, w))
            form = _FORMS.get(tok.lower_)
            if form is None or tok.pos_ != "PRON" or self.ctx.in_quote(tok):
                continue
            ent = self._choose(tok, form, history)
            self._found[tok.i] = ent
            if ent is not None and (form in ("f", "m") or is_cue(tok.head)):
                history.append((self._sent(tok), tok.i, ent.key, weight(tok)))

    def _choose(self, tok, form: str, history) -> Entity | None:
        here = self._sent(tok)
        scores: dict[object, float] = {}
        named_below = self._named_below(tok)
        for sent, i, key, w in reversed(history):
            if here - sent > _WINDOW:
                break
            ent = self._ents[key]
            if ent.kind not in _KINDS[form] or _bound(tok, tok.doc[i]) or key in named_below:
                continue
            if form in ("f", "m") and (ent.gender not in (None, form) or _where(tok.doc[i])):
                continue
            unsure = 1.0
            if form in ("f", "m"):  # a person the article tells the sex of agrees best
                unsure = (1.0 if ent.gender else _UNSURE) * (_UNSURE if ent.kind == "either" else 1)
            key = self._fuller(key, scores)
            scores[key] = max(scores.get(key, 0.0), w * 0.5 ** (here - sent) * unsure)
        ranked = sorted(scores.items(), key=lambda kv: -kv[1])
        if not ranked or len(ranked) > 1 and ranked[1][1] >= _TIE * ranked[0][1]:
            return None
        ent = self._ents[ranked[0][0]]
        near = [k for k in scores if self._near(k, history, here)]
        if form in ("f", "m") and ent.gender is None and near == [ranked[0][0]]:
            ent.gender = form  # no one else just before the pronoun: the article tells
        return ent

    def _named_below(self, tok) -> set:
        """`he admitted under Warren's grilling`: a subject pronoun is no one its own
        clause names after it (binding principle C)."""
        if tok.dep_ not in ("nsubj", "nsubjpass"):
            return set()
        after = (t.i for t in tok.head.subtree if t.i > tok.i)
        return {key for i in after for key, _ in self._records.get(i, ())}

    def _fuller(self, key, scores) -> object:
        """ "Hart" beside "Miriam Lewin-Hart": one person under two entries, the fuller."""
        words = _words(self._ents[key])
        for other in list(scores):
            theirs = _words(self._ents[other])
            if other != key and words and theirs and (words <= theirs or theirs <= words):
                if len(theirs) < len(words):
                    scores[key] = scores.pop(other)
                    return key
                return other
        return key

    def _near(self, key, history, here: int) -> bool:
        return any(k == key and here - s <= 1 for s, _, k, _ in history[-40:])

    def _sent(self, tok) -> int:
        return bisect.bisect_right(self._sents, tok.i) - 1


def _words(ent: Entity) -> set[str]:
    if ent.kind not in ("person", "either") or ent.anonymous:
        return set()
    name = ent.person.name if ent.person is not None else ent.tok.text
    return set(name.lower().replace("-", " ").split())


def _where(tok) -> bool:
    """`as a teenager in Debrecen`: the object of a preposition of place is no person."""
    return tok.dep_ == "pobj" and tok.head.lower_ in _WHERE


def _bound(pron, cand) -> bool:
    """`Lamb told him`: an object pronoun is not its own clause's subject."""
    if pron.dep_ not in ("dobj", "dative", "pobj") or pron.lower_.endswith("self"):
        return False
    verb = pron.head.head if pron.dep_ == "pobj" else pron.head
    return cand.head == verb and cand.dep_ in ("nsubj", "nsubjpass")
