"""The loader owns the review log from open to close; the model's state is a state, not text."""

import sqlite3

import pytest

from onrecord.errors import OnRecordError
from onrecord.gui import worker as worker_module
from onrecord.gui.loader import ModelState
from onrecord.review import log as review_log


@pytest.fixture
def logs(monkeypatch):
    """Every ReviewLog opened during the test."""
    opened, real_init = [], review_log.ReviewLog.__init__

    def init(self, *args, **kwargs):
        real_init(self, *args, **kwargs)
        opened.append(self)

    monkeypatch.setattr(review_log.ReviewLog, "__init__", init)
    return opened


def is_open(log) -> bool:
    try:
        log._conn.execute("SELECT 1")
    except sqlite3.ProgrammingError:  # "Cannot operate on a closed database."
        return False
    return True


def test_a_failed_load_leaves_one_log_which_closing_closes(
    open_window, seed_copy, logs, monkeypatch, qtbot
):
    def no_model():
        raise OnRecordError("The English language model is not installed.")

    monkeypatch.setattr(worker_module, "shared_extractor", no_model)
    win = open_window(wait=False)
    for _ in range(2):
        with qtbot.waitSignal(win.loader.failed, timeout=30_000):
            win.loader.open_path(seed_copy)
    assert win.status.model.text() == ModelState.FAILED.value
    assert len([log for log in logs if is_open(log)]) == 1  # the loader's, lent to each load
    win.close()
    assert logs and not any(is_open(log) for log in logs)


def test_a_cancelled_load_leaves_no_log_open_after_closing(open_window, seed_copy, logs, qtbot):
    other = seed_copy.parent / "other.txt"
    other.write_text('The mayor said "the bridge opens in May." Critics disagreed.\n')
    win = open_window()
    with qtbot.waitSignal(win.quotes_loaded, timeout=60_000):
        win.loader.open_path(seed_copy)
        qtbot.waitUntil(lambda: win.loader.worker is not None)
        win.loader.open_path(other)  # the seed's load is cancelled
    assert win.reviewer.session.article.path == str(other)
    win.close()
    assert logs and not any(is_open(log) for log in logs)


def test_closing_while_loading_stops_the_worker_without_waiting_for_it(
    open_window, seed_copy, logs, monkeypatch, qtbot
):
    import threading

    loading, closed = threading.Event(), threading.Event()

    def slow_model():  # a model that loads until the window has closed
        loading.set()
        closed.wait(30)
        return object()  # never used: the worker stops once it is loaded

    monkeypatch.setattr(worker_module, "shared_extractor", slow_model)
    win = open_window(seed_copy, wait=False)
    qtbot.waitUntil(loading.is_set, timeout=30_000)
    worker = win.loader.worker
    win.close()  # returns while the worker still loads the model
    assert worker.isRunning() and worker.isInterruptionRequested()
    assert not any(is_open(log) for log in logs)
    with (
        qtbot.assertNotEmitted(win.quotes_loaded),
        qtbot.waitSignal(worker.finished, timeout=60_000),
    ):
        closed.set()
    assert win.reviewer.session is None


def test_every_listener_hears_a_worker_end_however_slowly_its_thread_tells_them(
    open_window, seed_copy, monkeypatch, qtbot
):
    """A worker's thread queues `finished` to one listener after another, and PySide drops
    a call queued from a deleted sender: the worker is deleted only once all have it (deleted
    at the first, the closing test's waitSignal missed it 1 run in 100)."""
    import threading
    import time

    from PySide6.QtCore import Qt

    from onrecord.gui import loader as loader_module

    loading, loaded = threading.Event(), threading.Event()

    def slow_model():
        loading.set()
        loaded.wait(30)
        return object()

    monkeypatch.setattr(worker_module, "shared_extractor", slow_model)
    win = open_window(seed_copy, wait=False)
    qtbot.waitUntil(loading.is_set, timeout=30_000)
    worker = win.loader.worker
    win.close()  # the worker stops once the model has loaded
    # in the worker's thread, after the loader's listeners: those act long before the next
    worker.finished.connect(lambda: time.sleep(0.5), Qt.ConnectionType.DirectConnection)
    with qtbot.waitSignal(worker.finished, timeout=60_000):
        loaded.set()
    assert worker not in loader_module._leaving  # the loader's own listener heard it too


def test_the_status_bar_shows_the_model_state_not_the_progress_text(open_window, qtbot):
    win = open_window()
    qtbot.waitUntil(lambda: win.loader.model is ModelState.READY, timeout=60_000)
    win.loader.progress.emit("Loading language model…", 0, 0)  # only words: the state is ready
    assert win.status.model.text() == ModelState.READY.value
    assert win.empty_label.text() == "Loading language model…"
