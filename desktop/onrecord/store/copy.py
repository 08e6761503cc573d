"""`onrecord store copy FROM TO`: the statements and speakers of one store into another, a
workspace file into the shared archive or back for offline work. People come first with
every name they go by, so merged speakers stay merged; then the statements, as one import
(their fingerprints make a second copy add nothing)."""

from __future__ import annotations

from collections.abc import Callable

from onrecord.store.base import STATEMENT_FIELDS, ImportResult, StatementStore


def copy_store(
    source: StatementStore, target: StatementStore, progress: Callable[[int], None] | None = None
) -> ImportResult:
    for person in source.speakers():
        target.add_aliases(person["name"], person["aliases"])
    rows = ((n, {k: s[k] for k in STATEMENT_FIELDS}) for n, s in enumerate(source.export(), 1))
    return target.add_statements(rows, f"copy of {source.path}", "copy", progress)
