"""Other editors' changes on the shared archive, shown as they are made: a thread follows the
archive's review notices and the window reads the changed quote's review again."""

from __future__ import annotations

import threading

from PySide6.QtCore import QThread, Signal

from onrecord.errors import OnRecordError


class ReviewListener(QThread):
    """Emits `changed` (content_hash, path, quote_key, decided_by) for every review change
    committed on the archive, until `stop()`."""

    changed = Signal(dict)
    failed = Signal(str)

    def __init__(self, log, parent=None):
        super().__init__(parent)
        self.log, self._stop = log, threading.Event()

    def run(self) -> None:
        try:
            for change in self.log.listen(self._stop):
                self.changed.emit(change)
        except OnRecordError as exc:
            self.failed.emit(f"Changes by other editors are not followed: {exc}")
        except Exception as exc:  # the connection went: say so, the window carries on
            self.failed.emit(f"Changes by other editors are not followed any more: {exc}")

    def stop(self) -> None:
        self._stop.set()


def show_change(win, change: dict) -> None:
    """Another editor's change to the open article: read the quote again and say who."""
    session = win.reviewer.session
    if session is None or (session.review.content_hash, session.review.path) != (
        change["content_hash"],
        change["path"],
    ):
        return
    key = change["quote_key"]
    state = lambda: (session.decision(key), session.note(key), session.speaker_override(key))  # noqa: E731
    before = state()
    win.reviewer.state.reload(key)
    if state() != before:  # not our own change
        from onrecord.review import credited

        who = credited(change["decided_by"], None) or "Another editor"  # not our own change
        win.status.showMessage(f"{who} changed the review of a quote", 10000)
