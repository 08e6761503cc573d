"""File menu: open, paste, attach a source document, export the report, close, quit."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QFileDialog

from onrecord.errors import OnRecordError
from onrecord.gui.actions.registry import action

# Report formats (as `onrecord report --format` names them) by the file suffix they get.
REPORT_SUFFIXES = {
    ".html": ("html", "HTML report"),
    ".pdf": ("pdf", "PDF"),
    ".md": ("md", "Markdown"),
    ".csv": ("csv", "CSV for spreadsheets"),
    ".json": ("json", "JSON"),
    ".jsonld": ("claimreview", "ClaimReview JSON-LD, for fact-checkers"),
}


def article_folder(loader) -> str:
    """Where file dialogs start: the open article's folder, else the working directory."""
    article = loader.article
    return str(Path(article.path).resolve().parent) if article and article.path else ""


@action("file.open", "Open article…", "File")
def open_article(window, loader) -> None:
    from onrecord.articles import ARTICLE_SUFFIXES

    kinds = " ".join("*" + suffix for suffix in ARTICLE_SUFFIXES)
    filters = f"Articles ({kinds});;All files (*)"
    dialog = QFileDialog(window, "Open article", article_folder(loader), filters)
    dialog.setObjectName("open_dialog")
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.fileSelected.connect(loader.open_path)
    dialog.open()


@action(
    "file.paste",
    "Paste article",
    "File",
    help="Open the clipboard's text as an article",
)
def paste_article(loader) -> None:
    loader.open_text(QApplication.clipboard().text())


@action(
    "file.attach_source",
    "Attach source document…",
    "File",
    help="Check the quotes against an original statement or transcript",
    when="article",
)
def attach_source(window, loader) -> None:
    dialog = QFileDialog(
        window,
        "Attach source document",
        article_folder(loader),
        "Documents (*.txt *.pdf *.docx *.html *.md);;All files (*)",
    )
    dialog.setObjectName("attach_dialog")
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.fileSelected.connect(window.attach_source)
    dialog.open()


@action(
    "file.detach_sources",
    "Detach source documents",
    "File",
    help="Stop checking the quotes against the source documents attached to this article",
    when="article",
)
def detach_sources(reviewer, status) -> None:
    reviewer.state.detach_sources()  # also those that could not be read again
    status.showMessage("Source documents detached.", 8000)


@action(
    "file.export",
    "Export report…",
    "File",
    help="Save the review as HTML, PDF, Markdown, CSV, JSON or ClaimReview JSON-LD",
    when="article",
)
def export_report(window, session, status) -> None:
    dialog = QFileDialog(window, "Export review report")
    dialog.setObjectName("export_dialog")
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    filters = {f"{label} (*{suffix})": suffix for suffix, (_, label) in REPORT_SUFFIXES.items()}
    dialog.setNameFilters(list(filters))
    dialog.setDefaultSuffix("html")
    dialog.filterSelected.connect(lambda f: dialog.setDefaultSuffix(filters[f][1:]))
    article = Path(session.article.path).resolve() if session.article.path else None
    stem = article.stem if article else "pasted-article"
    folder = article.parent if article else Path.home()
    dialog.selectFile(str(folder / f"{stem}-review.html"))
    dialog.fileSelected.connect(
        lambda path: save_report_as(status, session, path, filters[dialog.selectedNameFilter()])
    )
    dialog.open()


def save_report_as(status, session, path: str, chosen_suffix: str) -> None:
    """Write the session's report to `path`, in the format of its suffix (else the chosen one)."""
    from onrecord.reports import RENDERERS, save_report

    fmt = REPORT_SUFFIXES.get(Path(path).suffix.lower(), REPORT_SUFFIXES[chosen_suffix])[0]
    report = session.report()
    try:
        if fmt == "pdf":
            from onrecord.gui.pdf_export import html_to_pdf

            html_to_pdf(RENDERERS["html"](report), path, title=session.article.title)
        else:
            save_report(report, path, fmt)
    except OnRecordError as exc:
        status.showMessage(str(exc), 15000)
        return
    status.showMessage(f"Report saved to {path}", 10000)


@action("file.close", "Close window", "File")
def close_window(window) -> None:
    window.close()


@action("file.quit", "Quit", "File")
def quit_app(window) -> None:
    window.close()
    QApplication.quit()
