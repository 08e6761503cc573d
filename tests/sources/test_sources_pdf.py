"""PDF sources are bounded like articles: size, pages, unpacked content and text."""

import zlib

import pytest

from onrecord.errors import ArticleError
from onrecord.sources import pdf, read_source


def _pdf(pages: list[bytes], deflate: bool = False) -> bytes:
    """A PDF with one page per content stream in `pages` (Helvetica as /F1)."""
    n = len(pages)
    kids = " ".join(f"{3 + 2 * i} 0 R" for i in range(n)).encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, n),
    ]
    font = 3 + 2 * n
    for i, content in enumerate(pages):
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents %d 0 R"
            b" /Resources << /Font << /F1 %d 0 R >> >> >>" % (4 + 2 * i, font)
        )
        data = zlib.compress(content, 9) if deflate else content
        flt = b" /Filter /FlateDecode" if deflate else b""
        objects.append(b"<< /Length %d%s >>\nstream\n" % (len(data), flt) + data + b"\nendstream")
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def _page(text: str) -> bytes:
    return f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode("latin-1")


def test_only_the_first_pages_are_read_and_the_editor_is_told(tmp_path, monkeypatch):
    monkeypatch.setattr(pdf, "MAX_PAGES", 3)
    path = tmp_path / "long.pdf"
    path.write_bytes(_pdf([_page(f"Page number {i}") for i in range(1, 6)]))
    source = read_source(path)
    assert "Page number 3" in source.text and "Page number 4" not in source.text
    assert source.warnings == ["long.pdf has 5 pages: only the first 3 were read."]


def test_a_decompression_bomb_stops_at_the_bound(tmp_path, monkeypatch):
    monkeypatch.setattr(pdf, "MAX_UNPACKED", 2**20)
    bomb = _page("Before the bomb") + b" " * (4 * 2**20)  # 4 MB unpacked from a few kB
    path = tmp_path / "bomb.pdf"
    path.write_bytes(_pdf([_page("First page"), bomb, _page("Never read")], deflate=True))
    assert path.stat().st_size < 20_000
    source = read_source(path)
    assert "First page" in source.text and "Never read" not in source.text
    assert source.warnings[0] == "bomb.pdf unpacks to over 1 MB: read to page 1."


def test_the_text_kept_is_bounded(tmp_path, monkeypatch):
    monkeypatch.setattr(pdf, "MAX_CHARS", 30)
    path = tmp_path / "words.pdf"
    path.write_bytes(
        _pdf([_page("Twenty characters ok"), _page("And twenty more here"), _page("x")])
    )
    source = read_source(path)
    assert "And twenty more here" in source.text and source.text.count("\n\n") == 1
    assert source.warnings == ["words.pdf is too long to read whole: read to page 2."]


def test_an_oversized_file_is_refused_before_parsing(tmp_path, monkeypatch):
    monkeypatch.setattr(pdf, "MAX_BYTES", 1000)
    path = tmp_path / "huge.pdf"
    path.write_bytes(_pdf([_page("x" * 50)] * 10))
    with pytest.raises(ArticleError, match="huge.pdf is over 0 MB"):
        read_source(path)
