"""Reading articles: files of every supported kind, and pasted text, into one `Article`."""

from onrecord.articles.reader import ARTICLE_SUFFIXES, article_from_text, read_article

__all__ = ["ARTICLE_SUFFIXES", "article_from_text", "read_article"]
