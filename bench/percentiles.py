"""Percentiles of the bench scripts' timings: one definition, one way of printing them."""

from __future__ import annotations

import numpy as np


def pct(values, q: float) -> float:
    """The q-th percentile (linear interpolation; q=50 is the median), NaN when empty."""
    values = list(values)
    return float(np.percentile(values, q)) if values else float("nan")


def spread(values, unit: str = "ms") -> str:
    """'p50 X ms, p95 Y ms' of `values`."""
    return f"p50 {pct(values, 50):.1f} {unit}, p95 {pct(values, 95):.1f} {unit}"
