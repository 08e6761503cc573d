"""The `?` overlay: every action and its keys, by menu, over the window; any key closes it."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from onrecord.gui.actions.registry import MENUS, REGISTRY, shortcut_text
from onrecord.gui.theme.palette import colors
from onrecord.verdicts import DECISIONS, SOURCE, STORE


def legend() -> str:
    """What the marks on the cards mean: the store's verdicts, then the editor's decisions."""
    s = colors()

    def marks(table: dict) -> str:
        return " &nbsp; ".join(
            f"<span style='color:{getattr(s, m.color)}'><b>{m.mark}</b></span> {escape(m.word)}"
            for m in table.values()
        )

    return (
        f"<h3>Marks</h3><p>Store: {marks(STORE)}<br>Review: {marks(DECISIONS)}<br>"
        f"Source document: {marks(SOURCE)}</p>"
    )


class HelpOverlay(QWidget):
    def __init__(self, parent, actions: dict, keymap_path: str):
        # `parent` is the main window: a child of its splitter would become a pane
        super().__init__(parent)
        self.setObjectName("help_overlay")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        s = colors()
        cols = []
        for menu in MENUS:
            rows = "".join(
                f"<tr><td style='padding-right:14px'><b>{escape(shortcut_text(actions[i]))}</b></td>"
                f"<td>{escape(spec.title)}</td></tr>"
                for i, spec in REGISTRY.items()
                if spec.menu == menu and shortcut_text(actions[i])
            )
            cols.append(
                f"<td valign=top style='padding:0 18px'><h3>{menu}</h3><table>{rows}</table></td>"
            )
        html = (
            f"<div style='color:{s.ink}'><h2>Keyboard shortcuts</h2><table><tr>{''.join(cols[:3])}</tr>"
            f"<tr>{''.join(cols[3:])}</tr></table>{legend()}<p style='color:{s.muted}'>Change "
            f"keys in {escape(keymap_path)} · press any key to close</p></div>"
        )
        self.label = QLabel(html)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setAutoFillBackground(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 36, 48, 36)
        layout.addWidget(self.label, alignment=Qt.AlignmentFlag.AlignCenter)

    def open_over(self, area) -> None:
        """Cover the widget `area` (a child of this overlay's parent window)."""
        self.setGeometry(area.geometry())
        self.show()
        self.raise_()
        self.setFocus()

    def paintEvent(self, event) -> None:
        s = colors()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        veil = QColor(s.window)
        veil.setAlpha(170)
        painter.fillRect(self.rect(), veil)
        painter.setPen(QColor(s.rule))
        painter.setBrush(QColor(s.card))
        painter.drawRoundedRect(self.label.geometry().adjusted(-28, -20, 28, 20), 10, 10)

    def event(self, event) -> bool:
        if event.type() == event.Type.ShortcutOverride:  # every key closes, none runs an action
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event) -> None:
        self.close()

    def mousePressEvent(self, event) -> None:
        self.close()
