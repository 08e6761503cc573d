"""Keeps the word index in step with the statements table and loaded once per process.

Imports extend the index in their own transaction. A store changed by another process
(or by code that bypassed imports) is noticed through `index_generation` in store_meta
and the highest statement id, and caught up on the next query.
"""

from __future__ import annotations

import logging
import sqlite3

from onrecord.errors import StoreError
from onrecord.store.wordindex import MAX_SEGMENTS, SEGMENT_DOCS, Segment, WordIndex, build_segments

log = logging.getLogger(__name__)
_GEN = "SELECT coalesce((SELECT value FROM store_meta WHERE key = 'index_generation'), '0')"


def _merge_point(segments: list[tuple]) -> int:
    """The last id kept when too many segments stand: the newer half of those after the last
    full one is rebuilt as one, so a bulk import's big segment is never rebuilt for a few
    statements added later (cost follows what was added, not the store's size)."""
    full = [i for i, (_, docs, _) in enumerate(segments) if docs >= SEGMENT_DOCS]
    start = full[-1] + 1 if full else 0
    merged = max(2, (len(segments) - start) // 2)
    keep = len(segments) - merged
    return segments[keep - 1][2] if keep > 0 else 0


class IndexKeeper:
    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        self.loaded: WordIndex | None = None
        self.generation: str | None = None

    def update(self, conn: sqlite3.Connection, after_id: int) -> None:
        """Index statements with ids above `after_id` (inside the caller's transaction)."""
        segments = conn.execute(
            "SELECT segment, docs, last_id FROM word_index ORDER BY first_id"
        ).fetchall()
        if len(segments) >= MAX_SEGMENTS:
            after_id = _merge_point(segments)
            conn.execute("DELETE FROM word_index WHERE first_id > ?", [after_id])
        rows = conn.execute(
            "SELECT id, folded FROM statements WHERE id > ? ORDER BY id", [after_id]
        )
        changed = False
        for segment in build_segments(rows):
            blobs = segment.blobs()
            conn.execute(
                f"INSERT INTO word_index ({', '.join(blobs)}) VALUES ({', '.join('?' * len(blobs))})",
                list(blobs.values()),
            )
            changed = True
        if changed:
            conn.execute(
                "INSERT OR REPLACE INTO store_meta VALUES ('index_generation', ?)",
                [str(int(conn.execute(_GEN).fetchone()[0]) + 1)],
            )

    def current(self, store) -> WordIndex:
        """The loaded index, reloaded or caught up if the store changed since."""
        generation = self.conn.execute(_GEN).fetchone()[0]
        if self.loaded is None or generation != self.generation:
            self._load(generation)
        top = self.conn.execute("SELECT coalesce(max(id), 0) FROM statements").fetchone()[0]
        if top > self.loaded.last_id:
            try:
                with store.transaction() as conn:
                    self.update(conn, after_id=self.loaded.last_id)
            except StoreError as exc:  # read-only or busy: match against what is indexed
                log.warning("word index not caught up: %s", exc)
                return self.loaded
            self._load(self.conn.execute(_GEN).fetchone()[0])
        return self.loaded

    def _load(self, generation: str) -> None:
        self.conn.execute("BEGIN")  # one snapshot: a writer may compact meanwhile
        try:
            ids = self.conn.execute("SELECT segment FROM word_index ORDER BY first_id").fetchall()
            self.loaded = WordIndex([Segment.load(self.conn, i) for (i,) in ids])
        finally:
            self.conn.execute("COMMIT")
        self.generation = generation

    def query(self, store, key: str, limit: int) -> list[int] | None:
        return self.current(store).query(key, limit)
