"""X-11: hard-wrapped copy gives whole paragraphs, one-paragraph-per-line copy one per line.

Wire copy and plain-text archives wrap lines at a fixed width inside a
paragraph and mark paragraphs in one of three ways: blank lines, an indented
first line, or nothing at all (a paragraph then ends at a line clearly
shorter than the wrap width that closes a sentence).  The texts are written
for these tests and wrapped with :func:`textwrap.wrap`.
"""

from __future__ import annotations

import textwrap
from itertools import pairwise

import pytest

from newsparse import Layout, parse, split_sections

HEADLINE = "Ferry Operator Cuts Winter Crossings"

BODY = (
    "HARWICK, Nov 3 (Reuters) - The island ferry operator Northsound Lines said on "
    "Tuesday it would run two crossings a day instead of five from December, "
    "blaming fuel costs and a shortage of deck crew.",
    "The company carried just over 410,000 passengers last year, most of them in "
    "the summer months.",
    '"We cannot sail half-empty boats through January and stay in business," chief '
    "executive Mara Lindqvist told a meeting of island councillors. "
    '"Nobody wants this."',
    "Councillors said the cuts would leave commuters and schoolchildren without a "
    "way home on weekday evenings. A council vote on a subsidy is due next month.",
    "Shares in the operator fell 3 percent.",
)


def wrapped(width: int) -> list[list[str]]:
    return [textwrap.wrap(p, width) for p in BODY]


def paragraph_lines(layout: Layout, text: str) -> list[list[str]]:
    return [[line.strip() for line in p.of(text).splitlines()] for p in layout.paragraphs]


def greedy_ends(width: int) -> None:
    """The texts suit the test: each paragraph's last line leaves room for the next word."""
    paras = wrapped(width)
    for this, nxt in pairwise(paras):
        assert len(this[-1]) + 1 + len(nxt[0].split()[0]) <= width


@pytest.mark.parametrize("width", [64, 70, 75, 80])
def test_blank_line_paragraphs_keep_their_wraps(width: int) -> None:
    paras = wrapped(width)
    text = HEADLINE + "\n\n" + "\n\n".join("\n".join(p) for p in paras)
    layout = split_sections(text)
    assert layout.style == "blank"
    assert layout.headline is not None and layout.headline.of(text) == HEADLINE
    assert paragraph_lines(layout, text) == paras


@pytest.mark.parametrize("width", [64, 70, 75, 80])
def test_indented_first_lines_open_whole_paragraphs(width: int) -> None:
    paras = wrapped(width)
    text = HEADLINE + "\n" + "\n".join("    " + "\n".join(p) for p in paras) + "\n"
    layout = split_sections(text)
    assert layout.style == "indent"
    assert paragraph_lines(layout, text) == paras


@pytest.mark.parametrize("width", [64, 70, 75, 80])
def test_no_blank_lines_no_indent_short_closing_line_ends_a_paragraph(width: int) -> None:
    greedy_ends(width)
    paras = wrapped(width)
    text = HEADLINE + "\n" + "\n".join("\n".join(p) for p in paras) + "\n"
    layout = split_sections(text)
    assert layout.style == "wrapped"
    assert layout.headline is not None and layout.headline.of(text) == HEADLINE
    assert paragraph_lines(layout, text) == paras


def test_no_blank_lines_no_indent_dateline_and_quotes_stay_whole() -> None:
    paras = wrapped(70)
    text = HEADLINE + "\n" + "\n".join("\n".join(p) for p in paras)
    article = parse(text)
    assert article.dateline is not None
    assert article.dateline.span.of(text) == "HARWICK, Nov 3 (Reuters)"
    assert len(article.paragraphs) == len(BODY)
    third = article.paragraphs[2]
    said = [q for q in article.quotes if q.kind == "direct"]
    assert [q.span.of(text)[:10] for q in said] == ["We cannot ", "Nobody wan"]
    assert all(third.contains(q.span) for q in said)
    names = {q.attribution.speaker.name.of(text) for q in said if q.attribution}
    assert names == {"Mara Lindqvist"}


def test_wrapped_sentence_end_that_left_no_room_is_not_a_paragraph_end() -> None:
    # The first line closes a sentence but the next word would not have fitted:
    # the break is a wrap, not a paragraph end.
    lines = [
        "The council met on Monday and approved the plan in full. Under the",
        "terms agreed, the operator keeps its licence until spring. Fares rise.",
        "Deckhands, engineers and stewards all voted against the proposals.",
        "Overtime payments are to be frozen for the rest of the season, then",
        "reviewed.",
        "Talks resume on Friday.",
    ]
    text = "\n".join(lines)
    layout = split_sections(text)
    assert paragraph_lines(layout, text) == [lines[:5], lines[5:]]


@pytest.mark.parametrize("width", [117, 131])
def test_blank_line_paragraphs_wrapped_wider_than_100_columns(width: int) -> None:
    body = (
        BODY[0] + " " + BODY[3] + " " + BODY[1],
        BODY[2] + " " + BODY[4] + " " + BODY[1],
    )
    paras = [textwrap.wrap(p, width) for p in body]
    # At these widths some wrapped line opens with a capital or a quote mark,
    # which one-paragraph-per-line copy would read as a new paragraph.
    assert any(not line[0].islower() for p in paras for line in p[1:])
    text = HEADLINE + "\n\n" + "\n\n".join("\n".join(p) for p in paras)
    layout = split_sections(text)
    assert paragraph_lines(layout, text) == paras


def test_one_paragraph_per_line_copy_keeps_one_paragraph_per_line() -> None:
    lines = [
        BODY[0],
        "Fuel costs doubled.",
        BODY[3] + " Some councillors want the state to step in.",
        "The operator has four ships.",
        BODY[2],
        BODY[4],
    ]
    text = HEADLINE + "\n\n" + "\n".join(lines)
    layout = split_sections(text)
    assert layout.style == "lines"
    assert paragraph_lines(layout, text) == [[line] for line in lines]


def test_one_line_paragraphs_of_similar_length_are_not_read_as_wrapped() -> None:
    lines = [
        "Ferries to the northern islands will sail twice a day from December.",
        "The operator blamed the price of fuel and a shortage of deck crew.",
        "Island councillors said they would ask the government for a subsidy.",
        "A vote on the subsidy is due at the council's next meeting in June.",
        "Shares in the operator fell by three percent in early trading there.",
    ]
    text = HEADLINE + "\n\n" + "\n\n".join(lines)
    assert paragraph_lines(split_sections(text), text) == [[line] for line in lines]


def test_one_paragraph_per_line_copy_of_short_lines() -> None:
    lines = [
        "Ferries will sail twice a day from December.",
        "The operator blamed fuel.",
        '"We cannot sail half-empty boats," the chief executive said on Monday.',
        "Councillors will vote on a subsidy next month, and unions are to meet.",
        "Shares fell.",
    ]
    text = HEADLINE + "\n\n" + "\n".join(lines)
    layout = split_sections(text)
    assert layout.style == "lines"
    assert paragraphs_of(layout, text) == lines


def test_list_items_one_per_line_are_paragraphs() -> None:
    lines = [
        "~ Ferry fares rise by a tenth in June.",
        "~ A new plant opens in the south, with 120 jobs for the region.",
        "~ The mayor cuts a ribbon.",
    ]
    text = HEADLINE + "\n\n" + "\n".join(lines) + "\n\nThat is all for today."
    assert paragraphs_of(split_sections(text), text) == [*lines, "That is all for today."]


@pytest.mark.parametrize(
    "block",
    [
        "\u201cWe will sail.\nWe will not stop.\nWe will go on,\u201d she said.\nThey cheered.",
        '"We will sail.\nWe will not stop.\nWe will keep going," she said.\nThey cheered.',
        "The first sentence closes here.\nThe second one\nruns over a line.\nThen a third.",
        "Two lines, one paragraph.\nThe second closes it.",
    ],
)
def test_short_lines_inside_a_quotation_or_a_sentence_stay_one_paragraph(block: str) -> None:
    text = HEADLINE + "\n\n" + block + "\n\nNext paragraph."
    assert paragraphs_of(split_sections(text), text) == [block, "Next paragraph."]


def paragraphs_of(layout: Layout, text: str) -> list[str]:
    return [p.of(text) for p in layout.paragraphs]


def test_no_blank_lines_no_indent_subhead_and_byline_lines_stand_alone() -> None:
    paras = wrapped(70)
    text = "\n".join(
        [
            HEADLINE,
            "By Jo Poe",
            *paras[0],
            *paras[1],
            "Councils Push Back",
            *paras[2],
            *paras[3],
        ]
    )
    layout = split_sections(text)
    assert layout.style == "wrapped"
    assert layout.byline is not None and layout.byline.of(text) == "By Jo Poe"
    assert [s.heading.of(text) for s in layout.sections if s.heading] == ["Councils Push Back"]
    assert paragraph_lines(layout, text) == paras[:4]


@pytest.mark.parametrize("brk", ["\r\n", "\r", "\u2028"])
def test_X_10_hard_wrapped_copy_with_other_line_breaks(brk: str) -> None:
    paras = wrapped(70)
    text = HEADLINE + brk + brk.join(brk.join(p) for p in paras) + brk
    layout = split_sections(text)
    assert layout.style == "wrapped"
    assert paragraph_lines(layout, text) == paras


def test_a_block_of_short_lines_is_not_wrapped_copy() -> None:
    # A contact block breaks where its writer chose, far below any wrap width:
    # the copy keeps its blank-line style.
    text = (
        "Firm Opens Plant\n\n"
        "OSLO, May 4 -- The firm opened a plant on Monday, its chief said.\n\n"
        "Media contact:\nTo Lee\npress@firm.example\n+47 555 0100\n"
    )
    layout = split_sections(text)
    assert layout.style == "blank"
    assert layout.paragraphs[0].of(text).startswith("OSLO")
