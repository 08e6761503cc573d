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
