from onrecord.matching import Matcher
from onrecord.matching import thresholds as t

BRIDGE = "The harbour bridge will be finished before the winter rains arrive, whatever the cost."
LONG = " ".join(f"filler{i}" for i in range(140))
FRAGMENT = "the old lighthouse keeper counted every ship that passed the point"
STATEMENT_300 = f"{LONG} {FRAGMENT} {' '.join(f'closing{i}' for i in range(150))}."


def verdicts(matches):
    return [(m.verdict, m.statement["speaker"]) for m in matches]


def test_verbatim_after_folding(fill, store):
    fill({"text": BRIDGE, "speaker": "Jane Roe", "date": "2020-01-01"})
    quote = "the harbour bridge will be finished before the winter rains arrive — whatever the cost"
    matches = Matcher(store).match(quote.upper(), speaker="Jane Roe")
    assert verdicts(matches) == [("verbatim", "Jane Roe")]
    assert matches[0].score == 100 and [d["op"] for d in matches[0].diff] == ["equal"]
    assert matches[0].to_dict()["statement"] == {
        "id": 1, "text": BRIDGE, "speaker": "Jane Roe", "affiliation": None,
        "date": "2020-01-01", "outlet": None, "url": None,
    }  # fmt: skip


def test_altered_wording_comes_with_its_diff(fill, store):
    fill({"text": BRIDGE, "speaker": "Jane Roe"})
    quote = "The harbour bridge will surely be finished before the spring rains arrive, whatever the cost."
    (match,) = Matcher(store).match(quote, speaker="Jane Roe")
    assert match.verdict == "altered" and t.ALTERED_MIN <= match.score < 100
    changed = [(d["op"], d["quote"], d["statement"]) for d in match.diff if d["op"] != "equal"]
    assert changed == [("delete", "surely", ""), ("replace", "spring", "winter")]


def test_a_ten_word_fragment_of_a_300_word_statement_is_partial(fill, store):
    assert len(STATEMENT_300.split()) > 290
    fill({"text": STATEMENT_300, "speaker": "Ada Keeper"})
    (match,) = Matcher(store).match(FRAGMENT.capitalize() + ".", speaker="Ada Keeper")
    assert match.verdict == "partial" and match.score >= t.PARTIAL_MIN
    assert [d["op"] for d in match.diff] == ["insert", "equal", "insert"]
    assert match.diff[1]["quote"] == FRAGMENT.capitalize()


def test_a_quote_longer_than_the_statement_is_partial_too(fill, store):
    fill({"text": "the lighthouse keeper counted every ship that passed", "speaker": "Ada Keeper"})
    quote = f"Last night {FRAGMENT}, and then she went home to sleep for a day and a night."
    assert verdicts(Matcher(store).match(quote)) == [("partial", "Ada Keeper")]


def test_said_by_someone_else_is_misattributed(fill, store):
    fill({"text": BRIDGE, "speaker": "Jane Roe"})
    assert verdicts(Matcher(store).match(BRIDGE, speaker="John Doe")) == [
        ("misattributed", "Jane Roe")
    ]
    altered = BRIDGE.replace("winter", "autumn")
    assert verdicts(Matcher(store).match(altered, speaker="John Doe")) == [
        ("misattributed", "Jane Roe")
    ]


def test_own_statement_wins_over_someone_elses_and_aliases_count(fill, store):
    fill(
        {"text": BRIDGE, "speaker": "Jane Roe"},
        {"text": BRIDGE.replace("whatever", "no matter"), "speaker": "Kim Jong-un"},
    )
    store.merge_speaker("Kim", "Kim Jong-un")
    matches = Matcher(store).match(BRIDGE, speaker="Kim")
    assert verdicts(matches) == [("altered", "Kim Jong-un"), ("verbatim", "Jane Roe")]
    assert verdicts(Matcher(store).match(BRIDGE, speaker="Kim Jong Un"))[0] == (
        "altered",
        "Kim Jong-un",
    )


def test_unknown_speaker_in_the_store_is_not_a_misattribution(fill, store):
    fill({"text": BRIDGE})
    assert verdicts(Matcher(store).match(BRIDGE, speaker="John Doe")) == [("verbatim", None)]


def test_nothing_close_is_unknown(fill, store):
    fill({"text": BRIDGE, "speaker": "Jane Roe"}, {"text": STATEMENT_300})
    assert Matcher(store).match("The library stays open every evening until the exams end.") == []
    assert Matcher(store).match("harbour bridge") == []  # a shared phrase is not a statement
    assert Matcher(store).match("   ") == []


def test_later_statements_are_not_earlier_ones(fill, store):
    fill({"text": BRIDGE, "speaker": "Jane Roe", "date": "2024-06-01"})
    assert Matcher(store).match(BRIDGE, date="2024-05-31") == []
    assert verdicts(Matcher(store).match(BRIDGE, date="2024-06-01")) == [("verbatim", "Jane Roe")]


def test_many_later_repeats_do_not_crowd_out_the_original(fill, store):
    """More later copies than the matcher re-ranks: the earlier original is still found."""
    original = BRIDGE.replace("winter", "autumn")
    repeats = [
        {"text": BRIDGE, "speaker": "Jane Roe", "date": f"2025-{1 + i // 28:02}-{1 + i % 28:02}"}
        for i in range(t.CANDIDATES + 50)
    ]
    fill({"text": original, "speaker": "Jane Roe", "date": "2019-03-01"}, *repeats)
    (match,) = Matcher(store).match(BRIDGE, speaker="Jane Roe", date="2024-12-31")
    assert match.verdict == "altered" and match.statement["date"] == "2019-03-01"
    assert len(Matcher(store).match(BRIDGE, date="2025-12-31")) == t.RESULTS


def test_best_first_among_many(fill, store):
    fill(
        {"text": BRIDGE.replace("harbour", "river").replace("winter", "spring"), "speaker": "A B"},
        {"text": BRIDGE, "speaker": "C D"},
        {"text": BRIDGE.replace("winter", "spring"), "speaker": "E F"},
    )
    matches = Matcher(store).match(BRIDGE)
    assert [m.statement["speaker"] for m in matches] == ["C D", "E F", "A B"]
    assert matches[0].score > matches[1].score > matches[2].score
