"""find_quotes keeps few objects for the cyclic garbage collector per paragraph.

A paragraph without a quotation mark needs no list of marks: the paragraphs
share one empty tuple, so the tracked objects (and the collector's work, which
grows with them) stay proportional to the marks, not to the paragraphs.
"""

from __future__ import annotations

import gc
import platform

import pytest

from newsparse import find_quotes, split_sections

pytestmark = pytest.mark.skipif(
    platform.python_implementation() != "CPython", reason="counts CPython's collector passes"
)


def test_paragraphs_without_marks_cost_no_list_each(young_passes: list[int]) -> None:
    n = 20_000
    text = "x\n\n" * n
    layout = split_sections(text)
    assert len(layout.paragraphs) >= n - 2
    find_quotes("Warm Up\n\nHe said “so”.")
    young_passes[:] = [0, 0, 0]
    assert find_quotes(text, layout=layout) == ()
    # The paragraph bounds are tuples (about two per paragraph until a pass
    # finds them atomic).  Before: two lists of marks, their tuple and a list
    # for the single marks per paragraph as well, about 6.3 objects each.
    assert young_passes[0] * gc.get_threshold()[0] <= 4 * n, young_passes


def test_marks_still_found_among_empty_paragraphs() -> None:
    text = "x\n\n" * 1000 + "He said “we are ready” today.\n\n" + "y\n\n" * 1000
    (q,) = find_quotes(text)
    assert q.span.of(text) == "we are ready"
