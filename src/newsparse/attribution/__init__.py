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
from collections.abc import Callable, Sequence
from typing import Literal, NamedTuple

import attrs

from newsparse.attribution.direct import (
    _Cand,
    _cue_tuple,
    _first_subject,
    _governing,
    _interview_addressee,
    _post_pattern,
    _post_quote,
    _pre_pattern,
    _tail,
)
from newsparse.attribution.headlines import (
    _TRANSCRIPT,
    _headline_cands,
    _tag_cand,
)
from newsparse.attribution.indirect import (
    _indirect,
    _trim,
)
from newsparse.attribution.mentions import (
    _Ment,
    _sentence_subject,
)
from newsparse.attribution.registry import (
    _LOOKBACK,
    _Registry,
    _registry,
)
from newsparse.attribution.resolve import (
    _resolve,
    _role_ahead,
    _Spoken,
)
from newsparse.attribution.tokens import (
    _ANY_MARKS,
    _DASHES,
    _FORMS,
    _LOW_OF,
    _START,
    _has_cue_word,
    _Tok,
    _tokenize,
    _tokens,
)
from newsparse.checks import check_dateline, check_layout, check_quotes
from newsparse.errors import check_text
from newsparse.lexicon.cues import (
    CUE_ADVERBS,
)
from newsparse.lexicon.titles import (
    NARRATIVE_KINDS,
)
from newsparse.records import Attribution, Cue, Dateline, Layout, Mention, Quote
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
    paras = tuple(sorted((*body, *heads), key=_span_key))
    if not paras and text.strip():
        paras = (Span(0, len(text)),)
    return paras, heads


def _verb_after(
    toks: Sequence[_Tok], subj: _Ment, hi: int
) -> tuple[int, tuple[int, int, str] | None]:
    """The verb after a subject (past an aside and adverbs) as a cue, and its index."""
    v = subj.last + 1
    if v < hi and toks[v].low == ",":
        # "Hoff, who declined to comment, proposes": past the aside
        for w in range(v + 1, min(hi, v + 25)):
            if toks[w].low == ",":
                v = w + 1
                break
    while v < hi and toks[v].low in CUE_ADVERBS:
        v += 1
    if v < hi and toks[v].word and not toks[v].cap:
        return v, (toks[v].start, toks[v].end, toks[v].low)
    return v, None


class _Sent(NamedTuple):
    """A sentence's bounds (a Span's fields, without the record)."""

    start: int
    end: int


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


def _yields_nothing(text: str, para: Span, toks: Sequence[_Tok]) -> bool:
    """True for a paragraph without quotes and without a token that opens a cue
    when no rule can take anything from it: reported speech without a listed
    cue needs "that" (:func:`_verb_that`) or a dash ("CLAUSE, — X"), and the
    typewriter quotes need ``''``.  Such a paragraph needs no sentences."""
    lows = set(map(_LOW_OF, toks))
    return (
        "that" not in lows and _DASHES.isdisjoint(lows) and "''" not in text[para.start : para.end]
    )


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


def _paragraph_cands(
    doc: _Doc, para: Span, prev_para: Span | None, in_para: list[int]
) -> list[_Cand]:
    """The candidates of one paragraph: a transcript turn, then sentence by sentence
    the quotes' attributions and the reported speech (:func:`_sentence_cands`).
    ``in_para`` are the indexes of the quotes that open in it, in order."""
    text, bounds = doc.text, doc.bounds
    cands: list[_Cand] = []
    turn = _TRANSCRIPT.match(text, para.start, para.end)
    if turn is not None:
        cand = _tag_cand(text, turn, "transcript-turn", para.end)
        if cand is not None:
            cands.append(cand)
    has_cue = _has_cue_word(text, para.start, para.end)
    if not in_para and not has_cue:
        return cands
    # cue_idx: the tokens that open a cue; reported speech starts only at one of them
    toks, tstarts, cue_idx = _tokenize(text, para.start, para.end)
    if not in_para and not cue_idx and _yields_nothing(text, para, toks):
        return cands
    sents = list(
        map(tuple.__new__, itertools.repeat(_Sent), sentence_bounds(text, para.start, para.end))
    )
    if not sents:
        return cands
    # a sentence boundary inside a quote is not a boundary for attribution
    sents = _merge_in_quotes(sents, [bounds[n] for n in in_para])
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
        in_para,
        [bounds[n][0] for n in in_para],
        [Span(*bounds[n]) for n in in_para],
        {n: bounds[m][0] for n, m in itertools.pairwise(in_para)},
    )
    for s_idx, sent in enumerate(sents):
        cands.extend(_sentence_cands(doc, ctx, s_idx, sent))
    return cands


class _ParaCtx(NamedTuple):
    """One paragraph as its sentences read it."""

    para: Span
    prev_para: Span | None
    toks: list[_Tok]
    tstarts: list[int]
    cue_idx: list[int]
    marks: tuple[list[int], list[int]] | None  # commas and "that", when a cue is near
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
            )
        )
    found = (
        _indirect(text, ctx.toks, lo, hi, ctx.blocked, ctx.para_starts, ctx.cue_idx, ctx.marks)
        if ctx.marks is not None
        else []
    )
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
    Never raises for any ``str``.  A ``quotes``, ``layout`` or ``dateline`` of
    the wrong type raises :class:`TypeError`; one made from another text
    raises :class:`~newsparse.NewsparseError`.
    """
    check_text(text)
    given = check_quotes(text, quotes)
    layout = check_layout(text, layout)
    if dateline != _AUTO:
        dateline = check_dateline(text, dateline)
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
    reg = _registry(text)
    bounds = [_quote_bounds(q) for q in quotes]
    order = sorted(range(len(quotes)), key=lambda n: bounds[n][0])
    starts = [bounds[n][0] for n in order]
    doc = _Doc(text, quotes, bounds, paras, [p.start for p in paras], starts)

    cands: list[_Cand] = _headline_cands(text, heads)
    prev_para: Span | None = None
    for para in paras:
        a = bisect.bisect_left(starts, para.start)
        b = bisect.bisect_left(starts, para.end)
        cands.extend(_paragraph_cands(doc, para, prev_para, [order[n] for n in range(a, b)]))
        prev_para = para

    p_starts = doc.p_starts
    result = _assemble(text, quotes, cands, reg, p_starts)
    if given_indirect:
        refound = {q.span for q in result if q.kind == "indirect"}
        kept = [q for q in given_indirect if q.span not in refound]
        if kept:
            # reported speech the caller gave that this text's rules do not find
            result = tuple(sorted((*result, *kept), key=lambda q: (q.span.start, q.span.end)))
    return result


def _running_cand(
    text: str,
    quote: Quote,
    n: int,
    q_end: int,
    paras: Sequence[Span],
    p_starts: Sequence[int],
    quote_starts: Sequence[int],
) -> _Cand | None:
    """A running quote (Q-3: one open mark per paragraph, a close mark only at
    the end) is attributed after its LAST piece: ``… that," Alvarez said.``."""
    k = bisect.bisect_right(p_starts, q_end - 1) - 1
    if k < 0 or not paras[k].start < q_end <= paras[k].end:
        return None
    last = paras[k]
    ltoks = _tokens(text, last.start, last.end)
    lstarts = list(map(_START, ltoks))
    after = bisect.bisect_left(lstarts, q_end)
    nxt = bisect.bisect_left(quote_starts, q_end)
    stop = quote_starts[nxt] if nxt < len(quote_starts) else last.end
    limit = bisect.bisect_left(lstarts, min(stop, last.end))
    post = _post_quote(text, quote, ltoks, after, limit)
    if post is None:
        return None
    by, by_cue, rule, j = post
    relay, addressee = _tail(text, ltoks, j, by_cue, limit)
    return _Cand(
        by.start,
        by,
        _cue_tuple(ltoks, by_cue),
        rule + "-running",
        0.85,
        relay=relay,
        addressee=addressee,
        quote=n,
    )


class _Site(NamedTuple):
    """A quote in its sentence, as the quote rules read it (token indexes into ``toks``)."""

    text: str
    quote: Quote
    n: int  # the quote's index in the quotes given
    toks: Sequence[_Tok]
    tstarts: Sequence[int]
    lo: int  # the sentence's tokens
    hi: int
    first_tok: int  # the quote's first token, its opening mark
    after_tok: int  # the first token after it
    pre_lo: int  # where the words before it start: the sentence, or the quote before
    post_hi: int  # where the words after it end: the next quote's opening mark
    lead: int  # the first word of the sentence, or first_tok
    q_start: int
    pos: int  # the quote's place among the sentence's quotes
    sent: _Sent
    prev_para: Span | None
    para_start: int


def _quote_cand(
    text: str,
    quote: Quote,
    n: int,
    bounds: Sequence[tuple[int, int]],
    s_quotes: Sequence[int],
    pos: int,
    toks: Sequence[_Tok],
    tstarts: Sequence[int],
    lo: int,
    hi: int,
    sent: _Sent,
    prev_para: Span | None,
    next_open: int,
    para_start: int,
) -> _Cand:
    """The attribution of one quote from the words around it in its sentence: the
    first of the quote rules that finds one, in order (:data:`_QUOTE_RULE_ORDER`), else
    ``continuation`` (no cue of its own: the current speaker goes on)."""
    q_start, q_end = bounds[n]
    first_tok = bisect.bisect_left(tstarts, q_start)
    if quote.kind == "other":
        return _other_quote(text, toks, lo, first_tok, quote, n, q_start)
    pre_lo = lo
    if pos > 0:
        pre_lo = bisect.bisect_left(tstarts, bounds[s_quotes[pos - 1]][1])
    lead = lo
    while lead < min(first_tok, lo + 40) and not toks[lead].word:
        lead += 1
    site = _Site(
        text,
        quote,
        n,
        toks,
        tstarts,
        lo,
        hi,
        first_tok,
        bisect.bisect_left(tstarts, q_end),
        pre_lo,
        # the attribution may follow the quote past Punkt's sentence end ('?” she said')
        bisect.bisect_left(tstarts, next_open),
        lead,
        q_start,
        pos,
        sent,
        prev_para,
        para_start,
    )
    for rule in _QUOTE_RULE_ORDER:
        cand = rule(site)
        if cand is not None:
            return cand
    return _Cand(q_start, None, None, "continuation", 0.5, quote=n, follow=True)


def _other_quote(
    text: str, toks: Sequence[_Tok], lo: int, first_tok: int, quote: Quote, n: int, q_start: int
) -> _Cand:
    """Rules ``not-speech`` and ``framed-other``: scare quotes, titles, nicknames are
    nobody's words, unless a speech verb with its subject frames them ("X criticized
    the law as a “crazy system”")."""
    gov = None
    if "title" not in quote.rule and first_tok > lo:
        gov = _governing(text, toks, lo, first_tok)
    if gov is None or gov[0] is None or gov[1].lemma == "according to":
        return _Cand(q_start, None, None, "not-speech", 0.9, quote=n)
    return _Cand(gov[0].start, gov[0], _cue_tuple(toks, gov[1]), "framed-other", 0.4, quote=n)


def _after_the_quote(s: _Site) -> _Cand | None:
    """1. Rules ``quote-speaker-cue``, ``quote-cue-speaker``, ``quote-speaker-verb``,
    ``quote-dash-speaker``, ``quote-according-to``: "Q," X said / "Q," said X /
    "Q" — X (A-1, A-2, A-5), with relay and addressee."""
    post = _post_quote(s.text, s.quote, s.toks, s.after_tok, s.post_hi)
    if post is None:
        return None
    by, by_cue, rule, j = post
    relay, addressee = _tail(s.text, s.toks, j, by_cue, max(s.hi, s.post_hi))
    return _Cand(
        by.start,
        by,
        _cue_tuple(s.toks, by_cue),
        rule,
        0.9,
        relay=relay,
        addressee=addressee,
        quote=s.n,
    )


def _before_the_quote(s: _Site) -> _Cand | None:
    """2. Rules ``speaker-cue-quote``, ``cue-speaker-quote``, ``speaker-colon-quote``,
    ``subject-colon-quote``, ``according-to-quote``, ``participle-quote`` and
    ``question-frame``: X said, "Q" / X: "Q" / "…, adding “Q”" (A-3, A-10, A-12, A-14)."""
    text, toks, lo, first_tok = s.text, s.toks, s.lo, s.first_tok
    pre = _pre_pattern(text, toks, s.pre_lo, first_tok)
    if pre is None:
        return None
    ment, hit_or_none, rule = pre
    if rule == "question-frame":
        return _Cand(s.q_start, None, None, rule, 0.7, quote=s.n)
    assert hit_or_none is not None
    cue = _cue_tuple(toks, hit_or_none) if hit_or_none.lemma != ":" else None
    if hit_or_none.lemma == ":":
        colon = toks[hit_or_none.start]
        cue = (colon.start, colon.end, ":")
    relay, addressee = _tail(text, toks, hit_or_none.end, hit_or_none, first_tok)
    if addressee is None:
        addressee = _interview_addressee(text, toks, lo, first_tok)
    if ment is None:
        main = _first_subject(text, toks, s.pre_lo, hit_or_none.start) or _sentence_subject(
            text, toks, lo, hit_or_none.start
        )
        return _Cand(
            main.start if main is not None else s.q_start,
            main,
            cue,
            rule,
            0.7 if main is not None else 0.5,
            addressee=addressee,
            quote=s.n,
            follow=main is None,
        )
    return _Cand(ment.start, ment, cue, rule, 0.85, relay=relay, addressee=addressee, quote=s.n)


def _governed(s: _Site) -> _Cand | None:
    """3. Rules ``governing-cue-partial``, ``governing-participle-partial``,
    ``according-to-partial``: a quote inside the reporter's sentence, given by the
    cue that governs it."""
    if s.first_tok <= s.pre_lo:
        return None
    gov = _governing(s.text, s.toks, s.pre_lo, s.first_tok)
    if gov is None:
        return None
    g_ment, g_hit, rule = gov
    if g_ment is None and s.pre_lo > s.lo and s.toks[s.lo].low not in _ANY_MARKS:
        # "… but described his skills as a “work in progress”"
        g_ment = _sentence_subject(s.text, s.toks, s.lo, s.first_tok)
    return _Cand(
        g_ment.start if g_ment is not None else s.q_start,
        g_ment,
        _cue_tuple(s.toks, g_hit),
        rule,
        0.6,
        quote=s.n,
        follow=g_ment is None,
    )


def _later_in_the_sentence(s: _Site) -> _Cand | None:
    """4. The ``-later`` rules: an attribution after a later quote of the sentence,
    '"Q1" and "Q2," he said'."""
    toks = s.toks
    for j in range(s.after_tok, min(s.hi, s.post_hi, s.after_tok + 60)):
        if toks[j].low == ",":
            later = _post_pattern(s.text, toks, j + 1, limit=s.hi)
            if later is not None:
                l_ment, l_hit, rule, _ = later
                return _Cand(
                    l_ment.start, l_ment, _cue_tuple(toks, l_hit), rule + "-later", 0.6, quote=s.n
                )
    return None


def _colon_block(s: _Site) -> _Cand | None:
    """5. Rule ``colon-block``: a block quote after "X said:" closing the previous
    paragraph (Q-9)."""
    if s.prev_para is None or s.pos != 0 or s.first_tok != s.lo:
        return None
    text, prev_para = s.text, s.prev_para
    ptoks = _tokens(text, max(prev_para.start, prev_para.end - 300), prev_para.end)
    if not ptoks or ptoks[-1].low != ":":
        return None
    start = len(ptoks) - 1
    while start > 0 and ptoks[start - 1].low not in {".", "!", "?"}:
        start -= 1
    block = _pre_pattern(text, ptoks, start, len(ptoks))
    b_ment, b_hit, _ = block if block is not None else (None, None, "")
    if b_ment is None or b_hit is None:
        return None
    cue = _cue_tuple(ptoks, b_hit) if b_hit.lemma != ":" else (ptoks[-1].start, ptoks[-1].end, ":")
    return _Cand(b_ment.start, b_ment, cue, "colon-block", 0.75, quote=s.n)


def _sentence_subject_partial(s: _Site) -> _Cand | None:
    """6. Rule ``sentence-subject-partial``: a fragment inside the reporter's sentence
    with an unlisted verb ("X likened the refugees to a “vicious snake”"): the
    sentence's subject."""
    if s.lead >= s.first_tok:
        return None
    toks = s.toks
    subj = _sentence_subject(s.text, toks, s.lo, s.first_tok)
    if subj is None:
        return None
    v, cue = _verb_after(toks, subj, s.first_tok)
    for w in range(s.first_tok - 1, v, -1):
        # "X endorsed her, citing her “long experience”": the participle
        if toks[w].low.endswith("ing") and toks[w - 1].low == "," and toks[w].word:
            cue = (toks[w].start, toks[w].end, toks[w].low)
            break
    return _Cand(subj.start, subj, cue, "sentence-subject-partial", 0.45, quote=s.n)


def _previous_sentence_subject(s: _Site) -> _Cand | None:
    """7. Rule ``previous-sentence-subject``: a quote after a sentence about someone in
    the same paragraph ("X identified … as a reason. “…”"): that sentence's subject."""
    if s.pos != 0 or s.lead != s.first_tok or s.sent.start <= s.para_start:
        return None
    toks, lo = s.toks, s.lo
    plo = bisect.bisect_left(s.tstarts, max(s.para_start, s.sent.start - 400))
    starts = [k for k in range(plo, lo) if k == plo or toks[k - 1].low in {".", "!", "?"}]
    if not starts or any(t.low in _ANY_MARKS for t in toks[starts[-1] : lo]):
        return None
    subj = _sentence_subject(s.text, toks, starts[-1], lo)
    if subj is None or subj.kind not in {"name", "pronoun"}:
        return None
    _, cue = _verb_after(toks, subj, lo)
    return _Cand(subj.start, subj, cue, "previous-sentence-subject", 0.4, quote=s.n)


def _after_a_narrative(s: _Site) -> _Cand | None:
    """8. Rule ``narrative-subject``: a quote that opens its paragraph after a
    narrative paragraph whose last sentence has a subject ("Howard pressed on.⏎⏎“…”")."""
    if s.pos != 0 or s.lead != s.first_tok or s.sent.start != s.para_start or s.prev_para is None:
        return None
    found = _narrative_subject(s.text, s.prev_para)
    if found is None:
        return None
    subj, cue = found
    return _Cand(subj.start, subj, cue, "narrative-subject", 0.4, quote=s.n, follow=True, soft=True)


#: The quote rules, in the order :func:`_quote_cand` tries them.
_QUOTE_RULE_ORDER: tuple[Callable[[_Site], _Cand | None], ...] = (
    _after_the_quote,
    _before_the_quote,
    _governed,
    _later_in_the_sentence,
    _colon_block,
    _sentence_subject_partial,
    _previous_sentence_subject,
    _after_a_narrative,
)


def _narrative_subject(text: str, para: Span) -> tuple[_Ment, tuple[int, int, str] | None] | None:
    """The subject of the last sentence of ``para`` and the verb after it, when
    that sentence holds no quote marks and its subject names someone."""
    ptoks = _tokens(text, max(para.start, para.end - 400), para.end)
    if not ptoks or any(t.low in _ANY_MARKS for t in ptoks):
        return None
    hi = len(ptoks)
    while hi > 0 and ptoks[hi - 1].low in {".", "!", "?", ":"}:
        hi -= 1
    start = hi
    while start > 0 and ptoks[start - 1].low not in {".", "!", "?"}:
        start -= 1
    if start == 0 and para.end - para.start > 400:
        return None
    subj = _sentence_subject(text, ptoks, start, hi)
    if subj is None or subj.kind not in NARRATIVE_KINDS:
        return None
    _, cue = _verb_after(ptoks, subj, hi)
    return subj, cue


def _asks(text: str, quote: Quote, cue: Cue | None) -> bool:
    """True when the quote asks a question ("…?", or the cue is "asked")."""
    if cue is not None and cue.lemma == "ask":
        return True
    return text[quote.span.start : quote.span.end].rstrip(" \"”’'").endswith("?")


def _answerer(
    history: Sequence[_Spoken], asker: _Spoken, p_starts: Sequence[int], pos: int
) -> _Spoken | None:
    """Q-3 dialogue: the speaker a question was put to, for an unattributed
    quote in a new paragraph after it: the speaker of the quote before the
    question, when that is someone else."""
    if bisect.bisect_right(p_starts, asker.pos) == bisect.bisect_right(p_starts, pos):
        return None  # the same paragraph: the asker goes on
    seen = False
    for spoken in reversed(history[-_LOOKBACK:]):
        if spoken is asker:
            seen = True
            continue
        if seen and spoken.rule in _QUOTE_RULES:
            return spoken if spoken.key != asker.key else None
    return None


def _keeps_narrative(key: str, cue: Cue | None, last: _Spoken) -> bool:
    """True when a narrative subject before a quote speaks it: it is the current
    speaker, or its verb is a speech cue ("Howard went on.", "Lee added:")."""
    if key and key == last.key:
        return True
    return cue is not None and cue.lemma in _FORMS


def _assemble(
    text: str,
    quotes: tuple[Quote, ...],
    cands: list[_Cand],
    reg: _Registry,
    p_starts: Sequence[int] = (),
) -> tuple[Quote, ...]:
    """Resolve speakers in text order and build the records: each candidate's own
    speaker (:func:`_own_speaker`), else the speaker who goes on
    (:func:`_who_goes_on`), kept in a history that later pronouns and role nouns
    resolve against."""
    history: list[_Spoken] = []
    genders: dict[str, str] = {}
    out: list[Quote] = list(quotes)
    extra: list[Quote] = []
    cands.sort(key=lambda c: (c.anchor, 0 if c.quote < 0 else 1))
    for cand in sorted(cands, key=lambda c: _cand_pos(c, quotes)):
        cue = None if cand.cue is None else Cue(Span(cand.cue[0], cand.cue[1]), cand.cue[2])
        speaker, key, gender, cue, rule, confidence = _own_speaker(
            text, cand, cue, reg, history, genders
        )
        if speaker is None and cand.follow and history:
            last = _who_goes_on(text, cand, quotes, history, p_starts)
            speaker, key, gender = last.speaker, last.key, last.gender
            if cue is None:
                cue = last.cue
        if speaker is not None and cand.rule != "not-speech":
            history.append(
                _Spoken(
                    _cand_pos(cand, quotes),
                    speaker,
                    cue,
                    key,
                    gender,
                    cand.rule,
                    cand.quote >= 0 and _asks(text, quotes[cand.quote], cue),
                )
            )
        relay = None
        if cand.relay is not None:
            relay, _, _ = _resolve(text, cand.relay, reg, ())
        addressee = None
        if cand.addressee is not None:
            addressee, _, _ = _resolve(text, cand.addressee, reg, ())
        att = Attribution(
            speaker=speaker,
            cue=cue,
            relay=relay,
            addressee=addressee,
            rule=rule,
            confidence=confidence
            if speaker is not None or rule in {"not-speech", "question-frame"}
            else 0.0,
        )
        if cand.quote >= 0:
            out[cand.quote] = attrs.evolve(out[cand.quote], attribution=att)
        elif cand.content is not None and (speaker is not None or cue is not None):
            extra.append(
                Quote(
                    span=cand.content,
                    kind="indirect",
                    pieces=(cand.content,),
                    rule="indirect:" + rule,
                    attribution=att,
                )
            )
    # a relay named at the end of the sentence ("…, Mehr news Agency reported")
    return tuple(sorted((*out, *extra), key=lambda q: (q.span.start, q.span.end)))


def _own_speaker(
    text: str,
    cand: _Cand,
    cue: Cue | None,
    reg: _Registry,
    history: list[_Spoken],
    genders: dict[str, str],
) -> tuple[Mention | None, str, str, Cue | None, str, float]:
    """The candidate's own speaker resolved (speaker, name key, gender), its cue, rule
    and confidence: a headline role resolves to its holder in the body (A-14); a soft
    narrative subject that neither speaks nor is the current speaker gives the turn
    back (``continuation``)."""
    speaker: Mention | None = None
    key = gender = ""
    rule, confidence = cand.rule, cand.confidence
    if cand.speaker is not None:
        speaker, key, gender = _resolve(text, cand.speaker, reg, history, genders)
        if rule == "headline-claim-speaker" and speaker.name is None and speaker.kind == "role":
            # "Budget cuts will hurt schools: Governor": the headline comes
            # before the body that names the role's holder
            ahead = _role_ahead(text, speaker.span, reg)
            if ahead is not None:
                key, ent = ahead
                speaker = Mention(speaker.span, speaker.kind, ent.name)
        if cand.soft and history and not _keeps_narrative(key, cue, history[-1]):
            # a narrative subject that is neither the current speaker nor
            # speaking: the current speaker goes on
            speaker, cue, rule, confidence = None, None, "continuation", 0.5
    return speaker, key, gender, cue, rule, confidence


def _who_goes_on(
    text: str,
    cand: _Cand,
    quotes: tuple[Quote, ...],
    history: list[_Spoken],
    p_starts: Sequence[int],
) -> _Spoken:
    """Rule ``continuation``: the speaker a quote with no cue of its own goes on with.

    The last speaker, but after reported speech the speaker of the last quote
    ('"…," Putin said, adding that …. "…"'; Q-10: '"…," said X, who argued that
    …. "…"': in the paragraph of X's quote, reported speech in between does not
    take the turn), and after a question the one asked (Q-3 dialogue)."""
    last = history[-1]
    if cand.quote >= 0 and last.rule not in _QUOTE_RULES:
        para = bisect.bisect_right(p_starts, _cand_pos(cand, quotes))
        between: list[_Spoken] = []
        for spoken in reversed(history[-_LOOKBACK:]):
            same = spoken.key == last.key and spoken.speaker.span == last.speaker.span
            if not same and bisect.bisect_right(p_starts, spoken.pos) != para:
                break
            if spoken.rule in _QUOTE_RULES:
                # the nearest mention of the quote's own speaker ("Greene added that")
                nearer = [b for b in between if b.key == spoken.key and b.speaker.kind != "pronoun"]
                last = nearer[0] if nearer else spoken
                break
            between.append(spoken)
    if cand.quote >= 0 and last.question and not _asks(text, quotes[cand.quote], None):
        last = _answerer(history, last, p_starts, _cand_pos(cand, quotes)) or last
    return last


#: Rules that attribute a quote of its own (not a fragment, not reported speech).
_QUOTE_RULES = frozenset(
    {"quote-speaker-cue", "quote-cue-speaker", "speaker-cue-quote", "speaker-colon-quote"}
    | {"colon-block", "quote-dash-speaker", "quote-according-to", "quote-speaker-verb"}
)


def _cand_pos(cand: _Cand, quotes: tuple[Quote, ...]) -> int:
    if cand.quote >= 0:
        q = quotes[cand.quote]
        return q.open_mark.start if q.open_mark is not None else q.span.start
    if cand.speaker is not None:
        return min(cand.speaker.start, cand.content.start if cand.content else cand.anchor)
    return cand.anchor
