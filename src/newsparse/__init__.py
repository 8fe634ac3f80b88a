"""newsparse: raw news wire copy in, spans you can trust out.

>>> from newsparse import parse
>>> text = "Putin Speaks\\n\\nMOSCOW - He spoke."
>>> article = parse(text)
>>> article.headline.of(text)
'Putin Speaks'

The pure functions :func:`split_sections`, :func:`parse_dateline`,
:func:`find_quotes` and :func:`attribute` are what :func:`parse` combines.
"""

from newsparse.attribution import attribute
from newsparse.datelines import find_credited_source, parse_dateline
from newsparse.errors import NewsparseError
from newsparse.languages import LANGUAGES, detect_language
from newsparse.pipeline import parse
from newsparse.quotes import find_quotes
from newsparse.records import (
    Article,
    Attribution,
    Cue,
    Dateline,
    Diagnostic,
    Layout,
    Mention,
    Quote,
    QuoteKind,
    Section,
)
from newsparse.sections import split_sections
from newsparse.spans import Span

__version__ = "0.1.0"

__all__ = [
    "LANGUAGES",
    "Article",
    "Attribution",
    "Cue",
    "Dateline",
    "Diagnostic",
    "Layout",
    "Mention",
    "NewsparseError",
    "Quote",
    "QuoteKind",
    "Section",
    "Span",
    "attribute",
    "detect_language",
    "find_credited_source",
    "find_quotes",
    "parse",
    "parse_dateline",
    "split_sections",
]
