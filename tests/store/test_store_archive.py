"""Importing an archive of articles: batches, resuming by content hash, and on the shared
archive importers sharing the queue, a killed one losing nothing (two whole `store import`
processes at once: test_store_archive_shared)."""

import subprocess
import sys
import textwrap

import pytest

from onrecord.cli.main import main
from onrecord.store import open_store
from onrecord.store.importers import archive

pytestmark = pytest.mark.slow
PEOPLE = ["Jane Roe", "Ada Keeper", "Tom Hale", "Mia Chen", "Raj Patel", "Lea Voss"]


@pytest.fixture
def articles(tmp_path):
    folder = tmp_path / "archive"
    (folder / "2024").mkdir(parents=True)
    for i, name in enumerate(PEOPLE):
        (folder / "2024" / f"story-{i}.txt").write_text(
            f"Harbour story {i}\n\n“The ferry number {i} will run every hour from May,” "
            f"said {name}, the harbour master.\n"
        )
    (folder / "broken.docx").write_bytes(b"not a zip at all")
    return folder


@pytest.fixture
def in_process(monkeypatch, extractor):
    """Extraction in this process with the session's model; batches of two articles."""
    monkeypatch.setattr(archive, "_extractor", extractor)
    monkeypatch.setattr(archive, "BATCH_ARTICLES", 2)


def test_an_archive_is_imported_in_batches_and_resumed_by_content_hash(
    store, articles, in_process, monkeypatch
):
    real = archive._store_batch
    batches = []

    def crash_on_the_third(*args):
        batches.append(1)
        if len(batches) == 3:
            raise KeyboardInterrupt  # the import stops mid-way
        real(*args)

    monkeypatch.setattr(archive, "_store_batch", crash_on_the_third)
    with pytest.raises(KeyboardInterrupt):
        archive.import_archive(store, articles)
    assert store.stats()["statements"] == 4  # two batches of two articles stored, no more

    monkeypatch.setattr(archive, "_store_batch", real)
    seen = []
    result = archive.import_archive(
        store, articles, progress=lambda n, total: seen.append((n, total))
    )
    assert (result.skipped, result.articles, result.added) == (4, 3, 2)
    assert result.failed and result.failed[0].startswith("broken.docx")
    assert seen[-1] == (3, 3)
    ferry = store.search("ferry number 5 every hour")[0]
    assert ferry["speaker"] == "Lea Voss" and ferry["outlet"] == "Harbour story 5"
    again = archive.import_archive(store, articles)
    assert (again.skipped, again.articles, again.added) == (7, 0, 0)


def test_the_command_imports_a_folder_with_jobs(store_location, articles, in_process, capsys):
    args = ["store", "import", str(articles), "--store", str(store_location), "--jobs", "1"]
    assert main(args) == 0
    out = capsys.readouterr().out
    assert "7 articles read, 0 imported before, 6 statements added" in out
    assert "1 articles unreadable" in out and "broken.docx" in out


CLAIM_AND_HANG = """
import sys, time
from onrecord.store import open_store
from onrecord.store.importers.archive import article_files, content_hash
from pathlib import Path
folder = Path(sys.argv[2])
store = open_store(sys.argv[1])
items = [(content_hash(p), str(p.relative_to(folder))) for p in article_files(folder)]
with store.article_queue(items).claim(3) as claimed:
    print(len(claimed), flush=True)
    time.sleep(120)
"""


def test_importers_share_the_queue_and_a_killed_ones_claims_return(pg_dsn, articles, in_process):
    worker = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(CLAIM_AND_HANG), pg_dsn, str(articles)],
        stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert worker.stdout.readline().strip() == "3"  # it holds three articles
        store = open_store(pg_dsn)
        items = [(archive.content_hash(p), str(p.relative_to(articles)))
                 for p in archive.article_files(articles)]  # fmt: skip
        with pytest.raises(RuntimeError), store.article_queue(items).claim(10) as mine:
            assert len(mine) == 4  # the other importer's three are not offered
            raise RuntimeError("a failed batch gives its claims back")
        worker.kill()  # mid-batch: its transaction dies with it
        worker.wait()
        result = archive.import_archive(store, articles)
        assert result.articles == 7 and result.added == 6
        one = lambda q: store.conn.execute(q).fetchone()[0]  # noqa: E731
        assert one("SELECT count(*) FROM imported_articles") == 7
        assert one("SELECT count(*) FROM article_queue") == 0
        store.close()
    finally:
        worker.kill()
