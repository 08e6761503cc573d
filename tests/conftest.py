"""Shared fixtures. Qt must be told to draw offscreen before any QApplication exists."""

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "2025-07-13_kim-jong-un-lavrov-wonsan-meeting.txt"


@pytest.fixture(autouse=True)
def _own_config(tmp_path_factory, monkeypatch):
    """Each test reads and writes its own settings, never the desk's (onrecord.config)."""
    monkeypatch.setenv("ONRECORD_CONFIG_DIR", str(tmp_path_factory.mktemp("config")))


@pytest.fixture(scope="session")
def extractor():
    from onrecord.extraction import Extractor

    return Extractor()


@pytest.fixture(scope="session")
def seed_extraction(extractor):
    from onrecord.articles import read_article

    return extractor.extract(read_article(SEED))


@pytest.fixture
def store(tmp_path):
    from onrecord.store import open_store

    s = open_store(tmp_path / "store.db")
    yield s
    s.close()


@pytest.fixture
def fill(store):
    """Add statement dicts to the store; returns the ImportResult."""

    def add(*statements, source="test"):
        return store.add_statements(enumerate(statements, 1), source, "jsonl")

    return add
