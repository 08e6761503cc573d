"""The SQLite store: statements, speakers, import records and the word index in one file."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlite_utils import Database

from onrecord.clock import utc_now
from onrecord.dbfile import prepare, write_transaction
from onrecord.errors import StoreDamaged, StoreError
from onrecord.migrations import migrate
from onrecord.store import speakers
from onrecord.store.base import ImportResult
from onrecord.store.damage import backup_hint, check_on_open, damage_reported
from onrecord.store.indexing import IndexKeeper
from onrecord.store.normalize import fold, match_key
from onrecord.store.queue import LocalQueue
from onrecord.store.rows import Rejected, clean, fingerprint
from onrecord.store.schema import STORE
from onrecord.store.summary import import_records, store_stats

COLUMNS = "id, text, speaker, affiliation, date, outlet, url, language, folded, speaker_id"
_INSERT = """INSERT OR IGNORE INTO statements
    (text, folded, speaker, speaker_id, affiliation, date, outlet, url, language,
     imported_from, import_id, added_at, fingerprint)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"""
BATCH = 5_000
MAX_WIDENING = 64  # candidates() looks at most this many times `limit` for undated-later ones
BULK_MIN = 10_000  # new rows from which an import counts as bulk (see _resume_fts_trigger)
IMPORT_CACHE_KB = -65536  # 64 MB of page cache while importing, 2 MB otherwise
FTS_TRIGGER = "statements_ai"  # made by sqlite-utils enable_fts(create_triggers=True)


def _record(conn, row: dict, result: ImportResult, people: dict, now: str) -> tuple:
    name = row["speaker"]
    if name and name not in people:
        people[name] = speakers.ensure(conn, name)
    return (
        row["text"], row["folded"], name, people.get(name), row["affiliation"], row["date"],
        row["outlet"], row["url"], row["language"], result.source, result.id, now,
        fingerprint(row),
    )  # fmt: skip


def _pause_fts_trigger(conn) -> str:
    """Drop the FTS insert trigger for a bulk import (a third of the time at 1M rows)."""
    sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", [FTS_TRIGGER]).fetchone()[0]
    conn.execute(f"DROP TRIGGER {FTS_TRIGGER}")
    return sql


def _resume_fts_trigger(conn, sql: str, last_id: int, bulk: bool) -> None:
    """Index the new rows in one statement and put the trigger back (same transaction).

    A bulk import (more new rows than old ones) writes unmerged and merges once at the end,
    a quarter faster than FTS5's merging as it goes."""
    fts = "INSERT INTO statements_fts (statements_fts, rank) VALUES ('automerge', ?)"
    if bulk:
        conn.execute(fts, [0])
    conn.execute(
        "INSERT INTO statements_fts (rowid, text, speaker)"
        " SELECT id, text, speaker FROM statements WHERE id > ?",
        [last_id],
    )
    if bulk:
        conn.execute("INSERT INTO statements_fts (statements_fts) VALUES ('optimize')")
        conn.execute(fts, [4])  # FTS5's default
    conn.execute(sql)


@damage_reported
class SqliteStore:
    def __init__(self, path: str | Path):
        self.path = str(path)
        try:
            if self.path != ":memory:":
                Path(self.path).parent.mkdir(parents=True, exist_ok=True)
            self.conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
            self.conn.execute("PRAGMA busy_timeout = 5000")
            self.conn.execute("PRAGMA foreign_keys = ON")
            self.conn.execute("PRAGMA synchronous = NORMAL")
            self.db = Database(self.conn)
            backup_to = None if self.path == ":memory:" else Path(self.path)
            prepare(self.conn, lambda: migrate(self.conn, STORE, backup_to))
            check_on_open(self.conn, self.path)
        except sqlite3.OperationalError as exc:  # locked, read-only, cannot be opened
            raise StoreError(f"cannot open the store {self.path}: {exc}") from None
        except sqlite3.DatabaseError as exc:  # not a database, or failing its check
            raise StoreDamaged(
                f"cannot open the store {self.path}: {exc}{backup_hint(path)}"
            ) from None
        except OSError as exc:
            raise StoreError(f"cannot create the store {self.path}: {exc.strerror}") from None
        self.index = IndexKeeper(self.conn)

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction: everything in it is stored, or nothing is."""
        with write_transaction(self.conn, busy="the store is busy or read-only"):
            yield self.conn

    def add_statements(
        self,
        rows: Iterable[tuple[int, dict | str]],
        source: str,
        fmt: str,
        progress: Callable[[int], None] | None = None,
        articles: Iterable[tuple[str, str]] = (),
    ) -> ImportResult:
        result, now = ImportResult(source=source, format=fmt), utc_now()
        self.conn.execute(f"PRAGMA cache_size = {IMPORT_CACHE_KB}")
        try:
            self._import(rows, result, now, progress, articles)
        finally:
            self.conn.execute("PRAGMA cache_size = -2000")  # SQLite's default, 2 MB
        return result

    def _import(self, rows, result: ImportResult, now: str, progress, articles) -> None:
        with self.transaction() as conn:
            result.id = conn.execute(
                "INSERT INTO imports (source, format, started_at) VALUES (?, ?, ?)",
                [result.source, result.format, now],
            ).lastrowid
            last_id = conn.execute("SELECT coalesce(max(id), 0) FROM statements").fetchone()[0]
            trigger = _pause_fts_trigger(conn)
            batch: list[tuple] = []
            people: dict[str, int | None] = {}
            for number, raw in rows:
                result.rows += 1
                try:
                    if isinstance(raw, str):
                        raise Rejected(raw)
                    batch.append(_record(conn, clean(raw), result, people, now))
                except Rejected as exc:
                    result.rejected.append((number, str(exc)))
                if len(batch) >= BATCH:
                    result.added += conn.executemany(_INSERT, batch).rowcount
                    batch.clear()
                if progress:
                    progress(1)
            if batch:
                result.added += conn.executemany(_INSERT, batch).rowcount
            result.duplicates = result.rows - result.added - len(result.rejected)
            conn.executemany(
                "INSERT OR IGNORE INTO imported_articles VALUES (?, ?, ?)",
                [(h, path, result.id) for h, path in articles],
            )
            conn.executemany(
                "INSERT INTO import_rejects VALUES (?, ?, ?)",
                [(result.id, n, reason) for n, reason in result.rejected],
            )
            conn.execute(
                "UPDATE imports SET finished_at = ?, rows = ?, added = ?, duplicates = ?,"
                " rejected = ? WHERE id = ?",
                [utc_now(), result.rows, result.added, result.duplicates, len(result.rejected),
                 result.id],
            )  # fmt: skip
            bulk = result.added > max(BULK_MIN, last_id)
            _resume_fts_trigger(conn, trigger, last_id, bulk)
            self.index.update(conn, after_id=last_id)

    def article_queue(self, items: list[tuple[str, str]]) -> LocalQueue:
        return LocalQueue(self.conn, items)

    def add_aliases(self, name: str, aliases: Iterable[str]) -> None:
        with self.transaction() as conn:
            speakers.add_aliases(conn, name, aliases)

    def undo_import(self, import_id: int) -> int:
        # The FTS delete trigger drops the words; the word index keeps stale ids, which
        # candidates() skips (rows are fetched by id) until the next compaction.
        with self.transaction() as conn:
            removed = conn.execute("DELETE FROM statements WHERE import_id = ?", [import_id])
            conn.execute("DELETE FROM imports WHERE id = ?", [import_id])  # rejects cascade
            return removed.rowcount

    def get(self, ids: Iterable[int]) -> list[dict]:
        return self._rows(COLUMNS, list(ids))

    def _rows(self, columns: str, ids: list[int]) -> list[dict]:
        if not ids:
            return []
        marks = ",".join("?" * len(ids))
        cur = self.conn.execute(f"SELECT {columns} FROM statements WHERE id IN ({marks})", ids)
        names = [d[0] for d in cur.description]
        found = {r[0]: dict(zip(names, r, strict=True)) for r in cur}
        return [found[i] for i in ids if i in found]

    def candidates(self, text: str, limit: int, before: str | None = None) -> list[dict]:
        """Statements sharing the rarest words of `text`: word index, else full-text search.

        With `before`, statements dated after it are left out before the cut: the pool widens
        until `limit` remain, so many later repeats cannot crowd out the original.
        """
        key = match_key(text)
        pool = limit
        while True:
            ids = self.index.query(self, key, pool)
            if ids is None:
                ids = [s["id"] for s in self.search(key, limit=pool)]
            rows = self._rows("id, folded, speaker_id, date", ids)
            kept = [r for r in rows if not (before and r["date"] and r["date"] > before)]
            if len(kept) >= limit or len(ids) < pool or pool >= limit * MAX_WIDENING:
                return kept[:limit]
            pool *= 4

    def search(self, text: str, speaker: str | None = None, limit: int = 50) -> list[dict]:
        terms = re.findall(r"\w+", fold(text))
        if not terms:
            return []
        where, args = "statements_fts MATCH ?", [" ".join(f'"{t}"' for t in terms)]
        if speaker:
            if (person := self.speaker_id(speaker)) is None:
                return []
            where += " AND s.speaker_id = ?"
            args.append(person)
        cur = self.conn.execute(
            f"""SELECT {", ".join("s." + c.strip() for c in COLUMNS.split(","))}
                FROM statements_fts JOIN statements s ON s.rowid = statements_fts.rowid
                WHERE {where} ORDER BY bm25(statements_fts) LIMIT ?""",
            [*args, limit],
        )
        names = [d[0] for d in cur.description]
        return [dict(zip(names, r, strict=True)) for r in cur]

    def speaker_id(self, name: str | None) -> int | None:
        return speakers.find(self.conn, name)

    def speakers(self) -> list[dict]:
        return speakers.listing(self.conn)

    def merge_speaker(self, alias: str, into: str) -> int:
        with self.transaction() as conn:
            return speakers.merge(conn, alias, into)

    def imports(self) -> list[dict]:
        return import_records(self.conn.execute)

    def stats(self) -> dict:
        size = 0 if self.path == ":memory:" else Path(self.path).stat().st_size
        return store_stats(self.conn.execute, self.path, size, "word_index")

    def close(self) -> None:
        self.conn.close()
