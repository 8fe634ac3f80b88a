"""Span: offsets into the original text, and the records built on it."""

from __future__ import annotations

import pickle

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse import NewsparseError, Span
from newsparse.spans import is_space, span_dict, strip_span


def test_span_text_is_a_slice_of_the_original():
    text = "\u00a0MOSCOW – Putin"
    assert Span(1, 7).of(text) == "MOSCOW"
    assert Span(1, 7).to_dict(text) == {"start": 1, "end": 7, "text": "MOSCOW"}


@pytest.mark.parametrize(("start", "end"), [(-1, 3), (0, -2), (5, 2)])
def test_invalid_span_raises_the_documented_error(start, end):
    with pytest.raises(NewsparseError):
        Span(start, end)


@pytest.mark.parametrize("offset", ["3", 3.0, True, None])
def test_an_offset_of_the_wrong_type_is_a_type_error_but_bad_data_is_not(offset):
    """The documented split: ``Span()`` takes arguments (a wrong type is a TypeError),
    ``Span.from_dict`` reads data (anything wrong is a NewsparseError)."""
    with pytest.raises(TypeError):
        Span(offset, 5)
    with pytest.raises(NewsparseError):
        Span.from_dict({"start": offset, "end": 5})


def test_span_is_frozen_hashable_ordered_and_picklable():
    a, b = Span(0, 3), Span(2, 5)
    with pytest.raises(AttributeError):
        a.start = 1  # type: ignore[misc]
    assert len({a, Span(0, 3), b}) == 2
    assert sorted([b, a]) == [a, b]
    assert pickle.loads(pickle.dumps(a)) == a


def test_overlap_and_containment():
    assert Span(0, 5).overlaps(Span(4, 9))
    assert not Span(0, 5).overlaps(Span(5, 9))
    assert Span(0, 5).contains(Span(1, 5))
    assert not Span(1, 5).contains(Span(0, 5))


def test_span_dict_of_none_is_none():
    assert span_dict(None, "abc") is None


@pytest.mark.parametrize("char", ["\u00a0", "\u2028", "\u200b", "\x02", "\x03", "\t", "\ufeff"])
def test_furniture_characters_count_as_space(char):
    assert is_space(char)


@given(st.text(), st.integers(0, 50), st.integers(0, 50))
def test_strip_span_stays_inside_and_trims_only_space(text, a, b):
    start, end = sorted((min(a, len(text)), min(b, len(text))))
    span = strip_span(text, start, end)
    assert start <= span.start <= span.end <= end
    assert all(is_space(c) for c in text[start : span.start] + text[span.end : end])
    if span.length:
        assert not is_space(text[span.start]) and not is_space(text[span.end - 1])


@given(st.integers(0, 10**6), st.integers(0, 10**6), st.integers(0, 10**6))
def test_shift_moves_both_ends(a, b, k):
    start, end = sorted((a, b))
    assert Span(start, end).shift(k) == Span(start + k, end + k)


def test_a_span_past_the_end_of_the_text_is_an_error() -> None:
    """A span made from a longer text does not quietly give what happens to be there."""
    assert Span(0, 3).of("abc") == "abc"
    with pytest.raises(NewsparseError, match="past the end of a text of 3 characters"):
        Span(0, 100).of("abc")
