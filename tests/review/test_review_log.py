"""ReviewLog: decisions persist across reopen, can be cleared, and two logs share one file."""

import sqlite3
import threading
from pathlib import Path

import pytest

from onrecord.errors import StoreError
from onrecord.model import Article, Person, Quote, Speaker
from onrecord.review import ReviewLog, effective_speaker


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "a.txt"
    text = 'He said "we will win" and "never give up".'
    path.write_text(text)
    return Article(text=text, title="A", path=str(path))


def test_decisions_notes_speakers_and_position_survive_reopen(tmp_path, article):
    db = tmp_path / "work.db"
    with ReviewLog(db) as log:
        review = log.for_article(article)
        review.set_decision("8-21", "verified", by="ana")
        review.set_note("8-21", "  checked with KCNA  ")
        review.set_decision("26-41", "flagged")
        review.set_speaker("26-41", "Kim Jong-un")
        review.set_position("26-41")
    with ReviewLog(db) as log:
        review = log.for_article(article)
        first, second = review.get("8-21"), review.get("26-41")
        assert review.position() == "26-41"
        assert set(review.all()) == {"8-21", "26-41"}
    assert (first.decision, first.note) == ("verified", "checked with KCNA")
    assert first.decided_by == ""  # the note came later, and no editor name is set
    assert second.decision == "flagged" and second.speaker_override == "Kim Jong-un"
    assert second.decided_at.endswith("+00:00")


def test_who_decided_is_the_configured_editor_never_the_os_user(tmp_path, article, monkeypatch):
    from onrecord.config import Identity, save_identity

    monkeypatch.setattr("getpass.getuser", lambda: "jdoe42")
    review = ReviewLog(tmp_path / "w.db").for_article(article)
    review.set_decision("8-21", "dismissed")
    assert review.get("8-21").decided_by == ""
    save_identity(Identity("Ana Ruiz", "The Daily"))
    review = ReviewLog(tmp_path / "w.db").for_article(article)
    review.set_decision("8-21", "flagged")
    assert review.get("8-21").decided_by == "Ana Ruiz"
    review.set_decision("8-21", "verified", by="Bo")
    assert review.get("8-21").decided_by == "Bo"
    assert ReviewLog(tmp_path / "w.db", editor="Cy").editor == "Cy"


def test_clearing_a_decision_persists_and_keeps_the_note(tmp_path, article):
    db = tmp_path / "w.db"
    review = ReviewLog(db).for_article(article)
    review.set_decision("8-21", "flagged")
    review.set_note("8-21", "ask the desk")
    review.set_decision("8-21", None)
    review.set_decision("26-41", "verified")
    review.set_decision("26-41", None)
    reopened = ReviewLog(db).for_article(article)
    assert reopened.get("8-21").decision is None
    assert reopened.get("8-21").note == "ask the desk"
    assert reopened.get("26-41") is None  # nothing left to record
    assert set(reopened.all()) == {"8-21"}


def test_another_text_starts_a_fresh_review_and_a_moved_file_keeps_its_own(tmp_path, article):
    db = tmp_path / "w.db"
    log = ReviewLog(db)
    log.for_article(article).set_decision("8-21", "verified")
    other = Article(text="Another text entirely.", path=str(tmp_path / "b.txt"))
    assert log.for_article(other).all() == {}
    moved = Article(text=article.text, path=str(tmp_path / "moved.txt"))
    assert log.for_article(moved).get("8-21").decision == "verified"
    pasted = Article(text=article.text, format="paste")
    assert log.for_article(pasted).get("8-21").decision == "verified"


def test_two_logs_on_one_file_see_each_others_writes(tmp_path, article):
    db = tmp_path / "w.db"
    a, b = ReviewLog(db).for_article(article), ReviewLog(db).for_article(article)
    a.set_decision("8-21", "verified")
    assert b.get("8-21").decision == "verified"
    b.set_note("8-21", "seen by b")
    assert a.get("8-21") == b.get("8-21")
    assert a.get("8-21").decision == "verified"

    def writer(review, prefix):
        for i in range(40):
            review.set_decision(f"{prefix}{i}-{i + 1}", "flagged")

    threads = [threading.Thread(target=writer, args=(r, p)) for r, p in ((a, "1"), (b, "2"))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(ReviewLog(db).for_article(article).all()) == 81


def test_bad_input_gives_clear_errors(tmp_path, article):
    review = ReviewLog(tmp_path / "w.db").for_article(article)
    with pytest.raises(ValueError, match="Unknown decision"):
        review.set_decision("8-21", "approved")
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(StoreError, match="Cannot open the review data"):
        ReviewLog(junk)


def test_review_data_from_a_newer_version_is_refused(tmp_path):
    db = tmp_path / "w.db"
    ReviewLog(db).close()
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE review_meta SET value = '99' WHERE name = 'schema_version'")
    with pytest.raises(StoreError, match="newer OnRecord"):
        ReviewLog(db)


def test_speaker_override_takes_what_the_article_says_of_that_person():
    quote = Quote(0, 5, "x", "direct", Speaker("He", "He", affiliation="a guard", resolved=False))
    people = [Person("Kim Jong-un", aliases={"Kim"}, affiliation="North Korean leader")]
    assert effective_speaker(quote, None, people) is quote.speaker
    kim = effective_speaker(quote, "kim", people)
    assert (kim.name, kim.affiliation, kim.mention, kim.resolved) == (
        "Kim Jong-un",
        "North Korean leader",
        "He",
        True,
    )
    stranger = effective_speaker(quote, "Jane Roe", people)
    assert (stranger.name, stranger.affiliation) == ("Jane Roe", None)


def test_decisions_follow_their_quotes_when_the_file_is_edited(tmp_path, article):
    db = tmp_path / "w.db"
    review = ReviewLog(db).for_article(article)
    review.set_decision("8-21", "verified", by="ana")
    review.set_note("26-41", "check the tape")
    review.set_position("26-41")
    edited = Article(text="Yesterday " + article.text.replace("we will win", "we shall win"),
                     path=article.path)  # fmt: skip
    again = ReviewLog(db).for_article(edited)
    assert again.carried == 1
    assert again.get("8-21") is None  # its words changed: the decision does not carry
    moved = again.get("37-52")  # "never give up" moved by the eleven characters added
    assert moved.note == "check the tape" and edited.text[37:52] == '"never give up"'
    assert again.position() == "37-52"
    assert ReviewLog(db).for_article(article).get("8-21").decision == "verified"  # kept


def test_version_1_review_data_is_migrated(tmp_path, article):
    from onrecord.review.schema import MIGRATIONS

    db = tmp_path / "w.db"
    with sqlite3.connect(db) as conn:
        conn.executescript(MIGRATIONS[0])
        conn.execute("CREATE TABLE review_meta (name TEXT PRIMARY KEY, value TEXT)")
        conn.execute("INSERT INTO review_meta VALUES ('schema_version', '1')")
        conn.execute(
            "INSERT INTO review_articles VALUES (?, ?, 'A', NULL, '2026-01-01T00:00:00+00:00')",
            (article.content_hash, str(Path(article.path).resolve())),
        )
        conn.execute(
            "INSERT INTO review_decisions VALUES (?, ?, '8-21', 'flagged', NULL, NULL, 'old', "
            "'2026-01-01T00:00:00+00:00')",
            (article.content_hash, str(Path(article.path).resolve())),
        )
    review = ReviewLog(db).for_article(article)
    assert review.get("8-21").decided_by == "login:old"  # then, an OS login name (version 6)
    assert review.sources() == []
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT value FROM review_meta").fetchone() == (str(len(MIGRATIONS)),)


def test_attached_sources_survive_reopen_and_edits_of_the_article(tmp_path, article):
    db = tmp_path / "work.db"
    statement, transcript = tmp_path / "statement.txt", tmp_path / "transcript.pdf"
    with ReviewLog(db) as log:
        review = log.for_article(article)
        review.add_source(str(statement))
        review.add_source(str(transcript))
        review.add_source(str(statement))  # attached twice: listed once
    edited = Article(text=article.text + " He left.", title="A", path=article.path)
    with ReviewLog(db) as log:
        assert log.for_article(article).sources() == [str(statement), str(transcript)]
        review = log.for_article(edited)  # the same file, edited: its sources stay
        assert review.sources() == [str(statement), str(transcript)]
        review.clear_sources()
        assert log.for_article(article).sources() == []


def test_a_pasted_texts_sources_belong_to_that_text(tmp_path):
    with ReviewLog(tmp_path / "work.db") as log:
        pasted = log.for_article(Article(text='She said "yes".', title="P"))
        pasted.add_source(str(tmp_path / "s.txt"))
        assert log.for_article(Article(text='She said "yes".', title="P")).sources()
        assert log.for_article(Article(text='She said "no".', title="P")).sources() == []


def test_said_by_is_kept_beside_the_credit_and_follows_an_edit(tmp_path, article):
    db = tmp_path / "w.db"
    review = ReviewLog(db).for_article(article)
    review.set_said_by("26-41", "  Lim Eul-chul ")
    got = ReviewLog(db).for_article(article).get("26-41")
    assert (got.said_by, got.speaker_override, got.decision) == ("Lim Eul-chul", None, None)
    edited = Article(text="Now " + article.text, path=article.path)
    assert ReviewLog(db).for_article(edited).get("30-45").said_by == "Lim Eul-chul"
    review.set_said_by("26-41", None)  # nothing else was decided: the quote has no row
    assert review.get("26-41") is None
