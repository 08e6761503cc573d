"""Undoable review changes: one QUndoCommand sets one field of one quote's review."""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

_WORDS = {"decision": "review", "note": "note", "speaker": "speaker"}


class SetReviewField(QUndoCommand):
    """Set `field` ("decision", "note" or "speaker") of the quote `key`; undo restores it."""

    def __init__(self, reviewer, key: str, field: str, old, new):
        super().__init__(f"{_WORDS[field]} of quote {key}: {new or 'cleared'}")
        self.reviewer, self.key, self.field, self.old, self.new = reviewer, key, field, old, new

    def redo(self) -> None:
        if not self.reviewer.apply(self.key, self.field, self.new):
            self.setObsolete(True)  # not saved: the stack drops the command

    def undo(self) -> None:
        if not self.reviewer.apply(self.key, self.field, self.old):
            self.setObsolete(True)
