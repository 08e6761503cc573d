"""The window shows hostile articles as text: no markup is rendered, no image or link loaded."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from PySide6.QtGui import Qt, QTextDocument  # noqa: E402  (QtGui's Qt has mightBeRichText)


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("ONRECORD_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("ONRECORD_STORE", str(tmp_path / "workspace.db"))
    from PySide6.QtCore import QSettings

    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings")
    )
    from onrecord.gui import create_window

    def make(article=None):
        win = create_window(article, tmp_path / "workspace.db")
        qtbot.addWidget(win)
        return win

    return make


def _fragments(doc: QTextDocument):
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            yield it.fragment()
            it += 1
        block = block.next()


def test_hostile_html_is_shown_as_plain_text(window, qtbot, corpus, monkeypatch):
    requested = []
    monkeypatch.setattr(
        QTextDocument, "loadResource", lambda self, kind, url: requested.append(url.toString())
    )
    win = window(corpus["hostile.html"])
    with qtbot.waitSignal(win.quotes_loaded, timeout=60_000):
        win.show()
    doc = win.article_view.document()
    shown = doc.toPlainText()
    assert "<script>alert(1)</script> and <img src=x>." in shown  # escaped markup, as text
    assert "SCRIPT-TEXT" not in shown and "example.invalid" not in shown
    assert not any(f.charFormat().isImageFormat() for f in _fragments(doc))
    assert not any(f.charFormat().isAnchor() for f in _fragments(doc))
    assert requested == []


def test_a_message_with_markup_in_a_file_name_is_shown_as_text(window, qtbot, tmp_path):
    """A QLabel in Qt.AutoText renders `<img src=x>` and loads the image from disk."""
    bad = tmp_path / "<img src=x>.docx"
    bad.write_text("not a zip")
    win = window(bad)
    with qtbot.waitSignal(win.loader.failed, timeout=60_000) as failure:
        win.show()
    assert "<img src=x>.docx" in failure.args[0]
    qtbot.waitUntil(lambda: win.empty_label.text() == failure.args[0])
    status = win.status
    for label in (win.empty_label, status.hint, status.progress, status.model, status.store):
        label.setText(failure.args[0])  # what any of them may be given to show
        rich = label.textFormat() == Qt.TextFormat.RichText or (
            label.textFormat() == Qt.TextFormat.AutoText and Qt.mightBeRichText(label.text())
        )
        assert not rich, label.objectName()


@pytest.mark.parametrize(
    ("name", "said"),
    [
        ("binary.txt", "binary file"),
        ("all-nul.txt", "only zero bytes"),
        ("docx-zip-bomb.docx", "zip bomb"),
        ("docx-truncated.docx", "not a word document"),
        ("folder", "folder"),
    ],
)
def test_refused_articles_are_told_in_the_window_which_stays_usable(
    window, qtbot, corpus, tmp_path, name, said
):
    path = corpus.get(name, tmp_path / name)
    if name == "folder":
        path.mkdir()
    win = window()
    win.show()
    qtbot.waitUntil(lambda: win.built)  # the panes come after the first paint
    with qtbot.waitSignal(win.loader.failed, timeout=60_000) as failure:
        win.loader.open_path(str(path))
    message = failure.args[0]
    assert said in message.lower() and "Traceback" not in message
    qtbot.waitUntil(lambda: win.empty_label.text() == message)
    assert win.reviewer.session is None and win.isVisible()


def test_an_empty_article_opens_and_says_it_is_empty(window, qtbot, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    win = window()
    win.show()
    qtbot.waitUntil(lambda: win.built)  # the panes come after the first paint
    with qtbot.waitSignal(win.loader.opened, timeout=10_000):
        win.loader.open_path(str(empty))
    assert win.status.currentMessage() == "The article is empty."
    qtbot.waitUntil(lambda: win.reviewer.session is not None, timeout=60_000)
    assert win.empty_label.text() == "No quotes were found in this article."
