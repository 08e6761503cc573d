"""Reading import files: plain or bz2-compressed, UTF-8 (a BOM is skipped, bad bytes replaced)."""

from __future__ import annotations

import bz2
import json
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO


def open_text(path: Path) -> TextIO:
    if path.suffix == ".bz2":
        return bz2.open(path, "rt", encoding="utf-8-sig", errors="replace", newline="")
    return open(path, encoding="utf-8-sig", errors="replace", newline="")


def first_line(path: Path) -> str:
    try:
        with open_text(path) as fh:
            for line in fh:
                if line.strip():
                    return line.strip()
    except (OSError, EOFError):
        return ""
    return ""


def json_objects(path: Path) -> Iterator[tuple[int, dict | str]]:
    """(line number, object) for each JSON Lines record, or (line number, reason) for a line
    that is not a JSON object; blank lines are skipped."""
    with open_text(path) as fh:
        for number, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                yield number, f"invalid JSON: {exc.msg}"
                continue
            yield number, record if isinstance(record, dict) else "not an object"
