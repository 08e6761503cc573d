"""The workspace database file that the store and the review log share: opening, transactions.

Two windows or processes opening a new workspace at once race: switching to WAL fails with
"database is locked" instead of waiting, and one schema setup can meet the other's half-made
tables. Those openings are waited out and tried again; any other error is raised at once.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from onrecord.errors import StoreError

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


@contextmanager
def write_transaction(
    conn: sqlite3.Connection, busy: str | None = None
) -> Iterator[sqlite3.Connection]:
    """BEGIN IMMEDIATE ... COMMIT: everything in the block is written, or nothing is.

    With `busy`, a transaction that cannot begin raises StoreError("<busy>: <reason>").
    """
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as exc:
        if busy is None:
            raise
        raise StoreError(f"{busy}: {exc}") from None
    try:
        yield conn
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:  # also when COMMIT itself failed
            conn.execute("ROLLBACK")
        raise
