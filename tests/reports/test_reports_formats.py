"""Each report format parsed back and checked against what the review holds."""

import csv
import io
import json
from html.parser import HTMLParser
from pathlib import Path

import jsonschema
import pytest
from markdown_it import MarkdownIt

from onrecord.reports import (
    build_report,
    render_csv,
    render_html,
    render_json,
    render_md,
    safe_cell,
)
from onrecord.verdicts import SOURCE

ROOT = Path(__file__).resolve().parents[2]

SCHEMA = json.loads((ROOT / "docs" / "report.schema.json").read_text())


class Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags, self.attrs, self.text, self.current = [], [], [], []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attrs += attrs
        self.current.append(tag)

    def handle_endtag(self, tag):
        self.current.pop() if self.current and self.current[-1] == tag else None

    def handle_data(self, data):
        self.text.append((self.current[-1] if self.current else "", data))


def test_json_follows_the_schema_and_holds_the_review(report):
    data = json.loads(render_json(report))
    jsonschema.validate(data, SCHEMA, format_checker=jsonschema.FormatChecker())
    s = data["summary"]
    assert (s["quotes"], s["reviewed"], s["verified"], s["flagged"], s["dismissed"]) == (
        4,
        3,
        1,
        1,
        1,
    )
    assert s["store_verdicts"]["altered"] == 1 and s["store_verdicts"]["misattributed"] == 1
    assert s["source_verdicts"] == {"found": 1, "drift": 1, "absent": 2}
    # needs attention first (flagged, altered, misattributed), then the rest, in article order
    first, fourth, _, third = data["quotes"]
    assert [q["needs_attention"] for q in data["quotes"]] == [True, True, False, False]
    assert s["needs_attention"] == 2 and fourth["start"] > first["start"] < third["start"]
    assert first["store"]["statement"]["outlet"] == "KCNA" and first["decided_by"] == "ana"
    assert first["source"]["verdict"] == "drift"
    assert first["source"]["passage"] == "We will further strengthen co-\noperation"
    assert third["speaker"]["name"] == "Kim Jong-un" and third["speaker_corrected"]
    assert fourth["source"]["verdict"] == "found" and fourth["store"]["verdict"] == "misattributed"


def test_html_is_self_contained_and_marks_differences_without_colour(report):
    html = render_html(report)
    parsed = Tags()
    parsed.feed(html)
    assert "script" not in parsed.tags and "link" not in parsed.tags and "img" not in parsed.tags
    assert not [v for k, v in parsed.attrs if k in ("src", "href") and v]
    assert "style" in parsed.tags
    assert ("del", "strengthen") in parsed.text and ("ins", "intensify") in parsed.text
    body = "".join(t for _, t in parsed.text)
    for q in report.quotes:
        assert q["text"] in body
    assert "FLAGGED" in body and "VERIFIED" in body and "UNDECIDED" in body
    assert "Choe Son-hui, 2025-06-01, Rodong" in body  # who said it before, when, where
    assert "=cmd|' /C calc'!A0 ask KCNA" in body


def test_markdown_parses_with_one_section_per_quote(report):
    md = render_md(report)
    tokens = MarkdownIt("commonmark").enable("strikethrough").enable("table").parse(md)
    headings = [
        tokens[i + 1].content
        for i, t in enumerate(tokens)
        if t.type == "heading_open" and t.tag == "h3"
    ]
    assert headings == [
        "1. Kim Jong-un, North Korean leader",
        "2. Kim Jong-un, North Korean leader",
        "3. Sergey Lavrov, Russian foreign minister",
        "4. Kim Jong-un, North Korean leader",
    ]
    sections = [
        tokens[i + 1].content
        for i, t in enumerate(tokens)
        if t.type == "heading_open" and t.tag == "h2"
    ]
    assert sections[-2:] == ["Needs attention", "Other quotes"]
    html = MarkdownIt("commonmark").enable("strikethrough").enable("table").render(md)
    assert "we will further <s>strengthen</s> <strong>intensify</strong> cooperation" in html
    assert "<td>4</td>" in html  # the summary table
    assert "=1+1 is our friendship" in html and "Decision: dismissed (not a quote)" in html


def test_csv_reads_back_and_cannot_run_formulas(report):
    rows = list(csv.DictReader(io.StringIO(render_csv(report))))
    assert [r["key"] for r in rows] == [q["key"] for q in report.quotes]
    first, _, second, third = rows  # the misattributed fourth quote needs attention: second
    assert first["note"] == "'=cmd|' /C calc'!A0 ask KCNA"
    assert second["text"] == "'=1+1 is our friendship"
    assert third["text"] == "'-nothing to add"
    assert first["store_diff"] == "we will further [-strengthen-] {+intensify+} cooperation"
    assert first["earlier_outlet"] == "KCNA" and first["decision"] == "flagged"
    for row in rows:
        assert not any(v.startswith(("=", "+", "-", "@", "\t", "\r")) for v in row.values())


def test_safe_cell():
    for risky in ("=SUM(A1)", "+1", "-2", "@cmd", "\tx", "\rx"):
        assert safe_cell(risky) == "'" + risky
    assert (
        safe_cell("plain 1+1=2") == "plain 1+1=2" and safe_cell(None) == "" and safe_cell(3) == "3"
    )


def test_an_article_never_reviewed_and_without_store_still_gets_a_full_report(extraction):
    report = build_report(extraction)
    data = json.loads(render_json(report))
    jsonschema.validate(data, SCHEMA)
    assert data["summary"]["undecided"] == 4 and data["summary"]["reviewed"] == 0
    assert data["summary"]["source_verdicts"] is None
    assert all(q["decision"] is None and q["store"]["verdict"] == "unknown" for q in data["quotes"])
    assert render_md(report).count("- Decision: undecided") == 4
    assert len(list(csv.reader(io.StringIO(render_csv(report))))) == 5


def test_saved_csv_carries_a_byte_order_mark_for_spreadsheets(report, tmp_path):
    from onrecord.errors import OnRecordError
    from onrecord.reports import save_report

    save_report(report, tmp_path / "r.csv", "csv")
    raw = (tmp_path / "r.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfkey,")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0]["text"] == "we will further intensify cooperation"
    save_report(report, tmp_path / "r.md", "md")
    assert (tmp_path / "r.md").read_text(encoding="utf-8").startswith("# Quote review")
    with pytest.raises(OnRecordError, match="Cannot write"):
        save_report(report, tmp_path / "missing-folder" / "r.html", "html")


def test_without_source_documents_no_quote_claims_a_source_verdict(extraction):
    from onrecord.reports import build_report

    report = build_report(extraction, {}, {}, [])
    assert all(q["source"] is None for q in report.quotes)
    assert report.summary["source_verdicts"] is None
    assert SOURCE["absent"].label not in render_html(report)
    assert "Source diff" not in render_md(report)
