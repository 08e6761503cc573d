"""Checking an article's quotes against the store: one verdict and its evidence per quote.

Shared by `onrecord check`, the review window and reports, so they all say the same thing.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass

from onrecord.matching.matcher import Match, Matcher
from onrecord.model import Extraction, Quote
from onrecord.review import checked_quote
from onrecord.store.normalize import fold, words


@dataclass
class QuoteCheck:
    quote: Quote
    matches: list[Match]

    @property
    def verdict(self) -> str:
        return self.matches[0].verdict if self.matches else "unknown"

    def to_dict(self) -> dict:
        """The quote as `extract` gives it, plus `verdict` and `matches` (best first)."""
        return self.quote.to_dict() | {
            "verdict": self.verdict,
            "matches": [m.to_dict() for m in self.matches],
        }


def speaker_of(quote: Quote) -> str | None:
    """The name to check attribution against: only a resolved speaker counts."""
    return quote.speaker.name if quote.speaker and quote.speaker.resolved else None


def entity_words(extraction: Extraction) -> frozenset[str]:
    """The folded words of the names the article's NER found (for the alteration's entities)."""
    return frozenset(words(fold(" ".join(extraction.entities))))


def check_quote(
    matcher: Matcher, quote: Quote, date: str | None = None, names: Collection[str] = ()
) -> QuoteCheck:
    return QuoteCheck(quote, matcher.match(quote.text, speaker_of(quote), date, names))


def check_extraction(
    matcher: Matcher, extraction: Extraction, overrides: Mapping[str, str] | None = None
) -> list[QuoteCheck]:
    """Every quote against the store; `overrides` (quote key → the editor's correction) judge a
    corrected quote under its corrected speaker, as the review window and reports do."""
    date, overrides = extraction.article.date, overrides or {}
    people, names = extraction.people, entity_words(extraction)
    return [
        check_quote(matcher, checked_quote(q, overrides.get(q.key), people), date, names)
        for q in extraction.quotes
    ]


def check_report(extraction: Extraction, checks: list[QuoteCheck]) -> dict:
    """`extract`'s JSON with every quote extended by its verdict and matches."""
    return extraction.to_dict() | {"quotes": [c.to_dict() for c in checks]}
