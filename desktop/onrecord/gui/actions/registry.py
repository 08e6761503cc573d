"""The one action registry: every command the window offers, declared once.

`@action(...)` registers a handler with its id, title, menu and when it applies (`when`, a
context key of `context.KEYS`: the action is disabled, and greyed in the menus, toolbar and
palette, while the key is false). A handler names what it acts on by its parameters
("reviewer", "quote", "session", …; see `context.providers`) and gets just that. The
registry feeds the menus, the toolbar (ids listed in `menus.TOOLBAR`), the command palette,
the `?` overlay and the keymap (default keys in resources/keymap.json, keyed by action id).
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtGui import QAction, QKeySequence

from onrecord.gui.frame import MENUS  # the menu bar's, laid out before the first paint


@dataclass(frozen=True)
class ActionSpec:
    id: str
    title: str
    menu: str
    handler: Callable
    checkable: bool = False
    help: str = ""
    when: str | None = None  # the context key that must hold; None: always

    def run(self, provide: dict[str, Callable]) -> None:
        """Call the handler with what its parameters name."""
        params = inspect.signature(self.handler).parameters
        self.handler(**{name: provide[name]() for name in params})


REGISTRY: dict[str, ActionSpec] = {}


def action(id: str, title: str, menu: str, *, checkable=False, help="", when=None):
    if menu not in MENUS:
        raise ValueError(f"unknown menu {menu!r}")

    def register(fn: Callable) -> Callable:
        if id in REGISTRY:
            raise ValueError(f"action {id!r} registered twice")
        REGISTRY[id] = ActionSpec(id, title, menu, fn, checkable, help or title, when)
        return fn

    return register


def build_actions(window, keymap: dict[str, list[str]], provide) -> dict[str, QAction]:
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
        act.triggered.connect(lambda _=False, s=spec: s.run(provide))
        window.addAction(act)
        actions[spec.id] = act
    return actions


def enable(actions: dict[str, QAction], context: dict[str, bool]) -> None:
    """Enable each action whose `when` holds in `context`, disable the others."""
    for spec in REGISTRY.values():
        actions[spec.id].setEnabled(spec.when is None or context[spec.when])


def shortcut_text(act: QAction) -> str:
    keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in act.shortcuts()]
    return " / ".join(k for k in keys if k)
