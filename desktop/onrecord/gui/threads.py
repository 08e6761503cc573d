"""The worker threads' base (a worker's errors become a message; it is deleted once ended)
and the reading worker. Apart from the loading workers (`worker`): the window's first paint
shows the article this one reads, and imports only this module of them.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QThread, Signal

from onrecord.errors import OnRecordError

log = logging.getLogger(__name__)


def delete_when_ended(thread: QThread) -> None:
    """Delete `thread` once it has ended, behind every call of its `finished`. The thread
    queues `finished` to its listeners one after another, and PySide drops a call to a Python
    function queued from a sender deleted since: `finished` -> `deleteLater` could delete it
    between two and lose the later listeners (a test's waitSignal missed it 1 run in 100).
    Once `wait()` returns, all are queued, so the deletion comes after them."""
    thread.finished.connect(lambda: (thread.wait(), thread.deleteLater()))


class Worker(QThread):
    """A thread whose errors become a message: an OnRecordError as it is, a bug logged."""

    failed = Signal(str)
    what = "work"  # for the message of a bug: "Could not <what>: …"

    def run(self) -> None:
        try:
            self.work()
        except OnRecordError as exc:
            self.failed.emit(str(exc))
        except Exception as exc:
            if self.isInterruptionRequested():  # cancelled: its workspace may be closed under it
                return
            log.exception("could not %s", self.what)
            self.failed.emit(f"Could not {self.what}: {exc}")

    def work(self) -> None:
        raise NotImplementedError


class ReadWorker(Worker):
    """Reads an article (or, with `source=True`, a source document such as a PDF) off the
    GUI thread: a large .docx or a crafted PDF takes seconds."""

    read = Signal(object)  # Article or SourceDocument

    def __init__(self, path, parent=None, source=False):
        super().__init__(parent)
        self.path, self.source = path, source
        self.what = f"read {path}"

    def work(self) -> None:
        if self.source:
            from onrecord.sources import read_source as read
        else:
            from onrecord.articles import read_article as read
        self.read.emit(read(self.path))
