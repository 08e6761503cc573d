"""The main window: article on the left, quote cards and evidence on the right.

Its first paint shows its frame with the article in it (`frame`; the article is read
before, up to READ_WAIT_MS); the panes, actions and menus' commands are built right after
it (`wiring`: each Qt class brings its enums on first use, and Qt's own enum namespace alone
takes a fifth of a bare window's start-up), then the loader opens the workspace (store,
language model, the article's quotes).
The window only lays out and wires: reading lives in `Loader`, review in `Reviewer` and the
session core, commands in the action registry.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QMainWindow

from onrecord.gui import frame
from onrecord.gui.loader import Loader
from onrecord.gui.settings import Settings
from onrecord.gui.theme import palette, style

READ_WAIT_MS = 250  # the first paint waits this long at most for the article to be read


class MainWindow(QMainWindow):
    quotes_loaded = Signal()

    def __init__(self, store_path: Path):
        settings = Settings()
        palette.set_theme(settings.theme)
        style.apply_theme(ask_system=False)  # the window starts in these colours
        super().__init__()
        self.setWindowTitle("OnRecord")
        self.setAcceptDrops(True)
        self.settings = settings
        if (geometry := self.settings.state("geometry")) is None or not self.restoreGeometry(
            geometry
        ):
            self.resize(1320, 860)
        self.loader = Loader(store_path, self)
        self.importing = None  # the ImportWorker at work (Store → Import…)
        self.built = False
        self._painted = False
        frame.lay_out(self)

    def open_at_start(self, article) -> None:
        """Show `article` (a path or an Article) at the first paint, if it is read by then;
        with none, say how to open one."""
        if article is None:
            self.article_view.show_empty()
        self.loader.open_first(article, READ_WAIT_MS)

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if not self._painted:  # the frame is on screen: now the panes, then the workspace
            self._painted = True
            QTimer.singleShot(0, self._complete)

    def _complete(self) -> None:
        if self.isVisible():  # not closed at once
            from onrecord.extraction.process import start_shared

            start_shared()  # the model loads in it, on the other core, while the window builds
            self.build()
            self.loader.start()

    def build(self) -> None:
        """Build the panes, actions and menus (once; the first paint does it)."""
        if self.built:
            return
        from onrecord.gui import wiring

        wiring.build(self)
        self.built = True

    # Panes the actions and the reviewer share ----------------------------------------
    def back_to_quotes(self) -> None:
        self.tabs.setCurrentWidget(self.quote_stack)
        self.quote_list.setFocus()
        if self.reviewer.current() is None:
            self.reviewer.jump(last=False)

    def choose_person(self, index) -> None:
        from onrecord.gui.models.people import NAME_ROLE

        self.filter_person(index.data(NAME_ROLE))
        self.back_to_quotes()

    def filter_person(self, name: str | None) -> None:
        """Show only `name`'s quotes (None: everyone's); the People tab says whose."""
        self.reviewer.refilter(person=name)
        self.tabs.setTabText(1, f"People · {name.replace('&', '&&')}" if name else "People")

    def store_speaker_names(self) -> list[str]:
        try:
            people = self.loader.store().speakers()
        except Exception:  # no store: complete from the article's people only
            return []
        return [p["name"] for p in people] + [a for p in people for a in p.get("aliases") or []]

    def attach_source(self, path: str) -> None:
        from onrecord.gui import sources

        sources.attach_source(self, path)

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
        from onrecord.gui.theme.style import apply_theme

        palette.set_theme(self.settings.theme)
        apply_theme()
        self.set_zoom(self.settings.zoom)
        self.quote_list.viewport().update()

    # Drag and drop, closing -------------------------------------------------------------
    def dragEnterEvent(self, event) -> None:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        if self.built and any(u.isLocalFile() for u in urls):
            event.acceptProposedAction()

    def dragMoveEvent(self, event) -> None:
        from onrecord.gui import sources

        event.acceptProposedAction()
        if sources.over_evidence(self, event):
            self.status.showMessage("Drop to attach as a source document of this article", 2000)

    def dropEvent(self, event) -> None:
        """A file dropped on the evidence is attached as a source; anywhere else it opens."""
        files = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if not files:
            return
        event.acceptProposedAction()
        from onrecord.gui import sources

        if sources.over_evidence(self, event):
            for path in files:
                self.attach_source(path)
        else:
            self.loader.open_path(files[0])

    def closeEvent(self, event) -> None:
        self.settings.save_state("geometry", self.saveGeometry())
        if self.built:
            self.settings.save_state("main", self.main_split.saveState())
            self.settings.save_state("right", self.right.saveState())
            self.reviewer.save_position()
        self.settings.sync()  # the process may end right after (app.leave)
        if self.importing is not None:  # cancelled: its transaction keeps nothing
            self.importing.requestInterruption()
            self.importing.wait(60_000)
        self.loader.close()
        super().closeEvent(event)
