"""Work off the GUI thread: the store's statistics, extraction and matching (the workers'
base and reading files: `threads`).

Each worker imports what it needs inside its thread (spaCy, sqlite-utils, pypdf), so the
window paints before any of it loads. Workers borrow the loader's review log, and their store
from the loader's lender (`store.lending`: on the shared archive, a pooled connection); none
opens or closes either.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import Signal

from onrecord.errors import OnRecordError, StoreDamaged
from onrecord.gui.loader import ModelState
from onrecord.gui.threads import Worker

_demo_lock = threading.Lock()
_demo_built: set[str] = set()


def build_demo_once(store_path, extractor) -> None:
    """Fill the new default workspace with the demo, once (the warm-up and a load may both ask)."""
    from onrecord.store.demo import build_demo_store

    with _demo_lock:
        if str(store_path) not in _demo_built:
            build_demo_store(store_path, extractor=extractor)
            _demo_built.add(str(store_path))


def shared_extractor():
    """The window's extraction process (started at the first call), once its model has
    loaded: this waits for it."""
    from onrecord.extraction.process import start_shared

    process = start_shared()
    process.load()
    return process


def model_ready() -> bool:
    from onrecord.extraction.process import start_shared

    return start_shared().ready()


class LoadWorker(Worker):
    """Extracts the article's quotes, matches them against the store, reads its sources."""

    progress = Signal(str, int, int)  # message, done, total (total 0: busy, no count)
    model_state = Signal(object)  # ModelState
    loaded = Signal(object)  # ReviewSession
    store_stats = Signal(dict)
    what = "read the quotes"

    def __init__(self, article, store_path, log, stores, parent=None, build_demo=False):
        """`stores`: what the store is borrowed from (`store.lending`)."""
        super().__init__(parent)
        self.article, self.store_path, self.log, self.stores = article, store_path, log, stores
        self.build_demo = build_demo  # the app's first run: fill the new store with the demo

    def work(self) -> None:
        from onrecord.article import MAX_ARTICLE_CHARS
        from onrecord.extraction.cache import ExtractionCache
        from onrecord.review import speaker_overrides
        from onrecord.store.paths import extraction_cache

        self.cache = ExtractionCache(extraction_cache(self.store_path), MAX_ARTICLE_CHARS)
        review = self.log.for_article(self.article)
        # the store judges each quote with the editor's speaker correction, if any
        overrides = speaker_overrides(review.all())
        extraction = None if self.build_demo else self.cache.get(self.article)
        if extraction is None:
            extraction = self._extract()
        if extraction is None:
            return
        matches = self._match(extraction, overrides)
        if matches is None or self.isInterruptionRequested():
            return
        self.loaded.emit(self._session(extraction, matches, review))

    def _extract(self):
        """The article's extraction by the model (which the first run also builds the demo
        with), kept in the cache; None when cancelled."""
        if not model_ready():
            self.model_state.emit(ModelState.LOADING)
            self.progress.emit("Loading language model…", 0, 0)
        try:
            extractor = shared_extractor()
        except OnRecordError:
            self.model_state.emit(ModelState.FAILED)
            raise
        self.model_state.emit(ModelState.READY)
        if self.isInterruptionRequested():
            return None
        if self.build_demo:
            self.progress.emit("First run: building the demo store…", 0, 0)
            build_demo_once(self.store_path, extractor)
        self.progress.emit("Finding quotes…", 0, 0)
        extraction = extractor.extract(self.article)
        self.cache.put(extraction)
        return extraction

    def _session(self, extraction, matches, review):
        """The review session, with the source documents attached in earlier sessions."""
        from onrecord.sources import read_kept_sources
        from onrecord.workspace import ReviewSession

        paths = review.sources()
        if paths:
            self.progress.emit("Checking the attached sources…", 0, 0)
        sources, problems = read_kept_sources(paths)
        session = ReviewSession(extraction, matches, review, sources)
        session.notices += [
            f"A source attached earlier could not be read again: {p}" for p in problems
        ]
        return session

    def _match(self, extraction, overrides: dict) -> dict | None:
        from onrecord.matching import Matcher, check_extraction

        def progress(done: int, total: int) -> None:
            self.progress.emit(f"Matching quote {done + 1} of {total}…", done, total)

        with self.stores.store() as store:
            checks = check_extraction(
                Matcher(store), extraction, overrides,
                progress=progress, cancelled=self.isInterruptionRequested,
            )  # fmt: skip
            if checks is None:
                return None
            self.store_stats.emit(store.stats())
            return {c.quote.key: c.matches for c in checks}


class StoreStatsWorker(Worker):
    """Opens the store once in the background (sqlite-utils takes ~0.4 s to import)."""

    stats = Signal(dict)
    damaged = Signal(str)  # the file is damaged: the window offers its backup
    what = "open the store"

    def __init__(self, store_path, stores, parent=None):
        super().__init__(parent)
        self.store_path, self.stores = store_path, stores

    def work(self) -> None:
        try:
            with self.stores.store() as store:
                self.stats.emit(store.stats())
        except StoreDamaged as exc:
            self.damaged.emit(str(exc))
            raise


class ModelWarmUp(Worker):
    """Loads the language model while the editor picks an article; on the first run, builds
    the demo into the new default workspace with it (`demo_path`)."""

    ready = Signal()
    what = "load the language model"

    def __init__(self, parent=None, demo_path=None):
        super().__init__(parent)
        self.demo_path = demo_path

    def work(self) -> None:
        extractor = shared_extractor()
        if self.demo_path is not None:
            build_demo_once(self.demo_path, extractor)
        self.ready.emit()
