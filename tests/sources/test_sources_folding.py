"""Folded words keep their place in the original text, and fold the same as the store's fold."""

from hypothesis import given, settings
from hypothesis import strategies as st

from onrecord.sources.tokens import fold_with_offsets, fragments, tokenize
from onrecord.store.normalize import fold

ALPHABET = "aZé e\u0301ﬁﬂ’‘“”\"'`-–—\u00ad\n\t .,[]…ßİ0"


@settings(max_examples=400)
@given(st.text(alphabet=ALPHABET, max_size=40) | st.text(max_size=30))
def test_folding_by_character_equals_folding_the_whole(text):
    folded, offsets = fold_with_offsets(text)
    assert folded == fold(text)
    assert len(offsets) == len(folded)
    assert offsets == sorted(offsets)


def test_tokens_point_at_the_original_words():
    text = "The “eﬃcient” recon-\n  struction of Zürich’s economy"
    tokens = tokenize(text)
    assert [t.word for t in tokens] == [
        "the",
        "efficient",
        "reconstruction",
        "of",
        "zurich's",
        "economy",
    ]
    assert [text[t.start : t.end] for t in tokens][1:3] == ["eﬃcient", "recon-\n  struction"]


def test_numbers_stay_whole():
    assert [t.word for t in tokenize("an additional 6,000 troops, 3.5 km")] == [
        "an", "additional", "6,000", "troops", "3.5", "km"]  # fmt: skip


def test_editorial_insertions_and_elisions_split_the_quote():
    quote = "meet here [in Wonsan] rather … than in ... Pyongyang"
    runs = fragments(quote)
    assert [[t.word for t in run] for run in runs] == [
        ["meet", "here"],
        ["rather"],
        ["than", "in"],
        ["pyongyang"],
    ]
    assert quote[runs[-1][0].start : runs[-1][0].end] == "Pyongyang"
