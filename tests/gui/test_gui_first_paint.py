"""The window's first paint shows the article; the panes and the workspace come after it,
around the page, without moving it."""

import time

from PySide6.QtCore import QEvent, QObject, QPoint
from PySide6.QtWidgets import QMessageBox

from onrecord.articles import read_article


class FirstPaint(QObject):
    """Calls `seen()` at the window's first paint (its frame and the page are painted in the
    same pass) and keeps what it returns."""

    def __init__(self, win, seen):
        super().__init__(win)
        self.seen, self.at_paint = seen, None
        win.installEventFilter(self)

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and self.at_paint is None:
            self.at_paint = self.seen()
        return False


def _page(win) -> dict:
    view = win.article_view
    return {
        "text": view.toPlainText(),
        "place": (view.mapTo(win, QPoint(0, 0)), view.width()),
        "margin": view.document().rootFrame().frameFormat().leftMargin(),
        "scroll": view.verticalScrollBar().value(),
        "built": win.built,
        "loading": win.loader.worker,
    }


def _first_line(path) -> str:
    article = read_article(path)
    return article.text[article.body_start :].strip().splitlines()[0]


def test_the_first_paint_shows_the_article_and_the_panes_come_around_it(
    qtbot, seed_copy, tmp_path, monkeypatch
):
    from onrecord.gui import create_window, window

    monkeypatch.setattr(window, "READ_WAIT_MS", 60_000)  # however busy the machine (see bench)
    win = create_window(seed_copy, tmp_path / "w.db")
    qtbot.addWidget(win)
    probe = FirstPaint(win, lambda: _page(win))
    with qtbot.waitSignal(win.quotes_loaded, timeout=60_000):
        win.show()
    first = probe.at_paint
    assert _first_line(seed_copy) in first["text"] and "North Korean leader" in first["text"]
    assert first["scroll"] == 0  # its top, title first
    assert not first["built"] and first["loading"] is None  # no panes, no load yet
    after = _page(win)
    assert win.reviewer.session.quotes and win.quote_list.isVisible()
    # the page did not move nor reflow when the menus, toolbar and panes filled in
    assert after["text"] == first["text"]
    assert after["place"] == first["place"] and after["margin"] == first["margin"]


def test_an_article_slow_to_read_comes_after_a_blank_page(qtbot, seed_copy, tmp_path, monkeypatch):
    from onrecord import articles
    from onrecord.gui import create_window

    real = articles.read_article
    monkeypatch.setattr(articles, "read_article", lambda p: time.sleep(1.0) or real(p))
    win = create_window(seed_copy, tmp_path / "w.db")
    qtbot.addWidget(win)
    probe = FirstPaint(win, lambda: _page(win))
    with qtbot.waitSignal(win.quotes_loaded, timeout=60_000):
        win.show()
    assert probe.at_paint["text"] == ""  # neither the article yet nor "Open an article…"
    assert _first_line(seed_copy) in win.article_view.toPlainText()
    assert win.reviewer.session.article.path == str(seed_copy)


def test_an_article_that_cannot_be_read_at_start_is_told_once_the_panes_are_there(qtbot, tmp_path):
    from onrecord.gui import create_window

    missing = tmp_path / "nope.txt"
    win = create_window(missing, tmp_path / "w.db")
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: "No such file" in win.empty_label.text() if win.built else False)
    assert "No such file" in win.status.currentMessage()
    (box,) = [b for b in win.findChildren(QMessageBox) if b.objectName() == "refused_file"]
    assert "nope.txt was not opened" in box.text()


def test_nothing_is_written_to_the_settings_before_the_first_paint(
    qtbot, seed_copy, tmp_path, monkeypatch, isolated
):
    """A value set is written at the next turn of the event loop, before the paint, with two
    fdatasyncs: the recent files take the article once its quotes are looked for."""
    from onrecord.gui import create_window, window

    monkeypatch.setattr(window, "READ_WAIT_MS", 60_000)

    def written() -> dict:
        return {p: p.stat().st_mtime_ns for p in (isolated / "settings").rglob("*.ini")}

    before = written()
    win = create_window(seed_copy, tmp_path / "w.db")
    qtbot.addWidget(win)
    probe = FirstPaint(win, written)
    with qtbot.waitSignal(win.quotes_loaded, timeout=60_000):
        win.show()
    assert _first_line(seed_copy) in win.article_view.toPlainText()
    assert probe.at_paint == before
    assert win.settings.recent_files()[0] == str(seed_copy.resolve())
