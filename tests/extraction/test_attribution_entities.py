"""A description or a short mention never lands on an entity of another kind or on another
description (issue 11: a wrong name on a card is worse than no card)."""

from onrecord.articles import article_from_text


def quote_with(extractor, text, words):
    (q,) = [q for q in extractor.extract(article_from_text(text)).quotes if words in q.text]
    return q


def test_a_description_is_not_renamed_by_a_longer_description_read_before_it(extractor):
    # the direct quote's `the spokesman` is read first; the indirect quote's fuller
    # "Halvorsen's spokesman" must not rename that description
    text = (
        "Prime Minister Ingrid Halvorsen met the unions on Monday.\n\n"
        "The talks will resume next week, Halvorsen's spokesman said.\n\n"
        '"The minister has no plans to resign over the strike," the spokesman said.'
    )
    s = quote_with(extractor, text, "no plans to resign").speaker
    assert (s.name, s.resolved) == ("spokesman", False)


def test_an_appositive_before_a_verb_with_no_subject_is_its_subject_not_a_capacity(extractor):
    # the parse hangs `a spokesperson …` on "Ruth Annan" and leaves `said` without a
    # subject: Ruth Annan is no spokesperson, and `The spokesperson` is not she
    text = (
        "Speaking to Ruth Annan, a spokesperson from the Harbour Authority said: "
        "“the cranes are safe.”\n\n"
        "The spokesperson also said that the port would reopen on Friday."
    )
    s = quote_with(extractor, text, "reopen").speaker
    assert s.name != "Ruth Annan" and not s.resolved
    (annan,) = [p for p in extractor.extract(article_from_text(text)).people if "Annan" in p.name]
    assert annan.affiliation is None


def test_a_possessor_is_named_without_its_possessive_ending(extractor):
    # "Westmoor University's" is the university, which no `the company` points back to
    text = (
        "Researchers at Westmoor University’s Brennan Center drew up the plan.\n\n"
        "“We will keep the terminal open,” the company said."
    )
    extraction = extractor.extract(article_from_text(text))
    assert "Westmoor University" in [p.name for p in extraction.people]
    (q,) = extraction.quotes
    assert not q.speaker.resolved


def test_the_company_is_no_guess_between_two_bodies_merely_named(extractor):
    text = (
        "The report was written by analysts at Calder Holdings and Brightwater Partners.\n\n"
        "“We will keep the terminal open,” the company said."
    )
    (q,) = extractor.extract(article_from_text(text)).quotes
    assert not q.speaker.resolved


def test_the_company_is_the_body_named_lately_though_first_named_long_before(extractor):
    filler = "The plant opened in 1987 and employs 400 people.\n\n" * 4
    text = (
        "Tarsis Motors will close its plant in Varde next year.\n\n"
        f"{filler}Analysts cut their forecasts for Tarsis Motors on Tuesday.\n\n"
        "“We regret the decision,” the company said."
    )
    s = quote_with(extractor, text, "regret").speaker
    assert (s.name, s.resolved) == ("Tarsis Motors", True)


def test_the_company_is_not_a_body_named_before_a_nearer_company_of_its_own(extractor):
    # `the shipping company`, never said of Tarsis Motors, stands between
    text = (
        "Tarsis Motors bought a stake in the port last year.\n\n"
        "The shipping company is facing an inquiry into its prices. On Tuesday the company "
        "said it would appeal the ruling."
    )
    s = quote_with(extractor, text, "appeal").speaker
    assert s.name != "Tarsis Motors" and not s.resolved


def test_a_person_noun_after_a_body_or_place_is_a_person(extractor):
    text = (
        "The vote was held late on Thursday.\n\n"
        "“We will win the seat back,” the Labour leader said.\n\n"
        "“I stand by everything I said,” the Florida senator told reporters."
    )
    for words in ("seat back", "stand by"):
        s = quote_with(extractor, text, words).speaker
        assert s.type == "person" and s.name not in ("Labour", "Florida")


def test_an_indefinite_mention_is_no_one_named_before(extractor):
    text = (
        "The Harwick Republican Committee met on Monday.\n\n"
        "One employee, a registered Republican, said that she would not vote this year."
    )
    s = quote_with(extractor, text, "not vote").speaker
    assert s.name != "Harwick Republican Committee" and not s.resolved


def test_mrs_or_mr_with_a_surname_two_people_share_goes_to_the_one_of_that_sex(extractor):
    # the husband is named last; "Mrs. Okafor" is still his wife
    text = (
        "Adaeze Okafor opened her campaign in Leeds on Monday.\n\n"
        "“We will win this seat,” Mrs. Okafor said.\n\n"
        "Her husband, Emeka Okafor, a retired judge, stood beside her.\n\n"
        "“The town deserves better,” Mrs. Okafor said."
    )
    s = quote_with(extractor, text, "deserves better").speaker
    assert s.name == "Adaeze Okafor"


def test_a_name_in_a_clause_on_the_speaker_is_not_the_speaker(extractor):
    text = (
        "Ruth Annan and her husband, Tom Annan, spoke in Leeds.\n\n"
        "One pastor supporting Mr. Annan said that the church would stay open.\n\n"
        "A woman named Grace Okafor said that the church was full."
    )
    pastor = quote_with(extractor, text, "stay open").speaker
    assert pastor.name not in ("Ruth Annan", "Tom Annan") and not pastor.resolved
    assert quote_with(extractor, text, "was full").speaker.name == "Grace Okafor"
