"""The workspace database file that the store and the review log share: opening, transactions,
and the one way their schemas are upgraded (`Schema`, `migrate`).

Two windows or processes opening a new workspace at once race: switching to WAL fails with
"database is locked" instead of waiting, and one schema setup can meet the other's half-made
tables. Those openings are waited out and tried again; any other error is raised at once.
"""

from __future__ import annotations

import logging
import sqlite3
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path

from onrecord.errors import NotAWorkspace, StoreError

log = logging.getLogger(__name__)

APPLICATION_ID = 0x4F6E5263  # "OnRc": PRAGMA application_id of an OnRecord workspace
_PARTS = ("store_meta", "review_meta")  # tables only an OnRecord workspace holds
OPEN_SECONDS = 10.0  # how long a first opening waits for another to finish
_TRANSIENT = ("locked", "busy", "already exists")


def prepare(conn: sqlite3.Connection, setup: Callable[[], None]) -> None:
    """WAL on, then `setup()` (schema migrations), retried while another opener is at work."""
    deadline = time.monotonic() + OPEN_SECONDS
    pause = 0.02
    while True:
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            setup()
            return
        except sqlite3.OperationalError as exc:
            if not any(word in str(exc) for word in _TRANSIENT) or time.monotonic() > deadline:
                raise
        time.sleep(pause)
        pause = min(pause * 2, 0.5)


@contextmanager
def write_transaction(
    conn: sqlite3.Connection, busy: str | None = None
) -> Iterator[sqlite3.Connection]:
    """BEGIN IMMEDIATE ... COMMIT: everything in the block is written, or nothing is.

    With `busy`, a transaction that cannot begin raises StoreError("<busy>: <reason>").
    """
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as exc:
        if busy is None:
            raise
        raise StoreError(f"{busy}: {exc}") from None
    try:
        yield conn
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:  # also when COMMIT itself failed
            conn.execute("ROLLBACK")
        raise


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


def recognise_workspace(path: str | Path) -> bool:
    """Whether `path` is an OnRecord workspace (True) or nothing yet (False: no file, or an
    empty one, which becomes a workspace when opened). Anything else raises NotAWorkspace
    with a message for the editor. Reads only: nothing is written and no file is created.

    A workspace carries APPLICATION_ID in its header, or (made before the header was set)
    the store's or the review's version table.
    """
    path = Path(path)
    if path.is_dir():
        raise NotAWorkspace(f"{path} is a folder, not a workspace file.")
    try:
        with path.open("rb") as f:
            header = f.read(100)
    except FileNotFoundError:
        return False
    except OSError as exc:
        raise NotAWorkspace(f"Cannot read {path}: {exc.strerror or exc}.") from None
    if not header:
        return False
    if not header.startswith(b"SQLite format 3\0"):
        raise NotAWorkspace(f"{path} is not an OnRecord workspace (not an SQLite database).")
    app_id = int.from_bytes(header[68:72], "big")
    if app_id == APPLICATION_ID:
        return True
    if app_id:
        raise NotAWorkspace(
            f"{path} is another program's database (application id {app_id:#x}); "
            "OnRecord leaves it untouched."
        )
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    except sqlite3.DatabaseError as exc:
        raise NotAWorkspace(f"{path} cannot be read as a workspace: {exc}.") from None
    finally:
        conn.close()
    if names and not names & set(_PARTS):
        raise NotAWorkspace(
            f"{path} is an SQLite database that is not an OnRecord workspace "
            f"(it holds {len(names)} tables or indexes of another program); "
            "OnRecord leaves it untouched."
        )
    return bool(names)
