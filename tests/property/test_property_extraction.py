"""Hypothesis: extraction on generated prose of names, cue verbs, quote marks and apostrophes.

Every span lies in the text and is the quote's text, spans do not overlap, and the same
input gives the same output. Bounded: spaCy takes a few ms per short text.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from onrecord.articles import article_from_text

NAMES = [
    "Kim Jong-un",
    "Kim",
    "Sergei Lavrov",
    "Lavrov",
    "He",
    "She",
    "They",
    "the ministry",
    "KCNA",
    "Yang Moo-jin, a professor at the University of North Korean Studies,",
]
CUES = [
    "said",
    "told reporters",
    "added",
    "according to",
    "stressed",
    "reported",
    "noted that",
    "said:",
    "—",
    "asked,",
]
WORDS = [
    "the",
    "alliance",
    "will",
    "not",
    "yield",
    "talks",
    "in",
    "Wonsan",
    "on",
    "Saturday",
    "forces' moves",
    "Russia’s remarks",
    "rock ’n’ roll",
    "don't",
    "'90s",
    "Mrs.",
    "Jr.",
    "hegemony-oriented",
    "1,000",
    "“",
    "”",
    '"',
    "‘",
    "’",
    "'",
    "«",
    "»",
    "``",
    "''",
    ",",
    ".",
    ":",
    ";",
    "…",
    "\n",
    "\n\n",
    "(",
    ")",
]
_FRAGMENTS = st.sampled_from(NAMES + CUES + WORDS)
_QUOTED = st.builds(
    lambda o, words, c: o + " ".join(words) + c,
    st.sampled_from(['"', "“", "‘", "«", "``", "'"]),
    st.lists(st.sampled_from(WORDS[:18]), min_size=1, max_size=8),
    st.sampled_from(['"', "”", "’", "»", "''", "'", ""]),
)
PROSE = st.lists(st.one_of(_FRAGMENTS, _QUOTED), min_size=1, max_size=40).map(" ".join)


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=PROSE)
def test_quote_spans_are_exact_disjoint_and_deterministic(extractor, text):
    article = article_from_text(text)
    first = extractor.extract(article)
    previous_end = 0
    for q in first.quotes:
        assert 0 <= q.start < q.end <= len(article.text)
        assert article.text[q.start : q.end] == q.text
        assert q.start >= previous_end, f"{q.key} overlaps the quote before it"
        previous_end = q.end
        if q.speaker is not None and q.speaker.start is not None:
            assert 0 <= q.speaker.start < q.speaker.end <= len(article.text)
            assert article.text[q.speaker.start : q.speaker.end] == q.speaker.mention
        if q.cue is not None:
            assert article.text[q.cue.start : q.cue.end] == q.cue.text
    again = extractor.extract(article_from_text(text))
    assert again.to_dict() == first.to_dict()


@pytest.mark.parametrize(
    "text",
    [
        '‘The minister said "we will not yield" today’, KCNA reported.',
        'He said ‘the "talks" failed’ yesterday.',
        '"the" ‘Russia’s remarks" "the" ’',
    ],
)
def test_nested_double_quotes_inside_single_quotes_do_not_overlap(extractor, text):
    quotes = extractor.extract(article_from_text(text)).quotes
    assert all(a.end <= b.start for a, b in zip(quotes, quotes[1:], strict=False))
