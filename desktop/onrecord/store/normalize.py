"""Text folding for matching: the stored text stays as given, matching compares folded copies.

`fold` removes differences an editor does not count as a change of wording: case, curly or
straight quotes, dash styles, ligatures, accents, runs of whitespace and words hyphenated
across a line end. `match_key` is the folded words only, the copy the store keeps beside
each statement for matching.
"""

from __future__ import annotations

import re
import unicodedata

_LINE_END_HYPHEN = re.compile(r"(\w)[-\u00ad\u2010]\s*\n\s*(\w)")
_WORD = re.compile(r"\w+(?:'\w+)*")
_NOT_WORD = bytes.maketrans(
    bytes(c for c in range(128) if not (chr(c).isalnum() or chr(c) in "_'")),
    b" " * sum(1 for c in range(128) if not (chr(c).isalnum() or chr(c) in "_'")),
)
_PUNCT = str.maketrans(
    {
        "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "`": "'",
        "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
        "\u00ab": '"', "\u00bb": '"',
        "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-",
        "\u2015": "-", "\u2212": "-", "\u00ad": None,
    }
)  # fmt: skip


def fold(text: str) -> str:
    """Lower-case, plain-ASCII-punctuation, accent-free, single-spaced copy of `text`."""
    if "\n" in text:
        text = _LINE_END_HYPHEN.sub(r"\1\2", text)
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text.translate(_PUNCT))
        text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(text.casefold().split())


def words(folded: str) -> list[str]:
    """The words of a folded text (apostrophes inside words kept: "it's", "n't")."""
    return _WORD.findall(folded)


def match_key(text: str) -> str:
    """The folded words of `text` joined by single spaces: what matching compares."""
    if text.isascii() and "\n" not in text:  # all fold would do is lower-case it, and split
        folded = text.lower()  # below drops its extra spaces as fold does
    elif not (folded := fold(text)).isascii():
        return " ".join(_WORD.findall(folded))
    # The same words as _WORD finds, faster: split at every ASCII non-word character but ',
    # then let the pattern sort out the few pieces with apostrophes.
    pieces = folded.encode().translate(_NOT_WORD).decode().split()
    if "'" in folded:
        pieces = [w for p in pieces for w in (_WORD.findall(p) if "'" in p else (p,))]
    return " ".join(pieces)


def name_key(name: str) -> str:
    """Key under which a speaker's name is looked up: `Kim Jong-un` == `Kim Jong Un`."""
    return " ".join(re.findall(r"\w+", fold(name)))
