"""Where the workspace database lives: `--store PATH` > $ONRECORD_STORE > (in the window)
the workspace chosen there > the user data dir. A libpq connection string in place of a path
(`postgresql://…`, `service=newsroom`) names a shared archive on PostgreSQL instead."""

from __future__ import annotations

import os
import re
from pathlib import Path

ENV_VAR = "ONRECORD_STORE"
FILE_NAME = "onrecord.db"
# libpq connection keywords: a --store value starting with one of these is a connection string
KEYWORDS = {
    "host", "hostaddr", "port", "dbname", "user", "password", "passfile", "service",
    "sslmode", "sslrootcert", "sslcert", "sslkey", "connect_timeout", "options",
    "application_name", "target_session_attrs",
}  # fmt: skip


def is_dsn(value: str | None) -> bool:
    """A libpq URI (postgresql://…) or keyword/value string (service=newsroom, host=… …)."""
    if not value:
        return False
    value = str(value).strip()
    if value.startswith(("postgresql://", "postgres://")):
        return True
    match = re.match(r"(\w+)\s*=", value)
    return bool(match) and match.group(1) in KEYWORDS


def default_store_path() -> Path:
    import platformdirs  # imported when asked: the window paints before

    return Path(platformdirs.user_data_dir("OnRecord", appauthor=False)) / FILE_NAME


def resolve_store_path(cli_value: str | None, remembered: str | None = None) -> Path | str:
    """The database path chosen on the command line, by the environment, as `remembered`
    (the window passes the workspace chosen in it; the command line has no such setting), or
    by default; a connection string comes back as it is (a str, not a Path)."""
    chosen = cli_value or os.environ.get(ENV_VAR) or remembered
    if is_dsn(chosen):
        return chosen.strip()
    return Path(chosen).expanduser() if chosen else default_store_path()


def as_location(value: Path | str) -> Path | str:
    """A workspace file as a Path, a shared archive's connection string as it is."""
    return value if is_dsn(str(value)) and not isinstance(value, Path) else Path(value)


def is_shared(location: Path | str) -> bool:
    """Whether `location` is a shared archive on a server rather than a workspace file."""
    return not isinstance(location, Path) and is_dsn(location)


def store_exists(location: Path | str) -> bool:
    """Whether there is a store to match against (a shared archive is assumed to be there)."""
    return is_shared(location) or Path(location).exists()


def extraction_cache(location: Path | str) -> Path:
    """The folder of a workspace's kept extractions (onrecord.extraction.cache): beside its
    file; for a shared archive, in the user's cache folder (extractions are not shared)."""
    if is_shared(location):
        import platformdirs

        return Path(platformdirs.user_cache_dir("OnRecord", appauthor=False)) / "extractions"
    path = Path(location)
    return path.with_name(f"{path.name}.extractions")
