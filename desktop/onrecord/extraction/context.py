"""One parsed article: the spaCy doc, its offset in the article, and the quoted spans."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from onrecord.extraction.cues import MAX_SENTENCE_TOKENS, is_cue
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
        self._quoted: bytearray | None = None  # per token: 1 when it starts inside a quote
        self._cues: dict[int, tuple[list, list[int]]] = {}  # sentence start -> its cues
        self._prose: set[int] | None = None  # paragraphs with words outside quotation marks
        self._sents: list[int] | None = None  # where each sentence starts (token index)

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
        if self._quoted is None:  # marked once: a sentence's tokens are asked again per quote
            self._quoted = bytearray(len(self._tok_starts))
            for span in self.spans:
                lo = bisect.bisect_left(self._tok_starts, span.start)
                hi = bisect.bisect_left(self._tok_starts, span.end)
                self._quoted[lo:hi] = b"\x01" * (hi - lo)
        return bool(self._quoted[tok.i])

    def cues_in(self, sent, lo: int = 0, hi: int | None = None) -> list:
        """The reporting verbs (cues.is_cue) outside quotes in `sent`, those with a token
        index in [lo, hi); each sentence is read once, however many quotes it holds."""
        if sent.start not in self._cues:
            cues = [t for t in sent if is_cue(t) and not self.in_quote(t)]
            self._cues[sent.start] = (cues, [t.i for t in cues])
        cues, index = self._cues[sent.start]
        hi = sent.end if hi is None else hi
        if lo <= sent.start and hi >= sent.end:
            return cues
        return cues[bisect.bisect_left(index, lo) : bisect.bisect_left(index, hi)]

    def quoted_in(self, sent) -> bool:
        """Whether a token of `sent` starts inside a quote."""
        self.in_quote(sent[0])  # marks the tokens
        return 1 in self._quoted[sent.start : sent.end]

    def tokens_between(self, start: int, end: int):
        """Tokens overlapping [start, end) of the article (by bisection: long texts stay fast)."""
        lo = bisect.bisect_right(self._tok_ends, start)
        hi = bisect.bisect_left(self._tok_starts, end)
        return list(self.doc[lo:hi]) if lo < hi else []

    def token_before(self, pos: int):
        """The last token that is no space and starts before article offset `pos`, or None."""
        i = bisect.bisect_left(self._tok_starts, pos) - 1
        while i >= 0 and self.doc[i].is_space:
            i -= 1
        return self.doc[i] if i >= 0 else None

    def has_prose(self, para: int) -> bool:
        """Whether paragraph `para` has a word outside quotation marks (read once for all)."""
        if self._prose is None:
            self._prose = {
                self.paragraph_of(self.start(t))
                for t in self.doc
                if not (t.is_punct or t.is_space or self.in_quote(t))
            }
        return para in self._prose

    def has_word_between(self, words: frozenset, start: int, end: int) -> bool:
        """Whether a token spelled (lower-cased) as one of `words` starts in [start, end)."""
        if words not in self._positions:
            self._positions[words] = [self.start(t) for t in self.doc if t.lower_ in words]
        found = self._positions[words]
        i = bisect.bisect_left(found, start)
        return i < len(found) and found[i] < end

    def sentence(self, tok):
        """The sentence holding `tok`, by bisection (`tok.sent` walks the whole sentence)."""
        if self._sents is None:
            self._sents = [s.start for s in self.doc.sents]
        i = bisect.bisect_right(self._sents, tok.i) - 1
        end = self._sents[i + 1] if i + 1 < len(self._sents) else len(self.doc)
        return self.doc[self._sents[i] : end]

    def prose_sentence(self, tok) -> bool:
        """Whether `tok` stands in a sentence short enough to be prose (cues.py): a longer
        one is a list or noise, with no clause-level reading there."""
        return len(self.sentence(tok)) <= MAX_SENTENCE_TOKENS

    def sentence_span(self, tok) -> tuple[int, int]:
        sent = self.sentence(tok)
        return self.start(sent[0]), self.end(sent[-1])

    def paragraph_of(self, pos: int) -> int:
        """Index of the paragraph holding `pos`; a blank line between paragraphs is no
        paragraph of its own."""
        if self._breaks is None:
            self._breaks = [m.end() for m in _BREAK.finditer(self.text)]
        return bisect.bisect_right(self._breaks, pos)
