"""Who a short or described mention is (issue 11, items 2, 5, 6): organisations named in
full and then short, family-name-first names, descriptions that point back."""

import pytest

from onrecord.articles import article_from_text


def speakers(extractor, text):
    return [q.speaker for q in extractor.extract(article_from_text(text)).quotes]


@pytest.mark.parametrize(
    ("intro", "short", "full"),
    [
        (
            "The Agency for Coastal Defence will raise the sea wall.",
            "the agency",
            "Agency for Coastal Defence",
        ),
        (
            "The Ministry of Fisheries closed the bay on Monday.",
            "the ministry",
            "Ministry of Fisheries",
        ),
        (
            "The Eastfield Crown Court heard the case in March.",
            "the court",
            "Eastfield Crown Court",
        ),
        ("The Dockworkers' Union called a strike at the port.", "the union", "Dockworkers' Union"),
        (
            "Norvik Shipping, a ferry company based in Bergen, cut its prices.",
            "the company",
            "Norvik Shipping",
        ),
    ],
)
def test_an_organisation_named_in_full_then_short(extractor, intro, short, full):
    text = f'{intro}\n\n"The work starts in the spring," {short} said on Tuesday.'
    (s,) = speakers(extractor, text)
    assert (s.name, s.type, s.resolved) == (full, "organization", True)


@pytest.mark.parametrize(
    ("full", "short"),
    [
        ("Lee Sang-woo", "Lee"),
        ("Zhou Minghui", "Zhou"),
        ("Nguyen Van Thanh", "Nguyen"),
        ("Orbán Viktor", "Orbán"),
    ],
)
def test_family_name_first_names_resolve_to_the_full_name(extractor, full, short):
    text = (
        f"{full}, the trade minister, arrived in Oslo on Monday for the talks.\n\n"
        f'"We came to listen to our partners," {short} said.'
    )
    (s,) = speakers(extractor, text)
    assert s.name == full and s.affiliation == "trade minister"


def test_the_mayor_is_the_person_introduced_as_mayor(extractor):
    text = (
        "Ruth Annan was elected mayor in 2019 after two terms on the council.\n\n"
        '"The new bridge will open in May," the mayor said.'
    )
    (s,) = speakers(extractor, text)
    assert (s.name, s.mention, s.resolved) == ("Ruth Annan", "the mayor", True)


def test_the_envoy_is_the_envoy_named_earlier(extractor):
    text = (
        "Pia Brandvold, Norland's envoy to the talks, arrived on Sunday with Tomas Lind, "
        "a trade official.\n\n"
        '"We are close to an agreement on fishing rights," the envoy said.'
    )
    (s,) = speakers(extractor, text)
    assert s.name == "Pia Brandvold"


def test_a_description_with_no_one_behind_it_stays_unresolved(extractor):
    quote = extractor.extract(
        article_from_text('"The harbour is safe for ships again," the envoy said.')
    ).quotes[0]
    assert not quote.speaker.resolved and quote.confidence < 0.5
    body = extractor.extract(
        article_from_text('"The harbour is safe for ships again," the agency said.')
    ).quotes[0]
    assert not body.speaker.resolved and body.confidence < 0.5


def test_a_body_name_of_only_a_mark_is_no_body(extractor):
    # NER tags the hyphen of "al-Qarani" as a one-token ORG: its name is empty, no crash
    text = (
        "The Velmar administration says that the army is on the hunt for al-Qarani and "
        "that when he is found, he will be taken out."
    )
    people = extractor.extract(article_from_text(text)).people
    assert all(p.name.strip(" -") for p in people)


@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        (
            "A new statewide poll found that most voters oppose the toll. "
            "The poll also found that support for the bridge has fallen since May.",
            "support for the bridge",
            "poll",
        ),
        (
            "The prime minister's spokesman said the talks would continue on Monday. "
            "The spokesman added that no date had been set for a vote.",
            "no date had been set",
            "spokesman",
        ),
    ],
)
def test_a_description_is_not_resolved_to_a_longer_description(extractor, text, words, name):
    quotes = extractor.extract(article_from_text(text)).quotes
    (q,) = [q for q in quotes if words in q.text]
    assert q.speaker.name == name


def test_a_description_still_resolves_to_a_name(extractor):
    text = (
        "The Congressional Budget Office said the plan would cost more than expected. "
        "The budget office added that the deficit would grow by 2030."
    )
    quotes = extractor.extract(article_from_text(text)).quotes
    (q,) = [q for q in quotes if "deficit" in q.text]
    assert q.speaker.name == "Congressional Budget Office"


def test_the_company_is_no_body_whose_name_says_it_is_another_kind(extractor):
    text = (
        "Researchers at Harbour University said the study was sound.\n\n"
        "The company said it would appeal the ruling before the end of the month."
    )
    quotes = extractor.extract(article_from_text(text)).quotes
    (q,) = [q for q in quotes if "appeal" in q.text]
    assert q.speaker.name != "Harbour University" and not q.speaker.resolved


def test_a_name_run_on_in_a_headline_gives_way_to_the_name_in_the_text(extractor):
    text = (
        "Kari Lund Grills Bank Chief Over Fake Accounts\n\n"
        "Senator Kari Lund questioned the bank's chief for three hours on Tuesday.\n\n"
        '"You should resign," Lund said.'
    )
    (q,) = extractor.extract(article_from_text(text)).quotes
    assert (q.speaker.name, q.speaker.mention) == ("Kari Lund", "Lund")


def test_mrs_picks_the_namesake_the_article_calls_mrs(extractor):
    # "the Tom Varga years" registers a second Varga; "Mrs. Varga" is still Ilona Varga
    text = (
        'Ilona Varga opened her campaign in Pecs. "We will win," Mrs. Varga said.\n\n'
        "Critics recalled the Tom Varga years at the ministry.\n\n"
        '"The past is past," Mrs. Varga said on Monday.'
    )
    assert [(s.name, s.affiliation) for s in speakers(extractor, text)] == [
        ("Ilona Varga", None),
        ("Ilona Varga", None),
    ]
