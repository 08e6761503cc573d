"""Opening an article: read it, show it at once, then extract and match in the background."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from onrecord.articles import article_from_text
from onrecord.errors import OnRecordError
from onrecord.gui.worker import (
    LoadWorker,
    ModelWarmUp,
    ReadWorker,
    StoreStatsWorker,
    model_loaded,
)
from onrecord.store.demo import first_run
from onrecord.store.paths import as_location

log = logging.getLogger(__name__)


class Loader(QObject):
    opened = Signal(object)  # Article, shown before its quotes are known
    progress = Signal(str, int, int)
    model_loading = Signal()
    model_ready = Signal()
    loaded = Signal(object)  # ReviewSession
    failed = Signal(str)
    store_stats = Signal(dict)
    store_failed = Signal(str)
    store_damaged = Signal(str)

    def __init__(self, store_path: Path, parent=None):
        super().__init__(parent)
        self.store_path = as_location(store_path)
        # decided now, before any thread creates the file: the first run builds the demo store
        self.demo_due = first_run(self.store_path)
        self.worker: LoadWorker | None = None
        self._running: set = set()
        self._closed = False  # after close() no thread starts (a timer may still fire)
        self.article = None
        self.reading = None  # the ReadWorker of the file being opened
        self._log = None
        self._store = None

    # The workspace database: the review log comes from the first load, the store on first use
    def store(self):
        if self._store is None:
            from onrecord.store import open_store

            self._store = open_store(self.store_path)
        return self._store

    # Opening ---------------------------------------------------------------------------
    def open_path(self, path) -> None:
        """Read the file in the background, then open it; a later opening wins."""
        reader = ReadWorker(path, self)
        self.reading = reader
        reader.read.connect(
            lambda article, r=reader: r is self.reading and self.open_article(article)
        )
        reader.failed.connect(lambda message, r=reader: r is self.reading and self._unread(message))
        self._track(reader)

    def _unread(self, message: str) -> None:
        self.reading = None
        self.failed.emit(message)

    def open_text(self, text: str) -> bool:
        if not text.strip():
            self.failed.emit("The clipboard holds no text to paste as an article.")
            return False
        self.open_article(article_from_text(text, "paste"))
        return True

    def open_article(self, article) -> None:
        self.cancel()
        self.reading = None
        self.article = article
        self.opened.emit(article)
        worker = LoadWorker(article, self.store_path, self._log, self, build_demo=self.demo_due)
        worker.progress.connect(self.progress)
        worker.model_ready.connect(self.model_ready)
        worker.failed.connect(lambda message, w=worker: self._failed(w, message))
        worker.store_stats.connect(
            lambda stats, w=worker: w is self.worker and self.store_stats.emit(stats)
        )
        worker.loaded.connect(lambda session, w=worker: self._done(w, session))
        self.worker = worker
        self._track(worker)

    def _done(self, worker, session) -> None:
        self.demo_due = self.demo_due and not worker.build_demo  # built by this load
        stale = worker is not self.worker  # an article or workspace opened since
        if worker.log is not None and worker.log is not self._log:
            if stale:  # its session is dropped, and with it the log it opened
                worker.log.close()
            else:  # the session reviews through the log its worker opened: keep that one
                if self._log is not None:
                    self._log.close()
                self._log = worker.log
        if stale:
            return
        self.worker = None
        self.loaded.emit(session)

    def _failed(self, worker, message: str) -> None:
        if worker is self.worker:
            self.worker = None
            self.failed.emit(message)

    def matcher(self):
        """A matcher over the GUI thread's store, to judge a quote again after an edit."""
        from onrecord.matching import Matcher

        return Matcher(self.store())

    def warm_up(self) -> None:
        """Load the language model in the background, unless an article is loading it."""
        if model_loaded():
            self.model_ready.emit()
        elif self.worker is None:
            worker = ModelWarmUp(self)
            worker.ready.connect(self.model_ready)
            worker.failed.connect(self.failed)
            self.model_loading.emit()
            self._track(worker)

    def probe_store(self) -> None:
        """Emit the store's statistics, read in the background."""
        worker = StoreStatsWorker(self.store_path, self)
        current = lambda: worker.store_path == self.store_path  # noqa: E731 (not a switched-from one)
        worker.stats.connect(lambda stats: current() and self.store_stats.emit(stats))
        worker.failed.connect(lambda message: current() and self.store_failed.emit(message))
        worker.damaged.connect(lambda message: current() and self.store_damaged.emit(message))
        self._track(worker)

    def refresh_stats(self) -> None:
        """Emit the store's statistics now (after a write in this thread)."""
        try:
            self.store_stats.emit(self.store().stats())
        except OnRecordError as exc:
            self.store_failed.emit(str(exc))

    def _track(self, worker) -> None:
        if self._closed:
            worker.deleteLater()
            return
        worker.finished.connect(lambda w=worker: self._running.discard(w))
        worker.finished.connect(worker.deleteLater)
        self._running.add(worker)
        worker.start()

    def cancel(self, wait_ms: int = 0) -> None:
        """Stop extraction; with `wait_ms`, wait for the threads to end (on close)."""
        self.worker = None
        for worker in list(self._running):
            worker.requestInterruption()
            if wait_ms:
                worker.wait(wait_ms)

    def use_store(self, store_path) -> None:
        """Work on another workspace database from now on; the open article loads again.
        Threads still at work on the old one are not waited for: their results are dropped."""
        self.cancel()
        self._close_workspace()
        self.store_path, self.demo_due = as_location(store_path), False
        self.probe_store()
        if self.article is not None:
            self.open_article(self.article)

    def close(self) -> None:
        self._closed = True
        self.cancel(wait_ms=60_000)  # a model half loaded cannot be stopped: let it finish
        self._close_workspace()

    def _close_workspace(self) -> None:
        for resource in (self._store, self._log):
            if resource is not None:
                resource.close()
        self._store = self._log = None
