"""The article a command names, read and extracted; what the editor must know goes to stderr."""

from __future__ import annotations

import sys

from onrecord.articles import read_article
from onrecord.model import Extraction


def warn(message: str) -> None:
    print(f"onrecord: warning: {message}", file=sys.stderr)


def extract_article(path: str, extractor=None) -> Extraction:
    """Read and extract the article at `path`, telling its reader warnings and a truncation."""
    from onrecord.extraction import Extractor

    article = read_article(path)
    for warning in article.warnings:
        warn(warning)
    extraction = (extractor or Extractor()).extract(article)
    if extraction.notice:
        warn(extraction.notice)
    return extraction
