"""The one way the workspace file's schemas are upgraded: each part (the store, the review
log) is a versioned `Schema` whose steps `migrate` runs in one transaction, after copying
the file when it already holds an earlier version.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from onrecord.dbfile import APPLICATION_ID, write_transaction
from onrecord.errors import StoreError

log = logging.getLogger(__name__)

Step = str | Callable[[sqlite3.Connection], None]  # an SQL script, or a function of the connection


@dataclass(frozen=True)
class Schema:
    """One part's tables in the workspace file, versioned: `steps[i]` brings version i to i + 1.

    The version is kept in the part's own `meta` table (the store and the review log share the
    file, so neither can use PRAGMA user_version for it).
    """

    name: str  # how messages name it: "store", "review data"
    meta: str  # table (<key> TEXT PRIMARY KEY, value TEXT) holding 'schema_version'
    key: str
    steps: Sequence[Step]
    backup_tag: str = ""  # the backup is <file>.<tag>v<version>.bak

    @property
    def latest(self) -> int:
        return len(self.steps)

    def version(self, conn: sqlite3.Connection) -> int:
        sql = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"
        if not conn.execute(sql, (self.meta,)).fetchone():
            return 0
        sql = f"SELECT value FROM {self.meta} WHERE {self.key} = 'schema_version'"
        row = conn.execute(sql).fetchone()
        return int(row[0]) if row else 0


def migrate(conn: sqlite3.Connection, schema: Schema, path: Path | None) -> None:
    """Bring `schema` to its latest version in one transaction (a crash leaves the old version
    whole); a file that already holds an earlier version is copied first."""
    current = schema.version(conn)
    if current > schema.latest:
        raise StoreError(
            f"The {schema.name} in {path} was written by a newer OnRecord "
            f"(version {current}); update OnRecord to open it."
        )
    if current == schema.latest:
        return  # the usual case takes no write lock: a read-only file opens
    if path is not None and current >= 1:  # creating the schema touches no existing table
        backup_copy(conn, path, f"{schema.backup_tag}v{current}")
    with write_transaction(conn):
        current = schema.version(conn)  # again, under the lock: another opener may have run
        if current == schema.latest:
            return
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute(
            f"CREATE TABLE IF NOT EXISTS {schema.meta} ({schema.key} TEXT PRIMARY KEY, value TEXT)"
        )
        for version in range(current + 1, schema.latest + 1):
            log.info("migrating the %s to version %d", schema.name, version)
            step = schema.steps[version - 1]
            if callable(step):
                step(conn)
            else:
                for sql in statements(step):
                    conn.execute(sql)
        conn.execute(
            f"INSERT OR REPLACE INTO {schema.meta} ({schema.key}, value) "
            "VALUES ('schema_version', ?)",
            (str(schema.latest),),
        )


def statements(script: str) -> Iterator[str]:
    """The statements of an SQL script, each whole (a trigger body keeps its semicolons)."""
    start = 0
    for end, char in enumerate(script, 1):
        if char == ";" and sqlite3.complete_statement(script[start:end]):
            yield script[start:end]
            start = end
    if script[start:].strip():
        yield script[start:]  # unterminated: executing it says what is wrong


def backup_copy(conn: sqlite3.Connection, path: Path, tag: str) -> Path:
    """A copy of the whole file beside it, `<name>.<tag>.bak`, taken before an upgrade."""
    target = path.with_name(f"{path.name}.{tag}.bak")
    with sqlite3.connect(target) as dest:
        conn.backup(dest)
    dest.close()
    log.info("%s copied to %s before migrating", path, target)
    return target


def upgraded_copy(conn: sqlite3.Connection, schema: Schema) -> sqlite3.Connection:
    """`schema`'s tables read from `conn` into memory and upgraded there: how a reader sees a
    file of an earlier version without changing the file."""
    copy = sqlite3.connect(":memory:", isolation_level=None)
    migrate(copy, replace(schema, steps=schema.steps[: schema.version(conn)]), None)
    tables = copy.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%'"
    ).fetchall()
    for (table,) in tables:
        rows = conn.execute(f"SELECT * FROM {table}").fetchall()
        if rows:
            marks = ", ".join("?" * len(rows[0]))
            copy.executemany(f"INSERT OR REPLACE INTO {table} VALUES ({marks})", rows)
    migrate(copy, schema, None)
    return copy
