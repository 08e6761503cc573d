"""Preferences: who reviews on this desk. The editor's name goes into each decision, the name
and the organisation into exports meant for publication (nothing comes from the OS account)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit

NOTE = (
    "Your name is recorded with each decision you make and, with the organisation, "
    "names the reviewer in exported reports (ClaimReview's author)."
)


class PreferencesDialog(QDialog):
    def __init__(self, parent, editor: str | None, organisation: str | None):
        super().__init__(parent)
        self.setWindowTitle("Preferences")
        self.setObjectName("preferences")
        self.editor = QLineEdit(editor or "", placeholderText="e.g. Ana Ruiz")
        self.organisation = QLineEdit(organisation or "", placeholderText="e.g. The Daily")
        note = QLabel(NOTE, wordWrap=True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow("Editor name", self.editor)
        form.addRow("Organisation", self.organisation)
        form.addRow(note)
        form.addRow(buttons)
        self.setMinimumWidth(440)

    def values(self) -> tuple[str, str]:
        return self.editor.text().strip(), self.organisation.text().strip()
