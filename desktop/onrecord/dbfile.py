"""Opening the workspace database file that the store and the review log share.

Two windows or processes opening a new workspace at once race: switching to WAL fails with
"database is locked" instead of waiting, and one schema setup can meet the other's half-made
tables. Those openings are waited out and tried again; any other error is raised at once.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable

OPEN_SECONDS = 10.0  # how long a first opening waits for another to finish
_TRANSIENT = ("locked", "busy", "already exists")


def prepare(conn: sqlite3.Connection, setup: Callable[[], None]) -> None:
    """WAL on, then `setup()` (schema migrations), retried while another opener is at work."""
    deadline = time.monotonic() + OPEN_SECONDS
    pause = 0.02
    while True:
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            setup()
            return
        except sqlite3.OperationalError as exc:
            if not any(word in str(exc) for word in _TRANSIENT) or time.monotonic() > deadline:
                raise
        time.sleep(pause)
        pause = min(pause * 2, 0.5)
