"""attribute: who said each quote, with which cue, relayed by whom; indirect speech.

(Interim: attributes nothing yet.)
"""

from __future__ import annotations

from newsparse.errors import check_text
from newsparse.records import Layout, Quote

__all__ = ["attribute"]


def attribute(
    text: str, quotes: tuple[Quote, ...] | None = None, *, layout: Layout | None = None
) -> tuple[Quote, ...]:
    """``quotes`` with their attribution filled in, plus the indirect speech found."""
    check_text(text)
    if quotes is None:
        from newsparse.quotes import find_quotes

        quotes = find_quotes(text, layout=layout)
    return tuple(quotes)
