"""Word-level diff between a quote and an earlier statement, with the original wording.

Words are compared folded (see `onrecord.store.normalize`), so "Russia’s" equals "russia's"
and a word hyphenated across a line end is one word; a number keeps its separators ("6,000",
"2.5"), so a changed figure shows whole. `Matcher` judges on the same words (`words`);
each op carries the original text of its span on both sides. `delete`: words only in the
quote; `insert`: words only in the statement; `replace`: the one's words for the other's.
`onrecord.reports.diffs` renders them.
"""

from __future__ import annotations

from difflib import SequenceMatcher

from onrecord.sources.tokens import tokenize


def words(text: str) -> list[str]:
    """The folded words a verdict compares: the same as the diff's, so they never disagree."""
    return [t.word for t in tokenize(text)]


def tokens(text: str) -> tuple[list[str], list[tuple[int, int]]]:
    """Folded words of `text` and the span of each in the original text (as sources read them)."""
    found = tokenize(text)
    return [t.word for t in found], [(t.start, t.end) for t in found]


def _cut(text: str, spans: list[tuple[int, int]], i: int, j: int) -> str:
    return text[spans[i][0] : spans[j - 1][1]] if j > i else ""


def word_diff(quote: str, statement: str) -> list[dict]:
    qwords, qspans = tokens(quote)
    swords, sspans = tokens(statement)
    ops = SequenceMatcher(None, qwords, swords, autojunk=False).get_opcodes()
    return [
        {
            "op": op,
            "quote": _cut(quote, qspans, i1, i2),
            "statement": _cut(statement, sspans, j1, j2),
        }
        for op, i1, i2, j1, j2 in ops
    ]
