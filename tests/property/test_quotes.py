"""Hypothesis properties of find_quotes (#4).

Articles are built from generated sentences: random paragraphs are quoted in
random mark styles (curly, straight, guillemets, low-high, mojibake, HTML
entities), some quotes hold a nested single-quoted phrase, some run over
several paragraphs (Q-1).  The builder knows where every quote is, and
find_quotes must recover exactly those quotes.  On any text the spans must be
valid, ordered, and overlap only by nesting; swapping the curly marks of
balanced quotes for straight ones changes no span.
"""

from __future__ import annotations

import attrs
from hypothesis import assume, example, given
from hypothesis import strategies as st

from newsparse import Quote, Span, find_quotes
from newsparse.strategies import TROUBLEMAKERS, messy_text
from newsparse.strategies import _Builder as _Text

_SAMPLE = (
    "harbour pilots voted to end the strike after talks with port owners and the ministry "
    "of transport who offered higher pay for night shifts from next month while exporters "
    "warned of losses"
)
_WORDS = tuple(_SAMPLE.split())
_NAMES = ("Ola Berg", "Mira Kovac", "the minister", "a spokeswoman")

#: (open, close) double marks and the single marks nested in them.
_DOUBLE_STYLES = (
    ("“", "”"),
    ('"', '"'),
    ("«", "»"),
    ("„", "“"),
    ("â€œ", "â€\x9d"),
    ("&ldquo;", "&rdquo;"),
    ("&quot;", "&quot;"),
)
_CURLY = (("“", "”"),)
_SINGLE_STYLES = (("‘", "’"), ("'", "'"))


@attrs.frozen
class Built:
    pieces: tuple[Span, ...]
    children: tuple[Span, ...] = ()


@st.composite
def _sentence(draw: st.DrawFn, end: str = ".") -> str:
    words = draw(st.lists(st.sampled_from(_WORDS), min_size=2, max_size=10))
    return " ".join([words[0].capitalize(), *words[1:]]) + end


@st.composite
def _quoted_sentence(
    draw: st.DrawFn, t: _Text, singles: tuple[tuple[str, str], ...], end: str
) -> tuple[Span, tuple[Span, ...]]:
    """Add a quoted sentence's words, maybe with a nested single-quoted phrase."""
    start = t.length
    children: list[Span] = []
    first = draw(_sentence(end=""))
    t.add(first)
    if draw(st.booleans()):
        so, sc = draw(st.sampled_from(singles))
        t.add(" " + so)
        inner = draw(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=3))
        children.append(t.add(" ".join(inner)))
        t.add(sc + " " + draw(st.sampled_from(_WORDS)))
    t.add(end)
    return Span(start, t.length), tuple(children)


@st.composite
def articles(
    draw: st.DrawFn,
    styles: tuple[tuple[str, str], ...] = _DOUBLE_STYLES,
    singles: tuple[tuple[str, str], ...] = _SINGLE_STYLES,
) -> tuple[str, tuple[Built, ...]]:
    """A headline and 1-8 paragraphs, some quoted; the quotes as built."""
    t = _Text()
    t.add("Port Strike Ends\n\n")
    built: list[Built] = []
    for i in range(draw(st.integers(1, 8))):
        if i:
            t.add("\n\n")
        kind = draw(st.sampled_from(["plain", "lead", "tail", "two", "running"]))
        open_, close = draw(st.sampled_from(styles))
        name = draw(st.sampled_from(_NAMES))
        if kind == "plain":
            t.add(draw(_sentence()))
        elif kind == "lead":  # Name said, “Sentence.”
            t.add(f"{name.capitalize()} said, {open_}")
            span, children = draw(_quoted_sentence(t, singles, "."))
            t.add(close)
            built.append(Built((span,), children))
        elif kind == "tail":  # “Sentence,” Name said.
            t.add(open_)
            span, children = draw(_quoted_sentence(t, singles, ","))
            t.add(f"{close} {name} said.")
            built.append(Built((span,), children))
        elif kind == "two":  # “A,” Name said. “B.”
            t.add(open_)
            first, c1 = draw(_quoted_sentence(t, singles, ","))
            t.add(f"{close} {name} said. {open_}")
            second, c2 = draw(_quoted_sentence(t, singles, "."))
            t.add(close)
            built += [Built((first,), c1), Built((second,), c2)]
        else:  # a running quote over 2-3 paragraphs
            t.add(f"{name.capitalize()} said: {open_}")
            pieces: list[Span] = []
            children_all: list[Span] = []
            for k in range(draw(st.integers(2, 3))):
                if k:
                    t.add("\n\n" + open_)
                span, children = draw(_quoted_sentence(t, singles, "."))
                pieces.append(span)
                children_all += children
            t.add(close)
            built.append(Built(tuple(pieces), tuple(children_all)))
    return t.text(), tuple(built)


def _as_built(quote: Quote) -> Built:
    return Built(quote.pieces, tuple(c.span for c in quote.children))


def _check_spans(text: str, quotes: tuple[Quote, ...], depth: int = 0) -> None:
    n = len(text)
    previous: Quote | None = None
    for q in quotes:
        assert 0 <= q.span.start <= q.span.end <= n
        assert q.pieces and q.pieces[0].start == q.span.start and q.pieces[-1].end == q.span.end
        assert all(a.end <= b.start for a, b in zip(q.pieces, q.pieces[1:], strict=False))
        for mark in (q.open_mark, q.close_mark, *q.continuation_marks):
            if mark is not None:
                assert 0 <= mark.start < mark.end <= n
                assert not mark.overlaps(q.span) or mark in q.continuation_marks
        if q.open_mark is not None:
            assert q.open_mark.end <= q.span.start
        if q.close_mark is not None:
            assert q.span.end <= q.close_mark.start
        for extra in (*q.insertions, *q.ellipses):
            assert any(p.contains(extra) for p in q.pieces)
        for child in q.children:
            assert q.span.contains(child.span)
        if previous is not None:
            assert previous.span.end <= q.span.start, "quotes overlap only by nesting"
        previous = q
        _check_spans(text, q.children, depth + 1)


@given(articles())
@example(("Port Strike Ends\n\nOla Berg said: “Harbour.\n\n“Pilots.”", ()))
def test_find_quotes_recovers_the_quotes_built(article: tuple[str, tuple[Built, ...]]) -> None:
    text, built = article
    if not built:  # the example above only checks that nothing raises
        find_quotes(text)
        return
    quotes = find_quotes(text)
    assert tuple(_as_built(q) for q in quotes) == built
    _check_spans(text, quotes)


@given(articles(styles=_CURLY, singles=(("‘", "’"),)))
def test_swapping_curly_for_straight_marks_changes_no_span(
    article: tuple[str, tuple[Built, ...]],
) -> None:
    text, _ = article
    straight = text.translate(str.maketrans("“”‘’", "\"\"''"))
    assert len(straight) == len(text)
    before = [(q.span, q.pieces, [c.span for c in q.children]) for q in find_quotes(text)]
    after = [(q.span, q.pieces, [c.span for c in q.children]) for q in find_quotes(straight)]
    assert before == after


@given(articles(styles=_CURLY, singles=(("‘", "’"),)))
def test_doubled_marks_read_like_the_curly_marks_they_stand_for(
    article: tuple[str, tuple[Built, ...]],
) -> None:
    text, _ = article
    assume("`" not in text and "'" not in text)
    doubled = text.replace("“", "``").replace("”", "''")

    def read(t: str) -> list[tuple[str, list[str], list[str]]]:
        # words, not offsets: each doubled mark is one character longer
        return [
            (q.kind, [p.of(t) for p in q.pieces], [c.span.of(t) for c in q.children])
            for q in find_quotes(t)
        ]

    before, after = read(text), read(doubled)
    assert before == after


@given(st.text(alphabet=st.sampled_from(TROUBLEMAKERS + "abc XY\n"), max_size=300))
@example('""=')
@example('"Bob."\n\n"What."')
@example("“a\n\n“b\n\n“c ‘d “e” f’ g”")
def test_spans_are_valid_on_any_text(text: str) -> None:
    _check_spans(text, find_quotes(text))


@given(messy_text())
def test_spans_are_valid_on_messy_wire_text(text: str) -> None:
    quotes = find_quotes(text)
    _check_spans(text, quotes)
    assert find_quotes(text) == quotes


@given(st.text(max_size=200), st.text(max_size=200))
def test_surrounding_text_never_raises(before: str, after: str) -> None:
    text = before + "He said, “We will “see’ it,\n\n" + after
    _check_spans(text, find_quotes(text))
