"""Whether a file is an OnRecord workspace, told before anything is written to it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from onrecord.errors import StoreError

# Tables only OnRecord's workspace file holds: the store's and the review's.
_OURS = {"store_meta", "statements", "review_articles", "review_decisions"}


def recognise_workspace(path: str | Path) -> bool:
    """True for an OnRecord workspace, False for nothing yet (no file, or an empty one: it
    becomes a workspace when opened); anything else raises StoreError with a message for the
    editor. Reads only: nothing is written and no file is created."""
    path = Path(path)
    if path.is_dir():
        raise StoreError(f"{path} is a folder, not a workspace file.")
    try:
        with path.open("rb") as f:
            header = f.read(16)
    except FileNotFoundError:
        return False
    except OSError as exc:
        raise StoreError(f"Cannot read {path}: {exc.strerror or exc}.") from None
    if not header:
        return False
    if header != b"SQLite format 3\0":
        raise StoreError(f"{path} is not an OnRecord workspace (not an SQLite database).")
    try:
        db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master")}
        finally:
            db.close()
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"Cannot read {path}: {exc}.") from None
    if tables and not tables & _OURS:
        raise StoreError(f"{path} is another program's database, not an OnRecord workspace.")
    return bool(tables)
