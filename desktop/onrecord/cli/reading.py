"""The article a command names, read and extracted; what the editor must know goes to stderr."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from onrecord.articles import read_article
from onrecord.model import Extraction
from onrecord.store.paths import ENV_VAR, is_shared, resolve_store_path
from onrecord.store.pgconn import describe


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


def workspace(store: str | None, creates: bool = True, extractor=None) -> Path | str:
    """The workspace database a command works on (a shared archive's connection string comes
    back as it is); when the command line did not name it, say on stderr which one is read,
    an archive without its password. A command that `creates` the default workspace builds
    the demo into it first, as the window does."""
    from onrecord.store.demo import first_run, prepare_default

    path = resolve_store_path(store)
    if store is None:
        named = (
            f"from ${ENV_VAR}" if os.environ.get(ENV_VAR) else "the default; --store names another"
        )
        shown = f"the shared archive {describe(path)}" if is_shared(path) else path
        print(f"onrecord: workspace {shown} ({named})", file=sys.stderr)
    if creates and first_run(path):
        print("onrecord: a new default workspace: building the demo store into it", file=sys.stderr)
        prepare_default(path, extractor)
    return path
