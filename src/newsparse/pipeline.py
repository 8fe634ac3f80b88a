"""parse: the one place that knows the order of the steps."""

from __future__ import annotations

from newsparse.attribution import attribute
from newsparse.checks import check_flag, check_lang
from newsparse.datelines import find_credited_source, parse_dateline
from newsparse.errors import check_text
from newsparse.lexicon.marks import DOUBLED_MARKS_BY_LANGUAGE
from newsparse.quotes import find_quotes
from newsparse.records import Article
from newsparse.sections import split_sections

__all__ = ["parse"]


def parse(text: str, *, doubled_marks: bool | None = None, lang: str | None = None) -> Article:
    """Parse one article: sections, dateline, quotes and their attribution.

    Every field of the result holds spans into ``text``.

    >>> article = parse("Putin Speaks\\n\\nMOSCOW - He spoke.")
    >>> article.headline.of(article.text)
    'Putin Speaks'

    ``doubled_marks`` says whether two backticks or two apostrophes stand for a
    double quotation mark, as in :func:`~newsparse.find_quotes` (by default:
    where the text pairs them as quotation marks, and never in German copy, where
    ``''…''`` is wiki markup for italics; the defaults per language are
    :data:`newsparse.lexicon.marks.DOUBLED_MARKS_BY_LANGUAGE`).

    >>> text = "Er las ''Le Monde''. „Das ist gut“, sagte er."
    >>> [q.span.of(text) for q in parse(text).quotes]
    ['Das ist gut']

    ``lang`` is the language the article is written in, ``"en"`` or ``"de"``;
    ``None`` (the default) finds it from the text (:func:`~newsparse.detect_language`).
    It chooses the attribution rules and word lists; the result's ``lang`` says
    which were used.

    >>> parse("Streik\\n\\n„Wir sind bereit“, sagte die Ministerin.").lang
    'de'

    Raises :class:`TypeError` when ``text`` is not a ``str``, ``doubled_marks``
    is not a bool or None or ``lang`` is not a ``str`` or None, and
    :class:`~newsparse.NewsparseError` when ``lang`` is a language newsparse does
    not read; never raises for any ``str``.
    """
    check_text(text)
    check_flag(doubled_marks, "doubled_marks")
    lang = check_lang(text, lang)
    if doubled_marks is None:
        doubled_marks = DOUBLED_MARKS_BY_LANGUAGE.get(lang)
    layout = split_sections(text)
    dateline = parse_dateline(text, layout=layout)
    credited = find_credited_source(text, layout=layout)
    quotes = find_quotes(text, layout=layout, doubled_marks=doubled_marks)
    quotes = attribute(text, quotes, layout=layout, dateline=dateline, lang=lang)
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
        trailer_rules=layout.trailer_rules,
        style=layout.style,
        lang=lang,
    )
