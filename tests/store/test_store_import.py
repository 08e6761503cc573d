import json
from pathlib import Path

import pytest

from onrecord.errors import StoreError
from onrecord.store.importers import guess_format, import_file, parse_mapping

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
QUOTEBANK = FIXTURES / "quotebank-sample.json.bz2"


def write_jsonl(path, records):
    path.write_text("\n".join(r if isinstance(r, str) else json.dumps(r) for r in records) + "\n")
    return path


def test_jsonl_with_mapping_and_rejections(tmp_path, store):
    path = write_jsonl(tmp_path / "s.jsonl", [
        {"quote": "The harbour bridge opens in spring.", "who": "Jane Roe", "date": "2021-03-04",
         "outlet": "Harbour News", "url": "https://example.org/a"},
        {"quote": "", "who": "Jane Roe"},
        {"quote": "Dates must be real dates.", "who": "John Doe", "date": "2021-02-30"},
        "{not json",
        {"quote": "x" * 20_000, "who": "John Doe"},
        {"quote": "The library stays open until the exams end.", "who": "John Doe"},
    ])  # fmt: skip
    result = import_file(store, path, mapping=parse_mapping("text=quote,speaker=who"))
    assert (result.rows, result.added, result.duplicates) == (6, 2, 0)
    reasons = dict(result.rejected)
    assert set(reasons) == {2, 3, 4, 5}
    assert reasons[2] == "no text" and "bad date" in reasons[3]
    assert "invalid JSON" in reasons[4] and "20000 characters" in reasons[5]
    record = store.imports()[0]
    assert (record["rows"], record["added"], record["rejected"]) == (6, 2, 4)
    assert [r["row"] for r in record["reasons"]] == [2, 3, 4, 5]
    first = store.search("harbour bridge")[0]
    assert (first["speaker"], first["date"], first["outlet"]) == (
        "Jane Roe",
        "2021-03-04",
        "Harbour News",
    )


def test_reimporting_the_same_file_adds_nothing(tmp_path, store):
    path = write_jsonl(tmp_path / "s.jsonl", [
        {"text": "The harbour bridge opens in spring.", "speaker": "Jane Roe", "date": "2021-03-04"},
        {"text": "The library stays open until the exams end.", "speaker": "John Doe"},
    ])  # fmt: skip
    assert import_file(store, path).added == 2
    again = import_file(store, path)
    assert (again.added, again.duplicates) == (0, 2)
    assert store.stats()["statements"] == 2


def test_csv_with_mapping_and_a_bad_row(tmp_path, store):
    path = tmp_path / "s.csv"
    path.write_text(
        "quote,who,date,outlet\n"
        '"Our town, our rules, our harbour.",Jane Roe,2020-05-06,Harbour News\n'
        ",John Doe,2020-05-07,Harbour News\n"
        '"The ferry runs hourly from May.",John Doe,2020-05-08,Harbour News,extra\n',
        encoding="utf-8",
    )
    result = import_file(store, path, mapping=parse_mapping("text=quote,speaker=who"))
    assert guess_format(path) == "csv"
    assert result.added == 1 and [n for n, _ in result.rejected] == [3, 4]
    assert store.search("harbour")[0]["text"] == "Our town, our rules, our harbour."


def test_quotebank_bz2_takes_the_most_probable_speaker(store):
    assert guess_format(QUOTEBANK) == "quotebank"
    result = import_file(store, QUOTEBANK)
    assert result.added == 3
    assert sorted(reason for _, reason in result.rejected)[0].startswith("invalid JSON")
    assert len(result.rejected) == 2  # the broken line and the empty quotation
    by_text = {s["text"][:10]: s for s in store.search("the", limit=10)}
    assert by_text["the harbou"]["speaker"] == "Jane Roe"
    assert by_text["the harbou"]["outlet"] == "example.org"
    assert by_text["the harbou"]["date"] == "2020-01-01"
    assert by_text["our librar"]["speaker"] == "John Doe"  # 0.7 beats 0.3
    assert store.search("colder January")[0]["speaker"] is None  # "None": unknown


def test_an_import_is_whole_or_absent(store):
    def rows():
        yield 1, {"text": "The first statement made it in.", "speaker": "Jane Roe"}
        raise OSError("disk went away")

    with pytest.raises(OSError):
        store.add_statements(rows(), "broken", "jsonl")
    assert store.stats()["statements"] == 0 and store.imports() == []
    assert store.search("statement") == []


def test_bad_mapping_and_unknown_format_are_clear_errors(tmp_path, store):
    with pytest.raises(StoreError, match="bad mapping"):
        parse_mapping("words=quote")
    odd = tmp_path / "notes.bin"
    odd.write_text("plainwords\n")
    with pytest.raises(StoreError, match="cannot tell the format"):
        import_file(store, odd)
    with pytest.raises(StoreError, match="no such file"):
        import_file(store, tmp_path / "missing.jsonl")


def test_fields_must_be_text_or_numbers(fill, store):
    result = fill(
        {"text": "A statement with a list for a speaker.", "speaker": ["Jane", "Roe"]},
        {"text": "A statement with a number for an outlet.", "outlet": 24},
        {"text": {"nested": "object"}},
    )
    assert result.added == 1
    assert result.rejected == [(1, "speaker is not text"), (3, "text is not text")]
    assert store.search("number outlet")[0]["outlet"] == "24"


def test_an_oversized_csv_cell_rejects_its_row_only(tmp_path, store):
    path = tmp_path / "big.csv"
    path.write_text(
        'text,speaker\n"' + "x" * 200_000 + '",Jane Roe\n"The ferry runs hourly now.",John Doe\n'
    )
    result = import_file(store, path)
    assert result.added == 1
    assert result.rejected == [(2, "unreadable CSV row: field larger than field limit (131072)")]


def test_tabs_newlines_backslashes_and_null_markers_are_stored_as_given(store):
    """The archive's COPY lines are joined unescaped when no field needs escaping: a field
    that does must still come back exactly as it was given."""
    odd = [
        {"text": "Line one\nline two\twith a tab", "speaker": "Jane\tRoe"},
        {"text": "A path C:\\New\\table and \\N inside", "outlet": "\\N"},
        {"text": "Carriage\r\nreturn said the editor", "url": "http://x.test/a\\b"},
        {"text": "A plain statement, nothing odd.", "affiliation": "Council"},
    ]
    result = store.add_statements(enumerate(odd, 1), "odd", "jsonl")
    assert result.added == 4
    stored = store.get(range(1, 5))
    for given, row in zip(odd, stored, strict=True):
        assert {k: row[k] for k in given} == given
    assert stored[1]["speaker"] is None and stored[3]["outlet"] is None
