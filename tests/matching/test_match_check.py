import json

import pytest

from onrecord.articles import read_article
from onrecord.cli.main import main
from onrecord.matching import Matcher, check_extraction, check_report
from onrecord.store import open_store
from onrecord.store.demo import SEEDS, build_demo_store

pytestmark = pytest.mark.slow
DRAFT = SEEDS / "2025-07-13_kim-jong-un-lavrov-wonsan-meeting.demo-draft.txt"


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory, extractor):
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    build_demo_store(path, extractor=extractor)
    return path


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def demo_store(request, extractor):
    """The demo store as a workspace file, then as a shared archive: the same verdicts."""
    if request.param == "sqlite":
        return request.getfixturevalue("demo_file")
    archives = request.getfixturevalue("pg_archives")
    location = archives.new()
    request.addfinalizer(lambda: archives.drop(location))
    build_demo_store(location, extractor=extractor)
    return location


def test_demo_draft_shows_every_kind_of_change(demo_store, extractor):
    lines = DRAFT.read_text(encoding="utf-8").splitlines()
    assert lines[0].strip().startswith("date 2025-07-13") and "DEMONSTRATION DRAFT" in lines[2]
    extraction = extractor.extract(read_article(DRAFT))
    store = open_store(demo_store)
    checks = {c.quote.text[:30]: c for c in check_extraction(Matcher(store), extraction)}
    store.close()
    assert checks["Russia will clearly position i"].verdict == "altered"
    assert checks["I thought it would be much bet"].verdict == "altered"
    wrong = checks["Russia’s remarks strongly sugg"]
    assert wrong.verdict == "misattributed" and wrong.quote.speaker.name == "Yang Moo-jin"
    assert wrong.matches[0].statement["speaker"] == "Lim Eul-chul"
    assert checks["Both governments want to show "].verdict == "unknown"
    assert checks["You are the first foreign gues"].verdict == "verbatim"
    assert checks["They likely discussed concrete"].verdict == "partial"


def test_demo_draft_shows_a_substantive_a_wording_and_a_minor_alteration(demo_store, extractor):
    extraction = extractor.extract(read_article(DRAFT))
    assert extraction.article.translation["from"] == "JoongAng Ilbo"  # its last line
    assert all(q.translated for q in extraction.quotes)
    store = open_store(demo_store)
    checks = {c.quote.text[:20]: c for c in check_extraction(Matcher(store), extraction)}
    store.close()
    severity = {
        text: (
            c.matches[0].alteration.severity,
            [ch.kind for ch in c.matches[0].alteration.changes],
        )
        for text, c in checks.items()
        if c.verdict == "altered"
    }
    assert severity == {
        "Russia will clearly ": ("substantive", ["hedge", "wording"]),
        "I thought it would b": ("wording", ["wording", "wording"]),
        "further intensify st": ("minor", ["article", "spelling"]),
    }
    # translated, so the reworded one is shown as a translation variant
    assert checks["I thought it would b"].matches[0].alteration.label(True) == "translation variant"


def test_check_json_extends_extract_json(demo_store, capsys):
    assert main(["check", str(DRAFT), "--store", str(demo_store), "--format", "json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["article"]["date"] == "2025-07-13"
    verdicts = {q["verdict"] for q in out["quotes"]}
    assert verdicts == {"verbatim", "altered", "partial", "misattributed", "unknown"}
    altered = next(q for q in out["quotes"] if q["verdict"] == "altered")
    best = altered["matches"][0]
    assert set(best) == {"verdict", "score", "statement", "diff", "alteration"}
    assert best["alteration"]["severity"] in ("substantive", "wording", "minor")
    assert set(best["statement"]) == {
        "id",
        "text",
        "speaker",
        "affiliation",
        "date",
        "outlet",
        "url",
    }
    assert {d["op"] for d in best["diff"]} >= {"equal"} and len(best["diff"]) > 1


def test_check_report_of_an_article_without_matches(extractor, tmp_path):
    store = open_store(tmp_path / "empty.db")
    extraction = extractor.extract(read_article(DRAFT))
    report = check_report(extraction, check_extraction(Matcher(store), extraction))
    store.close()
    assert {q["verdict"] for q in report["quotes"]} == {"unknown"}
    assert all(q["matches"] == [] for q in report["quotes"])


def test_check_judges_a_corrected_speaker_as_the_editor_named_them(
    demo_file, tmp_path, capsys, extractor
):
    import shutil

    from onrecord.review import ReviewLog

    db = tmp_path / "workspace.db"
    shutil.copy(demo_file, db)
    article = read_article(DRAFT)
    wrong = next(
        q for q in extractor.extract(article).quotes if q.text.startswith("Russia’s remarks")
    )

    def verdict():
        assert main(["check", str(DRAFT), "--store", str(db), "--format", "json"]) == 0
        quotes = json.loads(capsys.readouterr().out)["quotes"]
        return next(q["verdict"] for q in quotes if q["start"] == wrong.start)

    assert verdict() == "misattributed"
    ReviewLog(db).for_article(article).set_speaker(wrong.key, "Lim Eul-chul")
    assert verdict() == "verbatim"
