"""Kept extractions: found again for the same text and extractor, never trusted when damaged."""

import copy
import json
import shutil
from pathlib import Path

import pytest

from onrecord.article import MAX_ARTICLE_CHARS
from onrecord.articles import article_from_text, read_article
from onrecord.extraction import cache as cache_module
from onrecord.extraction.cache import ExtractionCache, extractor_version

SEED = (
    Path(__file__).resolve().parents[2]
    / "seeds"
    / "2025-07-13_kim-jong-un-lavrov-wonsan-meeting.txt"
)


@pytest.fixture
def kept(tmp_path, seed_extraction):
    cache = ExtractionCache(tmp_path / "w.db.extractions", MAX_ARTICLE_CHARS)
    cache.put(seed_extraction)
    return cache


def entry_file(cache):
    (path,) = cache.folder.glob("*.json")
    return path


def test_a_kept_extraction_reads_back_as_it_was_made(kept, seed_extraction):
    article = read_article(SEED)  # read again, as the window does when reopening
    found = kept.get(article)
    assert found.to_dict() == seed_extraction.to_dict()  # quotes, speakers, people, mentions
    assert found.entities == seed_extraction.entities
    assert found.article is article and article.translation == seed_extraction.article.translation


def test_another_text_or_another_extractor_misses(kept, monkeypatch):
    article = read_article(SEED)
    edited = copy.copy(article)
    edited.text += "\nA late line."
    assert kept.get(edited) is None
    monkeypatch.setattr(cache_module, "extractor_version", lambda: "another")
    assert kept.get(article) is None


def test_the_version_follows_the_extractors_files(tmp_path, monkeypatch):
    folder = tmp_path / "extraction"
    shutil.copytree(cache_module._HERE, folder, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(cache_module, "_HERE", folder)
    before = extractor_version.__wrapped__()
    assert before == extractor_version()  # the same files: the same version
    (folder / "speaker_nouns.txt").write_text("spokesperson\n")
    assert extractor_version.__wrapped__() != before


@pytest.mark.parametrize(
    "damage",
    [
        lambda e: "{not json",
        lambda e: json.dumps({**e, "quotes": [{**e["quotes"][0], "start": e["quotes"][0]["start"] + 1}]}),
        lambda e: json.dumps({**e, "quotes": [{**e["quotes"][0], "end": 10**9}]}),
        lambda e: json.dumps({**e, "quotes": [{**e["quotes"][0], "speaker": "Kim"}]}),
        lambda e: json.dumps({**e, "quotes": [{**e["quotes"][0], "evil": 1}]}),
        lambda e: json.dumps({k: v for k, v in e.items() if k != "people"}),
        lambda e: json.dumps({**e, "content_hash": "0" * 64}),
        lambda e: json.dumps({**e, "mentions": [{"start": 0, "end": 5, "text": "nope!", "kind": "term"}]}),
        lambda e: json.dumps({**e, "read_to": -4}),
        lambda e: json.dumps([e]),
    ],
)  # fmt: skip
def test_a_damaged_entry_is_ignored_then_replaced(kept, seed_extraction, damage):
    path = entry_file(kept)
    path.write_text(damage(json.loads(path.read_text("utf-8"))), "utf-8")
    article = read_article(SEED)
    assert kept.get(article) is None
    assert article.translation is None  # nothing of the damaged entry was taken
    kept.put(seed_extraction)
    assert kept.get(read_article(SEED)).to_dict() == seed_extraction.to_dict()


def test_only_the_most_recently_used_entries_are_kept(tmp_path, extractor, monkeypatch):
    monkeypatch.setattr(cache_module, "KEEP", 2)
    cache = ExtractionCache(tmp_path / "cache", MAX_ARTICLE_CHARS)
    articles = [
        article_from_text(f'"We open in May," said Mayor Lind {n}.', "paste") for n in range(3)
    ]
    for article in articles:
        cache.put(extractor.extract(article))
    assert len(list(cache.folder.glob("*.json"))) == 2
    assert cache.get(articles[0]) is None and cache.get(articles[2]) is not None


def test_a_cache_that_cannot_be_written_is_not_an_error(tmp_path, seed_extraction):
    blocker = tmp_path / "file"
    blocker.write_text("")
    ExtractionCache(blocker / "cache", MAX_ARTICLE_CHARS).put(seed_extraction)  # only logged
