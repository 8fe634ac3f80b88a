"""Bad arguments get clear errors; messy text never does (#6).

* ``bytes`` (also ``bytearray``, ``memoryview``) as text: :class:`TypeError` saying decode first;
* ``None`` and any other non-``str`` text: :class:`TypeError` naming the type;
* invalid configuration (a ``Span`` that ends before it starts, a negative
  offset, a layout or quotes from another text): :class:`NewsparseError`, a
  :class:`ValueError`, and nothing else.
"""

from __future__ import annotations

import pickle
from collections.abc import Callable
from typing import Any

import pytest

from newsparse import (
    NewsparseError,
    Span,
    attribute,
    find_credited_source,
    find_quotes,
    parse,
    parse_dateline,
    split_sections,
)
from newsparse.errors import check_text

#: Every public function that takes text, called as users call it.
PUBLIC: dict[str, Callable[[Any], Any]] = {
    "parse": parse,
    "split_sections": split_sections,
    "parse_dateline": parse_dateline,
    "find_credited_source": find_credited_source,
    "find_quotes": find_quotes,
    "attribute": attribute,
    "attribute(quotes=())": lambda t: attribute(t, ()),
}

NOT_TEXT = [None, 42, 4.2, ["MOSCOW -"], ("MOSCOW",), {"text": "x"}, object(), Span(0, 1)]
BYTES = [b"MOSCOW (AP) \xe2\x80\x94 He spoke.", bytearray(b"MOSCOW"), memoryview(b"MOSCOW")]


@pytest.mark.parametrize("name", sorted(PUBLIC))
@pytest.mark.parametrize("data", BYTES, ids=lambda d: type(d).__name__)
def test_bytes_get_a_type_error_that_says_decode(name: str, data: Any) -> None:
    with pytest.raises(TypeError, match=r"must be str, not \w+: decode it first"):
        PUBLIC[name](data)


@pytest.mark.parametrize("name", sorted(PUBLIC))
@pytest.mark.parametrize("value", NOT_TEXT, ids=lambda v: type(v).__name__)
def test_non_str_gets_a_type_error_naming_the_type(name: str, value: Any) -> None:
    with pytest.raises(TypeError, match=rf"must be str, not {type(value).__name__}$"):
        PUBLIC[name](value)


def test_str_subclass_is_text() -> None:
    class Text(str):
        pass

    text = Text("Quake Hits Coast\n\nLIMA - It shook.")
    assert parse(text).text == text


def test_check_text_returns_str_unchanged() -> None:
    text = "\ud800 surrogates are still text"
    assert check_text(text) is text


def test_check_text_names_the_argument() -> None:
    with pytest.raises(TypeError, match=r"^body must be str, not NoneType$"):
        check_text(None, name="body")


def test_type_error_is_not_a_newsparse_error() -> None:
    """Wrong types are programming errors, kept apart from invalid values."""
    with pytest.raises(TypeError) as caught:
        parse(None)  # type: ignore[arg-type]
    assert not isinstance(caught.value, NewsparseError)


# --------------------------------------------------------------------------- configuration


def test_newsparse_error_is_a_value_error() -> None:
    assert issubclass(NewsparseError, ValueError)


@pytest.mark.parametrize(
    ("start", "end", "message"),
    [
        (5, 2, "Span end 2 is before its start 5"),
        (-1, 3, "Span start must not be negative, got -1"),
        (0, -3, "Span end must not be negative, got -3"),
    ],
)
def test_invalid_span_raises_newsparse_error(start: int, end: int, message: str) -> None:
    with pytest.raises(NewsparseError, match=f"^{message}$"):
        Span(start, end)


def test_shift_before_the_text_raises_newsparse_error() -> None:
    with pytest.raises(NewsparseError):
        Span(2, 4).shift(-3)


def test_newsparse_error_survives_pickling() -> None:
    error = NewsparseError("Span end 2 is before its start 5")
    again = pickle.loads(pickle.dumps(error))
    assert isinstance(again, NewsparseError)
    assert str(again) == str(error)


_LONG = 'Long Headline Here\n\nMOSCOW (AP) \u2014 "We are ready," Ana Ruiz said.\n\nMore text.'


@pytest.mark.parametrize(
    "name", ["parse_dateline", "find_credited_source", "find_quotes", "attribute"]
)
def test_layout_from_another_text_is_valid_or_a_newsparse_error(name: str) -> None:
    """A layout made for a longer text points past the end of this one.

    The function may use it (its spans must then still fit this text) or reject
    it with :class:`NewsparseError`; an ``IndexError`` or the like is a bug.
    """
    from newsparse.strategies import span_violations

    layout = split_sections(_LONG)
    text = "Short"
    function = {
        "parse_dateline": parse_dateline,
        "find_credited_source": find_credited_source,
        "find_quotes": find_quotes,
        "attribute": attribute,
    }[name]
    try:
        result = function(text, layout=layout)
    except NewsparseError:
        return
    assert span_violations(result, text) == ()


def test_quotes_from_another_text_are_valid_or_a_newsparse_error() -> None:
    from newsparse.strategies import span_violations

    quotes = find_quotes(_LONG)
    text = "Short"
    try:
        result = attribute(text, quotes)
    except NewsparseError:
        return
    assert span_violations(result, text) == ()


# --------------------------------------------------------------------------- records

_RECORD_TEXT_TAKERS: dict[str, Callable[[Any], Any]] = {
    "Span.of": lambda t: Span(0, 2).of(t),
    "Span.to_dict": lambda t: Span(0, 2).to_dict(t),
    "Article(text=...)": lambda t: __import__("newsparse").Article(text=t),
}


@pytest.mark.parametrize("name", sorted(_RECORD_TEXT_TAKERS))
def test_records_reject_bytes(name: str) -> None:
    with pytest.raises(TypeError, match="decode it first"):
        _RECORD_TEXT_TAKERS[name](b"MOSCOW")


def test_strategies_without_hypothesis_say_what_to_install() -> None:
    """``newsparse.strategies`` is a test helper: without hypothesis it says how to get it."""
    import subprocess
    import sys

    code = (
        "import sys; sys.modules['hypothesis'] = None\n"
        "try:\n"
        "    import newsparse.strategies\n"
        "except ImportError as exc:\n"
        "    print(exc)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert "needs the 'hypothesis' package" in out
    assert "pip install" in out
