"""Edit menu: undo, redo, find, command palette, preferences."""

from __future__ import annotations

from onrecord.errors import OnRecordError
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


@action(
    "edit.preferences",
    "Preferences…",
    "Edit",
    help="Your name and organisation, recorded with decisions and in exported reports",
)
def preferences(window, loader, status) -> None:
    from onrecord.config import Identity, load_identity, save_identity
    from onrecord.gui.widgets.preferences import PreferencesDialog

    who = load_identity()
    dialog = PreferencesDialog(window, who.editor, who.organisation)

    def save() -> None:
        editor, organisation = dialog.values()
        try:
            save_identity(Identity(editor or None, organisation or None))
        except OnRecordError as exc:
            status.showMessage(str(exc), 15000)
            return
        loader.set_editor(editor or None)
        status.showMessage(f"Decisions are now recorded as {editor or 'nobody named'}.", 8000)

    dialog.accepted.connect(save)
    dialog.open()
