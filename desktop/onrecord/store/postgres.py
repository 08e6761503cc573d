"""The shared archive on PostgreSQL: the `StatementStore` of a newsroom, many editors at once.

Same rows, checks, fingerprints and word index as the SQLite store (`rows`, `wordindex`), so
the same inputs give the same verdicts. Candidates are found in the server (`pgwords`);
rapidfuzz re-ranks them in the client. Imports stream through COPY into a temporary table,
one transaction per import.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sized
from contextlib import contextmanager

from onrecord.clock import utc_now
from onrecord.store import pgimport, pgwords
from onrecord.store.base import ImportResult
from onrecord.store.normalize import match_key, name_key
from onrecord.store.pgconn import connect, describe, errors_reported
from onrecord.store.pgqueue import PgQueue
from onrecord.store.pgschema import check_version
from onrecord.store.summary import import_records, store_stats

COLUMNS = "id, text, speaker, affiliation, date, outlet, url, language, folded, speaker_id"
_INSERT = """
INSERT INTO statements (text, folded, speaker, speaker_id, affiliation, date, outlet, url,
    language, imported_from, import_id, added_at, fingerprint)
SELECT b.text, b.folded, b.speaker, a.speaker_id, b.affiliation, b.date, b.outlet, b.url,
    b.language, %(source)s, %(import)s, %(now)s, b.fingerprint
FROM batch b LEFT JOIN aliases a ON a.key = b.speaker_key ORDER BY b.n
ON CONFLICT (fingerprint) DO NOTHING RETURNING id, fingerprint
"""
# Making speakers is one transaction at a time (until it ends): two importers meeting the same
# new name would otherwise both make it, and the second would fail on the alias key.
SPEAKERS_LOCK = 7132
_ANY_NEW_SPEAKER = """SELECT EXISTS (SELECT 1 FROM batch b WHERE speaker_key <> ''
    AND NOT EXISTS (SELECT 1 FROM aliases a WHERE a.key = b.speaker_key))"""
# Speakers of the batch not known yet, numbered in the order met, each under its first
# spelling (one key, one name: the name maps the new id back to its key).
_NEW_SPEAKERS = """
WITH new AS (
    SELECT DISTINCT ON (speaker_key) speaker_key, speaker, n FROM batch b
    WHERE speaker_key <> '' AND NOT EXISTS (SELECT 1 FROM aliases a WHERE a.key = b.speaker_key)
    ORDER BY speaker_key, n),
made AS (INSERT INTO speakers (name) SELECT speaker FROM new ORDER BY n RETURNING id, name)
INSERT INTO aliases SELECT new.speaker_key, new.speaker, made.id FROM new JOIN made
    ON made.name = new.speaker
"""


@errors_reported
class PostgresStore:
    def __init__(self, dsn: str, check: bool = True, conn=None):
        """`conn`: a connection lent by a pool (see `lending`), left open by `close()`."""
        self.dsn, self.path = dsn, describe(dsn)
        self._own = conn is None
        self.conn = connect(dsn) if conn is None else conn
        if check:
            check_version(self.conn, self.path)

    @contextmanager
    def transaction(self) -> Iterator:
        with self.conn.transaction():
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
        with self.transaction() as conn:
            result.id = conn.execute(
                "INSERT INTO imports (source, format, started_at) VALUES (%s, %s, %s) RETURNING id",
                [source, fmt, now],
            ).fetchone()[0]
            words = pgwords.Vocabulary()
            postings, speakers = pgwords.Postings(words), set()  # speakers: keys known
            conn.execute(
                "CREATE TEMP TABLE batch (text text, folded text, speaker text, affiliation text,"
                " date text, outlet text, url text, language text, fingerprint bigint, n integer,"
                " speaker_key text) ON COMMIT DROP"
            )
            batches = pgimport.batches(rows, result, words)
            if not (isinstance(rows, Sized) and len(rows) <= pgimport.BATCH):  # a few: no thread
                batches = pgimport.prefetched(batches)
            for batch in batches:
                result.added += self._insert(conn, batch, result, now, postings, speakers)
                if progress:
                    progress(batch.seen)
            result.duplicates = result.rows - result.added - len(result.rejected)
            conn.cursor().executemany(
                "INSERT INTO imported_articles VALUES (%s, %s, %s) ON CONFLICT DO NOTHING",
                [(h, path, result.id) for h, path in articles],
            )
            with conn.cursor().copy("COPY import_rejects FROM STDIN") as copy:
                for n, reason in result.rejected:
                    copy.write_row((result.id, n, reason))
            conn.execute(
                "UPDATE imports SET finished_at = %s, rows = %s, added = %s, duplicates = %s,"
                " rejected = %s WHERE id = %s",
                [utc_now(), result.rows, result.added, result.duplicates, len(result.rejected),
                 result.id],
            )  # fmt: skip
            postings.flush(conn)
        return result

    def _insert(self, conn, batch, result: ImportResult, now: str, postings, speakers) -> int:
        """Add one batch (new speakers first) and note its new statements' words for the
        index; returns how many were new. `speakers`: the keys known to have a speaker."""
        if not len(batch.counts):
            return 0
        with conn.cursor().copy(f"COPY batch ({', '.join(pgimport.COLUMNS)}) FROM STDIN") as cp:
            cp.write(batch.copy)
        if not batch.speakers <= speakers:
            self._new_speakers(conn)
            speakers |= batch.speakers
        cur = conn.execute(_INSERT, {"source": result.source, "import": result.id, "now": now})
        postings.add(conn, *pgimport.inserted(batch, cur.fetchall()))
        conn.execute("TRUNCATE batch")
        return cur.rowcount

    def _new_speakers(self, conn) -> None:
        """Create the speakers of the batch not known yet, each under the first spelling met.
        Importers running at once take turns (see SPEAKERS_LOCK), so no name is made twice."""
        if conn.execute(_ANY_NEW_SPEAKER).fetchone()[0]:
            conn.execute("SELECT pg_advisory_xact_lock(%s)", [SPEAKERS_LOCK])
            conn.execute(_NEW_SPEAKERS)

    def article_queue(self, items: list[tuple[str, str]]) -> PgQueue:
        return PgQueue(self.conn, items)

    def add_aliases(self, name: str, aliases: Iterable[str]) -> None:
        with self.transaction() as conn:
            conn.execute("SELECT pg_advisory_xact_lock(%s)", [SPEAKERS_LOCK])
            sid = self._ensure(conn, name)
            for alias in aliases:
                if name_key(alias) and self._find(conn, alias) is None:
                    conn.execute("INSERT INTO aliases VALUES (%s, %s, %s)",
                                 [name_key(alias), alias, sid])  # fmt: skip

    def _find(self, conn, name: str | None) -> int | None:
        if not name or not (key := name_key(name)):
            return None
        row = conn.execute("SELECT speaker_id FROM aliases WHERE key = %s", [key]).fetchone()
        return row[0] if row else None

    def _ensure(self, conn, name: str) -> int | None:
        if (found := self._find(conn, name)) is not None or not name_key(name):
            return found
        sid = conn.execute(
            "INSERT INTO speakers (name) VALUES (%s) RETURNING id", [name]
        ).fetchone()[0]
        conn.execute("INSERT INTO aliases VALUES (%s, %s, %s)", [name_key(name), name, sid])
        return sid

    def undo_import(self, import_id: int) -> int:
        with self.transaction() as conn:
            removed = conn.execute("DELETE FROM statements WHERE import_id = %s", [import_id])
            conn.execute("DELETE FROM imports WHERE id = %s", [import_id])
            return removed.rowcount

    def get(self, ids: Iterable[int]) -> list[dict]:
        return self._rows(COLUMNS, list(ids))

    def _rows(self, columns: str, ids: list[int]) -> list[dict]:
        if not ids:
            return []
        cur = self.conn.execute(f"SELECT {columns} FROM statements WHERE id = ANY(%s)", [ids])
        names = [d.name for d in cur.description]
        found = {r[0]: dict(zip(names, r, strict=True)) for r in cur}
        return [found[i] for i in ids if i in found]

    def candidates(self, text: str, limit: int, before: str | None = None) -> list[dict]:
        """Statements sharing the rarest words of `text` (the server's word index), else
        those holding every word (full-text search); see `pgwords`."""
        key = match_key(text)
        found = pgwords.query(self.conn, key, limit, before)
        if found is not None:
            return found
        rows = self._rows("id, folded, speaker_id, date",
                          [s["id"] for s in self.search(key, limit=limit * pgwords.WIDEN)])  # fmt: skip
        return [r for r in rows if not (before and r["date"] and r["date"] > before)][:limit]

    def search(self, text: str, speaker: str | None = None, limit: int = 50) -> list[dict]:
        person = None
        if speaker and (person := self.speaker_id(speaker)) is None:
            return []
        cur = pgwords.search(self.conn, match_key(text).split(), COLUMNS, person, limit)
        if cur is None:
            return []
        names = [d.name for d in cur.description]
        return [dict(zip(names, r, strict=True)) for r in cur]

    def speaker_id(self, name: str | None) -> int | None:
        return self._find(self.conn, name)

    def speakers(self) -> list[dict]:
        rows = self.conn.execute(
            """SELECT s.id, s.name,
                      (SELECT array_agg(alias ORDER BY alias) FROM aliases a
                       WHERE a.speaker_id = s.id),
                      (SELECT count(*) FROM statements t WHERE t.speaker_id = s.id)
               FROM speakers s ORDER BY lower(s.name), s.id"""
        ).fetchall()
        return [{"id": i, "name": n, "aliases": a or [], "statements": c} for i, n, a, c in rows]

    def merge_speaker(self, alias: str, into: str) -> int:
        from onrecord.errors import StoreError

        with self.transaction() as conn:
            # no statement may be given the merged speaker's id while it goes (see pgschema._V6)
            conn.execute("LOCK TABLE statements IN SHARE ROW EXCLUSIVE MODE")
            source, target = self._find(conn, alias), self._find(conn, into)
            if target is None:
                raise StoreError(f"no speaker named {into!r} in the store")
            if source == target:
                return 0
            if source is None:
                conn.execute("INSERT INTO aliases VALUES (%s, %s, %s)",
                             [name_key(alias), alias, target])  # fmt: skip
                return 0
            moved = conn.execute(
                "UPDATE statements SET speaker_id = %s WHERE speaker_id = %s", [target, source]
            ).rowcount
            conn.execute("UPDATE aliases SET speaker_id = %s WHERE speaker_id = %s",
                         [target, source])  # fmt: skip
            conn.execute("DELETE FROM speakers WHERE id = %s", [source])
            return moved

    def imports(self) -> list[dict]:
        return import_records(self.conn.execute)

    def stats(self) -> dict:
        size = self.conn.execute("SELECT pg_database_size(current_database())").fetchone()[0]
        return store_stats(self.conn.execute, self.path, size, "word_segments")

    def close(self) -> None:
        if self._own:
            self.conn.close()
