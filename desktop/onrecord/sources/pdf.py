"""PDF sources through pypdf (pure Python, so the same in every installer), bounded like
articles: a crafted file cannot hold the reader for long nor fill the memory.

Bounds: the file's size; the pages read (the first MAX_PAGES); the page content unpacked,
all pages together (pypdf also stops any one stream at 75 MB); the text kept.
"""

from __future__ import annotations

import logging
from pathlib import Path

from onrecord.errors import ArticleError

MAX_BYTES = 64 * 1024 * 1024
MAX_PAGES = 2_000
MAX_UNPACKED = 128 * 1024 * 1024  # decompressed page content streams, all pages together
MAX_CHARS = 4_000_000  # ten times the longest article read for quotes


def read_pdf(p: Path) -> tuple[str, list[str]]:
    """(text, warnings) of the PDF at `p`; ArticleError when it cannot be read at all."""
    if p.stat().st_size > MAX_BYTES:
        raise ArticleError(f"{p.name} is over {MAX_BYTES // 2**20} MB; no source is that long.")
    from pypdf import PdfReader

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # its repair notes are not for editors
    try:
        reader = PdfReader(p)
        if reader.is_encrypted and not reader.decrypt(""):
            raise ArticleError(f"{p.name} is a password-protected PDF; remove the password first.")
        return _text(reader, p.name)
    except ArticleError:
        raise
    except Exception as exc:  # pypdf raises many kinds on a malformed or hostile file
        raise ArticleError(f"Cannot read the PDF {p.name}: {exc or type(exc).__name__}.") from exc


def _text(reader, name: str) -> tuple[str, list[str]]:
    texts, unpacked, chars, stop = [], 0, 0, None
    for number, page in enumerate(reader.pages, 1):
        if number > MAX_PAGES:
            stop = f"{name} has {len(reader.pages)} pages: only the first {MAX_PAGES} were read."
            break
        contents = page.get_contents()
        unpacked += len(contents.get_data()) if contents is not None else 0
        if unpacked > MAX_UNPACKED:
            stop = f"{name} unpacks to over {MAX_UNPACKED // 2**20} MB: read to page {number - 1}."
            break
        texts.append(page.extract_text() or "")
        chars += len(texts[-1])
        if chars > MAX_CHARS:
            stop = f"{name} is too long to read whole: read to page {number}."
            break
    text = "\n\n".join(texts)
    warnings = [stop] if stop else []
    if not text.strip():
        warnings.append(f"{name} has no text layer (a scan?); nothing to check.")
    return text, warnings
