"""A small reviewed article with store matches and a source, built without spaCy."""

import pytest

from onrecord.matching import Match
from onrecord.model import Article, Extraction, Person, Quote, Speaker
from onrecord.reports import build_report
from onrecord.review import ReviewLog
from onrecord.sources import source_from_text

TEXT = (
    "date 2025-07-13 Kim meets Lavrov\n"
    'Kim Jong-un said "we will further intensify cooperation". '
    'Lavrov said "=1+1 is our friendship". '
    'A guard said "-nothing to add". '
    'Kim added "the sea is calm".'
)


def _quote(text, kind, speaker):
    start = TEXT.index(text)
    return Quote(
        start, start + len(text), text, kind, speaker, via="KCNA" if "Kim" in speaker.name else None
    )


@pytest.fixture
def extraction(tmp_path):
    kim = Speaker("Kim Jong-un", "Kim Jong-un", affiliation="North Korean leader")
    lavrov = Speaker("Sergey Lavrov", "Lavrov", affiliation="Russian foreign minister")
    guard = Speaker("guard", "A guard", resolved=False)
    quotes = [
        _quote("we will further intensify cooperation", "direct", kim),
        _quote("=1+1 is our friendship", "direct", lavrov),
        _quote("-nothing to add", "direct", guard),
        _quote("the sea is calm", "partial", kim),
    ]
    article = Article(
        text=TEXT, title="Kim meets Lavrov", date="2025-07-13", path=str(tmp_path / "a.txt")
    )
    people = [Person("Kim Jong-un", aliases={"Kim"}, affiliation="North Korean leader")]
    return Extraction(article, quotes, people)


@pytest.fixture
def report(extraction, tmp_path):
    first, second, third, fourth = extraction.quotes
    earlier = {
        "id": 7,
        "text": "we will further strengthen cooperation",
        "speaker": "Kim Jong-un",
        "affiliation": None,
        "date": "2025-06-01",
        "outlet": "KCNA",
        "url": None,
    }
    diff = [
        {"op": "equal", "quote": "we will further", "statement": "we will further"},
        {"op": "replace", "quote": "intensify", "statement": "strengthen"},
        {"op": "equal", "quote": "cooperation", "statement": "cooperation"},
    ]
    other = dict(earlier, id=8, text="the sea is calm", speaker="Choe Son-hui", outlet="Rodong")
    matches = {
        first.key: [Match("altered", 91.0, earlier, diff)],
        fourth.key: [Match("misattributed", 100.0, other, [])],
    }
    review = ReviewLog(tmp_path / "w.db").for_article(extraction.article)
    review.set_decision(first.key, "flagged", by="ana")
    review.set_note(first.key, "=cmd|' /C calc'!A0 ask KCNA", by="ana")
    review.set_decision(second.key, "verified", by="ben")
    review.set_decision(third.key, "dismissed", by="ana")
    review.set_speaker(third.key, "Kim", by="ana")
    source = source_from_text(
        "Kim said: “We will further strengthen co-\noperation.” The sea is calm.", "kcna.txt"
    )
    return build_report(extraction, matches, review.all(), [source])
