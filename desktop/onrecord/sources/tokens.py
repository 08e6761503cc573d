"""Folded words with their place in the original text, so a match can quote the source's own words.

`fold` (onrecord.store.normalize) is applied character by character here, which gives the
same folded text as folding the whole (a property test holds the two together) plus, for
every folded character, the offset of the original character it came from.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from onrecord.store.normalize import _LINE_END_HYPHEN, fold

# A word, or a number with its separators ("6,000", "3.5") so a changed figure shows whole.
_RUN = re.compile(r"\S+")
_WORD = re.compile(r"\d+(?:[.,]\d+)+|\w+(?:'\w+)*")
# Editorial marks inside a quote: [inserted words] and elisions (... or …).
_EDITORIAL = re.compile(r"\[[^\]]*\]|\.\s?\.\s?\.|…")


class Token(NamedTuple):
    word: str  # folded
    start: int  # span in the original text
    end: int


def fold_with_offsets(text: str) -> tuple[str, list[int]]:
    """`fold(text)` and, per folded character, the offset of its original character."""
    joined = set()  # hyphen and line break inside a word split across lines
    for m in _LINE_END_HYPHEN.finditer(text):
        joined.update(range(m.end(1), m.start(2)))
    # Fold each character between two letters, so fold keeps spaces it would strip at the ends;
    # a non-ASCII letter when the text is not ASCII, as fold treats such text differently.
    ascii_text = text.isascii()
    edge = "a" if ascii_text else "\u00e9"
    pieces: dict[str, str] = {}
    chars: list[str] = []
    offsets: list[int] = []

    def space(i: int) -> None:
        if chars and chars[-1] != " ":
            chars.append(" ")
            offsets.append(i)

    pos = 0
    for m in _RUN.finditer(text):
        s, e = m.span()
        gap = [i for i in range(pos, s) if i not in joined] if joined else range(pos, s)
        if gap:
            space(gap[0])
        run, pos = m.group(), e
        plain = run.isascii() and (ascii_text or "`" not in run)  # fold's only ASCII change
        if plain and not (joined and any(i in joined for i in range(s, e))):
            chars.extend(run.lower())  # what fold does to ASCII letters
            offsets.extend(range(s, e))
            continue
        for i in range(s, e):
            c = text[i]
            if i in joined:
                continue
            if c not in pieces:
                pieces[c] = fold(f"{edge}{c}{edge}")[1:-1]
            for p in pieces[c]:
                if p == " ":
                    space(i)
                else:
                    chars.append(p)
                    offsets.append(i)
    if chars and chars[-1] == " ":
        chars.pop()
        offsets.pop()
    return "".join(chars), offsets


def tokenize(text: str) -> list[Token]:
    """The folded words of `text`, each with its span in `text`."""
    folded, offsets = fold_with_offsets(text)
    return [
        Token(m.group(), offsets[m.start()], offsets[m.end() - 1] + 1)
        for m in _WORD.finditer(folded)
    ]


def fragments(quote: str) -> list[list[Token]]:
    """The quote's words in runs broken by editorial insertions and elisions (spans in `quote`)."""
    runs, last = [], 0
    for m in [*_EDITORIAL.finditer(quote), None]:
        stop = m.start() if m else len(quote)
        words = [Token(t.word, t.start + last, t.end + last) for t in tokenize(quote[last:stop])]
        if words:
            runs.append(words)
        last = m.end() if m else last
    return runs
