"""The demo store: the seed article's own quotes, credited to their speakers and dated and
sourced as the article, so a newcomer opening the demo draft sees every verdict at work.

Built into the default workspace when it is created, whoever creates it (the window, `onrecord
check`, `onrecord store …`), and by `onrecord store demo` into any store; not committed.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from onrecord.store import open_store, paths
from onrecord.store.base import ImportResult

log = logging.getLogger(__name__)

# The source tree's seeds/, or their copy inside the installed app (packaging/onrecord.spec).
SEEDS = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parents[3])) / "seeds"
SEED_ARTICLE = SEEDS / "2025-07-13_kim-jong-un-lavrov-wonsan-meeting.txt"
# The seed is translated from the JoongAng Ilbo and edited by Korea JoongAng Daily staff.
SEED_OUTLET = "Korea JoongAng Daily"


def build_demo_store(path: str | Path, seed: Path = SEED_ARTICLE, extractor=None) -> ImportResult:
    """Add the seed article's quotes to the store at `path` (created if needed)."""
    from onrecord.articles import read_article
    from onrecord.extraction import Extractor
    from onrecord.store.importers.articles import extraction_rows, speaker_aliases

    extraction = (extractor or Extractor()).extract(read_article(seed))
    store = open_store(path)
    try:
        rows = enumerate(extraction_rows(extraction, outlet=SEED_OUTLET), 1)
        result = store.add_statements(rows, f"demo: {seed.name}", "articles")
        for name, aliases in speaker_aliases(extraction):
            store.add_aliases(name, aliases)
    finally:
        store.close()
    log.info("demo store %s: %d statements", path, result.added)
    return result


def ensure_demo_store(path: str | Path, extractor=None) -> bool:
    """Build the demo store at `path` if no store is there yet; True if it was built."""
    if Path(path).exists():
        return False
    build_demo_store(path, extractor=extractor)
    return True


def prepare_default(path: str | Path, extractor=None) -> bool:
    """Build the demo into `path` if it is the default workspace and does not exist yet (the
    caller is about to create it); True if it was built."""
    if not first_run(path):
        return False
    build_demo_store(path, extractor=extractor)
    return True


def first_run(path: str | Path) -> bool:
    """Whether `path` is the default store and does not exist yet: the app's first run.
    A store chosen by --store or $ONRECORD_STORE is never filled with the demo."""
    return Path(path) == paths.default_store_path() and not Path(path).exists()
