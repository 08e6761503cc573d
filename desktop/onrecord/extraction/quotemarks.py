"""Finding the spans inside quotation marks, before any parsing.

Marks are read by context, not by glyph alone: AI-translated and hand-edited copy mixes
straight and curly marks ("“…\"" is common), so an opening mark is one that starts a
word and a closing mark is one that ends a word. Apostrophes never open a quote: a
single quote counts only as `‘` at the start of a word, closed by `’` at the end of one,
and only outside a double-quoted span (inside one it is the nested quote, kept as text).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_DOUBLE = '"“”„‟«»'
_OPENERS = "“„‟«"
_CLOSERS = "”»"
_OPEN_CONTEXT = " \t\n([{—–-/:;,.…“‘\"'"
MAX_MARKS = 20000  # more marks than this in one article is not prose: stop pairing there

_CURLY = re.compile(r"[\n”“„‟«]")  # a paragraph end, the curly closer, the openers
_MARK = re.compile(r"``|''|[\"“”„‟«»‘’]")


@dataclass
class QuoteSpan:
    start: int  # first character inside the marks
    end: int  # one past the last character inside the marks
    closed: bool = True  # False: ran to the end of its paragraph without a closing mark
    continues: bool = False  # the quotation goes on in the next paragraph


def _role(text: str, i: int, mark: str) -> str:
    """'open' or 'close' for a double mark at i, read from the characters around it."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + len(mark)] if i + len(mark) < len(text) else " "
    if mark == "``" or mark in _OPENERS:
        # `here,“ said Clyburn`: an opener typed for a closer ends a word, before a space
        return "close" if after.isspace() and not before.isspace() else "open"
    if mark in _CLOSERS:
        return "close"
    # straight marks and the typewriter pair '' (used both ways in NYT copy): by context
    if before in _OPEN_CONTEXT and not after.isspace():
        return "open"
    return "close"


def _has_words(text: str, start: int, end: int) -> bool:
    return any(c.isalnum() for c in text[start:end])


def find_quote_spans(text: str, start: int = 0, end: int | None = None) -> list[QuoteSpan]:
    """Every quoted span in text[start:end], in order; offsets are into `text`."""
    end = len(text) if end is None else end
    scan = _Scan(text)
    for count, m in enumerate(_MARK.finditer(text, start, end), 1):
        if count > MAX_MARKS:
            break
        if m.group() in ("‘", "’"):
            scan.single(m.start(), m.group())
        else:
            scan.double(m.start(), m.group())
    return _outermost(scan.finish(end))


class _Scan:
    """One pass over the marks: the spans found, and the double and single quotes open."""

    def __init__(self, text: str):
        self.text = text
        self.spans: list[QuoteSpan] = []
        self.open_at: int | None = None  # content start of the double quote being read
        self.open_mark = ""
        # curly pairs open inside the double quote: `"… “Equal Justice” …"`, `“… “cell
        # phone only” households …”`
        self.nested = 0
        self.inner: list[QuoteSpan] = []  # curly pairs closed inside an open straight quote
        self._inner_at = 0
        self.single_at: int | None = None
        self._owed: dict[int, int] | None = None  # read at the first nesting, see _owed_after

    def single(self, i: int, mark: str) -> None:
        """`‘` at a word's start opens, `’` at a word's end closes; inside a double quote
        either is plain text (a nested quote or an apostrophe)."""
        if self.open_at is not None:
            return
        text, after = self.text, i + len(mark)
        if mark == "‘" and (i == 0 or not text[i - 1].isalnum()):
            self.single_at = after
        elif mark == "’" and self.single_at is not None:
            nxt = text[after] if after < len(text) else " "
            if not nxt.isalnum() and _has_words(text, self.single_at, i):
                self.spans.append(QuoteSpan(self.single_at, i))
                self.single_at = None

    def double(self, i: int, mark: str) -> None:
        """A double mark opens, closes, nests inside the quote open, or reopens."""
        self._paragraph_end(i)
        text, after = self.text, i + len(mark)
        role = _role(text, i, mark)
        if self.nested and role == "close" and mark != '"':
            self.nested -= 1
            if not self.nested and _has_words(text, self._inner_at, i):
                self.inner.append(QuoteSpan(self._inner_at, i))
            return
        around = 1 if self.open_mark == '"' else 2  # closers the paragraph owes
        opens = self.open_at is not None and role == "open" and mark in _OPENERS
        if opens and self._owes(i) >= around:
            self.nested += 1
            self._inner_at = after if self.nested == 1 else self._inner_at
            return
        if self.open_at is None:
            if role == "open":
                self.open_at, self.open_mark, self.inner = after, mark, []
        elif role == "close" or mark in ('"', "''"):
            if _has_words(text, self.open_at, i):
                self.spans.append(QuoteSpan(self.open_at, i))
            self.open_at = None
        else:  # a second opener: the first one was never closed
            self.open_at, self.open_mark, self.inner = after, mark, []

    def _owes(self, i: int) -> int:
        if self._owed is None:
            self._owed = _owed_after(self.text)
        return self._owed[i]

    def _paragraph_end(self, i: int) -> None:
        """Quotes still open at a paragraph end before `i`: a double one ends there
        unclosed, a single one was an apostrophe after all."""
        text = self.text
        if "\n" in text[(self.open_at if self.open_at is not None else i) : i]:
            self.spans.extend(self._left_open(i))
            self.open_at, self.nested = None, 0
        if "\n" in text[self.single_at or i : i]:
            self.single_at = None

    def finish(self, end: int) -> list[QuoteSpan]:
        if self.open_at is not None:
            self.spans.extend(self._left_open(end))
        return self.spans

    def _left_open(self, limit: int) -> list[QuoteSpan]:
        """The quote open at a paragraph end; but a straight mark never closed around
        curly pairs, the paragraph not going on in straight marks, was a stray keystroke
        (`"Trump tried to laugh it off by interjecting, “Only Rosie.” But …`): the
        curly pairs are the quotes."""
        unclosed = _unclosed(self.text, self.open_at, limit)
        para_end = self.text.find("\n", self.open_at)
        goes_on = para_end >= 0 and self.text[para_end:].lstrip()[:1] == '"'
        return self.inner if self.open_mark == '"' and self.inner and not goes_on else unclosed


def _outermost(spans: list[QuoteSpan]) -> list[QuoteSpan]:
    """A quote inside another (British ‘… "…" …’) is part of it, not a quote of its own."""
    kept: list[QuoteSpan] = []
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        if not kept or span.start >= kept[-1].end:
            kept.append(span)
    return kept


def _owed_after(text: str) -> dict[int, int]:
    """For each curly mark, how many more curly quotes the rest of its paragraph closes
    than it opens: an opener nests when that covers it and the quote around it. Read once,
    from the end, so a paragraph of thousands of openers costs no more than its length."""
    owed: dict[int, int] = {}
    balance = 0
    for m in reversed(list(_CURLY.finditer(text))):
        if m.group() == "\n":
            balance = 0
            continue
        owed[m.start()] = balance
        balance += 1 if m.group() == "”" else -1
    return owed


def _unclosed(text: str, open_at: int, limit: int) -> list[QuoteSpan]:
    """An open quote at paragraph end: it continues when the next paragraph opens a quote."""
    para_end = text.find("\n", open_at, limit)
    para_end = limit if para_end < 0 else para_end
    content_end = para_end
    while content_end > open_at and text[content_end - 1].isspace():
        content_end -= 1
    if not _has_words(text, open_at, content_end):
        return []
    rest = text[para_end:limit].lstrip()
    continues = bool(rest) and rest[0] in _OPENERS + '"'
    return [QuoteSpan(open_at, content_end, closed=False, continues=continues)]
