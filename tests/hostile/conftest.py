"""The hostile corpus (generated once per session) and a guard that turns a hang into a failure."""

from __future__ import annotations

import signal
import sys
from contextlib import contextmanager
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "fixtures" / "hostile"))
import make_corpus  # noqa: E402


class Hang(BaseException):  # not an Exception: no `except Exception` in the code may swallow it
    pass


@contextmanager
def _deadline(seconds: float):
    def expire(signum, frame):
        raise Hang(f"no answer within {seconds} s: treated as a hang")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@pytest.fixture
def deadline():
    """`with deadline(s):` fails the test when the block runs longer than s (a hang guard)."""
    return _deadline


@pytest.fixture(scope="session")
def corpus(tmp_path_factory) -> dict[str, Path]:
    return make_corpus.build(tmp_path_factory.mktemp("hostile"))
