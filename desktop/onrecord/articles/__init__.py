"""Reading articles: files of every supported kind, and pasted text, into one `Article`."""

from onrecord.articles.reader import article_from_text, read_article

__all__ = ["article_from_text", "read_article"]
