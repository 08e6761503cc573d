"""Bulk import into the shared archive, the client's half: rows checked, formatted for COPY
and split into word ids in a thread (`prefetched`) while the server inserts the batch before,
so the import's own thread only sends bytes and waits (see `PostgresStore.add_statements`).
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterable, Iterator
from contextlib import suppress
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from onrecord.store.base import ImportResult
from onrecord.store.normalize import name_key
from onrecord.store.rows import Rejected, clean, fingerprint

BATCH = 5_000
# The staging table's columns, in the order of each COPY line.
COLUMNS = ("text", "folded", "speaker", "affiliation", "date", "outlet", "url", "language",
           "fingerprint", "n", "speaker_key")  # fmt: skip
NULL = "\\N"  # COPY's text format: NULL, and the escapes a field needs
_ESCAPE = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"})
_speaker_key = lru_cache(maxsize=65536)(name_key)  # speakers repeat across rows


@dataclass
class Batch:
    copy: bytes  # COPY text lines of the staging table (COLUMNS)
    fingerprints: np.ndarray  # int64, one per line
    words: np.ndarray  # word ids of each line's match key, line after line
    counts: np.ndarray  # words per line
    speakers: set[str]  # the speakers' keys
    seen: int  # rows read for it, refused ones included


def batches(rows: Iterable[tuple[int, dict | str]], result: ImportResult, words) -> Iterator:
    """Batches of rows checked and ready for COPY; `words` (a `pgwords.Vocabulary`) numbers
    their words. A refused row is noted in `result`."""
    lines, seen = [], 0
    for number, raw in rows:
        result.rows += 1
        seen += 1
        try:
            if isinstance(raw, str):
                raise Rejected(raw)
            row = clean(raw)
        except Rejected as exc:
            result.rejected.append((number, str(exc)))
            continue
        speaker = row["speaker"]
        lines.append((row["text"], row["folded"], speaker, row["affiliation"], row["date"],
                      row["outlet"], row["url"], row["language"], str(fingerprint(row)),
                      str(result.rows), speaker and _speaker_key(speaker) or None))  # fmt: skip
        if len(lines) >= BATCH:
            yield _batch(lines, seen, words)
            lines, seen = [], 0
    yield _batch(lines, seen, words)


def _batch(lines: list[tuple], seen: int, words) -> Batch:
    keys = [line[1] for line in lines]
    ids, counts = words.number(keys)
    return Batch(
        copy=_copy_text(lines).encode(),
        fingerprints=np.fromiter((int(line[8]) for line in lines), np.int64, len(lines)),
        words=ids,
        counts=counts,
        speakers={line[10] for line in lines} - {None},
        seen=seen,
    )


def _copy_text(lines: list[tuple]) -> str:
    """The lines in COPY's text format. Fields are joined as they are, then checked all at
    once: any tab, newline, carriage return or backslash beyond the separators and NULL
    markers means some field needs escaping, and then every field is escaped."""
    nulls = sum(line.count(None) for line in lines)
    text = "".join(["\t".join([NULL if v is None else v for v in line]) + "\n" for line in lines])
    separators = len(COLUMNS) - 1
    if (text.count("\t") == separators * len(lines) and text.count("\n") == len(lines)
            and text.count("\\") == nulls and "\r" not in text):  # fmt: skip
        return text
    return "".join(
        "\t".join([NULL if v is None else v.translate(_ESCAPE) for v in line]) + "\n"
        for line in lines
    )


def inserted(batch: Batch, returned: list[tuple[int, int]]) -> tuple:
    """The ids the INSERT gave the batch's new lines (returned as (id, fingerprint)), with
    their word ids and counts, in the batch's order."""
    got = np.array(returned, np.int64).reshape(-1, 2)
    if len(got) == len(batch.counts) and np.array_equal(got[:, 1], batch.fingerprints):
        return got[:, 0].astype(np.uint32), batch.words, batch.counts  # all new, in order
    order = np.argsort(batch.fingerprints, kind="stable")
    at = order[np.searchsorted(batch.fingerprints, got[:, 1], sorter=order)]
    new = np.zeros(len(batch.counts), bool)
    new[at] = True
    ids = np.zeros(len(batch.counts), np.uint32)
    ids[at] = got[:, 0]
    return ids[new], batch.words[np.repeat(new, batch.counts)], batch.counts[new]


def prefetched(items: Iterator, depth: int = 8) -> Iterator:
    """`items`, produced by a thread up to `depth` ahead: the rows of the next batches are read
    and checked while the server inserts this one, and get ahead while the server writes a
    segment's word index (~1.5 s at 500k statements). The producer's exception is raised
    here."""
    ahead: queue.Queue = queue.Queue(depth)
    stop, done = threading.Event(), object()

    def produce() -> None:
        try:
            for item in items:
                if stop.is_set():
                    return
                ahead.put(item)
            ahead.put(done)
        except BaseException as exc:  # noqa: BLE001 - handed to the consumer
            ahead.put(exc)

    thread = threading.Thread(target=produce, daemon=True)
    thread.start()
    try:
        while (item := ahead.get()) is not done:
            if isinstance(item, BaseException):
                raise item
            yield item
    finally:
        stop.set()
        while thread.is_alive():  # unblock a producer waiting on a full queue
            with suppress(queue.Empty):
                ahead.get(timeout=0.05)
        thread.join()
