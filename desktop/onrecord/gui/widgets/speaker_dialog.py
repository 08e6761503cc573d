"""The speaker key's dialog: which of two acts the editor means, and the name.

"OnRecord misread the article" replaces the extracted speaker (the verdict is judged for the
corrected credit); "the article credits the wrong person" keeps the article's credit under
review and records who really said the words beside it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
)

MISREAD, WRONG_CREDIT = "misread", "wrong_credit"
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class SpeakerDialog(QDialog):
    """`names`: {act: the name to start from}; `act`: the act chosen at first. Alt+M and Alt+W
    (or Up and Down) choose the act, Enter saves, also with name suggestions open."""

    def __init__(self, parent, quote_text: str, credit: str, names: dict, act: str, choices=()):
        super().__init__(parent)
        self.setWindowTitle("Speaker")
        self.setObjectName("speaker_dialog")
        self._names = names
        self.misread = QRadioButton(f"OnRecord &misread the article (it does not credit {credit})")
        self.wrong = QRadioButton(
            f"The article credits the &wrong person ({credit} did not say it)"
        )
        self.group = QButtonGroup(self)
        for button in (self.misread, self.wrong):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys go to the name
            self.group.addButton(button)
        self.edit = QLineEdit()
        if choices:
            completer = QCompleter(list(choices), self)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            self.edit.setCompleter(completer)
            completer.popup().installEventFilter(self)
        self.edit.installEventFilter(self)
        self.label = QLabel()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        self.prompt = QLabel(f"“{quote_text[:90].strip()}…” is credited to {credit}. Which is it?")
        self.prompt.setWordWrap(True)
        self.prompt.setTextFormat(Qt.TextFormat.PlainText)  # quotes and names may hold markup
        layout.addWidget(self.prompt)
        layout.addWidget(self.misread)
        layout.addWidget(self.wrong)
        layout.addWidget(self.label)
        layout.addWidget(self.edit)
        hint = QLabel("Alt+M / Alt+W or ↑ ↓ choose · Enter saves · Esc cancels")
        hint.setObjectName("hint")
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.misread.toggled.connect(self._on_act)
        (self.wrong if act == WRONG_CREDIT else self.misread).setChecked(True)
        self._on_act()
        self.setMinimumWidth(520)

    def act(self) -> str:
        return WRONG_CREDIT if self.wrong.isChecked() else MISREAD

    def value(self) -> str:
        return self.edit.text().strip()

    def _on_act(self, *_args) -> None:
        """Relabel the name; a name left as the other act offered it is swapped for this one's."""
        act = self.act()
        self.label.setText(
            "Who does the article credit?" if act == MISREAD else "Who really said it?"
        )
        if self.value() in ("", *self._names.values()):
            self.edit.setText(self._names.get(act, ""))
            self.edit.selectAll()

    def eventFilter(self, watched, event) -> bool:
        if event.type() != QEvent.Type.KeyPress:
            return False
        popup = self.edit.completer() and self.edit.completer().popup()
        if event.key() in _ENTER and watched is popup:  # take the suggestion and save at once
            current = popup.currentIndex()
            if current.isValid():
                self.edit.setText(current.data())
            popup.hide()
            self.accept()
            return True
        arrows = (Qt.Key.Key_Up, Qt.Key.Key_Down)
        if watched is self.edit and event.key() in arrows and not (popup and popup.isVisible()):
            (self.wrong if self.misread.isChecked() else self.misread).setChecked(True)
            return True
        return False
