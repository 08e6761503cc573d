"""Word (.docx) articles through python-docx, with a guard against zip bombs."""

from __future__ import annotations

import io
import zipfile

from onrecord.errors import ArticleError

MAX_UNPACKED = 200 * 1024 * 1024
MAX_DOCUMENT_XML = 32 * 1024 * 1024  # the text part alone; lxml holds it all in memory
MAX_RATIO = 200


def _check_zip(name: str, data: bytes) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            infos = zf.infolist()
    except (zipfile.BadZipFile, ValueError, EOFError) as exc:
        raise ArticleError(f"{name} is not a Word document (.docx is a zip archive).") from exc
    total = sum(i.file_size for i in infos)
    packed = sum(i.compress_size for i in infos) or 1
    body = next((i for i in infos if i.filename == "word/document.xml"), None)
    if body is None:
        raise ArticleError(f"{name} is a zip archive but not a Word document.")
    if total > MAX_UNPACKED or total / packed > MAX_RATIO or body.file_size > MAX_DOCUMENT_XML:
        raise ArticleError(f"{name} unpacks to {total // 2**20} MB: refused as a zip bomb.")


def docx_to_text(name: str, data: bytes) -> tuple[str, str]:
    """Return (title, text) of the .docx file `name` whose bytes are `data`."""
    _check_zip(name, data)
    import docx  # python-docx; imported here so that start-up does not pay for it

    paras: list[str] = []
    try:  # python-docx and zipfile raise many kinds on a damaged file
        document = docx.Document(io.BytesIO(data))
        title = document.core_properties.title or ""
        for p in document.paragraphs:
            line = " ".join(p.text.split())
            if not line:
                continue
            if not title and p.style is not None and p.style.name in ("Title", "Heading 1"):
                title = line
            paras.append(line)
    except Exception as exc:
        why = (str(exc).splitlines() or [type(exc).__name__])[0][:200]
        raise ArticleError(f"{name} could not be read as a Word document: {why}") from exc
    return title, "\n\n".join(paras)
