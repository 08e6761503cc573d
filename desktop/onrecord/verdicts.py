"""Every verdict and decision OnRecord gives, defined once: its name, its mark, the word the
window shows, the words the reports use and its colour role. Adding one is one entry here;
matching, the review log, the window and the reports take their vocabulary from these tables.
Imports nothing, so the window can build its legend before its first paint.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Term:
    mark: str  # a sign that carries the meaning without colour
    word: str  # the window's word
    label: str  # the reports' words
    color: str  # a colour role of the window's scheme: green, amber, blue, red, grey, muted
    problem: bool = False  # the editor must look at it: the "problems" filter, ClaimReview


# What the store says of a quote (matching.Matcher), best match first.
STORE = {
    "verbatim": Term("✓", "verbatim", "said before, verbatim", "green"),
    "altered": Term("≈", "altered", "altered wording", "amber", problem=True),
    "partial": Term("◐", "partial", "part of an earlier statement", "blue"),
    "misattributed": Term("⚠", "misattributed", "said by someone else", "red", problem=True),
    "unknown": Term("?", "not found", "not found in the store", "grey"),
}
NO_MATCH = "unknown"  # the verdict of a quote the store has no close statement for

# What an attached source document says of a quote (sources.check), best first.
SOURCE = {
    "found": Term("✓", "in the source", "found in the source", "green"),
    "drift": Term("≈", "differs from the source", "differs from the source", "amber", True),
    "absent": Term("✕", "not in the source", "not in the source", "red"),
}

# The editor's decision on a quote (review.ArticleReview.set_decision); None: not decided.
DECISIONS = {
    "verified": Term("●", "verified", "verified", "green"),
    "flagged": Term("⚑", "flagged", "flagged", "red"),
    "dismissed": Term("✕", "dismissed", "dismissed (not a quote)", "grey"),
    None: Term("○", "to review", "undecided", "muted"),
}
