import pytest

from onrecord.store import open_store


@pytest.fixture
def store(tmp_path):
    s = open_store(tmp_path / "store.db")
    yield s
    s.close()


@pytest.fixture
def fill(store):
    """Add statement dicts to the store; returns the ImportResult."""

    def add(*statements, source="test"):
        return store.add_statements(enumerate(statements, 1), source, "jsonl")

    return add
