"""Other editors' changes on the shared archive, shown as they are made: a thread follows the
archive's review notices and the window reads the changed quote's review again."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt, QThread, Signal

from onrecord.errors import OnRecordError

RETRY = 3.0  # seconds between tries to follow the archive again after it went away


class ReviewListener(QThread):
    """Emits `changed` (content_hash, path, quote_key, decided_by) for every review change
    committed on the archive, until `stop()`. A lost connection is said (`failed`) and tried
    again until the archive answers (`resumed`: changes made meanwhile were not heard)."""

    changed = Signal(dict)
    failed = Signal(str)
    resumed = Signal()

    def __init__(self, log, parent=None):
        super().__init__(parent)
        self.log, self._stop = log, threading.Event()

    def run(self) -> None:
        lost = False
        while not self._stop.is_set():
            try:
                for change in self.log.listen(
                    self._stop, ready=self.resumed.emit if lost else None
                ):
                    self.changed.emit(change)
            except Exception as exc:  # noqa: BLE001 - said, then tried again
                why = exc if isinstance(exc, OnRecordError) else f"{type(exc).__name__}: {exc}"
                self.failed.emit(f"Changes by other editors are not followed for now: {why}")
                lost = True
                self._stop.wait(RETRY)

    def stop(self) -> None:
        self._stop.set()


def catch_up(win) -> None:
    """Following the archive again: read the open article's review anew (changes made while
    it was away were not heard) and its statistics."""
    session = win.reviewer.session
    if session is not None:
        for quote in session.quotes:
            win.reviewer.state.reload(quote.key)
    win.loader.probe_store()


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
    if state() != before:
        from onrecord.review import credited

        who = credited(change["decided_by"], None) or "Another editor"
        win.status.showMessage(f"{who} changed the review of a quote", 10000)


def ask_about_conflict(reviewer, conflict, mine: dict) -> None:
    """A colleague changed the quote since this editor read it: theirs is shown, and a dialog
    says who, when and what, and offers to keep theirs (the default) or apply `mine` (field
    to value: the whole change, as one undoable step that Ctrl+Z takes back to theirs)."""
    from onrecord.gui.widgets.conflict_dialog import ConflictDialog, colleague, your_change

    win, key = reviewer.win, conflict.quote_key
    quote = reviewer.session.quotes[reviewer.model.row_of(key)]
    dialog = ConflictDialog(win, conflict, mine, quote.text)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    who, yours = colleague(conflict), your_change(mine)

    def apply_mine() -> None:
        stack, before = win.undo_stack, win.undo_stack.index()
        reviewer.change_many(key, mine)
        if stack.index() != before and not reviewer.refused:
            win.status.showMessage(f"Applied yours ({yours}) over {who}'s.", 15000)

    dialog.accepted.connect(apply_mine)
    dialog.rejected.connect(
        lambda: win.status.showMessage(
            f"Kept {who}'s review; yours ({yours}) was not applied.", 15000
        )
    )
    reviewer.select_key(key)
    dialog.open()
