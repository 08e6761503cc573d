"""The window's workers borrow their store: over a small pool of connections on the shared
archive, one that the server dropped replaced before it is lent, none after closing."""

import threading

import psycopg
import pytest

from onrecord.errors import StoreError
from onrecord.store.lending import FileStores, PooledStores, lend_stores


def _backend(store) -> int:
    return store.conn.execute("SELECT pg_backend_pid()").fetchone()[0]


def test_workers_at_once_share_a_few_connections(pg_dsn):
    stores = lend_stores(pg_dsn)
    assert isinstance(stores, PooledStores)
    seen, both_in, errors = [], threading.Barrier(2, timeout=20), []

    def work() -> None:
        try:
            with stores.store() as store:
                seen.append(_backend(store))
                assert store.stats()["statements"] == 0
                both_in.wait()  # two at once: two connections
        except Exception as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    for _round in range(3):
        threads = [threading.Thread(target=work) for _ in range(2)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(30)
    assert not errors and len(seen) == 6
    assert len(set(seen)) == 2  # six borrowings, two logins
    assert stores.pool.get_stats()["connections_num"] == 2
    stores.close()
    with pytest.raises(StoreError, match="was closed"), stores.store():
        pass


def test_a_connection_the_server_dropped_is_replaced_before_it_is_lent(pg_dsn):
    stores = lend_stores(pg_dsn)
    with stores.store() as store:
        first = _backend(store)
        store.close()  # a borrowed store leaves the connection to the pool
        assert not store.conn.closed
    with psycopg.connect(pg_dsn, autocommit=True) as admin:
        admin.execute("SELECT pg_terminate_backend(%s)", [first])
    with stores.store() as store:
        assert _backend(store) != first and store.stats()["statements"] == 0
    stores.close()


def test_a_workspace_file_gives_each_worker_a_store_of_its_own(tmp_path):
    stores = lend_stores(tmp_path / "w.db")
    assert isinstance(stores, FileStores)
    with stores.store() as one, stores.store() as two:
        assert one is not two and one.stats()["statements"] == 0
    stores.close()
