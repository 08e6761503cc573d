"""The main window: article on the left, quote cards and evidence on the right.

It only lays out and wires: reading lives in `Loader`, review in `Reviewer` and the
session core, commands in the action registry.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from onrecord.gui import actions as _actions  # noqa: F401 (registers every action)
from onrecord.gui import sources
from onrecord.gui.actions.keymap import load_keymap
from onrecord.gui.actions.menus import build_menus
from onrecord.gui.actions.registry import build_actions
from onrecord.gui.loader import Loader
from onrecord.gui.models.people import NAME_ROLE
from onrecord.gui.reviewer import Reviewer
from onrecord.gui.settings import Settings
from onrecord.gui.theme import palette
from onrecord.gui.theme.style import apply_theme
from onrecord.gui.widgets.article_view import ArticleView
from onrecord.gui.widgets.bars import FilterBar, StatusBar
from onrecord.gui.widgets.evidence import EvidencePane
from onrecord.gui.widgets.quote_cards import PeopleList, QuoteList
from onrecord.gui.workspace import offer_backup

EMPTY = "Open an article (Ctrl+O) or paste one (Ctrl+Shift+V)"


class MainWindow(QMainWindow):
    quotes_loaded = Signal()

    def __init__(self, store_path: Path):
        super().__init__()
        self.setWindowTitle("OnRecord")
        self.setAcceptDrops(True)
        self.settings = Settings()
        palette.set_theme(self.settings.theme)
        apply_theme()
        self.undo_stack = QUndoStack(self)
        self.loader = Loader(store_path, self)
        self.importing = None  # the ImportWorker at work (Store → Import…)
        self._build()
        self.reviewer = Reviewer(self)
        self.quote_list.setModel(self.reviewer.proxy)
        self.people_list.setModel(self.reviewer.people)
        self.keymap = load_keymap(self.settings.keymap_overrides())
        self.actions = build_actions(self, self.keymap)
        self.recent_menu = build_menus(self)
        self._wire()
        self.set_zoom(self.settings.zoom)
        self._restore()
        self.status.model.setText("language model: not loaded")
        self.article_view.setFocus()
        QTimer.singleShot(0, self.loader.probe_store)

    # Layout --------------------------------------------------------------------------
    def _build(self) -> None:
        self.article_view = ArticleView()
        self.quote_list = QuoteList()
        self.people_list = PeopleList()
        self.evidence = EvidencePane()
        self.evidence.setTabChangesFocus(True)
        for view in (self.article_view, self.evidence):
            view.setAcceptDrops(False)  # the window handles dropped files (see dropEvent)
        self.filter_bar = FilterBar()
        self.empty_label = QLabel(EMPTY, objectName="empty", alignment=Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setTextFormat(Qt.TextFormat.PlainText)  # messages carry file names
        self.empty_label.setWordWrap(True)
        self.quote_stack = QStackedWidget()
        self.quote_stack.addWidget(self.empty_label)
        self.quote_stack.addWidget(self.quote_list)
        self.tabs = QTabWidget(documentMode=True)
        self.tabs.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.tabs.tabBar().setDrawBase(False)
        self.tabs.addTab(self.quote_stack, "Quotes")
        self.tabs.addTab(self.people_list, "People")
        top = QWidget()
        box = QVBoxLayout(top)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(0)
        box.addWidget(self.filter_bar)
        box.addWidget(self.tabs, 1)
        self.right = QSplitter(Qt.Orientation.Vertical, objectName="right")
        self.right.addWidget(top)
        self.right.addWidget(self.evidence)
        self.right.setSizes([470, 430])
        self.main_split = QSplitter(Qt.Orientation.Horizontal, objectName="main")
        self.main_split.addWidget(self.article_view)
        self.main_split.addWidget(self.right)
        self.main_split.setStretchFactor(0, 3)
        self.main_split.setStretchFactor(1, 2)
        self.main_split.setSizes([760, 520])
        self.setCentralWidget(self.main_split)
        self.status = StatusBar()
        self.setStatusBar(self.status)
        self.status.hint.setText(
            "Drop an article file on the window, or press Ctrl+O · Ctrl+K for every command"
        )
        self.resize(1320, 860)

    def _wire(self) -> None:
        rv, ld = self.reviewer, self.loader
        self.quote_list.selectionModel().currentChanged.connect(rv.on_current_changed)
        self.article_view.quote_clicked.connect(rv.select_key)
        self.filter_bar.mode_changed.connect(lambda m: rv.refilter(mode=m))
        self.filter_bar.text_changed.connect(lambda t: rv.refilter(text=t))
        self.filter_bar.search.done.connect(self.back_to_quotes)
        self.people_list.clicked.connect(self.choose_person)
        self.people_list.activated.connect(self.choose_person)
        ld.store_stats.connect(self.show_store_size)
        ld.store_failed.connect(lambda msg: self.status.store.setText(f"store unavailable: {msg}"))
        ld.store_damaged.connect(lambda msg: offer_backup(self, msg))
        ld.opened.connect(self.on_opened)
        ld.progress.connect(self.on_progress)
        ld.model_ready.connect(lambda: self.status.model.setText("language model ready"))
        ld.model_loading.connect(lambda: self.status.model.setText("loading language model…"))
        ld.loaded.connect(self.on_loaded)
        ld.failed.connect(self.on_failed)
        ld.refused.connect(self.on_refused)
        self.undo_stack.canUndoChanged.connect(self.actions["edit.undo"].setEnabled)
        self.undo_stack.canRedoChanged.connect(self.actions["edit.redo"].setEnabled)
        self.actions["edit.undo"].setEnabled(False)
        self.actions["edit.redo"].setEnabled(False)
        self.actions["review.auto_advance"].setChecked(self.settings.auto_advance)
        hints = QApplication.styleHints()  # follow the system's light/dark switch while open
        hints.colorSchemeChanged.connect(self.on_system_scheme)

    # Loading ---------------------------------------------------------------------------
    def on_opened(self, article) -> None:
        self.reviewer.set_session(None)
        self.article_view.set_article(article)
        self.evidence.show_message("Quotes appear here once the article is read.")
        self.empty_label.setText("Loading language model…")
        self.status.hint.setText("Finding the quotes… the article can be read meanwhile")
        self.quote_stack.setCurrentWidget(self.empty_label)
        # the file name too: a draft and the article it was made from share a headline
        where = Path(article.path).name if article.path else "pasted"
        self.setWindowTitle(f"{article.title or 'Untitled'} — {where} — OnRecord")
        if article.path:
            self.settings.add_recent(article.path)
        for warning in article.warnings:
            self.status.showMessage(warning, 8000)

    def on_progress(self, message: str, done: int, total: int) -> None:
        self.empty_label.setText(message)
        if message.startswith("Loading language model"):
            self.status.model.setText("loading language model…")
        self.status.set_busy(done, total)

    def on_loaded(self, session) -> None:
        self.status.set_idle()
        self.empty_label.setText("No quotes were found in this article.")
        self.quote_stack.setCurrentWidget(self.quote_list if session.quotes else self.empty_label)
        self.reviewer.set_session(session)
        self.quote_list.setFocus()
        if session.notices:
            self.status.showMessage(" ".join(session.notices), 15000)
        elif session.sources:
            names = ", ".join(s.name for s in session.sources)
            self.status.showMessage(f"Checked against the attached sources: {names}", 10000)
        self.quotes_loaded.emit()

    def on_failed(self, message: str) -> None:
        self.status.set_idle()
        self.status.showMessage(message, 15000)
        if self.reviewer.session is None and self.loader.worker is None:
            self.empty_label.setText(message)
            self.evidence.show_message("")

    def on_refused(self, path: str, message: str) -> None:
        """A file that cannot be opened as an article is told in a dialog, not only in passing."""
        box = QMessageBox(QMessageBox.Icon.Warning, "Not opened", message, parent=self)
        box.setObjectName("refused_file")
        box.setTextFormat(Qt.TextFormat.PlainText)  # file names may hold markup
        box.setText(f"{Path(path).name} was not opened as an article. {message}")
        box.setInformativeText("OnRecord opens text, HTML, Markdown and .docx articles.")
        box.open()

    def show_store_size(self, stats: dict) -> None:
        n = stats["statements"]
        self.status.store.setText(
            f"store: {n:,} statement{'' if n == 1 else 's'} · {stats['db_mb']} MB"
        )

    def back_to_quotes(self) -> None:
        self.tabs.setCurrentWidget(self.quote_stack)
        self.quote_list.setFocus()
        if self.reviewer.current() is None:
            self.reviewer.jump(last=False)

    def store_speaker_names(self) -> list[str]:
        try:
            people = self.loader.store().speakers()
        except Exception:  # no store: complete from the article's people only
            return []
        return [p["name"] for p in people] + [a for p in people for a in p.get("aliases") or []]

    def attach_source(self, path: str) -> None:
        sources.attach_source(self, path)

    def choose_person(self, index) -> None:
        self.filter_person(index.data(NAME_ROLE))
        self.tabs.setCurrentWidget(self.quote_stack)
        self.quote_list.setFocus()
        if self.reviewer.current() is None:
            self.reviewer.jump(last=False)

    def filter_person(self, name: str | None) -> None:
        """Show only `name`'s quotes (None: everyone's); the People tab says whose."""
        self.reviewer.refilter(person=name)
        self.tabs.setTabText(1, f"People · {name}" if name else "People")

    # View ------------------------------------------------------------------------------
    def set_zoom(self, zoom: int) -> None:
        zoom = max(-4, min(12, zoom))
        self.settings.zoom = zoom
        self.article_view.set_zoom(zoom, self.loader.article)
        self.quote_list.set_zoom(zoom)
        self.evidence.zoom = zoom
        self.reviewer.refresh()

    def on_system_scheme(self, _scheme) -> None:
        if self.settings.theme == "system":
            self.retheme()

    def retheme(self) -> None:
        palette.set_theme(self.settings.theme)
        apply_theme()
        self.set_zoom(self.settings.zoom)
        self.quote_list.viewport().update()

    # Drag and drop, closing -------------------------------------------------------------
    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dragMoveEvent(self, event) -> None:
        event.acceptProposedAction()
        if sources.over_evidence(self, event):
            self.status.showMessage("Drop to attach as a source document of this article", 2000)

    def dropEvent(self, event) -> None:
        """A file dropped on the evidence is attached as a source; anywhere else it opens."""
        files = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if not files:
            return
        event.acceptProposedAction()
        if sources.over_evidence(self, event):
            for path in files:
                self.attach_source(path)
        else:
            self.loader.open_path(files[0])

    def _restore(self) -> None:
        for key, restore in (
            ("geometry", self.restoreGeometry),
            ("main", self.main_split.restoreState),
            ("right", self.right.restoreState),
        ):
            if (data := self.settings.state(key)) is not None:
                restore(data)

    def closeEvent(self, event) -> None:
        self.settings.save_state("geometry", self.saveGeometry())
        self.settings.save_state("main", self.main_split.saveState())
        self.settings.save_state("right", self.right.saveState())
        self.reviewer.save_position()
        if self.importing is not None:  # cancelled: its transaction keeps nothing
            self.importing.requestInterruption()
            self.importing.wait(60_000)
        self.loader.close()
        super().closeEvent(event)
