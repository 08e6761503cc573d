"""A folder of articles: the quotes the core extracts from each become statements, dated and
sourced as their article (its title as outlet unless one is given), and the article's
registry of people (`Kim` for `Kim Jong-un`) becomes speaker aliases."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from onrecord.articles import ARTICLE_SUFFIXES
from onrecord.errors import OnRecordError
from onrecord.model import Article, Extraction, Quote, Speaker


def article_files(folder: Path) -> list[Path]:
    return sorted(
        p for p in folder.rglob("*") if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES
    )


def statement_row(
    quote: Quote, article: Article, speaker: Speaker | None, outlet: str | None = None
) -> dict:
    """The store row for a quote of `article`; an unresolved speaker ("He") stays unknown."""
    who = speaker if speaker and speaker.resolved else None
    return {
        "text": quote.text,
        "speaker": who.name if who else None,
        "affiliation": who.affiliation if who else None,
        "date": article.date,
        "outlet": outlet or article.title or None,
        "url": article.path,
    }


def extraction_rows(extraction: Extraction, outlet: str | None = None) -> Iterator[dict]:
    """One statement per direct or partial quote of an extracted article (reported speech is
    the writer's paraphrase, not the speaker's words)."""
    for quote in (q for q in extraction.quotes if q.kind != "indirect"):
        yield statement_row(quote, extraction.article, quote.speaker, outlet)


def speaker_aliases(extraction: Extraction) -> list[tuple[str, list[str]]]:
    """(name, other names) of each person the article names in more than one way."""
    found = [(p.name, sorted(a for a in p.aliases if a != p.name)) for p in extraction.people]
    return [(name, aliases) for name, aliases in found if aliases]


def article_rows(
    folder: Path, aliases: list | None = None, extractor=None
) -> Iterator[tuple[int, dict | str]]:
    """Rows of every article under `folder`; `aliases` collects each article's people."""
    from onrecord.articles import read_article
    from onrecord.extraction import Extractor

    extractor = extractor or Extractor()
    number = 0
    for path in article_files(folder):
        try:
            extraction = extractor.extract(read_article(path))
        except OnRecordError as exc:
            number += 1
            yield number, f"{path.name}: {exc}"
            continue
        if aliases is not None:
            aliases.extend(speaker_aliases(extraction))
        for row in extraction_rows(extraction):
            number += 1
            yield number, row
