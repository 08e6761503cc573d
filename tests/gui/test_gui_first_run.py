"""The app's first run, with no store of its own, builds the demo store; a chosen store stays as given."""

import json
from pathlib import Path

import pytest

from onrecord.cli.main import main
from onrecord.store import open_store, paths

DRAFT = (
    Path(__file__).resolve().parents[2]
    / "seeds"
    / "2025-07-13_kim-jong-un-lavrov-wonsan-meeting.demo-draft.txt"
)


def _open(qtbot, store=None):
    from onrecord.gui import create_window

    win = create_window(DRAFT, store)
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.quotes_loaded, timeout=60_000):
        win.show()
    return win


def test_first_run_builds_the_demo_store(qtbot, tmp_path, monkeypatch):
    default = tmp_path / "data" / "onrecord.db"
    monkeypatch.delenv("ONRECORD_STORE", raising=False)
    monkeypatch.setattr(paths, "default_store_path", lambda: default)
    win = _open(qtbot)
    session = win.reviewer.session
    verdicts = {session.verdict(q.key) for q in session.quotes}
    assert {"verbatim", "altered", "misattributed"} <= verdicts
    assert open_store(default).stats()["statements"] > 0
    win.close()


def test_a_store_chosen_by_path_is_not_filled_with_the_demo(qtbot, tmp_path):
    chosen = tmp_path / "chosen.db"
    win = _open(qtbot, chosen)
    session = win.reviewer.session
    assert {session.verdict(q.key) for q in session.quotes} == {"unknown"}
    assert open_store(chosen).stats()["statements"] == 0
    win.close()


@pytest.fixture
def default(tmp_path, monkeypatch):
    """No store named anywhere: the default workspace, not created yet."""
    path = tmp_path / "data" / "onrecord.db"
    monkeypatch.delenv("ONRECORD_STORE", raising=False)
    monkeypatch.setattr(paths, "default_store_path", lambda: path)
    return path


def test_check_creating_the_default_workspace_builds_the_demo(default, capsys):
    assert main(["check", str(DRAFT), "--format", "json"]) == 0
    out, err = capsys.readouterr()
    assert f"workspace {default} (the default" in err and "building the demo" in err
    verdicts = {q["verdict"] for q in json.loads(out)["quotes"]}
    assert {"verbatim", "altered", "misattributed"} <= verdicts
    assert main(["review", str(DRAFT)]) == 0  # the next command reads it, builds nothing
    assert "building" not in capsys.readouterr().err


def test_the_window_and_the_command_line_share_the_default_workspace(
    default, qtbot, press, windows, capsys
):
    win = _open(qtbot)
    windows.append(win)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    quote = win.reviewer.current()
    press("v")
    assert win.reviewer.session.decision(quote.key) == "verified"
    win.close()
    capsys.readouterr()
    assert main(["review", str(DRAFT), "--format", "json"]) == 0
    out, err = capsys.readouterr()
    row = next(q for q in json.loads(out)["quotes"] if q["key"] == quote.key)
    assert row["decision"] == "verified" and f"workspace {default}" in err


def test_the_window_opened_without_an_article_builds_the_demo_too(default, qtbot):
    from onrecord.gui import create_window

    win = create_window(None, None)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.built and "statements" in win.status.store.text(), timeout=60_000)
    assert not win.loader.demo_due and open_store(default).stats()["statements"] > 0
    win.close()
