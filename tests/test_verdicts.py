"""A verdict or decision is defined once (onrecord.verdicts): adding one there is enough for
the review log to keep it, the reports to count and word it and the window's filters to
treat it as the definition says."""

import pytest

from onrecord import verdicts
from onrecord.model import Article, Extraction, Quote
from onrecord.reports import build_report
from onrecord.reports.html import render_html
from onrecord.reports.text import render_md
from onrecord.review import ReviewLog
from onrecord.verdicts import Term
from onrecord.workspace import ReviewSession

TEXT = 'Kim said "we will win" and "the sea is calm".'


class _Match:
    def __init__(self, verdict):
        self.verdict, self.score, self.diff = verdict, 80.0, []
        self.statement = {"id": 1, "text": "we will", "speaker": "Kim", "date": None,
                          "outlet": None, "url": None, "affiliation": None}  # fmt: skip

    def to_dict(self):
        return {"verdict": self.verdict, "score": self.score, "statement": self.statement,
                "diff": self.diff}  # fmt: skip


@pytest.fixture
def extraction():
    quotes = [Quote(9, 22, '"we will win"', "direct"), Quote(27, 44, '"the sea is calm"', "direct")]
    return Extraction(Article(text=TEXT, title="T"), quotes)


def test_a_new_decision_is_kept_counted_and_worded(tmp_path, monkeypatch, extraction):
    monkeypatch.setitem(verdicts.DECISIONS, "held", Term("◆", "held", "held for legal", "amber"))
    key = extraction.quotes[0].key
    with ReviewLog(tmp_path / "w.db") as log:
        log.for_article(extraction.article).set_decision(key, "held", by="ana")
    with ReviewLog(tmp_path / "w.db") as log:
        decisions = log.for_article(extraction.article).all()
    assert decisions[key].decision == "held"
    report = build_report(extraction, {}, decisions, [])
    assert report.summary["held"] == 1 and report.summary["reviewed"] == 1
    assert "HELD FOR LEGAL" in render_html(report)
    assert "held for legal" in render_md(report)


def test_an_unknown_decision_is_refused_with_the_names_to_use(tmp_path, extraction):
    with ReviewLog(tmp_path / "w.db") as log:
        review = log.for_article(extraction.article)
        with pytest.raises(ValueError, match="verified, flagged, dismissed"):
            review.set_decision("9-22", "approved")


def test_a_new_problem_verdict_is_filtered_worded_and_exported(tmp_path, monkeypatch, extraction):
    from onrecord.reports.claimreview import claim_reviews

    reworded = Term("≠", "reworded", "reworded in translation", "amber", problem=True)
    monkeypatch.setitem(verdicts.STORE, "reworded", reworded)
    first, second = extraction.quotes
    matches = {first.key: [_Match("reworded")], second.key: [_Match("partial")]}
    review = ReviewLog(tmp_path / "w.db").for_article(extraction.article)
    session = ReviewSession(extraction, matches, review)
    assert [session.shows(q, "problems") for q in extraction.quotes] == [True, False]
    report = build_report(extraction, matches, {}, [])
    assert report.summary["store_verdicts"]["reworded"] == 1
    assert "reworded in translation" in render_md(report)
    [exported] = claim_reviews(report)
    assert exported["reviewRating"]["alternateName"].startswith("Reworded in translation")


def test_the_window_and_the_reports_name_a_quote_without_match_alike(extraction):
    from onrecord.gui.widgets.quote_cards import verdict_text

    chip = verdict_text(verdicts.NO_MATCH, None)  # the card's chip: "? not found"
    report = render_md(build_report(extraction, {}, {}, []))
    assert chip.split(" ", 1)[1] in report  # "not found", never "never seen"
