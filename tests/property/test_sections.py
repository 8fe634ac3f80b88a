"""Properties of split_sections on any text (hypothesis)."""

from __future__ import annotations

from itertools import pairwise

import attrs
from hypothesis import example, given
from hypothesis import strategies as st

from newsparse import Layout, Section, Span, split_sections
from newsparse.spans import is_space

#: Characters wire copy is made of, weighted towards the ones that steer the splitter.
WIRE_CHARS = st.sampled_from(
    [
        *"aZ .,:;-_*()\"“”'’#\t ",
        *("\n", "\n\n", "\r", "\r\n", "\u2028", "\u2029", "\x85", "\x0c", "\u00a0"),
        *("\u200b", "\ufeff", "\x02", "\x03", "\x16", "\x1f", "\ud800", "    "),
        *("Reuter", "REUTER", "By ", "By JANE ROE", "(Reporting by A; Editing by B)"),
        *("###", "___", "ENDS", "enditem", "LONDON - ", "Title Case Words", "ALL CAPS"),
        *("Copyright 2024", "contributed to this report.", "ABSTRACT.", "FULL TEXT."),
        *("******", "(Eds: x)"),
    ]
)
WIRE_TEXT = st.lists(WIRE_CHARS, max_size=80).map("".join)
ANY_TEXT = st.one_of(
    WIRE_TEXT,
    st.text(st.characters(codec=None, exclude_categories=()), max_size=200),
)


def all_spans(layout: Layout) -> list[Span]:
    spans = [f for f in (layout.headline, layout.byline) if f is not None]
    spans.extend(layout.header)
    for section in layout.sections:
        if section.heading is not None:
            spans.append(section.heading)
        spans.extend(section.paragraphs)
    spans.extend(layout.trailer_parts)
    return spans


def shifted(layout: Layout, mapping: dict[int, int] | int) -> Layout:
    def move(span: Span | None) -> Span | None:
        if span is None:
            return None
        if isinstance(mapping, int):
            return span.shift(mapping)
        return Span(mapping[span.start], mapping[span.end])

    def move_all(spans: tuple[Span, ...]) -> tuple[Span, ...]:
        return tuple(s for s in map(move, spans) if s is not None)

    return attrs.evolve(
        layout,
        headline=move(layout.headline),
        byline=move(layout.byline),
        header=move_all(layout.header),
        sections=tuple(Section(move(s.heading), move_all(s.paragraphs)) for s in layout.sections),
        trailer=move(layout.trailer),
        trailer_parts=move_all(layout.trailer_parts),
    )


@given(ANY_TEXT)
@example("\x02\n******TITLE\n BODY\n")
@example("x\r\n\r\ny\u2029\u2029 z")
@example("*\u200ba\na")
@example("A\n  b\nc\n\n___\n\nX reported from Y.")
# hard-wrapped lines with no blank line and no indent: style "wrapped"
@example(
    "(Reporting by A; Editing by B)\ncontributed to this report.\n"
    "Copyright 2024aaaa******(Eds: x)(Eds: x)\na"
)
def test_spans_are_valid_ordered_disjoint_and_trimmed(text: str) -> None:
    layout = split_sections(text)
    spans = all_spans(layout)
    for span in spans:
        assert 0 <= span.start < span.end <= len(text)
        assert not is_space(text[span.start]) and not is_space(text[span.end - 1])
    ordered = sorted(spans)
    for a, b in pairwise(ordered):
        assert a.end <= b.start
    if layout.trailer is not None:
        assert layout.trailer.start == layout.trailer_parts[0].start
        assert layout.trailer.end == layout.trailer_parts[-1].end
        assert len(layout.trailer_rules) == len(layout.trailer_parts)
        body = layout.paragraphs
        assert all(p.end <= layout.trailer.start for p in body)
    assert layout.style in ("blank", "indent", "lines", "wrapped")


@given(ANY_TEXT)
def test_no_word_is_lost(text: str) -> None:
    """Every non-space character lies in some span (nothing is dropped)."""
    layout = split_sections(text)
    covered = [False] * len(text)
    for span in all_spans(layout):
        for i in range(span.start, span.end):
            covered[i] = True
    # Flash marks before a headline are the one thing left out on purpose.
    head = layout.headline.start if layout.headline is not None else 0
    for i, char in enumerate(text):
        if not covered[i] and not is_space(char):
            assert i < head and char == "*", (i, char)


@given(
    st.lists(st.sampled_from(["\n", "\n\n", "\r\n", "\x02\n", "\u00a0\n", "\u2029"]), min_size=1)
    .map("".join)
    .map(lambda s: s + "\n"),
    WIRE_TEXT,
)
def test_a_blank_prefix_ending_in_a_break_shifts_every_span(prefix: str, text: str) -> None:
    assert split_sections(prefix + text) == shifted(split_sections(text), len(prefix))


@given(WIRE_TEXT.map(lambda s: s.replace("\r", "")))
def test_crlf_and_lf_give_the_same_structure(text: str) -> None:
    crlf = text.replace("\n", "\r\n")
    mapping: dict[int, int] = {}
    j = 0
    for i, char in enumerate(text):
        mapping[i] = j
        j += 2 if char == "\n" else 1
    mapping[len(text)] = j
    assert split_sections(crlf) == shifted(split_sections(text), mapping)
