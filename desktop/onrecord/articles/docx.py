"""Word (.docx) articles through python-docx, with a guard against zip bombs."""

from __future__ import annotations

import zipfile
from pathlib import Path

from onrecord.errors import ArticleError

MAX_UNPACKED = 200 * 1024 * 1024
MAX_RATIO = 200


def _check_zip(path: Path) -> None:
    if not zipfile.is_zipfile(path):
        raise ArticleError(f"{path.name} is not a Word document (.docx is a zip archive).")
    with zipfile.ZipFile(path) as zf:
        infos = zf.infolist()
        total = sum(i.file_size for i in infos)
        packed = sum(i.compress_size for i in infos) or 1
        if total > MAX_UNPACKED or total / packed > MAX_RATIO:
            raise ArticleError(f"{path.name} unpacks to {total // 2**20} MB: refused as a zip bomb.")
        if "word/document.xml" not in {i.filename for i in infos}:
            raise ArticleError(f"{path.name} is a zip archive but not a Word document.")


def docx_to_text(path: Path) -> tuple[str, str]:
    """Return (title, text): paragraphs joined by blank lines."""
    _check_zip(path)
    import docx  # python-docx; imported here so that start-up does not pay for it

    try:
        document = docx.Document(str(path))
    except Exception as exc:  # python-docx raises many kinds on a damaged file
        raise ArticleError(f"{path.name} could not be read as a Word document: {exc}") from exc
    paras, title = [], document.core_properties.title or ""
    for p in document.paragraphs:
        line = " ".join(p.text.split())
        if not line:
            continue
        if not title and p.style is not None and p.style.name in ("Title", "Heading 1"):
            title = line
        paras.append(line)
    return title, "\n\n".join(paras)
