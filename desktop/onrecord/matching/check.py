"""Checking an article's quotes against the store: one verdict and its evidence per quote.

Shared by `onrecord check`, the review window and reports, so they all say the same thing.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass

from onrecord.matching.matcher import Match, Matcher
from onrecord.model import Extraction, Quote, checked_quote
from onrecord.store.normalize import fold, words
from onrecord.verdicts import NO_MATCH


@dataclass
class QuoteCheck:
    quote: Quote
    matches: list[Match]

    @property
    def verdict(self) -> str:
        return self.matches[0].verdict if self.matches else NO_MATCH

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
    matcher: Matcher,
    extraction: Extraction,
    overrides: Mapping[str, str] | None = None,
    *,
    quotes: Iterable[Quote] | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[QuoteCheck] | None:
    """The quotes (all of the extraction's by default) against the store, dated by the article.

    `overrides` (quote key → the editor's correction) judge a corrected quote under its
    corrected speaker. `progress(done, total)` is called before each quote; when
    `cancelled()` turns true the check stops and returns None. The one loop behind
    `onrecord check` and `report`, the window's load and its recheck after a correction.
    """
    date, overrides = extraction.article.date, overrides or {}
    names = entity_words(extraction)
    todo = list(extraction.quotes if quotes is None else quotes)
    checks = []
    for i, quote in enumerate(todo):
        if cancelled is not None and cancelled():
            return None
        if progress is not None:
            progress(i, len(todo))
        judged = checked_quote(quote, overrides.get(quote.key), extraction.people)
        checks.append(check_quote(matcher, judged, date, names))
    return checks


def check_report(extraction: Extraction, checks: list[QuoteCheck]) -> dict:
    """`extract`'s JSON with every quote extended by its verdict and matches."""
    return extraction.to_dict() | {"quotes": [c.to_dict() for c in checks]}
