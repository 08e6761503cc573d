"""The PDF report, laid out by Qt from the HTML: its text read back with pypdf."""

from pypdf import PdfReader

from onrecord.gui.pdf_export import html_to_pdf
from onrecord.reports import render_html
from onrecord.sources import check_text, read_source
from onrecord.store.normalize import fold


def test_pdf_holds_every_quote_decision_and_diff(report, tmp_path):
    out = tmp_path / "report.pdf"
    html_to_pdf(render_html(report), out, title="Kim meets Lavrov")
    reader = PdfReader(out)
    assert reader.metadata.title == "Kim meets Lavrov"
    text = fold(" ".join(page.extract_text() for page in reader.pages))
    for q in report.quotes:
        assert fold(q["text"]) in text
    for expected in ("quote review", "flagged", "verified", "dismissed (not a quote)",
                     "strengthen intensify", "kcna.txt", "=cmd|' /c calc'!a0 ask kcna"):  # fmt: skip
        assert expected in text, expected
    # A PDF is also a source document: our own report read back as one.
    assert (
        check_text("we will further intensify cooperation", [read_source(out)]).verdict == "found"
    )
