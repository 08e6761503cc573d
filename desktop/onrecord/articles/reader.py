"""Read an article from a file or from pasted text into one canonical `Article`."""

from __future__ import annotations

from pathlib import Path

from onrecord.articles.decoding import clean_text, decode
from onrecord.articles.docx import docx_to_text
from onrecord.articles.header import first_line_title, parse_header
from onrecord.articles.html import html_to_text
from onrecord.articles.markdown import markdown_to_text
from onrecord.errors import ArticleError
from onrecord.model import Article

MAX_BYTES = 64 * 1024 * 1024
_FORMATS = {".html": "html", ".htm": "html", ".xhtml": "html", ".md": "markdown",
            ".markdown": "markdown", ".docx": "docx"}


def _looks_like_html(text: str) -> bool:
    head = text[:2048].lstrip().lower()
    return head.startswith(("<!doctype html", "<html")) or "<body" in head


def article_from_text(text: str, fmt: str = "paste", path: str | None = None,
                      warnings: list[str] | None = None) -> Article:
    """Build an article from text; `fmt` says how to read it (paste, text, html, markdown)."""
    warnings = list(warnings or [])
    text = clean_text(text)
    title = ""
    if fmt == "html" or (fmt == "paste" and _looks_like_html(text)):
        title, text = html_to_text(text)
    elif fmt == "markdown":
        title, text = markdown_to_text(text)
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


def read_article(path: str | Path) -> Article:
    """Read an article file; raise `ArticleError` with a clear message when it cannot be read."""
    p = Path(path)
    if not p.exists():
        raise ArticleError(f"No such file: {p}")
    if p.is_dir():
        raise ArticleError(f"{p} is a folder, not an article.")
    fmt = _FORMATS.get(p.suffix.lower(), "text")
    try:
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise ArticleError(f"{p.name} is {size // 2**20} MB; articles up to {MAX_BYTES // 2**20} MB are read.")
        if fmt == "docx":
            title, text = docx_to_text(p)
            article = article_from_text(text, "text", str(p))
            article.format, article.title = "docx", title or article.title
            return article
        data = p.read_bytes()
    except PermissionError as exc:
        raise ArticleError(f"Cannot read {p}: permission denied.") from exc
    except OSError as exc:
        raise ArticleError(f"Cannot read {p}: {exc.strerror or exc}.") from exc
    warnings: list[str] = []
    text = decode(data, warnings)
    if fmt == "text" and _looks_like_html(text):
        fmt = "html"
    return article_from_text(text, fmt, str(p), warnings)
