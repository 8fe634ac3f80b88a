"""Character spans into the original text, and the helpers every module uses on them.

A :class:`Span` is a half-open ``[start, end)`` pair of Python ``str`` indices
into the text that was given to newsparse.  Records never hold copies of the
text: the words are always derived from the span.

>>> text = "MOSCOW - Putin said."
>>> span = Span(0, 6)
>>> span.of(text)
'MOSCOW'
>>> span.shift(3)
Span(start=3, end=9)
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs

from newsparse.errors import NewsparseError, check_text

__all__ = ["Span", "span_dict", "span_from", "strip_span"]

#: Characters that count as white space around paragraphs and fields.  Python's
#: ``str.isspace`` covers NBSP, U+2028/U+2029 and the C0 separators; the
#: zero-width characters and the wire control characters (STX, ETX, SOH, SYN,
#: the unit separator) are furniture, never words.
EXTRA_SPACE = frozenset("\u200b\u200c\u200d\u2060\ufeff\x01\x02\x03\x16\x1f\x7f")


def is_space(char: str) -> bool:
    """True for white space, zero-width characters and wire control characters."""
    return char.isspace() or char in EXTRA_SPACE


def _check(instance: Span, attribute: attrs.Attribute[int], value: int) -> None:
    if type(value) is not int and (not isinstance(value, int) or isinstance(value, bool)):
        raise TypeError(f"Span {attribute.name} must be int, not {type(value).__name__}")
    if value < 0:
        raise NewsparseError(f"Span {attribute.name} must not be negative, got {value}")


@attrs.frozen(slots=True, order=True)
class Span:
    """A ``[start, end)`` range of character offsets into the original text.

    >>> Span(4, 9)
    Span(start=4, end=9)

    An offset that is not an ``int`` (``bool`` included) raises :class:`TypeError`, as
    any wrong argument type does; a negative offset, or an end before the start,
    raises :class:`~newsparse.NewsparseError`.  :meth:`from_dict`, which reads data
    rather than arguments, raises :class:`~newsparse.NewsparseError` for all of these.
    """

    start: int = attrs.field(validator=_check)
    end: int = attrs.field(validator=_check)

    def __attrs_post_init__(self) -> None:
        if self.end < self.start:
            raise NewsparseError(f"Span end {self.end} is before its start {self.start}")

    def of(self, text: str) -> str:
        """The characters of ``text`` this span covers.

        >>> Span(4, 9).of("Hi, Putin.")
        'Putin'

        A span that reaches past the end of ``text`` was made from another text: a
        :class:`~newsparse.NewsparseError` (not the characters that happen to be there).
        """
        if type(text) is not str:
            check_text(text)
        if self.end > len(text):
            raise NewsparseError(
                f"Span({self.start}, {self.end}) reaches past the end of a text of "
                f"{len(text)} characters: it was made from another text"
            )
        return text[self.start : self.end]

    @property
    def length(self) -> int:
        """The number of characters covered."""
        return self.end - self.start

    def shift(self, offset: int) -> Span:
        """This span moved by ``offset`` characters."""
        return Span(self.start + offset, self.end + offset)

    def contains(self, other: Span) -> bool:
        """True when ``other`` lies inside this span (bounds included).

        >>> Span(0, 10).contains(Span(2, 10))
        True
        """
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: Span) -> bool:
        """True when the two spans share at least one character."""
        return self.start < other.end and other.start < self.end

    def to_dict(self, text: str) -> dict[str, Any]:
        """``{"start", "end", "text"}`` in plain JSON types.

        >>> Span(0, 6).to_dict("MOSCOW - ")
        {'start': 0, 'end': 6, 'text': 'MOSCOW'}
        """
        if type(text) is not str:
            check_text(text)
        return {"start": self.start, "end": self.end, "text": text[self.start : self.end]}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Span:
        """The span a :meth:`to_dict` dict describes (its ``text`` is not needed).

        >>> Span.from_dict({"start": 0, "end": 6, "text": "MOSCOW"})
        Span(start=0, end=6)

        Raises :class:`~newsparse.NewsparseError` when ``data`` is not a mapping
        with int ``start`` and ``end`` that make a span.
        """
        if not isinstance(data, Mapping):
            raise NewsparseError(f"a span must be a mapping, not {type(data).__name__}")
        try:
            return cls(data["start"], data["end"])
        except KeyError as missing:
            raise NewsparseError(f"a span needs 'start' and 'end', {missing} is missing") from None
        except TypeError as wrong:
            raise NewsparseError(str(wrong)) from None


def span_from(data: Mapping[str, Any] | None) -> Span | None:
    """:meth:`Span.from_dict`, or ``None`` for ``None``."""
    return None if data is None else Span.from_dict(data)


def span_dict(span: Span | None, text: str) -> dict[str, Any] | None:
    """:meth:`Span.to_dict`, or ``None`` for no span."""
    return None if span is None else span.to_dict(text)


def strip_span(text: str, start: int, end: int) -> Span:
    """The span ``[start, end)`` without white space or control characters at either end.

    >>> strip_span("\\u00a0 MOSCOW \\n", 0, 10)
    Span(start=2, end=8)
    """
    while start < end and is_space(text[start]):
        start += 1
    while end > start and is_space(text[end - 1]):
        end -= 1
    return Span(start, end)
