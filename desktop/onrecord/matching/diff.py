"""Word-level diff between a quote and an earlier statement, with the original wording.

Words are compared folded (see `onrecord.store.normalize`), so "Russia’s" equals "russia's"
and a word hyphenated across a line end is one word;
each op carries the original text of its span on both sides. `delete`: words only in the
quote; `insert`: words only in the statement; `replace`: the one's words for the other's.
`onrecord.reports.diffs` renders them; `onrecord.matching.alteration` judges them.
"""

from __future__ import annotations

from difflib import SequenceMatcher
from typing import NamedTuple

from onrecord.sources.tokens import Token, tokenize

Opcode = tuple[str, int, int, int, int]  # difflib's: op, quote words [i1, i2), other [j1, j2)


class Aligned(NamedTuple):
    """Two texts, their words (with spans) and the opcodes between the words."""

    quote: str
    quote_tokens: list[Token]
    other: str
    other_tokens: list[Token]
    opcodes: list[Opcode]

    def ops(self, side: str = "statement") -> list[dict]:
        """The diff as op dicts: `op`, the quote's text and the other text's (key `side`)."""
        q, o = self.quote_tokens, self.other_tokens
        return [
            {"op": op, "quote": _cut(self.quote, q, i1, i2), side: _cut(self.other, o, j1, j2)}
            for op, i1, i2, j1, j2 in self.opcodes
        ]


def _cut(text: str, tokens: list[Token], i: int, j: int) -> str:
    return text[tokens[i].start : tokens[j - 1].end] if j > i else ""


def align(quote: str, other: str, quote_tokens: list[Token] | None = None) -> Aligned:
    """Word alignment of `quote` and `other` (pass the quote's tokens when already known)."""
    q = tokenize(quote) if quote_tokens is None else quote_tokens
    o = tokenize(other)
    words = SequenceMatcher(None, [t.word for t in q], [t.word for t in o], autojunk=False)
    return Aligned(quote, q, other, o, words.get_opcodes())


def word_diff(quote: str, statement: str) -> list[dict]:
    return align(quote, statement).ops()
