"""Quote extraction and attribution (no Qt): `Extractor().extract(article) -> Extraction`."""

from onrecord.extraction.extractor import Extractor

__all__ = ["Extractor"]
