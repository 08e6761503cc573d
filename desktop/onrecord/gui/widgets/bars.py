"""The filter bar over the quote list and the status bar under the window."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStatusBar,
    QVBoxLayout,
    QWidget,
)

from onrecord.gui.loader import ModelState
from onrecord.workspace.filters import FILTERS


class SearchBox(QLineEdit):
    """The quote search: Enter goes back to the quotes, Escape clears and goes back."""

    done = Signal()

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.clear()
            self.done.emit()
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.done.emit()
        else:
            super().keyPressEvent(event)


class FilterBar(QWidget):
    mode_changed = Signal(str)
    text_changed = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 8, 8, 4)
        outer.setSpacing(6)
        layout = QHBoxLayout()
        layout.setSpacing(6)
        outer.addLayout(layout)
        self.group = QButtonGroup(self)
        self.buttons = {}
        for mode, label in FILTERS.items():
            button = QPushButton(label, objectName="filter", checkable=True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _c=False, m=mode: self.set_mode(m))
            self.group.addButton(button)
            self.buttons[mode] = button
            layout.addWidget(button)
        layout.addStretch()
        self.search = SearchBox(objectName="search", placeholderText="Search quotes  Ctrl+F")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.text_changed)
        outer.addWidget(self.search)
        self.buttons["all"].setChecked(True)

    def set_mode(self, mode: str) -> None:
        self.buttons[mode].setChecked(True)
        self.mode_changed.emit(mode)


class StatusBar(QStatusBar):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSizeGripEnabled(False)
        self.hint = QLabel(objectName="hint")
        self.progress = QLabel()
        self.model = QLabel()
        self.store = QLabel()
        for label in (self.hint, self.progress, self.model, self.store):
            label.setTextFormat(Qt.TextFormat.PlainText)  # messages carry file names
        self.busy = QProgressBar()
        self.busy.setFixedWidth(120)
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.addWidget(self.hint, 1)
        for w in (self.busy, self.progress, self.model, self.store):
            self.addPermanentWidget(w)

    def show_model(self, state: ModelState) -> None:
        self.model.setText(state.value)

    def set_busy(self, done: int, total: int) -> None:
        self.busy.setVisible(True)
        self.busy.setRange(0, total)
        self.busy.setValue(done)

    def set_idle(self) -> None:
        self.busy.hide()
