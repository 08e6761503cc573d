"""The review window (PySide6). Thin over the core: `onrecord.workspace` holds the rules.

`create_window(article=None, store=None)` builds the window in-process; its
`quotes_loaded` signal fires from the event loop once the quotes are listed and matched.
Nothing here imports spaCy: extraction loads in a worker thread after the first paint.
"""

from __future__ import annotations


def create_window(article=None, store=None):
    """The main window over the workspace database `store` (path; default as the CLI resolves
    it), opening `article` (a path or an `Article`) once the event loop runs."""
    from PySide6.QtCore import QTimer

    from onrecord.gui.app import ensure_app
    from onrecord.gui.window import MainWindow
    from onrecord.store.paths import resolve_store_path

    ensure_app()
    from onrecord.gui.settings import Settings

    window = MainWindow(resolve_store_path(str(store) if store else None, Settings().workspace))
    if article is None:  # the model loads while the editor picks an article
        QTimer.singleShot(200, window.loader.warm_up)
    else:
        is_path = isinstance(article, str) or hasattr(article, "__fspath__")
        opening = window.loader.open_path if is_path else window.loader.open_article
        QTimer.singleShot(0, lambda: opening(article))
    return window
