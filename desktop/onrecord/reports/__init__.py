"""Review reports: HTML, Markdown, CSV, JSON and ClaimReview JSON-LD from one `Report`.

    report = build_report(extraction, matches, review.all(), sources)
    Path("review.html").write_text(render_html(report))

PDF is rendered from the HTML by Qt: `onrecord.gui.pdf_export.html_to_pdf`.
"""

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
]
