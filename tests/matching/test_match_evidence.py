"""The verdict and the diff shown as its evidence read the same words: a quote judged
verbatim shows no change, and a changed figure is never called verbatim."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from onrecord.matching import Matcher
from onrecord.matching.diff import word_diff, words
from onrecord.matching.matcher import judge

BASE = "Inflation will stay at {} this year, the minister said to the press"


@pytest.mark.parametrize(
    ("quoted", "stated"), [("2.5%", "2,5%"), ("6,000", "6 000"), ("6,000", "6.000")]
)
def test_a_figure_written_otherwise_is_not_verbatim_and_the_diff_shows_it(
    store, fill, quoted, stated
):
    fill({"text": BASE.format(stated), "speaker": "Jane Roe"})
    [match] = Matcher(store).match(BASE.format(quoted), speaker="Jane Roe")
    assert match.verdict == "altered"
    changed = [d for d in match.diff if d["op"] != "equal"]
    assert changed and changed[0]["quote"] == quoted.rstrip("%")


_PIECES = st.sampled_from(["6,000", "6 000", "6.000", "2.5", "2,5", "%", "the", "Rate", "rate"])


@settings(max_examples=200, deadline=None)
@given(st.lists(_PIECES, min_size=1, max_size=8), st.lists(_PIECES, min_size=1, max_size=8))
def test_verbatim_exactly_when_the_diff_shows_no_change(quote, statement):
    q, s = " ".join(quote), " ".join(statement)
    verbatim = judge(words(q), words(s))[0] == "verbatim"
    assert verbatim == all(d["op"] == "equal" for d in word_diff(q, s))
