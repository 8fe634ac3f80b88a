"""The argument checks every public function makes at its boundary.

A wrong *type* is a :class:`TypeError` that names the argument and the type expected; a
record made from another text (a layout, quotes or a dateline whose spans do not fit the
text given) is a :class:`~newsparse.NewsparseError`, in every function alike. Messy
*text* is never an error.

>>> check_layout("Port Strike", "x")
Traceback (most recent call last):
  ...
TypeError: layout must be a Layout (from split_sections) or None, not str
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from newsparse.errors import NewsparseError
from newsparse.lexicon.languages import LANGUAGES
from newsparse.lexicon.marks import DOUBLED_FORMS, FORMS
from newsparse.records import Dateline, Layout, Quote
from newsparse.spans import Span

__all__ = ["check_dateline", "check_flag", "check_layout", "check_quotes"]

#: Written forms a quote's mark span may cover: every mark form, and the lossy "â€".
_MARK_FORMS = frozenset(FORMS) | frozenset(DOUBLED_FORMS) | {"â€"}


def _fits(text: str, span: Span) -> bool:
    """The span lies inside the text and cuts no word in two at either end."""
    start, end = span.start, span.end
    if end > len(text):
        return False
    cut_start = 0 < start < len(text) and text[start - 1].isalnum() and text[start].isalnum()
    cut_end = 0 < end < len(text) and text[end - 1].isalnum() and text[end].isalnum()
    return not (cut_start or cut_end)


def check_flag(value: object, name: str) -> bool | None:
    """``value`` if it is a bool or ``None``; a :class:`TypeError` otherwise."""
    if value is None or isinstance(value, bool):
        return value
    raise TypeError(f"{name} must be a bool or None, not {type(value).__name__}")


def check_lang(text: str, lang: object) -> str:
    """``lang`` if it is a language newsparse reads; for ``None``, the language of
    ``text`` (:func:`~newsparse.detect_language`).  Not a ``str``: a
    :class:`TypeError`; a code not in :data:`~newsparse.LANGUAGES`: a
    :class:`NewsparseError`."""
    if lang is None:
        from newsparse.languages import detect_language

        return detect_language(text)
    if not isinstance(lang, str):
        raise TypeError(f"lang must be a str or None, not {type(lang).__name__}")
    if lang not in LANGUAGES:
        raise NewsparseError(f"lang {lang!r} is not one newsparse reads: {', '.join(LANGUAGES)}")
    return lang


def check_layout(text: str, layout: object) -> Layout | None:
    """``layout`` if it is ``None`` or a :class:`Layout` that fits ``text``.

    A layout made from another text is a :class:`NewsparseError`: one of its
    spans reaches past the end of ``text``, or cuts a word in two, which no span
    :func:`~newsparse.split_sections` makes does.
    """
    if layout is None:
        return None
    if not isinstance(layout, Layout):
        raise TypeError(
            f"layout must be a Layout (from split_sections) or None, not {type(layout).__name__}"
        )
    spans = [*layout.header, *layout.paragraphs, *layout.subheads, *layout.trailer_parts]
    spans += [s for s in (layout.headline, layout.byline, layout.trailer) if s is not None]
    for span in spans:
        if not _fits(text, span):
            raise NewsparseError(
                f"the layout does not fit this text of {len(text)} characters "
                f"(span {span.start}..{span.end}): was it made from another text?"
            )
    return layout


def check_quotes(text: str, quotes: object) -> tuple[Quote, ...] | None:
    """``quotes`` as a tuple, if ``None`` or Quote records that fit ``text``.

    Quotes made from another text are a :class:`NewsparseError`: a span
    reaches past the end of ``text``, or a mark span does not cover a
    quotation mark.
    """
    if quotes is None:
        return None
    if isinstance(quotes, (str, bytes)) or not isinstance(quotes, Iterable):
        raise TypeError(
            "quotes must be a sequence of Quote records (from find_quotes) or None, "
            f"not {type(quotes).__name__}"
        )
    out = tuple(quotes)
    for k, quote in enumerate(out):
        if not isinstance(quote, Quote):
            raise TypeError(f"quotes[{k}] must be a Quote, not {type(quote).__name__}")
        _check_quote(text, quote)
    return out


def _check_quote(text: str, quote: Quote) -> None:
    n = len(text)
    spans = [quote.span, *quote.pieces, *quote.insertions, *quote.ellipses]
    spans += list(quote.continuation_marks)
    marks = [m for m in (quote.open_mark, quote.close_mark) if m is not None]
    if any(s.end > n for s in spans + marks) or any(
        text[m.start : m.end] not in _MARK_FORMS for m in marks
    ):
        raise NewsparseError(
            f"the quote at {quote.span.start}..{quote.span.end} does not fit this text of "
            f"{n} characters: was it made from another text?"
        )
    for child in quote.children:
        _check_quote(text, child)


def check_dateline(text: str, dateline: Any) -> Dateline | None:
    """``dateline`` if it is ``None`` or a :class:`Dateline` that fits ``text``."""
    if dateline is None:
        return None
    if not isinstance(dateline, Dateline):
        raise TypeError(
            "dateline must be a Dateline (from parse_dateline), None or 'auto', "
            f"not {type(dateline).__name__}"
        )
    spans = [dateline.span, *dateline.places]
    spans += [
        s
        for s in (dateline.place, dateline.date, dateline.agency, dateline.separator)
        if s is not None
    ]
    if not all(_fits(text, s) for s in spans):
        raise NewsparseError(
            f"the dateline at {dateline.span.start}..{dateline.span.end} does not fit this "
            f"text of {len(text)} characters: was it made from another text?"
        )
    return dateline
