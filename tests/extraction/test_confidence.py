"""Speaker confidence says how the speaker was reached: only a full name at the quote's own
cue keeps the top of the scale; guesses fall below the window's "speaker?" line."""

import pytest

from onrecord.articles import article_from_text
from onrecord.workspace.session import UNSURE_BELOW


def confidence(extractor, text):
    (q,) = extractor.extract(article_from_text(text)).quotes
    return q.confidence


def test_a_full_name_at_the_cue_is_sure(extractor):
    text = "“We will appeal the ruling,” said Rita Gomez, the club’s lawyer."
    assert confidence(extractor, text) >= 0.9


@pytest.mark.parametrize(
    "text",
    [
        # a pronoun resolved by recency alone
        "Rita Gomez met Ana Berg at the club on Monday.\n\n“We will appeal the ruling,” she said.",
        # a description that no name in the article answers to
        "“We will appeal the ruling,” the lawyer said after the hearing.",
    ],
)
def test_a_guessed_speaker_is_below_the_window_line(extractor, text):
    assert confidence(extractor, text) < UNSURE_BELOW


def test_a_bare_surname_is_not_sure(extractor):
    text = "“We will appeal the ruling,” Gomez said after the hearing."
    assert 0.6 <= confidence(extractor, text) < 0.9


def test_a_quote_continuing_after_its_attribution_sentence_is_not_a_guess(extractor):
    text = (
        "“The harbour will reopen in May,” said Rita Gomez, the port’s director. "
        "“Until then the ferries will use the north pier.”"
    )
    first, second = extractor.extract(article_from_text(text)).quotes
    assert second.speaker.name == first.speaker.name == "Rita Gomez"
    assert UNSURE_BELOW <= second.confidence <= first.confidence
