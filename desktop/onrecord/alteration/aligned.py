"""Two texts aligned word by word: what an alteration is judged on, and the diff shown."""

from __future__ import annotations

from typing import NamedTuple, Protocol


class Word(Protocol):
    """A folded word and its span in its text (`onrecord.sources.tokens.Token`)."""

    word: str
    start: int
    end: int


Opcode = tuple[str, int, int, int, int]  # difflib's: op, quote words [i1, i2), other [j1, j2)


class Aligned(NamedTuple):
    """Two texts, their words (with spans) and the opcodes between the words."""

    quote: str
    quote_tokens: list[Word]
    other: str
    other_tokens: list[Word]
    opcodes: list[Opcode]

    def ops(self, side: str = "statement") -> list[dict]:
        """The diff as op dicts: `op`, the quote's text and the other text's (key `side`)."""
        q, o = self.quote_tokens, self.other_tokens
        return [
            {"op": op, "quote": cut(self.quote, q, i1, i2), side: cut(self.other, o, j1, j2)}
            for op, i1, i2, j1, j2 in self.opcodes
        ]


def cut(text: str, tokens: list[Word], i: int, j: int) -> str:
    """The text of words [i, j), from the first's start to the last's end ('' if none)."""
    return text[tokens[i].start : tokens[j - 1].end] if j > i else ""
