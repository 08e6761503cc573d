"""Every colour of the window, light and dark, and the QPalette standard widgets take.

Widgets never hold colour literals: they ask `colors()` for the current scheme and
onrecord.verdicts for the mark, word and colour role of each state, so meaning survives
without colour. The window's frame is painted in these colours: this module is imported
before the first paint, so it imports as little as it can (no dataclasses, no verdicts).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from onrecord.verdicts import Term


class Scheme(NamedTuple):
    dark: bool
    window: str
    paper: str  # the article page
    ink: str  # body text
    muted: str  # secondary text
    faint: str  # what cannot be used now (greyed commands)
    rule: str  # hairlines, card borders
    card: str
    card_selected: str
    focus: str  # focus ring, selection rule
    green: str
    amber: str
    blue: str
    red: str
    grey: str
    mention: str  # speaker mentions of the selected quote

    def of(self, mark: Term) -> QColor:  # its `color` names a field
        return QColor(getattr(self, mark.color))

    def tint(self, name: str, alpha: int) -> QColor:
        c = QColor(getattr(self, name))
        c.setAlpha(alpha)
        return c


LIGHT = Scheme(
    dark=False,
    window="#f4f2ee",
    paper="#fffdf9",
    ink="#23211e",
    muted="#6f6a62",
    faint="#aba69d",
    rule="#dcd7cf",
    card="#ffffff",
    card_selected="#eef3fb",
    focus="#2f6fca",
    green="#2e7d4f",
    amber="#a86a00",
    blue="#2f63b5",
    red="#b3362d",
    grey="#7a7670",
    mention="#7a4fb0",
)
DARK = Scheme(
    dark=True,
    window="#1f1e1c",
    paper="#262523",
    ink="#e8e4dc",
    muted="#a39d92",
    faint="#66625b",
    rule="#3d3b37",
    card="#2c2b28",
    card_selected="#2d3a4d",
    focus="#6fa3ef",
    green="#6cc28f",
    amber="#e0a940",
    blue="#79a6ee",
    red="#ef7b70",
    grey="#a19c94",
    mention="#b894e6",
)

_forced: str | None = None  # "light" | "dark" | None (follow the system)
# Whether the platform's own palette is dark, read before the window's palette replaces it
# (where the platform does not say its colour scheme, the app's palette is all there is).
_platform_dark: bool | None = None


def set_theme(name: str | None) -> None:
    global _forced
    _forced = name if name in ("light", "dark") else None


def system_is_dark(ask_system: bool = True) -> bool:
    """The system's colour scheme, else its palette's. `ask_system=False` judges by the
    palette only: asking the scheme builds Qt's enum namespace (too slow for the frame)."""
    app = QGuiApplication.instance()
    if app is None:
        return False
    if ask_system:
        from PySide6.QtCore import Qt

        scheme = app.styleHints().colorScheme()
        if scheme != Qt.ColorScheme.Unknown:
            return scheme == Qt.ColorScheme.Dark
    global _platform_dark
    if _platform_dark is None:
        _platform_dark = app.palette().color(QPalette.ColorRole.Window).lightness() < 128
    return _platform_dark


def colors(ask_system: bool = True) -> Scheme:
    if _forced:
        return DARK if _forced == "dark" else LIGHT
    return DARK if system_is_dark(ask_system) else LIGHT


def qpalette(s: Scheme) -> QPalette:
    pal = QPalette()
    role = QPalette.ColorRole
    for r, value in [
        (role.Window, s.window),
        (role.Base, s.paper),
        (role.AlternateBase, s.card),
        (role.Text, s.ink),
        (role.WindowText, s.ink),
        (role.Button, s.card),
        (role.ButtonText, s.ink),
        (role.ToolTipBase, s.card),
        (role.ToolTipText, s.ink),
        (role.Highlight, s.focus),
        (role.HighlightedText, s.paper),
        (role.PlaceholderText, s.muted),
        (role.Mid, s.rule),
        (role.Link, s.blue),
    ]:
        pal.setColor(r, QColor(value))
    for r in (role.Text, role.WindowText, role.ButtonText):  # greyed: commands that do not apply
        pal.setColor(QPalette.ColorGroup.Disabled, r, QColor(s.faint))
    return pal


def apply_palette(s: Scheme) -> None:
    system_is_dark(ask_system=False)  # the platform's palette is read before it is replaced
    QApplication.instance().setPalette(qpalette(s))
