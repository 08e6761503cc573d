"""Store menu: add the current quote to the store of statements, search the store."""

from __future__ import annotations

from onrecord.errors import OnRecordError
from onrecord.gui.actions.registry import action
from onrecord.gui.widgets.dialogs import StoreSearchDialog


@action(
    "store.add",
    "Add quote to the store",
    "Store",
    help="Record the quote (with your speaker correction) as an earlier statement",
)
def add_to_store(win) -> None:
    quote = win.reviewer.current()
    if quote is None:
        return
    session = win.reviewer.session
    try:
        store = win.loader.store()
        result = store.add_statements([(1, session.statement_for(quote))], "review", "onrecord-gui")
        if aliases := session.aliases_for(quote):
            store.add_aliases(*aliases)
    except OnRecordError as exc:
        win.status.showMessage(str(exc), 10000)
        return
    said = "Added to the store" if result.added else "Already in the store"
    win.status.showMessage(f"{said}: “{quote.text[:50]}…”", 8000)
    win.loader.refresh_stats()


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
