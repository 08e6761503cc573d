"""A PDF made in the test, text layer and all (Helvetica), for the source readers' tests."""

import zlib

import pytest


class PdfMaker:
    """make_pdf(pages, deflate=False) -> the bytes of a PDF with one page per entry: a list
    of text lines, or a raw content stream (bytes; `make_pdf.content(lines)` makes one)."""

    @staticmethod
    def content(lines: list[str]) -> bytes:
        shown = "".join(f"({line}) Tj 0 -16 Td " for line in lines)
        return f"BT /F1 12 Tf 72 720 Td {shown}ET".encode("latin-1")

    def __call__(self, pages: list, deflate: bool = False) -> bytes:
        n = len(pages)
        kids = " ".join(f"{3 + 2 * i} 0 R" for i in range(n)).encode()
        objects = [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, n),
        ]
        font = 3 + 2 * n
        for i, page in enumerate(pages):
            objects.append(
                b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents %d 0 R"
                b" /Resources << /Font << /F1 %d 0 R >> >> >>" % (4 + 2 * i, font)
            )
            content = page if isinstance(page, bytes) else self.content(page)
            data = zlib.compress(content, 9) if deflate else content
            flt = b" /Filter /FlateDecode" if deflate else b""
            objects.append(
                b"<< /Length %d%s >>\nstream\n" % (len(data), flt) + data + b"\nendstream"
            )
        objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
        out, offsets = bytearray(b"%PDF-1.4\n"), []
        for number, body in enumerate(objects, 1):
            offsets.append(len(out))
            out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
        xref = len(out)
        out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
        out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
        trailer = b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n"
        return bytes(out + trailer % (len(objects) + 1, xref))


@pytest.fixture
def make_pdf():
    return PdfMaker()
