"""The stylesheet, its @names filled from the current scheme, applied with the palette."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QApplication

from onrecord.gui.theme.palette import Scheme, apply_palette, colors
from onrecord.resources import resource_path


def stylesheet(s: Scheme) -> str:
    text = resource_path("stylesheets", "app.qss").read_text(encoding="utf-8")
    values = {name: value for name, value in s._asdict().items() if isinstance(value, str)}
    return re.sub(r"@(\w+)", lambda m: values.get(m.group(1), m.group(0)), text)


def apply_theme(ask_system: bool = True) -> Scheme:
    """The palette and stylesheet of the current scheme (`ask_system`: see `colors`)."""
    s = colors(ask_system)
    apply_palette(s)
    QApplication.instance().setStyleSheet(stylesheet(s))
    return s
