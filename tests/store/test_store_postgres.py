"""The shared archive on PostgreSQL: connection strings, schema versions, roles, failures."""

import json
import threading

import psycopg
import pytest

from onrecord.cli.main import main
from onrecord.errors import StoreError
from onrecord.store import open_store, pgschema
from onrecord.store.paths import is_dsn, resolve_store_path
from onrecord.store.pgconn import describe

BRIDGE = "The harbour bridge will be finished before the winter rains arrive, whatever the cost."


def test_connection_strings_are_told_from_paths_and_never_shown_with_a_password(monkeypatch):
    assert is_dsn("postgresql://ed@db.example:5433/news") and is_dsn("service=newsroom")
    assert is_dsn("host=db dbname=news") and not is_dsn("store=1.db") and not is_dsn("a.db")
    monkeypatch.setenv("ONRECORD_STORE", "service=newsroom")
    assert resolve_store_path(None) == "service=newsroom"
    assert describe("postgresql://ed:s3cret@db.example:5433/news") == "ed@db.example:5433/news"
    assert "s3cret" not in describe("host=db user=ed password=s3cret dbname=news")


def test_the_store_reports_its_archive_without_the_password(pg_dsn, pg_cluster):
    store = open_store(pg_dsn)
    assert store.path == f"onrecord_admin@127.0.0.1:{pg_cluster.port}/{pg_dsn.rsplit('/', 1)[1]}"
    assert pg_cluster.password not in str(store.stats())
    store.close()


def _admin(dsn):
    return psycopg.connect(dsn, autocommit=True)


def test_a_newer_schema_is_refused_and_an_older_one_asks_for_migrate(pg_dsn, pg_cluster):
    with _admin(pg_dsn) as conn:
        conn.execute("UPDATE store_meta SET value = '99' WHERE key = 'schema_version'")
    with pytest.raises(StoreError, match="newer than this OnRecord knows .*update OnRecord"):
        open_store(pg_dsn)
    with _admin(pg_cluster.dsn()) as conn:
        conn.execute("CREATE DATABASE fresh_archive")
    fresh = pg_cluster.dsn("fresh_archive")
    try:
        with pytest.raises(StoreError, match="onrecord store migrate"):
            open_store(fresh)
        assert main(["store", "migrate", "--store", fresh]) == 0
        open_store(fresh).close()
        assert main(["store", "migrate", "--store", fresh]) == 0
    finally:
        with _admin(pg_cluster.dsn()) as conn:
            conn.execute("DROP DATABASE fresh_archive WITH (FORCE)")


def _login(pg_dsn, pg_cluster, name: str, role: str) -> str:
    """A login role `name` member of `role`, with its own password: its connection string."""
    with _admin(pg_dsn) as conn:
        if not conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", [name]).fetchone():
            conn.execute(f"CREATE ROLE {name} LOGIN PASSWORD 'pw-{name}' IN ROLE {role}")
    dbname = pg_dsn.rsplit("/", 1)[1]
    return pg_cluster.dsn(dbname, user=name, password=f"pw-{name}")


def test_roles_give_each_the_least_it_needs(pg_dsn, pg_cluster, tmp_path, capsys):
    data = tmp_path / "s.jsonl"
    data.write_text(json.dumps({"text": BRIDGE, "speaker": "Jane Roe"}) + "\n")
    editor = _login(pg_dsn, pg_cluster, "ed_editor", "onrecord_editor")
    importer = _login(pg_dsn, pg_cluster, "ida_importer", "onrecord_importer")
    reader = _login(pg_dsn, pg_cluster, "rita_reader", "onrecord_reader")

    assert main(["store", "import", str(data), "--store", editor]) == 2
    assert "not allowed" in capsys.readouterr().err
    assert main(["store", "migrate", "--store", editor]) == 0  # nothing to do: no change
    with _admin(pg_dsn) as conn:
        conn.execute("UPDATE store_meta SET value = '0' WHERE key = 'schema_version'")
    assert main(["store", "migrate", "--store", editor]) == 2
    assert "only the archive's owner can migrate it" in capsys.readouterr().err
    with _admin(pg_dsn) as conn:
        conn.execute("UPDATE store_meta SET value = %s WHERE key = 'schema_version'",
                     [str(pgschema.LATEST)])  # fmt: skip

    assert main(["store", "import", str(data), "--store", importer]) == 0
    assert "1 added" in capsys.readouterr().out

    window_add = [(1, {"text": "The ferry runs every hour from May.", "speaker": "J. Roe"})]
    ed = open_store(editor)
    added = ed.add_statements(window_add, "review", pgschema.GUI_FORMAT)
    assert added.added == 1 and ed.search("ferry every hour")[0]["speaker"] == "J. Roe"
    assert ed.undo_import(added.id) == 1
    with pytest.raises(StoreError, match="not allowed"):
        ed.add_statements(window_add, "a file", "jsonl")
    with pytest.raises(StoreError, match="not allowed"):
        ed.merge_speaker("J. Roe", "Jane Roe")
    ed.close()

    rd = open_store(reader)
    assert rd.search("harbour bridge")[0]["speaker"] == "Jane Roe"
    with pytest.raises(StoreError, match="not allowed"):
        rd.add_statements(window_add, "review", pgschema.GUI_FORMAT)
    rd.close()


def test_wrong_password_and_server_down_say_so(pg_dsn, pg_cluster, capsys, tmp_path):
    article = tmp_path / "a.txt"
    article.write_text('"We will finish the bridge," said Jane Roe.\n')
    wrong = pg_dsn.replace(pg_cluster.password, "not-the-password")
    with pytest.raises(StoreError, match="refused the login: wrong or missing password"):
        open_store(wrong)
    down = f"postgresql://ed:pw@127.0.0.1:{_unused_port()}/news?connect_timeout=2"
    assert main(["store", "stats", "--store", down]) == 2
    err = capsys.readouterr().err
    assert "cannot reach the archive server ed@127.0.0.1" in err and "is it running?" in err
    assert "pw" not in err.replace("password", "")


def _unused_port() -> int:
    from onrecord.store.pgcluster import free_port

    return free_port()


def test_a_server_gone_mid_session_is_a_clear_error(pg_dsn):
    store = open_store(pg_dsn)
    store.add_statements([(1, {"text": BRIDGE})], "test", "jsonl")
    pid = store.conn.info.backend_pid
    with _admin(pg_dsn) as conn:
        conn.execute("SELECT pg_terminate_backend(%s)", [pid])
    with pytest.raises(StoreError, match="connection to the archive .* was lost"):
        store.candidates("harbour bridge winter", 5)
    store.close()


def test_many_small_imports_extend_one_index_row_per_word(pg_dsn):
    store = open_store(pg_dsn)
    for i in range(6):
        store.add_statements([(1, {"text": f"Statement number {i} about the bridge {i}x"})],
                             "t", "jsonl")  # fmt: skip
    rows = store.conn.execute("SELECT df, ids FROM word_postings WHERE term = 'bridge'").fetchall()
    assert rows == [(6, [1, 2, 3, 4, 5, 6])]
    assert [r["id"] for r in store.candidates("statement number 4 about 4x", 1)] == [5]
    store.close()


def test_a_workspace_is_copied_into_the_archive_and_back(tmp_path, pg_dsn, capsys):
    private = open_store(tmp_path / "mine.db")
    private.add_statements(
        enumerate([{"text": BRIDGE, "speaker": "Kim Jong-un", "date": "2020-01-01"},
                   {"text": "The ferry runs every hour.", "speaker": "Kim"}], 1),
        "test", "jsonl",
    )  # fmt: skip
    private.merge_speaker("Kim", "Kim Jong-un")
    private.close()
    assert main(["store", "copy", str(tmp_path / "mine.db"), pg_dsn]) == 0
    assert "2 statements (2 new there)" in capsys.readouterr().out
    assert main(["store", "copy", str(tmp_path / "mine.db"), pg_dsn]) == 0
    assert "2 statements (0 new there)" in capsys.readouterr().out
    assert main(["store", "copy", pg_dsn, str(tmp_path / "back.db")]) == 0
    for location in (pg_dsn, tmp_path / "back.db"):
        store = open_store(location)
        assert [s["text"] for s in store.search("ferry", speaker="Kim Jong Un")] == [
            "The ferry runs every hour."
        ]
        assert [p["name"] for p in store.speakers()] == ["Kim Jong-un"]
        store.close()


def test_an_archive_named_by_the_environment_is_told_without_its_password(
    pg_dsn, pg_cluster, monkeypatch, capsys
):
    monkeypatch.setenv("ONRECORD_STORE", pg_dsn)
    assert main(["store", "stats"]) == 0
    err = capsys.readouterr().err
    assert "onrecord_admin@127.0.0.1" in err and pg_cluster.password not in err


def test_a_merge_waits_for_an_import_in_flight_and_leaves_no_statement_without_its_speaker(
    pg_dsn,
):
    """statements.speaker_id has no foreign key (a fifth of a bulk insert's time): merging
    away a speaker that an uncommitted import has just given a statement must not leave
    that statement pointing at a deleted speaker."""
    store = open_store(pg_dsn)
    store.add_statements([(1, {"text": BRIDGE, "speaker": "Kim"}),
                          (2, {"text": "The ferry runs.", "speaker": "Kim Jong-un"})], "t", "jsonl")  # fmt: skip
    merged = threading.Thread(target=store.merge_speaker, args=("Kim", "Kim Jong-un"))
    with psycopg.connect(pg_dsn) as importer:  # an import that has resolved the alias 'Kim'
        importer.execute(
            "INSERT INTO statements (text, folded, speaker, speaker_id, added_at, fingerprint)"
            " SELECT 'Kim again.', 'kim again', 'Kim', speaker_id, 'now', 1 FROM aliases"
            " WHERE key = 'kim'"
        )
        merged.start()
        merged.join(0.5)
        assert merged.is_alive()  # waits for the import to end
    merged.join(10)
    with psycopg.connect(pg_dsn) as conn:
        assert (
            conn.execute(
                "SELECT count(*) FROM statements s LEFT JOIN speakers p ON p.id = s.speaker_id"
                " WHERE s.speaker_id IS NOT NULL AND p.id IS NULL"
            ).fetchone()[0]
            == 0
        )
        assert conn.execute("SELECT count(DISTINCT speaker_id) FROM statements").fetchone()[0] == 1
    store.close()
