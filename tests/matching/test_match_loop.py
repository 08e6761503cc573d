"""The one loop that matches an article's quotes against the store: the command line, the
window's load and its recheck after a speaker correction all go through check_extraction."""

from onrecord.matching import Matcher, check_extraction
from onrecord.model import Article, Extraction, Quote, Speaker
from onrecord.review import ReviewLog
from onrecord.workspace import ReviewSession

SAID = "We will build the bridge before the winter comes to the valley."
TEXT = f"date 2025-07-13\nKim said “{SAID}” Lee said “{SAID}”"


def _extraction() -> Extraction:
    article = Article(text=TEXT, date="2025-07-13")
    quotes = []
    for name, start in (("Lee Jae-myung", TEXT.index(SAID)), ("Kim Jong-un", TEXT.rindex(SAID))):
        speaker = Speaker(name=name, mention=name.split()[0])
        quotes.append(Quote(start, start + len(SAID), SAID, "direct", speaker))
    return Extraction(article, quotes)


def _statements(fill):
    fill(
        {"text": SAID, "speaker": "Kim Jong-un", "date": "2025-06-01"},
        {
            "text": "A bridge for a later year entirely.",
            "speaker": "Kim Jong-un",
            "date": "2026-01-01",
        },
    )


def test_progress_is_told_before_each_quote_and_cancel_stops(store, fill):
    _statements(fill)
    extraction, seen = _extraction(), []
    checks = check_extraction(Matcher(store), extraction, progress=lambda i, n: seen.append((i, n)))
    assert seen == [(0, 2), (1, 2)]
    assert [c.verdict for c in checks] == ["misattributed", "verbatim"]
    stop = check_extraction(
        Matcher(store),
        extraction,
        progress=lambda i, n: seen.append(i),
        cancelled=lambda: len(seen) > 2,
    )
    assert stop is None and len(seen) == 3  # the second quote was never matched


def test_a_correction_and_the_articles_date_count_in_the_recheck(store, fill, tmp_path):
    _statements(fill)
    extraction = _extraction()
    lee = extraction.quotes[0]
    review = ReviewLog(tmp_path / "w.db").for_article(extraction.article)
    session = ReviewSession(extraction, {}, review)
    session.set_speaker(lee.key, "Kim Jong-un")
    session.recheck(lee.key, Matcher(store))
    [best] = session.best_matches(lee.key)
    assert best.verdict == "verbatim" and best.statement["date"] == "2025-06-01"
    [check] = check_extraction(Matcher(store), extraction, {lee.key: "Kim Jong-un"}, quotes=[lee])
    assert [m.statement["id"] for m in check.matches] == [best.statement["id"]]
