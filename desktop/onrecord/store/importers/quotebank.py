"""Quotebank's quotes-by-quotation JSON Lines (plain or .bz2), streamed line by line.

Fields used: `quotation`, `speaker`, `probas` ([[name, probability], ...]), `date`, `urls`.
The speaker is the most probable one in `probas` (Quotebank's own `speaker` otherwise);
"None" means Quotebank could not tell, and the statement is stored with no speaker.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

from onrecord.store.importers.files import json_objects


def _speaker(record: dict) -> str | None:
    probas = record.get("probas") or []
    try:
        name = max(probas, key=lambda p: float(p[1]))[0] if probas else record.get("speaker")
    except (TypeError, ValueError, IndexError, KeyError):  # e.g. "probas": [{}]
        name = record.get("speaker")
    return None if not name or name == "None" else name


def quotebank_rows(path: Path) -> Iterator[tuple[int, dict | str]]:
    for number, record in json_objects(path):
        if isinstance(record, str):  # the reason the line is not a record
            yield number, record
            continue
        urls = record.get("urls") or []
        url = urls[0] if isinstance(urls, list) and urls and isinstance(urls[0], str) else None
        yield (
            number,
            {
                "text": record.get("quotation"),
                "speaker": _speaker(record),
                "date": record.get("date"),
                "url": url,
                "outlet": urlsplit(url).hostname if url else None,
                "language": "en",
            },
        )
