"""Quoted words that are no one's quote (a title, a sign, a scare quote, an idiom), and
the quotations and reported words such a mention accounts for."""

from __future__ import annotations

import re

from onrecord.extraction.nesting import overlap
from onrecord.model import QuotedMention

_WORDS = re.compile(r"\w+")
_JOINER = re.compile(r"[ \"“”‘’',]*(?:and|or)?[ \"“”‘’']*")


def mention(text: str, start: int, end: int, kind: str) -> QuotedMention:
    return QuotedMention(start, end, text[start:end], kind)


def listed(mentions: list[QuotedMention], span, text: str) -> str | None:
    """`placards reading "…" and "…"`: a quotation listed right after a mention is one
    of the same kind."""
    last = mentions[-1] if mentions else None
    if last is None or last.kind == "other":
        return None
    between = text[last.end : span.start]
    joined = _JOINER.fullmatch(between) and (_WORDS.search(between) or last.text[-1:] == ",")
    return last.kind if joined else None


def mentioned(q, mentions: list[QuotedMention], text: str) -> bool:
    """`a sign that said "…"`: reported words that are all a mention (two words aside)."""
    for m in mentions:
        if overlap(q, m):
            rest = text[q.start : max(q.start, m.start)] + text[min(q.end, m.end) : q.end]
            if len(_WORDS.findall(rest)) <= 2:
                return True
    return False
