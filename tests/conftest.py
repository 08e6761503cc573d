"""Shared fixtures. Qt must be told to draw offscreen before any QApplication exists."""

import itertools
import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "2025-07-13_kim-jong-un-lavrov-wonsan-meeting.txt"


@pytest.fixture(autouse=True)
def _own_config(tmp_path_factory, monkeypatch):
    """Each test reads and writes its own settings, never the desk's (onrecord.config)."""
    monkeypatch.setenv("ONRECORD_CONFIG_DIR", str(tmp_path_factory.mktemp("config")))


@pytest.fixture(scope="session")
def extractor():
    from onrecord.extraction import Extractor

    return Extractor()


@pytest.fixture(scope="session")
def seed_extraction(extractor):
    from onrecord.articles import read_article

    return extractor.extract(read_article(SEED))


@pytest.fixture(scope="session")
def pg_cluster():
    """A throwaway PostgreSQL cluster for the session; in CI a failure to start fails."""
    from onrecord.store.pgcluster import Cluster

    try:
        cluster = Cluster().start()
    except Exception as exc:  # not installed, cannot run here
        if os.environ.get("CI"):
            pytest.fail(f"PostgreSQL must start in CI: {exc}", pytrace=False)
        pytest.skip(f"PostgreSQL cannot start here: {exc}")
    yield cluster
    cluster.stop()


@pytest.fixture(scope="session")
def pg_template(pg_cluster):
    """A migrated archive with its roles, copied for each test (CREATE DATABASE … TEMPLATE)."""
    import psycopg

    from onrecord.store.pgschema import init_roles, migrate

    with psycopg.connect(pg_cluster.dsn(), autocommit=True) as conn:
        conn.execute("CREATE DATABASE onrecord_template")
    with psycopg.connect(pg_cluster.dsn("onrecord_template"), autocommit=True) as conn:
        migrate(conn)
        init_roles(conn)
    return "onrecord_template"


class Archives:
    """Makes migrated archives copied from the template, and drops them."""

    def __init__(self, cluster, template: str):
        self.cluster, self.template = cluster, template

    def _admin(self):
        import psycopg

        return psycopg.connect(self.cluster.dsn(), autocommit=True)

    def new(self) -> str:
        name = f"t{next(_databases)}"
        with self._admin() as conn:
            conn.execute(f"CREATE DATABASE {name} TEMPLATE {self.template} STRATEGY FILE_COPY")
        return self.cluster.dsn(name)

    def drop(self, dsn: str) -> None:
        with self._admin() as conn:
            conn.execute(f"DROP DATABASE {dsn.rsplit('/', 1)[1]} WITH (FORCE)")


@pytest.fixture(scope="session")
def pg_archives(pg_cluster, pg_template) -> Archives:
    return Archives(pg_cluster, pg_template)


@pytest.fixture
def pg_dsn(pg_archives):
    """The connection string of a fresh migrated archive, dropped after the test."""
    dsn = pg_archives.new()
    yield dsn
    pg_archives.drop(dsn)


_databases = itertools.count(1)


@pytest.fixture
def pg_relay(pg_dsn, pg_cluster):
    """A fresh archive reached through a relay the test can cut (the server gone) and
    restore; relay.dsn is its connection string."""
    from pgproxy import Relay

    relay = Relay(pg_dsn, pg_cluster.port)
    yield relay
    if relay._listener is not None:
        relay.cut()


@pytest.fixture
def sqlite_store(tmp_path):
    from onrecord.store import open_store

    s = open_store(tmp_path / "store.db")
    yield s
    s.close()


@pytest.fixture(params=["sqlite", "postgresql"])
def store_location(request, tmp_path):
    """A workspace file, then a shared archive: a test using it runs on both backends."""
    if request.param == "sqlite":
        return tmp_path / "store.db"
    return request.getfixturevalue("pg_dsn")


@pytest.fixture
def store(store_location):
    """The store on each backend (see store_location)."""
    from onrecord.store import open_store

    s = open_store(store_location)
    yield s
    s.close()


@pytest.fixture
def fill(store):
    """Add statement dicts to the store; returns the ImportResult."""

    def add(*statements, source="test"):
        return store.add_statements(enumerate(statements, 1), source, "jsonl")

    return add
