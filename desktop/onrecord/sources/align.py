"""Finding a quote's words in a source: verbatim (after folding), or the closest passage.

Words are compared, not punctuation: a comma that became a full stop where the article cut
the sentence is not a change of wording. Editorial insertions ([in Wonsan]) and elisions (…)
split the quote into runs that must appear in order with at most `MAX_GAP` words between
(the parts of a quote split by its attribution are joined by an elision).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher

from rapidfuzz import fuzz

from onrecord.sources.documents import SourceDocument
from onrecord.sources.tokens import Token

MAX_GAP = 40  # source words an insertion, elision or attribution may stand for
MIN_ALIGNMENT = 50  # rapidfuzz partial ratio below which no passage is considered close


@dataclass
class Alignment:
    first: int  # source word span [first, last)
    last: int
    similarity: float  # 0..1 over words
    opcodes: list[tuple[str, int, int, int, int]]  # difflib, quote words vs passage words


def _occurrences(words: list[str], source: SourceDocument, first: int = 0, last: int | None = None):
    """Word indexes where `words` occur contiguously in the source, within words [first, last)."""
    pattern = re.compile(r"(?<!\S)" + re.escape(" ".join(words)) + r"(?!\S)")
    pos, endpos = (
        source.offset_of(first),
        source.offset_of(len(source.tokens) if last is None else last),
    )
    while (m := pattern.search(source.joined, pos, endpos)) is not None:
        yield source.word_at(m.start())
        pos = m.start() + 1


def find_verbatim(runs: list[list[Token]], source: SourceDocument) -> tuple[int, int] | None:
    """Source word span holding every run in order, or None."""
    first_words = [t.word for t in runs[0]]
    for first in _occurrences(first_words, source):
        end = first + len(first_words)
        for run in runs[1:]:
            window = end + MAX_GAP + len(run)
            nxt = next(_occurrences([t.word for t in run], source, end, window), None)
            if nxt is None:
                break
            end = nxt + len(run)
        else:
            return first, end
    return None


def closest(quote: list[Token], source: SourceDocument) -> Alignment | None:
    """The source passage most like the quote's words, with the word-level differences."""
    words = [t.word for t in quote]
    hit = fuzz.partial_ratio_alignment(" ".join(words), source.joined, score_cutoff=MIN_ALIGNMENT)
    if hit is None or not source.tokens:
        return None
    pad = len(words) // 2 + 2
    lo = max(0, source.word_at(hit.dest_start) - pad)
    hi = min(len(source.tokens), source.word_at(max(hit.dest_end - 1, 0)) + 1 + pad)
    window = [t.word for t in source.tokens[lo:hi]]
    blocks = [
        b
        for b in SequenceMatcher(None, words, window, autojunk=False).get_matching_blocks()
        if b.size
    ]
    blocks = _trim_strays(blocks)
    if not blocks:
        return None
    first, last = lo + blocks[0].b, lo + blocks[-1].b + blocks[-1].size
    passage = [t.word for t in source.tokens[first:last]]
    matcher = SequenceMatcher(None, words, passage, autojunk=False)
    return Alignment(first, last, matcher.ratio(), matcher.get_opcodes())


def _trim_strays(blocks):
    """Drop stray one- or two-word matches at either end that lie far from the rest."""

    def stray(a, b):  # block a, and b its neighbour towards the middle
        return a.size <= 2 and abs(b.b - a.b) > abs(b.a - a.a) + 3

    while len(blocks) > 1 and stray(blocks[0], blocks[1]):
        blocks = blocks[1:]
    while len(blocks) > 1 and stray(blocks[-1], blocks[-2]):
        blocks = blocks[:-1]
    return blocks
