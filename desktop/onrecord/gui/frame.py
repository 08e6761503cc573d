"""What the window's first paint shows: the menu bar, the toolbar's place, and the article
page beside the (still empty) place of the quote panel; the article is shown in it as soon
as it is read. The panes fill in after the paint (`panes`), leaving this in place: nothing
moves. Imports only what paints: no `Qt.*` enum namespace (~40 ms, the bare window's
whole start-up is ~200 ms) and no `viewport()` (see `ArticleView`).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QSplitter, QToolBar, QWidget

from onrecord.gui.widgets.article_view import ArticleView

MENUS = ("File", "Edit", "Review", "Store", "View", "Help")  # the menu bar's, in its order


def lay_out(win) -> None:
    """Create the frame's parts as attributes of `win` and set them in place."""
    win.menus = {name: win.menuBar().addMenu(f"&{name}") for name in MENUS}  # filled later
    win.toolbar = QToolBar("Toolbar", win, objectName="toolbar")
    win.toolbar.setMovable(False)
    win.toolbar.setIconSize(QSize(16, 16))
    # a blank button (a zero-width space: a space is 2 px taller) holds the toolbar at its
    # buttons' height till they come
    win.toolbar.addAction("\u200b").setEnabled(False)
    win.addToolBar(win.toolbar)
    win.article_view = ArticleView()
    win.article_view.zoom = win.settings.zoom
    win.article_view.setAcceptDrops(False)  # the window handles dropped files (see dropEvent)
    win.main_split = QSplitter(objectName="main")
    win.main_split.addWidget(win.article_view)
    win.main_split.addWidget(QWidget())  # the place of the quote panel and evidence (`panes`)
    win.main_split.setStretchFactor(0, 3)
    win.main_split.setStretchFactor(1, 2)
    win.main_split.setSizes([760, 520])
    if (state := win.settings.state("main")) is not None:
        win.main_split.restoreState(state)
    win.setCentralWidget(win.main_split)
    win.loader.article_read.connect(lambda article: show_article(win, article))


def show_article(win, article) -> None:
    """The article in the page and its name in the title bar (the recent files take it when
    its quotes are looked for: `loading.opened`, after the first paint)."""
    win.article_view.set_article(article)
    # the file name too: a draft and the article it was made from share a headline
    where = Path(article.path).name if article.path else "pasted"
    win.setWindowTitle(f"{article.title or 'Untitled'} — {where} — OnRecord")
