"""Opening an article: read it, show it at once, then extract and match in the background.

The article given at start is read before the window's first paint (`open_first`), the
workspace is opened after it (`start`): till then the loader only reads.

The loader owns the workspace's connections from open to close: the review log (opened on
the first load, lent to each load, closed with the workspace), the GUI thread's store and
what workers borrow theirs from (on the shared archive, a small connection pool).
Closing does not wait for a worker still at work: it is told to stop, its result is
dropped, and it ends on its own (or with the process).
"""

from __future__ import annotations

import atexit
import logging
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from shiboken6 import isValid

from onrecord.errors import OnRecordError
from onrecord.store.paths import as_location, is_shared

if TYPE_CHECKING:  # the workers are imported when the first starts, after the first paint
    from onrecord.gui.threads import ReadWorker
    from onrecord.gui.worker import LoadWorker

log = logging.getLogger(__name__)
_leaving: set = set()  # workers of closed loaders, kept alive until their thread ends


class ModelState(Enum):
    """Where the language model is; the status bar shows it."""

    NOT_LOADED = "language model: not loaded"
    LOADING = "loading language model…"
    READY = "language model ready"
    FAILED = "language model: could not load"


@atexit.register
def _wait_for_leaving() -> None:
    """A Python process that ends normally (tests, the self-test) lets those threads end
    first; the window's own run ends the process without waiting (see `app.leave`)."""
    for worker in list(_leaving):
        if isValid(worker):  # not deleted yet
            worker.wait()


class Loader(QObject):
    article_read = Signal(object)  # Article, shown at once (at start, in the first paint)
    opened = Signal(object)  # Article whose quotes are being found (after `start`)
    progress = Signal(str, int, int)
    model_state = Signal(object)  # ModelState
    loaded = Signal(object)  # ReviewSession
    failed = Signal(str)
    refused = Signal(str, str)  # path, why: a file that could not be read as an article
    source_read = Signal(object)  # SourceDocument, read off the GUI thread
    source_failed = Signal(str)
    store_stats = Signal(dict)
    store_failed = Signal(str)
    store_damaged = Signal(str)
    review_changed = Signal(dict)  # another editor's change on the shared archive
    review_resumed = Signal()  # following the archive again after it went away

    def __init__(self, store_path: Path, parent=None):
        super().__init__(parent)
        self.store_path = as_location(store_path)
        self.demo_due = False  # decided by start(), before any thread creates the file
        self.model = ModelState.NOT_LOADED
        self.worker: LoadWorker | None = None
        self.reading: ReadWorker | None = None  # the file being opened
        self.article = None
        self._running: set = set()
        self._closed = False  # after close() no thread starts (a timer may still fire)
        self._started = False  # the workspace is open: read articles load (see `start`)
        self._unread_at_start: tuple[str, str] | None = None  # told at `start`
        self._log = self._store = self._listener = self._stores = None
        self.model_state.connect(lambda state: setattr(self, "model", state))

    def open_first(self, article, wait_ms: int) -> None:
        """Before the window's first paint: open `article` (a path or an Article), waiting up
        to `wait_ms` for a file to be read, so that the first paint shows it (a text article
        takes milliseconds; a slower one is shown when read)."""
        if article is None:
            return
        if not (isinstance(article, str) or hasattr(article, "__fspath__")):
            self.open_article(article)
        elif self.open_path(article).wait(wait_ms):
            QCoreApplication.sendPostedEvents()  # deliver what it read (queued) now

    def start(self) -> None:
        """After the window's first paint: probe the store, then load the article read (or
        being read; or say why it could not be), or the model while the editor picks one."""
        from onrecord.store.demo import first_run

        self.demo_due = first_run(self.store_path)  # the first run builds the demo store
        self._started = True
        self.probe_store()
        if self.article is not None:
            self._load(self.article)
        elif self._unread_at_start is not None:
            self._unread(*self._unread_at_start)
        elif self.reading is None:
            self.warm_up()

    # The workspace's connections -------------------------------------------------------
    def review_log(self):
        """The review log of the workspace, opened on first use; loads borrow it."""
        if self._log is None:
            from onrecord.workspace.shared_review import open_review_log

            self._log = open_review_log(self.store_path)
            if hasattr(self._log, "listen"):  # the shared archive: follow the others
                self._follow(self._log)
        return self._log

    def _follow(self, log) -> None:
        from onrecord.gui.sharing import ReviewListener

        listener = ReviewListener(log)
        self._relay(listener.changed, self.review_changed.emit)
        self._relay(listener.failed, self.store_failed.emit)
        self._relay(listener.resumed, self.review_resumed.emit)
        self._listener = listener
        self._track(listener)

    def stores(self):
        """What workers borrow their store from (on the shared archive, a small pool of
        connections), made on first use and closed with the workspace."""
        if self._stores is None:
            from onrecord.store.lending import lend_stores

            self._stores = lend_stores(self.store_path)
        return self._stores

    def set_editor(self, name: str | None) -> None:
        """Record the decisions from now on as made by `name` (the preferences changed)."""
        if self._log is not None:
            self._log.editor = name

    def store(self):
        """The store, opened on first use in the GUI thread (for a write or a search), and
        again when the archive's server dropped its connection."""
        if self._store is not None and is_shared(self.store_path) and self._store.conn.closed:
            self._store = None
        if self._store is None:
            from onrecord.store import open_store

            self._store = open_store(self.store_path)
        return self._store

    def matcher(self):
        """A matcher over the GUI thread's store, to judge a quote again after an edit."""
        from onrecord.matching import Matcher

        return Matcher(self.store())

    def _close_workspace(self) -> None:
        if self._listener is not None:
            self._listener.stop()
            self._listener = None
        for resource in (self._store, self._log, self._stores):
            if resource is not None:
                resource.close()
        self._store = self._log = self._stores = None

    # Opening ---------------------------------------------------------------------------
    def open_path(self, path):
        """Read the file in the background, then open it; a later opening wins. Returns the
        reading thread."""
        from onrecord.gui.threads import ReadWorker

        self.reading = reader = ReadWorker(path, self)
        current = lambda: reader is self.reading  # noqa: E731 (no later opening)
        self._relay(reader.read, self.open_article, current)
        self._relay(reader.failed, lambda message: self._unread(str(path), message), current)
        self._track(reader)
        return reader

    def _unread(self, path: str, message: str) -> None:
        self.reading = None
        if not self._started:  # the article given at start: said once the panes are there
            self._unread_at_start = (path, message)
            return
        self.failed.emit(message)
        self.refused.emit(path, message)

    def open_text(self, text: str) -> bool:
        if not text.strip():
            self.failed.emit("The clipboard holds no text to paste as an article.")
            return False
        from onrecord.articles import article_from_text

        self.open_article(article_from_text(text, "paste"))
        return True

    def open_article(self, article) -> None:
        if self._closed:
            return
        self.cancel()
        self.reading = None
        self.article = article
        self.article_read.emit(article)
        if self._started:
            self._load(article)

    def _load(self, article) -> None:
        """Extract and match `article` in the background, with the workspace's review log."""
        self.opened.emit(article)
        try:
            review_log, stores = self.review_log(), self.stores()
        except OnRecordError as exc:
            self.failed.emit(str(exc))
            return
        from onrecord.gui.worker import LoadWorker

        worker = LoadWorker(article, self.store_path, review_log, stores, self, self.demo_due)
        current = lambda: worker is self.worker  # noqa: E731 (no article or workspace opened since)
        self._relay(worker.progress, self.progress.emit, current)
        self._relay(worker.model_state, self.model_state.emit)
        self._relay(worker.store_stats, self.store_stats.emit, current)
        self._relay(worker.failed, lambda message: self._end(self.failed, message), current)
        self._relay(worker.loaded, lambda session: self._end(self.loaded, session), current)
        self.worker = worker
        self._track(worker)

    def _end(self, signal, result) -> None:
        if signal is self.loaded and self.worker.build_demo:
            self.demo_due = False  # built by this load
        self.worker = None
        signal.emit(result)
        if self.model is ModelState.NOT_LOADED:  # listed from the cache: the model comes now
            self.warm_up()

    def read_source(self, path: str) -> None:
        """Read a source document off the GUI thread (PDFs can be slow); `source_read` or
        `failed` follows."""
        from onrecord.gui.threads import ReadWorker

        reader = ReadWorker(path, self, source=True)
        self._relay(reader.read, self.source_read.emit)
        self._relay(reader.failed, self.source_failed.emit)
        self._track(reader)

    def warm_up(self) -> None:
        """Load the language model in the background, unless an article is loading it."""
        if self.model is ModelState.READY and not self.demo_due:
            self.model_state.emit(ModelState.READY)
        elif self.worker is None and self.model is not ModelState.LOADING:
            from onrecord.gui.worker import ModelWarmUp

            worker = ModelWarmUp(self, self.store_path if self.demo_due else None)
            self._relay(worker.ready, lambda: self.model_state.emit(ModelState.READY))
            self._relay(worker.ready, self._warmed_up)
            self._relay(worker.failed, self._model_failed)
            self.model_state.emit(ModelState.LOADING)
            self._track(worker)

    def _warmed_up(self) -> None:
        if self.demo_due:  # the warm-up built the demo into the new default workspace
            self.demo_due = False
            self.probe_store()

    def _model_failed(self, message: str) -> None:
        self.model_state.emit(ModelState.FAILED)
        self.failed.emit(message)

    def probe_store(self) -> None:
        """Emit the store's statistics, read in the background; a default workspace not yet
        created is left to the load or warm-up that builds the demo into it."""
        if self.demo_due and not self.store_path.exists():
            return
        try:
            stores = self.stores()
        except OnRecordError as exc:
            self.store_failed.emit(str(exc))
            return
        from onrecord.gui.worker import StoreStatsWorker

        worker = StoreStatsWorker(self.store_path, stores, self)
        current = lambda: worker.store_path == self.store_path  # noqa: E731 (not a switched-from one)
        self._relay(worker.stats, self.store_stats.emit, current)
        self._relay(worker.failed, self.store_failed.emit, current)
        self._relay(worker.damaged, self.store_damaged.emit, current)
        self._track(worker)

    def refresh_stats(self) -> None:
        """Emit the store's statistics now (after a write in this thread)."""
        try:
            self.store_stats.emit(self.store().stats())
        except OnRecordError as exc:
            self.store_failed.emit(str(exc))

    # Threads ---------------------------------------------------------------------------
    def _relay(self, signal, slot, current=lambda: True) -> None:
        """Connect a worker's `signal` to `slot`, called only while this loader is open (a
        worker may outlive it) and `current()` holds (nothing opened since that replaces it)."""
        signal.connect(lambda *args: not self._closed and current() and slot(*args))

    def _track(self, worker) -> None:
        from onrecord.gui.threads import delete_when_ended

        if self._closed:
            worker.deleteLater()
            return
        worker.finished.connect(lambda: self._running.discard(worker))
        delete_when_ended(worker)
        self._running.add(worker)
        worker.start()

    def cancel(self) -> None:
        """Stop extraction; a worker still running delivers nothing."""
        self.worker = None
        for worker in self._running:
            worker.requestInterruption()

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
        """Close the workspace now; workers still running are told to stop and let go of (a
        model half loaded cannot be stopped), so that their end does not depend on this
        object."""
        self._closed = True
        self.cancel()
        self.reading = None
        for worker in self._running:
            worker.setParent(None)
            _leaving.add(worker)
            worker.finished.connect(lambda w=worker: _leaving.discard(w))
        self._running.clear()
        self._close_workspace()
