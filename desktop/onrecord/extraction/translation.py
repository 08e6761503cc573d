"""Translated articles and quotes.

An article is translated when a note says so (`Translated from …`, `This article was
translated …`, `translated by …`) in its first or last lines; then every quote in it is.
A single quote is translated when its sentence says so: `said in Russian`, `through an
interpreter`, `told reporters in Korean`, `(translated)`.
"""

from __future__ import annotations

import re
from functools import cache

from onrecord.model import Extraction, Quote
from onrecord.words import language_pattern

EDGE_LINES = 5  # lines at the head and at the foot looked at for a note
_NOTE = re.compile(
    r"\btranslated\s+(?:from|by|into)\b|\b(?:article|story|report|interview|text)\s+"
    r"(?:was|has\s+been|is)\s+(?:\w+\s+)?translated\b",
    re.IGNORECASE,
)
_FROM = re.compile(
    r"\btranslated\s+from\s+(?:the\s+)?(.+?)(?=\s+(?:using|by|with|and|into)\b|[,.;:()]|$)",
    re.IGNORECASE,
)
_INTERPRETER = re.compile(
    r"\b(?:through|via|with|using|by)\s+(?:the\s+help\s+of\s+)?(?:an?|his|her|their|a\s+\w+)\s+"
    r"(?:interpreter|translator)s?\b|[(\[]\s*(?:translated|in\s+translation)\s*[)\]]",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?\n]")
WINDOW = 300  # characters either side of a quote looked at for its sentence


@cache
def _said_in():
    verbs = r"said|says|saying|spoke|speaks|speaking|told|tells|telling|wrote|writes|added|asked|replied|stated|posted"
    # the language must end the phrase, so `in Korean Peninsula issues` is not a language
    tail = r"(?=\s*[,.;:!?)\"”’]|\s*$|\s+(?:on|at|to|during|after|before|that|when|while|and|through)\b)"
    return re.compile(rf"\b(?:{verbs})\b[^.!?\n\"“”]{{0,60}}?\bin\s+(?:{language_pattern()}){tail}")


def translation_note(text: str) -> dict | None:
    """`{"note": the note's line, "from": what it was translated from or None}`, or None."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    for line in [*lines[:EDGE_LINES], *lines[-EDGE_LINES:]]:
        if len(line) <= 300 and _NOTE.search(line):
            found = _FROM.search(line)
            return {"note": line, "from": found.group(1).strip() if found else None}
    return None


def said_in_translation(text: str, quote: Quote) -> bool:
    """Whether the sentence around `quote` (the quote's own words aside) says it was
    translated, or the sentence naming its speaker does."""
    before = text[max(0, quote.start - WINDOW) : quote.start]
    ends = list(_SENTENCE_END.finditer(before))
    before = before[ends[-1].end() :] if ends else before
    after = text[quote.end : quote.end + WINDOW]
    end = _SENTENCE_END.search(after, 1)  # the quote may close on its own full stop
    around = [before, after[: end.end() if end else len(after)]]
    if quote.evidence:
        a, b = quote.evidence
        around += [text[a : min(b, quote.start)], text[max(a, quote.end) : b]]
    return any(
        (" in " in part and _said_in().search(part))
        or (("interpret" in part or "translat" in part) and _INTERPRETER.search(part))
        for part in around
    )


def mark_translated(extraction: Extraction) -> Extraction:
    """Set the article's `translation` and each quote's `translated`."""
    article = extraction.article
    article.translation = translation_note(article.text)
    for quote in extraction.quotes:
        quote.translated = bool(article.translation) or said_in_translation(article.text, quote)
    return extraction
