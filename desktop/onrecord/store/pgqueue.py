"""The shared archive's queue of articles to import, with no coordinator of our own.

Every `onrecord store import FOLDER` (on any machine) adds the folder's articles not yet
imported, by content hash, then claims batches with FOR UPDATE SKIP LOCKED inside the
transaction that stores the batch's statements and deletes its queue rows: two importers
never take the same article, and a worker killed mid-batch holds nothing (its transaction
ends with its connection, and the rows are claimable again).

An importer claims only articles it found itself (the session's `found` table), under its
own path: two machines may mount the archive in different places, and an import of another
folder at the same time is not taken for this one.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

_CLAIM = """
SELECT q.content_hash, f.path FROM article_queue q JOIN found f USING (content_hash)
LIMIT %s FOR UPDATE OF q SKIP LOCKED
"""
_MINE = "FROM article_queue q JOIN found f USING (content_hash)"


class PgQueue:
    def __init__(self, conn, items: list[tuple[str, str]]):
        self.conn = conn
        with conn.transaction():
            conn.execute(
                "CREATE TEMP TABLE IF NOT EXISTS found (content_hash text PRIMARY KEY, path text)"
            )
            conn.execute("TRUNCATE found")
            with conn.cursor().copy("COPY found FROM STDIN") as copy:
                for row in dict(items).items():
                    copy.write_row(row)
            self.skipped = conn.execute(
                "SELECT count(*) FROM found f JOIN imported_articles i USING (content_hash)"
            ).fetchone()[0]
            conn.execute(
                "INSERT INTO article_queue SELECT f.content_hash, f.path FROM found f"
                " WHERE NOT EXISTS (SELECT 1 FROM imported_articles i"
                " WHERE i.content_hash = f.content_hash) ON CONFLICT DO NOTHING"
            )

    def remaining(self) -> int:
        """This import's articles not imported yet (some may be another importer's now)."""
        return self.conn.execute(f"SELECT count(*) {_MINE}").fetchone()[0]

    def others_working(self) -> bool:
        """Whether articles of this import remain that another importer holds (they come
        back if it stops)."""
        return self.conn.execute(f"SELECT EXISTS (SELECT 1 {_MINE})").fetchone()[0]

    @contextmanager
    def claim(self, count: int) -> Iterator[list[tuple[str, str]]]:
        """Up to `count` unclaimed (content hash, path) pairs, held until the block ends;
        the batch's statements are stored in the same transaction, or none are. An article
        queued again by an importer that started as another finished it is dropped."""
        with self.conn.transaction():
            claimed = self.conn.execute(_CLAIM, [count]).fetchall()
            done = {h for (h,) in self.conn.execute(
                "SELECT content_hash FROM imported_articles WHERE content_hash = ANY(%s)",
                [[h for h, _ in claimed]],
            )}  # fmt: skip
            yield sorted(((h, p) for h, p in claimed if h not in done), key=lambda c: c[1])
            self.conn.execute(
                "DELETE FROM article_queue WHERE content_hash = ANY(%s)", [[h for h, _ in claimed]]
            )
