"""Statements from JSON Lines and CSV: one record per line/row, fields renamed by a mapping.

Each reader yields (row number, record) or (row number, reason) for a row it cannot parse;
the store checks the records and refuses the bad ones with their reason.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

from onrecord.store.importers.files import json_objects, open_text


def _renamed(record: dict, mapping: dict[str, str]) -> dict:
    return record | {field: record.get(column) for field, column in mapping.items()}


def jsonl_rows(path: Path, mapping: dict[str, str]) -> Iterator[tuple[int, dict | str]]:
    for number, record in json_objects(path):
        yield number, _renamed(record, mapping) if isinstance(record, dict) else record


def csv_rows(path: Path, mapping: dict[str, str]) -> Iterator[tuple[int, dict | str]]:
    with open_text(path) as fh:
        sample = fh.read(4096)
        fh.seek(0)
        try:
            dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
        except csv.Error:
            dialect = csv.excel
        reader = csv.DictReader(fh, dialect=dialect)
        while True:
            try:
                record = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:  # e.g. a cell over csv.field_size_limit(): skip the row
                yield reader.line_num + 1, f"unreadable CSV row: {exc}"
                continue
            if None in record:  # more cells than headers
                yield reader.line_num, f"{len(record[None])} cells more than the header has"
                continue
            yield reader.line_num, _renamed(record, mapping)
