"""The extraction process gives what the extractor gives here, and outlives nothing."""

from pathlib import Path

import pytest

from onrecord.articles import read_article
from onrecord.errors import OnRecordError
from onrecord.extraction.process import ExtractionProcess

SEED = (
    Path(__file__).resolve().parents[2]
    / "seeds"
    / "2025-07-13_kim-jong-un-lavrov-wonsan-meeting.txt"
)


@pytest.fixture(scope="module")
def process():
    proc = ExtractionProcess()
    yield proc
    proc.close()


def test_the_process_extracts_as_the_extractor_does(process, seed_extraction):
    process.load()
    assert process.ready()
    got = process.extract(read_article(SEED))
    assert got.to_dict() == seed_extraction.to_dict() and got.entities == seed_extraction.entities


def test_a_process_that_died_leaves_extraction_here(seed_extraction):
    proc = ExtractionProcess()
    proc.load()
    proc._process.kill()
    proc._process.join()
    assert proc.extract(read_article(SEED)).to_dict() == seed_extraction.to_dict()
    proc.close()


def test_a_closed_process_refuses_instead_of_loading_here():
    proc = ExtractionProcess()
    proc.close()
    with pytest.raises(OnRecordError, match="closed"):
        proc.extract(read_article(SEED))
    proc._process.join(10)
    assert proc.exitcode is not None
