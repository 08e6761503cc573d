"""The bundle's stand-in for blis.py computes what blis.py computes (the venv has the real one)."""

import importlib.util
import types
from pathlib import Path

import numpy as np
import pytest
from blis.py import gemm as blis_gemm

RUNTIME = Path(__file__).resolve().parents[2] / "packaging" / "runtime"
spec = importlib.util.spec_from_file_location("blis_gemm", RUNTIME / "blis_gemm.py")
stand_in = importlib.util.module_from_spec(spec)
spec.loader.exec_module(stand_in)


def operands(dtype, trans1, trans2):
    rng = np.random.default_rng(7)
    a = rng.standard_normal((5, 7) if not trans1 else (7, 5)).astype(dtype)
    b = rng.standard_normal((7, 3) if not trans2 else (3, 7)).astype(dtype)
    return a, b


# blis.py sizes a float64 result without its transposes (a bug of its own); thinc's are float32.
@pytest.mark.parametrize(
    ("dtype", "trans1", "trans2"),
    [
        ("float32", False, False),
        ("float32", True, False),
        ("float32", False, True),
        ("float32", True, True),
        ("float64", False, False),
    ],
)
def test_product_matches_blis(dtype, trans1, trans2):
    a, b = operands(dtype, trans1, trans2)
    want = blis_gemm(a, b, trans1=trans1, trans2=trans2)
    got = stand_in.gemm(a, b, trans1=trans1, trans2=trans2)
    assert got.dtype == want.dtype and got.shape == want.shape == (5, 3)
    np.testing.assert_allclose(got, want, rtol=1e-5)


def test_beta_zero_ignores_what_out_held():
    a, b = operands("float32", False, False)
    for alpha in (1.0, 0.5):
        want = blis_gemm(a, b, out=np.full((5, 3), np.nan, dtype="float32"), alpha=alpha, beta=0.0)
        got = stand_in.gemm(
            a, b, out=np.full((5, 3), np.nan, dtype="float32"), alpha=alpha, beta=0.0
        )
        assert not np.isnan(got).any()
        np.testing.assert_allclose(got, want, rtol=1e-5)


def test_out_alpha_and_beta_as_blis():
    a, b = operands("float32", False, False)
    start = np.full((5, 3), 2.0, dtype="float32")
    for kwargs in ({"beta": 0.0}, {"alpha": 0.5, "beta": 0.0}, {"alpha": 2.0, "beta": 3.0}, {}):
        want = blis_gemm(a, b, out=start.copy(), **kwargs)
        out = start.copy()
        got = stand_in.gemm(a, b, out=out, **kwargs)
        assert got is out  # written in place, as thinc expects
        np.testing.assert_allclose(got, want, rtol=1e-5)


def test_thinc_runs_on_the_stand_in(monkeypatch):
    """thinc's NumpyOps.gemm (what the tagger, parser and NER layers call) through the stand-in."""
    import blis
    from thinc.api import NumpyOps

    calls = []

    def spy(*args, **kwargs):
        calls.append(kwargs)
        return stand_in.gemm(*args, **kwargs)

    a, b = operands("float32", False, True)
    want = NumpyOps().gemm(a, b, trans2=True)
    monkeypatch.setattr(blis, "py", types.SimpleNamespace(gemm=spy))
    np.testing.assert_allclose(NumpyOps().gemm(a, b, trans2=True), want, rtol=1e-5)
    assert calls == [{"out": None, "trans1": False, "trans2": True, "beta": 0.0}]
