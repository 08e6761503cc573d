"""Article metadata found in the text itself: a `date YYYY-MM-DD Title` line and `Published:`.

The header stays in the canonical text (so every offset matches the file) and the
body starts after it; extraction and the reading view treat it as metadata.
"""

from __future__ import annotations

import re

_DATE_LINE = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\s+(.+?)\s*$")
_PUBLISHED = re.compile(r"^\s*Published:\s*(.+?)\s*$")


def parse_header(text: str) -> tuple[dict, int]:
    """Return the metadata found and the offset where the body begins."""
    meta: dict = {}
    pos = 0
    lines = text.split("\n")
    for line in lines[:3]:
        if not line.strip() and not meta:
            pos += len(line) + 1
            continue
        if m := _DATE_LINE.match(line):
            meta["date"], meta["title"] = m.group(1), m.group(2)
        elif (m := _PUBLISHED.match(line)) and "date" in meta:
            meta["published"] = m.group(1)
        else:
            break
        pos += len(line) + 1
    return meta, min(pos, len(text)) if meta else 0


def first_line_title(text: str, limit: int = 200) -> str:
    for line in text.split("\n"):
        if line.strip():
            return line.strip()[:limit]
    return ""
