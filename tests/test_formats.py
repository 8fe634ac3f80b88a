"""The wire-format table of benchmarks/formats.py, row by row: every row must read right.

Each row is a made-up line in the shape of real copy, labelled by hand: title-only
briefs, market reports and tables that are no datelines, and dateline shapes with typos,
lower-case regions, stray characters and unspaced dashes.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

_PATH = Path(__file__).resolve().parents[1] / "benchmarks" / "formats.py"
_SPEC = importlib.util.spec_from_file_location("newsparse_formats_table", _PATH)
assert _SPEC is not None and _SPEC.loader is not None
formats = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(formats)


def test_the_table_covers_every_shape_with_sixty_lines_or_more() -> None:
    shapes = {case.shape for case in formats.CASES}
    assert len(formats.CASES) >= 60
    for shape in (
        "brief",
        "market report",
        "table",
        "lower-case region",
        "month typo",
        "day typo",
        "glued split",
        "comma in date",
        "stray character",
        "unspaced em dash",
        "month without day",
        "title-case credit",
    ):
        assert shape in shapes


@pytest.mark.parametrize(
    "case", formats.CASES, ids=[f"{i}-{c.shape}" for i, c in enumerate(formats.CASES)]
)
def test_each_row_reads_right(case: object) -> None:
    assert formats.check(case) == []


def test_a_typo_read_is_a_diagnostic() -> None:
    from newsparse import parse_dateline

    text = "    SYDNEY, May 1O - Coal exports fell."
    d = parse_dateline(text)
    assert d is not None and d.day == 10
    assert [x.code for x in d.diagnostics] == ["day-typo"]
    text = "    LONDON, Mrach 3 - Talks resumed."
    d = parse_dateline(text)
    assert d is not None and (d.month, d.day) == (3, 3)
    assert [x.code for x in d.diagnostics] == ["month-typo"]
