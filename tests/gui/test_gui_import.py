"""Store → Import… in the window: a file chosen by keys, progress, the summary with the
reasons of refused rows, Cancel keeping nothing, and a folder of articles."""

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from onrecord.store import open_store

CTRL = Qt.KeyboardModifier.ControlModifier


def _active_dialog(qtbot, name):
    qtbot.waitUntil(lambda: (QApplication.activeModalWidget() or None) is not None)
    dialog = QApplication.activeModalWidget()
    assert dialog.objectName() == name
    dialog.activateWindow()  # as a window manager would (offscreen Qt does not)
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def _statements(tmp_path, rows):
    path = tmp_path / "statements.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    return path


def test_import_a_file_chosen_by_keys_and_read_the_summary(open_window, press, qtbot, tmp_path):
    win = open_window()
    path = _statements(
        tmp_path,
        [
            {"text": "We will never give up our nuclear deterrent.", "speaker": "Kim Jong-un"},
            {"text": "Talks will resume in the autumn.", "speaker": "Sergey Lavrov"},
            {"text": "Talks will resume in the autumn.", "speaker": "Sergey Lavrov"},
            {"speaker": "Nobody"},
        ],
    )
    press(Qt.Key.Key_I, modifier=CTRL)
    chooser = _active_dialog(qtbot, "import_chooser")
    qtbot.keyClicks(QApplication.focusWidget(), str(path))
    press(Qt.Key.Key_Return)
    dialog = _active_dialog(qtbot, "import_dialog")
    qtbot.waitUntil(lambda: dialog.ended, timeout=30_000)
    assert not chooser.isVisible()
    assert "2 added · 1 already in the store · 1 refused (4 rows read)" in dialog.count.text()
    assert "row 4:" in dialog.reasons.toPlainText() and dialog.reasons.isVisible()
    assert open_store(win.loader.store_path).stats()["statements"] == 2
    qtbot.waitUntil(lambda: "2 statements" in win.status.store.text())
    press(Qt.Key.Key_Escape)  # Close, now that it is over
    assert not dialog.isVisible()


def test_cancel_keeps_nothing_of_the_import(open_window, press, qtbot, tmp_path):
    from onrecord.gui.importing import start_import

    win = open_window()
    rows = [
        {"text": f"Statement number {i} about the summit.", "speaker": "A"} for i in range(60_000)
    ]
    dialog = start_import(win, str(_statements(tmp_path, rows)))
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    press(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: dialog.ended, timeout=60_000)
    assert "cancelled" in dialog.heading.text() and "Nothing" in dialog.count.text()
    assert open_store(win.loader.store_path).stats()["statements"] == 0


def test_a_folder_of_articles_adds_their_quotes(open_window, qtbot, tmp_path):
    from onrecord.gui.importing import start_import

    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "Summit ends\n\n“We have agreed to meet again in Moscow,” said Sergey Lavrov, "
        "the Russian foreign minister.\n"
    )
    win = open_window()
    dialog = start_import(win, str(folder))
    qtbot.waitUntil(lambda: dialog.ended, timeout=120_000)
    assert "1 added" in dialog.count.text(), dialog.count.text()
    found = open_store(win.loader.store_path).search("agreed to meet again")
    assert found and found[0]["speaker"] == "Sergey Lavrov"
