"""`onrecord check ARTICLE --source FILE`: store and source verdicts side by side, exit codes."""

import json
from pathlib import Path

import pytest

from onrecord.cli.main import main
from onrecord.store import open_store

ROOT = Path(__file__).resolve().parents[2]
SEED = str(ROOT / "seeds" / "2025-07-13_kim-jong-un-lavrov-wonsan-meeting.txt")
ALTERED = str(ROOT / "tests" / "fixtures" / "seed-source-altered.txt")


@pytest.mark.slow
def test_check_with_sources_table_json_and_exit_codes(tmp_path, capsys, seed_extraction):
    store = str(tmp_path / "w.db")
    open_store(store).close()  # check reads an existing workspace, never makes one
    assert main(["check", SEED, "--store", store, "--source", ALTERED]) == 1
    out = capsys.readouterr().out
    assert out.splitlines()[0].split() == ["store", "source", "speaker", "quote"]
    assert out.count("drift from seed-source-altered.txt") == 3
    assert "in its [-early-] {+final+} stages" in out
    assert "  translation variant: wording “final” for “early”" in out  # the seed is translated

    assert main(["check", SEED, "--store", store, "--source", SEED, "--format", "json"]) == 0
    quotes = json.loads(capsys.readouterr().out)["quotes"]
    assert len(quotes) == len(seed_extraction.quotes)
    assert {q["source"]["verdict"] for q in quotes} == {"found"}

    assert main(["check", SEED, "--store", store, "--source", str(tmp_path / "gone.txt")]) == 2
    assert "No such file" in capsys.readouterr().err


@pytest.mark.slow
def test_a_split_quote_the_source_has_in_two_places_fails_the_check(tmp_path, capsys):
    article = tmp_path / "article.txt"
    article.write_text(
        'Kim Jong-un told Lavrov, "I thought it would be better to meet here rather than in'
        ' Pyongyang," adding, "You are the first foreign guest to visit this resort."\n'
    )
    together = tmp_path / "together.txt"
    together.write_text(
        "I thought it would be better to meet here rather than in Pyongyang. You are the"
        " first foreign guest to visit this resort.\n"
    )
    apart = tmp_path / "apart.txt"
    apart.write_text(
        "You are the first foreign guest to visit this resort. We talked for hours.\n"
        "I thought it would be better to meet here rather than in Pyongyang.\n"
    )
    store = str(tmp_path / "w.db")
    open_store(store).close()  # check reads an existing workspace, never makes one
    assert main(["check", str(article), "--store", store, "--source", str(together)]) == 0
    capsys.readouterr()
    assert main(["check", str(article), "--store", store, "--source", str(apart)]) == 1
    out = capsys.readouterr().out
    rows = [line.split()[:2] for line in out.splitlines()[2:4]]
    assert rows == [["unknown", "found"], ["unknown", "found"]]  # each part on its own
    assert "as a whole: drift" in out
