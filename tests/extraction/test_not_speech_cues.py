"""Cue verbs used for something other than reporting words: no quote comes of them."""

import pytest

from onrecord.articles import article_from_text


def extract(extractor, text):
    return extractor.extract(article_from_text(text))


@pytest.mark.parametrize(
    "text",
    [
        "Councillor Mia Holt criticized the tax plan at the meeting on Tuesday.",
        "The coach praised the young defenders after the draw.",
        "The minister described the new border crossing during a visit to the port.",
        "The judge cited the earlier ruling of the appeals court.",
    ],
)
def test_the_target_of_praise_or_blame_is_not_what_was_said(extractor, text):
    assert extract(extractor, text).quotes == []


def test_an_object_that_states_something_is_still_reported(extractor):
    text = "The minister reaffirmed her support for the fishing quota talks."
    (q,) = extract(extractor, text).quotes
    assert q.kind == "indirect" and q.text == "her support for the fishing quota talks"
    assert q.speaker.mention == "The minister"


@pytest.mark.parametrize(
    ("text", "idiom"),
    [
        ("That said, the council will vote on the budget in March.", "That said"),
        ("This said, the harbour master will run again in the spring.", "This said"),
        ("The result was disappointing, to say the least.", "to say the least"),
        ("Needless to say, the ferry company lost a great deal of money.", "Needless to say"),
        (
            "Rebuilding the pier before the summer season is easier said than done.",
            "easier said than done",
        ),
    ],
)
def test_idioms_with_a_speech_verb_are_no_quotes(extractor, text, idiom):
    result = extract(extractor, text)
    assert result.quotes == []
    assert [(m.text, m.kind) for m in result.mentions] == [(idiom, "idiom")]
