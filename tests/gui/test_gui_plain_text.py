"""Article and store text is shown as text: markup in a quote, a speaker's name or a file name
is neither rendered nor loaded (a QLabel in Qt.AutoText renders `<img src=x>`)."""

from PySide6.QtGui import Qt, QTextDocument  # QtGui's Qt has mightBeRichText
from PySide6.QtWidgets import QLabel, QMessageBox

from onrecord.gui.widgets.speaker_dialog import SpeakerDialog

MARKUP = "<img src=x><b>bold"  # no "/": it is a file name too


def renders_markup(label: QLabel) -> bool:
    fmt = label.textFormat()
    auto = fmt == Qt.TextFormat.AutoText and Qt.mightBeRichText(label.text())
    return fmt == Qt.TextFormat.RichText or auto


def test_markup_in_a_quote_and_a_speaker_is_shown_as_text(
    open_window, tmp_path, press, qtbot, monkeypatch
):
    requested = []
    monkeypatch.setattr(
        QTextDocument, "loadResource", lambda self, kind, url: requested.append(url.toString())
    )
    article = tmp_path / f"{MARKUP}.txt"
    article.write_text(
        f'The mayor said "{MARKUP} is what the council voted for." Critics disagreed.\n'
    )
    win = open_window(article)
    press("s")
    dialog = win.findChild(SpeakerDialog)
    assert MARKUP in dialog.prompt.text() and not renders_markup(dialog.prompt)
    dialog.edit.setText(f"Kim {MARKUP}")
    dialog.accept()
    qtbot.waitUntil(lambda: MARKUP in win.evidence.toPlainText())
    assert f"Kim {MARKUP}" in win.evidence.toPlainText()  # the speaker, as typed
    assert requested == []
    win.recent_menu.aboutToShow.emit()
    entry = next(a for a in win.recent_menu.actions() if a.data() == str(article))
    assert entry.text() == article.name  # a menu shows its text as text
    tip = QTextDocument()
    tip.setHtml(entry.toolTip())  # a tooltip is rich text when it looks like it
    assert tip.toPlainText().strip() == str(article)


def test_markup_in_a_damaged_workspace_name_is_shown_as_text(qtbot, seed_copy, tmp_path):
    from onrecord.gui import create_window

    bad = tmp_path / f"{MARKUP}.db"
    bad.write_bytes(b"this is not a database" * 100)
    win = create_window(seed_copy, bad)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.findChild(QMessageBox, "damaged_store") is not None, timeout=30_000)
    box = win.findChild(QMessageBox, "damaged_store")
    shown = [label for label in box.findChildren(QLabel) if label.text()]
    assert any(MARKUP in label.text() for label in shown)
    assert not any(renders_markup(label) for label in shown)
