"""Quote extraction and attribution (no Qt): `Extractor().extract(article) -> Extraction`.

`Extractor` is imported on first use: the window starts the extraction process
(`onrecord.extraction.process`) before it paints, without the extractor's modules.
"""

__all__ = ["Extractor"]


def __getattr__(name: str):
    if name == "Extractor":
        from onrecord.extraction.extractor import Extractor

        return Extractor
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
