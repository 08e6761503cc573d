"""Undoable changes: one QUndoCommand sets one field of one quote's review, or adds one quote
to the store."""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from onrecord.errors import OnRecordError
from onrecord.verdicts import STORE

_WORDS = {"decision": "review", "note": "note", "speaker": "speaker", "said_by": "said by"}


class SetReviewField(QUndoCommand):
    """Set `field` ("decision", "note", "speaker" or "said_by") of the quote `key`; undo
    restores it."""

    def __init__(self, reviewer, key: str, field: str, old, new):
        super().__init__(f"{_WORDS[field]} of quote {key}: {new or 'cleared'}")
        self.reviewer, self.key, self.field, self.old, self.new = reviewer, key, field, old, new

    def redo(self) -> None:
        if not self.reviewer.apply(self.key, self.field, self.new):
            self.setObsolete(True)  # not saved: the stack drops the command

    def undo(self) -> None:
        if not self.reviewer.apply(self.key, self.field, self.old):
            self.setObsolete(True)


class AddToStore(QUndoCommand):
    """Record `quote` (as reviewed) as an earlier statement; undo takes it out again. Aliases
    learned from a speaker correction stay: they are names of that person either way."""

    def __init__(self, win, quote):
        super().__init__(f"add quote {quote.key} to the store")
        self.win, self.quote, self.import_id = win, quote, None

    def redo(self) -> None:
        session, head = self.win.reviewer.session, self.quote.text[:50]
        try:
            store = self.win.loader.store()
            result = store.add_statements(
                [(1, session.statement_for(self.quote))], "review", "onrecord-gui"
            )
            if aliases := session.aliases_for(self.quote):
                store.add_aliases(*aliases)
        except OnRecordError as exc:
            self._tell(str(exc))
            self.setObsolete(True)
            return
        if not result.added:  # nothing changed, nothing to undo
            self._tell(f"Already in the store: “{head}…”")
            self.setObsolete(True)
            return
        self.import_id = result.id
        self._tell(f"Added to the store: “{head}…” — {self._now()} (Ctrl+Z takes it out)")

    def undo(self) -> None:
        try:
            self.win.loader.store().undo_import(self.import_id)
        except OnRecordError as exc:
            self._tell(str(exc))
            self.setObsolete(True)
            return
        self.win.reviewer.select_key(self.quote.key)
        self._tell(f"Taken out of the store again: “{self.quote.text[:50]}…” — {self._now()}")

    def _now(self) -> str:
        """The quote judged again against the store as it now is, and its new verdict."""
        reviewer = self.win.reviewer
        if not reviewer.recheck(self.quote.key):
            return "not checked again"
        mark = STORE.get(reviewer.session.verdict(self.quote.key), STORE["unknown"])
        return f"now {mark.mark} {mark.word}"

    def _tell(self, message: str) -> None:
        self.win.status.showMessage(message, 8000)
        self.win.loader.refresh_stats()
