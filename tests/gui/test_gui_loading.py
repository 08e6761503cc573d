"""Opening articles: background loading, drag and drop, paste, bad files, empty states."""

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication


def test_window_opens_empty_and_says_what_to_do(open_window, qtbot):
    win = open_window()
    assert "Open an article (Ctrl+O) or paste one (Ctrl+Shift+V)" in win.empty_label.text()
    assert "Open an article" in win.article_view.toPlainText()
    qtbot.waitUntil(lambda: win.status.model.text() == "language model ready", timeout=60_000)
    assert "Open an article" in win.empty_label.text()  # loading the model changed no words


def test_loading_runs_off_the_gui_thread(qtbot, seed_copy, tmp_path):
    from onrecord.gui import create_window

    win = create_window(seed_copy, tmp_path / "w.db")
    qtbot.addWidget(win)
    ticks = []
    timer = QTimer(interval=10)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    with qtbot.waitSignal(win.quotes_loaded, timeout=60_000):
        win.show()
        qtbot.waitUntil(lambda: win.built)  # after the first paint
        assert win.quote_stack.currentWidget() is win.empty_label  # nothing listed yet
    timer.stop()
    assert len(ticks) >= 3  # the event loop kept turning while the article was read
    assert win.reviewer.session.quotes


@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # QDragEnterEvent(QPoint, …) in PySide6
def test_dropping_a_file_opens_it(open_window, seed_copy, qtbot):
    win = open_window()
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(seed_copy))])
    enter = QDragEnterEvent(QPoint(40, 40), Qt.DropAction.CopyAction, data,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)  # fmt: skip
    QApplication.sendEvent(win, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPoint(40, 40), Qt.DropAction.CopyAction, data,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)  # fmt: skip
    with qtbot.waitSignal(win.quotes_loaded, timeout=60_000):
        QApplication.sendEvent(win, drop)
    assert win.reviewer.session.article.path == str(seed_copy)
    assert str(seed_copy) in win.settings.recent_files()


def test_a_file_dropped_on_the_evidence_is_attached_as_a_source(open_window, seed_copy, qtbot):
    source = Path(__file__).resolve().parents[1] / "fixtures" / "seed-source-altered.txt"
    win = open_window(seed_copy)
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(source))])
    at = QPointF(win.evidence.mapTo(win, win.evidence.rect().center()))
    for kind in (QDragEnterEvent, QDragMoveEvent):  # Qt delivers moves after an enter only
        event = kind(at.toPoint(), Qt.DropAction.CopyAction, data,
                     Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)  # fmt: skip
        QApplication.sendEvent(win, event)
    assert "attach as a source" in win.status.currentMessage()
    drop = QDropEvent(at, Qt.DropAction.CopyAction, data,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)  # fmt: skip
    with qtbot.waitSignal(win.loader.source_read, timeout=30_000):
        QApplication.sendEvent(win, drop)
    assert drop.isAccepted()
    assert [s.name for s in win.reviewer.session.sources] == [source.name]
    assert win.reviewer.session.article.path == str(seed_copy)  # still the same article
    verdicts = [m.verdict for m in win.reviewer.session.source_matches.values()]
    assert verdicts.count("drift") == 3


def test_pasting_an_article_from_the_clipboard(open_window, press, qtbot):
    win = open_window()
    QApplication.clipboard().setText(
        'The minister said the plan was "fully funded and ready to go." Critics disagreed.'
    )
    with qtbot.waitSignal(win.quotes_loaded, timeout=60_000):
        press("v", modifier=Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    texts = [q.text for q in win.reviewer.session.quotes]
    assert any("fully funded" in t for t in texts)
    assert win.reviewer.session.article.format == "paste"


def test_a_missing_file_gets_a_message_not_a_traceback(open_window, tmp_path, qtbot):
    win = open_window()
    with qtbot.waitSignal(win.loader.failed, timeout=10_000):
        win.loader.open_path(tmp_path / "nope.txt")
    assert "No such file" in win.status.currentMessage()


def test_a_file_is_read_off_the_window_thread_and_the_later_opening_wins(
    open_window, seed_copy, tmp_path, qtbot, monkeypatch
):
    import threading

    from onrecord import articles

    threads, real = [], articles.read_article
    monkeypatch.setattr(
        articles, "read_article", lambda p: threads.append(threading.current_thread()) or real(p)
    )
    other = tmp_path / "other.txt"
    other.write_text('The mayor said "the bridge opens in May." Critics disagreed.\n')
    win = open_window()
    with qtbot.waitSignal(win.quotes_loaded, timeout=60_000):
        win.loader.open_path(seed_copy)
        win.loader.open_path(other)
    assert threads and threading.main_thread() not in threads
    assert win.reviewer.session.article.path == str(other)


def test_recent_files_reopen_an_article(open_window, seed_copy, qtbot):
    win = open_window(seed_copy)
    win.close()
    again = open_window()
    again.recent_menu.aboutToShow.emit()
    entries = [a for a in again.recent_menu.actions() if a.data() == str(seed_copy)]
    assert entries and entries[0].text() == seed_copy.name
    with qtbot.waitSignal(again.quotes_loaded, timeout=60_000):
        entries[0].trigger()
    assert again.reviewer.session.article.path == str(seed_copy)


def test_a_corrupt_workspace_database_is_told_not_raised(qtbot, seed_copy, tmp_path):
    from onrecord.gui import create_window

    bad = tmp_path / "broken.db"
    bad.write_bytes(b"this is not a database" * 100)
    win = create_window(seed_copy, bad)
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.loader.failed, timeout=60_000) as failure:
        win.show()
    message = failure.args[0]
    assert "broken.db" in message or "database" in message
    qtbot.waitUntil(lambda: win.empty_label.text() == message)
    assert "Traceback" not in message


def test_a_damaged_store_offers_its_backup_and_continues_on_a_copy(qtbot, seed_copy, tmp_path):
    from PySide6.QtWidgets import QMessageBox

    from onrecord.gui import create_window
    from onrecord.store import open_store

    bad = tmp_path / "work.db"
    open_store(tmp_path / "work.db.v1.bak").close()  # the automatic pre-upgrade copy
    bad.write_bytes(b"this is not a database" * 100)
    win = create_window(seed_copy, bad)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.findChild(QMessageBox, "damaged_store") is not None, timeout=30_000)
    box = win.findChild(QMessageBox, "damaged_store")
    assert "work.db.v1.bak" in box.informativeText()
    use = next(b for b in box.buttons() if b.text() == "Use the backup copy")
    with qtbot.waitSignal(win.quotes_loaded, timeout=60_000):
        use.click()
    assert win.loader.store_path.name.startswith("work.restored-")
    assert win.settings.workspace == str(win.loader.store_path.resolve())
    assert bad.read_bytes() == b"this is not a database" * 100  # left as it was
    qtbot.waitUntil(lambda: "0 statements" in win.status.store.text())


def test_another_workspace_is_chosen_remembered_and_used(
    open_window, seed_copy, press, choose_file, qtbot
):
    win = open_window(seed_copy)
    press("v")  # a decision in the first workspace
    other = seed_copy.parent / "desk" / "shared.db"
    other.parent.mkdir()
    with qtbot.waitSignal(win.quotes_loaded, timeout=60_000):
        win.actions["store.workspace"].trigger()
        choose_file(win, other)
    assert win.loader.store_path == other and other.is_file()
    assert win.reviewer.session.progress()[0] == 0  # the new workspace has no review yet
    assert win.settings.workspace == str(other.resolve())


def test_a_file_that_is_no_workspace_is_refused_and_not_remembered(open_window, seed_copy):
    from onrecord.gui.workspace import use_workspace

    win = open_window(seed_copy)
    before = win.loader.store_path
    junk = seed_copy.parent / "junk.db"
    junk.write_bytes(b"not a database at all" * 100)
    use_workspace(win, str(junk))
    assert win.loader.store_path == before and win.settings.workspace is None
    assert "Not used as the workspace" in win.status.currentMessage()
    assert win.reviewer.session is not None  # the article stays open


def test_another_programs_database_is_refused_and_left_as_it_was(open_window, seed_copy):
    import sqlite3

    from onrecord.gui.workspace import use_workspace

    win = open_window(seed_copy)
    other = seed_copy.parent / "photos.db"
    db = sqlite3.connect(other)
    db.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)")
    db.commit()
    db.close()
    before = other.read_bytes()
    use_workspace(win, str(other))
    assert "Not used as the workspace" in win.status.currentMessage()
    assert other.read_bytes() == before  # no table of OnRecord's was written into it
    assert win.loader.store_path != other and win.settings.workspace is None
