"""Where the shared eval data is: beside the checkout, or beside the folder of worktrees."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL = next(
    (d / "shared" / "eval" for d in ROOT.parents if (d / "shared" / "eval").is_dir()),
    ROOT.parent / "shared" / "eval",
)
