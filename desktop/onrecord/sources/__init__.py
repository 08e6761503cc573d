"""Source documents: check each quote against the original (found, drift or absent).

sources = [read_source("statement.pdf")]
results = check_against_sources(extraction.quotes, sources, article.text)
"""

from onrecord.sources.check import (
    SOURCE_VERDICTS,
    SourceMatch,
    check_against_sources,
    check_text,
    in_context,
    split_groups,
)
from onrecord.sources.documents import (
    SourceDocument,
    read_kept_sources,
    read_source,
    source_from_text,
)

__all__ = [
    "SOURCE_VERDICTS",
    "SourceDocument",
    "SourceMatch",
    "check_against_sources",
    "check_text",
    "in_context",
    "read_kept_sources",
    "read_source",
    "source_from_text",
    "split_groups",
]
