import json

from onrecord.cli.main import main
from onrecord.store.paths import is_shared


def test_store_commands_end_to_end(tmp_path, capsys, monkeypatch, store_location):
    monkeypatch.setenv("ONRECORD_STORE", str(store_location))
    data = tmp_path / "s.jsonl"
    data.write_text(
        json.dumps({"quote": "The ferry runs every hour from May.", "who": "Jane Roe"}) + "\n"
        + json.dumps({"quote": "The ferry runs at night too.", "who": "Roe"}) + "\n"
        + json.dumps({"quote": "", "who": "Jane Roe"}) + "\n"
    )  # fmt: skip
    assert main(["store", "import", str(data), "--map", "text=quote,speaker=who"]) == 0
    out = capsys.readouterr().out
    assert "3 rows, 2 added, 0 already in the store, 1 rejected" in out and "row 3: no text" in out
    assert is_shared(store_location) or store_location.exists()

    assert main(["store", "merge-speaker", "Roe", "Jane Roe"]) == 0
    assert main(["store", "speakers"]) == 0
    out = capsys.readouterr().out
    assert "Jane Roe" in out and "Roe" in out.splitlines()[-1]

    assert main(["store", "search", "ferry", "--speaker", "Roe", "--format", "json"]) == 0
    found = json.loads(capsys.readouterr().out)
    assert len(found) == 2 and {f["speaker"] for f in found} == {"Jane Roe", "Roe"}

    assert main(["store", "stats", "--store", str(tmp_path / "other.db")]) == 0
    assert "statements: 0" in capsys.readouterr().out


def test_store_errors_are_one_line(tmp_path, capsys):
    assert (
        main(["store", "import", str(tmp_path / "missing.csv"), "--store", str(tmp_path / "s.db")])
        == 2
    )
    assert (
        capsys.readouterr().err.strip()
        == f"onrecord: no such file or folder: {tmp_path / 'missing.csv'}"
    )
    assert main(["store", "merge-speaker", "A", "B", "--store", str(tmp_path / "s.db")]) == 2
    assert "no speaker named 'B'" in capsys.readouterr().err
