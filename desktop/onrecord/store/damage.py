"""A damaged store file: found on open when that is cheap, else turned into a clear error
at first use, and always pointing at the copy taken before the last schema upgrade."""

from __future__ import annotations

import functools
import glob
import shutil
import sqlite3
from pathlib import Path

from onrecord.clock import utc_now
from onrecord.errors import StoreDamaged, StoreError

# `PRAGMA quick_check` reads every page: about a second per 200 MB here. Stores up to this
# size are checked on open; larger archives are checked by their first failing query.
QUICK_CHECK_MAX_BYTES = 64 * 1024 * 1024


def latest_backup(path: str | Path) -> Path | None:
    """The copy taken before the latest schema migration of the store at `path`, if any."""
    path = Path(path)
    copies = [p for p in path.parent.glob(f"{glob.escape(path.name)}.*v*.bak") if p.is_file()]
    return max(copies, key=lambda p: p.stat().st_mtime) if copies else None


def backup_hint(path: str | Path) -> str:
    """Names the copy taken before the latest schema migration, when there is one."""
    latest = latest_backup(path)
    return (
        f"; the copy made before the last upgrade is {latest} (the damaged file is left as is)"
        if latest
        else ""
    )


def restore_backup(path: str | Path) -> Path:
    """A new workspace file beside `path` holding its latest backup; the damaged file stays."""
    backup = latest_backup(path)
    if backup is None:
        raise StoreError(f"there is no backup of {path} to open")
    path = Path(path)
    stamp = utc_now()[:19].replace(":", "").replace("-", "")
    restored = path.with_name(f"{path.stem}.restored-{stamp}{path.suffix}")
    try:
        shutil.copyfile(backup, restored)
    except OSError as exc:
        raise StoreError(f"cannot copy the backup {backup}: {exc.strerror or exc}") from None
    return restored


def check_on_open(conn: sqlite3.Connection, path: str) -> None:
    if path == ":memory:" or Path(path).stat().st_size > QUICK_CHECK_MAX_BYTES:
        return
    problem = conn.execute("PRAGMA quick_check(1)").fetchone()[0]
    if problem != "ok":
        raise StoreDamaged(f"the store {path} is damaged ({problem}){backup_hint(path)}")


def _guarded(method):
    @functools.wraps(method)
    def call(self, *args, **kwargs):
        try:
            return method(self, *args, **kwargs)
        except sqlite3.OperationalError as exc:
            if "locked" in str(exc) or "busy" in str(exc):
                raise StoreError(
                    f"the store {self.path} is busy: another OnRecord is writing "
                    "to it; try again in a moment"
                ) from None
            raise StoreError(f"the store {self.path} failed: {exc}") from None
        except sqlite3.DatabaseError as exc:
            raise StoreDamaged(
                f"the store {self.path} is damaged ({exc}){backup_hint(self.path)}"
            ) from None

    return call


def damage_reported(cls):
    """Class decorator: every public method reports SQLite failures as a `StoreError`."""
    for name, member in list(vars(cls).items()):
        if callable(member) and not name.startswith("_") and name != "transaction":
            setattr(cls, name, _guarded(member))
    return cls
