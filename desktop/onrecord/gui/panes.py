"""The window's panes, laid out after its first paint around the frame's article page
(`frame`): filters, quote cards (or what the window has to say instead), people and
evidence on the right; the status bar under them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSplitter, QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from onrecord.gui.widgets.article_view import EMPTY
from onrecord.gui.widgets.bars import FilterBar, StatusBar
from onrecord.gui.widgets.evidence import EvidencePane
from onrecord.gui.widgets.quote_cards import PeopleList, QuoteList

HINT = "Drop an article file on the window, or press Ctrl+O · Ctrl+K for every command"


def lay_out(win) -> None:
    """Create the panes as attributes of `win` and set them in the frame's places."""
    win.evidence = EvidencePane()
    win.evidence.setTabChangesFocus(True)
    win.evidence.setAcceptDrops(False)  # the window handles dropped files (see dropEvent)
    win.right = QSplitter(Qt.Orientation.Vertical, objectName="right")
    win.right.addWidget(_quote_panel(win))
    win.right.addWidget(win.evidence)
    win.right.setSizes([470, 430])
    if (state := win.settings.state("right")) is not None:
        win.right.restoreState(state)
    place = win.main_split.replaceWidget(1, win.right)  # the frame's place, at its size
    win.right.setSizePolicy(place.sizePolicy())  # and its stretch
    win.status = StatusBar()
    win.setStatusBar(win.status)
    win.status.hint.setText(HINT)


def _quote_panel(win) -> QWidget:
    """The filters over two tabs: the quote cards (or what the window has to say instead of
    them) and the people quoted."""
    win.filter_bar = FilterBar()
    win.quote_list = QuoteList()
    win.people_list = PeopleList()
    win.empty_label = QLabel(EMPTY, objectName="empty", alignment=Qt.AlignmentFlag.AlignCenter)
    win.empty_label.setTextFormat(Qt.TextFormat.PlainText)  # messages carry file names
    win.empty_label.setWordWrap(True)
    win.quote_stack = QStackedWidget()
    win.quote_stack.addWidget(win.empty_label)
    win.quote_stack.addWidget(win.quote_list)
    win.tabs = QTabWidget(documentMode=True)
    win.tabs.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    win.tabs.tabBar().setDrawBase(False)
    win.tabs.addTab(win.quote_stack, "Quotes")
    win.tabs.addTab(win.people_list, "People")
    panel = QWidget()
    box = QVBoxLayout(panel)
    box.setContentsMargins(0, 0, 0, 0)
    box.setSpacing(0)
    box.addWidget(win.filter_bar)
    box.addWidget(win.tabs, 1)
    return panel
