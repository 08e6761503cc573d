"""Every command of the window, registered once (see `registry`); importing this registers them."""

from onrecord.gui.actions import edit, file, help, review, store, view  # noqa: F401
