"""Store menu: add the current quote to the store of statements, search the store."""

from __future__ import annotations

from onrecord.errors import OnRecordError
from onrecord.gui.actions.registry import action
from onrecord.gui.commands import AddToStore
from onrecord.gui.widgets.dialogs import StoreSearchDialog


@action(
    "store.add",
    "Add quote to the store",
    "Store",
    help="Record the quote (with your speaker correction) as an earlier statement",
)
def add_to_store(win) -> None:
    quote = win.reviewer.current()
    if quote is not None:
        win.undo_stack.push(AddToStore(win, quote))


def _search_rows(win, text: str) -> list[str]:
    try:
        rows = win.loader.store().search(text, limit=100)
    except OnRecordError as exc:
        return [str(exc)]
    return [
        f"{r.get('speaker') or 'unknown'} · {r.get('date') or 'undated'} · {r.get('outlet') or ''}\n“{r['text']}”"
        for r in rows
    ]


@action("store.search", "Search the store…", "Store")
def search_store(win) -> None:
    dialog = StoreSearchDialog(win, lambda text: _search_rows(win, text))
    quote = win.reviewer.current()
    if quote is not None:
        dialog.edit.setText(" ".join(quote.text.split()[:6]))
    dialog.open()
