"""Reviews on the shared archive: every editor's decisions in one place, with who and when;
another editor's change arrives within a second; a stale write is refused, never lost."""

import threading
import time

import pytest

from onrecord.errors import ReviewConflict
from onrecord.model import Article
from onrecord.workspace.shared_review import PgReviewLog


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "a.txt"
    text = 'He said "we will win" and "never give up".'
    path.write_text(text)
    return Article(text=text, title="A", path=str(path))


def test_decisions_notes_and_sources_are_kept_in_the_archive(pg_dsn, article, tmp_path):
    with PgReviewLog(pg_dsn) as log:
        review = log.for_article(article)
        review.set_decision("8-21", "verified", by="ana")
        review.set_note("8-21", "  checked with KCNA  ", by="ana")
        review.set_speaker("26-41", "Kim Jong-un", by="ana")
        review.set_position("26-41")
        review.add_source(str(tmp_path / "kcna.txt"))
    with PgReviewLog(pg_dsn) as log:
        review = log.for_article(article)
        first = review.get("8-21")
        assert (first.decision, first.note, first.decided_by) == (
            "verified",
            "checked with KCNA",
            "ana",
        )
        assert (
            review.get("26-41").speaker_override == "Kim Jong-un" and review.position() == "26-41"
        )
        assert review.sources() == [str(tmp_path / "kcna.txt")]
        review.set_decision("8-21", None, by="ana")
        review.set_note("8-21", None, by="ana")
        assert set(review.all()) == {"26-41"}  # a quote with nothing left has no row


def test_a_decision_made_in_one_session_reaches_the_other_within_a_second(pg_dsn, article):
    ana, ben = PgReviewLog(pg_dsn), PgReviewLog(pg_dsn)
    seen, stop, listening = [], threading.Event(), threading.Event()

    def follow():
        for change in ben.listen(stop, timeout=0.05):
            seen.append((change, time.monotonic()))
            stop.set()

    ben_review = ben.for_article(article)
    thread = threading.Thread(target=follow)
    thread.start()
    time.sleep(0.3)  # LISTEN is in place
    listening.set()
    made = time.monotonic()
    ana.for_article(article).set_decision("8-21", "flagged", by="ana")
    thread.join(5)
    assert seen, "no notice arrived"
    change, when = seen[0]
    assert change["quote_key"] == "8-21" and change["decided_by"] == "ana"
    assert when - made < 1.0
    assert ben_review.get("8-21").decision == "flagged"
    ana.close()
    ben.close()


def test_a_stale_change_is_refused_with_who_changed_it(pg_dsn, article):
    ana, ben = PgReviewLog(pg_dsn), PgReviewLog(pg_dsn)
    ana_review, ben_review = ana.for_article(article), ben.for_article(article)
    assert ana_review.all() == {} and ben_review.all() == {}  # both windows loaded the article
    ana_review.set_decision("8-21", "verified", by="ana")
    with pytest.raises(ReviewConflict, match="ana changed this quote's review") as refused:
        ben_review.set_decision("8-21", "flagged", by="ben")  # ben never saw ana's decision
    assert refused.value.by == "ana"
    assert ben_review.get("8-21").decision == "verified"  # nothing overwritten; ben now sees it
    ben_review.set_decision("8-21", "flagged", by="ben")  # ben applies his, knowingly
    assert ana_review.get("8-21").decided_by == "ben"
    ana_review.set_note("26-41", "own quote, no conflict", by="ana")
    ana.close()
    ben.close()
