"""Help menu: the keyboard overlay and about."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from onrecord import __version__
from onrecord.gui.actions.registry import action


@action("help.keys", "Keyboard shortcuts", "Help")
def keys(window) -> None:
    from onrecord.gui.actions.keymap import user_keymap_path
    from onrecord.gui.widgets.help_overlay import HelpOverlay

    overlay = HelpOverlay(window, window.actions, str(user_keymap_path()))
    overlay.open_over(window.centralWidget())


@action("help.about", "About OnRecord", "Help")
def about(window) -> None:
    QMessageBox.about(
        window,
        "About OnRecord",
        f"OnRecord {__version__}\nVerify the quotes in an article before it runs.\n"
        "Works offline: the article, the store and your review stay on this computer.",
    )
