import pytest
from hypothesis import given
from hypothesis import strategies as st

from onrecord.store import open_store, wordindex
from onrecord.store.normalize import _WORD, fold, match_key

TEXTS = [
    "The harbour bridge will be finished before the winter rains arrive.",
    "Nobody in this town remembers a colder January than this one.",
    "Our library will stay open every evening until the exams are over.",
]


@pytest.fixture
def store(sqlite_store):
    """These tests look inside the SQLite file; the PostgreSQL archive's own are in
    test_store_postgres.py."""
    return sqlite_store


def ids(store, text):
    return [s["id"] for s in store.candidates(text, 10)]


def test_fold_removes_what_is_not_a_change_of_wording():
    assert fold("“Ｔhe ﬁnal  Wörd—done” it’s") == '"the final word-done" it\'s'
    assert fold("inter-\n  national") == "international"
    assert match_key("Kim’s “final” word—done!") == "kim's final word done"


def test_index_is_persisted_not_rebuilt(tmp_path, fill, store, monkeypatch):
    fill(*({"text": t} for t in TEXTS))
    assert ids(store, "winter rains on the harbour bridge")[0] == 1
    store.close()

    def no_rebuild(rows):
        raise AssertionError("the index was rebuilt at start")

    monkeypatch.setattr("onrecord.store.indexing.build_segments", no_rebuild)
    reopened = open_store(tmp_path / "store.db")
    assert ids(reopened, "a colder January in town")[0] == 2
    reopened.close()


def test_statements_added_outside_an_import_are_caught_up(fill, store):
    fill({"text": TEXTS[0]})
    store.candidates("harbour", 10)  # index loaded
    store.conn.execute(
        "INSERT INTO statements (text, folded, added_at, fingerprint) VALUES (?, ?, 'now', 7)",
        [TEXTS[2], match_key(TEXTS[2])],
    )
    assert ids(store, "library open every evening")[0] == 2


def test_an_undone_import_leaves_no_trace_in_search_or_matching(fill, store):
    fill({"text": TEXTS[0]})
    added = fill({"text": TEXTS[1], "speaker": "Ana Ruiz"}, source="review")
    assert ids(store, "a colder January in town") == [2]
    assert store.undo_import(added.id) == 1
    assert ids(store, "a colder January in town") == []  # its index entry is skipped
    assert store.search("colder January") == [] and store.stats()["statements"] == 1
    assert all(i["id"] != added.id for i in store.imports())
    again = fill({"text": TEXTS[1]}, source="review")  # can be added again, and found
    assert again.added == 1 and ids(store, "a colder January in town") == [3]


def test_many_small_imports_are_compacted(fill, store, monkeypatch):
    monkeypatch.setattr("onrecord.store.indexing.MAX_SEGMENTS", 3)
    for i in range(6):
        fill({"text": f"{TEXTS[i % 3]} Number {i}."})
    segments = store.conn.execute("SELECT count(*) FROM word_index").fetchone()[0]
    assert segments <= 3
    assert sorted(ids(store, "colder January remembers")[:2]) == [2, 5]


def test_compaction_leaves_a_bulk_import_segment_alone(fill, store, monkeypatch):
    monkeypatch.setattr("onrecord.store.indexing.MAX_SEGMENTS", 4)
    fill(*({"text": f"{TEXTS[i % 3]} Bulk {i}."} for i in range(30)))
    first = store.conn.execute("SELECT segment, docs FROM word_index").fetchone()
    for i in range(8):  # one quote at a time, as the review window adds them
        fill({"text": f"{TEXTS[i % 3]} Added {i}."})
        assert store.conn.execute("SELECT count(*) FROM word_index").fetchone()[0] <= 4
    assert store.conn.execute("SELECT segment, docs FROM word_index").fetchone() == first
    assert ids(store, "colder January Added 4")[0] == 35


def test_common_words_keep_frequency_but_no_postings(monkeypatch):
    monkeypatch.setattr(wordindex, "PRUNE_MIN_DF", 2)
    rows = [(i, f"the common word and rare{i}") for i in range(1, 11)]
    index = wordindex.WordIndex(list(wordindex.build_segments(rows)))
    assert index.query("the common word and rare7", 3) == [7]
    assert index.query("the common word", 3) is None  # nothing rare: caller falls back to FTS


@given(st.text(alphabet=st.sampled_from("aZ9_' -,.\"’“é\n\tﬁ—"), max_size=40))
def test_match_key_is_the_folded_words(text):
    assert match_key(text) == " ".join(_WORD.findall(fold(text)))
    assert fold(fold(text)) == fold(text)
