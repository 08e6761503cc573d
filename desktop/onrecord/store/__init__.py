"""The store of earlier statements: what was said, by whom, when and where it was published."""

from __future__ import annotations

from pathlib import Path

from onrecord.store.base import ImportResult, StatementStore
from onrecord.store.paths import resolve_store_path

__all__ = ["ImportResult", "StatementStore", "open_store", "resolve_store_path"]


def open_store(path: str | Path | None = None) -> StatementStore:
    """Open (creating or migrating as needed) the store at `path`, or the resolved default;
    a libpq connection string opens the shared archive on PostgreSQL (never migrated here:
    `onrecord store migrate` does that)."""
    from onrecord.store.pgconn import is_dsn

    if not isinstance(path, Path) and is_dsn(path):
        from onrecord.store.postgres import PostgresStore

        return PostgresStore(path)
    from onrecord.store.sqlite import SqliteStore

    return SqliteStore(path if path is not None else resolve_store_path(None))
