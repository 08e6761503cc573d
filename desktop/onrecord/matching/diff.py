"""Word-level diff between a quote and an earlier statement, with the original wording.

Words are compared folded (see `onrecord.store.normalize`), so "Russia’s" equals "russia's"
and a word hyphenated across a line end is one word; a number keeps its separators ("6,000",
"2.5"), so a changed figure shows whole. `Matcher` judges on the same words (`words`);
each op carries the original text of its span on both sides. `delete`: words only in the
quote; `insert`: words only in the statement; `replace`: the one's words for the other's.
`onrecord.reports.diffs` renders them; `onrecord.alteration` judges them.
"""

from __future__ import annotations

from difflib import SequenceMatcher

from onrecord.alteration import Aligned
from onrecord.sources.tokens import Token, tokenize


def align(quote: str, other: str, quote_tokens: list[Token] | None = None) -> Aligned:
    """Word alignment of `quote` and `other` (pass the quote's tokens when already known)."""
    q = tokenize(quote) if quote_tokens is None else quote_tokens
    o = tokenize(other)
    words = SequenceMatcher(None, [t.word for t in q], [t.word for t in o], autojunk=False)
    return Aligned(quote, q, other, o, words.get_opcodes())


def words(text: str) -> list[str]:
    """The folded words a verdict compares: the same as the diff's, so they never disagree."""
    return [t.word for t in tokenize(text)]


def word_diff(quote: str, statement: str) -> list[dict]:
    return align(quote, statement).ops()
