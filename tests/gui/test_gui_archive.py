"""The window on the newsroom's shared archive (PostgreSQL): connect, match, add, remember."""

from PySide6.QtWidgets import QApplication, QInputDialog

from onrecord.store import open_store
from onrecord.store.pgconn import is_dsn, without_password


def test_the_window_connects_to_a_shared_archive_and_adds_to_it(
    open_window, seed_copy, press, qtbot, pg_dsn, pg_cluster, monkeypatch, tmp_path
):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))  # the editor's own reviews
    win = open_window(seed_copy)
    win.actions["store.connect"].trigger()
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, QInputDialog) and dialog.objectName() == "archive_dialog"
    dialog.setTextValue(pg_dsn)
    with qtbot.waitSignal(win.quotes_loaded, timeout=60_000):
        dialog.accept()
    assert win.loader.store_path == pg_dsn
    remembered = win.settings.workspace  # the password is left to ~/.pgpass
    assert pg_cluster.password not in remembered and "127.0.0.1" in remembered
    assert remembered == without_password(pg_dsn) and is_dsn(remembered)
    assert pg_cluster.password not in win.status.currentMessage()

    quote = win.reviewer.current()
    press("a")
    assert "Added to the store" in win.status.currentMessage()
    archive = open_store(pg_dsn)
    assert [s["text"] for s in archive.search(" ".join(quote.text.split()[:6]))] == [quote.text]
    archive.close()
    press("v")  # a decision is kept beside the archive, in the editor's own workspace
    assert (tmp_path / "data" / "OnRecord" / "onrecord.db").is_file()
