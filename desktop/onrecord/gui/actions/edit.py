"""Edit menu: undo, redo, find, command palette."""

from __future__ import annotations

from onrecord.gui.actions.registry import action


@action("edit.undo", "Undo", "Edit", when="undo")
def undo(undo_stack) -> None:
    undo_stack.undo()


@action("edit.redo", "Redo", "Edit", when="redo")
def redo(undo_stack) -> None:
    undo_stack.redo()


@action("edit.find", "Search quotes", "Edit")
def find(window) -> None:
    window.filter_bar.search.setFocus()
    window.filter_bar.search.selectAll()


@action("edit.palette", "Command palette…", "Edit")
def palette(window) -> None:
    from onrecord.gui.widgets.palette import CommandPalette

    CommandPalette(window.actions, window).open()
