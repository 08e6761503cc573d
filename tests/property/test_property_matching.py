"""Hypothesis: matching any quote text (empty, punctuation, scripts, FTS syntax) against a store
gives well-formed matches, never an exception."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from onrecord.matching import Matcher
from onrecord.store import open_store
from onrecord.store.normalize import fold, match_key, words

STATEMENTS = [
    {"text": "We will further intensify strategic cooperation", "speaker": "Kim Jong-un"},
    {"text": "The talks in Wonsan went on for five hours", "speaker": "Sergei Lavrov"},
    {"text": 'NEAR the coast AND beyond: "quoted" * words -minus', "speaker": "Yang Moo-jin"},
    {"text": "قال الوزير لن نتراجع", "speaker": "الوزير"},
]
WORDS = st.sampled_from(
    ["we", "will", "further", "intensify", "cooperation", "talks", "Wonsan", "NEAR", "AND",
     '"', "*", "-", ":", "(", "^", "'", "’", "—", "لن", "نتراجع", "😀", "\x00", " ", "\n"]
)  # fmt: skip
TEXTS = st.lists(WORDS, max_size=25).map(" ".join) | st.text(max_size=60)
VERDICTS = {"verbatim", "altered", "partial", "misattributed", "unknown"}


@pytest.fixture(scope="module")
def matcher(tmp_path_factory):
    store = open_store(tmp_path_factory.mktemp("match") / "w.db")
    store.add_statements(enumerate(STATEMENTS), "test", "jsonl")
    yield Matcher(store)
    store.close()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=TEXTS, speaker=st.none() | st.sampled_from(["Kim", "Lavrov", "", "*", '"']))
@example(text="", speaker=None)
@example(text='"NEAR" AND * -', speaker='"')
def test_any_quote_text_gets_well_formed_matches(matcher, text, speaker):
    for m in matcher.match(text, speaker=speaker):
        assert m.verdict in VERDICTS
        assert all(op["op"] in ("equal", "delete", "insert", "replace") for op in m.diff)
        assert m.to_dict()["verdict"] == m.verdict


@settings(max_examples=300, deadline=None)
@given(text=TEXTS | st.text(alphabet=st.characters(max_codepoint=127), max_size=80))
@example(text="It's\tthe  \x1c'end'\x0b of IT'S day\r-by-day_work")
def test_the_match_key_is_the_words_of_the_folded_text(text):
    """match_key's shortcuts (ASCII text is only lower-cased before its words are split out)
    give the words `words` finds in `fold`'s text, joined by single spaces."""
    assert match_key(text) == " ".join(words(fold(text)))
