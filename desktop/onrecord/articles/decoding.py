"""Turning a file's bytes into text: BOMs, UTF-8, UTF-16 and a Windows-1252 fallback."""

from __future__ import annotations

import codecs
import re

from onrecord.errors import ArticleError

_BOMS = [
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
]
# Control characters that never appear in prose; many of them mean a binary file.
_BINARY_BYTES = set(range(0, 9)) | {11, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27}


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text of mostly ASCII has a NUL in every other byte."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even = sample[0::2].count(0) / (len(sample) / 2)
    odd = sample[1::2].count(0) / (len(sample) / 2)
    for share, codec in ((odd, "utf-16-le"), (even, "utf-16-be")):
        if share > 0.4:
            try:
                return data.decode(codec)
            except UnicodeDecodeError:
                return None
    return None


def looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if not sample:
        return False
    bad = sum(1 for b in sample if b in _BINARY_BYTES)
    return bad / len(sample) > 0.01


def decode(data: bytes, warnings: list[str]) -> str:
    """Decode article bytes; append a warning when the encoding had to be guessed."""
    if data and not data.strip(b"\x00"):
        raise ArticleError("The file holds only zero bytes: its text was never saved.")
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return data.decode(codec, errors="replace")
    if (text := _utf16_without_bom(data)) is not None:
        warnings.append("No byte-order mark: read as UTF-16.")
        return text
    if looks_binary(data):
        raise ArticleError("This looks like a binary file, not an article.")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        warnings.append("Not valid UTF-8: read as Windows-1252; check accented letters.")
        return data.decode("cp1252", errors="replace")


# Control characters cannot be shown and can drive a terminal: line-like ones become line
# ends, the rest go. Lone surrogates (from pasted or JSON text) cannot be stored as UTF-8.
_LINE_CONTROLS = re.compile("\r\n?|[\x0b\x0c\x85]")
_OTHER_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_SURROGATES = re.compile("[\ud800-\udfff]")


def clean_text(text: str) -> str:
    """One canonical form: Unix line ends, no control characters but tab and line end."""
    text = _OTHER_CONTROLS.sub("", _LINE_CONTROLS.sub("\n", text))
    return _SURROGATES.sub("\ufffd", text)
