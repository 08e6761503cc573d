"""Read an article from a file or from pasted text into one canonical `Article`.

The markup readers (HTML, Markdown, Word) are imported for the first file that needs one:
the window reads a text article before its first paint, and markdown-it alone takes ~75 ms.
"""

from __future__ import annotations

from pathlib import Path

from onrecord.article import Article
from onrecord.articles.decoding import clean_text, decode
from onrecord.articles.header import first_line_title, parse_header
from onrecord.errors import ArticleError

MAX_BYTES = 64 * 1024 * 1024
# Markup parsers are slower than reading text (HTML ≤ 1 µs, Markdown ≤ 30 µs a character
# on adversarial input): these bound the time one article can take.
MAX_HTML_CHARS = 16 * 1024 * 1024
MAX_MARKDOWN_CHARS = 512 * 1024
_FORMATS = {
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".md": "markdown",
    ".markdown": "markdown",
    ".docx": "docx",
}
ARTICLE_SUFFIXES = (".txt", ".text", *_FORMATS)  # what the dialogs and folder imports offer


def _looks_like_html(text: str) -> bool:
    head = text[:2048].lstrip().lower()
    return head.startswith(("<!doctype html", "<html")) or "<body" in head


def _markup_to_text(text: str, fmt: str, warnings: list[str]) -> tuple[str, str]:
    if fmt == "html":
        if len(text) > MAX_HTML_CHARS:
            mb = MAX_HTML_CHARS // 2**20
            raise ArticleError(f"This HTML is {len(text) // 2**20} MB; up to {mb} MB is read.")
        from onrecord.articles.html import html_to_text

        return html_to_text(text)
    if len(text) > MAX_MARKDOWN_CHARS:
        warnings.append("Too long to render as Markdown: read as plain text.")
        return "", text
    from onrecord.articles.markdown import markdown_to_text

    return markdown_to_text(text)


def article_from_text(
    text: str, fmt: str = "paste", path: str | None = None, warnings: list[str] | None = None
) -> Article:
    """Build an article from text; `fmt` says how to read it (paste, text, html, markdown)."""
    warnings = list(warnings or [])
    text = clean_text(text)
    title = ""
    if fmt == "paste" and _looks_like_html(text):
        title, text = _markup_to_text(text, "html", warnings)
    elif fmt in ("html", "markdown"):
        title, text = _markup_to_text(text, fmt, warnings)
    meta, body_start = parse_header(text)
    if not text.strip():
        warnings.append("The article is empty.")
    return Article(
        text=text,
        title=meta.get("title") or title or first_line_title(text),
        date=meta.get("date"),
        published=meta.get("published"),
        path=path,
        format=fmt,
        body_start=body_start,
        warnings=warnings,
    )


def _shown(p: Path | str) -> str:
    """A path short enough for a one-line message, control characters escaped."""
    s = "".join(ch if ch.isprintable() else ascii(ch)[1:-1] for ch in str(p))
    return s if len(s) <= 120 else f"{s[:50]}…{s[-50:]}"


def _read_bytes(p: Path) -> bytes:
    if not p.exists():
        raise ArticleError(f"No such file: {_shown(p)}")
    if p.is_dir():
        raise ArticleError(f"{_shown(p)} is a folder, not an article.")
    if not p.is_file():  # a pipe or a device would block or never end
        raise ArticleError(f"{_shown(p)} is not a regular file.")
    too_big = ArticleError(
        f"{_shown(p.name)} is over {MAX_BYTES // 2**20} MB; no article is that long."
    )
    if p.stat().st_size > MAX_BYTES:
        raise too_big
    with p.open("rb") as fh:
        data = fh.read(MAX_BYTES + 1)  # a file may grow, or lie about its size (/proc)
    if len(data) > MAX_BYTES:
        raise too_big
    return data


def read_article(path: str | Path) -> Article:
    """Read an article file; raise `ArticleError` with a clear message when it cannot be read."""
    p = Path(path)
    fmt = _FORMATS.get(p.suffix.lower(), "text")
    try:
        data = _read_bytes(p)
    except PermissionError as exc:
        raise ArticleError(f"Cannot read {_shown(p)}: permission denied.") from exc
    except OSError as exc:
        raise ArticleError(f"Cannot read {_shown(p)}: {exc.strerror or exc}.") from exc
    if fmt == "docx":
        from onrecord.articles.docx import docx_to_text

        title, text = docx_to_text(_shown(p.name), data)
        article = article_from_text(text, "text", str(p))
        article.format, article.title = "docx", title or article.title
        return article
    warnings: list[str] = []
    text = decode(data, warnings)
    if fmt == "text" and _looks_like_html(text):
        fmt = "html"
    return article_from_text(text, fmt, str(p), warnings)
