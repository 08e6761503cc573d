"""Review reports: HTML, Markdown, CSV, JSON and ClaimReview JSON-LD from one `Report`.

    report = build_report(extraction, matches, review.all(), sources)
    save_report(report, "review.csv", "csv")

PDF is rendered from the HTML by Qt: `onrecord.gui.pdf_export.html_to_pdf`.
"""

from pathlib import Path

from onrecord.errors import OnRecordError
from onrecord.reports.build import Report, build_report
from onrecord.reports.claimreview import claim_reviews, render_claimreview
from onrecord.reports.html import render_html
from onrecord.reports.text import render_csv, render_json, render_md, safe_cell

RENDERERS = {
    "html": render_html,
    "md": render_md,
    "csv": render_csv,
    "json": render_json,
    "claimreview": render_claimreview,
}


def save_report(report: Report, path: str | Path, fmt: str) -> None:
    """Write the report as `fmt` (a key of RENDERERS). CSV gets a UTF-8 byte-order mark,
    which spreadsheets need to read anything but ASCII correctly."""
    encoding = "utf-8-sig" if fmt == "csv" else "utf-8"
    try:
        Path(path).write_text(RENDERERS[fmt](report), encoding=encoding, newline="")
    except OSError as exc:
        raise OnRecordError(f"Cannot write {path}: {exc.strerror or exc}.") from exc


__all__ = [
    "RENDERERS",
    "Report",
    "build_report",
    "claim_reviews",
    "render_claimreview",
    "render_csv",
    "render_html",
    "render_json",
    "render_md",
    "safe_cell",
    "save_report",
]
