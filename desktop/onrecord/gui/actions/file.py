"""File menu: open, paste, attach a source document, close, quit."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QFileDialog

from onrecord.articles import ARTICLE_SUFFIXES
from onrecord.gui.actions.registry import action

ARTICLE_FILTER = f"Articles ({' '.join('*' + s for s in ARTICLE_SUFFIXES)});;All files (*)"


@action("file.open", "Open article…", "File")
def open_article(win) -> None:
    dialog = QFileDialog(win, "Open article", filter=ARTICLE_FILTER)
    dialog.setObjectName("open_dialog")
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.fileSelected.connect(win.loader.open_path)
    dialog.open()


@action(
    "file.paste",
    "Paste article",
    "File",
    help="Open the clipboard's text as an article",
)
def paste_article(win) -> None:
    win.loader.open_text(QApplication.clipboard().text())


@action(
    "file.attach_source",
    "Attach source document…",
    "File",
    help="Check the quotes against an original statement or transcript",
)
def attach_source(win) -> None:
    dialog = QFileDialog(
        win,
        "Attach source document",
        filter="Documents (*.txt *.pdf *.docx *.html *.md);;All files (*)",
    )
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.fileSelected.connect(win.attach_source)
    dialog.open()


@action("file.close", "Close window", "File")
def close_window(win) -> None:
    win.close()


@action("file.quit", "Quit", "File")
def quit_app(win) -> None:
    win.close()
    QApplication.quit()
