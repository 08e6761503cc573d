"""The command palette (Ctrl+K): fuzzy search over every action by name, with its keys."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHeaderView,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)
from rapidfuzz import fuzz, process, utils

from onrecord.gui.actions.registry import shortcut_text


def _score(query: str, title: str, **_kwargs) -> float:
    """Fuzzy fit, with a bonus when the title (or one of its words) starts with the query."""
    score = fuzz.WRatio(query, title)
    if title.startswith(query):
        score += 15
    elif any(word.startswith(query) for word in title.split()):
        score += 5
    return score


def rank(query: str, titles: dict[str, str], limit: int = 30) -> list[str]:
    """Action ids whose titles fit `query` best (all, in menu order, for an empty query)."""
    query = utils.default_process(query)
    if not query:
        return list(titles)
    hits = process.extract(query, titles, scorer=_score, processor=utils.default_process,
                           limit=limit, score_cutoff=50)  # fmt: skip
    return [key for _title, _score, key in hits]


class CommandPalette(QDialog):
    def __init__(self, actions: dict, parent=None):
        super().__init__(parent)
        self.setObjectName("palette")
        self.setWindowTitle("Command palette")
        self.actions = actions  # those that do not apply now are listed greyed
        self.titles = {k: a.text().replace("&", "") for k, a in self.actions.items()}
        # searched: the title, then the words of the id ("view.zoom_in" -> "zoom in")
        self.searchable = {
            k: f"{t} · {k.split('.')[-1].replace('_', ' ')}" for k, t in self.titles.items()
        }
        self.search = QLineEdit(placeholderText="Type a command…")
        self.list = QTreeWidget(columnCount=2, headerHidden=True, rootIsDecorated=False)
        self.list.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.list.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.list)
        self.resize(520, 380)
        self.search.textChanged.connect(self._refill)
        self.search.returnPressed.connect(self.run_current)
        self.list.itemActivated.connect(lambda _item, _col: self.run_current())
        self.search.installEventFilter(self)
        self._refill("")

    def _refill(self, text: str) -> None:
        self.list.clear()
        muted = self.palette().placeholderText()
        first = None
        for key in rank(text, self.searchable):
            item = QTreeWidgetItem([self.titles[key], shortcut_text(self.actions[key])])
            item.setData(0, Qt.ItemDataRole.UserRole, key)
            item.setForeground(1, muted)
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if not self.actions[key].isEnabled():
                item.setDisabled(True)
            elif first is None:
                first = item
            self.list.addTopLevelItem(item)
        if first is not None:
            self.list.setCurrentItem(first)

    def eventFilter(self, obj, event) -> bool:
        if event.type() == event.Type.KeyPress and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            step = self.list.itemBelow if event.key() == Qt.Key.Key_Down else self.list.itemAbove
            item = self.list.currentItem()
            while item is not None and (item := step(item)) is not None and item.isDisabled():
                pass  # greyed commands are passed over
            if item is not None:
                self.list.setCurrentItem(item)
            return True
        return super().eventFilter(obj, event)

    def run_current(self) -> None:
        item = self.list.currentItem()
        if item is not None and item.isDisabled():
            return
        self.accept()
        if item is not None:
            self.actions[item.data(0, Qt.ItemDataRole.UserRole)].trigger()
