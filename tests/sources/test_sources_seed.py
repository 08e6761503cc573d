"""Acceptance: the seed article against a source built from it with three quotes altered."""

from pathlib import Path

import pytest

from onrecord.sources import check_against_sources, read_source

ROOT = Path(__file__).resolve().parents[2]

ALTERED = ROOT / "tests" / "fixtures" / "seed-source-altered.txt"


@pytest.mark.slow
def test_exactly_the_three_altered_quotes_drift_with_the_changed_words_marked(seed_extraction):
    quotes = seed_extraction.quotes
    results = check_against_sources(quotes, [read_source(ALTERED)], seed_extraction.article.text)
    drift = {q.text: results[q.key] for q in quotes if results[q.key].verdict == "drift"}
    assert [v.verdict for v in results.values()].count("absent") == 0
    changes = {
        text[:20]: [(d["quote"], d["source"]) for d in m.diff if d["op"] != "equal"]
        for text, m in drift.items()
    }
    assert changes == {
        "further intensify th": [("intensify", "strengthen"), ("concerted", "joint")],
        "Russia’s remarks str": [("final", "early")],
        "They likely discusse": [("likely", "probably"), ("dispatching", "sending")],
    }
    for m in drift.values():
        assert "CONSTRUCTED" not in m.passage and m.passage in ALTERED.read_text("utf-8")
    # each drift is judged like a store alteration: reworded, hedge for hedge (likely/probably)
    assert {m.alteration.severity for m in drift.values()} == {"wording"}
    assert all(m.to_dict()["alteration"]["changes"][0]["source"] for m in drift.values())
