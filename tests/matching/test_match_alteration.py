"""Severity of an alteration, from sentences of our own: every kind, both directions."""

import pytest

from onrecord.alteration import assess
from onrecord.matching.diff import align


def judge(quote: str, statement: str, names=(), partial=False):
    a = assess(align(quote, statement), names, partial=partial)
    return a.severity, [(c.kind, c.quote, c.other) for c in a.changes]


# (quote, earlier statement, kind, severity); each pair is also checked the other way round.
CASES = [
    ("Growth was 2.4 percent last year.", "Growth was 1.4 percent last year.", "number", "substantive"),
    ("We counted 340 ballots.", "We counted 3,400 ballots.", "number", "substantive"),
    ("The vote is on July 12 in the hall.", "The vote is on July 13 in the hall.", "number", "substantive"),
    ("The vote is in June, as planned.", "The vote is in March, as planned.", "number", "substantive"),
    ("We will not raise taxes this year.", "We will raise taxes this year.", "negation", "substantive"),
    ("We have never met the minister in private.", "We have met the minister in private.", "negation", "substantive"),
    ("We don't back the plan at all today.", "We do back the plan at all today.", "negation", "substantive"),
    ("The reform could cut costs in the region.", "The reform will cut costs in the region.", "hedge", "substantive"),
    ("Prices are probably rising across the country.", "Prices are clearly rising across the country.", "hedge", "substantive"),
    ("Prices are likely rising across the country.", "Prices are rising across the country.", "hedge", "substantive"),
    ("The treaty was signed in Oslo by the envoys.", "The treaty was signed in Geneva by the envoys.", "entity", "substantive"),
    ("We spoke to Maria about the budget today.", "We spoke to Lucia about the budget today.", "entity", "substantive"),
    ("Every school in the district will close early.", "Some schools in the district will close early.", "quantifier", "substantive"),
    ("Most voters in the city backed the measure.", "Few voters in the city backed the measure.", "quantifier", "substantive"),
    ("This is an important step for the whole country.", "This is a significant step for the whole country.", "wording", "wording"),
    ("The colour of the new flag was chosen by the council.", "The color of the new flag was chosen by the council.", "spelling", "minor"),
    ("We must organise the programme before the summer.", "We must organize the program before the summer.", "spelling", "minor"),
    ("Their co-operation has been good for the region.", "Their cooperation has been good for the region.", "spelling", "minor"),
    ("It is a well-known fact among the staff here.", "It is a well known fact among the staff here.", "spelling", "minor"),
    ("We don't know when the talks will resume.", "We do not know when the talks will resume.", "contraction", "minor"),
    ("They won't sign the agreement this week.", "They will not sign the agreement this week.", "contraction", "minor"),
    ("We know, the talks will resume in spring.", "We know the talks will resume in spring.", "punctuation", "minor"),
    ("Well, the talks will resume in the spring.", "The talks will resume in the spring.", "filler", "minor"),
    ("The talks will, you know, resume in the spring.", "The talks will resume in the spring.", "filler", "minor"),
    ("The talks will resume in the spring with partners.", "The talks will resume in spring with partners.", "article", "minor"),
    ("They sent 6000 troops to the border last week.", "They sent 6,000 troops to the border last week.", "number-format", "minor"),
    ("Prices rose 5 per cent in the first quarter.", "Prices rose 5% in the first quarter.", "number-format", "minor"),
    ("They sent six million doses to the region.", "They sent 6,000,000 doses to the region.", "number-format", "minor"),
]  # fmt: skip


@pytest.mark.parametrize(("quote", "statement", "kind", "severity"), CASES)
def test_each_kind_of_change_in_both_directions(quote, statement, kind, severity):
    for a, b in ((quote, statement), (statement, quote)):
        got_severity, changes = judge(a, b)
        assert got_severity == severity, (a, b, changes)
        assert {c[0] for c in changes} == {kind}, (a, b, changes)


def test_a_change_lists_the_words_on_both_sides_as_the_diff_shows_them():
    assert judge("We will not raise taxes.", "We will raise taxes.")[1] == [("negation", "not", "")]
    assert judge("Growth was 2.4% in 2023.", "Growth was 1.4% in 2023.")[1] == [
        ("number", "2.4", "1.4")
    ]


def test_several_kinds_at_once_most_severe_wins_all_listed_in_text_order():
    severity, changes = judge(
        "Well, we don't think the colour matters, and they could sign in Oslo.",
        "We do not think the color matters and they will sign.",
    )
    assert severity == "substantive"
    kinds = [c[0] for c in changes]
    assert kinds == ["filler", "contraction", "spelling", "punctuation", "hedge", "entity"]


def test_wording_beats_minor_and_minor_alone_is_minor():
    severity, changes = judge(
        "The colour is a vital sign of change.", "The color is an important sign of change."
    )
    assert severity == "wording"
    assert {c[0] for c in changes} == {"spelling", "wording"}


def test_names_count_as_entities_where_capitals_cannot_tell():
    quote, said = "Moscow will host the summit.", "Beijing will host the summit."
    assert judge(quote, said)[0] == "wording"  # both open the sentence: no telling
    assert judge(quote, said, names={"moscow"})[1] == [("entity", "Moscow", "Beijing")]


def test_alike_hedges_or_a_pronoun_are_wording_not_substantive():
    assert judge("I think prices may rise.", "I believe prices might rise.")[0] == "wording"
    assert judge("I said so at the time.", "We said so at the time.")[0] == "wording"


def test_a_fragment_quoted_exactly_has_no_change_beyond_its_ends():
    quote = "the talks will resume in the spring"
    said = "After a long pause the talks will resume in the spring, officials said."
    assert judge(quote, said, partial=True) == ("minor", [])
    severity, changes = judge("the talks will not resume in the spring", said, partial=True)
    assert (severity, changes) == ("substantive", [("negation", "not", "")])
