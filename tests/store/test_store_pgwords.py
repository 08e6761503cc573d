"""The shared archive's word index (pgwords): one row per word and segment, each statement
indexed once even with importers at work together, bounded reads, rebuilt by the migration."""

import threading

import psycopg

from onrecord.store import open_store, pgschema
from onrecord.store.normalize import match_key

WORDS = ["harbour", "bridge", "winter", "rains", "ferry", "council", "budget", "tunnel"]


def _statements(tag: str, count: int) -> list[tuple[int, dict]]:
    return [
        (i, {"text": f"The {WORDS[i % 8]} and the {WORDS[(i * 3 + 1) % 8]} {tag} number {i}."})
        for i in range(count)
    ]


def _index(dsn) -> dict:
    with psycopg.connect(dsn) as conn:
        rows = conn.execute("SELECT term, segment, df, ids FROM word_postings").fetchall()
    return {(t, s): (df, sorted(ids) if ids is not None else None) for t, s, df, ids in rows}


def _frequencies_agree(dsn) -> bool:
    """word_df holds each word's frequency over the segments, kept when none pruned it."""
    with psycopg.connect(dsn) as conn:
        whole = conn.execute("SELECT term, df, kept FROM word_df ORDER BY term").fetchall()
        summed = conn.execute(
            "SELECT term, sum(df), bool_and(ids IS NOT NULL) FROM word_postings"
            " GROUP BY term ORDER BY term"
        ).fetchall()
    return bool(whole) and whole == summed


def _expected(dsn, segment_docs: int) -> dict:
    """Each word's statements per segment, read from the statements themselves."""
    with psycopg.connect(dsn) as conn:
        rows = conn.execute("SELECT id, folded FROM statements").fetchall()
    found: dict = {}
    for sid, folded in rows:
        for word in set(folded.split()):
            found.setdefault((word, sid // segment_docs), []).append(sid)
    return {k: (len(ids), sorted(ids)) for k, ids in found.items()}


def test_two_importers_at_once_index_every_statement_exactly_once(pg_dsn):
    start, failures = threading.Barrier(2), []

    def importer(tag):
        store = open_store(pg_dsn)
        start.wait()
        try:
            for round_ in range(8):
                store.add_statements(_statements(f"{tag}{round_}", 40), tag, "jsonl")
        except Exception as exc:  # noqa: BLE001 - reported by the assertion below
            failures.append(exc)
        store.close()

    threads = [threading.Thread(target=importer, args=(tag,)) for tag in ("a", "b")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    assert _index(pg_dsn) == _expected(pg_dsn, 500_000)
    assert _frequencies_agree(pg_dsn)
    with psycopg.connect(pg_dsn) as conn:
        assert conn.execute("SELECT sum(docs) FROM word_segments").fetchone()[0] == 640


def test_segments_are_appended_to_pruned_and_read_together(pg_dsn, monkeypatch):
    monkeypatch.setattr("onrecord.store.pgwords.SEGMENT_DOCS", 7)
    monkeypatch.setattr("onrecord.store.pgwords.PRUNE_DF", 4)
    monkeypatch.setattr("onrecord.store.pgimport.BATCH", 4)
    store = open_store(pg_dsn)
    for round_ in range(3):  # imports that end and start inside a segment
        store.add_statements(_statements(f"r{round_}", 5), "t", "jsonl")
    store.add_statements(_statements("bulk", 17), "t", "jsonl")  # written segment by segment
    index = _index(pg_dsn)
    for key, (df, ids) in _expected(pg_dsn, 7).items():
        assert index[key] == (df, ids if df <= 4 else None), key
    assert {segment for _, segment in index} == {0, 1, 2, 3, 4}
    assert _frequencies_agree(pg_dsn)
    last = match_key(_statements("r2", 5)[4][1]["text"])
    assert store.candidates(last, 3)[0]["folded"] == last
    store.close()


def test_a_query_reads_the_rarest_words_only_up_to_its_bound(pg_dsn, monkeypatch):
    store = open_store(pg_dsn)
    store.add_statements(_statements("common", 30), "t", "jsonl")
    store.add_statements([(1, {"text": "Only the zebra crossing at the harbour."})], "t", "jsonl")
    query = "zebra harbour bridge winter"
    assert len(store.candidates(query, 100)) > 1
    monkeypatch.setattr("onrecord.store.pgwords.MAX_POSTINGS", 1)  # the rarest word alone
    assert [r["folded"] for r in store.candidates(query, 100)] == [
        "only the zebra crossing at the harbour"
    ]
    store.close()


def test_the_migration_rebuilds_the_same_index_from_the_statements(pg_dsn):
    store = open_store(pg_dsn)
    store.add_statements(
        [(1, {"text": "?!…", "speaker": "Al"})], "t", "jsonl"
    )  # no words: a doc, no postings
    store.add_statements(_statements("x", 49), "t", "jsonl")
    store.add_statements([(1, {"text": "…!?"}), (2, {"text": "The ferry, again."})], "t", "jsonl")
    before = _index(pg_dsn)
    with psycopg.connect(pg_dsn) as conn:
        docs = conn.execute("SELECT * FROM word_segments").fetchall()
        frequencies = conn.execute("SELECT * FROM word_df ORDER BY term").fetchall()
        conn.execute("DROP TABLE word_df")
        conn.execute(pgschema.MIGRATIONS[3])
        assert conn.execute("SELECT * FROM word_segments").fetchall() == docs == [(0, 52)]
        assert conn.execute("SELECT * FROM word_df ORDER BY term").fetchall() == frequencies
    assert _index(pg_dsn) == before
    store.close()
