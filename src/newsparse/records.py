"""Frozen records: every result newsparse gives is one of these.

Each record holds :class:`~newsparse.spans.Span` offsets into the original
text and nothing derived from it; ``to_dict(text)`` renders the words.  All
records are frozen, slotted ``attrs`` classes: hashable, comparable and
picklable.

>>> from newsparse import parse
>>> article = parse("Putin Speaks\\n\\nMOSCOW - \\"We are ready,\\" Putin said.")
>>> article.headline.of(article.text)
'Putin Speaks'
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Literal, TypeVar, cast

import attrs

from newsparse.errors import NewsparseError, check_text
from newsparse.spans import Span, span_dict, span_from

__all__ = [
    "SCHEMA",
    "Article",
    "Attribution",
    "Cue",
    "Dateline",
    "Diagnostic",
    "Layout",
    "Mention",
    "Quote",
    "QuoteKind",
    "Section",
    "text_digest",
]

#: ``direct``: a quoted sentence or more; ``partial``: a quoted fragment inside
#: the reporter's sentence; ``indirect``: reported speech without quote marks;
#: ``other``: quoted text nobody says (titles, scare quotes, nicknames).
QuoteKind = Literal["direct", "partial", "indirect", "other"]


#: The values of :data:`QuoteKind`.
QUOTE_KINDS = frozenset(("direct", "partial", "indirect", "other"))


def _check_kind(instance: object, attribute: attrs.Attribute[str], value: str) -> None:
    if value not in QUOTE_KINDS:
        raise NewsparseError(f"Quote kind must be one of {sorted(QUOTE_KINDS)}, got {value!r}")


def _check_confidence(instance: object, attribute: attrs.Attribute[float], value: float) -> None:
    if not 0.0 <= value <= 1.0:
        raise NewsparseError(f"confidence must be in [0, 1], got {value!r}")


# --------------------------------------------------------------------------- from_dict helpers

_T = TypeVar("_T")

#: The version of the JSON shape ``to_dict`` writes; ``from_dict`` reads this one.
SCHEMA = 1


def _mapping(data: object, what: str) -> Mapping[str, Any]:
    if not isinstance(data, Mapping):
        raise NewsparseError(f"{what} must be a mapping, not {type(data).__name__}")
    return data


def _get(data: Mapping[str, Any], key: str, what: str) -> Any:
    try:
        return data[key]
    except KeyError:
        raise NewsparseError(f"{what} needs the key {key!r}") from None


#: The keys :meth:`Layout.to_dict` always writes, and those :meth:`Article.to_dict`
#: adds: a dict without one is not the shape (a part left out is not an empty part).
_LAYOUT_KEYS = (
    "headline", "byline", "header", "sections", "trailer", "trailer_parts", "trailer_rules", "style"
)  # fmt: skip
_ARTICLE_KEYS = (*_LAYOUT_KEYS, "dateline", "credited_source", "quotes", "lang")


def _require(data: Mapping[str, Any], keys: Sequence[str], what: str) -> None:
    missing = [key for key in keys if key not in data]
    if missing:
        raise NewsparseError(f"{what} needs the keys {', '.join(map(repr, missing))}")


def _spans(data: Mapping[str, Any], key: str, what: str) -> tuple[Span, ...]:
    return _many(data, key, what, Span.from_dict)


def _many(
    data: Mapping[str, Any], key: str, what: str, make: Callable[[Any], _T]
) -> tuple[_T, ...]:
    items = data.get(key) or ()
    if not isinstance(items, Sequence) or isinstance(items, (str, bytes)):
        raise NewsparseError(f"{what} {key!r} must be a list, not {type(items).__name__}")
    return tuple(make(item) for item in items)


def _strings(data: Mapping[str, Any], key: str, what: str) -> tuple[str, ...]:
    def one(item: Any) -> str:
        if not isinstance(item, str):
            raise NewsparseError(f"{what} {key!r} must hold strings, not {type(item).__name__}")
        return item

    return _many(data, key, what, one)


def _built(make: Callable[[], _T], what: str) -> _T:
    """Build a record from read values: a wrong type in the data is bad data, not a bad call."""
    try:
        return make()
    except TypeError as wrong:
        raise NewsparseError(f"{what}: {wrong}") from None


def text_digest(text: str) -> str:
    """The SHA-256 of ``text`` (UTF-8, lone surrogates kept), as ``Article.to_dict`` writes it.

    >>> text_digest("MOSCOW")[:12]
    '5827fc57936f'
    """
    return hashlib.sha256(check_text(text).encode("utf-8", "surrogatepass")).hexdigest()


# --------------------------------------------------------------------------- sections


@attrs.frozen(slots=True)
class Section:
    """A run of body paragraphs, with the subhead that opens it (``None`` for the first)."""

    heading: Span | None
    paragraphs: tuple[Span, ...]

    def to_dict(self, text: str) -> dict[str, Any]:
        """``heading`` (a span or ``None``) and ``paragraphs``, in plain JSON types."""
        return {
            "heading": span_dict(self.heading, text),
            "paragraphs": [p.to_dict(text) for p in self.paragraphs],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Section:
        """The section a :meth:`to_dict` dict describes."""
        data = _mapping(data, "a section")
        return cls(span_from(data.get("heading")), _spans(data, "paragraphs", "a section"))


def _body_paragraphs(sections: tuple[Section, ...]) -> tuple[Span, ...]:
    return tuple(p for section in sections for p in section.paragraphs)


def _first_paragraph(sections: tuple[Section, ...]) -> Span | None:
    for section in sections:
        if section.paragraphs:
            return section.paragraphs[0]
    return None


@attrs.frozen(slots=True)
class Layout:
    """What :func:`~newsparse.split_sections` finds: the parts of an article, in order.

    ``header`` holds furniture lines between the headline and the body that are
    neither headline nor byline (editor's notes, Reuters bullets, slug lines).
    ``trailer`` covers the whole end matter; ``trailer_parts`` its pieces
    (sign-off, credit line, contributor line, copyright, end mark), each with
    the rule that recognised it in ``trailer_rules``.  ``style`` names how
    paragraphs were found: ``blank`` (blank lines), ``indent`` (an indented
    line opens a paragraph, hard-wrapped 1987 Reuters copy), ``lines`` (each
    line is a paragraph: long lines, or short lines that each close a
    sentence) or ``wrapped`` (hard-wrapped copy with neither blank lines nor
    indents: a paragraph ends at a line that closes a sentence with room left
    for the next word; see docs/sections.md).
    """

    headline: Span | None = None
    byline: Span | None = None
    header: tuple[Span, ...] = ()
    sections: tuple[Section, ...] = ()
    trailer: Span | None = None
    trailer_parts: tuple[Span, ...] = ()
    trailer_rules: tuple[str, ...] = ()
    style: str = "blank"

    @property
    def paragraphs(self) -> tuple[Span, ...]:
        """Every body paragraph, in order, subheads left out."""
        return _body_paragraphs(self.sections)

    @property
    def lead(self) -> Span | None:
        """The first body paragraph (where a dateline stands), or ``None``."""
        return _first_paragraph(self.sections)

    @property
    def subheads(self) -> tuple[Span, ...]:
        """The headings of the sections that have one."""
        return tuple(s.heading for s in self.sections if s.heading is not None)

    def to_dict(self, text: str) -> dict[str, Any]:
        """The layout in plain JSON types, the keys named as the fields.

        >>> from newsparse import split_sections
        >>> text = "Port Strike\\n\\nLISBON - Dockers struck."
        >>> data = split_sections(text).to_dict(text)
        >>> data["headline"]["text"], Layout.from_dict(data) == split_sections(text)
        ('Port Strike', True)
        """
        return {
            "headline": span_dict(self.headline, text),
            "byline": span_dict(self.byline, text),
            "header": [h.to_dict(text) for h in self.header],
            "sections": [section.to_dict(text) for section in self.sections],
            "trailer": span_dict(self.trailer, text),
            "trailer_parts": [t.to_dict(text) for t in self.trailer_parts],
            "trailer_rules": list(self.trailer_rules),
            "style": self.style,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Layout:
        """The layout a :meth:`to_dict` dict describes (an ``Article`` dict works too)."""
        data = _mapping(data, "a layout")
        _require(data, _LAYOUT_KEYS, "a layout")
        return _built(
            lambda: cls(
                headline=span_from(data.get("headline")),
                byline=span_from(data.get("byline")),
                header=_spans(data, "header", "a layout"),
                sections=_many(data, "sections", "a layout", Section.from_dict),
                trailer=span_from(data.get("trailer")),
                trailer_parts=_spans(data, "trailer_parts", "a layout"),
                trailer_rules=_strings(data, "trailer_rules", "a layout"),
                style=str(data.get("style", "blank")),
            ),
            "a layout",
        )


# --------------------------------------------------------------------------- datelines


@attrs.frozen(slots=True)
class Dateline:
    """A dateline at the start of the first body paragraph.

    ``span`` covers the dateline from the place (or date, or agency, whichever
    comes first) to the end of the agency credit or date, without the
    separator; ``separator`` is the dash, colon or slash-period that follows
    (``None`` for PTI-style datelines with none).  ``places`` holds each place
    of a joint dateline ("WASHINGTON/BRUSSELS"); ``place`` covers all of them
    with region or country.  ``month``, ``day`` and ``year`` are the values the
    date gives, ``None`` where it does not.  ``rule`` names the pattern that
    matched.  ``region`` is the state, province or country after the city
    ("N.Y.", "Israel"); ``diagnostics`` say what had to be assumed (a month
    read through a typo, an agency credit not in the lexicon).
    """

    span: Span
    rule: str
    place: Span | None = None
    places: tuple[Span, ...] = ()
    date: Span | None = None
    month: int | None = None
    day: int | None = None
    year: int | None = None
    agency: Span | None = None
    separator: Span | None = None
    region: Span | None = None
    diagnostics: tuple[Diagnostic, ...] = ()

    def to_dict(self, text: str) -> dict[str, Any]:
        """The dateline in plain JSON types.

        ``place``, ``places``, ``date``, ``agency`` and ``region`` are the words as
        written (the evaluation format); ``spans`` holds the same fields as spans,
        which :meth:`from_dict` reads.
        """
        out = self.span.to_dict(text)
        out.update(
            place=None if self.place is None else self.place.of(text),
            places=[p.of(text) for p in self.places],
            date=None if self.date is None else self.date.of(text),
            month=self.month,
            day=self.day,
            year=self.year,
            agency=None if self.agency is None else self.agency.of(text),
            separator=span_dict(self.separator, text),
            rule=self.rule,
            region=None if self.region is None else self.region.of(text),
            diagnostics=[d.to_dict(text) for d in self.diagnostics],
            spans={
                "place": span_dict(self.place, text),
                "places": [p.to_dict(text) for p in self.places],
                "date": span_dict(self.date, text),
                "agency": span_dict(self.agency, text),
                "region": span_dict(self.region, text),
            },
        )
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Dateline:
        """The dateline a :meth:`to_dict` dict describes."""
        data = _mapping(data, "a dateline")
        spans = _mapping(data.get("spans") or {}, "a dateline's spans")
        return _built(
            lambda: cls(
                span=Span.from_dict(data),
                rule=str(_get(data, "rule", "a dateline")),
                place=span_from(spans.get("place")),
                places=_spans(spans, "places", "a dateline"),
                date=span_from(spans.get("date")),
                month=data.get("month"),
                day=data.get("day"),
                year=data.get("year"),
                agency=span_from(spans.get("agency")),
                separator=span_from(data.get("separator")),
                region=span_from(spans.get("region")),
                diagnostics=_many(data, "diagnostics", "a dateline", Diagnostic.from_dict),
            ),
            "a dateline",
        )


# --------------------------------------------------------------------------- quotes


@attrs.frozen(slots=True)
class Diagnostic:
    """Something newsparse had to assume, at ``offset`` in the text.

    ``code`` is a short stable identifier (``"unclosed-quote"``); ``message``
    says in words what was found and what was assumed.
    """

    offset: int
    code: str
    message: str

    def to_dict(self, text: str | None = None) -> dict[str, Any]:
        """``offset``, ``code`` and ``message``; ``text`` is accepted for a call
        shaped like every other record's and not needed."""
        return {"offset": self.offset, "code": self.code, "message": self.message}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Diagnostic:
        """The diagnostic a :meth:`to_dict` dict describes."""
        data = _mapping(data, "a diagnostic")
        return _built(
            lambda: cls(
                _get(data, "offset", "a diagnostic"),
                _get(data, "code", "a diagnostic"),
                _get(data, "message", "a diagnostic"),
            ),
            "a diagnostic",
        )


@attrs.frozen(slots=True)
class Mention:
    """Words in the text that name a speaker, relay or addressee.

    ``span`` is the mention at this place ("he", "the president", "Putin");
    ``name`` is the fullest name the article gives the same entity ("Vladimir
    Putin"), or ``None`` when the article never names it.  ``kind`` is one of
    ``name``, ``pronoun``, ``role``, ``organisation``, ``anonymous``.
    """

    span: Span
    kind: str = "name"
    name: Span | None = None

    def to_dict(self, text: str) -> dict[str, Any]:
        """The mention's span, its ``name`` (the words of the fullest name, or
        ``None`` when the article never names it) and its ``kind``.

        >>> text = "Ana Ruiz spoke. She left, a spokesman said."
        >>> Mention(Span(16, 19), "pronoun", Span(0, 8)).to_dict(text)["name"]
        'Ana Ruiz'
        >>> print(Mention(Span(26, 37), "role").to_dict(text)["name"])
        None
        """
        out = self.span.to_dict(text)
        out["name"] = None if self.name is None else self.name.of(text)
        out["kind"] = self.kind
        out["name_span"] = span_dict(self.name, text)
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Mention:
        """The mention a :meth:`to_dict` dict describes (``name_span`` gives the name)."""
        data = _mapping(data, "a mention")
        return _built(
            lambda: cls(
                Span.from_dict(data),
                str(data.get("kind", "name")),
                span_from(data.get("name_span")),
            ),
            "a mention",
        )


@attrs.frozen(slots=True)
class Cue:
    """The words that mark speech ("said", "according to", "went on to say")."""

    span: Span
    lemma: str = ""

    def to_dict(self, text: str) -> dict[str, Any]:
        """The cue's span and its ``lemma``."""
        out = self.span.to_dict(text)
        out["lemma"] = self.lemma
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Cue:
        """The cue a :meth:`to_dict` dict describes."""
        data = _mapping(data, "a cue")
        return _built(lambda: cls(Span.from_dict(data), str(data.get("lemma", ""))), "a cue")


@attrs.frozen(slots=True)
class Attribution:
    """Who said a quote, with which cue, relayed by whom, to whom.

    ``rule`` names the pattern that fired; ``confidence`` is in ``[0, 1]``.
    """

    speaker: Mention | None = None
    cue: Cue | None = None
    relay: Mention | None = None
    addressee: Mention | None = None
    rule: str = ""
    confidence: float = attrs.field(default=0.0, validator=_check_confidence)

    def to_dict(self, text: str) -> dict[str, Any]:
        """``speaker``, ``cue``, ``relay``, ``addressee`` (each a dict or ``None``),
        ``rule`` and ``confidence``."""
        return {
            "speaker": None if self.speaker is None else self.speaker.to_dict(text),
            "cue": None if self.cue is None else self.cue.to_dict(text),
            "relay": None if self.relay is None else self.relay.to_dict(text),
            "addressee": None if self.addressee is None else self.addressee.to_dict(text),
            "rule": self.rule,
            "confidence": self.confidence,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Attribution:
        """The attribution a :meth:`to_dict` dict describes."""
        data = _mapping(data, "an attribution")

        def mention(key: str) -> Mention | None:
            value = data.get(key)
            return None if value is None else Mention.from_dict(value)

        cue = data.get("cue")
        return _built(
            lambda: cls(
                speaker=mention("speaker"),
                cue=None if cue is None else Cue.from_dict(cue),
                relay=mention("relay"),
                addressee=mention("addressee"),
                rule=str(data.get("rule", "")),
                confidence=float(data.get("confidence", 0.0)),
            ),
            "an attribution",
        )


@attrs.frozen(slots=True)
class Quote:
    """Quoted or reported words.

    ``span`` covers the words without the quote marks, from the first piece to
    the last; ``pieces`` holds one span per paragraph for a quote that runs
    over several (a single piece otherwise).  ``open_mark`` and ``close_mark``
    are the marks' spans (``None`` where there is none: indirect speech, or an
    unclosed quote).  ``children`` are quotes nested inside this one.
    ``diagnostics`` say what had to be assumed; ``rule`` names the pairing rule
    and, after a slash, the rule that set the kind (``paired/title``: see
    :attr:`kind_rule`). ``attribution`` is filled by :func:`~newsparse.attribute`.  ``insertions``,
    ``ellipses`` and ``continuation_marks`` are the editorial insertions, the
    ellipses and the repeated opening marks of continuing paragraphs.
    """

    span: Span
    kind: QuoteKind = attrs.field(validator=_check_kind)
    open_mark: Span | None = None
    close_mark: Span | None = None
    pieces: tuple[Span, ...] = ()
    children: tuple[Quote, ...] = ()
    diagnostics: tuple[Diagnostic, ...] = ()
    rule: str = ""
    attribution: Attribution | None = None
    #: Editorial insertions inside the quote: ``[eastward]``, AP's parentheses.
    insertions: tuple[Span, ...] = ()
    #: Ellipses inside the quote (``...``, ``. . .``, ``…``).
    ellipses: tuple[Span, ...] = ()
    #: The opening marks repeated at the start of each continuing paragraph.
    continuation_marks: tuple[Span, ...] = ()

    @property
    def kind_rule(self) -> str:
        """Why the quote has its kind: the part of ``rule`` after the slash.

        ``sentence``, ``running``, ``fragment``, ``attributed`` and
        ``in-reported-speech`` make a quote
        ``direct`` or ``partial``; ``title``, ``title-before-noun``,
        ``name-or-title``, ``named``, ``nickname``, ``word-as-word``,
        ``scare-quotes``, ``modifier``, ``single-word`` and ``empty`` make it
        ``other`` (see ``docs/quotes.md``). Reported speech without marks has the
        name of the attribution rule that found it.

        >>> from newsparse import find_quotes
        >>> text = 'He praised the book “Clinton Cash” as “a good read.”'
        >>> [(q.kind, q.kind_rule) for q in find_quotes(text)]
        [('other', 'title'), ('partial', 'fragment')]
        """
        return self.rule.rsplit("/", 1)[-1]

    @property
    def speaker(self) -> Mention | None:
        """The speaker mention, or ``None`` when unattributed."""
        return None if self.attribution is None else self.attribution.speaker

    @property
    def cue(self) -> Cue | None:
        """The cue ("said", "according to"), or ``None``."""
        return None if self.attribution is None else self.attribution.cue

    @property
    def relay(self) -> Mention | None:
        """Who passed the words on ("…, according to Itar Tass"), or ``None``."""
        return None if self.attribution is None else self.attribution.relay

    @property
    def addressee(self) -> Mention | None:
        """Whom the words were said to ("told Fox News"), or ``None``."""
        return None if self.attribution is None else self.attribution.addressee

    def to_dict(self, text: str) -> dict[str, Any]:
        """The quote in plain JSON types: its span, ``kind``, the attribution's parts
        flattened (``speaker``, ``cue``, ``relay``, ``addressee``,
        ``attribution_rule`` — ``None`` when the quote has no attribution — and
        ``confidence``), and the marks, pieces, children and the rest."""
        out = self.span.to_dict(text)
        att = self.attribution
        out.update(
            kind=self.kind,
            speaker=None if att is None or att.speaker is None else att.speaker.to_dict(text),
            cue=None if att is None or att.cue is None else att.cue.to_dict(text),
            relay=None if att is None or att.relay is None else att.relay.to_dict(text),
            addressee=(
                None if att is None or att.addressee is None else att.addressee.to_dict(text)
            ),
            attribution_rule=None if att is None else att.rule,
            confidence=None if att is None else att.confidence,
            open_mark=span_dict(self.open_mark, text),
            close_mark=span_dict(self.close_mark, text),
            pieces=[p.to_dict(text) for p in self.pieces],
            children=[c.to_dict(text) for c in self.children],
            diagnostics=[d.to_dict(text) for d in self.diagnostics],
            rule=self.rule,
            kind_rule=self.kind_rule,
            insertions=[s.to_dict(text) for s in self.insertions],
            ellipses=[s.to_dict(text) for s in self.ellipses],
            continuation_marks=[s.to_dict(text) for s in self.continuation_marks],
        )
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Quote:
        """The quote a :meth:`to_dict` dict describes.

        >>> from newsparse import parse
        >>> text = 'Port\\n\\n"We are ready," the minister said.'
        >>> (q,) = parse(text).quotes
        >>> Quote.from_dict(q.to_dict(text)) == q
        True
        """
        data = _mapping(data, "a quote")
        attribution = None
        if data.get("attribution_rule") is not None:
            attribution = Attribution.from_dict(
                {
                    "speaker": data.get("speaker"),
                    "cue": data.get("cue"),
                    "relay": data.get("relay"),
                    "addressee": data.get("addressee"),
                    "rule": data.get("attribution_rule"),
                    "confidence": data.get("confidence", 0.0),
                }
            )
        return _built(
            lambda: cls(
                span=Span.from_dict(data),
                kind=cast(QuoteKind, _get(data, "kind", "a quote")),
                open_mark=span_from(data.get("open_mark")),
                close_mark=span_from(data.get("close_mark")),
                pieces=_spans(data, "pieces", "a quote"),
                children=_many(data, "children", "a quote", Quote.from_dict),
                diagnostics=_many(data, "diagnostics", "a quote", Diagnostic.from_dict),
                rule=str(data.get("rule", "")),
                attribution=attribution,
                insertions=_spans(data, "insertions", "a quote"),
                ellipses=_spans(data, "ellipses", "a quote"),
                continuation_marks=_spans(data, "continuation_marks", "a quote"),
            ),
            "a quote",
        )


# --------------------------------------------------------------------------- article


@attrs.frozen(slots=True)
class Article:
    """Everything :func:`~newsparse.parse` finds in one article.

    ``text`` is the original input; every other field holds spans into it.
    ``credited_source`` is the agency the lead credits for the whole story
    ("…, Mehr news Agency reported."), apart from the dateline's own agency.
    """

    text: str = attrs.field(repr=False, validator=lambda _i, _a, value: check_text(value))
    headline: Span | None = None
    byline: Span | None = None
    dateline: Dateline | None = None
    credited_source: Span | None = None
    header: tuple[Span, ...] = ()
    sections: tuple[Section, ...] = ()
    trailer: Span | None = None
    trailer_parts: tuple[Span, ...] = ()
    quotes: tuple[Quote, ...] = ()
    #: The rule that recognised each of ``trailer_parts`` (see :class:`Layout`).
    trailer_rules: tuple[str, ...] = ()
    #: How paragraphs were found: ``blank``, ``indent``, ``lines`` or ``wrapped``
    #: (see :class:`Layout`).
    style: str = "blank"
    #: The language the article was read in: ``"en"`` or ``"de"`` (given to
    #: :func:`~newsparse.parse`, or found by :func:`~newsparse.detect_language`).
    lang: str = "en"

    @property
    def paragraphs(self) -> tuple[Span, ...]:
        """Every body paragraph, in order, subheads left out."""
        return _body_paragraphs(self.sections)

    @property
    def lead(self) -> Span | None:
        """The first body paragraph, or ``None``."""
        return _first_paragraph(self.sections)

    @property
    def subheads(self) -> tuple[Span, ...]:
        """The headings of the sections that have one."""
        return tuple(s.heading for s in self.sections if s.heading is not None)

    def to_dict(self, text: str | None = None) -> dict[str, Any]:
        """The article in plain JSON types (``str``, ``int``, ``float``, ``None``, lists, dicts).

        Every span becomes ``{"start", "end", "text"}``; the keys follow the
        evaluation format (``headline``, ``dateline``, ``trailer``, ``quotes``)
        plus ``byline``, ``sections`` and the rest, and ``schema`` (the version of
        this shape), ``text_length`` and ``text_sha256`` (of the article's text,
        so :meth:`from_dict` can tell a dict made from another text). ``text``,
        where given, must be the article's own text (every record's ``to_dict``
        takes one).

        >>> from newsparse import parse
        >>> text = "Port Strike\\n\\nLISBON - Dockers struck."
        >>> data = parse(text).to_dict()
        >>> data["headline"]["text"], data["text_length"]
        ('Port Strike', 37)
        >>> Article.from_dict(data, text) == parse(text)
        True
        """
        if text is not None and check_text(text) != self.text:
            raise NewsparseError("to_dict(text): text is not the text of this article")
        text = self.text
        return {
            "schema": SCHEMA,
            "text_length": len(text),
            "text_sha256": text_digest(text),
            "headline": span_dict(self.headline, text),
            "byline": span_dict(self.byline, text),
            "dateline": None if self.dateline is None else self.dateline.to_dict(text),
            "credited_source": span_dict(self.credited_source, text),
            "header": [h.to_dict(text) for h in self.header],
            "sections": [s.to_dict(text) for s in self.sections],
            "trailer": span_dict(self.trailer, text),
            "trailer_parts": [t.to_dict(text) for t in self.trailer_parts],
            "trailer_rules": list(self.trailer_rules),
            "style": self.style,
            "lang": self.lang,
            "quotes": [q.to_dict(text) for q in self.quotes],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], text: str) -> Article:
        """The article a :meth:`to_dict` dict describes, over its ``text``.

        Raises :class:`~newsparse.NewsparseError` when the dict was made from
        another text (its ``text_length`` or ``text_sha256`` differ), comes from
        another version of the shape (``schema``), or is not that shape; a
        ``text`` that is not a ``str`` raises :class:`TypeError`.
        """
        check_text(text)
        data = _mapping(data, "an article")
        _require(data, _ARTICLE_KEYS, "an article")
        schema = data.get("schema", SCHEMA)
        if schema != SCHEMA:
            raise NewsparseError(f"an article of schema {schema!r}; this newsparse reads {SCHEMA}")
        length = data.get("text_length")
        if length is not None and length != len(text):
            raise NewsparseError(
                f"the article was made from a text of {length} characters, not {len(text)}"
            )
        digest = data.get("text_sha256")
        if digest is not None and digest != text_digest(text):
            raise NewsparseError("the article was made from another text (text_sha256 differs)")
        layout = Layout.from_dict(data)
        dateline = data.get("dateline")
        article = _built(
            lambda: cls(
                text=text,
                headline=layout.headline,
                byline=layout.byline,
                dateline=None if dateline is None else Dateline.from_dict(dateline),
                credited_source=span_from(data.get("credited_source")),
                header=layout.header,
                sections=layout.sections,
                trailer=layout.trailer,
                trailer_parts=layout.trailer_parts,
                quotes=_many(data, "quotes", "an article", Quote.from_dict),
                trailer_rules=layout.trailer_rules,
                style=layout.style,
                lang=str(data.get("lang", "en")),
            ),
            "an article",
        )
        return article
