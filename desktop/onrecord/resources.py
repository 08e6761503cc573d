"""Where the files in `resources/` are: the source checkout, or a frozen app's bundle."""

from __future__ import annotations

import sys
from pathlib import Path


def resource_path(*parts: str) -> Path:
    candidates = [Path(__file__).resolve().parents[2] / "resources"]
    if hasattr(sys, "_MEIPASS"):
        candidates.insert(0, Path(sys._MEIPASS) / "resources")
    for base in candidates:
        if (p := base.joinpath(*parts)).exists():
            return p
    return candidates[-1].joinpath(*parts)
