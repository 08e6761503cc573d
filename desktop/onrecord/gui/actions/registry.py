"""The one action registry: every command the window offers, declared once.

`@action(...)` registers a handler `fn(window)` with its id, title and menu. The
registry feeds the menus, the toolbar (ids listed in `menus.TOOLBAR`), the command palette, the `?` overlay and the
keymap (default keys in resources/keymap.json, keyed by action id).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtGui import QAction, QKeySequence

MENUS = ("File", "Edit", "Review", "Store", "View", "Help")


@dataclass(frozen=True)
class ActionSpec:
    id: str
    title: str
    menu: str
    handler: Callable
    checkable: bool = False
    help: str = ""


REGISTRY: dict[str, ActionSpec] = {}


def action(id: str, title: str, menu: str, *, checkable=False, help=""):
    if menu not in MENUS:
        raise ValueError(f"unknown menu {menu!r}")

    def register(fn: Callable) -> Callable:
        if id in REGISTRY:
            raise ValueError(f"action {id!r} registered twice")
        REGISTRY[id] = ActionSpec(id, title, menu, fn, checkable, help or title)
        return fn

    return register


def build_actions(window, keymap: dict[str, list[str]]) -> dict[str, QAction]:
    """One QAction per registered action, with its keys, added to `window` so keys work."""
    actions = {}
    for spec in REGISTRY.values():
        act = QAction(spec.title, window)
        act.setObjectName(spec.id)
        act.setShortcuts([QKeySequence(k) for k in keymap.get(spec.id, [])])
        act.setStatusTip(spec.help)
        keys = shortcut_text(act)
        act.setToolTip(f"{spec.help} ({keys})" if keys else spec.help)
        act.setCheckable(spec.checkable)
        act.triggered.connect(lambda _=False, s=spec: s.handler(window))
        window.addAction(act)
        actions[spec.id] = act
    return actions


def shortcut_text(act: QAction) -> str:
    keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in act.shortcuts()]
    return " / ".join(k for k in keys if k)
