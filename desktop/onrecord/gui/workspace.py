"""Changing the workspace database: the editor's choice, or the backup of a damaged one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from onrecord.errors import OnRecordError
from onrecord.store.damage import latest_backup, restore_backup
from onrecord.store.paths import is_dsn
from onrecord.store.pgconn import describe, without_password


def use_workspace(win, path: str) -> None:
    """Work on the database at `path` (created if new) and remember it for the next start;
    a file that is not a workspace is refused before anything is written to it, and the
    current one stays."""
    from onrecord.dbfile import recognise_workspace

    try:
        if is_dsn(path):  # the archive must answer (password, server, schema) before the switch
            from onrecord.store import open_store

            open_store(path).close()
        else:
            recognise_workspace(path)
    except OnRecordError as exc:
        win.status.showMessage(f"Not used as the workspace: {exc}", 15000)
        return
    win.reviewer.set_session(None)  # its review belongs to the workspace being closed
    win.loader.use_store(path)
    win.settings.workspace = without_password(path) if is_dsn(path) else str(Path(path).resolve())
    win.undo_stack.clear()  # its commands belong to the other workspace
    shown = f"the shared archive {describe(path)}" if is_dsn(path) else path
    win.status.showMessage(f"Workspace: {shown}", 10000)


def offer_backup(win, message: str) -> None:
    """Say the store is damaged and offer to continue on a copy of its latest backup."""
    damaged = win.loader.store_path
    backup = latest_backup(damaged)
    box = QMessageBox(QMessageBox.Icon.Warning, "The store is damaged", message, parent=win)
    box.setObjectName("damaged_store")
    box.setTextFormat(Qt.TextFormat.PlainText)  # the message and the backup's name carry paths
    if backup is not None:
        box.setInformativeText(
            f"OnRecord can continue on a copy of the backup made before the last upgrade "
            f"({backup.name}). The damaged file stays where it is."
        )
        use = box.addButton("Use the backup copy", QMessageBox.ButtonRole.AcceptRole)
        box.addButton("Not now", QMessageBox.ButtonRole.RejectRole)
        box.buttonClicked.connect(lambda b: b is use and _restore(win, damaged))
    else:
        box.setInformativeText("There is no backup of it. The damaged file is left as it is.")
    box.open()


def _restore(win, damaged: Path) -> None:
    try:
        restored = restore_backup(damaged)
    except OnRecordError as exc:
        win.status.showMessage(str(exc), 15000)
        return
    use_workspace(win, str(restored))
