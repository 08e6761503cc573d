"""The review window (PySide6). Thin over the core: `onrecord.workspace` holds the rules.

`create_window(article=None, store=None)` builds the window in-process; its
`quotes_loaded` signal fires from the event loop once the quotes are listed and matched.
The window's first paint shows the article; its panes, the store, matching and the language
model come after, each in a worker thread (tests/gui/test_gui_startup.py checks what loads
before).
"""

from __future__ import annotations


def create_window(article=None, store=None):
    """The main window over the workspace database `store` (path; default as the CLI resolves
    it), opening `article` (a path or an `Article`) once the event loop runs."""
    from onrecord.gui.app import ensure_app
    from onrecord.gui.window import MainWindow
    from onrecord.store.paths import resolve_store_path

    ensure_app()
    from onrecord.gui.settings import Settings

    window = MainWindow(resolve_store_path(str(store) if store else None, Settings().workspace))
    window.open_at_start(article)  # with none, the model loads while the editor picks one
    return window
