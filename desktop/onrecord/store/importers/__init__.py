"""Importing statements from files: JSON Lines, CSV, Quotebank and folders of articles."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from onrecord.errors import StoreError
from onrecord.store.base import STATEMENT_FIELDS, ImportResult, StatementStore
from onrecord.store.importers.files import first_line
from onrecord.store.importers.quotebank import quotebank_rows
from onrecord.store.importers.tabular import csv_rows, jsonl_rows

FORMATS = ("jsonl", "csv", "quotebank", "articles")


def parse_mapping(text: str | None) -> dict[str, str]:
    """`text=quote,speaker=who` -> {"text": "quote", "speaker": "who"}."""
    mapping = {}
    for part in filter(None, (p.strip() for p in (text or "").split(","))):
        field, _, column = part.partition("=")
        if field.strip() not in STATEMENT_FIELDS or not column.strip():
            raise StoreError(
                f"bad mapping {part!r}: expected FIELD=COLUMN, FIELD one of {', '.join(STATEMENT_FIELDS)}"
            )
        mapping[field.strip()] = column.strip()
    return mapping


def guess_format(path: Path) -> str:
    if path.is_dir():
        return "articles"
    suffixes = [s.lower() for s in path.suffixes if s.lower() != ".bz2"]
    if suffixes and suffixes[-1] in (".csv", ".tsv"):
        return "csv"
    line = first_line(path)
    if line.startswith("{"):
        return "quotebank" if '"quotation"' in line else "jsonl"
    if suffixes and suffixes[-1] in (".jsonl", ".json", ".ndjson"):
        return "jsonl"
    if "," in line or "\t" in line or ";" in line:
        return "csv"
    raise StoreError(f"cannot tell the format of {path.name}: give --format ({', '.join(FORMATS)})")


def import_file(
    store: StatementStore,
    path: str | Path,
    fmt: str | None = None,
    mapping: dict[str, str] | None = None,
    progress: Callable[[int], None] | None = None,
    extractor=None,
) -> ImportResult:
    """Import one file (or folder of articles) into the store as one transaction."""
    path = Path(path)
    if not path.exists():
        raise StoreError(f"no such file or folder: {path}")
    fmt = fmt or guess_format(path)
    aliases: list = []
    if fmt == "articles":
        from onrecord.store.importers.articles import article_rows

        if not path.is_dir():
            raise StoreError(f"{path} is not a folder of articles")
        rows = article_rows(path, aliases, extractor)
    elif fmt == "quotebank":
        rows = quotebank_rows(path)
    elif fmt in ("jsonl", "csv"):
        rows = (jsonl_rows if fmt == "jsonl" else csv_rows)(path, mapping or {})
    else:
        raise StoreError(f"unknown format {fmt!r} (one of {', '.join(FORMATS)})")
    try:
        result = store.add_statements(rows, str(path.resolve()), fmt, progress)
    except (OSError, EOFError, UnicodeError) as exc:
        raise StoreError(f"cannot read {path.name}: {exc}") from None
    for name, others in aliases:
        store.add_aliases(name, others)
    return result
