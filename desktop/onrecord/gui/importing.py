"""Store → Import…: statements from a file or a folder of articles, off the window's thread.

The import is one transaction: Cancel stops it between rows and nothing of it is kept.
"""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFileDialog

from onrecord.gui.threads import Worker, delete_when_ended
from onrecord.gui.widgets.import_dialog import ImportDialog
from onrecord.gui.worker import shared_extractor

STATEMENT_FILTER = (
    "Statements (*.jsonl *.json *.ndjson *.csv *.tsv *.bz2 *.jsonl.bz2);;All files (*)"
)


class _Cancelled(Exception):
    """Raised from the progress callback: the import's transaction rolls back."""


class ImportWorker(Worker):
    progress = Signal(int)  # rows read so far
    done = Signal(object)  # ImportResult
    cancelled = Signal()
    what = "import"

    def __init__(self, store_path, source: str, parent=None):
        super().__init__(parent)
        self.store_path, self.source = store_path, source
        self.rows, self._told = 0, 0.0

    def _step(self, n: int) -> None:
        if self.isInterruptionRequested():
            raise _Cancelled
        self.rows += n
        now = time.monotonic()
        if now - self._told > 0.1:  # the window redraws ten times a second, not per row
            self._told = now
            self.progress.emit(self.rows)

    def work(self) -> None:
        from onrecord.store import open_store
        from onrecord.store.importers import guess_format, import_file

        store = open_store(self.store_path)
        try:
            extractor = (
                shared_extractor() if guess_format(Path(self.source)) == "articles" else None
            )
            result = import_file(store, self.source, progress=self._step, extractor=extractor)
        except _Cancelled:
            self.cancelled.emit()
            return
        finally:
            store.close()
        self.done.emit(result)


def choose_import(win, folder: bool) -> None:
    """Ask for a file of statements (or a folder of articles), then import it."""
    start = str(win.loader.store_path.parent)
    if folder:
        dialog = QFileDialog(win, "Import a folder of articles", start)
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly)
    else:
        dialog = QFileDialog(win, "Import statements", start, STATEMENT_FILTER)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.setObjectName("import_chooser")
    dialog.fileSelected.connect(lambda path: start_import(win, path))
    dialog.open()


def start_import(win, source: str) -> ImportDialog:
    """Import `source` into the window's workspace, showing progress and then the summary."""
    worker = ImportWorker(win.loader.store_path, source, win)
    dialog = ImportDialog(win, Path(source).name)
    dialog.worker = worker  # the screenshot bench listens to its progress too
    worker.progress.connect(dialog.show_progress)
    worker.failed.connect(dialog.show_failure)
    worker.cancelled.connect(dialog.show_cancelled)
    worker.done.connect(dialog.show_result)
    worker.done.connect(lambda result: _imported(win, result))
    dialog.cancel_requested.connect(worker.requestInterruption)
    win.importing = worker  # until it ends (the window waits for it when it closes)
    worker.finished.connect(lambda: setattr(win, "importing", None))
    delete_when_ended(worker)
    dialog.open()
    worker.start()
    return dialog


def _imported(win, result) -> None:
    win.loader.refresh_stats()
    if result.added and win.loader.article is not None:  # judge the open article again
        win.loader.open_article(win.loader.article)
