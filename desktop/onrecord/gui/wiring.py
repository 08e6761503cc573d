"""The window built after its first paint, around its frame (`frame`): theme, panes,
review, actions, menus' commands, and the signals between them."""

from __future__ import annotations

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication

from onrecord.gui import actions as _actions  # noqa: F401 (registers every action)
from onrecord.gui import loading, panes, sources
from onrecord.gui.actions import context
from onrecord.gui.actions.keymap import load_keymap
from onrecord.gui.actions.menus import build_menus
from onrecord.gui.actions.registry import build_actions, enable
from onrecord.gui.app import set_icon
from onrecord.gui.reviewer import Reviewer
from onrecord.gui.theme.palette import colors
from onrecord.gui.theme.style import apply_theme


def build(win) -> None:
    set_icon(QApplication.instance())
    if colors() is not colors(ask_system=False):  # the system's scheme, not the frame's guess
        apply_theme()  # (restyling anyway would move the page by its focus border)
    win.undo_stack = QUndoStack(win)
    panes.lay_out(win)
    win.reviewer = Reviewer(win)
    win.quote_list.setModel(win.reviewer.proxy)
    win.people_list.setModel(win.reviewer.people)
    win.keymap = load_keymap()
    win.actions = build_actions(win, win.keymap, context.providers(win))
    win.recent_menu = build_menus(win)
    _connect(win)
    context.follow(win, lambda keys: enable(win.actions, keys))
    loading.connect(win)
    win.set_zoom(win.settings.zoom)
    win.article_view.setFocus()


def _connect(win) -> None:
    rv, ld = win.reviewer, win.loader
    win.quote_list.selectionModel().currentChanged.connect(rv.on_current_changed)
    win.article_view.quote_clicked.connect(rv.select_key)
    win.filter_bar.mode_changed.connect(lambda m: rv.refilter(mode=m))
    win.filter_bar.text_changed.connect(lambda t: rv.refilter(text=t))
    win.filter_bar.search.done.connect(win.back_to_quotes)
    win.people_list.clicked.connect(win.choose_person)
    win.people_list.activated.connect(win.choose_person)
    ld.store_damaged.connect(lambda message: _offer_backup(win, message))
    ld.source_read.connect(lambda source: sources.attached(win, source))
    ld.source_failed.connect(lambda message: win.status.showMessage(message, 10000))
    win.actions["review.auto_advance"].setChecked(win.settings.auto_advance)
    hints = QApplication.styleHints()  # follow the system's light/dark switch while open
    hints.colorSchemeChanged.connect(win.on_system_scheme)


def _offer_backup(win, message: str) -> None:
    from onrecord.gui.workspace import offer_backup

    offer_backup(win, message)
