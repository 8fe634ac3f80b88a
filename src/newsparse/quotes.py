"""find_quotes: quoted words between quote marks, also across paragraphs.

(Interim: finds nothing yet.)
"""

from __future__ import annotations

from newsparse.errors import check_text
from newsparse.records import Layout, Quote

__all__ = ["find_quotes"]


def find_quotes(text: str, *, layout: Layout | None = None) -> tuple[Quote, ...]:
    """Every quotation in ``text``, in order of its opening mark."""
    check_text(text)
    return ()
