"""Checks every statement goes through before it is stored; a refused row gets a reason."""

from __future__ import annotations

import hashlib
from datetime import date, datetime
from functools import lru_cache

from onrecord.store.base import STATEMENT_FIELDS
from onrecord.store.normalize import fold, match_key

MIN_TEXT, MAX_TEXT = 3, 10_000  # characters; outside this a "statement" is a parsing accident
MIN_YEAR, MAX_YEAR = 1800, 2100
_fold_name = lru_cache(maxsize=8192)(fold)  # speakers and outlets repeat across rows


class Rejected(ValueError):
    """A row that cannot become a statement; the message is the reason recorded."""


def clean(raw: dict) -> dict:
    """A statement dict with stripped strings, an ISO date and its folded text, or Rejected."""
    if not isinstance(raw, dict):
        raise Rejected("not a record")
    row = {}
    for name in STATEMENT_FIELDS:
        value = raw.get(name)
        if value is None:
            row[name] = None
            continue
        if value.__class__ is not str:
            if not isinstance(value, int | float) or isinstance(value, bool):
                raise Rejected(f"{name} is not text")
            value = str(value)
        row[name] = value.strip() or None
    text = row["text"]
    if not text:
        raise Rejected("no text")
    if not MIN_TEXT <= len(text) <= MAX_TEXT:
        raise Rejected(f"text of {len(text)} characters (allowed {MIN_TEXT}–{MAX_TEXT})")
    if row["speaker"] and row["speaker"].casefold() in ("none", "null", "unknown"):
        row["speaker"] = None
    if row["date"]:
        row["date"] = _iso_date(row["date"])
    row["folded"] = match_key(text)
    return row


@lru_cache(maxsize=4096)  # dates repeat across rows
def _iso_date(value: str) -> str:
    try:
        day = datetime.fromisoformat(value).date() if len(value) > 10 else date.fromisoformat(value)
    except ValueError:
        raise Rejected(f"bad date {value!r} (expected ISO 8601, e.g. 2025-07-13)") from None
    if not MIN_YEAR <= day.year <= MAX_YEAR:
        raise Rejected(f"bad date {value!r} (year out of range)")
    return day.isoformat()


def fingerprint(row: dict) -> int:
    """Same folded text, speaker, date and outlet: the same statement (a signed 64-bit int)."""
    key = "\x1f".join(
        (
            row["folded"],
            _fold_name(row["speaker"] or ""),
            row["date"] or "",
            _fold_name(row["outlet"] or ""),
        )
    )
    return int.from_bytes(hashlib.blake2b(key.encode(), digest_size=8).digest(), "big", signed=True)
