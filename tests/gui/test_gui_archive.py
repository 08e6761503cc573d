"""The window on the newsroom's shared archive (PostgreSQL): connect, match, add, remember;
conflicting changes: test_gui_conflict."""

from PySide6.QtWidgets import QApplication, QInputDialog

from onrecord.store import open_store
from onrecord.store.paths import is_dsn
from onrecord.store.pgconn import without_password
from onrecord.workspace.shared_review import PgReviewLog


def test_the_window_connects_to_a_shared_archive_and_adds_to_it(
    open_window, seed_copy, press, qtbot, pg_dsn, pg_cluster, monkeypatch, tmp_path
):
    from onrecord.config import Identity, save_identity

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))  # the editor's own reviews
    save_identity(Identity("Ana Ruiz"))  # decisions carry the configured name, never the login
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
    press("v")  # the decision is kept in the archive, with who made it
    decision = (
        PgReviewLog(pg_dsn).for_article(win.reviewer.session.extraction.article).get(quote.key)
    )
    assert decision.decision == "verified" and decision.decided_by == "Ana Ruiz"
    assert not (tmp_path / "data" / "OnRecord" / "onrecord.db").exists()


def test_two_windows_on_one_archive_see_each_others_decisions(
    open_window, seed_copy, press, qtbot, pg_dsn, monkeypatch, tmp_path
):
    from onrecord.gui.workspace import use_workspace

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    ana, ben = open_window(seed_copy), open_window(seed_copy)
    for win in (ana, ben):
        with qtbot.waitSignal(win.quotes_loaded, timeout=60_000):
            use_workspace(win, pg_dsn)
    qtbot.wait(500)  # both follow the archive's notices
    key = ana.reviewer.current().key
    assert ben.reviewer.current().key == key

    ana.activateWindow()
    qtbot.waitUntil(ana.isActiveWindow)
    press("v")  # verified, in ana's window
    assert ana.reviewer.session.decision(key) == "verified"
    # within a second on a quiet machine (test_review_shared measures it); a busy CI gets 5 s
    qtbot.waitUntil(lambda: ben.reviewer.session.decision(key) == "verified", timeout=5000)
    assert "changed the review of a quote" in ben.status.currentMessage()


def test_an_archive_that_refuses_the_login_is_not_switched_to(
    open_window, seed_copy, pg_dsn, pg_cluster
):
    from onrecord.gui.workspace import use_workspace

    win = open_window(seed_copy)
    before = win.loader.store_path
    use_workspace(win, pg_dsn.replace(pg_cluster.password, "not-the-pw-4711"))
    assert "refused the login: wrong or missing password" in win.status.currentMessage()
    assert "not-the-pw-4711" not in win.status.currentMessage()
    assert win.loader.store_path == before and win.settings.workspace != pg_dsn


def test_the_windows_workers_borrow_pooled_connections_closed_with_the_window(
    open_window, seed_copy, qtbot, pg_dsn, monkeypatch, tmp_path
):
    import psycopg

    from onrecord.gui.workspace import use_workspace
    from onrecord.store.lending import POOL_SIZE

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    win = open_window(seed_copy)
    with qtbot.waitSignal(win.quotes_loaded, timeout=60_000):
        use_workspace(win, pg_dsn)  # its load borrowed one
    pool = win.loader.stores().pool
    probes = []
    win.loader.store_stats.connect(probes.append)
    for _ in range(6):  # six workers at once
        win.loader.probe_store()
    qtbot.waitUntil(lambda: len(probes) == 6, timeout=30_000)
    stats = pool.get_stats()
    assert stats["requests_num"] >= 7 and stats["connections_num"] <= POOL_SIZE

    def logins() -> int:
        with psycopg.connect(pg_dsn) as admin:
            return admin.execute(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                "AND pid <> pg_backend_pid()"
            ).fetchone()[0]

    assert logins() >= 1
    win.close()
    assert pool.closed
    qtbot.waitUntil(lambda: logins() == 0, timeout=5000)  # the listener's goes within 0.5 s
