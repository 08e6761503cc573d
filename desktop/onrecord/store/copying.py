"""Copying a workspace between backends: `onrecord store copy FROM TO`, a private workspace
file into the shared archive on PostgreSQL, or the archive back into a file for offline work.

People come first (each speaker with every alias, so a statement credited to a merged name
finds its person), then each import record, oldest first, with its statements, its refused
rows and the articles it read. Statements go through the target's own `add_statements`, so
its checks, fingerprints, speakers and word index apply and a statement already there is
not copied twice; the import record keeps the source's times and counts.
"""

from __future__ import annotations

import itertools
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from onrecord.store.base import STATEMENT_FIELDS, StatementStore

_STATEMENTS = (
    f"SELECT import_id, {', '.join(STATEMENT_FIELDS)} FROM statements ORDER BY import_id, id"
)
_RECORD = ("started_at", "finished_at", "rows", "added", "duplicates", "rejected")
UNRECORDED = "copy"  # the format of the import record given to statements that had none


@dataclass
class CopyResult:
    speakers: int = 0
    imports: int = 0
    statements: int = 0  # read from the source
    added: int = 0  # new in the target


def copy_store(
    source: StatementStore, target: StatementStore, progress: Callable[[int], None] | None = None
) -> CopyResult:
    """Copy everything `source` holds into `target`; `progress(n)` after each n statements."""
    result = CopyResult()
    for person in source.speakers():
        target.add_aliases(person["name"], person["aliases"])
        result.speakers += 1
    records = {r["id"]: r for r in source.imports()}
    articles = _articles(source)
    for import_id, group in itertools.groupby(_stream(source, _STATEMENTS), lambda r: r[0]):
        rows = [dict(zip(STATEMENT_FIELDS, r[1:], strict=True)) for r in group]
        record = records.pop(import_id, None)
        _copy_import(target, record, rows, articles.get(import_id, []), result)
        if progress:
            progress(len(rows))
    for record in sorted(records.values(), key=lambda r: r["id"]):  # imports that added nothing
        _copy_import(target, record, [], articles.get(record["id"], []), result)
    return result


def _copy_import(target, record: dict | None, rows: list[dict], articles, result) -> None:
    source, fmt = (record["source"], record["format"]) if record else (target.path, UNRECORDED)
    done = target.add_statements(enumerate(rows, 1), source, fmt, articles=articles)
    result.imports += 1
    result.statements += len(rows)
    result.added += done.added
    if record:
        _restore(target, done.id, record)


def _restore(target, import_id: int, record: dict) -> None:
    """The copied import record says what the original import did, refused rows included."""
    with target.transaction() as conn:
        _execute(
            conn,
            f"UPDATE imports SET {', '.join(f'{c} = ?' for c in _RECORD)} WHERE id = ?",
            [*(record[c] for c in _RECORD), import_id],
        )
        for reason in record["reasons"]:
            _execute(conn, "INSERT INTO import_rejects VALUES (?, ?, ?)",
                     [import_id, reason["row"], reason["reason"]])  # fmt: skip


def _articles(source) -> dict[int, list[tuple[str, str]]]:
    """The articles each import read, by import id (what lets an archive import resume)."""
    found: dict[int, list[tuple[str, str]]] = {}
    for content_hash, path, import_id in _stream(
        source, "SELECT content_hash, path, import_id FROM imported_articles ORDER BY import_id"
    ):
        found.setdefault(import_id, []).append((content_hash, path))
    return found


def _stream(store, query: str) -> Iterator[tuple]:
    """Rows of `query` read as they come: a server-side stream on PostgreSQL."""
    if isinstance(store.conn, sqlite3.Connection):
        return iter(store.conn.execute(query))
    return store.conn.cursor().stream(query)


def _execute(conn, query: str, args: list) -> None:
    if not isinstance(conn, sqlite3.Connection):
        query = query.replace("?", "%s")
    conn.execute(query, args)
