"""The smaller defects of the first hour (issue 15), each driven by keys on the real window."""

import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QPalette, QTextBlockFormat
from PySide6.QtWidgets import QApplication

from onrecord.gui.widgets.help_overlay import HelpOverlay
from onrecord.gui.widgets.quote_cards import kind_label
from onrecord.gui.worker import shared_extractor

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
DRAFT = (
    Path(__file__).resolve().parents[2]
    / "seeds"
    / "2025-07-13_kim-jong-un-lavrov-wonsan-meeting.demo-draft.txt"
)


def test_theme_system_is_light_again_without_a_restart(open_window, seed_copy, press):
    from onrecord.gui.theme.palette import colors

    win = open_window(seed_copy)
    assert win.settings.theme == "system" and not colors().dark  # offscreen Qt is light
    press("t", modifier=CTRL | SHIFT)  # light
    press("t", modifier=CTRL | SHIFT)  # dark
    assert colors().dark
    assert QApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128
    press("t", modifier=CTRL | SHIFT)  # system
    assert win.settings.theme == "system" and not colors().dark
    assert QApplication.palette().color(QPalette.ColorRole.Window).lightness() > 128


def test_a_speaker_named_by_the_editor_has_a_caption(open_window, seed_copy, press, qtbot):
    win = open_window(seed_copy)
    quote = win.reviewer.current()
    press("s")
    dialog = QApplication.activeModalWidget()
    if dialog.act() != "misread":
        qtbot.keyClick(dialog.edit, Qt.Key.Key_Down)
    dialog.edit.setText("Jane Roe")
    qtbot.keyClick(dialog.edit, Qt.Key.Key_Return)
    assert win.reviewer.session.speaker(quote).name == "Jane Roe"
    assert win.reviewer.session.caption(quote) == "named by the editor"


def test_a_card_calls_a_partial_quote_a_fragment():
    assert kind_label("partial", False) == "fragment"
    assert kind_label("direct", True) == "direct · unsure who"


def test_adding_a_quote_shows_its_new_verdict_and_undo_the_old(
    open_window, seed_copy, press, qtbot
):
    win = open_window(seed_copy)  # an empty store: every quote "not found"
    quote = win.reviewer.current()
    session = win.reviewer.session
    assert session.verdict(quote.key) == "unknown"
    press("a")
    assert session.verdict(quote.key) == "verbatim"
    assert "now ✓ verbatim" in win.status.currentMessage()
    assert "1 statement ·" in win.status.store.text()  # one, not "1 statements"
    press("z", modifier=CTRL)
    assert session.verdict(quote.key) == "unknown"
    assert "now ? not found" in win.status.currentMessage()


def test_title_names_the_file_and_recent_files_are_absolute(
    open_window, seed_copy, monkeypatch, qtbot
):
    monkeypatch.chdir(seed_copy.parent)
    win = open_window(seed_copy.name)  # a relative path
    assert win.windowTitle().endswith(f" — {seed_copy.name} — OnRecord")
    assert win.settings.recent_files()[0] == str(seed_copy.resolve())


def test_open_and_attach_dialogs_start_in_the_articles_folder(open_window, seed_copy, press, qtbot):
    open_window(seed_copy)
    for keys, name in ((("o", CTRL), "open_dialog"), (("o", CTRL | SHIFT), "attach_dialog")):
        press(keys[0], modifier=keys[1])
        dialog = QApplication.activeModalWidget()
        assert dialog.objectName() == name
        assert Path(dialog.directory().absolutePath()) == seed_copy.parent.resolve()
        dialog.reject()


def test_a_pasted_article_shows_its_headline_once_and_no_blank_gaps(open_window, press, qtbot):
    win = open_window()
    text = (
        "Summit ends without a deal\n\n"
        "“We will meet again,” said Sergey Lavrov, the Russian foreign minister.\n\n\n"
        "The talks lasted two days."
    )
    QGuiApplication.clipboard().setText(text)
    with qtbot.waitSignal(win.quotes_loaded, timeout=60_000):
        press("v", modifier=CTRL | SHIFT)
    doc = win.article_view.document()
    assert doc.toPlainText().count("Summit ends without a deal") == 1
    assert win.windowTitle().startswith("Summit ends without a deal — pasted")
    blank = [b for b in _blocks(doc) if not b.text().strip()]
    fixed = QTextBlockFormat.LineHeightTypes.FixedHeight.value
    assert blank and all(b.blockFormat().lineHeightType() == fixed for b in blank)
    assert win.reviewer.current().text == "We will meet again,"


def _blocks(doc):
    block = doc.begin()
    while block.isValid():
        yield block
        block = block.next()


def test_a_refused_file_is_told_in_a_dialog(open_window, press, qtbot, tmp_path):
    win = open_window()
    binary = tmp_path / "photo.txt"
    binary.write_bytes(os.urandom(4096) + b"\x00" * 64)
    win.loader.open_path(str(binary))
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None, timeout=10_000)
    box = QApplication.activeModalWidget()
    assert box.objectName() == "refused_file" and "photo.txt" in box.text()


def test_people_panel_never_scrolls_sideways(open_window, seed_copy, press):
    win = open_window(seed_copy)
    press("p")
    assert win.people_list.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    assert win.people_list.wordWrap()


def test_a_news_agency_is_not_said_to_speak_via_itself(open_window, seed_copy):
    win = open_window(seed_copy)
    s = win.reviewer.session
    agencies = [q for q in s.quotes if q.via and s.speaker(q) and s.speaker(q).name == q.via]
    assert agencies
    assert all(f"via {q.via}" not in s.caption(q) for q in agencies)


def test_the_diff_legend_only_under_a_diff_and_the_marks_in_help(
    open_window, press, qtbot, tmp_path
):
    from onrecord.store.demo import build_demo_store

    build_demo_store(tmp_path / "workspace.db", extractor=shared_extractor())
    win = open_window(DRAFT)
    s = win.reviewer.session
    for verdict, legend in (("verbatim", False), ("altered", True)):
        quote = next(q for q in s.quotes if s.verdict(q.key) == verdict)
        win.reviewer.select_key(quote.key)
        assert ("struck: only in the earlier statement" in win.evidence.toPlainText()) is legend
    press("?")
    overlay = win.findChild(HelpOverlay)
    text = overlay.label.text()
    for mark in ("✓</b></span> verbatim", "⚠</b></span> misattributed", "⚑</b></span> flagged",
                 "○</b></span> to review", "?</b></span> not found", "●</b></span> verified"):  # fmt: skip
        assert mark in text
