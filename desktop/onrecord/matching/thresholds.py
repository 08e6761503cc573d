"""Every threshold that turns similarity scores into a verdict, in one place.

Scores are rapidfuzz scores from 0 to 100 over the folded words of the quote and of the
earlier statement, the words the diff shows (`onrecord.matching.diff.words`: case, quotes,
dashes, accents, whitespace do not count as changes; a number keeps its separators).

- verbatim:      the folded word sequences are identical.
- altered:       `fuzz.ratio` of the two word strings >= ALTERED_MIN, or the quote is a
                 near-exact fragment (>= FRAGMENT_MIN) that covers at least FRAGMENT_SHARE
                 of the statement's words (a word or two dropped at an end is an alteration).
- partial:       `fuzz.partial_ratio` (the shorter aligned inside the longer) >= PARTIAL_MIN
                 and the shorter has at least PARTIAL_MIN_WORDS words; either way round.
- misattributed: verbatim or altered, the quote credits a speaker, the store has the
                 statement only from other known speakers (aliases considered).
- unknown:       none of the above for any candidate.
"""

ALTERED_MIN = 75.0
FRAGMENT_MIN = 97.0
FRAGMENT_SHARE = 0.8
PARTIAL_MIN = 88.0
PARTIAL_MIN_WORDS = 4

CANDIDATES = 100  # statements fetched from the index for re-ranking
RANK_MIN = 50.0  # token_set_ratio below which a candidate is not judged at all
JUDGED = 10  # best re-ranked candidates given a verdict
RESULTS = 5  # matches returned at most
