"""Bringing decisions to an article opened anew: the same text at another path, or an edited
text at the same path (each decision moves to where its quote's words now are).
"""

from __future__ import annotations

import re

from onrecord.model import key_span, quote_key

_COLUMNS = "decision, note, speaker_override, decided_by, decided_at, said_by"
_INSERT = (
    "INSERT OR IGNORE INTO review_decisions (content_hash, path, quote_key, "
    f"{_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


def reanchor(key: str | None, old_text: str, new_text: str) -> str | None:
    """The key of the same words in the edited text (the occurrence nearest the old place)."""
    span = key_span(key)
    if span is None:
        return None
    s, e = span
    words = old_text[s:e]
    hits = [m.start() for m in re.finditer(re.escape(words), new_text)] if words.strip() else []
    if not hits:
        return None
    best = min(hits, key=lambda h: abs(h - s))
    return quote_key(best, best + len(words))


def earlier_review(read, content_hash: str, path: str, text: str):
    """Statements copying the decisions an earlier review holds, and the position to take.

    `read(sql, params)` queries the database. Returns ([(sql, params)...], position).
    """
    same = read(
        "SELECT path, position FROM review_articles WHERE content_hash = ? "
        "ORDER BY rowid DESC LIMIT 1",
        (content_hash,),
    )
    if same:
        old_path, position = same[0]
        rows = read(
            f"SELECT quote_key, {_COLUMNS} FROM review_decisions WHERE content_hash = ? AND path = ?",
            (content_hash, old_path),
        )
        return [(_INSERT, (content_hash, path, *row)) for row in rows], position
    edited = read(
        "SELECT content_hash, position, text FROM review_articles WHERE path = ? AND path != '' "
        "AND text IS NOT NULL ORDER BY rowid DESC LIMIT 1",
        (path,),
    )
    if not edited:
        return [], None
    old_hash, position, old_text = edited[0]
    rows = read(
        f"SELECT quote_key, {_COLUMNS} FROM review_decisions WHERE content_hash = ? AND path = ?",
        (old_hash, path),
    )
    moved = [(reanchor(row[0], old_text, text), row[1:]) for row in rows]
    statements = [(_INSERT, (content_hash, path, key, *rest)) for key, rest in moved if key]
    return statements, reanchor(position, old_text, text)
