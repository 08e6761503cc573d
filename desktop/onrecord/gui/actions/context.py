"""What the window's actions act on, and when each applies."""

from __future__ import annotations

from collections.abc import Callable

from shiboken6 import isValid


def context(win) -> dict[str, bool]:
    """The keys an action's `when` may name, and whether each holds now."""
    return {
        "article": win.reviewer.session is not None,  # an article's quotes are listed
        "quote": win.reviewer.current() is not None,  # a quote is selected
        "undo": win.undo_stack.canUndo(),
        "redo": win.undo_stack.canRedo(),
    }


def providers(win) -> dict[str, Callable[[], object]]:
    """What a handler may ask for, by the name of its parameter."""
    return {
        "window": lambda: win,  # the parent of dialogs; the panes for view commands
        "loader": lambda: win.loader,
        "reviewer": lambda: win.reviewer,
        "session": lambda: win.reviewer.session,
        "quote": win.reviewer.current,
        "settings": lambda: win.settings,
        "status": lambda: win.status,
        "undo_stack": lambda: win.undo_stack,
    }


def follow(win, enable: Callable[[dict[str, bool]], None]) -> None:
    """Call `enable(context)` now and whenever what it depends on changes."""

    def update(*_args) -> None:
        if isValid(win.undo_stack):  # not while the window is torn down
            enable(context(win))

    state = win.reviewer.state
    for signal in (
        state.session_changed,
        state.quote_changed,
        win.reviewer.current_changed,
        win.undo_stack.canUndoChanged,
        win.undo_stack.canRedoChanged,
    ):
        signal.connect(update)
    update()
