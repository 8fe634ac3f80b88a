"""Round trips: generated wire copy parses back into the parts it was made of (#6).

The strategies in :mod:`newsparse.strategies` build datelines, quotes and whole
articles in the shapes of the wire-conventions catalogue and remember where
each part went; newsparse must find those parts again at those offsets.
"""

from __future__ import annotations

from hypothesis import given

from newsparse import parse, parse_dateline, split_sections
from newsparse.spans import Span
from newsparse.strategies import (
    GeneratedArticle,
    GeneratedDateline,
    GeneratedQuote,
    datelines,
    multi_paragraph_quotes,
    quoted_paragraphs,
    wire_articles,
)

HEAD = "Harbour Strike Ends\n\n"


def _words(span: Span, text: str) -> str:
    return span.of(text).strip(" ,.")


def _check_dateline(expected: GeneratedDateline, text: str) -> None:
    got = parse_dateline(text)
    assert got is not None, f"no dateline found ({expected.style})"
    for name in ("place", "agency", "date"):
        want = getattr(expected, name)
        if want is not None:
            found = getattr(got, name)
            assert found is not None, f"{expected.style}: no {name}"
            # As written (the gold keeps "Mass." and "Oct."); a TASS day may keep its period.
            strip = " ." if name == "date" else " "
            assert found.of(text).strip(strip) == want.of(text).strip(strip), (
                f"{expected.style}: {name}"
            )
            assert got.span.contains(want), f"{expected.style}: {name} outside the dateline"
    if expected.month is not None:
        assert (got.month, got.day) == (expected.month, expected.day), expected.style
    if expected.year is not None:
        assert got.year == expected.year, expected.style


@given(dateline=datelines())
def test_dateline_round_trip(dateline: GeneratedDateline) -> None:
    _check_dateline(dateline.shift(len(HEAD)), HEAD + dateline.text)


def _check_quote(expected: GeneratedQuote, text: str) -> None:
    quotes = parse(text).quotes
    matches = [
        q
        for q in quotes
        if q.kind in ("direct", "partial")
        and _words(q.span, text).startswith(_words(expected.pieces[0], text))
    ]
    assert matches, f"no quote for {expected.pieces[0].of(text)!r} in {text!r}"
    quote = matches[0]
    assert [_words(p, text) for p in quote.pieces or (quote.span,)] == [
        _words(p, text) for p in expected.pieces
    ]
    if expected.speaker is not None and text[expected.speaker.start].isupper():
        assert quote.speaker is not None, f"no speaker for {text!r}"
        assert quote.speaker.span.overlaps(expected.speaker), (
            f"speaker {quote.speaker.span.of(text)!r}, expected {expected.speaker.of(text)!r}"
        )


@given(paragraph=quoted_paragraphs())
def test_quoted_paragraph_round_trip(paragraph: tuple[str, GeneratedQuote]) -> None:
    text, quote = paragraph
    _check_quote(
        GeneratedQuote(
            tuple(p.shift(len(HEAD)) for p in quote.pieces),
            quote.speaker.shift(len(HEAD)) if quote.speaker else None,
        ),
        HEAD + text,
    )


@given(paragraphs=multi_paragraph_quotes())
def test_multi_paragraph_quote_is_one_quote(paragraphs: tuple[str, GeneratedQuote]) -> None:
    text, quote = paragraphs
    _check_quote(
        GeneratedQuote(
            tuple(p.shift(len(HEAD)) for p in quote.pieces),
            quote.speaker.shift(len(HEAD)) if quote.speaker else None,
        ),
        HEAD + text,
    )


@given(article=wire_articles(messy=False))
def test_article_round_trip(article: GeneratedArticle) -> None:
    text = article.text
    layout = split_sections(text)
    assert layout.headline == article.headline
    if article.dateline is not None:
        _check_dateline(article.dateline, text)
    found = parse(text)
    for quote in article.quotes:
        assert any(q.span.overlaps(quote.pieces[0]) for q in found.quotes), (
            f"quote {quote.pieces[0].of(text)!r} not found"
        )
