"""What a store says about itself, the same on both backends: its import records with their
refused rows, and its counts. `execute(sql)` is the backend's connection's (no parameters:
the two take different placeholders)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable

RECORD = "id, source, format, started_at, finished_at, rows, added, duplicates, rejected"


def import_records(execute: Callable) -> list[dict]:
    """Every import, newest first, each with the reasons its rows were refused."""
    cur = execute(f"SELECT {RECORD} FROM imports ORDER BY id DESC")
    names = [d[0] for d in cur.description]
    records = [dict(zip(names, r, strict=True)) for r in cur.fetchall()]
    reasons = defaultdict(list)
    for import_id, row, reason in execute(
        "SELECT import_id, row, reason FROM import_rejects ORDER BY import_id, row"
    ).fetchall():
        reasons[import_id].append({"row": row, "reason": reason})
    for record in records:
        record["reasons"] = reasons[record["id"]]
    return records


def store_stats(execute: Callable, path: str, size: int, index_table: str) -> dict:
    """Counts, dates, `size` in MB and the word index's `index_table` rows."""
    one = lambda sql: execute(sql).fetchone()  # noqa: E731
    first, last = one("SELECT min(date), max(date) FROM statements")
    return {
        "path": path,
        "statements": one("SELECT count(*) FROM statements")[0],
        "speakers": one("SELECT count(*) FROM speakers")[0],
        "imports": one("SELECT count(*) FROM imports")[0],
        "first_date": first,
        "last_date": last,
        "db_mb": round(size / 1e6, 1),
        "index_segments": one(f"SELECT count(*) FROM {index_table}")[0],
    }
