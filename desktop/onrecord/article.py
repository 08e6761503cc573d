"""The article: its one canonical text, which the editor sees, the store records and the
reports cite, with what its file says of it. Its own module: the window shows an article
before the rest of the core's data types (`model`) are needed; and a plain class, not a
dataclass, for the same reason (importing `dataclasses` and building the class take ~5 ms
before the window's first paint).
"""

from __future__ import annotations

# How much of an article body is read for quotes (about 60,000 words), and shown: longer
# texts are read up to a paragraph end before here and flagged (`Extraction.read_to`).
MAX_ARTICLE_CHARS = 400_000


class Article:
    def __init__(
        self,
        text: str,
        title: str = "",
        date: str | None = None,  # ISO date the article gives for itself
        published: str | None = None,
        path: str | None = None,
        format: str = "text",  # text | html | markdown | docx | paste
        body_start: int = 0,  # offset where body text begins (header lines are metadata)
        warnings: list[str] | None = None,
        # {"note": the article's translation note, "from": source language or paper, or None}
        translation: dict | None = None,
    ):
        self.text, self.title, self.date, self.published = text, title, date, published
        self.path, self.format, self.body_start = path, format, body_start
        self.warnings = [] if warnings is None else warnings
        self.translation = translation

    def __eq__(self, other) -> bool:
        return type(other) is Article and vars(self) == vars(other)

    __hash__ = None  # mutable, as a dataclass's

    def __repr__(self) -> str:
        return f"Article(title={self.title!r}, path={self.path!r}, {len(self.text):,} characters)"

    @property
    def content_hash(self) -> str:
        import hashlib  # here: it loads OpenSSL (~4 ms), and the window shows an article first

        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    def to_dict(self) -> dict:
        return {
            "title": self.title,
            "date": self.date,
            "published": self.published,
            "path": self.path,
            "format": self.format,
            "body_start": self.body_start,
            "content_hash": self.content_hash,
            "warnings": list(self.warnings),
            "translation": self.translation,
        }
