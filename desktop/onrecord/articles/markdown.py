"""Markdown articles: rendered by markdown-it (HTML disabled) and read as HTML text."""

from __future__ import annotations

from markdown_it import MarkdownIt

from onrecord.articles.html import html_to_text

_md = MarkdownIt("commonmark", {"html": False})


def markdown_to_text(source: str) -> tuple[str, str]:
    """Return (title, text): the title is the first `# heading` when there is one."""
    title, text = html_to_text(_md.render(source))
    for token in _md.parse(source):
        if token.type == "heading_open" and token.tag == "h1":
            break
    else:
        title = ""
    return title, text
