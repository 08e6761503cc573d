"""Extractions kept on disk, so that reopening an article lists its quotes without the model.

An entry is found by the article's text and the extractor's version (its own code and data,
the spaCy model and spaCy): a changed article or extractor misses. An entry that does not
read back whole and consistent with the article is ignored (and replaced), never trusted.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from dataclasses import asdict
from functools import cache
from importlib.util import find_spec
from pathlib import Path

from onrecord.model import Article, Cue, Extraction, Person, Quote, QuotedMention, Speaker

log = logging.getLogger(__name__)
KEEP = 500  # entries kept; the least recently used go first
_HERE = Path(__file__).resolve().parent


@cache
def extractor_version() -> str:
    """A digest of what decides an extraction: this package's files, the model's meta.json
    and spaCy's version file (read, not imported: the model need not be loaded)."""
    from onrecord.extraction.pipeline import MODEL_PACKAGES

    digest = hashlib.sha256()
    files = sorted(p for p in _HERE.iterdir() if p.suffix in (".py", ".txt"))
    model = next((find_spec(name) for name in MODEL_PACKAGES if find_spec(name)), None)
    for spec in (model, find_spec("spacy")):
        if spec is not None and spec.submodule_search_locations:
            folder = Path(next(iter(spec.submodule_search_locations)))
            files += [folder / "meta.json", folder / "about.py"]
    for path in files:
        if path.is_file():
            digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


class ExtractionCache:
    """JSON entries in `folder`, one per article text, read and written by any thread."""

    def __init__(self, folder: Path | str, max_chars: int):
        self.folder, self.max_chars = Path(folder), max_chars

    def _path(self, article: Article) -> Path:
        key = f"{extractor_version()}:{self.max_chars}:{article.body_start}:{article.content_hash}"
        return self.folder / f"{hashlib.sha256(key.encode()).hexdigest()[:32]}.json"

    def get(self, article: Article) -> Extraction | None:
        path = self._path(article)
        try:
            entry = json.loads(path.read_text("utf-8"))
            extraction = _restore(entry, article)
        except FileNotFoundError:
            return None
        except (OSError, ValueError, TypeError, KeyError, AttributeError) as exc:
            log.warning("ignoring the cached extraction %s: %s", path.name, exc)
            return None
        os.utime(path)  # recently used
        return extraction

    def put(self, extraction: Extraction) -> None:
        """Keep `extraction`; a cache that cannot be written is only logged."""
        path = self._path(extraction.article)
        entry = {"version": extractor_version(), **_entry(extraction)}
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            part = path.with_suffix(f".{os.getpid()}.part")
            part.write_text(json.dumps(entry, ensure_ascii=False), "utf-8")
            os.replace(part, path)  # whole or not at all
            self._prune()
        except OSError as exc:
            log.warning("could not keep the extraction in %s: %s", self.folder, exc)

    def _prune(self) -> None:
        entries = sorted(self.folder.glob("*.json"), key=lambda p: p.stat().st_mtime)
        for path in entries[:-KEEP]:
            path.unlink(missing_ok=True)


def _entry(extraction: Extraction) -> dict:
    article = extraction.article
    return {
        "content_hash": article.content_hash,
        "translation": article.translation,
        "quotes": [asdict(q) for q in extraction.quotes],
        "people": [p.to_dict() for p in extraction.people],
        "read_to": extraction.read_to,
        "entities": extraction.entities,
        "mentions": [asdict(m) for m in extraction.mentions],
    }


def _restore(entry: dict, article: Article) -> Extraction:
    """The extraction of `entry` over `article`; ValueError when it does not fit the text."""
    if entry["version"] != extractor_version() or entry["content_hash"] != article.content_hash:
        raise ValueError("made by another extractor or for another text")
    quotes = [_quote(q, article.text) for q in entry["quotes"]]
    people = [
        Person(**{**p, "aliases": set(p["aliases"]), "mentions": [tuple(m) for m in p["mentions"]]})
        for p in entry["people"]
    ]
    mentions = [QuotedMention(**m) for m in entry["mentions"]]
    for m in mentions:
        _check_span(m.start, m.end, m.text, article.text)
    read_to = entry["read_to"]
    if read_to is not None and not 0 <= read_to <= len(article.text):
        raise ValueError("reading stops outside the text")
    article.translation = entry["translation"]
    return Extraction(article, quotes, people, read_to, list(entry["entities"]), mentions)


def _quote(d: dict, text: str) -> Quote:
    _check_span(d["start"], d["end"], d["text"], text)
    speaker = Speaker(**d["speaker"]) if d["speaker"] is not None else None
    cue = Cue(**d["cue"]) if d["cue"] is not None else None
    evidence = tuple(d["evidence"]) if d["evidence"] is not None else None
    return Quote(**{**d, "speaker": speaker, "cue": cue, "evidence": evidence})


def _check_span(start, end, words, text: str) -> None:
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start <= end <= len(text)):
        raise ValueError(f"span {start}-{end} outside the text")
    if text[start:end] != words:
        raise ValueError(f"span {start}-{end} does not hold its words")
