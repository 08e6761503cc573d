"""`onrecord store copy FROM TO`: a workspace file into the shared archive and back again,
with its people, aliases, import records (refused rows and articles read) and verdicts."""

import json

from onrecord.cli.main import main
from onrecord.matching import Matcher
from onrecord.store import open_store
from onrecord.store.importers import import_file

BRIDGE = "The harbour bridge will be finished before the winter rains arrive."
LIBRARY = "The library stays open until the exams end, and not a day longer."
FERRY = "The ferry runs every hour from May, whatever the weather does."


def _fill(path, tmp_path) -> None:
    first = tmp_path / "first.jsonl"
    first.write_text("\n".join(json.dumps(r) for r in [
        {"text": BRIDGE, "speaker": "Jane Roe", "date": "2021-03-04", "outlet": "Harbour News"},
        {"text": "", "speaker": "Jane Roe"},
        {"text": LIBRARY, "speaker": "Roe", "url": "https://example.org/l"},
    ]) + "\n")  # fmt: skip
    second = tmp_path / "second.jsonl"
    second.write_text(json.dumps({"text": FERRY, "speaker": "Tom Hale", "language": "en"}) + "\n")
    store = open_store(path)
    import_file(store, first)
    import_file(store, second)
    store.merge_speaker("Roe", "Jane Roe")
    store.add_aliases("Tom Hale", ["Thomas Hale"])
    store.add_aliases("Ada Keeper", [])  # a person with no statement yet
    store.add_statements([], "/news/archive", "articles", articles=[("c0ffee", "2024/a.txt")])
    store.close()


def _contents(location) -> dict:
    """What a copy must keep, without the ids and times of this store's own rows."""
    store = open_store(location)
    try:
        records = [
            {k: v for k, v in r.items() if k not in ("id", "made_by")} for r in store.imports()
        ]
        found = {
            q: [(m.verdict, m.score, m.statement["text"], m.statement["date"])
                for m in Matcher(store).match(q, speaker="Jane Roe")]
            for q in (BRIDGE, LIBRARY.replace("exams", "holidays"), FERRY)
        }  # fmt: skip
        people = [(p["name"], sorted(p["aliases"]), p["statements"]) for p in store.speakers()]
        texts = sorted(
            (s["text"], s["speaker"], s["date"], s["outlet"], s["url"], s["language"])
            for word in ("harbour", "library", "ferry") for s in store.search(word)
        )  # fmt: skip
        resumable = store.article_queue([("c0ffee", "2024/a.txt")]).skipped
        return {"imports": records, "verdicts": found, "people": people, "texts": texts,
                "article already imported": resumable}  # fmt: skip
    finally:
        store.close()


def test_a_workspace_goes_to_the_shared_archive_and_back(tmp_path, pg_dsn, capsys):
    private, offline = tmp_path / "private.db", tmp_path / "offline.db"
    _fill(private, tmp_path)
    original = _contents(private)
    assert original["article already imported"] == 1 and len(original["imports"]) == 3
    assert original["verdicts"][FERRY][0][0] == "misattributed"  # Tom Hale's, not Jane Roe's

    assert main(["store", "copy", str(private), pg_dsn]) == 0
    assert "3 speakers, 3 import records, 3 statements (3 new there)" in capsys.readouterr().out
    assert _contents(pg_dsn) == original
    assert main(["store", "copy", pg_dsn, str(offline)]) == 0
    assert _contents(offline) == original

    assert main(["store", "copy", str(private), pg_dsn]) == 0  # again: nothing new
    assert "3 statements (0 new there)" in capsys.readouterr().out


def test_copy_refuses_a_missing_source_and_itself(tmp_path, capsys):
    assert main(["store", "copy", str(tmp_path / "none.db"), str(tmp_path / "b.db")]) == 2
    assert "no such workspace" in capsys.readouterr().err
    assert not (tmp_path / "b.db").exists()
    open_store(tmp_path / "a.db").close()
    assert main(["store", "copy", str(tmp_path / "a.db"), str(tmp_path / "a.db")]) == 2
    assert "the same store" in capsys.readouterr().err
