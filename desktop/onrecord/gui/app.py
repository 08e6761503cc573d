"""The QApplication, the window's run loop, and the offscreen self-test."""

from __future__ import annotations

import logging
import os
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from onrecord.errors import OnRecordError

SELF_TEST_TIMEOUT_MS = 180_000
# The installed desktop entry's name (packaging/linux): docks and taskbars match windows to it.
DESKTOP_FILE = "org.onrecord.OnRecord"


def ensure_app() -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
        app.setApplicationName("OnRecord")
        app.setOrganizationName("OnRecord")
        app.setApplicationDisplayName("OnRecord")
        app.setDesktopFileName(DESKTOP_FILE)
    return app


def set_icon(app: QApplication) -> None:
    """The app's icon (after the first paint: reading an SVG loads Qt's SVG plugin)."""
    from PySide6.QtGui import QIcon

    from onrecord.resources import resource_path

    app.setWindowIcon(QIcon(str(resource_path("icons", "onrecord.svg"))))


def check_display() -> None:
    """On Linux without a display Qt aborts the process: say so in one line instead."""
    if sys.platform.startswith("linux") and not (
        os.environ.get("QT_QPA_PLATFORM")
        or os.environ.get("DISPLAY")
        or os.environ.get("WAYLAND_DISPLAY")
    ):
        raise OnRecordError(
            "No display to open the window on: run OnRecord in a desktop session "
            "(QT_QPA_PLATFORM=offscreen draws off screen)."
        )


def run(article: str | None, store: str | None) -> None:
    from onrecord.gui import create_window

    check_display()
    app = ensure_app()
    window = create_window(article, store)
    if store is None:  # as every command does when the workspace was not named
        print(f"onrecord: workspace {window.loader.store_path}", file=sys.stderr)
    window.show()
    leave(app.exec())


def leave(code: int) -> None:
    """End the process as soon as the window has closed. Closing saved the window's state and
    closed the workspace; what is left is a language model perhaps half loaded in a worker
    (it cannot be stopped; its process is killed) and unwinding modules: neither holds
    anything of the editor's."""
    from onrecord.extraction.process import close_shared

    close_shared()
    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


def self_test(article: str, store: str | None) -> int:
    """Open `article` offscreen, wait for its quotes, print how many; 0 when they came."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from onrecord.gui import create_window

    app = ensure_app()
    window = create_window(article, store)
    outcome = {"code": 1}

    def loaded() -> None:
        session = window.reviewer.session
        print(
            f"self-test: {len(session.quotes)} quotes listed in {session.article.title!r}",
            flush=True,
        )
        outcome["code"] = 0
        window.close()
        app.quit()

    def failed(message: str) -> None:
        print(f"self-test failed: {message}", file=sys.stderr)
        outcome["code"] = 2
        window.close()
        app.quit()

    window.quotes_loaded.connect(loaded)
    window.loader.failed.connect(failed)
    QTimer.singleShot(
        SELF_TEST_TIMEOUT_MS, lambda: (print("self-test: timed out", file=sys.stderr), app.quit())
    )
    window.show()
    # bench/startup.py times these lines: the first turn of the event loop paints the window.
    QTimer.singleShot(0, lambda: print("self-test: window shown", flush=True))
    app.exec()
    from onrecord.extraction.process import close_shared

    close_shared()  # a warm-up still waiting for the model ends now
    return outcome["code"]
