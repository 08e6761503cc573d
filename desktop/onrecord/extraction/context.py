"""One parsed article: the spaCy doc, its offset in the article, and the quoted spans."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from onrecord.extraction.quotemarks import QuoteSpan

_BREAK = re.compile(r"[^\S\n]*\n\s*")


@dataclass
class DocContext:
    text: str  # the whole article text
    doc: object  # spacy Doc of text[offset:offset + len(doc.text)]
    offset: int
    spans: list[QuoteSpan] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._starts = [s.start for s in self.spans]
        self._tok_starts = [t.idx + self.offset for t in self.doc]
        self._tok_ends = [t.idx + len(t.text) + self.offset for t in self.doc]
        self._positions: dict[frozenset, list[int]] = {}
        self._breaks: list[int] | None = None  # where each paragraph break ends

    def start(self, tok) -> int:
        return tok.idx + self.offset

    def end(self, tok) -> int:
        return tok.idx + len(tok.text) + self.offset

    def quote_at(self, pos: int) -> QuoteSpan | None:
        """The quoted span containing article offset `pos`, if any."""
        i = bisect.bisect_right(self._starts, pos) - 1
        if i >= 0 and self.spans[i].start <= pos < self.spans[i].end:
            return self.spans[i]
        return None

    def in_quote(self, tok) -> bool:
        return self.quote_at(self.start(tok)) is not None

    def tokens_between(self, start: int, end: int):
        """Tokens overlapping [start, end) of the article (by bisection: long texts stay fast)."""
        lo = bisect.bisect_right(self._tok_ends, start)
        hi = bisect.bisect_left(self._tok_starts, end)
        return list(self.doc[lo:hi]) if lo < hi else []

    def has_word_between(self, words: frozenset, start: int, end: int) -> bool:
        """Whether a token spelled (lower-cased) as one of `words` starts in [start, end)."""
        if words not in self._positions:
            self._positions[words] = [self.start(t) for t in self.doc if t.lower_ in words]
        found = self._positions[words]
        i = bisect.bisect_left(found, start)
        return i < len(found) and found[i] < end

    def sentence_span(self, tok) -> tuple[int, int]:
        sent = tok.sent
        return self.start(sent[0]), self.end(sent[-1])

    def paragraph_of(self, pos: int) -> int:
        """Index of the paragraph holding `pos`; a blank line between paragraphs is no
        paragraph of its own."""
        if self._breaks is None:
            self._breaks = [m.end() for m in _BREAK.finditer(self.text)]
        return bisect.bisect_right(self._breaks, pos)
