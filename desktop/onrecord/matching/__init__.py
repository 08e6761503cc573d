"""Matching quotes against the store: verdicts, scores and word-level diffs."""

from onrecord.matching.check import (
    QuoteCheck,
    check_extraction,
    check_quote,
    check_report,
    entity_words,
)
from onrecord.matching.matcher import Match, Matcher, Verdict, judge

__all__ = [
    "Match", "Matcher", "QuoteCheck", "Verdict", "check_extraction", "check_quote",
    "check_report", "entity_words", "judge",
]  # fmt: skip
