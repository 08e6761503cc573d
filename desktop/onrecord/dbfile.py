"""The workspace database file that the store and the review log share: recognising it,
opening it, transactions (its schemas are upgraded by `onrecord.migrations`).

Two windows or processes opening a new workspace at once race: switching to WAL fails with
"database is locked" instead of waiting, and one schema setup can meet the other's half-made
tables. Those openings are waited out and tried again; any other error is raised at once.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from onrecord.errors import NotAWorkspace, StoreError

APPLICATION_ID = 0x4F6E5263  # "OnRc": PRAGMA application_id of an OnRecord workspace
# Tables only an OnRecord workspace holds: the store's and the review's.
_PARTS = {"store_meta", "statements", "review_meta", "review_articles", "review_decisions"}
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


def recognise_workspace(path: str | Path) -> bool:
    """Whether `path` is an OnRecord workspace (True) or nothing yet (False: no file, or an
    empty one, which becomes a workspace when opened). Anything else raises NotAWorkspace
    with a message for the editor. Reads only: nothing is written and no file is created.

    A workspace carries APPLICATION_ID in its header, or (made before the header was set)
    the store's or the review's version table.
    """
    path = Path(path)
    if path.is_dir():
        raise NotAWorkspace(f"{path} is a folder, not a workspace file.")
    try:
        with path.open("rb") as f:
            header = f.read(100)
    except FileNotFoundError:
        return False
    except OSError as exc:
        raise NotAWorkspace(f"Cannot read {path}: {exc.strerror or exc}.") from None
    if not header:
        return False
    if not header.startswith(b"SQLite format 3\0"):
        raise NotAWorkspace(f"{path} is not an OnRecord workspace (not an SQLite database).")
    app_id = int.from_bytes(header[68:72], "big")
    if app_id == APPLICATION_ID:
        return True
    if app_id:
        raise NotAWorkspace(
            f"{path} is another program's database (application id {app_id:#x}); "
            "OnRecord leaves it untouched."
        )
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    except sqlite3.DatabaseError as exc:
        raise NotAWorkspace(f"{path} cannot be read as a workspace: {exc}.") from None
    finally:
        conn.close()
    if names and not names & _PARTS:
        raise NotAWorkspace(
            f"{path} is an SQLite database that is not an OnRecord workspace "
            f"(it holds {len(names)} tables or indexes of another program); "
            "OnRecord leaves it untouched."
        )
    return bool(names)
