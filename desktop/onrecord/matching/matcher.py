"""Find earlier statements close to a quote and say how they relate: best match first."""

from __future__ import annotations

from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from onrecord.matching import thresholds as t
from onrecord.matching.diff import word_diff, words
from onrecord.store.base import StatementStore
from onrecord.store.normalize import match_key
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

    def to_dict(self) -> dict:
        return {
            "verdict": self.verdict,
            "score": self.score,
            "statement": {k: self.statement.get(k) for k in PUBLIC},
            "diff": self.diff,
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


class Matcher:
    def __init__(self, store: StatementStore):
        self.store = store

    def match(self, text: str, speaker: str | None = None, date: str | None = None) -> list[Match]:
        """Close earlier statements (verdict other than unknown), best first; [] if none."""
        key = match_key(text)
        if not key:
            return []
        found = self.store.candidates(text, t.CANDIDATES, before=date)
        ranked = process.extract(
            key, [s["folded"] for s in found], scorer=fuzz.token_set_ratio,
            limit=t.JUDGED, score_cutoff=t.RANK_MIN,
        )  # fmt: skip
        judged = self.store.get(found[i]["id"] for _choice, _score, i in ranked)
        qwords, matches = words(text), []
        for statement in judged:  # judged on the words the diff shows (numbers kept whole)
            verdict, score = judge(qwords, words(statement["text"]))
            if verdict != NO_MATCH:
                matches.append(Match(verdict, score, statement, speaker_id=statement["speaker_id"]))
        matches.sort(key=lambda m: (-m.score, m.statement["id"]))
        if speaker:
            matches = self._attribute(matches, speaker)
        matches = matches[: t.RESULTS]
        for m in matches:
            m.diff = word_diff(text, m.statement["text"])
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
