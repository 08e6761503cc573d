"""The list keeps the editor's place: filters, people and search keep the selected card (or
take the nearest listed one), an empty filter says so, a decided card stays until the editor
moves on, and the end of the list is said rather than wrapped round."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from onrecord.gui.worker import shared_extractor

DRAFT = (
    Path(__file__).resolve().parents[2]
    / "seeds"
    / "2025-07-13_kim-jong-un-lavrov-wonsan-meeting.demo-draft.txt"
)
PROBLEMS = ("altered", "misattributed")


@pytest.fixture
def win(open_window, tmp_path):
    from onrecord.store.demo import build_demo_store

    build_demo_store(tmp_path / "workspace.db", extractor=shared_extractor())
    return open_window(DRAFT)


def listed(win):
    proxy = win.reviewer.proxy
    return [proxy.index(r, 0).data(Qt.ItemDataRole.UserRole + 1) for r in range(proxy.rowCount())]


def in_view(win) -> bool:
    ix = win.quote_list.currentIndex()
    return ix.isValid() and win.quote_list.viewport().rect().intersects(
        win.quote_list.visualRect(ix)
    )


def test_a_filter_keeps_the_selected_card_or_takes_the_nearest(win, press):
    s = win.reviewer.session
    problems = [i for i, q in enumerate(s.quotes) if s.verdict(q.key) in PROBLEMS]
    kept = s.quotes[problems[-1]]
    win.reviewer.select_key(kept.key)
    press("4")
    assert win.reviewer.current() == kept and in_view(win)
    press("1")
    assert win.reviewer.current() == kept and in_view(win)

    other = next(i for i in range(problems[-1], -1, -1) if i not in problems)
    win.reviewer.select_row(other)
    press("4")
    nearest = min(problems, key=lambda i: (abs(i - other), i < other))
    current = win.reviewer.current()
    assert current == s.quotes[nearest] and current in listed(win) and in_view(win)
    assert s.speaker(current).name in win.evidence.toPlainText()


def test_picking_a_person_and_clearing_the_search_keep_the_place(win, press, qtbot):
    s = win.reviewer.session
    quote = s.quotes[len(s.quotes) // 2]
    win.reviewer.select_key(quote.key)
    press("f", modifier=Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(win.filter_bar.search, s.speaker(quote).name.split()[0])
    assert win.reviewer.current() == quote
    press(Qt.Key.Key_Escape)  # clears the search, back to the list
    assert win.reviewer.current() == quote and in_view(win)
    win.filter_person(s.speaker(quote).name)
    assert win.reviewer.current() == quote
    win.filter_person(None)
    assert win.reviewer.current() == quote and in_view(win)


def test_an_empty_filter_says_so_and_shows_no_evidence(open_window, seed_copy, press):
    win = open_window(seed_copy)  # an empty store: nothing is altered or misattributed
    press("j", "j", "j")
    quote = win.reviewer.current()
    press("4")
    assert win.reviewer.proxy.rowCount() == 0 and win.reviewer.current() is None
    assert win.quote_list.placeholder.startswith("Nothing altered or misattributed in this article")
    assert win.evidence.toPlainText().startswith("No quote is listed")
    press("1")
    assert win.reviewer.proxy.rowCount() == len(win.reviewer.session.quotes)
    assert win.reviewer.current() == quote


def test_a_decided_card_stays_until_the_editor_moves_on(open_window, seed_copy, press):
    win = open_window(seed_copy)
    win.settings.auto_advance = False
    press("2")  # to review
    first = win.reviewer.current()
    press("v")
    assert first in listed(win) and win.reviewer.current() == first
    press("j")
    assert first not in listed(win) and win.reviewer.current() != first


def test_after_the_last_quote_the_end_of_the_list_is_said(open_window, seed_copy, press):
    win = open_window(seed_copy)
    s = win.reviewer.session
    press("G", modifier=Qt.KeyboardModifier.ShiftModifier)
    last = win.reviewer.current()
    press("v")
    assert win.reviewer.current() == last  # not taken back to the top
    left = len(s.quotes) - 1
    assert win.status.currentMessage() == f"End of the list — {left} to review"
