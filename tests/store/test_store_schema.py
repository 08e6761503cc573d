import sqlite3
from dataclasses import replace

import pytest

from onrecord.errors import StoreError
from onrecord.store import open_store, resolve_store_path, schema, sqlite


@pytest.fixture
def store(sqlite_store):
    """These tests look inside the SQLite file; the PostgreSQL archive's own are in
    test_store_postgres.py."""
    return sqlite_store


def test_new_store_is_wal_with_foreign_keys_and_current_version(store):
    assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert schema.STORE.version(store.conn) == len(schema.MIGRATIONS)
    assert {"statements", "speakers", "aliases", "imports", "statements_fts"} <= set(
        store.db.table_names()
    )


def test_migration_backs_up_the_file_first(tmp_path, monkeypatch, fill, store):
    fill({"text": "The bridge opens in spring, not before.", "speaker": "Jane Roe"})
    store.close()

    step = "ALTER TABLE statements ADD COLUMN checked INTEGER"
    current = len(schema.MIGRATIONS)
    monkeypatch.setattr(schema, "STORE", replace(schema.STORE, steps=[*schema.MIGRATIONS, step]))
    monkeypatch.setattr(sqlite, "STORE", schema.STORE)
    migrated = open_store(tmp_path / "store.db")
    backup = tmp_path / f"store.db.v{current}.bak"
    assert backup.exists()
    with sqlite3.connect(backup) as old:
        columns = [r[1] for r in old.execute("PRAGMA table_info(statements)")]
        assert "checked" not in columns
        assert old.execute("SELECT count(*) FROM statements").fetchone()[0] == 1
    assert "checked" in migrated.db["statements"].columns_dict
    assert schema.STORE.version(migrated.conn) == current + 1
    migrated.close()


def test_no_backup_without_migration(tmp_path, store):
    store.close()
    open_store(tmp_path / "store.db").close()
    assert not list(tmp_path.glob("*.bak"))


def test_store_from_a_newer_version_is_refused(tmp_path, store):
    store.conn.execute("UPDATE store_meta SET value = '99' WHERE key = 'schema_version'")
    store.close()
    with pytest.raises(StoreError, match="newer OnRecord"):
        open_store(tmp_path / "store.db")


def test_a_file_that_is_not_a_database_is_a_store_error(tmp_path):
    bad = tmp_path / "notes.db"
    bad.write_text("this is not SQLite " * 100)
    with pytest.raises(StoreError, match="cannot open the store"):
        open_store(bad)


def test_store_path_resolution(monkeypatch, tmp_path):
    monkeypatch.setenv("ONRECORD_STORE", str(tmp_path / "env.db"))
    assert resolve_store_path(str(tmp_path / "cli.db")) == tmp_path / "cli.db"
    assert resolve_store_path(None) == tmp_path / "env.db"
    monkeypatch.delenv("ONRECORD_STORE")
    default = resolve_store_path(None)
    assert default.name == "onrecord.db" and "onrecord" in str(default).lower()


def test_store_joins_a_workspace_file_that_holds_other_tables(tmp_path):
    path = tmp_path / "workspace.db"
    with sqlite3.connect(path) as other:
        other.execute("CREATE TABLE decisions (quote_key TEXT, decision TEXT)")
        other.execute("INSERT INTO decisions VALUES ('3-40', 'verified')")
    other.close()
    store = open_store(path)
    assert store.conn.execute("SELECT decision FROM decisions").fetchone() == ("verified",)
    assert "statements" in store.db.table_names()
    store.close()
    assert not list(tmp_path.glob("*.bak"))
