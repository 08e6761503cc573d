"""The app's first run, with no store of its own, builds the demo store; a chosen store stays as given."""

from pathlib import Path

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
