"""Two `onrecord store import FOLDER` processes on one shared archive, started together as on
two machines: they share the folder's articles through the queue, none imported twice."""

import re
import subprocess
import sys

import psycopg
import pytest

from onrecord.store.demo import SEED_ARTICLE

pytestmark = pytest.mark.slow
ARTICLES = 10
ONRECORD = "import sys; from onrecord.cli.main import main; sys.exit(main(sys.argv[1:]))"


@pytest.fixture
def newsroom_archive(tmp_path):
    """The seed article as 10 stories of 10 days (each its own statements: dates differ)."""
    folder = tmp_path / "archive"
    folder.mkdir()
    seed = SEED_ARTICLE.read_text(encoding="utf-8")
    for day in range(1, ARTICLES + 1):
        story = seed.replace("2025-07-13", f"2025-06-{day:02d}")
        (folder / f"2025-06-{day:02d}.txt").write_text(story, encoding="utf-8")
    return folder


def _import(folder, dsn) -> subprocess.Popen:
    command = [sys.executable, "-c", ONRECORD, "store", "import", str(folder), "--store", dsn,
               "--jobs", "1", "--batch", "1"]  # fmt: skip
    return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_two_importers_share_one_archive_and_import_each_article_once(pg_dsn, newsroom_archive):
    importers = [_import(newsroom_archive, pg_dsn) for _ in range(2)]
    outputs = []
    for importer in importers:
        out, err = importer.communicate(timeout=300)
        assert importer.returncode == 0, err
        outputs.append(out)
    read = [int(re.search(r"(\d+) articles read", out).group(1)) for out in outputs]
    assert sum(read) == ARTICLES and min(read) > 0, outputs  # shared, nothing done twice
    assert all(", 0 already in the store," in out for out in outputs), outputs
    with psycopg.connect(pg_dsn) as conn:
        one = lambda q: conn.execute(q).fetchone()[0]  # noqa: E731
        assert one("SELECT count(*) FROM imported_articles") == ARTICLES
        assert one("SELECT count(*) FROM article_queue") == 0
        per_article = one("SELECT count(DISTINCT date) FROM statements")
        statements = one("SELECT count(*) FROM statements")
    assert per_article == ARTICLES and statements % ARTICLES == 0 and statements >= 10 * ARTICLES


def _story(folder, name: str, speaker: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.txt").write_text(
        f"{name}\n\n“The {name} ferry will run every hour from May,” said {speaker}, the master.\n"
    )


def test_an_import_claims_only_its_own_folders_articles(pg_dsn, tmp_path, extractor, monkeypatch):
    from onrecord.store import open_store
    from onrecord.store.importers import archive

    monkeypatch.setattr(archive, "_extractor", extractor)
    for name, who in (("north", "Jane Roe"), ("south", "Tom Hale")):
        _story(tmp_path / "a", name, who)
    _story(tmp_path / "b", "east", "Mia Chen")
    other = open_store(pg_dsn)  # another machine queues folder b, then stops before claiming
    found = [(archive.content_hash(p), p.name) for p in archive.article_files(tmp_path / "b")]
    other.article_queue(found)
    other.close()

    store = open_store(pg_dsn)
    result = archive.import_archive(store, tmp_path / "a")
    assert (result.articles, result.added, result.failed) == (2, 2, [])
    queued = store.conn.execute("SELECT path FROM article_queue").fetchall()
    assert queued == [("east.txt",)]  # left for an importer of folder b
    assert archive.import_archive(store, tmp_path / "b").articles == 1
    store.close()
