"""Markdown articles: rendered by markdown-it (HTML disabled) and read as HTML text."""

from __future__ import annotations

from markdown_it import MarkdownIt

from onrecord.articles.html import html_to_text

_md = MarkdownIt("commonmark", {"html": False})


def markdown_to_text(source: str) -> tuple[str, str]:
    """Return (title, text): the title is the first `# heading` when there is one."""
    tokens = _md.parse(source)  # parsed once: markdown-it is slow on long inputs
    title, text = html_to_text(_md.renderer.render(tokens, _md.options, {}))
    if not any(t.type == "heading_open" and t.tag == "h1" for t in tokens):
        title = ""
    return title, text
