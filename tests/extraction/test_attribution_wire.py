"""Constructions of wire and feature copy: datelines, quotes that go on in the next
sentence, speech owned by a possessor ("Penn's … pledge"), speakers prompted to speak,
and what is no speaker or channel at all."""

import pytest
from quoting import quotes

from onrecord.extraction.parse import parse


@pytest.mark.parametrize(
    "dateline",
    ["HARBORVIEW, March 3 (Reuters) — ", "PORT ELLIS, N.S. - ", "GREYHAVEN (AP) -- "],
)
def test_a_dateline_is_not_the_speaker(extractor, dateline):
    text = (
        "Council weighs crane deal.\n\n"
        f"{dateline}Port director Alma Brisk told the council on Monday that the new "
        "crane contract should be cancelled before the winter."
    )
    (q,) = quotes(extractor, text)
    assert q.speaker.name == "Alma Brisk"
    assert q.speaker.affiliation == "Port director"


def test_a_dateline_is_parsed_as_spaces(extractor):
    text = "Crane deal.\n\nCLEVELAND, July 19 (UPI) — Former Attorney General Nora Kettle told"
    doc = parse(extractor.nlp, text)
    assert len(doc.text) == len(text)
    assert [t.text for t in doc if not t.is_space][
        3:
    ] == "Former Attorney General Nora Kettle told".split()


def test_a_long_quote_in_the_next_sentence_goes_on_in_the_same_voice(extractor):
    text = (
        '"She still keeps every logbook," Tom Farrow has said of his sister. That makes '
        'her "by definition the most careful skipper anywhere on this coast."'
    )
    first, second = quotes(extractor, text)
    assert second.speaker.name == first.speaker.name == "Tom Farrow"
    assert second.confidence < first.confidence


def test_a_short_scare_quote_after_a_quote_is_not_taken(extractor):
    text = '"The fleet is ready," said Captain Joan Veil. The "reform" left the pier as it was.'
    assert [q.text for q in quotes(extractor, text)] == ["The fleet is ready,"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'Voters still recall Mayor Ila Penn\'s "no family left on the waiting list" '
            "pledge: many families moved to the city for it.",
            "Ila Penn",
        ),
        (
            "The council rejected Commissioner Dov Hale's claim that the budget was "
            '"balanced to the last penny" and asked for an audit.',
            "Dov Hale",
        ),
    ],
)
def test_a_possessor_speaks_the_words_of_a_pledge_or_claim(extractor, text, speaker):
    (q,) = quotes(extractor, text)
    assert q.speaker.name == speaker
    assert q.via is None  # the council asked for an audit; it carried no words of Hale's


def test_a_title_before_a_tour_is_no_pledge(extractor):
    text = 'The band\'s "Salt Roads" tour sold out in an hour, the promoter said.'
    assert all("Salt Roads" not in q.text for q in quotes(extractor, text))


def test_a_form_or_footnote_speaks_as_a_document(extractor):
    text = (
        "The harbour board's new disclosure form stated that its revenue rose from "
        "$3 million to $5 million last year."
    )
    (q,) = quotes(extractor, text)
    assert q.speaker.type == "document" and "form" in q.speaker.name


def test_a_demonstrative_is_no_speaker(extractor):
    text = "This suggests that the dredging budget has doubled since the spring."
    assert all(q.speaker is None for q in quotes(extractor, text))


def test_the_of_a_paper_s_name_is_no_affiliation(extractor):
    (q,) = quotes(extractor, '"The council has no plan for the pier," The Hill reported.')
    assert q.speaker.name == "Hill" and q.speaker.affiliation is None


def test_a_filing_is_the_channel_not_a_pronoun_inside_the_quote(extractor):
    text = (
        "Noting that the dredging budget has doubled, Mayor Ila Penn reminded residents "
        "of her promise to cut fees.\n\n"
        '"If the board obtains further records, it intends to publish them" that would '
        "answer the requests from the union, port counsel Rhea Mott wrote in a court filing."
    )
    q = quotes(extractor, text)[-1]
    assert q.speaker.name == "Rhea Mott"
    assert q.via == "court filing"


@pytest.mark.parametrize(
    ("text", "speaker", "pieces"),
    [
        (
            "The new ferry, said harbour master Ines Marr, will carry four hundred passengers.",
            "Ines Marr",
            ["The new ferry", "will carry four hundred passengers"],
        ),
        (
            "Part of the trouble with the old pier, say engineers like Omar Dent, a structural "
            "consultant, is the salt itself.",
            "engineers",
            ["Part of the trouble with the old pier", "is the salt itself"],
        ),
    ],
)
def test_an_attribution_inverted_between_commas(extractor, text, speaker, pieces):
    found = quotes(extractor, text)
    assert [q.text for q in found] == pieces
    assert {q.speaker.name for q in found} == {speaker}


@pytest.mark.parametrize(
    "text",
    [
        "The plan, said to cost three billion dollars, was dropped by the council.",
        "He left the hall, saying nothing to the press, and drove home to Greyhaven.",
    ],
)
def test_a_participle_between_commas_is_no_inverted_attribution(extractor, text):
    assert quotes(extractor, text) == []


def test_confirming_a_nominee_reports_no_words(extractor):
    text = (
        "The harbour committee will not say when the council will vote to confirm the "
        "three new pilots on the list."
    )
    assert not any(q.text.startswith("the three new pilots") for q in quotes(extractor, text))


@pytest.mark.parametrize(
    "text",
    [
        'The two councillors cite a case in which a pilot was found guilty of "gross negligence."',
        "Ruth Annan was told on Monday that the old pier would close before the winter.",
    ],
)
def test_the_one_told_or_found_is_not_the_speaker(extractor, text):
    assert all(
        q.speaker is None or q.speaker.name not in ("pilot", "Ruth Annan")
        for q in quotes(extractor, text)
    )


def test_a_speech_verb_after_to_is_a_verb_whatever_its_tag(extractor):
    text = (
        "That record prompted Ada Lorne’s Atlas of U.K. Harbour Elections, which examines "
        "bellwether ports and counties, to state, “Greyhaven County, Norland is the most "
        "prominent bellwether of harbour elections in the country—voting for the winning "
        "side in every election from 1956 through 2012.”"
    )
    (q,) = quotes(extractor, text)
    assert q.speaker is not None and "Lorne" in q.speaker.name


def test_a_plea_agreement_is_a_source(extractor):
    text = "According to the pilot's plea agreement, he faces at least two years in prison."
    (q,) = quotes(extractor, text)
    assert q.speaker is not None and q.speaker.mention == "the pilot's plea agreement"


def test_according_to_in_parentheses_reports_only_what_they_hold(extractor):
    text = (
        "The mayor, in turn, cites her followers as the source for some of her claims, such "
        "as her recent claim that the pier lost 81 percent of its visitors (the actual number "
        "is closer to 15 percent, according to the Harbour Register). She defended it."
    )
    q = next(
        q for q in quotes(extractor, text) if q.speaker and q.speaker.name == "Harbour Register"
    )
    assert q.text == "the actual number is closer to 15 percent"


@pytest.mark.parametrize(
    ("text", "affiliation"),
    [
        ("A woman named Ruth Annan said the mayor would give up the ferry donations.", None),
        (
            "A woman later identified as Ruth Annan, a volunteer for the harbour trust, "
            "demanded to know whether the mayor would give up the ferry donations.",
            "volunteer for the harbour trust",
        ),
    ],
)
def test_a_woman_named_or_identified_as_someone_is_she(extractor, text, affiliation):
    (q,) = quotes(extractor, text)
    assert q.speaker.name == "Ruth Annan" and q.speaker.resolved
    assert q.speaker.affiliation == affiliation


@pytest.mark.parametrize(
    ("text", "speaker", "affiliation"),
    [
        (
            "A spokesman for Mayor Ila Penn, Tom Farrow, said the pier would reopen in May.",
            "Tom Farrow",
            "spokesman for Mayor Ila Penn",
        ),
        (
            "One pastor supporting Mr. Hale, Dora Whit of Liberty Chapel in Marlow, said he "
            "had made more than 150 phone calls.",
            "Dora Whit",
            "One pastor supporting Mr. Hale",
        ),
        ("A friend of Ruth Annan, the harbour master, said she was tired.", "friend", "friend"),
    ],
)
def test_a_name_after_a_description_ending_in_a_name_is_the_speaker(
    extractor, text, speaker, affiliation
):
    (q,) = quotes(extractor, text)
    assert (q.speaker.name, q.speaker.affiliation) == (speaker, affiliation)


def test_the_speaker_is_never_his_own_channel(extractor):
    text = (
        '"It is over," Ostrova told the Greyhaven Gazette on Monday, adding that he would '
        "not run again.\n\nThe mayor's husband, Ned Ostrova, said she had not slept in days."
    )
    first = quotes(extractor, text)[0]
    assert first.speaker.name == "Ned Ostrova"
    assert first.via == "Greyhaven Gazette"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Hale, a former pilot, and Mott, the union's lawyer, both said the vote was rushed.",
            "Hale and Mott",
        ),
        ("Hale, Mott and Penn said the vote on the pier was rushed.", "Hale, Mott and Penn"),
        ("Both Penn and Annan said they would attend the hearing.", "Penn and Annan"),
        ("The publisher Marlowe & Finch said the novel would be reprinted.", "Marlowe & Finch"),
    ],
)
def test_speakers_named_together_are_named_without_their_appositions(extractor, text, name):
    (q,) = quotes(extractor, text)
    assert q.speaker.name == name


def test_the_one_asked_is_not_who_asks(extractor):
    text = (
        "“I stand by everything I said,” the harbour master told the Greyhaven Gazette on "
        "Thursday when asked if she still believes the pier is unsafe."
    )
    asked = next(q for q in quotes(extractor, text) if q.text.startswith("if she"))
    assert asked.speaker.name == "Greyhaven Gazette"
    resign = quotes(extractor, "Asked whether she would resign, Penn said she would not.")[0]
    assert resign.text == "whether she would resign" and resign.speaker is None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            (
                "That record prompted the Harbour Almanac, which tracks tides and wrecks, to "
                'state, "Greyhaven is the safest harbour on the whole of the coast."'
            ),
            "Harbour Almanac",
            id="prompted to state",
        ),
        pytest.param(
            (
                'Councillor Ada Roe on Tuesday called Mayor Ila Penn\'s remarks about the pier "reckless".'
            ),
            "Ada Roe",
            id="a word said of someone's remarks",
        ),
        pytest.param(
            (
                '"If Greyhaven obtains more Port Authority records, it intends to search them for '
                'records" that would respond to requests from Coast Watch, Port Authority senior '
                "counsel Rhea Lewis Mott wrote in a court filing."
            ),
            "Rhea Lewis Mott",
            id="a cue whose subject cannot speak gives way",
        ),
        pytest.param(
            "The delay, according to the harbour engineers, will last until the spring.",
            "harbour engineers",
            id="according to between commas",
        ),
        pytest.param(
            (
                "Before the mayor's appearance in the video, the harbour pilot Ned Ostrova is shown "
                'lecturing: "Pilots of the coast, take heed and learn from the lessons of the storm."'
            ),
            "Ned Ostrova",
            id="shown speaking",
        ),
        pytest.param(
            "The powder went to a laboratory, but a preliminary field test indicated it was not hazardous.",
            "preliminary field test",
            id="a test reports a finding",
        ),
        pytest.param(
            (
                "During an appearance on the Harbour Hour, Ostrova was asked by host Ines Marr "
                "whether his aim was similar to the mayor's."
            ),
            "Ines Marr",
            id="the one who asks",
        ),
        pytest.param(
            "Ruth Annan's decision to announce that the pier would close angered the union.",
            "Ruth Annan",
            id="whose decision to announce",
        ),
    ],
)
def test_the_speaker_each_construction_names(extractor, text, speaker):
    (q,) = quotes(extractor, text)
    assert q.speaker.name == speaker
