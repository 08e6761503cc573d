"""Extraction and matching off the GUI thread, with progress; interruptible between steps.

spaCy is imported here, inside the thread, so the window paints before the model loads.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QThread, Signal

from onrecord.errors import OnRecordError, StoreDamaged

log = logging.getLogger(__name__)


def shared_extractor():
    """An extractor over the process's one pipeline, loaded by whichever thread asks first."""
    from onrecord.extraction import Extractor
    from onrecord.extraction.pipeline import load_pipeline

    return Extractor(load_pipeline())


def model_loaded() -> bool:
    """Whether the language model is in memory (asking imports no spaCy)."""
    from onrecord.extraction.pipeline import is_loaded

    return is_loaded()


class LoadWorker(QThread):
    progress = Signal(str, int, int)  # message, done, total (total 0: busy, no count)
    model_ready = Signal()
    loaded = Signal(object)  # ReviewSession
    store_stats = Signal(dict)
    failed = Signal(str)

    def __init__(self, article, store_path, log=None, parent=None, build_demo=False):
        super().__init__(parent)
        self.article, self.store_path = article, store_path
        self.build_demo = build_demo  # the app's first run: fill the new store with the demo
        self.log = log  # the ReviewLog (thread-safe); opened here, off the GUI thread, if None

    def run(self) -> None:
        try:
            self._run()
        except OnRecordError as exc:
            self.failed.emit(str(exc))
        except Exception as exc:  # a bug must not kill the window: say so and log it
            log.exception("loading the article failed")
            self.failed.emit(f"Could not read the quotes: {exc}")

    def _run(self) -> None:
        from onrecord.review import ReviewLog, speaker_overrides
        from onrecord.store.paths import review_workspace

        if self.log is None:
            self.log = ReviewLog(review_workspace(self.store_path))
        review = self.log.for_article(self.article)
        # the store judges each quote with the editor's speaker correction, if any
        overrides = speaker_overrides(review.all())
        if not model_loaded():
            self.progress.emit("Loading language model…", 0, 0)
        extractor = shared_extractor()
        if self.isInterruptionRequested():
            return
        if self.build_demo:
            from onrecord.store.demo import build_demo_store

            self.progress.emit("First run: building the demo store…", 0, 0)
            build_demo_store(self.store_path, extractor=extractor)
        self.progress.emit("Finding quotes…", 0, 0)
        extraction = extractor.extract(self.article)
        self.model_ready.emit()
        matches = self._match(extraction, overrides)
        if matches is None or self.isInterruptionRequested():
            return
        self.loaded.emit(self._session(extraction, matches, review))

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
        from onrecord.matching import Matcher, check_quote
        from onrecord.review import checked_quote
        from onrecord.store import open_store

        store = open_store(self.store_path)
        try:
            matcher, matches = Matcher(store), {}
            total = len(extraction.quotes)
            for i, quote in enumerate(extraction.quotes):
                if self.isInterruptionRequested():
                    return None
                self.progress.emit(f"Matching quote {i + 1} of {total}…", i, total)
                judged = checked_quote(quote, overrides.get(quote.key), extraction.people)
                matches[quote.key] = check_quote(matcher, judged, self.article.date).matches
            self.store_stats.emit(store.stats())
            return matches
        finally:
            store.close()


class ReadWorker(QThread):
    """Reads an article file off the GUI thread (a large .docx or text takes a second)."""

    read = Signal(object)  # Article
    failed = Signal(str)

    def __init__(self, path, parent=None):
        super().__init__(parent)
        self.path = path

    def run(self) -> None:
        from onrecord.articles import read_article

        try:
            self.read.emit(read_article(self.path))
        except OnRecordError as exc:
            self.failed.emit(str(exc))
        except Exception as exc:  # a bug must not kill the window: say so and log it
            log.exception("reading the article failed")
            self.failed.emit(f"Could not read {self.path}: {exc}")


class StoreStatsWorker(QThread):
    """Opens the store once in the background (sqlite-utils takes ~0.4 s to import)."""

    stats = Signal(dict)
    failed = Signal(str)
    damaged = Signal(str)  # the file is damaged: the window offers its backup

    def __init__(self, store_path, parent=None):
        super().__init__(parent)
        self.store_path = store_path

    def run(self) -> None:
        from onrecord.store import open_store

        try:
            store = open_store(self.store_path)
            try:
                self.stats.emit(store.stats())
            finally:
                store.close()
        except StoreDamaged as exc:
            self.failed.emit(str(exc))
            self.damaged.emit(str(exc))
        except OnRecordError as exc:
            self.failed.emit(str(exc))


class ModelWarmUp(QThread):
    """Loads the language model while the editor picks an article."""

    ready = Signal()
    failed = Signal(str)

    def run(self) -> None:
        try:
            shared_extractor()
        except Exception as exc:  # the load is tried again, and reported, when an article opens
            log.warning("could not load the language model: %s", exc)
            self.failed.emit(str(exc))
            return
        self.ready.emit()
