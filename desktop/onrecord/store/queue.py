"""The articles an archive import still has to do, on a workspace file: one importing
process (SQLite has one writer), so the queue is this process's list of files whose content
hash the store has not recorded yet. The shared archive's queue is `pgqueue.PgQueue`."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager


class LocalQueue:
    def __init__(self, conn, items: list[tuple[str, str]]):
        done = {h for (h,) in conn.execute("SELECT content_hash FROM imported_articles")}
        self.pending = [(h, path) for h, path in dict(items).items() if h not in done]
        self.skipped = len(items) - len(self.pending)

    def remaining(self) -> int:
        return len(self.pending)

    def others_working(self) -> bool:
        return False

    @contextmanager
    def claim(self, count: int) -> Iterator[list[tuple[str, str]]]:
        """The next `count` (content hash, path) pairs; taken off the list once done."""
        claimed = self.pending[:count]
        yield claimed
        del self.pending[: len(claimed)]
