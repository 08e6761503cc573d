"""Hypothesis: no CSV cell of a report can start a spreadsheet formula, whatever the text."""

from __future__ import annotations

import csv
import io

from hypothesis import given, settings
from hypothesis import strategies as st

from onrecord.reports import safe_cell

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
CELLS = st.text(alphabet=st.sampled_from("=+-@\t\r\n'\" ,;a1|!()"), max_size=12) | st.text()


@settings(max_examples=300, deadline=None)
@given(cells=st.lists(CELLS, min_size=1, max_size=5))
def test_no_cell_reads_back_as_a_formula(cells):
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerow([safe_cell(c) for c in cells])
    (row,) = csv.reader(io.StringIO(buf.getvalue(), newline=""))
    for original, cell in zip(cells, row, strict=True):
        assert not cell.startswith(FORMULA_START)
        assert cell in (original, "'" + original)  # nothing lost but the guard
