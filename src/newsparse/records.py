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

from typing import Any, Literal

import attrs

from newsparse.errors import NewsparseError, check_text
from newsparse.spans import Span, span_dict

__all__ = [
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


# --------------------------------------------------------------------------- sections


@attrs.frozen(slots=True)
class Section:
    """A run of body paragraphs, with the subhead that opens it (``None`` for the first)."""

    heading: Span | None
    paragraphs: tuple[Span, ...]

    def to_dict(self, text: str) -> dict[str, Any]:
        return {
            "heading": span_dict(self.heading, text),
            "paragraphs": [p.to_dict(text) for p in self.paragraphs],
        }


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
            diagnostics=[d.to_dict() for d in self.diagnostics],
        )
        return out


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

    def to_dict(self) -> dict[str, Any]:
        return {"offset": self.offset, "code": self.code, "message": self.message}


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
        return out


@attrs.frozen(slots=True)
class Cue:
    """The words that mark speech ("said", "according to", "went on to say")."""

    span: Span
    lemma: str = ""

    def to_dict(self, text: str) -> dict[str, Any]:
        out = self.span.to_dict(text)
        out["lemma"] = self.lemma
        return out


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
            diagnostics=[d.to_dict() for d in self.diagnostics],
            rule=self.rule,
            kind_rule=self.kind_rule,
            insertions=[s.to_dict(text) for s in self.insertions],
            ellipses=[s.to_dict(text) for s in self.ellipses],
            continuation_marks=[s.to_dict(text) for s in self.continuation_marks],
        )
        return out


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

    def to_dict(self) -> dict[str, Any]:
        """The article in plain JSON types (``str``, ``int``, ``float``, ``None``, lists, dicts).

        Every span becomes ``{"start", "end", "text"}``; the keys follow the
        evaluation format (``headline``, ``dateline``, ``trailer``, ``quotes``)
        plus ``byline``, ``sections`` and the rest.
        """
        text = self.text
        return {
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
            "quotes": [q.to_dict(text) for q in self.quotes],
        }
