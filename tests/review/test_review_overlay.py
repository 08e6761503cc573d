"""reviewed_quotes: extracted quotes in article order with the saved decisions laid over them."""

from onrecord.model import Article, Extraction, Person, Quote, Speaker
from onrecord.review import ReviewLog, reviewed_quotes, saved_decisions

TEXT = 'Kim said "we will win". A guard added "never" and "no".'


def _extraction(path):
    kim = Speaker("Kim", "Kim", 0, 3, affiliation="leader")
    quotes = [
        Quote(38, 45, '"never"', "partial", Speaker("guard", "A guard")),
        Quote(9, 22, '"we will win"', "direct", kim, via="KCNA"),
    ]
    people = [Person("Kim Jong-un", aliases={"Kim"}, affiliation="North Korean leader")]
    return Extraction(Article(text=TEXT, path=str(path)), quotes, people)


def test_decisions_overlay_extracted_quotes_in_article_order(tmp_path):
    extraction = _extraction(tmp_path / "a.txt")
    db = tmp_path / "w.db"
    assert saved_decisions(db, extraction.article) == {}
    assert not db.exists()  # reading a review never creates the workspace
    review = ReviewLog(db).for_article(extraction.article)
    review.set_decision("38-45", "flagged", by="ana")
    review.set_note("38-45", "which guard?", by="ana")
    review.set_speaker("38-45", "Kim", by="ana")
    review.set_decision("50-54", "dismissed")  # a quote the extractor no longer finds
    rows = reviewed_quotes(extraction, saved_decisions(db, extraction.article))
    assert [r["key"] for r in rows] == ["9-22", "38-45", "50-54"]
    first, second, orphan = rows
    assert first["decision"] is None and first["via"] == "KCNA"
    assert first["speaker"]["name"] == "Kim"
    assert second["decision"] == "flagged" and second["note"] == "which guard?"
    assert second["speaker"]["name"] == "Kim Jong-un" and second["speaker_corrected"]
    assert second["speaker"]["affiliation"] == "North Korean leader"
    assert second["decided_by"] == "ana"
    assert orphan["text"] == '"no"' and orphan["kind"] is None
