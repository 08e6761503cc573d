"""The report as one self-contained HTML file: inline CSS, no scripts, nothing remote.

Differences are marked with <del> and <ins> (struck through / underlined), so they read in
black and white too; the same HTML feeds the PDF export (Qt's rich text subset).
"""

from __future__ import annotations

from html import escape

from onrecord.reports import labels
from onrecord.reports.build import Report
from onrecord.reports.diffs import diff_html, has_changes
from onrecord.verdicts import DECISIONS, SOURCE, STORE

CSS = """
body { font-family: Georgia, 'Times New Roman', serif; font-size: 10.5pt; color: #111;
       line-height: 1.35; }
h1 { font-size: 18pt; margin-bottom: 0; } h2 { font-size: 14pt; border-bottom: 1px solid #999; }
h3 { font-size: 12pt; margin: 0.2em 0; }
table { border-collapse: collapse; } th, td { text-align: left; vertical-align: top;
       padding: 2px 8px 2px 0; } th { font-weight: bold; white-space: nowrap; }
.quote { page-break-inside: avoid; } hr { border: 0; border-top: 1px solid #bbb; }
blockquote { margin: 0.3em 0 0.3em 1.5em; font-style: italic; }
del { text-decoration: line-through; color: #a00; background: #fde8e8; }
ins { text-decoration: underline; color: #060; background: #e6f4e6; }
.flagged { color: #a00; font-weight: bold; } .verified { color: #060; font-weight: bold; }
.small { font-size: 9pt; color: #444; }
@media screen { body { max-width: 46em; margin: 2em auto; } }
@page { size: A4; margin: 18mm; }
"""


def _row(label: str, value: str) -> str:
    return f"<tr><th>{label}</th><td>{value}</td></tr>" if value else ""


def _alteration(alteration: dict | None, translated: bool) -> str:
    """'<br><b>Substantive</b>: hedge “clearly” for “likely”' ('' for no alteration)."""
    head, _, rest = labels.alteration_line(alteration, translated).partition(": ")
    return f"<br><b>{escape(head.capitalize())}</b>: {escape(rest)}" if head else ""


def _store(store: dict, quote: str, translated: bool = False) -> str:
    text = escape(STORE[store["verdict"]].label)
    if store["statement"]:
        text += f" ({store['score']:.0f}) — {escape(labels.statement_line(store['statement']))}"
        if has_changes(store["diff"]):
            text += f"<br>{diff_html(store['diff'], quote)}"
        text += _alteration(store.get("alteration"), translated)
    return text


def _source(source: dict | None, quote: str, translated: bool = False) -> str:
    if source is None:
        return ""
    text = escape(SOURCE[source["verdict"]].label)
    if source["source"] and source["verdict"] != "absent":
        text += f" — {escape(source['source'])}"
    if source["verdict"] == "drift":
        text += f"<br>{diff_html(source['diff'], quote)}"
        text += _alteration(source.get("alteration"), translated)
    whole = source.get("whole")
    if whole:
        text += f"<br>As one quote with its other part: {escape(SOURCE[whole['verdict']].label)}"
    return text


def _marked(q: dict) -> str:
    """The quote's words, in quotation marks unless it is reported speech."""
    text = escape(q["text"])
    return text if q["kind"] == "indirect" else f"“{text}”"


def _quote(n: int, q: dict) -> str:
    decision = escape(DECISIONS[q["decision"]].label).upper()
    speaker = escape(labels.credit_line(q))
    if q["speaker_corrected"]:
        speaker += " <span class='small'>(corrected by the editor)</span>"
    decided = escape(labels.decided_line(q))
    rows = [
        _row("Speaker", speaker),
        _row(
            "Said by",
            escape(q["said_by"] or "")
            and f"{escape(q['said_by'])} <span "
            "class='small'>(the editor: the article credits the wrong person)</span>",
        ),
        _row("Kind", escape(q["kind"] or "no longer found by the extractor")),
        _row("Channel", escape(q["via"] or "")),
        _row("Store", _store(q["store"], q["text"], q["translated"])),
        _row("Source", _source(q["source"], q["text"], q["translated"])),
        _row("Decision", f"<span class='{q['decision'] or 'undecided'}'>{decision}</span>"),
        _row("Note", escape(q["note"] or "")),
        _row("By", decided),
    ]
    return (
        f"<hr><div class='quote' id='q{q['key']}'><h3>{n}. {speaker}</h3>"
        f"<blockquote>{_marked(q)}</blockquote><table>{''.join(rows)}</table></div>"
    )


def render_html(report: Report) -> str:
    a, s = report.article, report.summary
    meta = [
        _row("Title", escape(a["title"])),
        _row("Date", escape(a["date"] or "")),
        _row("Published", escape(a["published"] or "")),
        _row("File", escape(a["path"] or "pasted text")),
        _row("SHA-256", f"<span class='small'>{a['content_hash']}</span>"),
        _row("Sources", escape(", ".join(report.sources))),
        *(_row("Warning", f"<b>{escape(w)}</b>") for w in a["warnings"]),
        _row("Reviewed by", escape(report.reviewer)),
        _row("Report", escape(f"{report.generated_at} by {report.generator}")),
    ]
    counts = [
        ("Quotes found", s["quotes"]),
        ("Needs attention", s["needs_attention"]),
        ("Reviewed", s["reviewed"]),
        *((name.capitalize(), s[name]) for name in DECISIONS if name),
        ("Undecided", s["undecided"]),
    ]
    verdicts = "; ".join(f"{STORE[v].label}: {c}" for v, c in s["store_verdicts"].items())
    summary = "".join(_row(label, str(count)) for label, count in counts)
    summary += _row("Store verdicts", escape(verdicts))
    if s["source_verdicts"] is not None:
        found = "; ".join(f"{SOURCE[v].label}: {c}" for v, c in s["source_verdicts"].items())
        summary += _row("Source verdicts", escape(found))
    quotes = "".join(
        f"<h2>{title}</h2>" + "".join(_quote(n, q) for n, q in section)
        for title, section in labels.sections(report.quotes)
    )
    return (
        "<!DOCTYPE html>\n<html lang='en'><head><meta charset='utf-8'>"
        f"<title>Quote review: {escape(a['title'])}</title><style>{CSS}</style></head><body>"
        f"<h1>Quote review</h1><table>{''.join(meta)}</table>"
        f"<h2>Summary</h2><table>{summary}</table>"
        f"<p>Differences: <del>said before, not in the quote</del> <ins>only in the quote</ins>.</p>"
        f"{quotes or '<h2>Quotes</h2><p>No quotes found.</p>'}</body></html>\n"
    )
