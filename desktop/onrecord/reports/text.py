"""The report as Markdown, CSV (safe to open in a spreadsheet) and JSON (docs/report.schema.json)."""

from __future__ import annotations

import csv
import io
import json
import re

from onrecord.reports import labels
from onrecord.reports.build import Report
from onrecord.reports.diffs import diff_text, has_changes
from onrecord.verdicts import DECISIONS, SOURCE, STORE

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#|~])")
# A spreadsheet runs a cell starting with one of these as a formula (CSV injection).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _md_inline(text: str | None) -> str:
    """Markdown-escaped, runs of white space as one space (kept: it may sit between words)."""
    return _MD_SPECIAL.sub(r"\\\1", re.sub(r"\s+", " ", text or ""))


def _md(text: str | None) -> str:
    return _md_inline(text).strip()


def render_md(report: Report) -> str:
    a, s = report.article, report.summary
    out = [
        f"# Quote review: {_md(a['title'])}",
        "",
        f"- Date: {a['date'] or '—'}; published: {_md(a['published']) or '—'}",
        f"- File: {_md(a['path'] or 'pasted text')} (SHA-256 {a['content_hash']})",
        f"- Sources: {_md(', '.join(report.sources)) or 'none'}",
        *(f"- **Warning: {_md(w)}**" for w in a["warnings"]),
        f"- Reviewed by: {_md(report.reviewer) or '—'}",
        f"- Report: {report.generated_at} by {report.generator}",
        "",
        "## Summary",
        "",
        "| Quotes found | Needs attention | Reviewed | Verified | Flagged | Dismissed | Undecided |",
        "|---|---|---|---|---|---|---|",
        f"| {s['quotes']} | {s['needs_attention']} | {s['reviewed']} | {s['verified']} | {s['flagged']} "
        f"| {s['dismissed']} | {s['undecided']} |",
        "",
        "Store verdicts: "
        + "; ".join(f"{STORE[v].label} {c}" for v, c in s["store_verdicts"].items()),
    ]
    if s["source_verdicts"] is not None:
        out.append("")
        out.append(
            "Source verdicts: "
            + "; ".join(f"{SOURCE[v].label} {c}" for v, c in s["source_verdicts"].items())
        )
    out += ["", "Differences: ~~said before, not in the quote~~ **only in the quote**."]
    for title, section in labels.sections(report.quotes):
        out += ["", f"## {title}"]
        for n, q in section:
            out += ["", f"### {n}. {_md(labels.credit_line(q))}", "", f"> {_md(q['text'])}", ""]
            out += [f"- {label}: {value}" for label, value in _facts(q) if value]
    return "\n".join(out) + "\n"


def _md_diff(diff: list[dict], quote: str) -> str:
    """~~said before~~ **only in the quote** (see the legend under the summary)."""
    return diff_text(diff, quote, ("~~", "~~", "**", "**"), _md_inline) if has_changes(diff) else ""


def _facts(q: dict) -> list[tuple[str, str]]:
    store, source = q["store"], q["source"]
    store_text = STORE[store["verdict"]].label
    if store["statement"]:
        store_text += f" ({store['score']:.0f}), {labels.statement_line(store['statement'])}"
    return [
        ("Kind", q["kind"] or "no longer found by the extractor"),
        ("Speaker corrected by the editor", "yes" if q["speaker_corrected"] else ""),
        ("Said by (the editor: the article credits the wrong person)", _md(q["said_by"])),
        ("Channel", _md(q["via"])),
        ("Store", _md(store_text)),
        ("Store diff", _md_diff(store["diff"], q["text"])),
        ("Alteration", _md(labels.alteration_line(store.get("alteration"), q["translated"]))),
        (
            "Source",
            _md(f"{SOURCE[source['verdict']].label}, {source['source']}") if source else "",
        ),
        ("Source diff", _md_diff(source["diff"], q["text"]) if source else ""),
        (
            "Source alteration",
            _md(labels.alteration_line(source.get("alteration"), q["translated"]))
            if source
            else "",
        ),
        ("Decision", DECISIONS[q["decision"]].label),
        ("Note", _md(q["note"])),
        ("By", _md(labels.decided_line(q))),
    ]


CSV_COLUMNS = [
    "key", "start", "end", "kind", "text", "speaker", "affiliation", "speaker_corrected",
    "said_by", "needs_attention", "translated", "channel", "store_verdict", "store_score",
    "earlier_statement", "earlier_speaker", "earlier_date", "earlier_outlet", "store_diff",
    "store_alteration", "source_verdict", "source_document", "source_passage", "source_diff",
    "source_alteration", "decision", "note", "decided_by", "decided_at", "editor", "organisation",
]  # fmt: skip


def _csv_diff(diff: list[dict], quote: str) -> str:
    return diff_text(diff, quote) if has_changes(diff) else ""


def safe_cell(value) -> str:
    """The cell as text; one a spreadsheet would run as a formula gets a leading apostrophe."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def render_csv(report: Report) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for q in report.quotes:
        speaker, store, source = q["speaker"] or {}, q["store"], q["source"] or {}
        earlier = store["statement"] or {}
        row = [
            q["key"], q["start"], q["end"], q["kind"], q["text"], speaker.get("name"),
            speaker.get("affiliation"), q["speaker_corrected"], q["said_by"], q["needs_attention"],
            q["translated"], q["via"], store["verdict"], store["score"], earlier.get("text"),
            earlier.get("speaker"), earlier.get("date"), earlier.get("outlet"),
            _csv_diff(store["diff"], q["text"]),
            labels.alteration_line(store.get("alteration"), q["translated"]),
            source.get("verdict"), source.get("source"), source.get("passage"),
            _csv_diff(source.get("diff") or [], q["text"]),
            labels.alteration_line(source.get("alteration"), q["translated"]),
            q["decision"], q["note"], q["decided_by"], q["decided_at"], report.editor,
            report.organisation,
        ]  # fmt: skip
        writer.writerow([safe_cell(v) for v in row])
    return buf.getvalue()


def render_json(report: Report) -> str:
    return json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n"
