"""See an article as newsparse reads it: one self-contained HTML page.

:func:`render_article` draws the headline, byline, dateline (place, date and agency
marked), subheads and paragraphs as the layout found them, the trailer dimmed; every
quote highlighted in its speaker's colour (one colour per resolved name, the same over
the whole page; reported speech in a lighter tone of it; ``other`` quotes grey), the cue
underlined and the speaker mention outlined.  Focusing or hovering a quote shows its
kind, rule, confidence, cue and relay, which screen readers read from its label; each
diagnostic is flagged where it happens; a legend lists the speakers with their number of
quotes.  Everything from the text is escaped: an article holding ``<script>`` renders it
as text.  Needs jinja2 (``pip install "newsparse[view]"``).

>>> page = render_article('Port Talks\\n\\n"We are ready," Ana Ruiz said.')
>>> page.count('class="quote ') , "Ana Ruiz" in page
(1, True)
"""

from __future__ import annotations

import html
import itertools
from collections.abc import Iterable, Sequence
from typing import Any, NamedTuple

from newsparse.errors import check_text
from newsparse.pipeline import parse
from newsparse.records import Article, Quote
from newsparse.spans import Span

__all__ = ["PALETTE", "render_article", "speaker_colours"]

#: Speaker colours, told apart also by readers with colour-vision deficiencies (Okabe-Ito,
#: then Tol's muted scheme); reused in order when an article has more speakers.
PALETTE = (
    "#e69f00",
    "#56b4e9",
    "#009e73",
    "#f0e442",
    "#0072b2",
    "#d55e00",
    "#cc79a7",
    "#88ccee",
    "#44aa99",
    "#ddcc77",
    "#aa4499",
    "#999933",
)
_GREY = "#bbbbbb"
_UNKNOWN = "(no speaker)"


class _Mark(NamedTuple):
    start: int
    end: int
    order: int  # outer first: quote 0, speaker 1, cue 2, dateline part 1
    open_tag: str
    close_tag: str


def _speaker_name(text: str, q: Quote) -> str:
    sp = q.speaker
    if sp is None:
        return _UNKNOWN
    return (sp.name or sp.span).of(text)


def speaker_colours(text: str, quotes: Iterable[Quote]) -> dict[str, str]:
    """One colour per resolved speaker name, in the order the speakers first speak.

    >>> from newsparse import parse
    >>> t = 'Talks\\n\\n"Yes," Ana Ruiz said. "No," said Bo Li. "Maybe," Ruiz added.'
    >>> list(speaker_colours(t, parse(t).quotes))
    ['Ana Ruiz', 'Bo Li']
    """
    colours: dict[str, str] = {}
    for q in quotes:
        if q.kind == "other" or q.speaker is None:
            continue
        name = _speaker_name(text, q)
        if name not in colours:
            colours[name] = PALETTE[len(colours) % len(PALETTE)]
    return colours


def _info(text: str, q: Quote) -> str:
    parts = [f"{q.kind} quote", f"kind rule {q.kind_rule}"]
    att = q.attribution
    if att is not None:
        parts.append(f"speaker {_speaker_name(text, q)}")
        parts.append(f"rule {att.rule}, confidence {att.confidence:.2f}")
        if att.cue is not None:
            parts.append(f"cue {att.cue.span.of(text)!r}")
        if att.relay is not None:
            parts.append(f"relay {att.relay.span.of(text)}")
    return "; ".join(parts)


def _quote_marks(text: str, quotes: Sequence[Quote], colours: dict[str, str]) -> list[_Mark]:
    marks: list[_Mark] = []
    for k, q in enumerate(quotes):
        colour = _GREY if q.kind == "other" else colours.get(_speaker_name(text, q), _GREY)
        info = html.escape(_info(text, q), quote=True)
        style = f"--c:{colour}"
        open_tag = (
            f'<mark class="quote {q.kind}" data-quote="{k}" data-kind="{q.kind}" '
            f'data-speaker="{html.escape(_speaker_name(text, q), quote=True)}" '
            f'style="{style}" tabindex="0" aria-label="{info}" data-info="{info}">'
        )
        marks.extend(
            _Mark(piece.start, piece.end, 0, open_tag, "</mark>") for piece in q.pieces or (q.span,)
        )
        att = q.attribution
        if att is not None and att.speaker is not None:
            s = att.speaker.span
            marks.append(
                _Mark(s.start, s.end, 1, f'<span class="speaker" style="{style}">', "</span>")
            )
        if att is not None and att.cue is not None and att.cue.span.length:
            c = att.cue.span
            marks.append(_Mark(c.start, c.end, 2, '<span class="cue">', "</span>"))
    return marks


def _dateline_marks(article: Article) -> list[_Mark]:
    d = article.dateline
    if d is None:
        return []
    out = [_Mark(d.span.start, d.span.end, 1, '<span class="dateline">', "</span>")]
    for span, cls in ((d.place, "place"), (d.date, "date"), (d.agency, "agency")):
        if span is not None:
            out.append(
                _Mark(span.start, span.end, 2, f'<span class="{cls}" title="{cls}">', "</span>")
            )
    return out


def _diagnostic_marks(quotes: Sequence[Quote]) -> list[_Mark]:
    out = []
    for q in quotes:
        for d in q.diagnostics:
            label = html.escape(f"{d.code}: {d.message}", quote=True)
            flag = f'<span class="diag" role="img" aria-label="{label}" title="{label}">⚠</span>'
            out.append(_Mark(d.offset, d.offset, 3, flag, ""))
    return out


def _render_block(text: str, span: Span, marks: Sequence[_Mark]) -> str:
    """The words of ``span`` with every mark inside it, properly nested: a mark that
    crosses another is closed and opened again around it."""
    inside = [
        m
        for m in marks
        if (m.start < span.end and m.end > span.start)
        or (m.start == m.end and span.start <= m.start < span.end)
    ]
    cuts = {span.start, span.end}
    for m in inside:
        cuts.add(max(m.start, span.start))
        cuts.add(min(m.end, span.end))
    bounds = sorted(cuts)
    out: list[str] = []
    for a, b in itertools.pairwise(bounds):
        flags = [m for m in inside if m.start == m.end == a]
        out.extend(m.open_tag for m in flags)
        active = sorted(
            (m for m in inside if m.start <= a and m.end >= b and m.start < m.end),
            key=lambda m: m.order,
        )
        out.extend(m.open_tag for m in active)
        out.append(html.escape(text[a:b]))
        out.extend(m.close_tag for m in reversed(active))
    return "".join(out)


_CSS = """
body{font:16px/1.6 Georgia,serif;max-width:46em;margin:2em auto;padding:0 1em;color:#222}
h1{font-size:1.6em;line-height:1.25}h2{font-size:1.15em;margin-top:1.6em}
.byline,.header{color:#555;font-style:italic}.trailer{color:#999;font-size:.9em}
mark.quote{background:color-mix(in srgb,var(--c) 55%,white);color:inherit;
 border-bottom:2px solid var(--c);position:relative;padding:0 1px}
mark.quote.indirect{background:color-mix(in srgb,var(--c) 20%,white);border-bottom-style:dashed}
mark.quote.other{background:#e6e6e6;border-bottom-color:#999}
mark.quote:focus,mark.quote:hover{outline:2px solid #000}
mark.quote:focus::after,mark.quote:hover::after{content:attr(data-info);position:absolute;
 left:0;top:100%;z-index:2;background:#222;color:#fff;font:12px/1.4 sans-serif;padding:4px 6px;
 white-space:pre-wrap;width:24em}
.speaker{outline:2px solid var(--c);outline-offset:1px;border-radius:2px}
.cue{text-decoration:underline 2px}
.dateline{font-variant:small-caps}.place{font-weight:bold}.date{color:#555}.agency{color:#0072b2}
.diag{color:#b00;font-weight:bold;cursor:help}
.legend{border-top:1px solid #ccc;margin-top:2em;font:14px sans-serif}
.legend li{list-style:none}.swatch{display:inline-block;width:1em;height:1em;
 vertical-align:middle;margin-right:.4em;border:1px solid #555}
.sr{position:absolute;left:-9999px}
"""

_TEMPLATE = """<!DOCTYPE html>
<html lang="{{ lang }}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ title }}</title><style>{{ css }}</style></head>
<body>
<p class="sr">Quotes are highlighted; each can be focused with the Tab key, and its kind,
speaker, rule and confidence are read out.</p>
<article>
{% for block in blocks %}{{ block }}
{% endfor %}</article>
<section class="legend" aria-label="Speakers">
<h2>Speakers</h2>
<ul>{% for name, colour, count in legend %}
<li><span class="swatch" style="background:{{ colour }}" aria-hidden="true"></span>{{ name }}:
 {{ count }} quote{{ "" if count == 1 else "s" }}</li>{% endfor %}
</ul>
<p>Direct and partial quotes in the speaker's colour, reported speech in a lighter tone
with a dashed line, quoted words nobody says (titles, names, scare quotes) in grey; the
cue is underlined and the speaker's words outlined; ⚠ marks what had to be assumed.</p>
</section>
</body></html>
"""


def _environment() -> Any:
    try:
        import jinja2
    except ImportError as missing:  # pragma: no cover - depends on the environment
        raise ImportError('newsparse.view needs jinja2: pip install "newsparse[view]"') from missing
    return jinja2.Environment(autoescape=True)


def render_article(text: str, article: Article | None = None, *, title: str | None = None) -> str:
    """One self-contained HTML page (no network, no other file) showing ``article``
    (``parse(text)`` when not given) over its ``text``; see the module."""
    check_text(text)
    if article is None:
        article = parse(text)
    elif not isinstance(article, Article):
        raise TypeError(f"article must be an Article or None, not {type(article).__name__}")
    from markupsafe import Markup

    quotes = article.quotes
    colours = speaker_colours(text, quotes)
    marks = _quote_marks(text, quotes, colours)
    marks += _dateline_marks(article) + _diagnostic_marks(quotes)
    blocks: list[str] = []

    def block(tag: str, span: Span | None, cls: str) -> None:
        if span is not None:
            body = _render_block(text, span, marks)
            blocks.append(f'<{tag} class="{cls}">{body}</{tag}>')

    block("h1", article.headline, "headline")
    block("p", article.byline, "byline")
    for h in article.header:
        block("p", h, "header")
    for section in article.sections:
        block("h2", section.heading, "subhead")
        for p in section.paragraphs:
            block("p", p, "paragraph")
    for part in article.trailer_parts:
        block("p", part, "trailer")
    counts: dict[str, int] = {}
    for q in quotes:
        if q.kind != "other" and q.speaker is not None:
            name = _speaker_name(text, q)
            counts[name] = counts.get(name, 0) + 1
    legend = [(name, colour, counts.get(name, 0)) for name, colour in colours.items()]
    page_title = title or (
        article.headline.of(text) if article.headline is not None else "newsparse view"
    )
    template = _environment().from_string(_TEMPLATE)
    rendered: str = template.render(
        title=page_title,
        lang=article.lang,
        css=Markup(_CSS),
        blocks=[Markup(b) for b in blocks],
        legend=legend,
    )
    return rendered
