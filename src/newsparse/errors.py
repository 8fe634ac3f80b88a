"""The one exception newsparse raises on purpose, and the argument checks behind it.

Messy *text* never raises: a parser that finds nothing returns ``None`` or an
empty tuple.  Only invalid *arguments* raise:

* a ``text`` argument that is not a ``str`` gets a :class:`TypeError`
  (``bytes`` with a hint to decode first);
* an invalid configuration value gets a :class:`NewsparseError`, which is a
  :class:`ValueError`.
"""

from __future__ import annotations

__all__ = ["NewsparseError", "check_text"]


class NewsparseError(ValueError):
    """An argument to a newsparse function or record is invalid.

    >>> from newsparse import Span
    >>> Span(5, 2)
    Traceback (most recent call last):
      ...
    newsparse.errors.NewsparseError: Span end 2 is before its start 5
    """


def check_text(text: object, name: str = "text") -> str:
    """Return ``text`` if it is a ``str``; raise :class:`TypeError` otherwise.

    >>> check_text("MOSCOW -")
    'MOSCOW -'
    >>> check_text(b"MOSCOW -")
    Traceback (most recent call last):
      ...
    TypeError: text must be str, not bytes: decode it first, e.g. data.decode('utf-8')
    >>> check_text(None)
    Traceback (most recent call last):
      ...
    TypeError: text must be str, not NoneType
    """
    if isinstance(text, str):
        return text
    if isinstance(text, (bytes, bytearray, memoryview)):
        raise TypeError(
            f"{name} must be str, not {type(text).__name__}: "
            "decode it first, e.g. data.decode('utf-8')"
        )
    raise TypeError(f"{name} must be str, not {type(text).__name__}")
