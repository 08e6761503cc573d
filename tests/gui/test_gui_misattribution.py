"""Against the demo store, fixing a misattributed quote's speaker turns it verbatim, and stays so."""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from onrecord.gui.worker import shared_extractor

DRAFT = (
    Path(__file__).resolve().parents[2]
    / "seeds"
    / "2025-07-13_kim-jong-un-lavrov-wonsan-meeting.demo-draft.txt"
)


def test_speaker_fix_rechecks_the_quote(open_window, press, qtbot, tmp_path):
    from onrecord.store.demo import build_demo_store

    build_demo_store(tmp_path / "workspace.db", extractor=shared_extractor())
    win = open_window(DRAFT)
    session = win.reviewer.session
    wrong = next(q for q in session.quotes if session.verdict(q.key) == "misattributed")
    right = session.best_matches(wrong.key)[0].statement["speaker"]
    assert session.speaker(wrong).name != right
    win.reviewer.select_key(wrong.key)
    press("s")
    dialog = QApplication.activeModalWidget()
    dialog.activateWindow()  # as a window manager would (offscreen Qt does not)
    qtbot.waitUntil(dialog.isActiveWindow)
    press(Qt.Key.Key_M, modifier=Qt.KeyboardModifier.AltModifier)  # OnRecord misread the article
    qtbot.waitUntil(lambda: dialog.act() == "misread")
    dialog.edit.setText(right)
    qtbot.keyClick(dialog.edit, Qt.Key.Key_Return)
    assert session.verdict(wrong.key) == "verbatim"
    assert "✓ verbatim" in win.evidence.toPlainText()
    press("z", modifier=Qt.KeyboardModifier.ControlModifier)
    assert session.verdict(wrong.key) == "misattributed"
    press("z", modifier=Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    win.close()

    again = open_window(DRAFT)
    assert again.reviewer.session.verdict(wrong.key) == "verbatim"


def test_filter_4_the_store_s_speakers_and_undoing_a_note(open_window, press, qtbot, tmp_path):
    from onrecord.store.demo import build_demo_store

    build_demo_store(tmp_path / "workspace.db", extractor=shared_extractor())
    win = open_window(DRAFT)
    session, proxy = win.reviewer.session, win.reviewer.proxy
    press("4")  # altered or misattributed only
    shown = [proxy.index(r, 0).data(Qt.ItemDataRole.DisplayRole) for r in range(proxy.rowCount())]
    problems = [
        q.text for q in session.quotes if session.verdict(q.key) in ("altered", "misattributed")
    ]
    assert shown == problems and 0 < len(shown) < len(session.quotes)
    press("1")
    assert proxy.rowCount() == len(session.quotes)

    quote = win.reviewer.current()
    press("s")  # the completer offers the store's speakers, not only the article's people
    dialog = QApplication.activeModalWidget()
    names = dialog.edit.completer().model().stringList()
    stored = {r["name"] for r in win.loader.store().speakers()}
    assert stored and stored <= set(names)
    dialog.reject()

    press("n")
    dialog = QApplication.activeModalWidget()
    dialog.edit.setText("ask the desk")
    qtbot.keyClick(dialog.edit, Qt.Key.Key_Return)
    assert session.note(quote.key) == "ask the desk"
    press("z", modifier=Qt.KeyboardModifier.ControlModifier)
    assert session.note(quote.key) == ""
    press("z", modifier=Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert session.note(quote.key) == "ask the desk"
