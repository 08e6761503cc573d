"""The keymap: defaults from resources/keymap.json, then the user's keymap.json on top (the
one place for the editor's own keys; the `?` overlay says where it is)."""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path

from onrecord.resources import resource_path

log = logging.getLogger(__name__)


def user_keymap_path() -> Path:
    if custom := os.environ.get("ONRECORD_CONFIG_DIR"):
        return Path(custom) / "keymap.json"
    from platformdirs import user_config_dir

    return Path(user_config_dir("OnRecord", appauthor=False)) / "keymap.json"


def _read(path: Path) -> dict[str, list[str]]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as exc:
        log.warning("ignoring keymap %s: %s", path, exc)
        return {}
    if not isinstance(data, dict):
        log.warning("ignoring keymap %s: not a JSON object", path)
        return {}
    keys = {}
    for action_id, value in data.items():
        if action_id.startswith("_"):
            continue
        if isinstance(value, str | list):  # a hand-edited file may hold anything else too
            keys[action_id] = [k for k in ([value] if isinstance(value, str) else value)
                               if isinstance(k, str)]  # fmt: skip
        else:
            log.warning("ignoring keymap entry %s in %s: %r", action_id, path, value)
    return keys


def load_keymap() -> dict[str, list[str]]:
    """Action id -> key sequences: the defaults, then the user's file."""
    keymap = _read(resource_path("keymap.json"))
    keymap.update(_read(user_keymap_path()))
    return keymap
