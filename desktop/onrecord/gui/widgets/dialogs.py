"""Small editors the review keys open: speaker (with a completer), note, store search."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QVBoxLayout,
)


class LineDialog(QDialog):
    """One line of text with a prompt; Enter saves, Escape cancels."""

    def __init__(self, parent, title: str, prompt: str, text: str = "", names=()):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("line_dialog")
        self.edit = QLineEdit(text)
        self.edit.selectAll()
        if names:
            completer = QCompleter(list(names), self)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            self.edit.setCompleter(completer)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.prompt = QLabel(prompt, wordWrap=True)
        self.prompt.setTextFormat(Qt.TextFormat.PlainText)  # it quotes the article
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addWidget(self.edit)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def value(self) -> str:
        return self.edit.text().strip()


class StoreSearchDialog(QDialog):
    """Search the store of earlier statements as you type."""

    def __init__(self, parent, search):
        super().__init__(parent)
        self.setWindowTitle("Search the store")
        self.setObjectName("store_search")
        self._search = search  # text -> list of (title, detail)
        self.edit = QLineEdit(placeholderText="Words, a speaker's name…")
        self.results = QListWidget()
        self.results.setWordWrap(True)
        self.status = QLabel("")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        for w in (self.edit, self.results, self.status):
            layout.addWidget(w)
        self.resize(640, 440)
        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self.refresh)
        self.edit.textChanged.connect(lambda _t: self._timer.start())

    def refresh(self) -> None:
        self.results.clear()
        text = self.edit.text().strip()
        if not text:
            self.status.setText("")
            return
        rows = self._search(text)
        for line in rows:
            self.results.addItem(line)
        n = len(rows)
        found = f"{n} statement{'' if n == 1 else 's'}"
        self.status.setText(found if rows else "Nothing in the store matches.")
