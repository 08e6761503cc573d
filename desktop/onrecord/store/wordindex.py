"""Inverted index of words for candidate retrieval, persisted in the store as BLOB segments.

Each segment covers a range of statement ids: sorted term hashes (crc32 of a word of the
match key; the rare collision only adds candidates that re-ranking drops), each term's
document frequency, and its statement ids (postings). A query looks up its rarest words,
scores statements by the summed idf of the words they share and keeps the best. Very common
words keep their frequency but not their postings (they never help to find a candidate and
would make up most of the index). Segments are read from their BLOBs straight into arrays,
so the index in memory is the size of its BLOBs (about 60 MB at a million statements).
"""

from __future__ import annotations

import math
import sqlite3
import zlib
from array import array
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import count, islice

import numpy as np

SEGMENT_DOCS = 500_000  # statements per segment: bounds memory while building
MAX_SEGMENTS = 16  # more than this and the small segments at the tail are rebuilt as one
PRUNE_MIN_DF = 5_000  # words in more statements than this and than PRUNE_SHARE of them...
PRUNE_SHARE = 0.02  # ...keep no postings
QUERY_WORDS = 10  # rarest words of a query looked up
READ_CHUNK = 1 << 20
BLOBS = ("terms", "df", "starts", "postings")
DTYPES = (np.uint32, np.uint32, np.int64, np.uint32)


def term_hash(word: str) -> int:
    return zlib.crc32(word.encode("utf-8"))


@dataclass
class Segment:
    first_id: int
    last_id: int
    docs: int
    terms: np.ndarray  # uint32, sorted
    df: np.ndarray  # uint32
    starts: np.ndarray  # int64, len(terms) + 1
    postings: np.ndarray  # uint32 statement ids

    def blobs(self) -> dict:
        """The row of `word_index` that stores this segment."""
        arrays = {name: getattr(self, name).tobytes() for name in BLOBS}
        return {"first_id": self.first_id, "last_id": self.last_id, "docs": self.docs, **arrays}

    @classmethod
    def load(cls, conn: sqlite3.Connection, segment: int) -> Segment:
        """Read one segment, each BLOB straight into its array (no second copy in memory)."""
        first_id, last_id, docs = conn.execute(
            "SELECT first_id, last_id, docs FROM word_index WHERE segment = ?", [segment]
        ).fetchone()
        arrays = [_read_blob(conn, c, segment, t) for c, t in zip(BLOBS, DTYPES, strict=True)]
        return cls(first_id, last_id, docs, *arrays)

    @property
    def nbytes(self) -> int:
        return sum(getattr(self, name).nbytes for name in BLOBS)


def _read_blob(conn: sqlite3.Connection, column: str, rowid: int, dtype) -> np.ndarray:
    with conn.blobopen("word_index", column, rowid, readonly=True) as blob:
        out = np.empty(len(blob), np.uint8)
        for at in range(0, len(out), READ_CHUNK):
            out[at : at + READ_CHUNK] = np.frombuffer(blob.read(READ_CHUNK), np.uint8)
    return out.view(dtype)


def build_segments(rows: Iterable[tuple[int, str]]) -> Iterator[Segment]:
    """Index (id, match key) rows, ascending ids, SEGMENT_DOCS at a time."""
    rows = iter(rows)
    while chunk := list(islice(rows, SEGMENT_DOCS)):
        yield _build(chunk)


def _build(chunk: list[tuple[int, str]]) -> Segment:
    vocab: defaultdict[str, int] = defaultdict(count().__next__)  # word -> local id, in C
    term_of = vocab.__getitem__
    tids, per_doc = array("I"), array("I")
    for _sid, key in chunk:
        found = set(key.split())
        tids.extend(map(term_of, found))
        per_doc.append(len(found))
    hashes = np.fromiter(map(term_hash, vocab), np.uint32, len(vocab))
    keys = hashes[np.frombuffer(tids, np.uint32)] if tids else np.empty(0, np.uint32)
    doc_ids = np.repeat(np.fromiter((sid for sid, _ in chunk), np.uint64, len(chunk)), per_doc)
    pairs = np.sort(keys.astype(np.uint64) << np.uint64(32) | doc_ids)  # by term, then id
    keys, postings = (pairs >> np.uint64(32)).astype(np.uint32), pairs.astype(np.uint32)
    del pairs
    bounds = np.flatnonzero(np.diff(keys)) + 1
    # no words at all in the chunk ("…!?"): no terms, not one empty term
    first = [0] if len(keys) else []
    starts = np.concatenate([first, bounds, [len(keys)]]).astype(np.int64)
    terms, df = keys[starts[:-1]], np.diff(starts)
    limit = max(PRUNE_MIN_DF, PRUNE_SHARE * len(chunk))
    kept = df <= limit
    return Segment(
        chunk[0][0], chunk[-1][0], len(chunk), terms, df.astype(np.uint32),
        np.concatenate([[0], np.cumsum(np.where(kept, df, 0))]).astype(np.int64),
        np.ascontiguousarray(postings[np.repeat(kept, df)]),
    )  # fmt: skip


class WordIndex:
    """The loaded segments of one store, queried for candidate statement ids."""

    def __init__(self, segments: list[Segment]):
        self.segments = segments
        self.docs = sum(s.docs for s in segments)

    @property
    def last_id(self) -> int:
        return max((s.last_id for s in self.segments), default=0)

    @property
    def nbytes(self) -> int:
        return sum(s.nbytes for s in self.segments)

    def query(self, key: str, limit: int) -> list[int] | None:
        """Best `limit` statement ids for the words of a match key; None if none is indexed."""
        hashes = np.array(sorted({term_hash(w) for w in key.split()}), np.uint32)
        if not len(hashes) or not self.docs:
            return None
        df = np.zeros(len(hashes), np.int64)
        where = []
        for seg in (s for s in self.segments if len(s.terms)):
            idx = np.minimum(np.searchsorted(seg.terms, hashes), len(seg.terms) - 1)
            found = seg.terms[idx] == hashes
            df += np.where(found, seg.df[idx], 0)
            where.append((seg, idx, found))
        ids, weights = [], []
        for t in self._rarest(df, where):
            idf = math.log(self.docs / df[t])
            for seg, idx, found in where:
                if found[t]:
                    p = seg.postings[seg.starts[idx[t]] : seg.starts[idx[t] + 1]]
                    ids.append(p)
                    weights.append(np.full(len(p), idf, np.float32))
        if not ids:
            return None
        return _top(np.concatenate(ids), np.concatenate(weights), limit)

    def _rarest(self, df: np.ndarray, where) -> list[int]:
        """Indices of the QUERY_WORDS least frequent query words that have postings."""
        has_postings = np.zeros(len(df), bool)
        for seg, idx, found in where:
            has_postings |= found & (seg.starts[idx + 1] > seg.starts[idx])
        candidates = np.flatnonzero(has_postings)
        return list(candidates[np.argsort(df[candidates], kind="stable")][:QUERY_WORDS])


def _top(ids: np.ndarray, weights: np.ndarray, limit: int) -> list[int]:
    if len(ids) > 50_000:  # dense: a score slot per id is cheaper than sorting
        scores = np.bincount(ids, weights)
        uniq = np.flatnonzero(scores)
        scores = scores[uniq]
    else:
        uniq, inverse = np.unique(ids, return_inverse=True)
        scores = np.bincount(inverse, weights)
    if len(uniq) > limit:
        best = np.argpartition(-scores, limit)[:limit]
        uniq, scores = uniq[best], scores[best]
    return [int(i) for i in uniq[np.argsort(-scores, kind="stable")]]
