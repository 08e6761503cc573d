"""Apply the palette: a QPalette for standard widgets and the stylesheet with its @names filled."""

from __future__ import annotations

import re
from dataclasses import fields

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from onrecord.gui.theme.palette import Scheme, colors, system_is_dark
from onrecord.resources import resource_path


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


def stylesheet(s: Scheme) -> str:
    text = resource_path("stylesheets", "app.qss").read_text(encoding="utf-8")
    values = {f.name: getattr(s, f.name) for f in fields(s) if isinstance(getattr(s, f.name), str)}
    return re.sub(r"@(\w+)", lambda m: values.get(m.group(1), m.group(0)), text)


def apply_palette(s: Scheme) -> None:
    system_is_dark(ask_system=False)  # the platform's palette is read before it is replaced
    QApplication.instance().setPalette(qpalette(s))


def apply_theme() -> Scheme:
    s = colors()
    apply_palette(s)
    QApplication.instance().setStyleSheet(stylesheet(s))
    return s
