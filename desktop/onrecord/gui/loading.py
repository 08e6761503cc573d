"""What the window shows while an article loads: the article at once (`frame`), then
progress in the quote panel and the status bar, then the quotes (or why there are none)."""

from __future__ import annotations

from pathlib import Path

from onrecord.gui.loader import ModelState
from onrecord.gui.sharing import catch_up, show_change


def connect(win) -> None:
    ld, status = win.loader, win.status
    ld.opened.connect(lambda article: opened(win, article))
    ld.progress.connect(lambda message, done, total: progress(win, message, done, total))
    ld.loaded.connect(lambda session: loaded(win, session))
    ld.failed.connect(lambda message: failed(win, message))
    ld.refused.connect(lambda path, message: refused(win, path, message))
    ld.model_state.connect(status.show_model)
    ld.store_stats.connect(lambda stats: store_size(win, stats))
    ld.review_changed.connect(lambda change: show_change(win, change))
    ld.review_resumed.connect(lambda: catch_up(win))
    ld.store_failed.connect(lambda message: status.store.setText(f"store unavailable: {message}"))
    status.show_model(ld.model)


def opened(win, article) -> None:
    """Its quotes are being found: say so; the recent files take it (written after the
    window's first paint: a settings write syncs to disk)."""
    if article.path:
        win.settings.add_recent(article.path)
    win.reviewer.set_session(None)
    win.evidence.show_message("Quotes appear here once the article is read.")
    win.empty_label.setText(
        "Loading language model…" if win.loader.model is not ModelState.READY else "Finding quotes…"
    )
    win.status.hint.setText("Finding the quotes… the article can be read meanwhile")
    win.quote_stack.setCurrentWidget(win.empty_label)
    for warning in article.warnings:
        win.status.showMessage(warning, 8000)


def progress(win, message: str, done: int, total: int) -> None:
    win.empty_label.setText(message)
    win.status.set_busy(done, total)


def loaded(win, session) -> None:
    win.status.set_idle()
    win.empty_label.setText("No quotes were found in this article.")
    win.quote_stack.setCurrentWidget(win.quote_list if session.quotes else win.empty_label)
    win.reviewer.set_session(session)
    win.quote_list.setFocus()
    if session.notices:
        win.status.showMessage(" ".join(session.notices), 15000)
    elif session.sources:
        names = ", ".join(s.name for s in session.sources)
        win.status.showMessage(f"Checked against the attached sources: {names}", 10000)
    win.quotes_loaded.emit()


def failed(win, message: str) -> None:
    win.status.set_idle()
    win.status.showMessage(message, 15000)
    if win.reviewer.session is None and win.loader.worker is None:
        win.empty_label.setText(message)
        win.evidence.show_message("")


def refused(win, path: str, message: str) -> None:
    """A file that cannot be opened as an article is told in a dialog, not only in passing."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Warning, "Not opened", message, parent=win)
    box.setObjectName("refused_file")
    box.setTextFormat(Qt.TextFormat.PlainText)  # file names may hold markup
    box.setText(f"{Path(path).name} was not opened as an article. {message}")
    box.setInformativeText("OnRecord opens text, HTML, Markdown and .docx articles.")
    box.open()


def store_size(win, stats: dict) -> None:
    n = stats["statements"]
    win.status.store.setText(f"store: {n:,} statement{'' if n == 1 else 's'} · {stats['db_mb']} MB")
