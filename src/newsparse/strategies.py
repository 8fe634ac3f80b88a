"""Hypothesis strategies for messy wire copy, and the span checks to run on what newsparse returns.

Use them to test newsparse, or your own pipeline around it, on the text it will
really meet: datelines of every agency style, quoted and multi-paragraph
quoted paragraphs, mojibake, control characters, hard wraps, surrogates and
very long inputs.

>>> from hypothesis import given
>>> from newsparse import parse
>>> from newsparse.strategies import messy_text, span_violations
>>> @given(messy_text())
... def test_parse_keeps_offsets(text):
...     assert span_violations(parse(text), text) == ()
>>> test_parse_keeps_offsets()

Generated articles know where their parts are, so they can be checked against
what newsparse finds (a round trip):

>>> from newsparse.strategies import datelines
>>> @given(datelines())
... def test_parts_inside(line):
...     assert all(p is None or line.span.contains(p) for p in (line.place, line.agency))
>>> test_parts_inside()

This module needs ``hypothesis`` (``pip install newsparse[test]``); importing
it without hypothesis raises an :class:`ImportError` that says so.
"""

from __future__ import annotations

import functools
import itertools
import math
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TypeVar

import attrs

try:
    from hypothesis import strategies as st
except ImportError as exc:  # pragma: no cover - exercised without hypothesis only
    raise ImportError(
        "newsparse.strategies needs the 'hypothesis' package, which is a test dependency of "
        "newsparse, not a runtime one: pip install 'newsparse[test]' (or pip install hypothesis)"
    ) from exc

from newsparse.records import (
    Article,
    Attribution,
    Dateline,
    Diagnostic,
    Layout,
    Mention,
    Quote,
    Section,
)
from newsparse.spans import Span

__all__ = [
    "TROUBLEMAKERS",
    "GeneratedArticle",
    "GeneratedBrief",
    "GeneratedDateline",
    "GeneratedQuote",
    "any_text",
    "control_characters",
    "datelines",
    "hard_wrap",
    "huge_text",
    "map_spans",
    "market_tables",
    "messy_text",
    "mojibake",
    "multi_paragraph_quotes",
    "quoted_paragraphs",
    "span_violations",
    "title_briefs",
    "typo_datelines",
    "wire_articles",
    "wire_text",
]

T = TypeVar("T")

# --------------------------------------------------------------------------- alphabets

#: Characters that have broken text parsers before, each for a reason:
#: C0/C1 controls and wire envelope bytes (X-6, H-ANPA-1), NEL as mojibake for an
#: ellipsis (E-5), NBSP (X-7), soft hyphen (X-8), the line-break zoo (X-10),
#: zero-width characters (X-14), lone surrogates (what ``str`` allows and UTF-8
#: does not), the replacement character (X-2), combining marks, every quote
#: mark and dash (Q-1..Q-12, S-1..S-10) and the bracket pairs (BR-1..BR-4).
TROUBLEMAKERS = (
    "\x00\x01\x02\x03\x04\x16\x1b\x1f\x7f\x80\x85\x9d\xa0\xad"
    "\t\n\r\x0b\x0c\u2028\u2029\u200b\u200c\u200d\u2060\ufeff\ufffd"
    "\ud800\udbff\udc00\udfff\u0301\u0308\u20dd"
    "\"'`\u00ab\u00bb\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u2039\u203a"
    "\u300c\u300d\u300e\u300f\uff02\uff07"
    "-_\u2010\u2011\u2012\u2013\u2014\u2015\u2212"
    "()[]{}<>/\\:;.,!?\u2026*#&%=^|~ "
)

#: Words for generated copy: invented people, roles and common wire words.
_SAMPLE_WORDS = (
    "the minister said talks would resume on Monday after the strike ended in the port "
    "city where workers had demanded higher pay and the government offered a new deal "
    "officials told reporters it was too early to say whether exports would recover"
)
_WORDS = tuple(_SAMPLE_WORDS.split())
_NAMES = (
    "Ola Berg",
    "Mira Kovac",
    "John Q. Public",
    "Ana de la Cruz",
    "Lee",
    "Dr. Sam Okafor",
    "Prime Minister Tove Lind",
    "a spokesman",
    "the ministry",
    "he",
    "she",
)
_CUES = ("said", "says", "told reporters", "added", "noted", "stressed", "wrote")

# Places in the shapes the dateline catalogue lists (D-*, AP-1..AP-6): ALL CAPS,
# Title Case, multi-word, with a state or country, joint with "/" or "&".
_PLACES = (
    "MOSCOW",
    "BEIJING",
    "NEW YORK",
    "SAN FRANCISCO",
    "ST. LOUIS",
    "LOS ANGELES",
    "KANSAS CITY, Mo.",
    "ANN ARBOR, Mich.",
    "HAMBURG, GERMANY",
    "MAREA, Syria",
    "CHENGDU, China",
    "SAN JUAN, Puerto Rico",
    "New Delhi",
    "Tallinn",
    "Ahmedabad/New Delhi",
    "WASHINGTON/BRUSSELS",
    "SAN FRANCISCO & TEL AVIV, Israel",
    "TEHRAN",
)
# (written form, month number): M-AP-1, M-AP-2, M-RTR-1, M-PTI-1, M-MNA-1, M-TASS-1.
_MONTHS = (
    ("Jan.", 1),
    ("Jan", 1),
    ("January", 1),
    ("Feb.", 2),
    ("Feb", 2),
    ("Febr", 2),
    ("March", 3),
    ("Mar", 3),
    ("April", 4),
    ("Apr.", 4),
    ("May", 5),
    ("June", 6),
    ("Jun", 6),
    ("July", 7),
    ("Aug.", 8),
    ("Aug", 8),
    ("Sept.", 9),
    ("Sept", 9),
    ("Sep", 9),
    ("Sep.", 9),
    ("September", 9),
    ("Oct.", 10),
    ("Oct", 10),
    ("October", 10),
    ("Nov.", 11),
    ("Nov", 11),
    ("Dec.", 12),
    ("December", 12),
)
_SEPARATORS = (" \u2014 ", " _ ", " - ", " -- ", " \u2013 ", ": ")

# --------------------------------------------------------------------------- text strategies


def any_text(min_size: int = 0, max_size: int = 200) -> st.SearchStrategy[str]:
    """Any ``str`` at all, lone surrogates included (the default ``st.text()`` leaves them out)."""
    return st.text(
        alphabet=st.one_of(
            st.characters(exclude_categories=()),
            st.sampled_from(TROUBLEMAKERS),
        ),
        min_size=min_size,
        max_size=max_size,
    )


def control_characters() -> st.SearchStrategy[str]:
    """A short run of C0/C1 controls, zero-width characters and odd breaks (X-6, X-10, X-14)."""
    return st.text(
        alphabet=st.sampled_from(
            "\x00\x01\x02\x03\x16\x1f\x7f\x85\x9d\r\x0b\x0c\u2028\u2029\u200b\u200d\ufeff\xad"
        ),
        min_size=1,
        max_size=4,
    )


def messy_text(max_pieces: int = 24) -> st.SearchStrategy[str]:
    """Text that looks a bit like wire copy and is full of troublemakers.

    Pieces are drawn from words, quote marks, dashes, paragraph breaks, control
    characters and arbitrary code points (surrogates included), so generated
    strings exercise the marks and breaks the parsers look for.
    """
    piece = st.one_of(
        st.sampled_from(_WORDS),
        st.sampled_from(_NAMES),
        st.sampled_from(_CUES),
        st.sampled_from([p for p, _ in _MONTHS]),
        st.sampled_from(_PLACES),
        st.sampled_from(["\n\n", "\n", "\r\n\r\n", "\n    ", "\n\t", "\xa0", " ", "  "]),
        st.sampled_from(
            [
                "\u201c",
                "\u201d",
                '"',
                "'",
                "\u2018",
                "\u2019",
                "\u00ab",
                "\u00bb",
                "(AP)",
                "(Reuters)",
                "/TASS/.",
                "--",
                " -- ",
                " \u2014 ",
                " \u2013 ",
                ", ",
                ". ",
                ":",
                "\u2026",
                "...",
                "[",
                "]",
                "(",
                ")",
            ]
        ),
        st.text(alphabet=st.sampled_from(TROUBLEMAKERS), min_size=1, max_size=3),
        any_text(max_size=6),
    )
    return st.lists(piece, max_size=max_pieces).map(" ".join)


def huge_text(min_size: int = 20_000) -> st.SearchStrategy[str]:
    """Inputs of at least ``min_size`` characters, made by repeating messy or wire-like text.

    Hypothesis cannot shrink a 20,000-character string drawn character by
    character, so a short chunk is drawn and repeated.
    """
    chunk = st.one_of(messy_text(max_pieces=12), wire_text(), any_text(min_size=1, max_size=50))

    def grow(parts: tuple[str, str]) -> str:
        head, body = parts
        body = body or "x"
        return head + body * (min_size // len(body) + 1)

    return st.tuples(any_text(max_size=10), chunk).map(grow)


def mojibake(text: str, codec: str = "cp1252") -> str:
    """``text`` as UTF-8 bytes wrongly decoded as ``codec`` (X-1, X-2).

    >>> mojibake("\\u201cYes,\\u201d he said.")
    'â€œYes,â€\\x9d he said.'
    """
    return text.encode("utf-8", "surrogatepass").decode(codec, "replace").replace("\ufffd", "\x9d")


def hard_wrap(text: str, width: int = 60) -> str:
    """``text`` with each line broken at spaces before ``width`` characters (X-11).

    >>> hard_wrap("one two three four", width=9)
    'one two\\nthree\\nfour'
    """
    out: list[str] = []
    for line in text.split("\n"):
        words = line.split(" ")
        current = ""
        for word in words:
            if current and len(current) + 1 + len(word) > width:
                out.append(current)
                current = word
            else:
                current = f"{current} {word}" if current else word
        out.append(current)
    return "\n".join(out)


# --------------------------------------------------------------------------- generated copy


class _Builder:
    """Text built piece by piece, remembering where each piece went."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0

    def add(self, piece: str) -> Span:
        self.parts.append(piece)
        self.length += len(piece)
        return Span(self.length - len(piece), self.length)

    def text(self) -> str:
        return "".join(self.parts)


@attrs.frozen
class GeneratedDateline:
    """A generated dateline with where its parts are in ``text``.

    ``text`` is the dateline with its separator and the first words of the
    lead; ``style`` names the convention it follows (a wire-conventions id).
    """

    text: str
    style: str
    span: Span
    place: Span | None
    date: Span | None
    agency: Span | None
    month: int | None
    day: int | None
    year: int | None

    def shift(self, offset: int) -> GeneratedDateline:
        """The same dateline ``offset`` characters further into a longer text."""
        return map_spans(self, lambda s: s.shift(offset))


@attrs.frozen
class GeneratedQuote:
    """A generated quotation: one content span per paragraph (without marks), and its speaker."""

    pieces: tuple[Span, ...]
    speaker: Span | None
    closed: bool = True


@attrs.frozen
class GeneratedArticle:
    """A generated article and the spans of what it holds."""

    text: str
    headline: Span | None
    dateline: GeneratedDateline | None
    paragraphs: tuple[Span, ...]
    quotes: tuple[GeneratedQuote, ...]
    trailer: Span | None


def _sentence(draw: st.DrawFn, min_words: int = 3, max_words: int = 12) -> str:
    words = draw(st.lists(st.sampled_from(_WORDS), min_size=min_words, max_size=max_words))
    return words[0].capitalize() + " " + " ".join(words[1:]) if len(words) > 1 else words[0]


#: The agency styles :func:`datelines` writes (the catalogue's ids).
_DATELINE_STYLES = [
    "D-AP-1",
    "D-AP-2",
    "D-RTR-2",
    "D-RTR-3",
    "D-AFP-2",
    "D-XIN-1",
    "D-XIN-5",
    "D-TASS-1",
    "D-BBG-1",
    "D-PTI-1",
    "D-MNA-2",
    "D-TIME-1",
    "D-BW-1",
]
#: The credit each style gives in brackets.
_DATELINE_AGENCIES = {
    "D-AP-1": "AP",
    "D-AP-2": "AP",
    "D-RTR-2": "Reuters",
    "D-AFP-2": "AFP",
    "D-XIN-1": "Xinhua",
    "D-XIN-5": "Xinhua",
    "D-BBG-1": "Bloomberg",
    "D-PTI-1": "PTI",
}
#: The separator after the dateline, by style (the others draw " - " or " -- ").
_DATELINE_SEPARATORS = {
    "D-AP-1": " \u2014 ",
    "D-AP-2": " _ ",
    "D-TASS-1": ". ",
    "D-PTI-1": " ",
    "D-MNA-2": " \u2013 ",
    "D-TIME-1": ": ",
    "D-BW-1": "--",
}


def _add_agency(b: _Builder, style: str) -> Span | None:
    """Write the style's credit ("(AP)", "/TASS/", "--(BUSINESS WIRE)"); its name's span."""
    agency = None
    agency_name = _DATELINE_AGENCIES.get(style)
    if agency_name is not None:
        b.add("" if style == "D-BBG-1" else " ")
        b.add("(")
        agency = b.add(agency_name)
        b.add(")")
    if style == "D-TASS-1":
        b.add(" /")
        agency = b.add("TASS")
        b.add("/")
    if style == "D-BW-1":
        b.add("--(")
        agency = b.add("BUSINESS WIRE")
        b.add(")")
    return agency


@st.composite
def datelines(draw: st.DrawFn) -> GeneratedDateline:
    """A dateline in one of the agency styles of the catalogue, with a lead sentence after it.

    Styles: D-AP-1 (``PLACE (AP) —``), D-AP-2 (ANPA underscore), D-RTR-2
    (``PLACE, Oct 5 (Reuters) -``), D-RTR-3 (1987 indent, no agency), D-AFP-2
    (date with year), D-XIN-1/D-UPI-1 (``--``), D-XIN-5 (date only), D-TASS-1
    (``/TASS/.``), D-BBG-1 (agency only), D-PTI-1 (no separator), D-MNA-2
    (NBSP, en dash, city only), D-TIME-1 (colon), D-BW-1 (Business Wire).
    """
    style = draw(st.sampled_from(_DATELINE_STYLES))
    # Title Case cities come with a date and an agency (D-AFP-2, D-PTI-1, D-XIN-3);
    # the other styles write the city in capitals.
    mixed_case = style in ("D-AFP-2", "D-PTI-1", "D-XIN-1")
    place_text = draw(
        st.sampled_from([p for p in _PLACES if mixed_case or p.split(",")[0].isupper()])
    )
    month_text, month = draw(st.sampled_from(_MONTHS))
    day = draw(st.integers(1, 28))
    year = draw(st.integers(1987, 2030))
    lead = _sentence(draw)
    b = _Builder()
    place = date = None
    m: int | None = None
    d: int | None = None
    y: int | None = None

    def with_date(text: str, yr: bool = False) -> Span:
        nonlocal m, d, y
        m, d = month, day
        if yr:
            y = year
            return b.add(f"{text} {day}, {year}")
        return b.add(f"{text} {day}")

    if style == "D-RTR-3":
        b.add("    ")
    if style == "D-MNA-2":
        b.add("\xa0")
    if style not in ("D-XIN-5", "D-BBG-1"):
        place = b.add(place_text)
    if style in ("D-RTR-2", "D-RTR-3", "D-AFP-2", "D-XIN-1", "D-PTI-1", "D-TASS-1"):
        b.add(", ")
        date = with_date(month_text, yr=style == "D-AFP-2")
        if style == "D-TASS-1":
            b.add(".")
    if style == "D-XIN-5":
        date = with_date(month_text)
    agency = _add_agency(b, style)
    first = next(s for s in (place, date, agency) if s is not None)
    last = max((s for s in (place, date, agency) if s is not None), key=lambda s: s.end)
    span = Span(first.start, last.end)
    separator = _DATELINE_SEPARATORS.get(style)
    if separator is None:
        separator = draw(st.sampled_from([" - ", " -- "]))
    b.add(separator)
    b.add(lead + ".")
    return GeneratedDateline(
        text=b.text(),
        style=style,
        span=span,
        place=place,
        date=date,
        agency=agency,
        month=m,
        day=d,
        year=y,
    )


_MARKS = (("\u201c", "\u201d"), ('"', '"'), ("\u00ab", "\u00bb"))


def _quoted(draw: st.DrawFn, b: _Builder) -> GeneratedQuote:
    """Add one quoted paragraph to ``b`` in one of the attribution orders A-1, A-2, A-3."""
    open_, close = draw(st.sampled_from(_MARKS))
    words = _sentence(draw)
    name = draw(st.sampled_from(_NAMES))
    cue = draw(st.sampled_from(_CUES))
    order = draw(st.sampled_from(["A-1", "A-2", "A-3"]))
    if order == "A-3":  # Name said, "Words."
        speaker = b.add(name[0].upper() + name[1:])
        b.add(f" {cue}, {open_}")
        content = b.add(words + ".")
        b.add(close)
        return GeneratedQuote((content,), speaker)
    b.add(open_)
    content = b.add(words + ",")
    b.add(close + " ")
    if order == "A-1":  # "Words," Name said.
        speaker = b.add(name)
        b.add(f" {cue}.")
    else:  # "Words," said Name, who ... (a name, and a cue that reads inverted)
        b.add(draw(st.sampled_from(["said", "added", "noted", "stressed"])) + " ")
        speaker = b.add(draw(st.sampled_from(_NAMES[:6])))
        b.add(", who " + _sentence(draw, 2, 6).lower() + ".")
    return GeneratedQuote((content,), speaker)


@st.composite
def quoted_paragraphs(draw: st.DrawFn) -> tuple[str, GeneratedQuote]:
    """One paragraph with one attributed quotation (A-1, A-2 or A-3) and where it is.

    >>> from hypothesis import given
    >>> @given(quoted_paragraphs())
    ... def test_words_follow_the_mark(generated):
    ...     text, quote = generated
    ...     assert text[quote.pieces[0].start - 1] in '\u201c"\u00ab'
    >>> test_words_follow_the_mark()
    """
    b = _Builder()
    quote = _quoted(draw, b)
    return b.text(), quote


def _multi(draw: st.DrawFn, b: _Builder, joiner: str) -> GeneratedQuote:
    """Add a running quotation over 2-4 paragraphs (Q-1): no close mark until the last one."""
    open_, close = draw(st.sampled_from(_MARKS))
    name = draw(st.sampled_from(_NAMES[:5]))
    count = draw(st.integers(2, 4))
    speaker = b.add(name)
    b.add(f" said{draw(st.sampled_from([':', ',']))} {open_}")
    pieces = []
    for i in range(count):
        if i:
            b.add(joiner + open_)
        pieces.append(b.add(_sentence(draw) + "."))
    b.add(close)
    return GeneratedQuote(tuple(pieces), speaker)


@st.composite
def multi_paragraph_quotes(draw: st.DrawFn) -> tuple[str, GeneratedQuote]:
    """A quotation running over several paragraphs (Q-1), with one content piece per paragraph."""
    b = _Builder()
    quote = _multi(draw, b, draw(st.sampled_from(["\n\n", "\r\n\r\n", "\n\n\xa0"])))
    return b.text(), quote


_TRAILERS = (
    "(Reporting by Ola Berg; Editing by Mira Kovac)",  # T-RTR-1
    " Reuter\n\x03",  # T-RTR-3
    "###",  # T-PR-1
    "-30-",  # T-PR-1
    "Associated Press writer Lee contributed to this report.",  # T-AP-1
)


@st.composite
def wire_articles(draw: st.DrawFn, messy: bool = True) -> GeneratedArticle:
    """A whole generated article: headline, optional byline, dateline, quotes and trailer.

    With ``messy`` (the default) it may also carry a wire envelope (H-ANPA-1),
    CRLF breaks (X-13), Reuters 4-space indents (D-RTR-3), NBSP indents (X-7)
    and hard wraps are left to :func:`wire_text`.  The returned record knows
    the spans of the headline, dateline parts, paragraphs, quotations and
    trailer, for round-trip tests.
    """
    b = _Builder()
    crlf = messy and draw(st.booleans())
    brk = "\r\n\r\n" if crlf else "\n\n"
    if messy and draw(st.booleans()):
        b.add(draw(st.sampled_from(["\x16\x16\x01", "\x02", "\ufeff"])))
    headline = b.add(
        " ".join(
            w.capitalize() for w in draw(st.lists(st.sampled_from(_WORDS), min_size=2, max_size=8))
        )
    )
    b.add(brk)
    if draw(st.booleans()):
        b.add("By " + draw(st.sampled_from(_NAMES[:4])).upper())
        b.add(brk)
    dateline = None
    paragraphs: list[Span] = []
    quotes: list[GeneratedQuote] = []
    if draw(st.booleans()):
        generated = draw(datelines())
        start = b.length
        b.add(generated.text)
        dateline = generated.shift(start)
        lead_start = start + (len(generated.text) - len(generated.text.lstrip(" \xa0")))
        paragraphs.append(Span(lead_start, b.length))
    else:
        paragraphs.append(b.add(_sentence(draw) + "."))
    for _ in range(draw(st.integers(0, 5))):
        b.add(brk)
        kind = draw(st.sampled_from(["plain", "quote", "quote", "multi"]))
        start = b.length
        if kind == "plain":
            b.add(_sentence(draw) + ".")
        elif kind == "quote":
            quotes.append(_quoted(draw, b))
        else:
            quotes.append(_multi(draw, b, brk))
        paragraphs.append(Span(start, b.length))
    trailer = None
    if draw(st.booleans()):
        b.add(brk)
        trailer = b.add(draw(st.sampled_from(_TRAILERS)))
    return GeneratedArticle(
        text=b.text(),
        headline=headline,
        dateline=dateline,
        paragraphs=tuple(paragraphs),
        quotes=tuple(quotes),
        trailer=trailer,
    )


#: Capitals words of a wire title (H-R21578) and the words a wrapped title may end a
#: line with before it goes on (a comma, a dash, a dangling word).
_TITLE_WORDS = (
    "ACME",
    "BETA",
    "MILL",
    "BANK",
    "FED",
    "TRADE",
    "GOLD",
    "OIL",
    "RATES",
    "PROFIT",
    "SALES",
    "OUTPUT",
    "STRIKE",
    "TALKS",
    "PRICES",
    "RAISES",
    "CUTS",
    "SEES",
    "SETS",
    "SAYS",
    "SELLS",
    "BUYS",
    "FALLS",
    "RISES",
    "DLRS",
    "MLN",
    "PCT",
    "QTR",
    "NET",
)
_TITLE_HANGERS = (",", " -", " TO", " WITH", " FOR", " IN", " OF")


@attrs.frozen
class GeneratedBrief:
    """A title-only brief (1987 Reuters flash): the title over up to four capitals
    lines, and nothing after it."""

    text: str
    headline: Span


@st.composite
def title_briefs(draw: st.DrawFn) -> GeneratedBrief:
    """A brief that is a title and nothing else: STX, an optional ``******`` flash mark,
    one to four capitals lines (each but the last may end in a comma, a dash or a
    dangling word that carries it on), the ETX (H-R21578)."""
    lines = []
    count = draw(st.integers(1, 4))
    for k in range(count):
        words = draw(st.lists(st.sampled_from(_TITLE_WORDS), min_size=2, max_size=7))
        line = " ".join(words)
        if k < count - 1:
            line += draw(st.sampled_from(_TITLE_HANGERS))
        lines.append(line)
    b = _Builder()
    b.add("\x02\n")
    if draw(st.booleans()):
        b.add("******")
    headline = b.add("\n".join(lines))
    b.add(draw(st.sampled_from(["\n\x03\n\n", "\n\x03", "\n"])))
    return GeneratedBrief(b.text(), headline)


@st.composite
def market_tables(draw: st.DrawFn) -> str:
    """A market report or a table after a title, none of it a dateline: a report heading
    with a date ("SILVER CLOSING - May 4"), rows with column gaps ("IDX   --   2730"),
    rows of figures ("COPPER -A- 900.00 901.00") or a run of ``WORD - …`` rows."""
    title = " ".join(draw(st.lists(st.sampled_from(_TITLE_WORDS), min_size=2, max_size=5)))
    shape = draw(st.sampled_from(["report", "columns", "figures", "run"]))
    month_text, _ = draw(st.sampled_from(_MONTHS))
    rows = []
    for _ in range(draw(st.integers(2, 4))):
        word = draw(
            st.sampled_from(
                [p for p in _PLACES if p.isalpha() and p.isupper()] + list(_TITLE_WORDS)
            )
        )
        a, b2 = draw(st.integers(10, 9999)), draw(st.integers(10, 28))
        if shape == "report":
            rows.append(f"{word} {draw(st.sampled_from(_TITLE_WORDS))} CLOSING - {month_text} {b2}")
        elif shape == "columns":
            rows.append(f"{word}   --   {a}.{b2}")
        elif shape == "figures":
            rows.append(f"{word} -A- {a}.{b2} {a + 1}.{b2}")
        else:
            rows.append(f"{word} - {_sentence(draw, 2, 5)} {a}.")
    body = "".join(f"    {row}\n" for row in rows)
    return f"\x02\n{title}\n{body} Reuter\n\x03\n"


@st.composite
def typo_datelines(draw: st.DrawFn) -> GeneratedDateline:
    """A 1987 Reuters dateline (D-RTR-3) with a keying slip in its date, where a date
    must stand after ``PLACE,``: two letters of the month swapped ("Mrach 3"), a letter
    for a digit in the day ("May l", "May 1O"), or a comma after the month ("May, 6")."""
    place_text = draw(st.sampled_from([p for p in _PLACES if p.split(",")[0].isupper()]))
    names = [
        ("March", 3),
        ("April", 4),
        ("June", 6),
        ("July", 7),
        ("October", 10),
        ("Feb", 2),
        ("May", 5),
    ]
    month_text, month = draw(st.sampled_from(names))
    slip = draw(st.sampled_from(["swap", "letter", "comma"]))
    day = draw(st.integers(1, 28))
    if slip == "swap":
        k = draw(st.integers(0, len(month_text) - 2))
        swapped = month_text[:k] + month_text[k + 1] + month_text[k] + month_text[k + 2 :]
        if swapped.casefold() == month_text.casefold():
            swapped = month_text[1] + month_text[0] + month_text[2:]
        date_text = f"{swapped} {day}"
    elif slip == "letter":
        day = draw(st.sampled_from([1, 10, 11, 20, 21]))
        day_text = str(day).replace("1", "l", 1) if "1" in str(day) else str(day)
        day_text = day_text.replace("0", "O")
        date_text = f"{month_text} {day_text}"
    else:
        date_text = f"{month_text}, {day}"
    b = _Builder()
    b.add("    ")
    place = b.add(place_text)
    b.add(", ")
    date = b.add(date_text)
    b.add(" - ")
    b.add(_sentence(draw) + ".")
    return GeneratedDateline(
        b.text(),
        "D-RTR-3/" + slip,
        Span(place.start, date.end),
        place,
        date,
        None,
        month,
        day,
        None,
    )


@st.composite
def wire_text(draw: st.DrawFn) -> str:
    """Generated wire copy, then damaged: mojibake, control characters, hard wraps, lost marks."""
    text = draw(wire_articles()).text
    damage = draw(
        st.lists(st.sampled_from(["mojibake", "controls", "wrap", "lossy", "cut"]), max_size=3)
    )
    for kind in damage:
        if kind == "mojibake":
            text = mojibake(text, draw(st.sampled_from(["cp1252", "latin-1"])))
        elif kind == "wrap":
            text = hard_wrap(text, draw(st.integers(20, 72)))
        elif kind == "lossy":  # apostrophes and quote marks lost to '?'
            text = text.replace("\u2019", "?").replace("\u201d", "")
        elif kind == "cut" and text:  # truncated articles
            text = text[: draw(st.integers(0, len(text)))]
        elif kind == "controls" and text:
            at = draw(st.integers(0, len(text)))
            text = text[:at] + draw(control_characters()) + text[at:]
    return text


# --------------------------------------------------------------------------- span checks

_KINDS = ("direct", "partial", "indirect", "other")


def _walk(value: object, fn: Callable[[Span], Span], messages: bool = True) -> Any:
    if isinstance(value, Span):
        return fn(value)
    if isinstance(value, Diagnostic):
        return attrs.evolve(
            value,
            offset=fn(Span(value.offset, value.offset)).start,
            message=value.message if messages else "",
        )
    if isinstance(value, tuple):
        return tuple(_walk(v, fn, messages) for v in value)
    if attrs.has(type(value)):
        changes = {}
        for field in attrs.fields(type(value)):  # type: ignore[arg-type]
            old = getattr(value, field.name)
            new = _walk(old, fn, messages)
            if new is not old:
                changes[field.name] = new
        return attrs.evolve(value, **changes) if changes else value  # type: ignore[misc]
    return value


@functools.cache
def _field_names(cls: type) -> tuple[str, ...]:
    """The attribute names of an attrs class, ``()`` for anything else."""
    if not attrs.has(cls):
        return ()
    return tuple(f.name for f in attrs.fields(cls))


def _spans_in(value: object) -> Iterator[Span]:
    if isinstance(value, Span):
        yield value
    elif isinstance(value, tuple):
        for item in value:
            yield from _spans_in(item)
    elif value is not None and not isinstance(value, str | int | float):
        for name in _field_names(type(value)):  # type: ignore[arg-type]
            yield from _spans_in(getattr(value, name))


def map_spans(value: T, fn: Callable[[Span], Span], *, messages: bool = True) -> T:
    """``value`` (any newsparse record, or a tuple of them) with ``fn`` applied to every span.

    Diagnostic offsets move as empty spans; with ``messages=False`` diagnostic
    messages (which may quote offsets or words) are blanked, for comparing
    results of texts that differ.  ``Article.text`` is left as it is.

    >>> from newsparse import Section
    >>> map_spans(Section(None, (Span(1, 4),)), lambda s: s.shift(2))
    Section(heading=None, paragraphs=(Span(start=3, end=6),))
    """
    result: T = _walk(value, fn, messages)
    return result


def _blocks(layout: Layout | Article) -> Iterator[tuple[str, Span]]:
    for i, section in enumerate(layout.sections):
        if section.heading is not None:
            yield f"sections[{i}].heading", section.heading
        for j, para in enumerate(section.paragraphs):
            yield f"sections[{i}].paragraphs[{j}]", para


class _Checker:
    def __init__(self, text: str) -> None:
        self.text = text
        self.problems: list[str] = []

    def fail(self, message: str) -> None:
        self.problems.append(message)

    def span(self, where: str, span: object) -> bool:
        if not isinstance(span, Span):
            self.fail(f"{where}: not a Span: {span!r}")
            return False
        if not (0 <= span.start <= span.end <= len(self.text)):
            self.fail(f"{where}: {span} outside 0..{len(self.text)}")
            return False
        return True

    def inside(self, where: str, child: Span | None, parent: Span | None) -> None:
        if child is None or parent is None:
            return
        if self.span(where, child) and not parent.contains(child):
            self.fail(f"{where}: {child} not inside its parent {parent}")

    def ordered(self, where: str, spans: Iterable[Span], overlap: bool = False) -> None:
        previous: Span | None = None
        for i, span in enumerate(spans):
            if not self.span(f"{where}[{i}]", span):
                continue
            if previous is not None:
                if span.start < previous.start:
                    self.fail(f"{where}[{i}]: {span} starts before {previous}")
                elif not overlap and span.overlaps(previous):
                    self.fail(f"{where}[{i}]: {span} overlaps {previous}")
            previous = span

    def layout(self, layout: Layout | Article) -> None:
        for name in ("headline", "byline", "trailer"):
            value = getattr(layout, name)
            if value is not None:
                self.span(name, value)
        self.ordered("header", layout.header)
        blocks = list(_blocks(layout))
        self.ordered("body", [s for _, s in blocks])
        for i, section in enumerate(layout.sections):
            if not isinstance(section, Section):
                self.fail(f"sections[{i}]: not a Section: {section!r}")
        singles = [(n, getattr(layout, n)) for n in ("headline", "byline", "trailer")]
        named = [(n, s) for n, s in singles if isinstance(s, Span)]
        named += [(f"header[{i}]", s) for i, s in enumerate(layout.header)]
        for a, (name_a, span_a) in enumerate(named):
            for name_b, span_b in named[a + 1 :] + blocks:
                if span_a.overlaps(span_b):
                    self.fail(f"{name_a} {span_a} overlaps {name_b} {span_b}")
        if blocks and layout.headline is not None and layout.headline.start > blocks[0][1].start:
            self.fail(f"headline {layout.headline} comes after the body")
        if blocks and layout.trailer is not None and layout.trailer.start < blocks[-1][1].end:
            self.fail(f"trailer {layout.trailer} comes before the end of the body")
        self.ordered("trailer_parts", layout.trailer_parts)
        for i, part in enumerate(layout.trailer_parts):
            self.inside(f"trailer_parts[{i}]", part, layout.trailer)
        if isinstance(layout, Layout) and len(layout.trailer_rules) not in (
            0,
            len(layout.trailer_parts),
        ):
            self.fail("trailer_rules and trailer_parts differ in length")

    def dateline(self, dateline: Dateline) -> None:
        if not self.span("dateline.span", dateline.span):
            return
        for name in ("place", "date", "agency"):
            self.inside(f"dateline.{name}", getattr(dateline, name), dateline.span)
        self.ordered("dateline.places", dateline.places)
        for i, place in enumerate(dateline.places):
            self.inside(f"dateline.places[{i}]", place, dateline.place or dateline.span)
        separator = dateline.separator
        if (
            separator is not None
            and self.span("dateline.separator", separator)
            and separator.start < dateline.span.end
        ):
            self.fail(f"dateline.separator {dateline.separator} starts inside the dateline")
        if dateline.month is not None and not 1 <= dateline.month <= 12:
            self.fail(f"dateline.month {dateline.month} is not a month")
        if dateline.day is not None and not 1 <= dateline.day <= 31:
            self.fail(f"dateline.day {dateline.day} is not a day")

    def mention(self, where: str, mention: Mention | None) -> None:
        if mention is None:
            return
        self.span(f"{where}.span", mention.span)
        if mention.name is not None:
            self.span(f"{where}.name", mention.name)

    def attribution(self, where: str, att: Attribution) -> None:
        self.mention(f"{where}.speaker", att.speaker)
        self.mention(f"{where}.relay", att.relay)
        self.mention(f"{where}.addressee", att.addressee)
        if att.cue is not None:
            self.span(f"{where}.cue", att.cue.span)
        if not (isinstance(att.confidence, float | int) and 0.0 <= att.confidence <= 1.0):
            self.fail(f"{where}.confidence {att.confidence!r} is not in [0, 1]")
        elif isinstance(att.confidence, float) and math.isnan(att.confidence):
            self.fail(f"{where}.confidence is NaN")

    def quote(self, where: str, quote: Quote, parent: Span | None) -> None:
        if not isinstance(quote, Quote):
            self.fail(f"{where}: not a Quote: {quote!r}")
            return
        if not self.span(f"{where}.span", quote.span):
            return
        self.inside(where, quote.span, parent)
        if quote.kind not in _KINDS:
            self.fail(f"{where}.kind {quote.kind!r} is not one of {_KINDS}")
        opened, closed = quote.open_mark, quote.close_mark
        if (
            opened is not None
            and self.span(f"{where}.open_mark", opened)
            and opened.end > quote.span.start
        ):
            self.fail(f"{where}.open_mark {quote.open_mark} ends after {quote.span} starts")
        if (
            closed is not None
            and self.span(f"{where}.close_mark", closed)
            and closed.start < quote.span.end
        ):
            self.fail(f"{where}.close_mark {quote.close_mark} starts inside {quote.span}")
        self.ordered(f"{where}.pieces", quote.pieces)
        for i, piece in enumerate(quote.pieces):
            self.inside(f"{where}.pieces[{i}]", piece, quote.span)
        self.ordered(f"{where}.children", [c.span for c in quote.children], overlap=True)
        for i, child in enumerate(quote.children):
            self.quote(f"{where}.children[{i}]", child, quote.span)
        for i, diag in enumerate(quote.diagnostics):
            if not (isinstance(diag, Diagnostic) and 0 <= diag.offset <= len(self.text)):
                self.fail(f"{where}.diagnostics[{i}]: {diag!r} is outside the text")
        if quote.attribution is not None:
            self.attribution(f"{where}.attribution", quote.attribution)
        for name in ("insertions", "ellipses", "continuation_marks"):
            inner = getattr(quote, name, ())
            self.ordered(f"{where}.{name}", inner)
            for i, span in enumerate(inner):
                self.inside(f"{where}.{name}[{i}]", span, quote.span)

    def quotes(self, quotes: tuple[Quote, ...]) -> None:
        if not isinstance(quotes, tuple):
            self.fail(f"quotes: not a tuple: {type(quotes).__name__}")
            return
        for i, quote in enumerate(quotes):
            self.quote(f"quotes[{i}]", quote, None)
        valid = [q for q in quotes if isinstance(q, Quote) and self._ok(q.span)]
        starts = [(q.open_mark or q.span).start for q in valid]
        if starts != sorted(starts):
            self.fail(f"quotes are not in order of their opening: {starts}")
        marked = [
            Span(q.open_mark.start, q.close_mark.end if q.close_mark else q.span.end)
            for q in valid
            if q.open_mark is not None and self._ok(q.open_mark) and q.kind != "indirect"
        ]
        marked.sort()
        for a, b in itertools.pairwise(marked):
            if a.overlaps(b):
                self.fail(f"quoted stretches {a} and {b} overlap")

    def _ok(self, span: object) -> bool:
        return isinstance(span, Span) and 0 <= span.start <= span.end <= len(self.text)


def span_violations(result: object, text: str) -> tuple[str, ...]:
    """Every broken span invariant in a newsparse ``result`` for ``text``; ``()`` when all hold.

    ``result`` is what a public function returned: an :class:`Article`, a
    :class:`Layout`, a :class:`Dateline` or ``None``, a tuple of
    :class:`Quote`, or a :class:`Span`.  Checked: every span lies in
    ``0 <= start <= end <= len(text)``; body paragraphs and subheads are in
    order and do not overlap each other or the headline, byline, header and
    trailer; trailer parts lie inside the trailer; dateline parts lie inside
    the dateline and its separator after it; quote pieces lie inside the
    quote, children inside their parent, marks outside the quoted words;
    quotes come in order and quoted stretches do not overlap; diagnostics
    point into the text; confidences are in ``[0, 1]``.

    >>> from newsparse import parse
    >>> span_violations(parse("Title\\n\\nBody text."), "Title\\n\\nBody text.")
    ()
    >>> span_violations(Span(2, 9), "short")
    ('span: Span(start=2, end=9) outside 0..5',)
    """
    check = _Checker(text)
    if result is None:
        pass
    elif isinstance(result, Span):
        check.span("span", result)
    elif isinstance(result, Article):
        if result.text is not text and result.text != text:
            check.fail("article.text is not the text given")
        check.layout(result)
        if result.dateline is not None:
            check.dateline(result.dateline)
        if result.credited_source is not None:
            check.span("credited_source", result.credited_source)
        check.quotes(result.quotes)
    elif isinstance(result, Layout):
        check.layout(result)
    elif isinstance(result, Dateline):
        check.dateline(result)
    elif isinstance(result, tuple):
        check.quotes(result)
    else:
        check.fail(f"unexpected result type {type(result).__name__}")
    if not check.problems:  # every span anywhere, in fields added after this check too
        for span in _spans_in(result):
            check.span(f"{type(result).__name__} field", span)
    return tuple(check.problems)
