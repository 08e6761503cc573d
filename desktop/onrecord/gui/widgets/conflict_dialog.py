"""A colleague changed the quote's review on the shared archive since this editor read it:
who, when, their review and this editor's change, and the choice between them. Enter (and
Escape) keep theirs, the safe default; Tab then Enter, or Alt+A, applies this editor's."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout

from onrecord.errors import ReviewConflict
from onrecord.review import credited

_FIELDS = {"decision": "", "note": "note: ", "speaker": "speaker: ", "said_by": "said by: "}


def describe(field: str, value) -> str:
    """One field of a review as the dialog words it."""
    return f"{_FIELDS[field]}{value}" if value else f"no {field.replace('_', ' ')}"


def their_review(conflict: ReviewConflict, fields) -> str:
    """The fields being changed first, then whatever else they left on the quote."""
    others = [describe(f, v) for f, v in conflict.theirs.items() if v and f not in fields]
    return " · ".join([*(describe(f, conflict.theirs.get(f)) for f in fields), *others])


def your_change(mine: dict) -> str:
    return " · ".join(describe(f, v) for f, v in mine.items())


def colleague(conflict: ReviewConflict) -> str:
    """Who changed it, as decisions are credited (never a login name)."""
    return credited(conflict.by, None) or "Another editor"


def _plain(text: str, name: str) -> QLabel:
    label = QLabel(text, wordWrap=True, objectName=name)
    label.setTextFormat(Qt.TextFormat.PlainText)  # names, notes and quotes may hold markup
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class ConflictDialog(QDialog):
    """Accepted: apply mine; rejected (Enter, Escape, closed): keep theirs."""

    def __init__(self, parent, conflict: ReviewConflict, mine: dict, quote_text: str):
        """`mine`: this editor's change, field to value (one act: all of it, or none)."""
        super().__init__(parent)
        self.setWindowTitle("Changed by a colleague")
        self.setObjectName("conflict_dialog")
        self.conflict, self.mine, who = conflict, mine, colleague(conflict)
        when = ReviewConflict.when(conflict.at)
        heading = _plain(
            f"{who} changed this quote's review at {when} UTC, after you had read it.",
            "conflict_heading",
        )
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        words = " ".join(quote_text.split())
        quote = _plain(f"“{words[:140]}{'…' if len(words) > 140 else ''}”", "conflict_quote")
        form = QFormLayout()
        self.theirs_label = _plain(their_review(conflict, mine), "conflict_theirs")
        self.mine_label = _plain(your_change(mine), "conflict_mine")
        form.addRow(_plain(f"{who}:", "conflict_by"), self.theirs_label)
        form.addRow(QLabel("You:"), self.mine_label)
        buttons = QDialogButtonBox()
        self.keep = buttons.addButton("&Keep theirs", QDialogButtonBox.ButtonRole.RejectRole)
        self.apply = buttons.addButton("&Apply mine", QDialogButtonBox.ButtonRole.AcceptRole)
        self.keep.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        note = _plain(
            "Theirs is shown now. Applying yours replaces it; Ctrl+Z gives theirs back.",
            "conflict_help",
        )
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        for part in (heading, quote):
            layout.addWidget(part)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.setFixedWidth(520)
        self.setFixedHeight(layout.totalHeightForWidth(520))  # as tall as its wrapped text
        self.keep.setFocus()
