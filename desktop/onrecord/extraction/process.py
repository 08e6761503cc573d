"""A persistent extraction process: the window starts it at its first paint, so that spaCy
and its model load on the other core while the window builds its panes and reads the article
and the workspace (a thread would share one core with them through the GIL), then sends it
each article to extract. Started before the first paint instead, it slowed the paint by 1.5x
on a busy machine (bench/startup.py, load 7).

Started with "spawn", which is safe however many threads the caller runs and works in the
frozen app (`multiprocessing.freeze_support()` in the entry point). Should the process die,
extraction goes on in this process.
"""

from __future__ import annotations

import logging
import multiprocessing
import threading

from onrecord.errors import OnRecordError

log = logging.getLogger(__name__)


def _serve(conn) -> None:
    """The process's loop: load the model, say so, then extract each article sent."""
    from onrecord.extraction import Extractor

    extractor = Extractor()
    try:
        extractor.nlp  # noqa: B018 (loads the model)
    except OnRecordError as exc:
        conn.send(("error", str(exc)))
        return
    conn.send(("ready", None))
    while True:
        try:
            article = conn.recv()
        except (EOFError, OSError):  # the window has gone
            return
        try:
            conn.send(("ok", extractor.extract(article)))
        except OnRecordError as exc:
            conn.send(("error", str(exc)))
        except Exception as exc:  # a bug: told to the window, which logs it
            conn.send(("bug", f"{type(exc).__name__}: {exc}"))


class ExtractionProcess:
    """`extract(article)` from any thread, one at a time, in the process."""

    def __init__(self) -> None:
        context = multiprocessing.get_context("spawn")
        self._conn, child = context.Pipe()
        self._process = context.Process(
            target=_serve, args=(child,), daemon=True, name="onrecord-extraction"
        )
        self._process.start()
        child.close()
        self._lock = threading.Lock()
        self._ready = False
        self._local = None  # the in-process extractor, once the process has died
        self._closed = False

    def ready(self) -> bool:
        """Whether the model has loaded (without waiting for it)."""
        return self._ready or self._local is not None and self._local._nlp is not None

    def load(self) -> None:
        """Wait until the model has loaded; OnRecordError when it cannot."""
        with self._lock:
            self._load()

    def _load(self) -> None:
        if self._ready or self._local is not None:
            return
        try:
            status, message = self._conn.recv()
        except (EOFError, OSError):
            return self._fall_back()
        if status != "ready":
            raise OnRecordError(message)
        self._ready = True

    def extract(self, article):
        with self._lock:
            self._load()
            if self._local is None:
                try:
                    self._conn.send(article)
                    status, value = self._conn.recv()
                except (EOFError, OSError):
                    self._fall_back()
                else:
                    if status == "ok":
                        return value
                    raise OnRecordError(value) if status == "error" else RuntimeError(value)
        return self._local.extract(article)

    def _fall_back(self) -> None:
        from onrecord.extraction import Extractor

        if self._closed:
            raise OnRecordError("The extraction process was closed.")
        log.warning("the extraction process ended (exit %s): extracting here", self.exitcode)
        self._local = Extractor()
        self._local.nlp  # noqa: B018 (loads the model)

    @property
    def exitcode(self) -> int | None:
        return self._process.exitcode

    def close(self) -> None:
        """End the process now (a model half loaded cannot be waited for); a thread waiting
        for it gets an OnRecordError."""
        self._closed = True
        if self._process.is_alive():
            self._process.kill()


_shared: ExtractionProcess | None = None


def start_shared() -> ExtractionProcess:
    """The process's one extraction process, started on the first call."""
    global _shared
    if _shared is None:
        _shared = ExtractionProcess()
    return _shared


def close_shared() -> None:
    global _shared
    if _shared is not None:
        _shared.close()
        _shared = None
