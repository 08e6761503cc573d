"""The seven direct-quotation test sentences of textacy (`tests/extract/test_triples.py`,
the peer the issue measures against), as OnRecord should read them."""

import pytest

from onrecord.articles import article_from_text


def extract(extractor, text):
    return extractor.extract(article_from_text(text))


@pytest.mark.parametrize(
    ("text", "said", "name", "mention"),
    [
        ('Burton said, "I love cats!"', ["I love cats!"], "Burton", "Burton"),
        ('"We love cats!" reply Burton and Nick.', ["We love cats!"], "Burton and Nick", None),
        (
            'Burton explained from a podium. "I love cats," he said.',
            ["I love cats,"],
            "Burton",
            "he",
        ),
        (
            '"I love cats!" insists Burton. "I absolutely do."',
            ["I love cats!", "I absolutely do."],
            "Burton",
            "Burton",
        ),
    ],
)
def test_a_quote_and_its_speaker(extractor, text, said, name, mention):
    quotes = extract(extractor, text).quotes
    assert [q.text.strip('"“”') for q in quotes] == said
    for q in quotes:
        assert q.speaker.name == name and q.speaker.resolved
        assert mention is None or q.speaker.mention == mention


def test_a_pronoun_with_no_one_before_it_stays_unresolved(extractor):
    (q,) = extract(extractor, '"Some people say otherwise," he conceded.').quotes
    assert q.speaker.mention == "he" and not q.speaker.resolved and q.confidence <= 0.4


@pytest.mark.parametrize(
    ("text", "words", "kind"),
    [
        (
            'Burton claims that his favorite book is "One Hundred Years of Solitude".',
            "One Hundred Years of Solitude",
            "title",
        ),
        ('Burton thinks that cats are "cuties".', "cuties", "term"),
    ],
)
def test_quoted_words_nobody_says_are_no_quote(extractor, text, words, kind):
    result = extract(extractor, text)
    assert not [q for q in result.quotes if q.kind != "indirect"]
    assert {m.text.strip('"“”'): m.kind for m in result.mentions}[words] == kind
