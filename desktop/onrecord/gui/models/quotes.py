"""The quote list: one row per quote of the session, and the filter in front of it."""

from __future__ import annotations

from enum import IntEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractListModel, QModelIndex, QSortFilterProxyModel, Qt

if TYPE_CHECKING:
    from onrecord.workspace import ReviewSession


class Role(IntEnum):
    QUOTE = Qt.ItemDataRole.UserRole + 1
    SPEAKER = Qt.ItemDataRole.UserRole + 2
    VERDICT = Qt.ItemDataRole.UserRole + 3
    DECISION = Qt.ItemDataRole.UserRole + 4
    NOTE = Qt.ItemDataRole.UserRole + 5
    UNSURE = Qt.ItemDataRole.UserRole + 6
    CAPTION = Qt.ItemDataRole.UserRole + 7
    SEVERITY = Qt.ItemDataRole.UserRole + 8
    SAID_BY = Qt.ItemDataRole.UserRole + 9


class QuoteModel(QAbstractListModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.session: ReviewSession | None = None

    def set_session(self, session: ReviewSession | None) -> None:
        self.beginResetModel()
        self.session = session
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 (Qt signature)
        if parent.isValid() or self.session is None:
            return 0
        return len(self.session.quotes)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.session is None:
            return None
        quote = self.session.quotes[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return quote.text
        if role == Role.QUOTE:
            return quote
        if role == Role.SPEAKER:
            return self.session.speaker(quote)
        if role == Role.VERDICT:
            return self.session.verdict(quote.key)
        if role == Role.DECISION:
            return self.session.decision(quote.key)
        if role == Role.NOTE:
            return self.session.note(quote.key)
        if role == Role.UNSURE:
            return self.session.unsure(quote)
        if role == Role.CAPTION:
            return self.session.caption(quote)
        if role == Role.SEVERITY:
            return self.session.severity(quote)
        if role == Role.SAID_BY:
            return self.session.said_by(quote.key)
        return None

    def row_of(self, key: str) -> int:
        keys = [q.key for q in self.session.quotes] if self.session else []
        return keys.index(key) if key in keys else -1

    def quote_changed(self, key: str) -> None:
        row = self.row_of(key)
        if row >= 0:
            ix = self.index(row)
            self.dataChanged.emit(ix, ix)


class QuoteFilter(QSortFilterProxyModel):
    """Shows the quotes the session says match the chosen filter, person and search text, and
    the selected one (`held`) until the editor moves on, also once it stops matching."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.mode, self.person, self.text = "all", None, ""
        self.held: str | None = None

    def hold(self, key: str | None) -> None:
        """Keep `key` listed; the card held before goes if it no longer matches."""
        before, self.held = self.held, key
        session = self.sourceModel().session
        quote = next((q for q in session.quotes if q.key == before), None) if session else None
        if quote is not None and before != key and not self._matches(quote):
            self.set_filter()

    def empty_message(self) -> str:
        session = self.sourceModel().session
        return session.empty_message(self.mode, self.person, self.text) if session else ""

    def _matches(self, quote) -> bool:
        return self.sourceModel().session.shows(quote, self.mode, self.person, self.text)

    def set_filter(self, mode=None, person=..., text=None) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.10+; invalidateFilter() before
            self.beginFilterChange()
        if mode is not None:
            self.mode = mode
        if person is not ...:
            self.person = person
        if text is not None:
            self.text = text
        if hasattr(self, "endFilterChange"):
            self.endFilterChange()
        else:
            self.invalidateFilter()

    def filterAcceptsRow(self, row: int, parent) -> bool:
        session = self.sourceModel().session
        if session is None:
            return False
        quote = session.quotes[row]
        return quote.key == self.held or self._matches(quote)
