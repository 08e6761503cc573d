"""Quoted words nobody is reported saying are mentions, not quotes: one test per construction,
on sentences written for the test (and the textacy peer's own test sentences)."""

import pytest

from onrecord.articles import article_from_text


def extract(extractor, text):
    return extractor.extract(article_from_text(text))


def mention_kinds(extractor, text):
    result = extract(extractor, text)
    quoted = [q.text for q in result.quotes if q.kind != "indirect"]
    return quoted, {m.text: m.kind for m in result.mentions}


@pytest.mark.parametrize(
    ("text", "words", "kind"),
    [
        # titles: beside a work noun, a work noun's complement, title-case object
        ("Her novel “Salt Roads” was shortlisted for the Dunmore Prize.", "Salt Roads", "title"),
        (
            "The report “Tides of Change” was published by the harbour board on Friday.",
            "Tides of Change",
            "title",
        ),
        (
            'Burton claims that his favorite book is "One Hundred Years of Solitude".',
            "One Hundred Years of Solitude",
            "title",
        ),
        (
            "The museum will open an exhibition titled “Glass and Salt” in March.",
            "Glass and Salt",
            "title",
        ),
        ("Ines Marr starred in “The Long Harbour” before she moved to Lisbon.", None, "title"),
        # nicknames and names given
        (
            "The crowd sang for the goalkeeper known as “the Anvil” after the final whistle.",
            "the Anvil",
            "nickname",
        ),
        ("Supporters have long dubbed the striker “Little Hammer”.", None, "nickname"),
        # terms and scare quotes
        (
            "The move is part of what the council calls “managed retreat” along the coast.",
            "managed retreat",
            "term",
        ),
        ('Burton thinks that cats are "cuties".', "cuties", "term"),
        ("The so-called “quiet period” ends on Monday.", "quiet period", "term"),
        ("Teenagers now use the word “mid” for almost everything.", "mid", "term"),
        # words on things
        (
            "Students carried a placard reading “HANDS OFF OUR LIBRARY” to the town hall.",
            "HANDS OFF OUR LIBRARY",
            "sign",
        ),
        ("A banner that read “No Tolls Here” hung over the bridge.", "No Tolls Here", "sign"),
        ("Several fans wore T-shirts with “Bring Back Ola” on the front.", None, "sign"),
        ("The crowd chanted “Keep the ferry running” as the mayor arrived.", None, "sign"),
        ("A chalk board outside the bakery reads “OPEN DESPITE THE ROADWORKS.”", None, "sign"),
        ("Someone hung a sheet painted with the words “WE ARE STILL HERE.”", None, "sign"),
        # titles named after the marks, and names given by habit or by a relative clause
        ("“The Salt Year,” a slow comedy about two ferrymen, won the jury prize.", None, "title"),
        ("Local divers have taken to calling the flooded cave “the Blue Room.”", None, "nickname"),
        (
            "Engineers have taken to calling “soft spots” the places where the dyke sags.",
            None,
            "term",
        ),
        ("The scheme, which planners call “soft defence,” costs less than a wall.", None, "term"),
        ("Fans called her “the Voice of the Fjord” for forty years.", None, "nickname"),
    ],
)
def test_quoted_words_that_are_not_speech_are_mentions(extractor, text, words, kind):
    quoted, mentions = mention_kinds(extractor, text)
    words = words or text.split("“")[1].split("”")[0].rstrip(".,")
    assert not any(words in q for q in quoted)
    assert {k.rstrip(".,"): v for k, v in mentions.items()}.get(words) == kind


def test_short_quoted_words_in_a_reported_clause_stay_partial_quotes(extractor):
    result = extract(extractor, "Ruth Annan said the plan was “unworkable” and should be dropped.")
    partial = [q for q in result.quotes if q.kind == "partial"]
    assert [q.text for q in partial] == ["unworkable"]
    assert partial[0].speaker.name == "Ruth Annan"
    assert result.mentions == []


def test_a_word_the_speaker_called_something_is_their_quote(extractor):
    result = extract(extractor, "Mayor Ruth Annan called the tunnel plan “reckless” on Monday.")
    assert [q.text for q in result.quotes] == ["reckless"]
    assert result.quotes[0].speaker.name == "Ruth Annan"


def test_a_quoted_sentence_after_a_title_mention_is_still_a_quote(extractor):
    text = (
        "Dana Okafor wrote the novel “Salt Roads” in a single winter.\n\n"
        "“I wrote it to stay sane,” Okafor said."
    )
    result = extract(extractor, text)
    assert [q.text for q in result.quotes] == ["I wrote it to stay sane,"]
    assert [(m.text, m.kind) for m in result.mentions] == [("Salt Roads", "title")]


def test_mentions_are_listed_in_the_json_apart_from_quotes(extractor):
    text = "The choir sang “Harbour Lights” as the ferry left."
    data = extract(extractor, text).to_dict()
    start = text.index("Harbour")
    assert data["quotes"] == []
    assert data["mentions"] == [
        {"start": start, "end": start + 14, "text": "Harbour Lights", "kind": "title"}
    ]
