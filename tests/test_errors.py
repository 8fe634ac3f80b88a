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
_SHORT = 'Talks\n\n"We are ready," Ana said.'

#: Every public function and keyword argument that takes a record, with a wrong value
#: and the words the TypeError must say.
WRONG_ARGUMENTS: list[tuple[str, Callable[[], Any], str]] = [
    ("find_quotes layout", lambda: find_quotes(_LONG, layout="x"), "layout must be a Layout"),
    ("find_quotes doubled_marks", lambda: find_quotes(_LONG, doubled_marks="yes"), "doubled_marks"),
    ("parse_dateline layout", lambda: parse_dateline(_LONG, layout=123), "layout must be a Layout"),
    (
        "find_credited_source layout",
        lambda: find_credited_source(_LONG, layout=[]),
        "layout must be a Layout",
    ),
    ("parse doubled_marks", lambda: parse(_LONG, doubled_marks=1), "doubled_marks"),
    ("attribute quotes str", lambda: attribute(_LONG, "x"), "quotes must be a sequence of Quote"),
    ("attribute quotes int", lambda: attribute(_LONG, 3), "quotes must be a sequence of Quote"),
    ("attribute quotes item", lambda: attribute(_LONG, [1]), r"quotes\[0\] must be a Quote"),
    ("attribute layout", lambda: attribute(_LONG, layout="x"), "layout must be a Layout"),
    ("attribute dateline", lambda: attribute(_LONG, dateline="x"), "dateline must be a Dateline"),
]


@pytest.mark.parametrize(
    ("call", "message"),
    [(c, m) for _, c, m in WRONG_ARGUMENTS],
    ids=[n for n, _, _ in WRONG_ARGUMENTS],
)
def test_a_wrong_argument_type_is_a_type_error_naming_it(
    call: Callable[[], Any], message: str
) -> None:
    with pytest.raises(TypeError, match=message) as caught:
        call()
    assert not isinstance(caught.value, NewsparseError)


#: Every public function that takes a layout, called with one made from another text.
LAYOUT_TAKERS: dict[str, Callable[..., Any]] = {
    "parse_dateline": parse_dateline,
    "find_credited_source": find_credited_source,
    "find_quotes": find_quotes,
    "attribute": attribute,
}


@pytest.mark.parametrize("name", sorted(LAYOUT_TAKERS))
@pytest.mark.parametrize(
    ("made_from", "used_on"),
    [(_LONG, "Short"), (_SHORT, _LONG)],
    ids=["longer text", "shorter text"],
)
def test_a_layout_from_another_text_is_a_newsparse_error(
    name: str, made_from: str, used_on: str
) -> None:
    layout = split_sections(made_from)
    with pytest.raises(NewsparseError, match="another text"):
        LAYOUT_TAKERS[name](used_on, layout=layout)


@pytest.mark.parametrize(
    ("made_from", "used_on"), [(_LONG, "Short"), (_SHORT, _LONG)], ids=["longer", "shorter"]
)
def test_quotes_from_another_text_are_a_newsparse_error(made_from: str, used_on: str) -> None:
    quotes = find_quotes(made_from)
    with pytest.raises(NewsparseError, match="another text"):
        attribute(used_on, quotes)


def test_a_dateline_from_another_text_is_a_newsparse_error() -> None:
    dateline = parse_dateline(_LONG)
    assert dateline is not None
    with pytest.raises(NewsparseError, match="another text"):
        attribute("Short", dateline=dateline)


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
