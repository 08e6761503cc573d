"""`onrecord review` and `check` on a shared archive that fails them: a wrong password, a
server that is down, a server gone mid-command. One line says why (exit 2, no traceback),
and the decisions already in the archive are still there."""

import pytest

from onrecord.cli.main import main
from onrecord.store.pgcluster import free_port
from onrecord.workspace.shared_review import PgReviewLog

pytestmark = pytest.mark.slow  # extraction loads the model
ARTICLE = '"We will finish the bridge by winter," said Jane Roe, the mayor.\n'


@pytest.fixture
def decided(tmp_path, pg_dsn):
    """An article with one decision in the archive; returns (article path, quote key)."""
    from onrecord.articles import read_article

    path = tmp_path / "bridge.txt"
    path.write_text(ARTICLE)
    with PgReviewLog(pg_dsn, editor="ana") as log:
        review = log.for_article(read_article(path))
        review.set_decision("1-37", "verified")
    return path, "1-37"


def _still_decided(pg_dsn, path, key) -> bool:
    from onrecord.articles import read_article

    with PgReviewLog(pg_dsn) as log:
        return log.for_article(read_article(path)).get(key).decision == "verified"


@pytest.mark.parametrize("command", ["review", "check"])
def test_wrong_password_and_server_down_are_one_clear_line(
    command, decided, pg_dsn, pg_cluster, capsys
):
    path, key = decided
    wrong = pg_dsn.replace(pg_cluster.password, "not-the-pw-4711")
    down = f"postgresql://ed:pw@127.0.0.1:{free_port()}/news?connect_timeout=2"
    for store, why in ((wrong, "refused the login"), (down, "cannot reach the archive server")):
        assert main([command, str(path), "--store", store]) == 2
        err = capsys.readouterr().err
        assert why in err and "Traceback" not in err and "not-the-pw-4711" not in err
    assert _still_decided(pg_dsn, path, key)


def test_a_server_gone_mid_check_is_one_clear_line(decided, pg_relay, pg_dsn, capsys, monkeypatch):
    import onrecord.matching

    path, key = decided
    real = onrecord.matching.check_extraction

    def server_goes(*args, **kwargs):  # after the store answered, before the matching
        pg_relay.cut()
        return real(*args, **kwargs)

    monkeypatch.setattr(onrecord.matching, "check_extraction", server_goes)
    assert main(["check", str(path), "--store", pg_relay.dsn]) == 2
    err = capsys.readouterr().err
    assert "the connection to the archive" in err and "was lost" in err
    assert "Traceback" not in err
    assert _still_decided(pg_dsn, path, key)
