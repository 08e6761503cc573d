"""Translated articles (a note at the head or the foot) and quotes said in another language."""

from pathlib import Path

import pytest

from onrecord.extraction.translation import mark_translated, translation_note
from onrecord.model import Article, Extraction, Quote

SEED = Path(__file__).resolve().parents[2] / "seeds"


def test_the_seed_article_is_translated_by_its_last_line():
    text = (SEED / "2025-07-13_kim-jong-un-lavrov-wonsan-meeting.txt").read_text("utf-8")
    assert translation_note(text) == {
        "note": "Translated from the JoongAng Ilbo using generative AI and edited by "
        "Korea JoongAng Daily staff.",
        "from": "JoongAng Ilbo",
    }


@pytest.mark.parametrize(
    ("text", "origin"),
    [
        ("Talks resume\nThis article was translated from Korean.\nThe envoy spoke.", "Korean"),
        ("Talks resume\nThe envoy spoke.\nTranslated by Jane Roe.", None),
        ("Talks resume\nThe envoy spoke.\nThis story has been machine translated.", None),
    ],
)
def test_a_note_at_the_head_or_the_foot(text, origin):
    assert translation_note(text)["from"] == origin


def test_no_note_in_the_middle_of_a_long_article_or_in_plain_prose():
    body = "\n".join(f"Paragraph {i} of the report." for i in range(12))
    middle = body.replace("Paragraph 6 of", "Translated from French, paragraph 6 of")
    assert translation_note(middle) is None
    assert translation_note("She said the poems were never translated well.") is None


def _extraction(text: str, *quoted: str) -> Extraction:
    quotes = [Quote(text.index(q), text.index(q) + len(q), q, "direct") for q in quoted]
    return mark_translated(Extraction(Article(text), quotes))


@pytest.mark.parametrize(
    "sentence",
    [
        "“We will not retreat,” Lavrov said in Russian.",
        "Speaking through an interpreter, she said: “We will not retreat.”",
        "He told reporters in Korean that “We will not retreat.”",
        "“We will not retreat” (translated), the minister said.",
    ],
)
def test_a_quote_is_translated_when_its_sentence_says_so(sentence):
    text = f"Talks resumed.\n{sentence}\nThe envoy left.\n“Nothing else,” she added."
    extraction = _extraction(text, "We will not retreat", "Nothing else")
    assert extraction.article.translation is None
    assert [q.translated for q in extraction.quotes] == [True, False]


def test_not_translated_by_a_language_adjective_or_by_the_quote_s_own_words():
    text = (
        "“They cooperate on Korean Peninsula issues,” said Oh.\n"
        "“I said in Russian that I agree,” the envoy said."
    )
    extraction = _extraction(text, "They cooperate on Korean Peninsula issues", "I said in Russian")
    assert [q.translated for q in extraction.quotes] == [False, False]


def test_every_quote_of_a_translated_article_is_translated():
    text = "Talks resumed.\n“We will not retreat,” Lavrov said.\nTranslated from Russian."
    extraction = _extraction(text, "We will not retreat")
    assert extraction.article.to_dict()["translation"]["from"] == "Russian"
    assert extraction.quotes[0].to_dict()["translated"] is True
