"""The rule for each kind of change, applied to one op of a word diff.

An op's two sides are first brought to a common form step by step (contractions expanded,
fillers and articles dropped, spellings and numbers canonical); a step counts as a change
of its kind when it brings the sides closer. Sides that end up equal differ only in minor
ways. Otherwise what still differs is looked at: numbers (by value) and dates, negation,
hedging or certainty, quantifiers, named entities; failing those, it is wording.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Container

from onrecord.sources.tokens import Token
from onrecord.store.normalize import fold
from onrecord.words import lists

Item = tuple[str, Token]  # a word in its common form, and the token of the text it came from
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_SENTENCE_OPENERS = set(".!?:;\"'“‘(«[\n-—")


class Side:
    """A text and its tokens (all of them, or the span of one op: `part`)."""

    def __init__(self, text: str, tokens: list[Token]):
        self.text, self.tokens = text, tokens

    def part(self, i: int, j: int) -> Side:
        return Side(self.text, self.tokens[i:j])

    def items(self) -> list[Item]:
        return [(t.word, t) for t in self.tokens]

    def followed_by(self, token: Token, chars: str) -> bool:
        return self.text[token.end : token.end + 1] in tuple(chars)

    def capitalised_name(self, token: Token, names: Container[str]) -> bool:
        """A capitalised word that names someone or something: in `names`, or capitalised
        where a sentence does not start (the quote's first word starts one)."""
        if not self.text[token.start].isupper() or token.word == "i":
            return False
        if token.word in names:
            return True
        before = self.text[: token.start].rstrip()
        return bool(before) and before[-1] not in _SENTENCE_OPENERS


def _contractions(items: list[Item], side: Side) -> list[Item]:
    words = lists()
    out = []
    for word, tok in items:
        full = words.contractions.get(word)
        if full is None:
            end = next((s for s in words.contraction_suffixes if word.endswith(s)), None)
            full = (word[: -len(end)] + words.contraction_suffixes[end]).split() if end else None
        out += [(w, tok) for w in full] if full else [(word, tok)]
    return out


def _fillers(items: list[Item], side: Side) -> list[Item]:
    words, out, i = lists(), [], 0
    while i < len(items):
        phrase = next(
            (f for f in words.fillers if [w for w, _ in items[i : i + len(f)]] == f), None
        )
        if phrase:
            i += len(phrase)
            continue
        word, tok = items[i]
        if not (word in words.comma_fillers and side.followed_by(tok, ",")):
            out.append(items[i])
        i += 1
    return out


def _articles(items: list[Item], side: Side) -> list[Item]:
    return [(w, t) for w, t in items if w not in lists().articles]


def respell(word: str) -> str:
    """The US spelling of `word` (UK forms mapped by the list, then by ending)."""
    words = lists()
    if word in words.spelling:
        return words.spelling[word]
    if len(word) >= 5:
        for uk, us in words.endings:
            if word.endswith(uk):
                return word[: -len(uk)] + us
    return word


def _spellings(items: list[Item], side: Side) -> list[Item]:
    return [(respell(w), t) for w, t in items]


def value(word: str) -> float | None:
    if _NUMBER.fullmatch(word):
        return float(word.replace(",", "")) if word.count(".") <= 1 else None
    return lists().number_words.get(word)


def _numbers(items: list[Item], side: Side) -> list[Item]:
    """Each number, with its scale word and per cent, as one item `#value` (`#5%`)."""
    words, out, i = lists(), [], 0
    while i < len(items):
        word, tok = items[i]
        n = value(word)
        if n is None:
            out.append(items[i])
            i += 1
            continue
        i += 1
        while i < len(items) and items[i][0] in words.scales:
            n *= words.scales[items[i][0]]
            i += 1
        percent = side.followed_by(items[i - 1][1], "%")
        for phrase in words.percent:
            if [w for w, _ in items[i : i + len(phrase)]] == phrase:
                percent, i = True, i + len(phrase)
        out.append((f"#{n:g}{'%' if percent else ''}", tok))
    return out


# Minor steps, in the order applied; a hyphenated word against the joined one is spelling.
STEPS: list[tuple[str, Callable]] = [
    ("contraction", _contractions),
    ("filler", _fillers),
    ("article", _articles),
    ("spelling", _spellings),
    ("number-format", _numbers),
]


def _distance(a: list[Item], b: list[Item]) -> int:
    ca, cb = Counter(w for w, _ in a), Counter(w for w, _ in b)
    return (ca - cb).total() + (cb - ca).total()


def kinds(quote: Side, other: Side, names: Container[str]) -> list[str]:
    """The kinds of change between the two sides of one op, most severe first."""
    q, o = quote.items(), other.items()
    minor = []
    for kind, step in STEPS:
        before = _distance(q, o)
        q, o = step(q, quote), step(o, other)
        if _distance(q, o) < before:
            minor.append(kind)
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
    for a, (a1, a2), b, (b1, b2) in ((quote, i, other, j), (other, j, quote, i)):
        words = [t.word for t in a.tokens[a1:a2]]
        if b1 == b2 and words in lists().percent and a1 and b1:
            prev = a.tokens[a1 - 1].word
            return value(prev) is not None and b.followed_by(b.tokens[b1 - 1], "%")
    return False
