"""Two editors on one shared archive change the same quote: the second is told who changed it,
when and what, and keeps theirs (Enter) or applies their own, all from the keyboard."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from onrecord.gui.models.quotes import Role
from onrecord.gui.widgets.conflict_dialog import ConflictDialog

ANA = "Ana <b>Ruiz</b>"  # markup in a name is shown as typed, never rendered


@pytest.fixture
def two_editors(open_window, seed_copy, qtbot, pg_dsn, monkeypatch, tmp_path):
    """Ana's and Ben's windows on one archive; Ben no longer hears Ana's changes (a slow
    network), so his window still shows what he read."""
    from onrecord.gui.workspace import use_workspace

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    ana, ben = open_window(seed_copy), open_window(seed_copy)
    for win, name in ((ana, ANA), (ben, "Ben Okafor")):
        with qtbot.waitSignal(win.quotes_loaded, timeout=60_000):
            use_workspace(win, pg_dsn)
        win.loader.set_editor(name)
    ben.loader.review_changed.disconnect()
    return ana, ben


def _keys(qtbot, win, *keys, modifier=Qt.KeyboardModifier.NoModifier):
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    for key in keys:
        qtbot.keyClick(QApplication.focusWidget() or win, key, modifier)


def _dialog(qtbot) -> ConflictDialog:
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), ConflictDialog))
    dialog = QApplication.activeModalWidget()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def _card(win, key):
    model = win.reviewer.model
    return model.index(model.row_of(key)).data(Role.DECISION)


def test_enter_keeps_the_colleagues_decision_and_says_whose(two_editors, qtbot):
    ana, ben = two_editors
    key = ben.reviewer.current().key
    _keys(qtbot, ana, Qt.Key.Key_F)  # Ana flags the quote Ben is reading
    assert ana.reviewer.session.review.get(key).decision == "flagged"

    _keys(qtbot, ben, Qt.Key.Key_X)  # Ben, not knowing, dismisses it
    dialog = _dialog(qtbot)
    assert dialog.conflict.by == ANA
    heading = dialog.findChild(type(dialog.theirs_label), "conflict_heading")
    assert heading.textFormat() == Qt.TextFormat.PlainText
    assert heading.text().startswith(f"{ANA} changed this quote's review at 20")
    assert (dialog.theirs_label.text(), dialog.mine_label.text()) == ("flagged", "dismissed")
    assert _card(ben, key) == "flagged"  # theirs is shown while he chooses

    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # the default: keep theirs
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)  # closed
    assert _card(ben, key) == "flagged" and ben.reviewer.session.decision(key) == "flagged"
    kept = ben.reviewer.session.review.get(key)
    assert (kept.decision, kept.decided_by) == ("flagged", ANA)  # nothing overwritten
    assert f"Kept {ANA}'s review; yours (dismissed) was not applied" in (
        ben.status.currentMessage()
    )
    assert not ben.undo_stack.canUndo()  # Ben's change was never made


def test_apply_mine_replaces_theirs_knowingly_and_undo_gives_theirs_back(two_editors, qtbot):
    ana, ben = two_editors
    key = ben.reviewer.current().key
    _keys(qtbot, ana, Qt.Key.Key_F)
    _keys(qtbot, ben, Qt.Key.Key_V)
    dialog = _dialog(qtbot)
    assert dialog.keep.hasFocus() and dialog.keep.isDefault()
    qtbot.keyClick(dialog.keep, Qt.Key.Key_Tab)  # to "Apply mine", then Enter
    assert dialog.apply.hasFocus()
    qtbot.keyClick(dialog.apply, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)  # closed

    assert _card(ben, key) == "verified"
    applied = ana.reviewer.session.review.get(key)
    assert (applied.decision, applied.decided_by) == ("verified", "Ben Okafor")
    assert f"over {ANA}'s" in ben.status.currentMessage()
    _keys(qtbot, ben, Qt.Key.Key_Z, modifier=Qt.KeyboardModifier.ControlModifier)
    assert _card(ben, key) == "flagged"  # Ctrl+Z gives Ana's back, not Ben's first reading
    assert ana.reviewer.session.review.get(key).decision == "flagged"


def test_a_change_of_several_fields_is_held_whole_and_applied_whole(two_editors, qtbot):
    ana, ben = two_editors
    key = ben.reviewer.current().key
    _keys(qtbot, ana, Qt.Key.Key_F)
    ben.reviewer.change_many(key, {"decision": "dismissed", "note": "not a quote"})  # one act
    dialog = _dialog(qtbot)
    assert dialog.mine_label.text() == "dismissed · note: not a quote"
    held = ana.reviewer.session.review.get(key)
    assert (held.decision, held.note) == ("flagged", None)  # no part written over theirs
    assert not ben.undo_stack.canUndo()  # nothing of it was made
    qtbot.keyClick(dialog.keep, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)  # Alt+A
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)  # closed
    applied = ana.reviewer.session.review.get(key)
    assert (applied.decision, applied.note) == ("dismissed", "not a quote")
    _keys(qtbot, ben, Qt.Key.Key_Z, modifier=Qt.KeyboardModifier.ControlModifier)
    back = ana.reviewer.session.review.get(key)
    assert (back.decision, back.note) == ("flagged", None)  # one step back to theirs
