"""Where the workspace database lives: `--store PATH` > $ONRECORD_STORE > (in the window)
the workspace chosen there > the user data dir."""

from __future__ import annotations

import os
from pathlib import Path

ENV_VAR = "ONRECORD_STORE"
FILE_NAME = "onrecord.db"


def default_store_path() -> Path:
    import platformdirs  # imported when asked: the window paints before

    return Path(platformdirs.user_data_dir("OnRecord", appauthor=False)) / FILE_NAME


def resolve_store_path(cli_value: str | None, remembered: str | None = None) -> Path:
    """The database path chosen on the command line, by the environment, as `remembered`
    (the window passes the workspace chosen in it; the command line has no such setting), or
    by default."""
    chosen = cli_value or os.environ.get(ENV_VAR) or remembered
    return Path(chosen).expanduser() if chosen else default_store_path()
