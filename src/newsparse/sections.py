"""split_sections: headline, byline, body paragraphs, subheads and trailer.

(Interim version: paragraphs by blank lines, first short line as headline.)
"""

from __future__ import annotations

import regex

from newsparse.errors import check_text
from newsparse.records import Layout, Section
from newsparse.spans import Span, strip_span

__all__ = ["split_sections"]

_BLANK = regex.compile(r"\n[^\S\n]*\n\s*")


def split_sections(text: str) -> Layout:
    """Split an article into its parts.

    >>> text = "Putin Speaks\\n\\nMOSCOW - He spoke."
    >>> layout = split_sections(text)
    >>> layout.headline.of(text), layout.lead.of(text)
    ('Putin Speaks', 'MOSCOW - He spoke.')
    """
    check_text(text)
    paragraphs: list[Span] = []
    start = 0
    for m in _BLANK.finditer(text):
        span = strip_span(text, start, m.start())
        if span.length:
            paragraphs.append(span)
        start = m.end()
    span = strip_span(text, start, len(text))
    if span.length:
        paragraphs.append(span)
    headline = None
    if len(paragraphs) > 1:
        headline = paragraphs.pop(0)
    return Layout(headline=headline, sections=(Section(None, tuple(paragraphs)),))
