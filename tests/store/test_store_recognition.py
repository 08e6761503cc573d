"""A workspace is recognised before anything is written: "Use another workspace…" and
`onrecord check --store` refuse other files with a clear message."""

import sqlite3

import pytest

from onrecord.cli.main import main
from onrecord.dbfile import APPLICATION_ID, recognise_workspace
from onrecord.errors import NotAWorkspace
from onrecord.review import ReviewLog
from onrecord.store import open_store


def _digest(path):
    return path.read_bytes()


def test_a_new_workspace_carries_onrecords_application_id(tmp_path):
    open_store(tmp_path / "w.db").close()
    with sqlite3.connect(tmp_path / "w.db") as conn:
        assert conn.execute("PRAGMA application_id").fetchone() == (APPLICATION_ID,)
    conn.close()
    assert recognise_workspace(tmp_path / "w.db") is True


def test_nothing_there_yet_is_a_new_workspace(tmp_path):
    assert recognise_workspace(tmp_path / "new.db") is False
    (tmp_path / "empty.db").touch()
    assert recognise_workspace(tmp_path / "empty.db") is False
    assert not (tmp_path / "new.db").exists()


def test_a_workspace_made_before_the_application_id_is_recognised(tmp_path):
    ReviewLog(tmp_path / "w.db").close()
    with sqlite3.connect(tmp_path / "w.db") as conn:
        conn.execute("PRAGMA application_id = 0")
    conn.close()
    assert recognise_workspace(tmp_path / "w.db") is True


@pytest.mark.parametrize(
    ("setup", "message"),
    [
        ("CREATE TABLE moz_places (id INTEGER)", "not an OnRecord workspace"),
        ("PRAGMA application_id = 1179403647", "another program's database"),
    ],
)
def test_another_programs_database_is_refused_untouched(tmp_path, setup, message):
    other = tmp_path / "places.sqlite"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE t (x)")
        conn.execute(setup)
    conn.close()
    before = _digest(other)
    with pytest.raises(NotAWorkspace, match=message):
        recognise_workspace(other)
    assert _digest(other) == before


def test_a_file_that_is_not_sqlite_is_refused(tmp_path):
    notes = tmp_path / "notes.txt"
    notes.write_text("shopping list")
    with pytest.raises(NotAWorkspace, match="not an SQLite database"):
        recognise_workspace(notes)
    with pytest.raises(NotAWorkspace, match="folder"):
        recognise_workspace(tmp_path)


def test_check_with_a_mistyped_store_path_says_so(tmp_path, capsys):
    article = tmp_path / "a.txt"
    article.write_text('Kim said "we will win" on Monday.')
    missing = tmp_path / "wrok.db"
    assert main(["check", str(article), "--store", str(missing)]) == 2
    assert "no workspace at" in capsys.readouterr().err
    assert not missing.exists()
    other = tmp_path / "places.sqlite"
    sqlite3.connect(other).execute("CREATE TABLE moz_places (id)").connection.close()
    assert main(["check", str(article), "--store", str(other)]) == 2
    assert "not an OnRecord workspace" in capsys.readouterr().err
