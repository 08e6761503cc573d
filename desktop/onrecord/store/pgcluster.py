"""A throwaway PostgreSQL cluster for tests and benchmarks: initdb + pg_ctl from Debian's
`postgresql` package, in a scratch directory, listening on 127.0.0.1 only, on a free port.

PostgreSQL refuses to run as root, so under root (CI) the cluster belongs to an unprivileged
system user (`nobody` unless ONRECORD_PG_USER names another) and every command runs through
`runuser`. The superuser `onrecord_admin` logs in with a random password over TCP only.
"""

from __future__ import annotations

import glob
import os
import pwd
import secrets
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

from onrecord.errors import StoreError

ADMIN = "onrecord_admin"
# Durability is not wanted from a scratch cluster: these make it several times faster.
SETTINGS = {
    "listen_addresses": "127.0.0.1",
    "fsync": "off",
    "synchronous_commit": "off",
    "full_page_writes": "off",
    "max_connections": "100",
    "shared_buffers": "256MB",
    "log_min_messages": "warning",
}


def pg_bin() -> Path:
    """The newest server version's bin/ (Debian: /usr/lib/postgresql/<version>/bin)."""
    found = glob.glob("/usr/lib/postgresql/*/bin/initdb")
    if not found:
        if path := shutil.which("initdb"):
            return Path(path).parent
        raise StoreError("PostgreSQL is not installed (Debian: apt-get install postgresql)")
    return Path(max(found, key=lambda p: int(Path(p).parts[-3].split(".")[0]))).parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Cluster:
    """`start()` makes and starts the cluster, `dsn(db)` connects to it, `stop()` removes it."""

    def __init__(self, settings: dict | None = None):
        self.bin = pg_bin()
        self.user = os.environ.get("ONRECORD_PG_USER", "nobody") if os.geteuid() == 0 else None
        self.port = free_port()
        self.password = secrets.token_hex(12)
        self.settings = SETTINGS | (settings or {})
        self.dir: Path | None = None

    def _run(self, *args: str) -> None:
        command = [str(self.bin / args[0]), *args[1:]]
        if self.user:
            command = ["runuser", "-u", self.user, "--", *command]
        done = subprocess.run(command, capture_output=True, text=True, cwd="/")
        if done.returncode:
            raise StoreError(f"{args[0]} failed: {(done.stderr or done.stdout).strip()[-800:]}")

    def start(self) -> Cluster:
        self.dir = Path(tempfile.mkdtemp(prefix="onrecord-pg-"))
        data, pwfile = self.dir / "data", self.dir / "pw"
        pwfile.write_text(self.password)
        if self.user:
            entry = pwd.getpwnam(self.user)
            for path in (self.dir, pwfile):
                os.chown(path, entry.pw_uid, entry.pw_gid)
        try:
            self._run("initdb", "-D", str(data), "-U", ADMIN, f"--pwfile={pwfile}",
                      "--auth=scram-sha-256", "-E", "UTF8", "--no-locale", "--no-sync")  # fmt: skip
            options = " ".join(f"-c {k}={v}" for k, v in self.settings.items())
            options += f" -p {self.port} -k {self.dir}"  # the socket stays in the scratch dir
            self._run("pg_ctl", "-D", str(data), "-o", options, "-l", str(self.dir / "log"),
                      "-w", "-t", "60", "start")  # fmt: skip
        except BaseException:
            self.stop()
            raise
        finally:
            pwfile.unlink(missing_ok=True)
        return self

    def dsn(self, dbname: str = "postgres", user: str = ADMIN, password: str | None = None) -> str:
        password = self.password if password is None else password
        return f"postgresql://{user}:{password}@127.0.0.1:{self.port}/{dbname}"

    def log(self) -> str:
        try:
            return (self.dir / "log").read_text()
        except (OSError, TypeError):
            return ""

    def stop(self) -> None:
        """Stop the server (fast shutdown) and remove the scratch directory."""
        if self.dir is None:
            return
        if (self.dir / "data" / "postmaster.pid").exists():
            try:
                self._run("pg_ctl", "-D", str(self.dir / "data"), "-m", "fast", "-w", "stop")
            except StoreError:
                self._run("pg_ctl", "-D", str(self.dir / "data"), "-m", "immediate", "stop")
        shutil.rmtree(self.dir, ignore_errors=True)
        self.dir = None

    def __enter__(self) -> Cluster:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()
