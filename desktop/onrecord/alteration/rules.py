"""The rule for each kind of change, applied to one op of a word diff.

An op's two sides are first brought to a common form step by step (`steps`); a step counts as
a change of its kind when it brings the sides closer. Sides that end up equal differ only in
minor ways. Otherwise what still differs is looked at: numbers (by value) and dates, negation,
hedging or certainty, quantifiers, named entities; failing those, it is wording.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Container

from onrecord.alteration.steps import STEPS, Item, Side, plain, value
from onrecord.store.normalize import fold
from onrecord.words import lists

_WORDS, _SPACE = re.compile(r"\w+"), re.compile(r"\s+")


def _distance(a: list[Item], b: list[Item]) -> int:
    ca, cb = Counter(w for w, _ in a), Counter(w for w, _ in b)
    return (ca - cb).total() + (cb - ca).total()


def kinds(quote: Side, other: Side, names: Container[str]) -> list[str]:
    """The kinds of change between the two sides of one op, most severe first."""
    if plain(quote) and plain(other):  # most rewordings: no rule to try
        joined = "".join(t.word for t in quote.tokens) == "".join(t.word for t in other.tokens)
        return ["spelling"] if joined else ["wording"]
    q, o = quote.items(), other.items()
    minor, distance = [], _distance(q, o)
    for kind, step in STEPS:
        q2, o2 = step(q, quote), step(o, other)
        if q2 != q or o2 != o:
            closer = _distance(q2, o2)
            if closer < distance:
                minor.append(kind)
            q, o, distance = q2, o2, closer
    qw, ow = [w for w, _ in q], [w for w, _ in o]
    if qw == ow or "".join(qw) == "".join(ow):
        return minor if qw == ow else [*minor, "spelling"]
    return _substantive(q, o, quote, other, names) or ["wording"]


def _substantive(q: list[Item], o: list[Item], quote: Side, other: Side, names) -> list[str]:
    words = lists()
    cq, co = Counter(w for w, _ in q), Counter(w for w, _ in o)
    changed = (cq - co) + (co - cq)

    def count(vocab) -> tuple[int, int]:
        return sum(n for w, n in cq.items() if w in vocab), sum(
            n for w, n in co.items() if w in vocab
        )

    found = []
    if any(w.startswith("#") or w in words.dates for w in changed):
        found.append("number")
    if count(words.negations)[0] != count(words.negations)[1]:
        found.append("negation")
    hedges, certainty = count(words.hedges), count(words.certainty)
    if hedges[0] != hedges[1] or certainty[0] != certainty[1]:
        found.append("hedge")
    if any(w in words.quantifiers for w in changed):
        found.append("quantifier")
    sides = [(w, t, quote) for w, t in q] + [(w, t, other) for w, t in o]
    if any(
        w in changed and w not in words.dates and side.capitalised_name(t, names)
        for w, t, side in sides
    ):
        found.append("entity")
    return found


def same_marks(quote: Side, i: tuple[int, int], other: Side, j: tuple[int, int]) -> bool:
    """Whether two spans of the same words have the same punctuation between the same words
    (then no gap in them differs): each span with its words as `w`, spacing left out."""
    return _shape(quote, *i) == _shape(other, *j)


def _shape(side: Side, i: int, j: int) -> str:
    text = side.text[side.tokens[i].start : side.tokens[j - 1].end]
    return _SPACE.sub("", _WORDS.sub("w", text))


def gap_kind(quote: Side, qi: int, other: Side, oi: int) -> str | None:
    """Punctuation between word qi and the next in the quote against word oi and the next in
    the other text: None when alike; spelling when only a hyphen differs."""
    qa, qb = quote.tokens[qi].end, quote.tokens[qi + 1].start
    oa, ob = other.tokens[oi].end, other.tokens[oi + 1].start
    qgap, ogap = quote.text[qa:qb], other.text[oa:ob]
    if qgap == ogap or (qgap.isspace() and ogap.isspace()):
        return None
    qmarks, omarks = "".join(fold(qgap).split()), "".join(fold(ogap).split())
    if qmarks == omarks:
        return None
    return "spelling" if {qmarks, omarks} <= {"", "-"} else "punctuation"


def percent_sign(quote: Side, i: tuple[int, int], other: Side, j: tuple[int, int]) -> bool:
    """`5 per cent` against `5%`: the op is per-cent words alone, after a number that the
    other text follows with a per cent sign."""
    if (i[0] == i[1]) == (j[0] == j[1]):  # only words on one side can be per-cent words
        return False
    for a, (a1, a2), b, (b1, b2) in ((quote, i, other, j), (other, j, quote, i)):
        words = [t.word for t in a.tokens[a1:a2]]
        if b1 == b2 and words in lists().percent and a1 and b1:
            prev = a.tokens[a1 - 1].word
            return value(prev) is not None and b.followed_by(b.tokens[b1 - 1], "%")
    return False
