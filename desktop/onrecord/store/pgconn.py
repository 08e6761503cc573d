"""Connecting to the shared archive with libpq's own conventions, and its failures in words.

Credentials and TLS come from where libpq looks for them (the URI, `~/.pgpass` or
PGPASSFILE, `pg_service.conf` for `service=…`, PG* variables, `sslmode`); OnRecord never
stores a password, and names an archive by `describe()`, which leaves the password out.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from contextlib import contextmanager

from onrecord.errors import StoreError

CONNECT_TIMEOUT = 10  # seconds, unless the connection string says otherwise


def describe(dsn: str) -> str:
    """The archive as a person reads it, never with its password: user@host:port/db."""
    from psycopg.conninfo import conninfo_to_dict

    try:
        parts = conninfo_to_dict(dsn)
    except Exception:  # noqa: BLE001 - a malformed string is named without its content
        return "(a malformed connection string)"
    if "service" in parts and "host" not in parts:
        return f"service={parts['service']}"
    user = f"{parts['user']}@" if parts.get("user") else ""
    port = f":{parts['port']}" if parts.get("port") else ""
    return f"{user}{parts.get('host', 'localhost')}{port}/{parts.get('dbname', '')}"


def without_password(dsn: str) -> str:
    """The connection string to remember: the same archive, its password left to libpq's
    password file or service file."""
    from psycopg.conninfo import conninfo_to_dict, make_conninfo

    parts = conninfo_to_dict(dsn)
    if "password" not in parts:
        return dsn
    parts.pop("password")
    return make_conninfo(**parts)


def options(dsn: str) -> dict:
    """The connection's parameters: the string's, with OnRecord's defaults, autocommit
    (transactions are explicit); StoreError for a malformed string."""
    import psycopg
    from psycopg.conninfo import conninfo_to_dict

    try:
        found = conninfo_to_dict(dsn)
    except psycopg.ProgrammingError:
        raise StoreError(f"not a valid connection string: {describe(dsn)}") from None
    found.setdefault("connect_timeout", CONNECT_TIMEOUT)
    found.setdefault("application_name", "onrecord")
    return {**found, "autocommit": True}


def connect(dsn: str, **kwargs):
    """A connection (autocommit: transactions are explicit), or StoreError saying why not."""
    import psycopg

    params = options(dsn)
    try:
        return psycopg.connect(**params, **kwargs)
    except psycopg.OperationalError as exc:
        raise StoreError(_why(exc, describe(dsn))) from None


def _why(exc: Exception, where: str) -> str:
    text = str(exc)
    if "password authentication failed" in text or "no password supplied" in text:
        return (
            f"the archive {where} refused the login: wrong or missing password "
            "(OnRecord takes it from ~/.pgpass, PGPASSFILE or the service file, never stores it)"
        )
    if "does not exist" in text:
        return f"the archive {where} does not exist: {_first_line(text)}"
    if "Connection refused" in text or "could not connect" in text or "timeout" in text:
        return f"cannot reach the archive server {where}: is it running? ({_first_line(text)})"
    return f"cannot open the archive {where}: {_first_line(text)}"


def _first_line(text: str) -> str:
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    # libpq says 'connection to server at "127.0.0.1", port 5432 failed: <the reason>'
    return (lines[-1] if lines else text).split(" failed: ")[-1]


@contextmanager
def reported(where: str, lost: str = "nothing in flight was stored") -> Iterator[None]:
    """The server's failures inside the block, on the archive `where`, as a StoreError in
    words; `lost`: what the editor should know when the connection went."""
    import psycopg

    try:
        yield
    except psycopg.errors.InsufficientPrivilege as exc:
        raise StoreError(
            f"not allowed on the archive {where}: {exc.diag.message_primary} "
            "(ask its owner for the onrecord_editor or onrecord_importer role)"
        ) from None
    except psycopg.OperationalError as exc:
        raise StoreError(
            f"the connection to the archive {where} was lost: {_first_line(str(exc))}; {lost}"
        ) from None
    except psycopg.Error as exc:
        raise StoreError(f"the archive {where} failed: {_first_line(str(exc))}") from None


def _guarded(method):
    @functools.wraps(method)
    def call(self, *args, **kwargs):
        with reported(self.path):
            return method(self, *args, **kwargs)

    return call


def errors_reported(cls):
    """Class decorator: every public method reports server failures as a `StoreError`."""
    for name, member in list(vars(cls).items()):
        if callable(member) and not name.startswith("_") and name != "transaction":
            setattr(cls, name, _guarded(member))
    return cls
