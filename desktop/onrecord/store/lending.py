"""Stores lent to the window's worker threads, one at a time each.

On the shared archive they run over a small pool of connections (psycopg_pool) kept from the
workspace's opening to its closing: a worker borrows a connection and gives it back, instead
of logging in anew. A workspace file gives each worker a store of its own (an SQLite
connection stays in the thread that made it).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from onrecord.errors import StoreError
from onrecord.store.paths import is_shared
from onrecord.store.pgconn import CONNECT_TIMEOUT, connect, describe, options

POOL_SIZE = 3  # the workers at once: a load, a statistics probe, one more


class FileStores:
    """A store of its own for each borrower, on the workspace file."""

    def __init__(self, path: Path):
        self.path = path

    @contextmanager
    def store(self) -> Iterator:
        from onrecord.store import open_store

        store = open_store(self.path)
        try:
            yield store
        finally:
            store.close()

    def close(self) -> None:
        """Nothing is kept open between borrowings."""


class PooledStores:
    """Stores over at most `size` connections to the archive `dsn`, made as they are needed
    and checked before each lending (one the server dropped is replaced)."""

    def __init__(self, dsn: str, size: int = POOL_SIZE):
        from psycopg_pool import ConnectionPool

        self.dsn = dsn
        self.pool = ConnectionPool(
            kwargs=options(dsn), min_size=1, max_size=size, open=True, num_workers=1,
            check=ConnectionPool.check_connection, timeout=CONNECT_TIMEOUT, name="onrecord",
        )  # fmt: skip

    @contextmanager
    def store(self) -> Iterator:
        from psycopg_pool import PoolClosed, PoolTimeout

        from onrecord.store.postgres import PostgresStore

        try:
            conn = self.pool.getconn()
        except PoolClosed:
            raise StoreError(f"the workspace {describe(self.dsn)} was closed") from None
        except PoolTimeout:  # the server's own reason, as a new login meets it
            connect(self.dsn).close()
            raise StoreError(f"the archive {describe(self.dsn)} has no connection free") from None
        try:
            yield PostgresStore(self.dsn, check=False, conn=conn)
        finally:
            self.pool.putconn(conn)  # closed, if the pool was closed meanwhile

    def close(self) -> None:
        self.pool.close(timeout=1)


def lend_stores(location: Path | str) -> FileStores | PooledStores:
    """What the window's workers borrow their store from, for this workspace."""
    return PooledStores(location) if is_shared(location) else FileStores(Path(location))
