"""Opening import files: plain or bz2-compressed, UTF-8 (a BOM is skipped, bad bytes replaced)."""

from __future__ import annotations

import bz2
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
