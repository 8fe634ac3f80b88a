"""Wire formats from the strategies: title-only briefs, market tables, typo'd datelines.

``newsparse.strategies`` generates each shape and remembers where its parts went; the
headline of a brief is its whole title and no dateline is read inside it, no row of a
report or a table is a dateline, and a dateline with a keying slip in its date is read
with the right place, month and day.
"""

from __future__ import annotations

from hypothesis import given

from newsparse import parse, parse_dateline
from newsparse.strategies import (
    GeneratedBrief,
    GeneratedDateline,
    market_tables,
    title_briefs,
    typo_datelines,
)


@given(brief=title_briefs())
def test_a_title_only_brief_is_its_headline(brief: GeneratedBrief) -> None:
    article = parse(brief.text)
    assert article.headline == brief.headline
    assert article.dateline is None


@given(text=market_tables())
def test_no_row_of_a_report_or_a_table_is_a_dateline(text: str) -> None:
    assert parse_dateline(text) is None


@given(generated=typo_datelines())
def test_a_dateline_with_a_slip_in_its_date_is_read(generated: GeneratedDateline) -> None:
    text = generated.text
    d = parse_dateline(text)
    assert d is not None, text
    assert d.place == generated.place
    assert d.date == generated.date
    assert (d.month, d.day) == (generated.month, generated.day)
