"""The packaging scripts are not a package: load them from packaging/ by path."""

import importlib.util
from pathlib import Path

import pytest

PACKAGING = Path(__file__).resolve().parents[2] / "packaging"


def load_script(name: str):
    spec = importlib.util.spec_from_file_location(f"packaging_{name}", PACKAGING / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def bundle_trim():
    return load_script("bundle_trim")


@pytest.fixture(scope="session")
def make_icons():
    return load_script("make_icons")


@pytest.fixture(scope="session")
def icu_trim():
    return load_script("icu_trim")
