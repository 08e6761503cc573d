"""Bounded fuzzing of the store importers: any file gives an import result or a StoreError."""

from __future__ import annotations

import bz2
import json

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from onrecord.errors import StoreError
from onrecord.store import open_store
from onrecord.store.importers import import_file

FUZZ = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=6,
)
FIELDS = st.sampled_from(["text", "speaker", "date", "outlet", "url", "affiliation",
                          "language", "quotation", "probas", "urls", "other"])  # fmt: skip
RECORDS = st.dictionaries(FIELDS, VALUES | st.sampled_from(["2025-07-13", "13/07/2025", "x" * 20]))
LINES = st.lists(
    st.one_of(RECORDS.map(json.dumps), VALUES.map(json.dumps), st.text(max_size=40)), max_size=12
).map("\n".join)


def _import(tmp_path, name: str, data: bytes, fmt: str | None):
    path = tmp_path / name
    path.write_bytes(data)
    store = open_store(":memory:")
    try:
        result = import_file(store, path, fmt=fmt)
    except StoreError as exc:
        assert "\n" not in str(exc)
        return
    finally:
        counted = store.conn.execute("SELECT count(*) FROM statements").fetchone()[0]
        check = store.conn.execute("PRAGMA integrity_check").fetchone()
        store.close()
    assert check == ("ok",)
    assert result.rows == result.added + result.duplicates + len(result.rejected)
    assert counted == result.added
    assert all(isinstance(reason, str) and reason for _, reason in result.rejected)


@FUZZ
@given(text=LINES, fmt=st.sampled_from(["jsonl", "quotebank", None]))
@example(text='{"quotation": "x", "probas": [["A"]]}', fmt="quotebank")
@example(text='{"quotation": "Said this", "urls": {"": null}}', fmt="quotebank")  # KeyError
@example(text='{"quotation": "Said this", "urls": 1}', fmt="quotebank")  # TypeError
@example(text='{"quotation": "Said this", "probas": [{}]}', fmt="quotebank")  # KeyError
@example(text='{"text": "…!?"}', fmt="jsonl")  # no words: the word index raised IndexError
@example(text='{"text": "A fine statement", "date": "0001-01-01"}', fmt="jsonl")
def test_jsonl_and_quotebank(tmp_path, text, fmt):
    _import(tmp_path, "in.jsonl", text.encode("utf-8", "surrogatepass"), fmt)


@FUZZ
@given(text=st.text(alphabet=st.sampled_from('ab ,;\t"\n\r=\x00é'), max_size=300))
@example(text='text,speaker\n"unclosed,Kim\n')
@example(text=";;;")  # a statement with no words: IndexError in the word index
@example(text="text\n" + "x" * 200_000)
def test_csv(tmp_path, text):
    _import(tmp_path, "in.csv", ("text,speaker,date\n" + text).encode("utf-8", "replace"), "csv")


@FUZZ
@given(data=st.binary(max_size=500))
def test_any_bytes_and_broken_bz2(tmp_path, data):
    _import(tmp_path, "in.jsonl", data, "jsonl")
    _import(tmp_path, "in.jsonl.bz2", bz2.compress(data)[: max(10, len(data) // 2)], "quotebank")
