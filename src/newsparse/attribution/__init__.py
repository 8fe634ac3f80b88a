"""attribute: who said each quote, with which cue, relayed by whom; indirect speech.

Rule-based and explainable (wire-conventions §9): each quote gets the words
that name its speaker *at this place* (a :class:`~newsparse.records.Mention`:
"he", "the president", "Putin"), the fullest name the article gives that
speaker (``Mention.name``), the cue ("said", "according to", "went on to
say"), the relay it came through ("…, according to Itar Tass") and the person
spoken to ("told Reuters").  Reported speech without quote marks ("X said that
…", "…, X said", "according to X, …") becomes new quotes of kind
``indirect``.

>>> text = '"We are ready," President Ivan Petrov said. He added that talks would go on.'
>>> quotes = attribute(text)
>>> [(q.kind, q.span.of(text), q.speaker.span.of(text), q.cue.span.of(text)) for q in quotes]
... # doctest: +NORMALIZE_WHITESPACE
[('direct', 'We are ready,', 'President Ivan Petrov', 'said'),
 ('indirect', 'talks would go on', 'He', 'added')]
>>> quotes[1].speaker.name.of(text)
'Ivan Petrov'
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Sequence
from typing import Literal, NamedTuple

from newsparse.attribution.direct import (
    _Cand,
)
from newsparse.attribution.german import _may_open_a_source, _source_clause
from newsparse.attribution.headlines import (
    _TRANSCRIPT,
    _headline_cands,
    _tag_cand,
)
from newsparse.attribution.indirect import (
    _FRAME_WORDS,
    _indirect,
    _trim,
)
from newsparse.attribution.quote_rules import (
    _quote_cand,
    _running_cand,
    _Sent,
)
from newsparse.attribution.registry import (
    _registry,
)
from newsparse.attribution.speakers import (
    _assemble,
)
from newsparse.attribution.tokens import (
    _DASHES,
    _GLUED_SENTENCES,
    _LOW_OF,
    _NAME_ABBREV,
    _has_cue_word,
    _Tok,
    _tokenize,
)
from newsparse.checks import check_dateline, check_lang, check_layout, check_quotes
from newsparse.errors import check_text
from newsparse.lexicon.cues import FINDING_SUBJECTS
from newsparse.records import Dateline, Layout, Quote
from newsparse.sentences import sentence_bounds
from newsparse.spans import Span

__all__ = ["attribute"]

# --------------------------------------------------------------------------- driver


#: ``dateline="auto"``: attribute finds the dateline itself.
_AUTO = "auto"


def _span_key(span: Span) -> tuple[int, int]:
    return (span.start, span.end)


def _paragraphs(
    text: str, layout: Layout | None, given: Dateline | Literal["auto"] | None
) -> tuple[tuple[Span, ...], tuple[Span, ...]]:
    """Body paragraphs (the lead without its dateline), and the headline plus
    subheads.  ``given`` is the caller's dateline, or ``"auto"`` to find it."""
    if layout is None:
        from newsparse.sections import split_sections

        layout = split_sections(text)

    heads = tuple(h for h in (layout.headline, *layout.subheads) if h is not None)
    body = list(layout.paragraphs)
    dateline: Dateline | None = None
    if body:
        if given == _AUTO:
            from newsparse.datelines import parse_dateline

            dateline = parse_dateline(text, layout=layout)
        elif isinstance(given, Dateline):
            dateline = given
    if dateline is not None:
        # "OTTAWA, May 3 (Reuters) - …": no speaker or reported clause inside the dateline
        cut = (dateline.separator or dateline.span).end
        body = [
            Span(min(max(p.start, cut), p.end), p.end)
            if p.start <= dateline.span.start < p.end
            else p
            for p in body
        ]
    # quotes in the headline and subheads are attributed like those in the body
    # sorted by (start, end) as Span orders itself, without attrs' comparisons
    # and so are those of the header (an abstract, a deck, an editor's note)
    paras = tuple(sorted((*body, *heads, *layout.header), key=_span_key))
    if not paras and text.strip():
        paras = (Span(0, len(text)),)
    return paras, heads


def _merge_in_quotes(sents: Sequence[_Sent], spans: Sequence[tuple[int, int]]) -> list[_Sent]:
    """Join sentences that Punkt split inside a quote: for attribution the quote
    and its attribution are one sentence.  ``spans`` are sorted by start."""
    merged: list[_Sent] = []
    k = 0
    for sent in sents:
        if merged:
            end = merged[-1].end
            while k < len(spans) and spans[k][1] <= end - 1:
                k += 1
            if k < len(spans) and spans[k][0] < end - 1 < spans[k][1] - 1:
                merged[-1] = _Sent(merged[-1].start, sent.end)
                continue
        merged.append(sent)
    return merged


#: A sentence that ends with "?" or "!" and closing marks ('„Wozu?“', '"Why?"').
_QUESTION_END = re.compile(r"[?!][\"'”“’‘»«›‹]+$")
#: A sentence that ends with a quote closed after its period ('„… lästig.“').
_QUOTE_END = re.compile(r"[.?!][\"'”“’‘»«›‹]+$")


def _split_glued(text: str, sents: list[_Sent]) -> list[_Sent]:
    """Split each sentence where a period glues two sentences without a space ("…,
    sagte Merkel.Als „verpasste Chance“ beurteilte …"), as the tokens do."""
    out: list[_Sent] = []
    for sent in sents:
        start = sent.start
        for m in _GLUED_SENTENCES.finditer(text, sent.start, sent.end):
            word = text[text.rfind(" ", start, m.start()) + 1 : m.start()]
            if word.lower() in _NAME_ABBREV:
                continue  # "Gen.Milley", "Prof.Müller": an abbreviation, no end
            out.append(_Sent(start, m.end()))
            start = m.end()
        out.append(_Sent(start, sent.end))
    return out


def _merge_lower_case_goings_on(text: str, sents: list[_Sent]) -> list[_Sent]:
    """Join a sentence that opens in lower case to the one before when that one ends
    with a quote closed after "?" or "!": '„Wozu?“ fragen sich Experten.' is one
    sentence (Punkt breaks after every "?" it reads as the end of a word); so is a
    quote closed after its period and a lower-case "so" ('„…“ so das Fazit.')."""
    merged: list[_Sent] = [sents[0]]
    for sent in sents[1:]:
        prev = merged[-1]
        if text[sent.start].islower() and (
            _QUESTION_END.search(text, prev.start, prev.end)
            # '„… zu lästig.“ so das Fazit der Betreiber.': "so" names the source
            or (
                text.startswith("so ", sent.start)
                and _QUOTE_END.search(text, prev.start, prev.end) is not None
            )
        ):
            merged[-1] = _Sent(prev.start, sent.end)
        else:
            merged.append(sent)
    return merged


def _yields_nothing(text: str, para: Span, toks: Sequence[_Tok]) -> bool:
    """True for a paragraph without quotes and without a token that opens a cue
    when no rule can take anything from it: reported speech without a listed
    cue needs "that" (:func:`_verb_that`) or a dash ("CLAUSE, — X"), and the
    typewriter quotes need ``''``.  Such a paragraph needs no sentences."""
    lows = set(map(_LOW_OF, toks))
    return (
        "that" not in lows
        and _DASHES.isdisjoint(lows)
        and _FRAME_WORDS.isdisjoint(lows)
        and "''" not in text[para.start : para.end]
        and _IN_FINDING_RE.search(text, para.start, para.end) is None  # "In a poll, …"
        and _PERSPECTIVE_RE.search(text, para.start, para.end) is None  # "To Lee, …"
    )


#: "In a new poll …," opening a sentence: the finding :func:`_in_finding` reports.
_IN_FINDING_RE = re.compile(
    r"\bIn (?:a|an|the|its) [^,\n]{0,80}?\b(?:"
    + "|".join(sorted(FINDING_SUBJECTS))
    + r")\b[^,\n]{0,60},"
)
#: "To X, …" opening a sentence: the view :func:`_perspective` reports.
_PERSPECTIVE_RE = re.compile(r"(?:^|(?<=[.!?”\"]\s))To [^,.\n]{1,60},", re.MULTILINE)
#: The words of ``text[start:end]`` as ``\b(?:…)\b`` would try them: a word cut
#: by ``start`` is not one.  A set test on them is four times faster than one
#: regex with every frame word as an alternative (0.58 s to 0.15 s over the
#: paragraphs of polnear-train).
_WORDS_RE = re.compile(r"\b\w+")


def _has_frame_word(text: str, start: int, end: int) -> bool:
    """True when a word of ``text[start:end]`` is one of :data:`_FRAME_WORDS`."""
    return not _FRAME_WORDS.isdisjoint(_WORDS_RE.findall(text, start, end))


def _quote_bounds(q: Quote) -> tuple[int, int]:
    """Where the quote starts and ends, with its marks."""
    start = q.open_mark.start if q.open_mark is not None else q.span.start
    end = q.close_mark.end if q.close_mark is not None else q.span.end
    return start, end


def _sentence_of(sents: Sequence[Span], pos: int) -> int:
    idx = bisect.bisect_right([s.start for s in sents], pos) - 1
    return max(idx, 0)


class _Doc(NamedTuple):
    """What every paragraph of one call reads: the quotes and their bounds (with
    marks), the body paragraphs and their starts, and the quotes' starts in order."""

    text: str
    quotes: tuple[Quote, ...]
    bounds: list[tuple[int, int]]
    paras: tuple[Span, ...]
    p_starts: list[int]
    starts: list[int]
    lang: str = "en"


def _after_a_question(text: str, prev_para: Span | None) -> bool:
    """True when the paragraph before opens an interview's question ("Q: …")."""
    return prev_para is not None and text.startswith("Q:", prev_para.start)


def _paragraph_cands(
    doc: _Doc, para: Span, prev_para: Span | None, in_para: list[int]
) -> list[_Cand]:
    """The candidates of one paragraph: a transcript turn, then sentence by sentence
    the quotes' attributions and the reported speech (:func:`_sentence_cands`).
    ``in_para`` are the indexes of the quotes that open in it, in order."""
    text, bounds = doc.text, doc.bounds
    cands: list[_Cand] = []
    turn = _TRANSCRIPT.match(text, para.start, para.end)
    if turn is not None and turn.group("who") == "A" and not _after_a_question(text, prev_para):
        turn = None  # "A: Sell the unit." in a list of options: no answer without a "Q:"
    if turn is not None:
        cand = _tag_cand(text, turn, "transcript-turn", para.end)
        if cand is not None:
            cands.append(cand)
    # "Laut Müller ist …", "Nach Ansicht von …": a German source opening a sentence
    de_source = doc.lang == "de" and _may_open_a_source(text, para.start, para.end)
    has_cue = (
        de_source
        or _has_cue_word(text, para.start, para.end)
        or _has_frame_word(text, para.start, para.end)
        or _IN_FINDING_RE.search(text, para.start, para.end) is not None
        or _PERSPECTIVE_RE.search(text, para.start, para.end) is not None
    )
    if not in_para and not has_cue:
        return cands
    # cue_idx: the tokens that open a cue; reported speech starts only at one of them
    toks, tstarts, cue_idx = _tokenize(text, para.start, para.end)
    if not in_para and not cue_idx and not de_source and _yields_nothing(text, para, toks):
        return cands
    sents = list(
        map(tuple.__new__, itertools.repeat(_Sent), sentence_bounds(text, para.start, para.end))
    )
    if not sents:
        return cands
    if _GLUED_SENTENCES.search(text, para.start, para.end) is not None:
        sents = _split_glued(text, sents)
    # a sentence boundary inside a quote is not a boundary for attribution
    sents = _merge_in_quotes(sents, [bounds[n] for n in in_para])
    if len(sents) > 1:
        sents = _merge_lower_case_goings_on(text, sents)
    marks: tuple[list[int], list[int]] | None = None
    if has_cue:
        # the commas and each "that" of the paragraph, for _indirect
        lows = list(map(_LOW_OF, toks))
        marks = (
            list(itertools.compress(range(len(lows)), map(",".__eq__, lows))),
            list(itertools.compress(range(len(lows)), map("that".__eq__, lows))),
        )
    ctx = _ParaCtx(
        para,
        prev_para,
        toks,
        tstarts,
        cue_idx,
        marks,
        has_cue,
        in_para,
        [bounds[n][0] for n in in_para],
        [Span(*bounds[n]) for n in in_para],
        _next_opens(doc, in_para),
    )
    used: set[int] = set()  # the cues that earlier sentences' quotes took
    for s_idx, sent in enumerate(sents):
        found = _sentence_cands(doc, ctx, s_idx, sent)
        if used:
            # '"…!" Lee's niece, Ann Roe, shouted.': the cue after a quote's own
            # sentence is the quote's, no reported speech of its own
            found = [c for c in found if c.content is None or c.cue is None or c.cue[0] not in used]
        used.update(c.cue[0] for c in found if c.quote >= 0 and c.cue is not None)
        cands.extend(found)
    return cands


def _next_opens(doc: _Doc, in_para: list[int]) -> dict[int, int]:
    """Each quote's next quote's opening mark, where the words after the quote
    end; a nickname in marks is part of a name, not a quote that ends them
    ('“…!” Lee’s niece, Ann “Annie” Roe, shouted')."""
    opens = [n for n in in_para if doc.quotes[n].kind_rule != "nickname"]
    return (
        {n: doc.bounds[opens[bisect.bisect_right(opens, n)]][0] for n in in_para if n < opens[-1]}
        if opens
        else {}
    )


class _ParaCtx(NamedTuple):
    """One paragraph as its sentences read it."""

    para: Span
    prev_para: Span | None
    toks: list[_Tok]
    tstarts: list[int]
    cue_idx: list[int]
    marks: tuple[list[int], list[int]] | None  # commas and "that", when a cue is near
    has_cue: bool  # a cue word, a frame or a source phrase in the paragraph
    in_para: list[int]  # the quotes that open in the paragraph
    para_starts: list[int]  # their starts
    blocked: list[Span]  # their bounds, where no reported speech is looked for
    next_open: dict[int, int]  # each quote's next quote's opening mark


def _sentence_cands(doc: _Doc, ctx: _ParaCtx, s_idx: int, sent: _Sent) -> list[_Cand]:
    """The candidates of one sentence: each quote's (a running quote's from its last
    piece, :func:`_running_cand`; else :func:`_quote_cand`), then its reported speech."""
    text, bounds, para, tstarts = doc.text, doc.bounds, ctx.para, ctx.tstarts
    lo = bisect.bisect_left(tstarts, sent.start)
    hi = bisect.bisect_left(tstarts, sent.end)
    s_quotes = ctx.in_para[
        bisect.bisect_left(ctx.para_starts, sent.start) : bisect.bisect_left(
            ctx.para_starts, sent.end
        )
    ]
    cands: list[_Cand] = []
    for pos, n in enumerate(s_quotes):
        running = (
            _running_cand(text, doc.quotes[n], n, bounds[n][1], doc.paras, doc.p_starts, doc.starts)
            if bounds[n][1] > para.end
            else None
        )
        cands.append(
            running
            or _quote_cand(
                text,
                doc.quotes[n],
                n,
                bounds,
                s_quotes,
                pos,
                ctx.toks,
                tstarts,
                lo,
                hi,
                sent,
                ctx.prev_para if s_idx == 0 else None,
                ctx.next_open.get(n, para.end),
                para.start,
                doc.lang,
            )
        )
    found = (
        _indirect(text, ctx.toks, lo, hi, ctx.blocked, ctx.para_starts, ctx.cue_idx, ctx.marks)
        if ctx.has_cue
        else []
    )
    if not found and not s_quotes and doc.lang == "de" and ctx.has_cue:
        # "Laut Müller ist die Lage ernst": German's "according to X, …"
        source = _source_clause(text, ctx.toks, lo, hi)
        if source is not None and not any(
            source.content is not None
            and b.start < source.content.end
            and source.content.start < b.end
            for b in ctx.blocked
        ):
            found = [source]
    if not found and text.startswith("''", sent.start) and not s_quotes:
        # typewriter quotes ('' … '', NYT copy) that find_quotes leaves alone:
        # words without marks it knows, so reported speech of the current speaker
        content = _trim(text, sent.start, sent.end)
        if content is not None:
            found = [
                _Cand(
                    sent.start,
                    None,
                    None,
                    "continuation-clause",
                    0.4,
                    content=content,
                    follow=True,
                )
            ]
    cands.extend(found)
    return cands


def attribute(
    text: str,
    quotes: tuple[Quote, ...] | None = None,
    *,
    layout: Layout | None = None,
    dateline: Dateline | Literal["auto"] | None = "auto",
    lang: str | None = None,
) -> tuple[Quote, ...]:
    """``quotes`` with their attribution filled in, plus the indirect speech found.

    >>> text = 'He left. "It is over," said Maria Lopez, a nurse. She said she was tired.'
    >>> [(q.span.of(text), q.speaker.span.of(text)) for q in attribute(text)]
    [('It is over,', 'Maria Lopez'), ('she was tired', 'She')]

    ``quotes`` default to :func:`~newsparse.find_quotes`; the result holds
    them (attribution set) and new ``indirect`` quotes, sorted by start.
    ``dateline`` is the text's dateline as :func:`~newsparse.parse_dateline`
    gives it for ``layout`` (``None``: the text has none), for a caller that has
    it already; ``"auto"`` (the default): attribute finds it.  No speaker or
    reported clause is looked for inside the dateline.
    ``lang`` is the text's language (``"en"``, ``"de"``); ``None`` finds it
    (:func:`~newsparse.detect_language`).  German copy is read with German
    word order first (:mod:`newsparse.attribution.german`).
    Never raises for any ``str``.  A ``quotes``, ``layout`` or ``dateline`` of
    the wrong type raises :class:`TypeError`; one made from another text
    raises :class:`~newsparse.NewsparseError`.
    """
    check_text(text)
    given = check_quotes(text, quotes)
    layout = check_layout(text, layout)
    if dateline != _AUTO:
        dateline = check_dateline(text, dateline)
    lang = check_lang(text, lang)
    if given is None:
        from newsparse.quotes import find_quotes

        given = find_quotes(text, layout=layout)
    quotes = given
    # indirect quotes given (an earlier attribute's result) are found again, not
    # read as quotes, so that attribute(t, attribute(t)) == attribute(t)
    given_indirect = tuple(q for q in quotes if q.kind == "indirect")
    if given_indirect:
        quotes = tuple(q for q in quotes if q.kind != "indirect")
    paras, heads = _paragraphs(text, layout, dateline)
    reg = _registry(text, lang)
    bounds = [_quote_bounds(q) for q in quotes]
    order = sorted(range(len(quotes)), key=lambda n: bounds[n][0])
    starts = [bounds[n][0] for n in order]
    doc = _Doc(text, quotes, bounds, paras, [p.start for p in paras], starts, lang)

    cands: list[_Cand] = _headline_cands(text, heads)
    prev_para: Span | None = None
    for para in paras:
        a = bisect.bisect_left(starts, para.start)
        b = bisect.bisect_left(starts, para.end)
        cands.extend(_paragraph_cands(doc, para, prev_para, [order[n] for n in range(a, b)]))
        # a headline or a subhead is no narrative paragraph for the next one to go on
        # from ('Protesters Rally in Capital⏎⏎"We are not going anywhere."')
        prev_para = None if para in heads else para

    p_starts = doc.p_starts
    result = _assemble(text, quotes, cands, reg, p_starts)
    if given_indirect:
        refound = {q.span for q in result if q.kind == "indirect"}
        kept = [q for q in given_indirect if q.span not in refound]
        if kept:
            # reported speech the caller gave that this text's rules do not find
            result = tuple(sorted((*result, *kept), key=lambda q: (q.span.start, q.span.end)))
    return result
