"""People in the store and the names they go by: `Kim Jong-un`, `Kim Jong Un` and, once
merged, `Kim` are one speaker. Functions take the store's open connection."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable

from onrecord.errors import StoreError
from onrecord.store.normalize import name_key


def find(conn: sqlite3.Connection, name: str | None) -> int | None:
    if not name or not (key := name_key(name)):
        return None
    row = conn.execute("SELECT speaker_id FROM aliases WHERE key = ?", [key]).fetchone()
    return row[0] if row else None


def ensure(conn: sqlite3.Connection, name: str) -> int | None:
    """The id of the person `name`, created with it as first alias when unknown."""
    if (found := find(conn, name)) is not None or not name_key(name):
        return found
    sid = conn.execute("INSERT INTO speakers (name) VALUES (?)", [name]).lastrowid
    conn.execute("INSERT INTO aliases VALUES (?, ?, ?)", [name_key(name), name, sid])
    return sid


def add_aliases(conn: sqlite3.Connection, name: str, aliases: Iterable[str]) -> None:
    """Record aliases of `name`; an alias already naming another person is left alone."""
    sid = ensure(conn, name)
    for alias in aliases:
        if name_key(alias) and find(conn, alias) is None:
            conn.execute("INSERT INTO aliases VALUES (?, ?, ?)", [name_key(alias), alias, sid])


def merge(conn: sqlite3.Connection, alias: str, into: str) -> int:
    """Fold the person named `alias` into the person named `into`; returns statements moved."""
    source, target = find(conn, alias), find(conn, into)
    if target is None:
        raise StoreError(f"no speaker named {into!r} in the store")
    if source == target:
        return 0
    if source is None:  # a new name for `into`
        add_aliases(conn, into, [alias])
        return 0
    moved = conn.execute(
        "UPDATE statements SET speaker_id = ? WHERE speaker_id = ?", [target, source]
    ).rowcount
    conn.execute("UPDATE aliases SET speaker_id = ? WHERE speaker_id = ?", [target, source])
    conn.execute("DELETE FROM speakers WHERE id = ?", [source])
    return moved


def listing(conn: sqlite3.Connection) -> list[dict]:
    rows = conn.execute(
        """SELECT s.id, s.name,
                  (SELECT json_group_array(alias) FROM aliases a WHERE a.speaker_id = s.id),
                  (SELECT count(*) FROM statements t WHERE t.speaker_id = s.id)
           FROM speakers s ORDER BY s.name COLLATE NOCASE"""
    ).fetchall()
    return [
        {"id": i, "name": n, "aliases": sorted(json.loads(a)), "statements": c}
        for i, n, a, c in rows
    ]
