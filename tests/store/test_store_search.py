import pytest

STATEMENTS = [
    {"text": "Prices rose 5% - not 50% - in the harbour district.", "speaker": "Jane Roe"},
    {"text": "The ferry and the bridge are both NEAR completion.", "speaker": "John Doe"},
    {"text": "Her answer: no comment, for now.", "speaker": "Jane Roe"},
    {"text": "We don't discuss the talks*, said the mayor.", "speaker": "Kim Jong Un"},
]


@pytest.mark.parametrize(
    "query, expected",
    [
        ('"harbour district', 0),  # unbalanced quote
        ("5% - not 50%", 0),  # a minus is not NOT
        ("ferry AND bridge NEAR", 1),  # operators are words
        ("answer: no comment", 2),  # no column filter
        ("talks*", 3),  # no prefix query
        ("don't discuss", 3),
    ],
)
def test_search_text_is_taken_literally(fill, store, query, expected):
    fill(*STATEMENTS)
    found = store.search(query)
    assert found and found[0]["text"] == STATEMENTS[expected]["text"]


def test_search_needs_every_word(fill, store):
    fill(*STATEMENTS)
    assert store.search("harbour ferry") == []
    assert store.search("***") == []


def test_search_by_speaker_counts_aliases(fill, store):
    fill(*STATEMENTS)
    assert [s["text"] for s in store.search("talks", speaker="Kim Jong-un")] == [
        STATEMENTS[3]["text"]
    ]
    assert store.search("talks", speaker="Jane Roe") == []
    assert store.search("talks", speaker="Nobody Known") == []


def test_full_text_index_follows_the_table_by_triggers(sqlite_store):
    store = sqlite_store
    fill = lambda *rows: store.add_statements(enumerate(rows, 1), "test", "jsonl")  # noqa: E731
    fill(*STATEMENTS)
    store.conn.execute("UPDATE statements SET text = 'Completely new words here' WHERE id = 2")
    store.conn.execute("DELETE FROM statements WHERE id = 3")
    assert store.search("ferry") == [] and store.search("comment") == []
    assert store.search("completely new")[0]["id"] == 2
    result = fill({"text": "A later import is searchable at once.", "speaker": "Jane Roe"})
    assert result.added == 1 and store.search("later import")
