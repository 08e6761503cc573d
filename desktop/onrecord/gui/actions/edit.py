"""Edit menu: undo, redo, find, command palette."""

from __future__ import annotations

from onrecord.gui.actions.registry import action


@action("edit.undo", "Undo", "Edit")
def undo(win) -> None:
    win.undo_stack.undo()


@action("edit.redo", "Redo", "Edit")
def redo(win) -> None:
    win.undo_stack.redo()


@action("edit.find", "Search quotes", "Edit")
def find(win) -> None:
    win.filter_bar.search.setFocus()
    win.filter_bar.search.selectAll()


@action("edit.palette", "Command palette…", "Edit")
def palette(win) -> None:
    from onrecord.gui.widgets.palette import CommandPalette

    CommandPalette(win.actions, win).open()
