"""The bundle's `blis.py`: the one function thinc calls from it, done by numpy.

BLIS ships its kernels twice, in `blis.cy` (spaCy's parser calls it from C) and in `blis.py`
(thinc's `NumpyOps.gemm`), 17 MB each. numpy and its OpenBLAS are in the bundle anyway, so
the bundle keeps `blis.cy` and puts this module in place of `blis.py` (see onrecord.spec).
"""

from __future__ import annotations

import numpy


def gemm(A, B, out=None, trans1=False, trans2=False, alpha=1.0, beta=1.0):
    """out = alpha * op(A) @ op(B) + beta * out, as blis.py.gemm (2-D float32 or float64)."""
    a = A.T if trans1 else A
    b = B.T if trans2 else B
    if out is None:
        out = numpy.matmul(a, b)
        return out * alpha if alpha != 1.0 else out
    if beta == 0.0:  # what `out` held is not read, as in BLIS (it may be NaN)
        if alpha == 1.0:
            return numpy.matmul(a, b, out=out)
        return numpy.multiply(numpy.matmul(a, b), alpha, out=out)
    product = numpy.matmul(a, b)
    out *= beta
    out += product * alpha if alpha != 1.0 else product
    return out
