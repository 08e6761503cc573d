"""Who reviews on this desk: the editor's name and organisation, written into decisions
(`decided_by`) and exports (ClaimReview's author). Nothing is taken from the OS account.

They are kept in `config.json` in the config folder ($ONRECORD_CONFIG_DIR, else the
platform's: ~/.config/OnRecord on Linux) as {"editor_name": "...", "organisation": "..."};
the window's preferences and `onrecord report --author/--organisation` use the same calls:

    who = load_identity()                      # Identity(None, None) when nothing is set
    save_identity(Identity("Ana Ruiz", "The Daily"))
    who = load_identity().but(editor=args.author)  # an option given wins over the file
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass, replace
from pathlib import Path

from onrecord.errors import OnRecordError

log = logging.getLogger(__name__)
CONFIG_DIR_ENV = "ONRECORD_CONFIG_DIR"
_KEYS = {"editor": "editor_name", "organisation": "organisation"}


@dataclass(frozen=True)
class Identity:
    editor: str | None = None  # the person deciding and exporting ("Ana Ruiz")
    organisation: str | None = None  # who publishes ("The Daily")

    def but(self, **given: str | None) -> Identity:
        """This identity with the values given (None: keep this one's)."""
        return replace(self, **{k: _clean(v) for k, v in given.items() if _clean(v)})


def _clean(value) -> str | None:
    """The value on one line, or None when it is not text or only blanks."""
    if not isinstance(value, str):
        return None
    return " ".join(value.split()) or None


def config_dir() -> Path:
    if custom := os.environ.get(CONFIG_DIR_ENV):
        return Path(custom)
    from platformdirs import user_config_dir

    return Path(user_config_dir("OnRecord", appauthor=False))


def config_path() -> Path:
    return config_dir() / "config.json"


def read_json_object(path: Path, what: str = "the settings") -> dict:
    """The JSON object in a hand-editable file: {} when it is missing, unreadable or no
    object (said in the log, naming `what` it holds)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as exc:
        log.warning("ignoring %s in %s: %s", what, path, exc)
        return {}
    if not isinstance(data, dict):
        log.warning("ignoring %s in %s: not a JSON object", what, path)
        return {}
    return data


def load_identity(path: Path | None = None) -> Identity:
    data = read_json_object(path or config_path())
    return Identity(**{field: _clean(data.get(key)) for field, key in _KEYS.items()})


def save_identity(identity: Identity, path: Path | None = None) -> None:
    """Write the identity (other settings in the file are kept), atomically."""
    path = path or config_path()
    data = read_json_object(path) | {key: _clean(getattr(identity, f)) for f, key in _KEYS.items()}
    tmp = path.with_name(f"{path.name}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        tmp.replace(path)
    except OSError as exc:
        raise OnRecordError(f"Cannot save the settings to {path}: {exc.strerror or exc}.") from None
