"""Everyone quoted in the article, with affiliation and quote count; row 0 is "Everyone"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt

if TYPE_CHECKING:
    from onrecord.workspace import ReviewSession

NAME_ROLE = Qt.ItemDataRole.UserRole + 1


class PeopleModel(QAbstractListModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[tuple[str | None, str, int]] = []

    def set_session(self, session: ReviewSession | None) -> None:
        self.beginResetModel()
        self._rows = []
        if session is not None:
            counts = session.quote_counts()
            rows = []
            for name, n in counts.items():
                person = session.person(name)
                rows.append((name, (person.affiliation or "") if person else "", n))
            rows.sort(key=lambda r: (-r[2], r[0].casefold()))
            self._rows = [(None, "", len(session.quotes)), *rows]
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 (Qt signature)
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        name, affiliation, n = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            head = name or "Everyone"
            count = f"{n} quote" + ("" if n == 1 else "s")
            return f"{head}  ·  {count}" + (f"\n{affiliation}" if affiliation else "")
        if role == NAME_ROLE:
            return name
        return None
