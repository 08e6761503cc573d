"""Matching quotes against the store: verdicts, scores and word-level diffs."""

from onrecord.matching.matcher import Match, Matcher, Verdict, judge

__all__ = ["Match", "Matcher", "Verdict", "judge"]
