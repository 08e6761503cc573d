"""Every report says how much an altered quote changes what was said, and which are translated."""

import csv
import io
import json
from pathlib import Path

import jsonschema
import pytest

from onrecord.alteration import assess
from onrecord.matching import Match
from onrecord.matching.diff import align
from onrecord.reports import build_report, render_claimreview, render_csv, render_html, render_md
from onrecord.reports.text import render_json

SCHEMA = json.loads(
    (Path(__file__).resolve().parents[2] / "docs" / "report.schema.json").read_text()
)


def _match(quote: str, said: str, verdict: str = "altered") -> Match:
    aligned = align(quote, said)
    statement = {"id": 1, "text": said, "speaker": "Kim Jong-un", "date": "2025-06-01"}
    return Match(verdict, 90.0, statement, aligned.ops(), alteration=assess(aligned))


@pytest.fixture
def altered(extraction, tmp_path):
    """First quote: a hedge changed (substantive); last quote, translated: reworded."""
    first, *_, last = extraction.quotes
    last.translated = True
    matches = {
        first.key: [_match(first.text, "we could further intensify cooperation")],
        last.key: [_match(last.text, "the sea is quiet")],
    }
    return build_report(extraction, matches)


def test_json_carries_the_alteration_and_the_translated_flag(altered):
    doc = json.loads(render_json(altered))
    jsonschema.validate(doc, SCHEMA)
    first, last, *_ = doc["quotes"]  # the two altered ones need attention: listed first
    assert first["store"]["alteration"] == {
        "severity": "substantive",
        "changes": [{"kind": "hedge", "quote": "will", "statement": "could"}],
    }
    assert (first["translated"], last["translated"]) == (False, True)
    assert last["store"]["alteration"]["severity"] == "wording"
    assert doc["quotes"][2]["store"]["alteration"] is None


def test_html_markdown_and_csv_say_the_severity_and_translated(altered):
    html, md = render_html(altered), render_md(altered)
    assert "<b>Substantive</b>: hedge “will” for “could”" in html
    assert "<b>Translation variant</b>: wording “calm” for “quiet”" in html
    assert "Kim Jong-un, North Korean leader · translated" in html
    assert "- Alteration: substantive: hedge “will” for “could”" in md
    assert "- Alteration: translation variant: wording “calm” for “quiet”" in md
    assert "### 2. Kim Jong-un, North Korean leader · translated" in md
    rows = list(csv.DictReader(io.StringIO(render_csv(altered))))
    assert rows[0]["store_alteration"] == "substantive: hedge “will” for “could”"
    assert (rows[0]["translated"], rows[1]["translated"]) == ("False", "True")
    assert rows[1]["store_alteration"].startswith("translation variant")


def test_claimreview_explains_the_rating_with_the_alteration(altered):
    reviews = {r["claimReviewed"]: r for r in json.loads(render_claimreview(altered))["@graph"]}
    rating = reviews["we will further intensify cooperation"]["reviewRating"]
    assert rating["ratingExplanation"] == "Substantive: hedge “will” for “could”"
    assert "not yet reviewed" in rating["alternateName"]
