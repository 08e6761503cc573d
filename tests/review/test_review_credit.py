"""Who a decision is credited to: the editor's name, never the OS login name that earlier
versions recorded."""

import getpass
import sqlite3

import pytest

from onrecord.articles import article_from_text
from onrecord.review import ReviewLog, credited


@pytest.fixture
def desk(monkeypatch):
    monkeypatch.setattr(getpass, "getuser", lambda: "ana-desk")


@pytest.mark.parametrize(
    ("recorded", "editor", "shown"),
    [
        ("Ana Ruiz", "Someone Else", "Ana Ruiz"),  # recorded with a name: that name
        ("", "Ana Ruiz", ""),  # recorded with none set
        (None, "Ana Ruiz", None),  # no decision
        ("login:ana-desk", "Ana Ruiz", "Ana Ruiz"),  # this desk's login: the editor's own
        ("login:ana-desk", None, ""),  # …while no name is set: no one, not the login
        ("login:bkim", "Ana Ruiz", ""),  # another desk's login: a name never known
    ],
)
def test_a_decision_is_credited_to_a_name_never_a_login(desk, recorded, editor, shown):
    assert credited(recorded, editor) == shown


def test_version_6_marks_the_login_names_earlier_versions_recorded(tmp_path):
    article = article_from_text('"We open in May," said Mayor Rosa Lind.', "paste")
    db = tmp_path / "w.db"
    with ReviewLog(db, editor="") as log:
        review = log.for_article(article)
        review.set_decision("1-15", "verified")
        review.set_decision("20-30", "flagged")
    with sqlite3.connect(db) as conn:  # as version 5 left them: logins, and one without
        conn.execute("UPDATE review_decisions SET decided_by = 'ana-desk' WHERE quote_key = '1-15'")
        conn.execute("UPDATE review_meta SET value = '5' WHERE name = 'schema_version'")
    with ReviewLog(db, editor="Ana Ruiz") as log:
        review = log.for_article(article)
        assert review.get("1-15").decided_by == "login:ana-desk"
        assert review.get("20-30").decided_by == ""  # none recorded: nothing to mark
        review.set_decision("20-30", "dismissed")  # decided again: by name from now on
        assert review.get("20-30").decided_by == "Ana Ruiz"
