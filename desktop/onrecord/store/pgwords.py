"""The word index on PostgreSQL: the SQLite store's inverted index (`wordindex`), kept as rows.

One row per word and segment (a fixed range of SEGMENT_DOCS statement ids): the word's
document frequency there and, unless the word is very common, the ids of the statements
holding it; and one row per word with its frequency in the whole archive (`word_df`). A
query is one prepared statement: the frequency of each query word (one look-up each), the
QUERY_WORDS rarest words that have postings (fewer when their postings would pass
MAX_POSTINGS, so the work is bounded whatever the archive's size), every statement holding
one of them scored by the summed idf of the words it shares, the best first.

Every import indexes exactly the statements it inserted (`Postings`), appending to the rows
of their words under a lock held until it commits: two importers never index a statement
twice, and a row per (word, segment) is enforced by the primary key.
"""

from __future__ import annotations

import struct
import threading
from collections import defaultdict
from concurrent.futures import Future, ThreadPoolExecutor
from itertools import count

import numpy as np

from onrecord.store.wordindex import PRUNE_MIN_DF, PRUNE_SHARE

SEGMENT_DOCS = 500_000  # statement ids per segment (segment = id // SEGMENT_DOCS)
PRUNE_DF = max(PRUNE_MIN_DF, int(PRUNE_SHARE * SEGMENT_DOCS))  # more: no postings kept
# Rarest query words read. On 300k synthetic statements the server's CPU per query went
# 8.0 ms (10 words) -> 3.4 ms (4), recall@1 1.00 both (bench/match_scale.py data).
QUERY_WORDS = 4
MAX_POSTINGS = 20_000  # statement ids read per query at most (beyond the rarest word's)
WIDEN = 64  # with a date bound, the best WIDEN x limit are filtered by date, then cut
INDEX_LOCK = 7133  # held by a transaction from its first write to the index until it ends
FLUSH_PAIRS = 20_000_000  # (word, id) pairs an import holds at most (~160 MB, 700k statements)

_QUERY = """
WITH rare AS (
    SELECT term, df, sum(df) OVER (ORDER BY df, term) AS running
    FROM word_df WHERE term = ANY(%(terms)s) AND kept ORDER BY df, term LIMIT %(words)s),
scored AS (
    SELECT id, sum(ln((SELECT sum(docs) FROM word_segments)::float8 / rare.df)) AS score
    FROM rare JOIN word_postings p USING (term), unnest(p.ids) AS id
    WHERE rare.running = rare.df OR rare.running <= %(most)s
    GROUP BY id ORDER BY score DESC, id LIMIT %(pool)s)
SELECT s.id, s.folded, s.speaker_id, s.date FROM scored JOIN statements s USING (id)
WHERE %(before)s::text IS NULL OR s.date IS NULL OR s.date <= %(before)s
ORDER BY scored.score DESC, s.id LIMIT %(limit)s
"""


def terms(key: str) -> list[str]:
    """The distinct words of a match key, as the index stores them."""
    return sorted(set(key.split()))


def query(conn, key: str, limit: int, before: str | None) -> list[dict] | None:
    """Candidate rows for a match key, best first; None when no word of it is indexed."""
    words = terms(key)
    if not words:
        return None
    args = {"terms": words, "words": QUERY_WORDS, "most": MAX_POSTINGS, "before": before,
            "limit": limit, "pool": limit * WIDEN if before else limit}  # fmt: skip
    cur = conn.execute(_QUERY, args, prepare=True)
    rows = [dict(zip(("id", "folded", "speaker_id", "date"), r, strict=True)) for r in cur]
    if rows:
        return rows
    kept = conn.execute(
        "SELECT 1 FROM word_df WHERE term = ANY(%s) AND kept LIMIT 1", [words]
    ).fetchone()
    return rows if kept else None


_SEARCH = """
SELECT {columns} FROM statements
WHERE {among} AND ' ' || folded || ' ' LIKE ALL(%(patterns)s) {speaker}
ORDER BY length(folded), id LIMIT %(limit)s
"""
_AMONG = "id IN (SELECT unnest(ids) FROM word_postings WHERE term = %(rarest)s)"


def search(conn, words: list[str], columns: str, speaker_id: int | None, limit: int):
    """A cursor over the statements holding every one of `words` (match-key words, taken
    literally), shortest first; None when none can. Looked up through the postings of the
    rarest word, or by reading the table when every word is too common to have postings."""
    wanted = terms(" ".join(words))
    if not wanted:
        return None
    found = conn.execute(
        "SELECT term, df, kept FROM word_df WHERE term = ANY(%s)",
        [wanted],
    ).fetchall()
    if len(found) < len(wanted):  # a word no statement holds
        return None
    kept = sorted((df, term) for term, df, has_ids in found if has_ids)
    sql = _SEARCH.format(
        columns=columns,
        among=_AMONG if kept else "true",
        speaker="AND speaker_id = %(speaker)s" if speaker_id is not None else "",
    )
    args = {"rarest": kept[0][1] if kept else None, "speaker": speaker_id, "limit": limit,
            "patterns": [f"% {_like(w)} %" for w in wanted]}  # fmt: skip
    return conn.execute(sql, args)


def _like(word: str) -> str:
    """`word` as a LIKE pattern matching itself only."""
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


# The new rows appended to the segments' rows, and each word's archive-wide frequency
# (kept: every segment has its postings) updated from what the append left.
_APPEND = """
WITH appended AS (
    INSERT INTO word_postings SELECT * FROM new_postings ORDER BY segment, term
    ON CONFLICT (term, segment) DO UPDATE SET df = word_postings.df + excluded.df,
        ids = CASE WHEN word_postings.ids IS NULL OR excluded.ids IS NULL
            OR word_postings.df + excluded.df > %s THEN NULL
            ELSE word_postings.ids || excluded.ids END
    RETURNING term, segment, ids IS NOT NULL AS kept)
INSERT INTO word_df
SELECT term, sum(n.df), bool_and(a.kept) FROM new_postings n JOIN appended a USING (term, segment)
GROUP BY term ORDER BY term
ON CONFLICT (term) DO UPDATE SET df = word_df.df + excluded.df,
    kept = word_df.kept AND excluded.kept
"""


class Vocabulary:
    """Numbers for the words of one import, given in the thread that prepares its batches and
    read back by `Postings.flush` in the import's own thread (hence the lock)."""

    def __init__(self):
        self.ids: defaultdict[str, int] = defaultdict(count().__next__)
        self.lock = threading.Lock()

    def number(self, keys: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """The word ids of match keys, one key after the other, and each key's word count."""
        words = " ".join(keys).split()
        with self.lock:
            ids = np.fromiter(map(self.ids.__getitem__, words), np.uint32, len(words))
        counts = np.fromiter((k.count(" ") + 1 if k else 0 for k in keys), np.int64, len(keys))
        return ids, counts

    def words(self) -> np.ndarray:
        with self.lock:
            return np.array(list(self.ids), dtype=object)


class Postings:
    """The (word, statement id) pairs of the statements one import inserted, written to the
    index inside the import's transaction: what a bulk import holds when it reaches a new
    segment is made into COPY rows in a thread while the import goes on, and written at
    its next batch; the rest by `flush` at its end."""

    def __init__(self, vocabulary: Vocabulary):
        self.vocabulary = vocabulary
        self.pairs: list[np.ndarray] = []  # uint64: word id << 32 | statement id
        self.docs: list[np.ndarray] = []
        self.size, self.segment = 0, -1  # pairs held, highest segment they reach
        self.ready: Future | None = None  # rows being made for the index, in a thread

    def add(self, conn, ids: np.ndarray, words: np.ndarray, counts: np.ndarray) -> None:
        """Note the words (`words`, `counts` of each, from `Vocabulary.number`) of statements
        `ids`. What is held is written when these start a new segment (so a bulk import
        writes each segment's rows once, never rewrites them) or when it is FLUSH_PAIRS."""
        if self.ready and self.ready.done():
            self._write(conn)
        if not len(ids):
            return
        if self.docs and (ids.min() // SEGMENT_DOCS > self.segment or self.size >= FLUSH_PAIRS):
            self._write(conn)  # the one before, if still being made
            self.ready = _THREADS.submit(self._rows, self._taken())
        self.segment = max(self.segment, int(ids.max()) // SEGMENT_DOCS)
        docs = ids.astype(np.uint64)
        self.pairs.append(words.astype(np.uint64) << np.uint64(32) | np.repeat(docs, counts))
        self.docs.append(ids)
        self.size += len(words)

    def flush(self, conn) -> None:
        """Write everything still held or being made."""
        self._write(conn)
        if self.docs:
            self.ready = _THREADS.submit(self._rows, self._taken())
            self._write(conn)

    def _taken(self) -> tuple[list, list]:
        held = self.pairs, self.docs
        self.pairs, self.docs, self.size = [], [], 0
        return held

    def _rows(self, held: tuple[list, list]) -> tuple[bytes, list, list]:
        """COPY rows (binary) of the held pairs, one per (word, segment), and each segment's
        new statement count."""
        pairs = np.sort(np.concatenate(held[0]))  # by word, then id
        first = np.ones(len(pairs), bool)
        first[1:] = pairs[1:] != pairs[:-1]
        pairs = pairs[first]  # each word once per statement
        segments, docs = np.unique(np.concatenate(held[1]) // SEGMENT_DOCS, return_counts=True)
        tids, ids = (pairs >> np.uint64(32)).astype(np.uint32), pairs.astype(np.uint32)
        del pairs
        segs, words, out = ids // SEGMENT_DOCS, self.vocabulary.words(), [_HEADER]
        for seg in np.unique(segs).tolist():
            at = np.flatnonzero(segs == seg)
            out.append(_binary_rows(words, seg, tids[at], ids[at]))
        return b"".join([*out, _TRAILER]), segments.tolist(), docs.tolist()

    def _write(self, conn) -> None:
        """Append the rows made to the index: new (word, segment) rows or extended ones, and
        the segments' statement counts. INDEX_LOCK makes index writers take turns until
        they commit, so two imports never wait on each other's rows (no deadlock)."""
        if self.ready is None:
            return
        rows, segments, docs = self.ready.result()
        self.ready = None
        conn.execute("SELECT pg_advisory_xact_lock(%s)", [INDEX_LOCK])
        conn.execute(
            "CREATE TEMP TABLE IF NOT EXISTS new_postings (term text, segment integer,"
            " df integer, ids integer[]) ON COMMIT DROP"
        )
        with conn.cursor().copy("COPY new_postings FROM STDIN (FORMAT BINARY)") as copy:
            copy.write(rows)
        conn.execute(
            "INSERT INTO word_segments SELECT s, n FROM unnest(%s::int[], %s::int[]) AS x(s, n)"
            " ORDER BY s ON CONFLICT (segment) DO UPDATE SET docs = word_segments.docs + excluded.docs",
            [segments, docs],
        )
        conn.execute(_APPEND, [PRUNE_DF])
        conn.execute("TRUNCATE new_postings")


_THREADS = ThreadPoolExecutor(1, thread_name_prefix="onrecord-postings")


# COPY's binary format: a header, per row the field count then each field as length + bytes
# (-1: NULL), an int4[] as dimensions, no-nulls flag, element type (int4: oid 23), length,
# lower bound, then each element as length 4 + value; all big-endian.
_HEADER, _TRAILER = b"PGCOPY\n\xff\r\n\0" + bytes(8), b"\xff\xff"
_ROW = struct.Struct(">hi")  # field count, then the word's length
_NUMBERS = struct.Struct(">iiii")  # segment and df, each as length 4 + value
_ARRAY = struct.Struct(">iiiiii")  # field length, then the array's header


def _binary_rows(words: np.ndarray, seg: int, tids: np.ndarray, ids: np.ndarray) -> bytes:
    """COPY rows (word, segment, df, ids) of one segment; ids NULL past PRUNE_DF."""
    starts = np.concatenate([[0], np.flatnonzero(np.diff(tids)) + 1, [len(tids)]]).tolist()
    elements = np.empty((len(ids), 2), ">i4")
    elements[:, 0], elements[:, 1] = 4, ids
    out = []
    for tid, start, end in zip(tids[starts[:-1]].tolist(), starts, starts[1:], strict=False):
        name, n = words[tid].encode(), end - start
        out += (_ROW.pack(4, len(name)), name, _NUMBERS.pack(4, seg, 4, n))
        if n > PRUNE_DF:
            out.append(b"\xff\xff\xff\xff")
        else:
            out += (_ARRAY.pack(20 + 8 * n, 1, 0, 23, n, 1), elements[start:end].tobytes())
    return b"".join(out)


__all__ = ["SEGMENT_DOCS", "Postings", "Vocabulary", "query", "search", "terms"]
