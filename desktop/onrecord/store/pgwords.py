"""The word index on PostgreSQL: the SQLite store's inverted index (`wordindex`), kept as rows.

Each import adds a segment: one row per word of its statements with the word's document
frequency and, unless the word is very common, the ids of the statements holding it. A query
runs in the server: the summed frequency of each query word over the segments, the
QUERY_WORDS rarest words that have postings, every statement holding one of them scored by
the summed idf of the words it shares, the best first. Only those few rows reach the client.
"""

from __future__ import annotations

import numpy as np

from onrecord.store.wordindex import MAX_SEGMENTS, SEGMENT_DOCS, build_segments
from onrecord.store.wordindex import term_hash as _hash

# Rarest query words looked up. Fewer than the in-memory index's 10: on 300k synthetic
# statements the server's CPU per query went 8.0 ms (10 words) -> 3.4 ms (4), recall@1 1.00
# both (bench/match_scale.py data; at 1M, 10 words took 17.9 ms).
QUERY_WORDS = 4
WIDEN = 64  # with a date bound, the best WIDEN x limit are filtered by date, then cut

_QUERY = """
WITH words AS (
    SELECT term, sum(df) AS df, bool_and(ids IS NOT NULL) AS kept
    FROM word_postings WHERE term = ANY(%(terms)s) GROUP BY term),
rare AS (
    SELECT term, ln(%(docs)s::float8 / df) AS idf FROM words WHERE kept
    ORDER BY df, term LIMIT %(words)s),
scored AS (
    SELECT id, sum(rare.idf) AS score
    FROM rare JOIN word_postings p USING (term), unnest(p.ids) AS id
    GROUP BY id ORDER BY score DESC, id LIMIT %(pool)s)
SELECT s.id, s.folded, s.speaker_id, s.date FROM scored JOIN statements s USING (id)
WHERE %(before)s::text IS NULL OR s.date IS NULL OR s.date <= %(before)s
ORDER BY scored.score DESC, s.id LIMIT %(limit)s
"""


def term_hashes(key: str) -> list[int]:
    """The words of a match key as the signed 32-bit terms the index stores."""
    return sorted(np.array([_hash(w) for w in set(key.split())], np.uint32).view(np.int32).tolist())


def query(conn, key: str, limit: int, before: str | None) -> list[dict] | None:
    """Candidate rows for a match key, best first; None when no word of it is indexed."""
    terms = term_hashes(key)
    docs = conn.execute("SELECT coalesce(sum(docs), 0) FROM word_segments").fetchone()[0]
    if not terms or not docs:
        return None
    cur = conn.execute(
        _QUERY,
        {"terms": terms, "docs": docs, "words": QUERY_WORDS, "before": before, "limit": limit,
         "pool": limit * WIDEN if before else limit},
    )  # fmt: skip
    rows = [dict(zip(("id", "folded", "speaker_id", "date"), r, strict=True)) for r in cur]
    if rows:
        return rows
    kept = conn.execute(
        "SELECT 1 FROM word_postings WHERE term = ANY(%s) AND ids IS NOT NULL LIMIT 1", [terms]
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
    terms = term_hashes(" ".join(words))
    if not terms:
        return None
    found = conn.execute(
        "SELECT term, sum(df), bool_and(ids IS NOT NULL) FROM word_postings"
        " WHERE term = ANY(%s) GROUP BY term",
        [terms],
    ).fetchall()
    if len(found) < len(terms):  # a word no statement holds
        return None
    kept = sorted((df, term) for term, df, has_ids in found if has_ids)
    query = _SEARCH.format(
        columns=columns,
        among=_AMONG if kept else "true",
        speaker="AND speaker_id = %(speaker)s" if speaker_id is not None else "",
    )
    args = {"rarest": kept[0][1] if kept else None, "speaker": speaker_id, "limit": limit,
            "patterns": [f"% {_like(w)} %" for w in sorted(set(words))]}  # fmt: skip
    return conn.execute(query, args)


def _like(word: str) -> str:
    """`word` as a LIKE pattern matching itself only."""
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def add(conn, after_id: int) -> None:
    """Index the statements with ids above `after_id` (inside the caller's transaction),
    first rebuilding the small segments at the tail when there are too many."""
    segments = conn.execute(
        "SELECT segment, docs, last_id FROM word_segments ORDER BY first_id"
    ).fetchall()
    if len(segments) >= MAX_SEGMENTS and _may_merge(conn):
        from onrecord.store.indexing import _merge_point

        after_id = min(after_id, _merge_point(segments))
        conn.execute("DELETE FROM word_segments WHERE first_id > %s", [after_id])
    rows = conn.execute(
        "SELECT id, folded FROM statements WHERE id > %s ORDER BY id", [after_id]
    ).fetchall()
    for seg in build_segments(rows):
        number = conn.execute(
            "INSERT INTO word_segments (first_id, last_id, docs) VALUES (%s, %s, %s) "
            "RETURNING segment",
            [seg.first_id, seg.last_id, seg.docs],
        ).fetchone()[0]
        terms = seg.terms.view(np.int32).tolist()
        with conn.cursor().copy("COPY word_postings (term, segment, df, ids) FROM STDIN") as copy:
            for i, term in enumerate(terms):
                start, end = seg.starts[i], seg.starts[i + 1]
                ids = "{" + ",".join(map(str, seg.postings[start:end].tolist())) + "}"
                copy.write_row((term, number, int(seg.df[i]), ids if end > start else None))


def _may_merge(conn) -> bool:
    """Whether this login may delete segments (an importer); an editor's few statements add
    a small segment, merged by the next import."""
    return conn.execute("SELECT has_table_privilege('word_segments', 'DELETE')").fetchone()[0]


__all__ = ["SEGMENT_DOCS", "add", "query", "search", "term_hashes"]
