"""The keymap: defaults from resources/keymap.json, then the user's keymap.json on top (the
one place for the editor's own keys; the `?` overlay says where it is)."""

from __future__ import annotations

import logging
from pathlib import Path

from onrecord.config import config_dir, read_json_object
from onrecord.resources import resource_path

log = logging.getLogger(__name__)


def user_keymap_path() -> Path:
    return config_dir() / "keymap.json"


def _read(path: Path) -> dict[str, list[str]]:
    data = read_json_object(path, "the keymap")
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
