"""Shared fixtures. Qt must be told to draw offscreen before any QApplication exists."""

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "2025-07-13_kim-jong-un-lavrov-wonsan-meeting.txt"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def extractor():
    from onrecord.extraction import Extractor

    return Extractor()


@pytest.fixture(scope="session")
def seed_extraction(extractor):
    from onrecord.articles import read_article

    return extractor.extract(read_article(SEED))
