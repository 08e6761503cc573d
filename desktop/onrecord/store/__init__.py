"""The store of earlier statements: what was said, by whom, when and where it was published."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from onrecord.store.paths import is_dsn, resolve_store_path

if TYPE_CHECKING:
    from onrecord.store.base import StatementStore

__all__ = ["ImportResult", "StatementStore", "open_store", "resolve_store_path"]


def __getattr__(name: str):
    """`ImportResult` and `StatementStore` on first use: the window's first paint imports
    this package (for its paths) and needs neither (nor `dataclasses`, which base imports)."""
    if name in ("ImportResult", "StatementStore"):
        from onrecord.store import base

        return getattr(base, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def open_store(path: str | Path | None = None) -> StatementStore:
    """Open (creating or migrating as needed) the store at `path`, or the resolved default;
    a libpq connection string opens the shared archive on PostgreSQL (never migrated here:
    `onrecord store migrate` does that)."""
    if not isinstance(path, Path) and is_dsn(path):
        from onrecord.store.postgres import PostgresStore

        return PostgresStore(path)
    from onrecord.store.sqlite import SqliteStore

    return SqliteStore(path if path is not None else resolve_store_path(None))
