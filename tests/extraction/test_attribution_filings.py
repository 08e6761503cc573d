"""Who speaks through a complaint, a letter or a report, and who is not the speaker
before: readers' comments, requests filed, findings of documents named in passing."""

from pathlib import Path

import pytest
from quoting import quotes

DESKS = Path(__file__).resolve().parents[2] / "bench" / "desks"


def test_one_who_comments_or_tweets_is_a_person(extractor):
    text = (
        'One resident wrote, "We were never asked." Another commenter said, "The pier is '
        'our livelihood." One tweeter wrote, "Shame on the whole council."'
    )
    assert [q.speaker.name for q in quotes(extractor, text)] == [
        "One resident",
        "Another commenter",
        "One tweeter",
    ]


def test_a_quote_whose_named_subject_cannot_speak_is_not_the_previous_speakers(extractor):
    text = (
        '"The ferry is late again," said harbour master Ines Marr. The timetable said, '
        '"Departures are suspended until further notice for all routes."'
    )
    first, second = quotes(extractor, text)
    assert first.speaker.name == "Ines Marr"
    assert second.speaker is None


def test_a_cue_with_words_of_its_own_in_the_next_sentence_takes_no_earlier_quote(extractor):
    text = (
        "The Residents Union filed a noise complaint on Monday, its third this year, about "
        '"the endless night shifts at the yard." The group later sent a letter to the mayor '
        'demanding "a full public inquiry into the contract."'
    )
    demanded = [q.text for q in quotes(extractor, text) if q.cue and q.cue.text == "demanding"]
    assert demanded == ["a full public inquiry into the contract."]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The tenants association filed a request with the housing office for "
            '"every record of the inspections since 2019."',
            "tenants association",
        ),
        (
            "Councillors Ila Penn and Omar Dent sent a letter to the minister on Friday, "
            'seeking "answers on the closure of the clinic."',
            "Ila Penn",
        ),
        (
            "The Residents Union filed a complaint with the regulator for "
            '"immediate and lasting relief from the noise."',
            "Residents Union",
        ),
    ],
)
def test_who_files_a_request_asks_in_its_quoted_words(extractor, text, speaker):
    (q,) = quotes(extractor, text)
    assert speaker in q.speaker.name


def test_a_title_after_a_filing_is_no_request(extractor):
    text = 'The studio filed a lawsuit over "Salt Roads," the novel.'
    assert quotes(extractor, text) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The mood darkened after a council report released Thursday suggesting that "
            "the pier could collapse within a decade.",
            "council report",
        ),
        (
            "The survey was taken shortly after the release of the audit office's report "
            "on the ferry accounts that suggested they were badly kept but not fraudulent.",
            "report",
        ),
    ],
)
def test_a_document_named_in_passing_speaks_its_finding(extractor, text, speaker):
    (q,) = quotes(extractor, text)
    assert q.speaker is not None and speaker in q.speaker.name


def test_who_writes_in_a_statement_speaks_through_it(extractor):
    text = (
        '"Many people are uncertain," Leo Strand wrote in a statement to the Gazette '
        "explaining why he is speaking at the convention."
    )
    assert {q.speaker.name for q in quotes(extractor, text)} == {"Leo Strand"}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Penn pivoted to talking about trade, but the host brought her back to the audit, "
            "asking Penn to explain the missing funds.",
            "host",
        ),
        (
            "The mayor said the port was safe, but the harbour master disagreed, warning "
            "that the pier could collapse.",
            "harbour master",
        ),
        (
            "Dent told reporters that the plan was dead, adding that the council would vote "
            "again in May.",
            "Dent",
        ),
    ],
)
def test_a_trailing_participle_speaks_for_the_clause_it_follows(extractor, text, speaker):
    last = quotes(extractor, text)[-1]
    assert last.speaker.name == speaker


def test_words_someone_did_not_say_are_not_their_quote(extractor):
    text = (
        "Dent, speaking on the radio on Monday, called again for Mayor Ila Penn to resign for "
        'not calling the collapse an act of "criminal negligence." Penn did not call the '
        'plan "dead on arrival," as Dent claimed.'
    )
    assert {q.speaker.name for q in quotes(extractor, text)} == {"Dent"}


def test_words_set_between_dashes_after_a_name_are_that_persons(extractor):
    text = (
        "A chorus of councillors has said the same thing, including the former mayor Ruth "
        'Annan -- "It is wrong for a mayor to hide the accounts from the voters" -- and Omar '
        'Dent, a former auditor. Penn treated the remark as a compliment -- "That makes me '
        'careful" -- and moved on.'
    )
    assert [q.speaker.name for q in quotes(extractor, text)] == ["Ruth Annan", "Penn"]


BLOCK = (
    "I think this appeal is timely, as the shelter is running out of beds and the winter has "
    'only begun. But what we should ask is "who will pay for it?"\n\n'
)


@pytest.mark.parametrize(
    "intro",
    [
        "In the text accompanying the video, Dunmore wrote:",
        "According to Ines Dunmore, writing for the Gazette:",
    ],
)
def test_an_unmarked_paragraph_a_speakers_colon_introduces_is_a_block_quote(extractor, intro):
    (q,) = quotes(extractor, f"{intro}\n\n{BLOCK}The council meets on Monday.")
    assert q.text.startswith("I think this appeal") and q.text.endswith('"who will pay for it?"')
    assert q.kind == "direct" and q.speaker.name.endswith("Dunmore")


@pytest.mark.parametrize(
    "intro",
    [
        "Here is what we know so far:",  # no one speaks
        "There are four shelters in the city, according to the council:",  # a source of facts
        "I am here to tell you what I have learned:",  # the writer's own voice
    ],
)
def test_a_colon_no_speaker_closes_opens_no_block_quote(extractor, intro):
    text = f"{intro}\n\nThe fire started in the kitchen at around ten and spread to the roof."
    assert not any("fire" in q.text for q in quotes(extractor, text))


def test_one_criticised_or_praised_is_not_the_speaker(extractor):
    text = (
        "Mayor Ines Ferrand has been criticised by fishermen for not calling the spill "
        '"a disaster" until Tuesday. The plan was praised by the union as "a fair deal for '
        'every worker." Omar Dent was quoted as saying the plan was "dead on arrival."'
    )
    speakers = [q.speaker.name for q in quotes(extractor, text)]
    assert "Ines Ferrand" not in speakers
    assert speakers[-2:] == ["union", "Omar Dent"]


def test_a_question_put_to_the_speaker_is_not_their_words(extractor):
    """`Asked whether Skarvfonna would survive the century, Velkaranta replied …`: in the
    desk article the tagger reads "Asked" as a past tense (VBD), not a participle."""
    text = (DESKS / "science-glacier-thinning.txt").read_text(encoding="utf-8")
    asked = [q for q in quotes(extractor, text) if "survive the century" in q.text]
    assert asked and all(q.speaker is None for q in asked)
