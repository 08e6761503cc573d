"""Who can speak (issue 11, item 8): a person, an organisation, a group, a document or a
medium; anything else the parse offers is no speaker, and the next candidate is tried."""

import pytest
from quoting import quotes

from onrecord.articles import article_from_text


@pytest.mark.parametrize(
    "text",
    [
        '"This is the end of cheap money for small savers," a loophole in the tax code said.',
        "The figures suggest that the harbour will run out of space by next spring.",
        "His pension plan says that he can retire at sixty with a full income.",
        "The approval process shows that nobody checked the second set of drawings.",
    ],
)
def test_a_thing_that_cannot_speak_is_no_speaker(extractor, text):
    (q,) = quotes(extractor, text)
    assert q.speaker is None and q.confidence <= 0.3


def test_the_search_goes_on_to_the_group_a_share_is_of(extractor):
    text = "The share of dock workers saying the strike should go on has doubled since May."
    (q,) = quotes(extractor, text)
    assert q.speaker is not None and q.speaker.name == "dock workers"


def test_a_document_issued_after_an_event_is_the_speaker_not_the_event(extractor):
    text = (
        "The two leaders signed the accord in Geneva on Friday.\n\n"
        "The joint statement issued after the signing said "
        '"both sides will cut tariffs by half over five years."'
    )
    (q,) = quotes(extractor, text)
    assert q.speaker.type == "document" and q.speaker.name == "joint statement"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ('"We will appeal," the 46-year-old teacher said after the hearing.', "person"),
        ('"The vote is final," the union said in a short message on Friday.', "organization"),
        ('"Enough is enough," the residents said at the meeting.', "group"),
        ('"Rates will stay high," the central bank report said on Tuesday.', "document"),
        ('"Prices fell again," many said as the market closed for the week.', "group"),
    ],
)
def test_people_bodies_groups_and_documents_speak(extractor, text, kind):
    (q,) = quotes(extractor, text)
    assert q.speaker is not None and q.speaker.type == kind, q.speaker


def test_a_participle_after_a_scene_setting_clause_speaks_for_the_clause_before_it(extractor):
    text = (
        "The rally ended early. It was a long night for the mayor, as Jana Ortiz repeated "
        'her warning, saying the budget "cannot survive another cut."'
    )
    (q,) = extractor.extract(article_from_text(text)).quotes
    assert q.speaker.name == "Jana Ortiz"


def test_no_break_spaces_do_not_cut_the_phrase_or_the_colon_frame(extractor):
    text = (
        "The vote went ahead.\n\nSpeaking to a local paper, a\xa0spokesperson for the Ostwerk "
        "collective said:\xa0\u201cour members are students who want another kind of evening.\u201d"
    )
    (q,) = extractor.extract(article_from_text(text)).quotes
    assert q.speaker.type == "person" and not q.speaker.resolved
    assert q.speaker.affiliation == "spokesperson for the Ostwerk collective"


def test_a_person_noun_with_an_organisation_after_it_is_a_person(extractor):
    text = (
        "The vote went ahead.\n\nSpeaking to Radio Nord, a spokesperson from the Kulturhaus "
        "Halle said: \u201cour members are students who want another kind of evening.\u201d"
    )
    (q,) = extractor.extract(article_from_text(text)).quotes
    assert (q.speaker.type, q.speaker.mention) == (
        "person",
        "a spokesperson from the Kulturhaus Halle",
    )


def test_an_official_of_a_named_body_is_a_person_not_the_body(extractor):
    text = 'A Harbour Board official said Wednesday, "There are talks between the board and the union."'
    (q,) = extractor.extract(article_from_text(text)).quotes
    assert (q.speaker.type, q.speaker.resolved) == ("person", False)
    assert q.speaker.affiliation == "Harbour Board official"


def test_a_closed_up_spelling_of_a_person_noun_can_speak(extractor):
    text = (
        "Nadia Orr is running for mayor.\n\n"
        'The Labour frontrunner wrote in a column that "the harbour has been neglected for years."'
    )
    (q,) = extractor.extract(article_from_text(text)).quotes
    assert q.speaker is not None and q.speaker.mention == "The Labour frontrunner"


def test_a_name_hung_on_the_phrase_before_it_still_speaks_without_that_phrase(extractor):
    text = (
        "As a part of his plea, Marek Halloran Voss, 44, said that he had entered nearly "
        "100 accounts from his home."
    )
    (q,) = extractor.extract(article_from_text(text)).quotes
    assert (q.speaker.name, q.speaker.affiliation) == ("Marek Halloran Voss", None)


def test_a_speech_participle_on_the_people_addressed_is_the_addressers(extractor):
    text = (
        'The senator emailed supporters saying: "The fight goes on" and vowing to compete '
        "in the final primary next week."
    )
    q = next(q for q in extractor.extract(article_from_text(text)).quotes if q.kind != "indirect")
    assert q.speaker.mention == "The senator"


@pytest.mark.parametrize("mark", ["''", '"', "\u201c"])
def test_a_colon_names_who_the_clause_is_about_not_the_outlet_before_it(extractor, mark):
    close = {"\u201c": "\u201d"}.get(mark, mark)
    text = (
        "Councillors were told to push back. One early supporter, Councillor Ines Marr, "
        f"Labour member for Eastgate, tried the line in an interview with Radio Nord on "
        f"Tuesday: {mark}You can easily argue the budget is a fraud.{close}"
    )
    (q,) = extractor.extract(article_from_text(text)).quotes
    assert q.speaker.name == "Ines Marr"
    assert "Labour member for Eastgate" in q.speaker.affiliation


def test_a_name_before_a_person_noun_is_whom_the_person_works_for(extractor):
    text = 'The race tightened. A Delacroix aide said the campaign was "not worried at all."'
    (q,) = extractor.extract(article_from_text(text)).quotes
    assert (q.speaker.name, q.speaker.resolved) == ("Delacroix aide", False)


def test_a_cue_after_while_speaks_of_another_clause(extractor):
    text = (
        "The vote went ahead. Another Lamsa volunteer told Swiss magazine Die Weltwoche "
        "\u201cWe have filed a complaint of criminal damage,\u201d while police said they were "
        "looking into it."
    )
    q = next(q for q in extractor.extract(article_from_text(text)).quotes if q.kind == "direct")
    assert q.speaker is not None and q.speaker.mention == "Another Lamsa volunteer"


def test_a_speaker_with_a_relative_clause_the_parse_hung_elsewhere_still_speaks(extractor):
    text = (
        "Although there is no such overlap with Varga's team, a City Hall official who "
        'spoke anonymously to discuss internal strategy said Wednesday, "Certainly there '
        'are talks between City Hall and the Varga campaign."'
    )
    (q,) = extractor.extract(article_from_text(text)).quotes
    assert q.speaker is not None and q.speaker.mention == "a City Hall official"


def test_a_break_word_inside_what_a_cue_reports_is_no_clause_break(extractor):
    text = (
        "Holger Brandt of Kessel, Austria's largest private bank, warned that while "
        "''logic would suggest that an attack strengthens the case for closer cooperation,'' "
        "the attacks ''may trigger a knee-jerk reaction.''"
    )
    found = extractor.extract(article_from_text(text)).quotes
    assert [q.speaker and q.speaker.name for q in found] == ["Holger Brandt", "Holger Brandt"]


def test_a_gerund_after_a_compound_preposition_speaks_for_the_main_subject(extractor):
    text = (
        "Ruth Ames faces a hard race. Yet in addition to worrying that she is out of step, "
        "Mrs. Ames is somewhat hemmed in by her record."
    )
    (q,) = extractor.extract(article_from_text(text)).quotes
    assert q.speaker.name == "Ruth Ames"
