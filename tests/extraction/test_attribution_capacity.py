"""In what capacity, and through what (issue 11, items 3 and 4): possessive and
pre-modifier descriptions as affiliations, and the medium apart from the speaker."""

import pytest

from onrecord.articles import article_from_text


def one(extractor, text):
    (q,) = extractor.extract(article_from_text(text)).quotes
    return q


@pytest.mark.parametrize(
    ("text", "name", "affiliation"),
    [
        (
            "Norland's chief negotiator, Ambassador Pia Brandvold, said: "
            '"We are close to an agreement on fishing rights."',
            "Pia Brandvold",
            "Norland's chief negotiator",
        ),
        (
            '"Nobody wants another winter of this," said Pia Brandvold, Norland\'s envoy '
            "to the talks.",
            "Pia Brandvold",
            "Norland's envoy to the talks",
        ),
        (
            '"We will rebuild the library before winter," the city\'s mayor, Ruth Annan, said.',
            "Ruth Annan",
            "city's mayor",
        ),
        (
            '"The boys gave everything tonight," Rovers manager Sam Idowu said.',
            "Sam Idowu",
            "Rovers manager",
        ),
        (
            '"The sentence must reflect the harm done," said Judge of the Eastfield Crown '
            "Court Leo Strand.",
            "Leo Strand",
            "Judge of the Eastfield Crown Court",
        ),
    ],
)
def test_descriptions_before_and_after_the_name(extractor, text, name, affiliation):
    s = one(extractor, text).speaker
    assert (s.name, s.affiliation) == (name, affiliation)


def test_an_age_in_apposition_is_never_the_affiliation(extractor):
    s = one(
        extractor,
        '"The budget is balanced for the first time," said Ruth Annan, 61, chair of the '
        "finance committee.",
    ).speaker
    assert (s.name, s.affiliation) == ("Ruth Annan", "chair of the finance committee")


@pytest.mark.parametrize(
    ("text", "speaker", "via"),
    [
        (
            "Judge Leo Strand heard the case on Monday.\n\n"
            '"This court will not be rushed," the judge said, according to a transcript '
            "released by the court.",
            "Leo Strand",
            "transcript released by the court",
        ),
        (
            '"We will not give in to pressure," Prime Minister Lars Sorensen told state '
            "television on Sunday.",
            "Lars Sorensen",
            "state television",
        ),
        (
            '"Our patience has limits," Lars Sorensen said in remarks carried by state media.',
            "Lars Sorensen",
            "state media",
        ),
    ],
)
def test_the_person_speaks_and_the_medium_carries(extractor, text, speaker, via):
    q = one(extractor, text)
    assert (q.speaker.name, q.via) == (speaker, via)


def test_joined_capacities_are_not_repeated():
    from onrecord.extraction.capacity import join

    joined = join(["Republican of Ohio; Representative", "One early supporter; Republican of Ohio"])
    assert joined == "Republican of Ohio; One early supporter"


def test_representative_is_a_title_not_part_of_the_name(extractor):
    text = 'Representative Ana Lindqvist said the plan was "dead on arrival."'
    (q,) = extractor.extract(article_from_text(text)).quotes
    assert q.speaker.name == "Ana Lindqvist"


def test_in_a_list_of_survivors_only_the_item_before_a_name_describes_it(extractor):
    text = (
        "Olav Herrevik, who built the Brenna line, has died. His daughter, Sanna Herrevik, "
        "said he had died in hospital.\n\nHerrevik is survived by his daughter, a son, Erik, "
        "and five grandchildren.\n\nHis daughter said the family would scatter his ashes."
    )
    last = extractor.extract(article_from_text(text)).quotes[-1]
    assert last.speaker.name == "Sanna Herrevik"


def test_the_sentences_own_verb_misread_as_an_apposition_is_no_affiliation(extractor):
    text = (
        "The team, led by the glaciologist Aino Velkaranta, combined 24 years of satellite "
        'measurements with radar readings.\n\n"We went back three times," Velkaranta said.'
    )
    q = one(extractor, text)
    assert q.speaker.name == "Aino Velkaranta"
    assert "combined" not in (q.speaker.affiliation or "")
