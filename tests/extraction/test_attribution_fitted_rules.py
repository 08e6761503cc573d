"""Rules once fitted to one text, fixed by method (issue 11, item 10): each test fails on
the rule as it was."""

from quoting import quotes

from onrecord.articles import article_from_text


def test_a_surname_that_is_also_a_title_word_keeps_its_alias(extractor):
    text = (
        "Angus King, the senator from Maine, spoke first in the debate.\n\n"
        '"We need a vote on this bill this week," King said.'
    )
    (q,) = quotes(extractor, text)
    assert q.speaker.name == "Angus King"
    assert q.speaker.affiliation == "senator from Maine"


def test_a_press_secretary_is_a_person_not_a_medium(extractor):
    text = (
        "Press secretary Dana Whitfield spoke to reporters on Monday.\n\n"
        '"The president has no comment on the report," Whitfield said.'
    )
    (q,) = quotes(extractor, text)
    assert q.speaker.name == "Dana Whitfield" and q.speaker.type == "person"
    assert q.via is None


def test_a_later_report_is_not_the_outlet_quoted_paragraphs_before(extractor):
    text = (
        '"Fares will rise in March," the Harbour Times reported on Monday.\n\n'
        "The ferry company has run the route since 1990.\n\n"
        "Its owners met the council twice last year.\n\n"
        "The ministry published a report on the crossing in May.\n\n"
        "The report said that the old ferries would be retired by 2030."
    )
    found = quotes(extractor, text)
    assert found[-1].text == "that the old ferries would be retired by 2030"
    assert found[-1].speaker.type == "document"
    assert found[-1].via != "Harbour Times"


def test_the_report_of_an_outlet_quoted_just_before_is_that_outlet(extractor):
    text = (
        '"Fares will rise in March," the Harbour Times reported on Monday.\n\n'
        'Minister Ola Berg said "the ferries are safe and on time," the report said.'
    )
    q = quotes(extractor, text)[-1]
    assert q.speaker.name == "Ola Berg" and q.via == "Harbour Times"


def test_a_first_name_ending_in_ed_or_ing_opens_a_sentence(extractor):
    for first in ("Ted", "Jared", "Ming"):
        text = f"{first} Carver said the tax bill would hurt families across the state."
        (q,) = quotes(extractor, text)
        assert q.speaker.name == f"{first} Carver", first


def test_a_sentence_opening_participle_is_not_a_first_name(extractor):
    text = (
        "Meeting Lavrov in Wonsan on Saturday, the agency reported that the two men "
        "discussed trade."
    )
    people = extractor.extract(article_from_text(text)).people
    assert "Meeting Lavrov" not in {p.name for p in people}


def test_a_named_person_after_a_statement_speaks_for_herself(extractor):
    text = (
        '"The ceasefire will hold," the joint statement said.\n\n'
        'Ines Varga "warned both armies against any new offensive in the valley."'
    )
    found = quotes(extractor, text)
    assert found[-1].speaker.name == "Ines Varga"


def test_a_side_described_in_a_statement_is_relayed_by_it(extractor):
    text = (
        '"The ceasefire will hold," the joint statement said.\n\n'
        'The northern side "expressed full support for the ceasefire and the talks."'
    )
    found = quotes(extractor, text)
    assert found[-1].speaker.name == found[0].speaker.name == "joint statement"
