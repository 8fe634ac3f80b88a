"""parse: the one place that knows the order of the steps."""

from __future__ import annotations

from newsparse.attribution import attribute
from newsparse.datelines import find_credited_source, parse_dateline
from newsparse.errors import check_text
from newsparse.quotes import find_quotes
from newsparse.records import Article
from newsparse.sections import split_sections

__all__ = ["parse"]


def parse(text: str) -> Article:
    """Parse one article: sections, dateline, quotes and their attribution.

    Every field of the result holds spans into ``text``.

    >>> article = parse("Putin Speaks\\n\\nMOSCOW - He spoke.")
    >>> article.headline.of(article.text)
    'Putin Speaks'

    Raises :class:`TypeError` when ``text`` is not a ``str``; never raises for
    any ``str``.
    """
    check_text(text)
    layout = split_sections(text)
    dateline = parse_dateline(text, layout=layout)
    credited = find_credited_source(text, layout=layout)
    quotes = find_quotes(text, layout=layout)
    quotes = attribute(text, quotes, layout=layout, dateline=dateline)
    return Article(
        text=text,
        headline=layout.headline,
        byline=layout.byline,
        dateline=dateline,
        credited_source=credited,
        header=layout.header,
        sections=layout.sections,
        trailer=layout.trailer,
        trailer_parts=layout.trailer_parts,
        quotes=quotes,
    )
