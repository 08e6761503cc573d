"""Find earlier statements close to a quote and say how they relate: best match first."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from onrecord.alteration import Alteration, assess
from onrecord.matching import thresholds as t
from onrecord.matching.diff import align
from onrecord.sources.tokens import tokenize
from onrecord.store.base import StatementStore
from onrecord.store.normalize import fold, match_key, words
from onrecord.verdicts import NO_MATCH

Verdict = str  # a name in onrecord.verdicts.STORE
PUBLIC = ("id", "text", "speaker", "affiliation", "date", "outlet", "url")


@dataclass
class Match:
    verdict: Verdict
    score: float
    statement: dict
    diff: list[dict] = field(default_factory=list)
    speaker_id: int | None = None
    alteration: Alteration | None = None  # for altered and partial matches

    def to_dict(self) -> dict:
        return {
            "verdict": self.verdict,
            "score": self.score,
            "statement": {k: self.statement.get(k) for k in PUBLIC},
            "diff": self.diff,
            "alteration": self.alteration.to_dict() if self.alteration else None,
        }


def judge(quote_words: list[str], statement_words: list[str]) -> tuple[Verdict, float]:
    """Verdict and score of one statement for one quote, speakers aside (see thresholds)."""
    if quote_words == statement_words:
        return "verbatim", 100.0
    q, s = " ".join(quote_words), " ".join(statement_words)
    short = min(len(quote_words), len(statement_words))
    share = short / max(len(quote_words), len(statement_words), 1)
    ratio = fuzz.ratio(q, s)
    partial = fuzz.partial_ratio(q, s) if short >= t.PARTIAL_MIN_WORDS else 0.0
    if ratio >= t.ALTERED_MIN or (partial >= t.FRAGMENT_MIN and share >= t.FRAGMENT_SHARE):
        return "altered", round(max(ratio, partial * share), 1)
    if partial >= t.PARTIAL_MIN:
        return "partial", round(partial, 1)
    return NO_MATCH, round(ratio, 1)


class _Names:
    """Words that name someone or something: the article's entities and, read when first
    asked, the store's speakers and their aliases."""

    def __init__(self, store: StatementStore, article: Collection[str]):
        self.store, self.article, self.speakers = store, article, None

    def __contains__(self, word: str) -> bool:
        if word in self.article:
            return True
        if self.speakers is None:
            people = self.store.speakers()
            names = [n for p in people for n in (p["name"], *p["aliases"])]
            self.speakers = {w for n in names for w in words(fold(n))}
        return word in self.speakers


class Matcher:
    def __init__(self, store: StatementStore):
        self.store = store
        self._names = _Names(store, ())

    def match(
        self,
        text: str,
        speaker: str | None = None,
        date: str | None = None,
        names: Collection[str] = (),
    ) -> list[Match]:
        """Close earlier statements (verdict other than unknown), best first; [] if none.
        `names`: folded words of the entities the quote's article names (see alteration)."""
        key = match_key(text)
        if not key:
            return []
        found = self.store.candidates(text, t.CANDIDATES, before=date)
        ranked = process.extract(
            key, [s["folded"] for s in found], scorer=fuzz.token_set_ratio,
            limit=t.JUDGED, score_cutoff=t.RANK_MIN,
        )  # fmt: skip
        quote_tokens = tokenize(text)
        qwords, matches = [t.word for t in quote_tokens], []
        for statement in self.store.get(found[i]["id"] for _choice, _score, i in ranked):
            # judged on the words the diff shows (a number keeps its separators)
            verdict, score = judge(qwords, [t.word for t in tokenize(statement["text"])])
            if verdict != NO_MATCH:
                matches.append(Match(verdict, score, statement, speaker_id=statement["speaker_id"]))
        matches.sort(key=lambda m: (-m.score, m.statement["id"]))
        if speaker:
            matches = self._attribute(matches, speaker)
        matches = matches[: t.RESULTS]
        self._names.article = names
        for m in matches:
            aligned = align(text, m.statement["text"], quote_tokens)
            m.diff = aligned.ops()
            if m.verdict in ("altered", "partial"):
                m.alteration = assess(aligned, self._names, partial=m.verdict == "partial")
        return matches

    def _attribute(self, matches: list[Match], speaker: str) -> list[Match]:
        """Own statements first; others' verbatim/altered become misattributed if none."""
        person = self.store.speaker_id(speaker)
        own = [m for m in matches if person is not None and m.speaker_id == person]
        if own:
            return own + [m for m in matches if m not in own]
        for m in matches:
            if m.verdict in ("verbatim", "altered") and m.speaker_id is not None:
                m.verdict = "misattributed"
        return matches
