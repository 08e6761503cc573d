"""PDF sources are bounded like articles: size, pages, unpacked content and text."""

import pytest

from onrecord.errors import ArticleError
from onrecord.sources import pdf, read_source


def test_only_the_first_pages_are_read_and_the_editor_is_told(tmp_path, monkeypatch, make_pdf):
    monkeypatch.setattr(pdf, "MAX_PAGES", 3)
    path = tmp_path / "long.pdf"
    path.write_bytes(make_pdf([[f"Page number {i}"] for i in range(1, 6)]))
    source = read_source(path)
    assert "Page number 3" in source.text and "Page number 4" not in source.text
    assert source.warnings == ["long.pdf has 5 pages: only the first 3 were read."]


def test_a_decompression_bomb_stops_at_the_bound(tmp_path, monkeypatch, make_pdf):
    monkeypatch.setattr(pdf, "MAX_UNPACKED", 2**20)
    bomb = make_pdf.content(["Before the bomb"]) + b" " * (4 * 2**20)  # 4 MB unpacked from a few kB
    path = tmp_path / "bomb.pdf"
    path.write_bytes(make_pdf([["First page"], bomb, ["Never read"]], deflate=True))
    assert path.stat().st_size < 20_000
    source = read_source(path)
    assert "First page" in source.text and "Never read" not in source.text
    assert source.warnings[0] == "bomb.pdf unpacks to over 1 MB: read to page 1."


def test_the_text_kept_is_bounded(tmp_path, monkeypatch, make_pdf):
    monkeypatch.setattr(pdf, "MAX_CHARS", 30)
    path = tmp_path / "words.pdf"
    path.write_bytes(make_pdf([["Twenty characters ok"], ["And twenty more here"], ["x"]]))
    source = read_source(path)
    assert "And twenty more here" in source.text and source.text.count("\n\n") == 1
    assert source.warnings == ["words.pdf is too long to read whole: read to page 2."]


def test_an_oversized_file_is_refused_before_parsing(tmp_path, monkeypatch, make_pdf):
    monkeypatch.setattr(pdf, "MAX_BYTES", 1000)
    path = tmp_path / "huge.pdf"
    path.write_bytes(make_pdf([["x" * 50]] * 10))
    with pytest.raises(ArticleError, match="huge.pdf is over 0 MB"):
        read_source(path)
