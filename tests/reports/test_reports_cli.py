"""`onrecord report` and `onrecord review` on the seed article, end to end."""

import csv
import io
import json
from pathlib import Path

import jsonschema
import pytest
from pypdf import PdfReader

from onrecord.articles import read_article
from onrecord.cli.main import main
from onrecord.review import ReviewLog
from onrecord.store.normalize import fold

ROOT = Path(__file__).resolve().parents[2]
SEED = str(ROOT / "seeds" / "2025-07-13_kim-jong-un-lavrov-wonsan-meeting.txt")
ALTERED = str(ROOT / "tests" / "fixtures" / "seed-source-altered.txt")
SCHEMA = json.loads((ROOT / "docs" / "report.schema.json").read_text())
YANG = "They likely discussed"


@pytest.fixture
def reviewed(tmp_path, seed_extraction):
    """A workspace where the editor flagged Yang's second quote and wrote a note."""
    db = tmp_path / "work.db"
    yang = next(q for q in seed_extraction.quotes if q.text.startswith(YANG))
    review = ReviewLog(db).for_article(read_article(SEED))
    review.set_decision(yang.key, "flagged", by="ana")
    review.set_note(yang.key, "6,000 troops: confirm with the desk", by="ana")
    return db, yang


@pytest.mark.slow
def test_report_json_with_decisions_and_sources(reviewed, capsys):
    db, yang = reviewed
    assert main(["report", SEED, "--store", str(db), "--format", "json", "--source", ALTERED]) == 0
    data = json.loads(capsys.readouterr().out)
    jsonschema.validate(data, SCHEMA)
    row = next(q for q in data["quotes"] if q["key"] == yang.key)
    assert (row["decision"], row["note"], row["decided_by"]) == (
        "flagged",
        "6,000 troops: confirm with the desk",
        "ana",
    )
    assert row["source"]["verdict"] == "drift"
    assert data["summary"]["source_verdicts"]["drift"] == 3


@pytest.mark.slow
def test_report_uses_the_sources_attached_in_the_review(reviewed, tmp_path, capsys):
    db, _ = reviewed
    gone = tmp_path / "moved-away.txt"
    review = ReviewLog(db).for_article(read_article(SEED))
    review.add_source(ALTERED)
    review.add_source(str(gone))
    assert main(["report", SEED, "--store", str(db), "--format", "json"]) == 0
    out = capsys.readouterr()
    data = json.loads(out.out)
    assert data["sources"] == ["seed-source-altered.txt"]
    assert data["summary"]["source_verdicts"]["drift"] == 3
    assert "moved-away.txt" in out.err and "skipped" in out.err

    # --source replaces them for this report
    assert main(["report", SEED, "--store", str(db), "--format", "json", "--source", SEED]) == 0
    assert json.loads(capsys.readouterr().out)["summary"]["source_verdicts"]["drift"] == 0


@pytest.mark.slow
def test_report_without_a_store_is_full_and_undecided(tmp_path, capsys, seed_extraction):
    missing = tmp_path / "nothing-here.db"
    assert main(["report", SEED, "--store", str(missing), "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert len(rows) == len(seed_extraction.quotes) and {r["decision"] for r in rows} == {""}
    assert not missing.exists()


@pytest.mark.slow
def test_report_pdf_file_and_errors(reviewed, tmp_path, capsys):
    db, _ = reviewed
    out = tmp_path / "r.pdf"
    assert main(["report", SEED, "--store", str(db), "--format", "pdf", "-o", str(out)]) == 0
    text = " ".join(p.extract_text() for p in PdfReader(out).pages)
    assert "confirm with the desk" in fold(text)  # fold: Qt sets "fi" as a ligature
    assert main(["report", SEED, "--store", str(db), "--format", "pdf"]) == 2
    assert "needs a file" in capsys.readouterr().err
    assert main(["report", SEED, "--source", str(tmp_path / "none.pdf")]) == 2
    assert "No such file" in capsys.readouterr().err


@pytest.mark.slow
def test_review_command_prints_the_saved_review_in_article_order(reviewed, capsys):
    db, yang = reviewed
    assert main(["review", SEED, "--store", str(db), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    starts = [q["start"] for q in data["quotes"]]
    assert starts == sorted(starts) and data["article"]["title"].startswith("North Korean leader")
    row = next(q for q in data["quotes"] if q["start"] == yang.start)
    assert row["decision"] == "flagged" and row["speaker"]["name"] == "Yang Moo-jin"
    assert row["decided_at"].endswith("+00:00")
    assert sum(q["decision"] is not None for q in data["quotes"]) == 1
    assert main(["review", SEED, "--store", str(db)]) == 0
    assert "1 of" in capsys.readouterr().out


@pytest.mark.slow
def test_report_matches_the_store_for_the_speaker_the_editor_set(tmp_path, capsys, seed_extraction):
    from onrecord.store import open_store

    db = tmp_path / "work.db"
    said = "You are the first foreign guest to visit this resort."
    store = open_store(db)
    store.add_statements(
        [(1, {"text": said, "speaker": "Sergey Lavrov", "date": "2025-07-12", "outlet": "TASS"})],
        source="test", fmt="jsonl",
    )  # fmt: skip
    store.close()
    quote = next(q for q in seed_extraction.quotes if q.text == said)

    def verdict():
        assert main(["report", SEED, "--store", str(db), "--format", "json"]) == 0
        rows = json.loads(capsys.readouterr().out)["quotes"]
        return next(r for r in rows if r["key"] == quote.key)["store"]["verdict"]

    assert verdict() == "misattributed"  # the extractor credits Kim Jong-un
    ReviewLog(db).for_article(read_article(SEED)).set_speaker(quote.key, "Sergey Lavrov")
    assert verdict() == "verbatim"
