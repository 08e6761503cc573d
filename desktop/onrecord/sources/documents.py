"""Source documents (the original statement, a transcript) read into plain text.

Text, HTML, Markdown and .docx go through the article readers, PDF through `sources.pdf`.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from onrecord.articles import read_article
from onrecord.errors import ArticleError, OnRecordError
from onrecord.sources.pdf import read_pdf
from onrecord.sources.tokens import Token, tokenize


@dataclass
class SourceDocument:
    name: str
    text: str
    path: str | None = None
    warnings: list[str] = field(default_factory=list)

    @cached_property
    def tokens(self) -> list[Token]:
        return tokenize(self.text)

    @cached_property
    def joined(self) -> str:
        """The folded words separated by single spaces (what alignment searches)."""
        return " ".join(t.word for t in self.tokens)

    @cached_property
    def _word_starts(self) -> list[int]:
        starts, pos = [], 0
        for t in self.tokens:
            starts.append(pos)
            pos += len(t.word) + 1
        return starts

    def offset_of(self, word: int) -> int:
        """Where word number `word` starts in `joined` (its end past the last word)."""
        return self._word_starts[word] if word < len(self.tokens) else len(self.joined)

    def word_at(self, offset: int) -> int:
        """Index of the word at (or before) `offset` in `joined`."""
        return max(0, bisect.bisect_right(self._word_starts, offset) - 1)


def source_from_text(text: str, name: str = "pasted source") -> SourceDocument:
    return SourceDocument(name=name, text=text)


def read_source(path: str | Path) -> SourceDocument:
    """Read a source document; raise `ArticleError` with a clear message when it cannot be read."""
    p = Path(path)
    if p.suffix.lower() != ".pdf":
        article = read_article(p)
        return SourceDocument(p.name, article.text, str(p), list(article.warnings))
    if not p.is_file():
        raise ArticleError(f"No such file: {p}")
    text, warnings = read_pdf(p)
    return SourceDocument(p.name, text, str(p), warnings)


def read_kept_sources(paths: Iterable[str]) -> tuple[list[SourceDocument], list[str]]:
    """The sources at `paths` that can still be read, and why each of the others cannot
    (attached in an earlier session, a file may have moved since)."""
    sources, problems = [], []
    for path in paths:
        try:
            sources.append(read_source(path))
        except OnRecordError as exc:
            problems.append(str(exc))
    return sources, problems
