"""Bringing decisions to an article opened anew: the same text at another path, or an edited
text at the same path (each decision moves to where its quote's words now are).
"""

from __future__ import annotations

import re
from dataclasses import replace

from onrecord.model import key_span, quote_key
from onrecord.review.records import Decision, Read, decisions


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


def earlier_review(
    read: Read, content_hash: str, path: str, text: str
) -> tuple[list[Decision], str | None]:
    """The decisions an earlier review holds for this article, keyed to `text`, and the
    position to take: from the same text at another path, else from this path before an edit.
    """
    same = read(
        "SELECT path, position FROM review_articles WHERE content_hash = ? "
        "ORDER BY rowid DESC LIMIT 1",
        (content_hash,),
    )
    if same:
        old_path, position = same[0]
        return list(decisions(read, content_hash, old_path).values()), position
    edited = read(
        "SELECT content_hash, position, text FROM review_articles WHERE path = ? AND path != '' "
        "AND text IS NOT NULL ORDER BY rowid DESC LIMIT 1",
        (path,),
    )
    if not edited:
        return [], None
    old_hash, position, old_text = edited[0]
    moved = [
        replace(d, quote_key=key)
        for d in decisions(read, old_hash, path).values()
        if (key := reanchor(d.quote_key, old_text, text))
    ]
    return moved, reanchor(position, old_text, text)
