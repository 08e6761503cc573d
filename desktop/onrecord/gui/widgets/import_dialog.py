"""The import's dialog: rows read as it goes, Cancel, then what was added, already there or
refused (with each refusal's reason)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QVBoxLayout,
)

SHOWN_REASONS = 200


def plural(n: int, word: str) -> str:
    return f"{n:,} {word}" + ("" if n == 1 else "s")


class ImportDialog(QDialog):
    cancel_requested = Signal()
    over = Signal()  # the import ended: added, cancelled or failed

    def __init__(self, parent, name: str):
        super().__init__(parent)
        self.setWindowTitle("Import into the store")
        self.setObjectName("import_dialog")
        self.name = name
        self.heading = QLabel(f"Importing {name}…")
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)  # file names may hold markup
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)  # rows are counted as read: no total to measure against
        self.count = QLabel("Reading…")
        self.reasons = QPlainTextEdit(readOnly=True)
        self.reasons.setObjectName("import_refusals")
        self.reasons.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.rejected.connect(self._cancel)
        layout = QVBoxLayout(self)
        for widget in (self.heading, self.bar, self.count, self.reasons, self.buttons):
            layout.addWidget(widget)
        self.setMinimumWidth(480)
        self.ended = False

    def _cancel(self) -> None:
        """Cancel while importing (nothing is kept); Close once it is over."""
        if self.ended:
            self.accept()
            return
        self.count.setText("Cancelling…")
        self.cancel_requested.emit()

    def reject(self) -> None:  # Escape: the same as the button
        self._cancel()

    def show_progress(self, rows: int) -> None:
        self.count.setText(f"{plural(rows, 'row')} read")

    def _over(self, heading: str, detail: str) -> None:
        self.ended = True
        self.bar.hide()
        self.heading.setText(heading)
        self.count.setText(detail)
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setFocus()
        self.over.emit()

    def show_result(self, result) -> None:
        refused = len(result.rejected)
        if refused:
            lines = [f"row {n}: {reason}" for n, reason in result.rejected[:SHOWN_REASONS]]
            if refused > SHOWN_REASONS:
                lines.append(f"… and {refused - SHOWN_REASONS:,} more (onrecord store imports)")
            self.reasons.setPlainText("Refused:\n" + "\n".join(lines))
            self.reasons.show()
        self._over(
            f"Imported {self.name} ({result.format})",
            f"{result.added:,} added · {result.duplicates:,} already in the store · "
            f"{refused:,} refused ({plural(result.rows, 'row')} read)",
        )

    def show_cancelled(self) -> None:
        self._over(f"Import of {self.name} cancelled", "Nothing of it was kept.")

    def show_failure(self, message: str) -> None:
        self._over(f"Could not import {self.name}", message)
