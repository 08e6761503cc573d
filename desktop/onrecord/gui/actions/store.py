"""Store menu: add the current quote to the store of statements, import, search the store."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QInputDialog

from onrecord.errors import OnRecordError
from onrecord.gui.actions.registry import action
from onrecord.gui.commands import AddToStore
from onrecord.gui.importing import choose_import
from onrecord.gui.widgets.dialogs import StoreSearchDialog
from onrecord.store.paths import default_store_path, is_dsn, is_shared


@action(
    "store.add",
    "Add quote to the store",
    "Store",
    help="Record the quote (with your speaker correction) as an earlier statement",
    when="quote",
)
def add_to_store(window, undo_stack, quote) -> None:
    undo_stack.push(AddToStore(window, quote))


@action(
    "store.import",
    "Import…",
    "Store",
    help="Add statements from a JSON Lines, CSV or Quotebank file to the store",
)
def import_file(window) -> None:
    choose_import(window, folder=False)


@action(
    "store.import_folder",
    "Import a folder of articles…",
    "Store",
    help="Add the quotes of every article in a folder to the store, as OnRecord finds them",
)
def import_folder(window) -> None:
    choose_import(window, folder=True)


@action(
    "store.workspace",
    "Use another workspace…",
    "Store",
    help="Choose the database of statements and reviews to work on (a new name creates one)",
)
def choose_workspace(window, loader) -> None:
    where = loader.store_path
    folder = default_store_path().parent if is_shared(where) else where.parent
    dialog = QFileDialog(window, "Workspace database", str(folder))
    dialog.setObjectName("workspace_dialog")
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setOption(QFileDialog.Option.DontConfirmOverwrite)  # an existing one is opened
    dialog.setNameFilters(["OnRecord workspace (*.db)", "All files (*)"])
    dialog.setDefaultSuffix("db")
    from onrecord.gui.workspace import use_workspace

    dialog.fileSelected.connect(lambda path: use_workspace(window, path))
    dialog.open()


@action(
    "store.connect",
    "Connect to a shared archive…",
    "Store",
    help="Work on the newsroom's archive on PostgreSQL (postgresql://… or service=…)",
)
def connect_archive(window) -> None:
    dialog = QInputDialog(window)
    dialog.setObjectName("archive_dialog")
    dialog.setWindowTitle("Connect to a shared archive")
    dialog.setLabelText(
        "Connection string, e.g. service=newsroom or postgresql://you@db.example/archive\n"
        "(passwords come from ~/.pgpass or the service file; OnRecord never keeps one)"
    )
    dialog.textValueSelected.connect(lambda text: _connect(window, text.strip()))
    dialog.open()


def _connect(win, text: str) -> None:
    if not is_dsn(text):
        win.status.showMessage(f"Not a connection string: {text[:60]}", 15000)
        return
    from onrecord.gui.workspace import use_workspace

    use_workspace(win, text)


def _search_rows(loader, text: str) -> list[str]:
    try:
        rows = loader.store().search(text, limit=100)
    except OnRecordError as exc:
        return [str(exc)]
    return [
        f"{r.get('speaker') or 'unknown'} · {r.get('date') or 'undated'} · {r.get('outlet') or ''}\n“{r['text']}”"
        for r in rows
    ]


@action("store.search", "Search the store…", "Store")
def search_store(window, loader, quote) -> None:
    dialog = StoreSearchDialog(window, lambda text: _search_rows(loader, text))
    if quote is not None:
        dialog.edit.setText(" ".join(quote.text.split()[:6]))
    dialog.open()
