"""The shared archive's queue of articles to import, with no coordinator of our own.

Every `onrecord store import FOLDER` (on any machine) adds the folder's articles not yet
imported, by content hash, then claims batches with FOR UPDATE SKIP LOCKED inside the
transaction that stores the batch's statements and deletes its queue rows: two importers
never take the same article, and a worker killed mid-batch holds nothing (its transaction
ends with its connection, and the rows are claimable again).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager


class PgQueue:
    def __init__(self, conn, items: list[tuple[str, str]]):
        self.conn = conn
        with conn.transaction():
            conn.execute("CREATE TEMP TABLE found (content_hash text, path text) ON COMMIT DROP")
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
        return self.conn.execute("SELECT count(*) FROM article_queue").fetchone()[0]

    def others_working(self) -> bool:
        """Whether articles remain that another importer holds (they may come back)."""
        return self.remaining() > 0

    @contextmanager
    def claim(self, count: int) -> Iterator[list[tuple[str, str]]]:
        """Up to `count` unclaimed (content hash, path) pairs, held until the block ends;
        the batch's statements are stored in the same transaction, or none are."""
        with self.conn.transaction():
            claimed = self.conn.execute(
                "SELECT content_hash, path FROM article_queue ORDER BY path"
                " LIMIT %s FOR UPDATE SKIP LOCKED",
                [count],
            ).fetchall()
            yield claimed
            self.conn.execute(
                "DELETE FROM article_queue WHERE content_hash = ANY(%s)", [[h for h, _ in claimed]]
            )
