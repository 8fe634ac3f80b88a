"""parse_dateline: place, date and agency at the start of the first body paragraph.

(Interim: finds nothing yet.)
"""

from __future__ import annotations

from newsparse.errors import check_text
from newsparse.records import Dateline, Layout
from newsparse.spans import Span

__all__ = ["find_credited_source", "parse_dateline"]


def parse_dateline(text: str, *, layout: Layout | None = None) -> Dateline | None:
    """The dateline of ``text``, or ``None`` when it has none."""
    check_text(text)
    return None


def find_credited_source(text: str, *, layout: Layout | None = None) -> Span | None:
    """The agency the lead credits for the story ("…, Mehr news Agency reported.")."""
    check_text(text)
    return None
