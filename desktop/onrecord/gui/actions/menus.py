"""Menus and toolbar, filled from the registry (each action with its keys shown)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import Qt
from PySide6.QtWidgets import QMenu

from onrecord.gui.actions.registry import MENUS, REGISTRY

TOOLBAR = (
    "file.open",
    "file.paste",
    None,
    "review.verify",
    "review.flag",
    "review.dismiss",
    None,
    "store.add",
    "store.search",
    None,
    "edit.palette",
)
_SEPARATE_BEFORE = {
    "file.attach_source",
    "file.quit",
    "edit.find",
    "edit.preferences",
    "review.verify",
    "review.speaker",
    "review.auto_advance",
    "view.filter_all",
    "view.zoom_in",
    "view.theme",
}


def build_menus(window) -> QMenu:
    """Fill the frame's menus and toolbar (`frame`); returns the File > Open Recent menu."""
    recent = QMenu("Open &Recent", window)
    recent.aboutToShow.connect(lambda: fill_recent(window, recent))
    for name in MENUS:
        menu = window.menus[name]
        for spec in REGISTRY.values():
            if spec.menu != name:
                continue
            if spec.id in _SEPARATE_BEFORE:
                menu.addSeparator()
            menu.addAction(window.actions[spec.id])
            if spec.id == "file.paste":
                menu.addMenu(recent)
    toolbar = window.toolbar
    toolbar.clear()  # the frame's stand-in
    for action_id in TOOLBAR:
        if action_id is None:
            toolbar.addSeparator()
        else:
            toolbar.addAction(window.actions[action_id])
    return recent


def fill_recent(window, menu: QMenu) -> None:
    menu.clear()
    paths = window.settings.recent_files()
    for path in paths:  # names shown as text: "&" is no shortcut, markup no markup
        act = menu.addAction(Path(path).name.replace("&", "&&"))
        act.setData(path)
        act.setToolTip(Qt.convertFromPlainText(path))
        act.triggered.connect(lambda _=False, p=path: window.loader.open_path(p))
    if not paths:
        menu.addAction("No recent articles").setEnabled(False)
