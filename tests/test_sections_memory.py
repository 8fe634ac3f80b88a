"""split_sections keeps few objects alive for the cyclic garbage collector.

CPython's collector runs a young-generation pass each time the objects it
tracks (lists, class instances, tuples until a pass finds them atomic) grow by
``threshold0`` (700) since the last pass, and every one of those objects that
lives on is traversed again by the older passes.  A splitter that holds a list
or a record per line while it scans makes that work grow with the text; the
splitter keeps plain integers instead and builds the ``Span`` records once,
at the end.  The count of young passes during one call is a measure of the
tracked objects it keeps, which does not depend on the machine's speed.
"""

from __future__ import annotations

import gc
import platform

import pytest

from newsparse import split_sections

pytestmark = pytest.mark.skipif(
    platform.python_implementation() != "CPython", reason="counts CPython's collector passes"
)


@pytest.mark.parametrize(
    "piece",
    [
        "x\n\n",  # blank style: one-character paragraphs
        "    x\ny\n",  # indent style: an indented line opens each paragraph
        "A" * 101 + ".\n",  # lines style: long unwrapped lines
    ],
)
def test_scan_keeps_about_one_tracked_object_per_paragraph(
    piece: str, young_passes: list[int]
) -> None:
    n = 20_000
    text = piece * n
    split_sections("Warm Up\n\nThe patterns are compiled.")
    young_passes[:] = [0, 0, 0]
    layout = split_sections(text)
    passes = young_passes[0]
    assert len(layout.paragraphs) >= n - 2
    # The result holds one Span per paragraph; the scan itself should add
    # little more.  (Before: a _Line, a block list and a _Para per
    # paragraph, about 3.6 tracked objects each.)
    assert passes * gc.get_threshold()[0] <= 1.5 * n, young_passes
