"""Where the workspace database is: `--store PATH` > $ONRECORD_STORE > the user data folder."""

from __future__ import annotations

import os
from pathlib import Path


def store_path(cli_value: str | None) -> Path:
    try:
        from onrecord.store.paths import resolve_store_path
    except ImportError:  # until the store package lands
        from platformdirs import user_data_dir

        if cli_value or os.environ.get("ONRECORD_STORE"):
            return Path(cli_value or os.environ["ONRECORD_STORE"]).expanduser()
        return Path(user_data_dir("OnRecord", appauthor=False)) / "onrecord.db"
    return resolve_store_path(cli_value)
