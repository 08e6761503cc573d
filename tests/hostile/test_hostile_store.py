"""The workspace database under attack: killed imports, two writers, corrupt files, FTS syntax."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap

import pytest

from onrecord.errors import StoreDamaged, StoreError
from onrecord.store import damage, open_store
from onrecord.store.importers import import_file

ROWS = 60_000
IMPORTER = textwrap.dedent(
    """
    import sys
    from onrecord.store import open_store
    from onrecord.store.importers import import_file
    seen = 0
    def progress(n):
        global seen
        seen += n
        if seen == 2_000:
            print("importing", flush=True)
    import_file(open_store(sys.argv[1]), sys.argv[2], progress=progress)
    print("done", flush=True)
    """
)


def _statements(path, n: int):
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            row = {"text": f"Statement {i}: the talks in Wonsan went on for {i % 97} hours.",
                   "speaker": f"Speaker {i % 50}", "date": "2025-07-13"}  # fmt: skip
            fh.write(json.dumps(row) + "\n")
    return path


def _integrity(db) -> None:
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        conn.execute("INSERT INTO statements_fts (statements_fts) VALUES ('integrity-check')")


def _count(db) -> int:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT count(*) FROM statements").fetchone()[0]


def test_sigkill_mid_import_leaves_it_whole_or_absent_and_rerunnable(tmp_path):
    db, source = tmp_path / "w.db", _statements(tmp_path / "s.jsonl", ROWS)
    open_store(db).close()  # the schema exists: the kill lands in the import itself
    proc = subprocess.Popen(
        [sys.executable, "-c", IMPORTER, str(db), str(source)], stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout.readline() == "importing\n"
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert proc.stdout.read() == ""  # killed before the import finished
    proc.stdout.close()
    _integrity(db)
    assert _count(db) in (0, ROWS)  # whole or absent, never part
    with sqlite3.connect(db) as conn:  # the FTS trigger dropped for the import is back
        trigger = "SELECT count(*) FROM sqlite_master WHERE name = 'statements_ai'"
        assert conn.execute(trigger).fetchone() == (1,)
    store = open_store(db)
    result = import_file(store, source)
    assert result.added + result.duplicates == ROWS and _count(db) == ROWS
    assert [s["text"] for s in store.search("Statement 59999")][:1] == [
        "Statement 59999: the talks in Wonsan went on for 53 hours."
    ]
    store.close()
    _integrity(db)


HOLDER = textwrap.dedent(
    """
    import sqlite3, sys, time
    conn = sqlite3.connect(sys.argv[1], isolation_level=None)
    conn.execute("BEGIN IMMEDIATE")
    print("holding", flush=True)
    time.sleep(float(sys.argv[2]))
    conn.execute("COMMIT")
    """
)


def _hold_write_lock(db, seconds: float) -> subprocess.Popen:
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(db), str(seconds)], stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout.readline() == "holding\n"
    return proc


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "onrecord", *args], capture_output=True, text=True, timeout=120
    )


def test_second_writer_waits_for_the_first(tmp_path):
    db, source = tmp_path / "w.db", _statements(tmp_path / "s.jsonl", 50)
    open_store(db).close()
    holder = _hold_write_lock(db, 1.0)  # another process writing for a second
    proc = _cli("store", "import", str(source), "--store", str(db))
    holder.wait(timeout=30)
    holder.stdout.close()
    assert proc.returncode == 0, proc.stderr
    assert _count(db) == 50


def test_second_writer_is_told_why_it_cannot_write(tmp_path):
    db, source = tmp_path / "w.db", _statements(tmp_path / "s.jsonl", 50)
    open_store(db).close()
    holder = _hold_write_lock(db, 30)  # longer than the store's busy timeout (5 s)
    try:
        proc = _cli("store", "import", str(source), "--store", str(db))
    finally:
        holder.kill()
        holder.wait()
        holder.stdout.close()
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert proc.stderr.startswith("onrecord: ") and proc.stderr.count("\n") == 1
    assert "busy" in proc.stderr
    assert _count(db) == 0


@pytest.mark.parametrize(
    "query",
    ['"', '"unbalanced', "*", "talks*", "NEAR", "NEAR(talks wonsan)", "talks AND", "AND OR NOT",
     "-talks", "text:talks", "speaker:x", "^talks", "(", ")", "{talks}", "talks + wonsan", "'",
     "\x00", "", "   "],
)  # fmt: skip
def test_search_text_with_fts_syntax_is_literal(tmp_path, query):
    store = open_store(tmp_path / "w.db")
    store.add_statements(
        enumerate(
            [
                {"text": "The talks in Wonsan: NEAR the coast AND beyond"},
                {"text": "text:talks and -talks were written literally"},
            ]  # fmt: skip
        ),
        "test",
        "jsonl",
    )
    hits = store.search(query)
    words = [w for w in "".join(c if c.isalnum() else " " for c in query).lower().split()]
    for hit in hits:  # each hit holds every word of the query, taken literally
        assert all(w in hit["text"].lower() for w in words)
    store.close()


def test_fts_operators_are_words_not_syntax(tmp_path):
    store = open_store(tmp_path / "w.db")
    store.add_statements(
        enumerate([{"text": "We stand NEAR the line"}, {"text": "We stand by the line"}]),
        "test",
        "jsonl",
    )
    assert [h["text"] for h in store.search("NEAR line")] == ["We stand NEAR the line"]
    assert [h["text"] for h in store.search("stand -line")] != []  # not "stand but not line"
    store.close()


def test_a_file_that_is_not_a_database_is_refused_and_left_alone(tmp_path):
    db = tmp_path / "w.db"
    garbage = b"this is not SQLite " * 1000
    db.write_bytes(garbage)
    with pytest.raises(StoreError) as info:
        open_store(db)
    assert "\n" not in str(info.value) and str(db) in str(info.value)
    assert db.read_bytes() == garbage  # the corrupt file stays in place
    proc = _cli("store", "stats", "--store", str(db))
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert proc.stderr.startswith("onrecord: ") and proc.stderr.count("\n") == 1


def _damaged_store(tmp_path):
    """A store with statements whose pages were overwritten in the middle of the file."""
    db = tmp_path / "w.db"
    store = open_store(db)
    import_file(store, _statements(tmp_path / "s.jsonl", 3000))
    store.close()
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    size = db.stat().st_size
    with db.open("r+b") as fh:
        fh.seek(size // 2)
        fh.write(os.urandom(16384))
    return db


def test_a_damaged_store_is_detected_on_open(tmp_path):
    db = _damaged_store(tmp_path)
    with pytest.raises(StoreError):
        store = open_store(db)
        store.stats()
        store.search("Statement talks")


def test_a_damaged_archive_too_big_to_check_on_open_fails_clearly_at_first_use(
    tmp_path, monkeypatch
):
    db = _damaged_store(tmp_path)
    monkeypatch.setattr(damage, "QUICK_CHECK_MAX_BYTES", 0)  # as if it were a large archive
    store = open_store(db)
    with pytest.raises(StoreDamaged, match="damaged"):
        store.stats()
        store.search("Statement talks")


def test_a_corrupt_store_offers_the_pre_migration_backup(tmp_path):
    db = tmp_path / "w.db"
    backup = tmp_path / "w.db.v1.bak"
    open_store(backup).close()  # what the automatic pre-migration copy looks like
    db.write_bytes(b"garbage" * 1000)
    with pytest.raises(StoreDamaged, match=r"made before the last upgrade is .*w\.db\.v1\.bak"):
        open_store(db)
    assert db.read_bytes() == b"garbage" * 1000
    restored = damage.restore_backup(db)  # what the window offers: a copy to continue on
    assert restored.parent == tmp_path and restored.name.startswith("w.restored-")
    assert open_store(restored).stats()["statements"] == 0
    assert db.read_bytes() == b"garbage" * 1000 and backup.is_file()
    with pytest.raises(StoreError, match="no backup"):
        damage.restore_backup(tmp_path / "other.db")


def test_review_decisions_while_another_process_imports(tmp_path):
    """Two processes on one workspace database: an import and a review both get written."""
    from onrecord.model import Article
    from onrecord.review import ReviewLog

    db, source = tmp_path / "w.db", _statements(tmp_path / "s.jsonl", ROWS)
    open_store(db).close()
    proc = subprocess.Popen(
        [sys.executable, "-c", IMPORTER, str(db), str(source)], stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout.readline() == "importing\n"
    with ReviewLog(db) as log:  # waits for the import's transaction, then writes
        log.for_article(Article(text="An article.")).set_decision("0-2", "verified")
    assert proc.stdout.readline() == "done\n"
    proc.wait(timeout=60)
    proc.stdout.close()
    with ReviewLog(db) as log:
        assert log.for_article(Article(text="An article.")).get("0-2").decision == "verified"
    assert _count(db) == ROWS
    _integrity(db)


def test_windows_opening_a_new_workspace_at_once_all_succeed(tmp_path):
    """Two store openers and a review log on a file none of them has made yet (the window's
    statistics probe and its load worker do this): no 'database is locked', no half-made schema."""
    import threading

    from onrecord.review import ReviewLog

    errors = []

    def store(path):
        try:
            open_store(path).close()
        except Exception as exc:  # collected: the test fails on any
            errors.append(exc)

    def review(path):
        try:
            ReviewLog(path).close()
        except Exception as exc:
            errors.append(exc)

    for n in range(30):
        path = tmp_path / f"w{n}.db"
        threads = [threading.Thread(target=f, args=(path,)) for f in (store, store, review)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    assert errors == []


def test_a_store_that_cannot_be_opened_is_not_called_damaged(tmp_path):
    with pytest.raises(StoreError, match="cannot open the store") as raised:
        open_store(tmp_path)  # a folder: "unable to open database file"
    assert not isinstance(raised.value, StoreDamaged)  # no backup is offered for it


def test_a_failed_commit_is_rolled_back_and_the_connection_stays_usable(tmp_path):
    import sqlite3

    from onrecord.dbfile import write_transaction

    conn = sqlite3.connect(tmp_path / "x.db", isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("CREATE TABLE p (id INTEGER PRIMARY KEY)")
    conn.execute("CREATE TABLE c (pid INTEGER REFERENCES p(id) DEFERRABLE INITIALLY DEFERRED)")
    with pytest.raises(sqlite3.IntegrityError), write_transaction(conn):
        conn.execute("INSERT INTO c VALUES (7)")  # refused only at COMMIT
    assert not conn.in_transaction
    with write_transaction(conn):
        conn.execute("INSERT INTO p VALUES (1)")
    assert conn.execute("SELECT count(*) FROM c").fetchone() == (0,)
