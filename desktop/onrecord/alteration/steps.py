"""The minor steps that bring two wordings to a common form, one per kind of minor change:
contractions expanded, fillers and articles dropped, spellings and numbers made canonical."""

from __future__ import annotations

import re
from collections.abc import Callable, Container

from onrecord.alteration.aligned import Word
from onrecord.words import lists

Item = tuple[str, Word]  # a word in its common form, and the token of the text it came from
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_SENTENCE_OPENERS = set(".!?:;\"'“‘(«[\n-—")


class Side:
    """A text and its tokens (all of them, or the span of one op: `part`)."""

    def __init__(self, text: str, tokens: list[Word]):
        self.text, self.tokens = text, tokens

    def part(self, i: int, j: int) -> Side:
        return Side(self.text, self.tokens[i:j])

    def items(self) -> list[Item]:
        return [(t.word, t) for t in self.tokens]

    def followed_by(self, token: Word, chars: str) -> bool:
        return self.text[token.end : token.end + 1] in tuple(chars)

    def capitalised_name(self, token: Word, names: Container[str]) -> bool:
        """A capitalised word that names someone or something: in `names`, or capitalised
        where a sentence does not start (the quote's first word starts one)."""
        if not self.text[token.start].isupper() or token.word == "i":
            return False
        i = token.start - 1
        while i >= 0 and self.text[i].isspace():
            i -= 1
        return (i >= 0 and self.text[i] not in _SENTENCE_OPENERS) or token.word in names


def _contractions(items: list[Item], side: Side) -> list[Item]:
    words = lists()
    out = []
    for word, tok in items:
        full = words.contractions.get(word)
        if full is None and "'" in word:
            end = next((s for s in words.contraction_suffixes if word.endswith(s)), None)
            full = (word[: -len(end)] + words.contraction_suffixes[end]).split() if end else None
        out += [(w, tok) for w in full] if full else [(word, tok)]
    return out


def _fillers(items: list[Item], side: Side) -> list[Item]:
    words, out, i = lists(), [], 0
    while i < len(items):
        phrase = items[i][0] in words.filler_starts and next(
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
    if len(word) >= 5 and word.endswith(words.ending_tuple):
        for uk, us in words.endings:
            if word.endswith(uk):
                return word[: -len(uk)] + us
    return word


def plain(side: Side) -> bool:
    """Whether no minor step and no substantive rule but the entity's can apply to this side:
    lower-case letters only, none a listed word or a UK spelling."""
    words = lists()
    return all(
        t.word.isalpha()
        and t.word not in words.listed
        and respell(t.word) == t.word
        and not side.text[t.start].isupper()
        for t in side.tokens
    )


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
