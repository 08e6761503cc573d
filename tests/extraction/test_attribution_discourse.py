"""Speakers named outside the quote's sentence (issue 11, item 9) and the textacy test
sentences the issue asks to keep."""

import pytest
from quoting import quotes

from onrecord.articles import article_from_text


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "President Ames released the following statement:\n\n"
            '"Today we mourn the loss of three brave firefighters who gave their lives."',
            "Ames",
        ),
        (
            "Her adviser, Jo Reyes, said:\n\n"
            '"We will appeal the decision as soon as the court opens on Monday."',
            "Jo Reyes",
        ),
        (
            "Mara Dunmore has run the shelter on Quay Street for a decade.\n\n"
            '"Every winter we turn away more families than the year before."',
            "Mara Dunmore",
        ),
    ],
)
def test_a_paragraph_introduces_the_speaker_of_the_next(extractor, text, speaker):
    (q,) = quotes(extractor, text)
    assert q.speaker.name == speaker and 0.5 <= q.confidence < 0.9


def test_a_run_of_quote_paragraphs_named_on_a_later_one(extractor):
    text = (
        "The shelter opened its doors again on Monday.\n\n"
        '"Every winter we turn away more families than the year before."\n\n'
        '"We feed two hundred people a day now," Mara Dunmore notes.'
    )
    first, second = quotes(extractor, text)
    assert first.speaker.name == second.speaker.name == "Mara Dunmore"
    assert first.confidence < second.confidence


def test_a_run_of_quote_paragraphs_named_on_the_first(extractor):
    text = (
        '"We feed two hundred people a day now," Mara Dunmore notes.\n\n'
        '"Every winter we turn away more families than the year before."'
    )
    first, second = quotes(extractor, text)
    assert first.speaker.name == second.speaker.name == "Mara Dunmore"


def test_prose_without_a_person_introduces_no_one(extractor):
    text = (
        "The council met on Monday. Nobody expected a vote.\n\n"
        '"The plan is dead and everyone in this room knows it, whatever they say."'
    )
    (q,) = quotes(extractor, text)
    assert q.speaker is None and q.confidence <= 0.3


def test_textacy_burton_he_is_the_only_person_in_sight(extractor):
    (q,) = quotes(extractor, 'Burton explained from a podium. "I love cats," he said.')
    assert (q.speaker.name, q.speaker.mention) == ("Burton", "he")


def test_an_intro_paragraph_names_its_speaker_even_when_the_parse_roots_it_elsewhere(extractor):
    text = (
        "The campaign entered its last week.\n\n"
        "Marlow elaborated in an editorial piece for The Harbour Times that delegates currently "
        "pledged to Ames, even those who did so before the campaign began, may reconsider.\n\n"
        "\u201cA loss in the harbour ward would show the mayor\u2019s weakness as a candidate "
        "and make every councillor ask whether to stay with her.\u201d"
    )
    (q,) = [q for q in extractor.extract(article_from_text(text)).quotes if q.kind == "direct"]
    assert q.speaker is not None and q.speaker.name == "Marlow"
