"""The two faces: a serif for the article (DejaVu Serif on Linux) and the system sans for chrome."""

from __future__ import annotations

import functools

from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics
from PySide6.QtWidgets import QApplication

BASE_SERIF_PT = 12.5
ZOOM_STEP = 1.0  # points per zoom step
_SERIFS = ("DejaVu Serif", "Georgia", "Cambria", "Times New Roman")


@functools.cache  # the installed families do not change while the app runs
def _serif_family() -> str:
    available = set(QFontDatabase.families())
    return next((f for f in _SERIFS if f in available), "serif")


def serif(zoom: int = 0, scale: float = 1.0, bold: bool = False) -> QFont:
    font = QFont(_serif_family())
    font.setStyleHint(QFont.StyleHint.Serif)
    font.setPointSizeF(max(7.0, (BASE_SERIF_PT + zoom * ZOOM_STEP) * scale))
    font.setBold(bold)
    return font


def serif_metrics(zoom: int = 0) -> QFontMetrics:
    return QFontMetrics(serif(zoom))


def ui(zoom: int = 0, scale: float = 1.0, bold: bool = False) -> QFont:
    font = QFont(QApplication.font())
    font.setPointSizeF(max(7.0, (font.pointSizeF() + zoom * ZOOM_STEP * 0.5) * scale))
    font.setBold(bold)
    return font
