"""The editor's name and organisation: one small settings file, options that win over it."""

import json

from onrecord.cli.main import main
from onrecord.config import Identity, config_path, load_identity, save_identity


def test_identity_round_trips_and_keeps_other_settings(tmp_path):
    assert load_identity() == Identity(None, None)
    path = config_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"theme": "dark"}))
    save_identity(Identity("  Ana   Ruiz ", "The Daily"))
    assert load_identity() == Identity("Ana Ruiz", "The Daily")
    assert json.loads(path.read_text())["theme"] == "dark"
    save_identity(Identity(None, "The Daily"))
    assert load_identity() == Identity(None, "The Daily")


def test_a_damaged_settings_file_is_ignored(tmp_path):
    config_path().parent.mkdir(parents=True, exist_ok=True)
    config_path().write_text("{not json")
    assert load_identity() == Identity()
    config_path().write_text('["a list"]')
    assert load_identity() == Identity()


def test_options_win_over_the_file():
    who = Identity("Ana Ruiz", "The Daily")
    assert who.but(editor="Bo", organisation=None) == Identity("Bo", "The Daily")
    assert who.but(editor="  ") == who


def test_report_takes_author_and_organisation_options(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr("getpass.getuser", lambda: "jdoe42")
    save_identity(Identity("Ana Ruiz", "The Daily"))
    article = tmp_path / "draft.txt"
    article.write_text('Kim Jong-un said "we will win the war" on Monday.\n')
    store = tmp_path / "w.db"
    assert main(["report", str(article), "--store", str(store), "--format", "json",
                 "--author", "Bo Lee"]) == 0  # fmt: skip
    out = capsys.readouterr().out
    assert json.loads(out)["article"]["path"] == "draft.txt"
    assert str(tmp_path) not in out and "jdoe42" not in out
