"""The window when the shared archive fails it: a wrong password, a server that is down, a
server gone mid-review. Each is said in words; no decision is dropped without a word."""

from functools import partial

from onrecord.gui.models.quotes import Role
from onrecord.store.pgcluster import free_port
from onrecord.workspace.shared_review import PgReviewLog


def _card(win, key):
    return win.reviewer.model.index(win.reviewer.model.row_of(key)).data(Role.DECISION)


def _down() -> str:
    return f"postgresql://ed:pw@127.0.0.1:{free_port()}/news?connect_timeout=2"


def test_a_window_started_on_an_archive_that_is_down_or_refuses_says_so(
    qtbot, seed_copy, pg_dsn, pg_cluster
):
    from onrecord.gui import create_window

    wrong = pg_dsn.replace(pg_cluster.password, "not-the-pw-4711")
    for archive, why in ((_down(), "cannot reach the archive server"), (wrong, "refused")):
        win = create_window(seed_copy, archive)
        qtbot.addWidget(win)
        with qtbot.waitSignal(win.loader.failed, timeout=30_000) as failed:
            win.show()
        assert why in failed.args[0]
        assert why in win.status.currentMessage() and why in win.empty_label.text()
        assert "not-the-pw-4711" not in win.status.currentMessage()
        qtbot.waitUntil(lambda w=win, why=why: why in w.status.store.text(), timeout=30_000)
        win.close()


def test_switching_to_an_archive_that_is_down_keeps_the_workspace(open_window, seed_copy):
    from onrecord.gui.workspace import use_workspace

    win = open_window(seed_copy)
    before = win.loader.store_path
    use_workspace(win, _down())
    assert "Not used as the workspace: cannot reach the archive server" in (
        win.status.currentMessage()
    )
    assert win.loader.store_path == before and win.reviewer.session is not None


def test_a_decision_made_while_the_server_is_gone_is_refused_aloud_then_saved_once_back(
    open_window, seed_copy, press, qtbot, pg_relay, pg_dsn, monkeypatch, tmp_path
):
    from onrecord.gui.workspace import use_workspace

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    win = open_window(seed_copy)
    with qtbot.waitSignal(win.quotes_loaded, timeout=60_000):
        use_workspace(win, pg_relay.dsn)
    quote = win.reviewer.current()
    card = partial(_card, win, quote.key)

    win.loader.refresh_stats()  # the window's own store is open, as after adding a quote
    pg_relay.cut()  # the server goes away mid-review
    press("v")
    said = win.status.currentMessage()
    assert said.startswith("Not saved (decision verified): the connection to the archive")
    assert "the quote shows what the archive holds; do it again once it is back" in said
    assert card() is None and win.reviewer.session.decision(quote.key) is None  # as stored
    assert not win.undo_stack.canUndo()
    press("a")  # nor is a quote added to the store
    said = win.status.currentMessage()
    assert "cannot reach the archive server" in said or "was lost" in said
    press("j")  # the position is saved on a timer: it fails quietly, the window carries on
    qtbot.wait(800)
    qtbot.waitUntil(lambda: "not followed" in win.status.store.text(), timeout=10_000)

    other = win.reviewer.session.quotes[2].key  # a colleague decides while it is cut off
    article = win.reviewer.session.extraction.article
    with PgReviewLog(pg_dsn, editor="ana") as log:
        log.for_article(article).set_decision(other, "flagged")

    pg_relay.restore()
    qtbot.waitUntil(lambda: _card(win, other) == "flagged", timeout=10_000)  # caught up
    qtbot.waitUntil(lambda: "not followed" not in win.status.store.text(), timeout=10_000)
    win.status.clearMessage()
    press("k", "v")  # the same decision again, once the server is back
    assert "Not saved" not in win.status.currentMessage()
    assert card() == "verified" and win.undo_stack.canUndo()
    with PgReviewLog(pg_dsn) as log:
        assert log.for_article(article).get(quote.key).decision == "verified"
    press("a")
    assert "Added to the store" in win.status.currentMessage()
