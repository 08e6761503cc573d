"""An editor reviews the seed article by keystrokes only, closes, reopens: all as left."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from onrecord.gui.widgets.dialogs import LineDialog
from onrecord.gui.widgets.speaker_dialog import MISREAD, SpeakerDialog


def current(win):
    return win.reviewer.current()


def decision(win, quote):
    return win.reviewer.session.decision(quote.key)


def type_into_dialog(qtbot, text):
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, LineDialog | SpeakerDialog)
    if isinstance(dialog, SpeakerDialog) and dialog.act() != MISREAD:
        qtbot.keyClick(dialog.edit, Qt.Key.Key_Down)  # the other act: OnRecord misread it
    dialog.edit.clear()
    qtbot.keyClicks(dialog.edit, text)
    if dialog.edit.completer() is not None:
        dialog.edit.completer().popup().hide()
    qtbot.keyClick(dialog.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_review_by_keyboard_persists_across_reopen(open_window, seed_copy, press, qtbot):
    win = open_window(seed_copy)
    quotes = win.reviewer.session.quotes
    assert len(quotes) >= 10
    assert current(win) == quotes[0]
    assert win.status.progress.text() == f"0 of {len(quotes)} reviewed"

    press("j", "j")
    assert current(win) == quotes[2]
    press("k")
    assert current(win) == quotes[1]
    press("G", modifier=Qt.KeyboardModifier.ShiftModifier)
    assert current(win) == quotes[-1]
    press("g")
    assert current(win) == quotes[0]
    press(Qt.Key.Key_Down)
    assert current(win) == quotes[1]
    press(Qt.Key.Key_Up)

    press("v")  # verify quote 0, auto-advance to quote 1
    assert decision(win, quotes[0]) == "verified"
    assert current(win) == quotes[1]
    press("f")  # flag 1 -> 2
    press("x")  # dismiss 2 -> 3
    assert [decision(win, q) for q in quotes[:4]] == ["verified", "flagged", "dismissed", None]
    assert current(win) == quotes[3]
    assert win.status.progress.text() == f"3 of {len(quotes)} reviewed"

    press("z", modifier=Qt.KeyboardModifier.ControlModifier)  # undo the dismissal
    assert decision(win, quotes[2]) is None
    assert current(win) == quotes[2]
    press("z", modifier=Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert decision(win, quotes[2]) == "dismissed"

    assert current(win) == quotes[2]  # redo stays on the quote it changed
    press("k")
    assert current(win) == quotes[1]
    press(Qt.Key.Key_Space)  # clear the flag, then undo that
    assert decision(win, quotes[1]) is None
    press("z", modifier=Qt.KeyboardModifier.ControlModifier)
    assert decision(win, quotes[1]) == "flagged"

    press("j", "j", "j")  # quote 4: correct its speaker and note it
    target = quotes[4]
    assert current(win) == target
    press("s")
    type_into_dialog(qtbot, "Choe Son-hui")
    assert win.reviewer.session.speaker(target).name == "Choe Son-hui"
    press("n")
    type_into_dialog(qtbot, "check against the KCNA English text")
    assert win.reviewer.session.note(target.key) == "check against the KCNA English text"
    assert "KCNA English text" in win.evidence.toPlainText()

    press("a")  # add it to the store, under the corrected speaker
    store = win.loader.store()
    rows = store.search(" ".join(target.text.split()[:4]))
    assert any(r["speaker"] == "Choe Son-hui" and r["text"] == target.text for r in rows)
    assert "1 statements" in win.status.store.text() or "1 statement" in win.status.store.text()
    win.close()

    again = open_window(seed_copy)
    quotes = again.reviewer.session.quotes
    assert [decision(again, q) for q in quotes[:4]] == ["verified", "flagged", "dismissed", None]
    assert again.reviewer.session.speaker(quotes[4]).name == "Choe Son-hui"
    assert again.reviewer.session.note(quotes[4].key) == "check against the KCNA English text"
    assert current(again) == quotes[4]  # the position is restored
    assert again.status.progress.text() == f"3 of {len(quotes)} reviewed"


def test_a_decision_that_cannot_be_saved_is_told_and_not_kept(
    open_window, seed_copy, press, monkeypatch
):
    from onrecord.errors import StoreError

    win = open_window(seed_copy)
    first = current(win)

    def locked(*_args, **_kwargs):
        raise StoreError("the workspace database is locked")

    monkeypatch.setattr(win.reviewer.session.review, "set_decision", locked)
    press("v")
    said = "Not saved (decision verified): the workspace database is locked"
    assert said in win.status.currentMessage()
    assert decision(win, first) is None
    assert win.undo_stack.count() == 0 and not win.actions["edit.undo"].isEnabled()
    assert current(win) == first  # no advance past a decision that was not made
