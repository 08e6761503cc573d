"""Filters, people, search, panes, zoom, theme, dialogs: each reached from the keyboard."""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from onrecord.gui.models.people import NAME_ROLE
from onrecord.gui.theme.palette import DARK
from onrecord.gui.widgets.dialogs import StoreSearchDialog
from onrecord.gui.widgets.speaker_dialog import SpeakerDialog
from onrecord.sources import in_context

SOURCE = Path(__file__).resolve().parents[1] / "fixtures" / "seed-source-altered.txt"
CTRL = Qt.KeyboardModifier.ControlModifier


def shown_quotes(win):
    proxy = win.reviewer.proxy
    return [win.reviewer.session.quotes[proxy.mapToSource(proxy.index(r, 0)).row()]
            for r in range(proxy.rowCount())]  # fmt: skip


def test_filters_and_search(open_window, seed_copy, press, qtbot):
    win = open_window(seed_copy)
    quotes = win.reviewer.session.quotes
    press("f", "v")  # flag 0, verify 1
    press("3")
    assert shown_quotes(win) == [quotes[0]]
    press("2")
    assert quotes[0] not in shown_quotes(win) and quotes[1] not in shown_quotes(win)
    assert len(shown_quotes(win)) == len(quotes) - 2
    press("1")
    assert shown_quotes(win) == quotes
    press("f", modifier=CTRL)
    assert QApplication.focusWidget() is win.filter_bar.search
    qtbot.keyClicks(win.filter_bar.search, "Ukrainian")
    assert shown_quotes(win) and all("Ukrainian" in q.text for q in shown_quotes(win))
    press(Qt.Key.Key_Return)  # back to the (filtered) quotes, on the first one
    assert QApplication.focusWidget() is win.quote_list
    assert "Ukrainian" in win.reviewer.current().text
    press("f", modifier=CTRL)
    press(Qt.Key.Key_Escape)  # clears the search
    assert shown_quotes(win) == quotes and QApplication.focusWidget() is win.quote_list


def test_people_tab_filters_the_quotes(open_window, seed_copy, press, qtbot):
    win = open_window(seed_copy)
    press("p")
    assert win.tabs.currentWidget() is win.people_list
    assert win.people_list.model().index(0, 0).data().startswith("Everyone")
    press(Qt.Key.Key_Down)
    name = win.people_list.currentIndex().data(NAME_ROLE)
    press(Qt.Key.Key_Return)
    assert win.tabs.currentWidget() is win.quote_stack
    shown = shown_quotes(win)
    assert shown and all(win.reviewer.session.speaker(q).name == name for q in shown)
    assert win.reviewer.current() in shown
    assert win.tabs.tabText(1) == f"People · {name}"
    press("1")  # all quotes again, everyone's
    assert shown_quotes(win) == win.reviewer.session.quotes
    assert win.tabs.tabText(1) == "People"


def test_selection_follows_between_article_and_list(open_window, seed_copy, qtbot, press):
    win = open_window(seed_copy)
    target = win.reviewer.session.quotes[-1]
    win.article_view.quote_clicked.emit(target.key)  # what a click on its span emits
    assert win.reviewer.current() == target
    selected = [s for s in win.article_view.extraSelections() if s.cursor.selectedText()]
    texts = {s.cursor.selectedText() for s in selected}
    assert target.text.replace("\n", "\u2029") in texts
    assert win.article_view.verticalScrollBar().value() > 0  # scrolled down to it
    press("g")
    assert win.article_view.verticalScrollBar().value() < 400


def test_tab_cycles_the_panes(open_window, seed_copy, press):
    win = open_window(seed_copy)
    assert QApplication.focusWidget() is win.quote_list
    press(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is win.evidence
    press(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is win.article_view
    press(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is win.quote_list


def test_zoom_is_remembered(open_window, seed_copy, press):
    win = open_window(seed_copy)
    before = win.article_view.document().defaultFont().pointSizeF()
    press(Qt.Key.Key_Plus, Qt.Key.Key_Plus, modifier=CTRL)
    after = win.article_view.document().defaultFont().pointSizeF()
    assert after > before
    win.close()
    again = open_window(seed_copy)
    assert again.article_view.document().defaultFont().pointSizeF() == after
    press("0", modifier=CTRL)
    assert again.article_view.document().defaultFont().pointSizeF() == before


def test_theme_switch_goes_dark_and_is_remembered(open_window, press):
    win = open_window()
    press("t", modifier=CTRL | Qt.KeyboardModifier.ShiftModifier)  # system -> light
    press("t", modifier=CTRL | Qt.KeyboardModifier.ShiftModifier)  # light -> dark
    assert QApplication.palette().window().color().name() == DARK.window
    win.close()
    open_window()
    assert QApplication.palette().window().color().name() == DARK.window


def test_auto_advance_can_be_turned_off(open_window, seed_copy, press):
    win = open_window(seed_copy)
    first = win.reviewer.current()
    win.actions["review.auto_advance"].trigger()  # from the Review menu
    press("v")
    assert win.reviewer.current() == first
    assert win.reviewer.session.decision(first.key) == "verified"
    assert win.status.hint.text().startswith("Space clears the decision")  # what the next key does


def test_speaker_completer_offers_the_articles_people(open_window, seed_copy, press):
    open_window(seed_copy)
    press("s")
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, SpeakerDialog)
    names = dialog.edit.completer().model().stringList()
    assert "Sergey Lavrov" in names or "Lavrov" in names
    dialog.reject()


def test_store_search_finds_an_added_quote(open_window, seed_copy, press, qtbot):
    win = open_window(seed_copy)
    press("a")
    press("/")
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, StoreSearchDialog)
    qtbot.waitUntil(lambda: dialog.results.count() > 0)
    assert win.reviewer.current().text.split()[0] in dialog.results.item(0).text()


def test_adding_to_the_store_is_undone_and_redone(open_window, seed_copy, press):
    win = open_window(seed_copy)
    quote = win.reviewer.current()
    words = " ".join(quote.text.split()[:6])
    press("a")
    store = win.loader.store()
    assert [r["text"] for r in store.search(words)] == [quote.text]
    assert "Added to the store" in win.status.currentMessage()
    press("j")
    press("z", modifier=CTRL)
    assert store.search(words) == [] and store.stats()["statements"] == 0
    assert win.reviewer.current() == quote  # undo shows the quote it concerns
    assert "Taken out of the store" in win.status.currentMessage()
    press("z", modifier=CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert [r["text"] for r in store.search(words)] == [quote.text]
    press("a")  # already there: nothing new to undo
    assert "Already in the store" in win.status.currentMessage()
    press("z", modifier=CTRL)
    assert store.search(words) == []


def test_open_by_dialog_and_attach_a_source(open_window, seed_copy, press, qtbot, choose_file):
    win = open_window()
    press("o", modifier=CTRL)
    with qtbot.waitSignal(win.quotes_loaded, timeout=60_000):
        choose_file(win, seed_copy)
    press("o", modifier=CTRL | Qt.KeyboardModifier.ShiftModifier)
    with qtbot.waitSignal(win.loader.source_read, timeout=30_000):
        choose_file(win, SOURCE)
    matches = win.reviewer.session.source_matches
    assert {m.verdict for m in matches.values()} >= {"found", "drift"}
    drifted = next(q for q in win.reviewer.session.quotes if matches[q.key].verdict == "drift")
    win.reviewer.select_key(drifted.key)
    assert "differs from the source" in win.evidence.toPlainText()
    assert "<s " in win.evidence.toHtml() or "line-through" in win.evidence.toHtml()
    session = win.reviewer.session  # a split quote: its part in context, then the whole
    first = next(k for k, m in matches.items() if m.whole and m.whole.parts[0] == k)
    win.reviewer.select_key(first)
    shown = " ".join(win.evidence.toPlainText().split())
    assert "as a whole" in shown
    before, passage, _ = in_context(matches[first], session.sources)
    assert f"…{' '.join(before.split()[:6])}" in shown and " ".join(passage.split()) in shown


def test_attached_sources_come_back_with_the_article(open_window, seed_copy, tmp_path, qtbot):
    source = tmp_path / "statement.txt"
    source.write_text(SOURCE.read_text(encoding="utf-8"), encoding="utf-8")
    win = open_window(seed_copy)
    with qtbot.waitSignal(win.loader.source_read, timeout=30_000):
        win.attach_source(str(source))
    verdicts = {k: m.verdict for k, m in win.reviewer.session.source_matches.items()}
    win.close()

    again = open_window(seed_copy)
    assert [s.name for s in again.reviewer.session.sources] == ["statement.txt"]
    assert {k: m.verdict for k, m in again.reviewer.session.source_matches.items()} == verdicts
    assert "statement.txt" in again.status.currentMessage()
    again.close()

    source.unlink()  # moved away since: the editor is told, the article still opens
    third = open_window(seed_copy)
    assert third.reviewer.session.sources == [] and third.reviewer.session.quotes
    assert "could not be read again" in third.status.currentMessage()
    third.actions["file.detach_sources"].trigger()  # forgets the missing one too
    assert third.reviewer.session.review.sources() == []
    assert third.status.currentMessage() == "Source documents detached."


def test_a_source_document_is_read_off_the_window_thread(
    open_window, seed_copy, tmp_path, qtbot, monkeypatch
):
    import threading

    from onrecord import sources

    threads, real = [], sources.read_source
    monkeypatch.setattr(
        sources, "read_source", lambda p: threads.append(threading.current_thread()) or real(p)
    )
    win = open_window(seed_copy)
    with qtbot.waitSignal(win.loader.source_read, timeout=30_000):
        win.attach_source(str(SOURCE))
    assert threads and threading.main_thread() not in threads
    assert [s.name for s in win.reviewer.session.sources] == [SOURCE.name]
    with qtbot.waitSignal(win.loader.source_failed, timeout=30_000):
        win.attach_source(str(tmp_path / "gone.pdf"))
    assert "No such file" in win.status.currentMessage()


def test_a_very_long_article_is_shown_as_far_as_it_is_read(qtbot):
    from onrecord.article import MAX_ARTICLE_CHARS
    from onrecord.articles import article_from_text
    from onrecord.gui.widgets.article_view import ArticleView

    view = ArticleView()
    qtbot.addWidget(view)
    para = 'The mayor said "the bridge opens in May." Critics disagreed.\n'
    text = para * (2 * MAX_ARTICLE_CHARS // len(para))
    view.set_article(article_from_text(text, "paste"))
    shown = view.document().toPlainText()
    assert MAX_ARTICLE_CHARS < len(shown) < MAX_ARTICLE_CHARS + 1000
    assert f"[… {len(text) - MAX_ARTICLE_CHARS:,} more characters not shown" in shown


def test_offsets_survive_characters_outside_the_bmp(qtbot):
    from onrecord.articles import article_from_text
    from onrecord.gui.widgets.article_view import ArticleView

    view = ArticleView()
    qtbot.addWidget(view)
    text = 'Fans 🎉🎉 cheered. She said "we won 🏆 today" and left 😀.'
    view.set_article(article_from_text(text, "paste"))
    doc = view.document()
    for word in ("cheered", "we won 🏆 today", "left"):
        start = text.index(word)
        cur = doc.find(word, view.to_doc(0))  # after the title shown above the body
        assert (view.to_doc(start), view.to_doc(start + len(word))) == (
            cur.selectionStart(),
            cur.selectionEnd(),
        )
        assert view.from_doc(cur.selectionStart()) == start
        assert view.from_doc(cur.selectionEnd()) == start + len(word)


def test_clicking_a_quote_in_the_article_selects_its_card(open_window, seed_copy, qtbot):
    win = open_window(seed_copy)
    target = win.reviewer.session.quotes[2]
    view = win.article_view
    middle = (target.start + target.end) // 2
    view.scroll_to(target.start, target.end)
    cursor = view.textCursor()
    cursor.setPosition(view.to_doc(middle))
    point = view.cursorRect(cursor).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert win.reviewer.current() == target
