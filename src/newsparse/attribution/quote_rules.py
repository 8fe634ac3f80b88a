"""The order in which a quote with marks gets its speaker, one named rule after another.

:func:`_quote_cand` reads the quote in its sentence (a :class:`_Site`) and tries the rules
of :data:`_QUOTE_RULE_ORDER` in turn: after the quote (A-1, A-2), before it (A-3, A-14),
the cue that governs a fragment, a later attribution, a block quote after a colon (Q-9),
the sentence subject, the previous sentence's subject, a narrative paragraph's subject;
with none, ``continuation``.  A running quote (Q-1) takes the attribution after its last
piece (:func:`_running_cand`).

>>> from newsparse import attribute
>>> text = 'Vote\\n\\n"We cut what we could.\\n\\n"I will not apologize," Lu said.'
>>> attribute(text)[0].attribution.rule
'quote-speaker-cue-running'
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from typing import NamedTuple

import regex

from newsparse.attribution.direct import (
    _Cand,
    _cue_tuple,
    _finding_frame,
    _first_subject,
    _governing,
    _interview_addressee,
    _post_pattern,
    _post_quote,
    _pre_pattern,
    _tail,
)
from newsparse.attribution.german import (
    _CONJUNCTIONS,
    _adverbial_opener,
    _german_cand,
    _no_subject,
    _previous_sentence,
    _source_clause,
    _subject_past_an_adverbial,
    _titled_source,
)
from newsparse.attribution.mentions import (
    _Ment,
    _mention_kind,
    _np_back,
    _np_forward,
    _sentence_subject,
    _verb_like,
)
from newsparse.attribution.tokens import (
    _ANY_MARKS,
    _DASHES,
    _START,
    _bare,
    _CueHit,
    _Tok,
    _tokens,
)
from newsparse.lexicon.cues import (
    AUXILIARIES,
    BARE_TIME_WORDS,
    CLAIM_NOUNS,
    CUE_ADVERBS,
    FLOATING_WORDS,
    HEADLINE_LABELS,
    PARTICIPLE_SUBORDINATORS,
    PHRASE_STOPS,
    TIME_PERIODS,
    TIME_WORDS,
    TITLE_CASE_CUES,
)
from newsparse.lexicon.kinds import BE_FORMS
from newsparse.lexicon.pronouns import POSSESSIVES, RELATIVE_PRONOUNS
from newsparse.lexicon.titles import (
    DETERMINERS,
    NARRATIVE_KINDS,
)
from newsparse.records import Quote
from newsparse.spans import Span


def _verb_after(
    toks: Sequence[_Tok], subj: _Ment, hi: int
) -> tuple[int, tuple[int, int, str] | None]:
    """The verb after a subject (past an aside and adverbs) as a cue, and its index."""
    v = subj.last + 1
    if v < hi and toks[v].low == "(":
        # "Sen. Ann Roe (Vt.), who …, named": past the party tag
        close = next((j for j in range(v + 1, min(hi, v + 8)) if toks[j].low == ")"), None)
        v = v if close is None else close + 1
    if v < hi and toks[v].low == ",":
        # "Hoff, who declined to comment, proposes": past the aside
        for w in range(v + 1, min(hi, v + 25)):
            if toks[w].low == ",":
                v = w + 1
                break
    while v < hi and (
        toks[v].low in CUE_ADVERBS
        or toks[v].low in BARE_TIME_WORDS
        or toks[v].low in FLOATING_WORDS
    ):
        v += 1  # "X also likened", "X today likened", "X alone spoke"
    if v < hi and toks[v].word and not toks[v].cap:
        return v, (toks[v].start, toks[v].end, toks[v].low)
    return v, None


class _Sent(NamedTuple):
    """A sentence's bounds (a Span's fields, without the record)."""

    start: int
    end: int


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
    lang: str = "en"
    # the character bounds of the sentence's first quote and the one before this one
    earlier: tuple[tuple[int, int], ...] = ()
    # where the quote before this one in the text ends (-1: none)
    prev_end: int = -1


def _in_an_earlier_quote(s: _Site, pos: int) -> bool:
    """True when ``pos`` lies inside the sentence's first quote or the one before this
    one: words there are nobody's subject ('"Q1," said X, a clerk, "Q2"')."""
    return any(a <= pos < b for a, b in s.earlier)


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
    lang: str = "en",
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
        lang,
        # the first and the previous quote of the sentence (not every one: linear time)
        tuple(bounds[m] for m in {s_quotes[0], s_quotes[pos - 1]}) if pos > 0 else (),
        bounds[n - 1][1] if n > 0 else -1,
    )
    for rule in _QUOTE_RULE_ORDER:
        cand = rule(site)
        if cand is not None and lang == "de":
            cand = _german_subject(cand, toks)  # None: English word order misread
        if cand is not None:
            return cand
    return _Cand(q_start, None, None, "continuation", 0.5, quote=n, follow=True)


def _german_subject(cand: _Cand, toks: Sequence[_Tok]) -> _Cand | None:
    """A general rule's candidate read in German copy: as it is; with a conjunction cut
    from the front of its speaker ("wie Müller sagte": *Müller*); or ``None`` when its
    speaker opens with an adverbial ("mit diesen Worten meldete er sich", "Und: „…“")
    or a phrase of place or time ("Im September hatte …"): German puts such words
    first and the subject after the verb (:func:`_no_subject`)."""
    ment = cand.speaker
    if cand.rule.startswith("de-") or ment is None or not _no_subject(toks, ment.first):
        return cand
    if (
        ment.last > ment.first
        and toks[ment.first + 1].cap
        and toks[ment.first].low in _CONJUNCTIONS
        and not _adverbial_opener(toks, ment.first)
    ):
        nxt = toks[ment.first + 1]
        return cand._replace(speaker=ment._replace(start=nxt.start, first=ment.first + 1))
    return None


def _other_quote(
    text: str, toks: Sequence[_Tok], lo: int, first_tok: int, quote: Quote, n: int, q_start: int
) -> _Cand:
    """Rules ``not-speech`` and ``framed-other``: scare quotes, titles, nicknames are
    nobody's words, unless a speech verb with its subject frames them ("X criticized
    the law as a “crazy system”")."""
    gov = None
    # a title or a nickname inside a name ('said Ann “Annie” Roe') is framed by no verb
    if "title" not in quote.rule and quote.kind_rule != "nickname" and first_tok > lo:
        gov = _governing(text, toks, lo, first_tok)
    if gov is None or gov[0] is None or gov[1].lemma == "according to":
        return _Cand(q_start, None, None, "not-speech", 0.9, quote=n)
    return _Cand(gov[0].start, gov[0], _cue_tuple(toks, gov[1]), "framed-other", 0.4, quote=n)


def _german(s: _Site) -> _Cand | None:
    """0. The ``de-`` rules: a quote in German copy, read by German word order
    (:mod:`newsparse.attribution.german`); English copy skips them."""
    if s.lang != "de":
        return None
    return _german_cand(s.text, s.toks, s.lo, s.hi, s.first_tok, s.after_tok, _past_a_title(s), s.n)


def _past_a_title(s: _Site) -> int:
    """``s.post_hi``, or the token after a paper's name in marks that the next quote
    is ('„…“, schrieb „Die Zeit“ am Montag'): such a name is the speaker, not a quote
    that ends the attribution."""
    if s.post_hi >= s.hi or s.toks[s.post_hi].low not in _ANY_MARKS:
        return s.post_hi
    title = _titled_source(s.toks, s.post_hi, s.hi)
    return s.post_hi if title is None else title.last + 1


#: A transcript turn opening a quote's words ('"PENCE: Well, look, …"').
_TURN_IN_QUOTE = regex.compile(r"(?P<who>\p{Lu}{2,}+(?:[^\S\n]\p{Lu}{2,}+){0,2})(?P<colon>:)\s")


def _turn_in_quote(s: _Site) -> _Cand | None:
    """1a. Rule ``transcript-turn`` for a quote whose words open with a speaker's name
    in capitals and a colon ('"PENCE: Well, look, …"'): a transcript put in marks,
    when no attribution follows the quote."""
    start = s.quote.span.start
    m = _TURN_IN_QUOTE.match(s.text, start, min(s.quote.span.end, start + 60))
    if m is None or _bare(m.group("who").split()[0].lower()) in HEADLINE_LABELS:
        return None
    ment = _Ment(m.start("who"), m.end("who"), "name", s.first_tok, s.first_tok)
    colon = m.start("colon")
    return _Cand(ment.start, ment, (colon, colon + 1, ":"), "transcript-turn", 0.8, quote=s.n)


def _after_an_aside_participle(s: _Site) -> bool:
    """True when the quote is the object of a participle in an aside after the
    sentence's subject ("Mr. Roe, citing “…,” said"): a comma, then the participle
    right before the marks."""
    p = s.first_tok - 1
    return (
        p - 1 > s.lo
        and s.toks[p].low.endswith("ing")
        and s.toks[p].cue is not None
        and s.toks[p - 1].low == ","
    )


def _after_the_quote(s: _Site) -> _Cand | None:
    """1. Rules ``quote-speaker-cue``, ``quote-cue-speaker``, ``quote-speaker-verb``,
    ``quote-dash-speaker``, ``quote-according-to``: "Q," X said / "Q," said X /
    "Q" — X (A-1, A-2, A-5), with relay and addressee."""
    post = _post_quote(s.text, s.quote, s.toks, s.after_tok, s.post_hi)
    if post is None:
        return None
    by, by_cue, rule, j = post
    if rule == "quote-cue-speaker" and _after_an_aside_participle(s):
        # "Mr. Roe, citing “the magic of Lee,” said the candidate could …": the cue is
        # the subject's, and what follows it is the clause it reports
        return None
    if rule == "quote-speaker-verb" and s.lead < s.first_tok:
        # "While Lee proclaims the article a “…,” Roe fixates on …": a fragment
        # inside a sentence is no quote that an unlisted verb after it attributes
        return None
    relay, addressee = _tail(s.text, s.toks, j, by_cue, max(s.hi, s.post_hi))
    cue = _cue_tuple(s.toks, by_cue)
    opener = _opening_participle(s) if rule == "quote-speaker-cue" else -1
    if opener >= 0:
        # "Asked whether Lee “…,” 75 percent said yes", "Citing “obligations,” the
        # spokeswoman told …": the phrase that holds the quote has its own cue
        tok = s.toks[opener]
        cue = (tok.start, tok.end, tok.low)
    return _Cand(
        by.start,
        by,
        cue,
        rule,
        0.9,
        relay=relay,
        addressee=addressee,
        quote=s.n,
    )


#: The findings whose numbers a sentence reports ("In a new poll, 40 percent …").
_POLLS = frozenset({"poll", "polls", "survey", "surveys", "study"})


def _in_a_finding(s: _Site) -> _Cand | None:
    """2b. Rule ``in-finding-partial``: a quote in a sentence opened by "In" and a poll,
    survey or report ("In a September poll, 75 percent of voters said “…”"): the
    finding is the source and *In* the cue, as PolNeAR marks it (the quote rule of
    ``in-finding-clause``)."""
    toks = s.toks
    frame = _finding_frame(toks, s.lo, s.first_tok)
    if frame is None or _bare(toks[frame[0]].low) not in _POLLS:
        return None
    head, _ = frame
    if any(not t.word or t.low in PHRASE_STOPS for t in toks[s.lo + 2 : head]):
        return None  # "In a memo released as polls closed", "In a request for …"
    source = _Ment(toks[s.lo + 1].start, toks[head].end, "role", s.lo + 1, head)
    cue = (toks[s.lo].start, toks[s.lo].end, "in")
    return _Cand(source.start, source, cue, "in-finding-partial", 0.5, quote=s.n)


#: Mentions that name somebody (not a thing or a stray word).
_PERSON_KINDS = frozenset({"name", "pronoun"})


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
        if main is not None and _in_an_earlier_quote(s, main.start):
            main = None  # '“Q1,” Lee said on “Today,” adding, “Q2”': Lee goes on
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
    if rule == "subject-colon-quote" and s.pre_lo > lo and ment.kind not in _PERSON_KINDS:
        # 'Clinton, the former secretary, stressed … a “Forum” sponsored by NBC and said
        # she has the quality: “…”': the subject before the title in marks
        whole = _sentence_subject(text, toks, lo, first_tok)
        if whole is not None and whole.kind in _PERSON_KINDS and whole.last < s.pre_lo:
            ment = whole
    if rule == "speaker-cue-quote":
        framed = _what_frame(s, ment)
        if framed is not None:
            f_ment, f_cue = framed
            return _Cand(f_ment.start, f_ment, f_cue, "governing-cue-partial", 0.6, quote=s.n)
        outer = _outer_speaker(s, ment)
        if outer is not None:
            # "Obama said he expected Americans will say “no”": the outer speaker
            o_ment, o_hit = outer
            return _Cand(
                o_ment.start,
                o_ment,
                _cue_tuple(toks, o_hit),
                "governing-cue-partial",
                0.6,
                quote=s.n,
            )
    return _Cand(ment.start, ment, cue, rule, 0.85, relay=relay, addressee=addressee, quote=s.n)


#: Auxiliaries before a main verb ("has railed against", "is seeking").
_AUXILIARIES = AUXILIARIES | {"'s", "’s"}  # "’s denouncing"


def _what_frame(s: _Site, inner: _Ment) -> tuple[_Ment, tuple[int, int, str] | None] | None:
    """ "Cruz has railed against what he calls the “Washington cartel”": a pronoun that
    names something in a "what" clause is the main clause's subject again, and PolNeAR
    gives the quote to that subject and its verb; a named other ("what aide Ann Roe
    called “…”") keeps the quote."""
    k = inner.first - 1
    if inner.kind != "pronoun" or k <= s.lo or s.toks[k].low != "what":
        return None
    outer = _sentence_subject(s.text, s.toks, s.lo, k)
    if outer is None or outer.last >= k or (outer.kind == "pronoun" and outer.start == inner.start):
        return None
    v, verb = _verb_after(s.toks, outer, k)
    toks = s.toks
    if verb is not None and toks[v].low in _AUXILIARIES and v + 1 < k and toks[v + 1].word:
        # "has railed against", "is seeking", "’s denouncing": the auxiliary and its verb
        verb = (toks[v].start, toks[v + 1].end, toks[v + 1].low)
    elif verb is not None and not (_verb_like(toks[v]) or toks[v].cue is not None):
        verb = None  # "Perhaps Mr. Comey's most …": no verb found
    for j in range(k - 1, max(outer.last, k - _CUE_REACH), -1):
        hit = toks[j].cue
        if hit is not None and toks[j].low.endswith("ing") and toks[j - 1].low == ",":
            verb = _cue_tuple(toks, hit)  # "…, referring to the attack on what he calls"
            break
    return outer, verb


def _outer_speaker(s: _Site, inner: _Ment) -> tuple[_Ment, _CueHit] | None:
    """The speaker and cue of reported speech that holds a quote's own attribution
    ("Lee said he told them, “…”", "sources have said he said “…”"): PolNeAR
    marks the outer attribution. Only with no comma or colon between the outer cue
    and the inner subject (not "Lee spoke first, and Roe said: “…”")."""
    if inner.first <= s.pre_lo:
        return None
    gov = _governing(s.text, s.toks, s.pre_lo, inner.first)
    if gov is None or gov[2] != "governing-cue-partial":
        return None
    o_ment, o_hit, _ = gov
    if o_ment is None or o_ment.start >= inner.start or "indirect" not in o_hit.patterns:
        return None
    between = s.toks[o_hit.end : inner.first]
    if any(t.low in {",", ":", ";", "—", "–"} or t.low in _ANY_MARKS for t in between):
        return None
    # the inner clause is the outer cue's object: right after it (past a time word),
    # after "that" or "what" (not "a woman asked for a photo and Clinton said", "Cruz
    # said as the heckler yelled")
    if (
        between
        and s.toks[inner.first - 1].low not in {"that", "what"}
        and not all(t.low in TIME_WORDS or t.low in TIME_PERIODS for t in between)
    ):
        return None
    return o_ment, o_hit


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
    framed = _what_frame(s, g_ment) if g_ment is not None else None
    if framed is not None:
        return _Cand(framed[0].start, framed[0], framed[1], rule, 0.6, quote=s.n)
    if g_ment is None:
        # "…, with Sen. Ann Roe calling it a “Chinese menu”": the participle's own subject
        g_ment = _with_subject(s.text, s.toks, s.pre_lo, g_hit.start)
    if g_ment is None and s.pre_lo > s.lo and s.toks[s.lo].low not in _ANY_MARKS:
        # "… but described his skills as a “work in progress”"
        g_ment = _sentence_subject(s.text, s.toks, s.lo, s.first_tok)
    if g_ment is None and g_hit.start == _participle_opener(s):
        # "Calling the report “pure fiction,” Lee left": the main clause's subject
        g_ment = _subject_after_the_quote(s)
    return _Cand(
        g_ment.start if g_ment is not None else s.q_start,
        g_ment,
        _cue_tuple(s.toks, g_hit),
        rule,
        0.6,
        quote=s.n,
        follow=g_ment is None,
    )


#: Words before a participle that opens a sentence ("After saying …, she left").
_PARTICIPLE_LEADS = PARTICIPLE_SUBORDINATORS | {"in", "by"}


def _participle_opener(s: _Site) -> int:
    """The index of the participle that opens the quote's sentence ("Calling …",
    "After saying …"), else -1."""
    p = s.lead + 1 if s.toks[s.lead].low in _PARTICIPLE_LEADS else s.lead
    if p >= s.first_tok or not s.toks[p].word or not s.toks[p].low.endswith("ing"):
        return -1
    return p


#: Participles that open a sentence and hold a quote of their own: the words asked
#: or cited ("Asked whether …", "Citing “…”", "Recalling “…”", "Quoting …").
_OPENING_PARTICIPLES = frozenset(
    {"asked", "citing", "recalling", "quoting", "questioned", "pressed", "remarking"}
)


def _opening_participle(s: _Site) -> int:
    """The index of a participle of :data:`_OPENING_PARTICIPLES` that opens the
    quote's sentence with no comma before the quote, else -1."""
    p = s.lead
    if p >= s.first_tok or s.toks[p].low not in _OPENING_PARTICIPLES:
        return -1
    if any(t.low in {",", ";", ":"} for t in s.toks[p : s.first_tok]):
        return -1
    return p


def _subject_after_the_quote(s: _Site) -> _Ment | None:
    """The main clause's subject after a quote inside an opening participle phrase
    ("Bemoaning the “phony system,” Lee accused …": *Lee*)."""
    comma = next(
        (j for j in range(s.after_tok - 3, min(s.hi, s.after_tok + 3)) if s.toks[j].low == ","),
        None,
    )
    if comma is None:
        return None
    start = max(comma + 1, s.after_tok)
    while start < s.hi and not s.toks[start].word:
        start += 1
    return _sentence_subject(s.text, s.toks, start, s.hi)


#: The most characters of a dash line under a quote ("— Ann Roe, Dover, Del.").
_DASH_LINE = 80


def _dash_line_below(s: _Site) -> _Cand | None:
    """1b. Rule ``quote-dash-speaker`` for a pull quote: a quote that ends its paragraph,
    over a short line of a dash and a name ('"…"⏎⏎— Ann Roe, Dover.') (#14 class 1)."""
    end = s.quote.close_mark.end if s.quote.close_mark is not None else s.quote.span.end
    text = s.text
    j = end
    while j < len(text) and j < end + 4 and text[j] in " \t.,":
        j += 1
    if j >= len(text) or text[j] != "\n":
        return None
    while j < len(text) and text[j].isspace():
        j += 1
    if j >= len(text) or text[j] not in _DASHES:
        return None
    line_end = text.find("\n", j)
    line_end = len(text) if line_end < 0 else line_end
    if line_end - j > _DASH_LINE:
        return None
    ltoks = _tokens(text, j, line_end)
    i = 0
    while i < len(ltoks) and ltoks[i].low in _DASHES:
        i += 1
    ment = _np_forward(text, ltoks, i) if i < len(ltoks) else None
    if ment is None or ment.kind != "name" or any(t.low in _ANY_MARKS for t in ltoks):
        return None
    if ment.last + 1 < len(ltoks) and ltoks[ment.last + 1].low not in {",", "."}:
        return None  # "— Ann Roe walked out": a sentence, not a signature
    dash = ltoks[0]
    return _Cand(
        ment.start, ment, (dash.start, dash.end, "dash"), "quote-dash-speaker", 0.8, quote=s.n
    )


def _passive_agent(s: _Site) -> _Cand | None:
    """0b. Rule ``passive-agent``: 'was dubbed “a disaster” by Ann Roe' — a naming or
    speech participle after a form of *be* before the quote, and its agent after it."""
    toks, after = s.toks, s.after_tok
    if after + 1 >= s.hi or toks[after].low != "by" or s.first_tok < s.lo + 2:
        return None
    for c in range(s.first_tok - 1, max(s.lo, s.first_tok - 4) - 1, -1):
        hit = toks[c].cue
        if hit is None or not toks[c].low.endswith(("ed", "en")):
            continue
        if c - 1 < s.lo or toks[c - 1].low not in _BE_FORMS:
            return None
        agent = _np_forward(s.text, toks, after + 1, strict=True)
        if agent is None or agent.kind not in {"name", "role", "organisation", "pronoun"}:
            return None
        return _Cand(agent.start, agent, _cue_tuple(toks, hit), "passive-agent", 0.7, quote=s.n)
    return None


def _possessor_claim(s: _Site) -> _Cand | None:
    """0c. Rule ``possessor-claim``: 'his claim that it was “rigged”', 'Lee's charge that
    …': the possessor of a noun of saying before the quote speaks (#14 class 4)."""
    toks = s.toks
    for c in range(s.first_tok - 1, max(s.lo, s.first_tok - 12), -1):
        if toks[c].low not in CLAIM_NOUNS:
            continue
        if c + 1 >= s.first_tok or toks[c + 1].low not in {"that", "of", "about"}:
            return None
        own = toks[c - 1] if c - 1 >= s.lo else None
        if own is None or not (own.low in POSSESSIVES or own.low.endswith(("'s", "’s"))):
            return None
        end = own.end - (2 if own.low.endswith(("'s", "’s")) else 0)
        ment = _Ment(own.start, end, "pronoun" if own.low in POSSESSIVES else "name", c - 1, c - 1)
        cue = (toks[c].start, toks[c].end, toks[c].low)
        return _Cand(ment.start, ment, cue, "possessor-claim", 0.6, quote=s.n)
    return None


def _with_subject(text: str, toks: Sequence[_Tok], lo: int, c: int) -> _Ment | None:
    """The subject of a participle cue at ``c`` in an absolute phrase: "with X calling"."""
    if c - 2 < lo or not toks[c].low.endswith("ing"):
        return None
    ment = _np_back(text, toks, c - 1, lo)
    if ment is None or ment.first - 1 < lo or toks[ment.first - 1].low != "with":
        return None
    return ment


def _later_in_the_sentence(s: _Site) -> _Cand | None:
    """4. The ``-later`` rules: an attribution after a later quote of the sentence,
    '"Q1" and "Q2," he said'."""
    toks = s.toks
    # past later quotes to the sentence's end: '"Q1" and "Q2," he said'
    for j in range(s.after_tok, min(max(s.hi, s.post_hi), s.after_tok + 60)):
        if toks[j].low == ",":
            # '"Q1" and "Q2," he said': the comma inside the later quote's close
            k = j + 2 if j + 1 < len(toks) and toks[j + 1].low in _ANY_MARKS else j + 1
            later = _post_pattern(s.text, toks, k, limit=s.hi)
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
    if b_ment is None or b_hit is None or b_hit.lemma == ":":
        gov = _governing(text, ptoks, start, len(ptoks) - 1)
        if gov is not None and gov[0] is not None and gov[2] != "according-to-partial":
            # "Earlier, the board said about its plan for the bridge:": the cue that
            # governs the sentence, and its subject
            return _Cand(
                gov[0].start, gov[0], _cue_tuple(ptoks, gov[1]), "colon-block", 0.75, quote=s.n
            )
    if b_ment is None or b_hit is None:
        # "17-year-old Jared Potts echoed:" — an unlisted verb: the sentence's subject
        subj = _sentence_subject(text, ptoks, start, len(ptoks) - 1)
        if subj is None or subj.kind not in {"name", "pronoun", "role", "organisation"}:
            return None
        _, verb = _verb_after(ptoks, subj, len(ptoks) - 1)
        colon = ptoks[-1]
        return _Cand(
            subj.start, subj, verb or (colon.start, colon.end, ":"), "colon-block", 0.6, quote=s.n
        )
    cue = _cue_tuple(ptoks, b_hit) if b_hit.lemma != ":" else (ptoks[-1].start, ptoks[-1].end, ":")
    return _Cand(b_ment.start, b_ment, cue, "colon-block", 0.75, quote=s.n)


def _headline_partial(s: _Site) -> _Cand | None:
    """5b. Rules ``speaker-colon-partial`` and ``title-case-partial``: a fragment in a
    headline-style line whose speaker opens it, before a colon ("Graham: Trump's
    ‘Hateful Rhetoric’", cue the colon) or before a capitalised cue verb of a
    title-case line ("Mayor Hale Calls Budget ‘Dead On Arrival’", cue *Calls*)."""
    toks, lo, first = s.toks, s.lead, s.first_tok
    trailing = _title_case_trailer(s)
    if trailing is not None:
        return trailing
    if first <= lo + 1 or not toks[lo].cap or _bare(toks[lo].low) in HEADLINE_LABELS:
        return None
    k = lo
    while k < min(first, lo + 5) and toks[k].word and toks[k].cap:
        k += 1
    if k < first and toks[k].low == ":" and k - lo >= 1:
        if any(_bare(t.low) in HEADLINE_LABELS for t in toks[lo:k]):
            return None  # "The Latest: …", "Watch: …"
        ment = _Ment(toks[lo].start, toks[k - 1].end, _mention_kind(toks, lo, k - 1), lo, k - 1)
        colon = toks[k]
        return _Cand(
            ment.start, ment, (colon.start, colon.end, ":"), "speaker-colon-partial", 0.6, quote=s.n
        )
    # a headline's words: at most _HEADLINE_TOKENS of them (one "sentence" may hold
    # thousands of quotes; reading all the words before each was quadratic)
    words = [t for t in toks[lo : min(first, lo + _HEADLINE_TOKENS)] if t.word and len(t.low) > 3]
    if len(words) < 3 or sum(t.cap for t in words) < 0.8 * len(words):
        return None
    for c in range(lo + 1, min(first, lo + 6)):
        tok = toks[c]
        if not (tok.word and tok.cap):
            return None
        if tok.low in TITLE_CASE_CUES and not toks[c - 1].low.endswith(("'s", "’s")):
            ment = _Ment(toks[lo].start, toks[c - 1].end, _mention_kind(toks, lo, c - 1), lo, c - 1)
            return _Cand(
                ment.start,
                ment,
                (tok.start, tok.end, tok.low),
                "title-case-partial",
                0.55,
                quote=s.n,
            )
    return None


#: The most tokens of a headline line that :func:`_title_case_trailer` reads.
_HEADLINE_TOKENS = 40
#: Title-case cues an addressee may follow ("…, Howard Dean Tells Democratic Convention").
_ADDRESSED_TITLE_CUES = frozenset({"tells", "told", "urges", "asks", "warns"})


def _title_case_trailer(s: _Site) -> _Cand | None:
    """Rule ``title-case-partial`` at a title-case line's end: "Lee ‘The Dealmaker’ Could
    Fix It, Ana Ruiz Says." — the name and the capitalised cue after the last comma."""
    toks, hi = s.toks, s.hi
    if hi - s.lead > _HEADLINE_TOKENS:
        return None  # a headline is short (and the cost stays linear)
    end = hi
    while end > s.first_tok and not toks[end - 1].word:
        end -= 1
    for back in range(1, 5):
        # "…, Howard Dean Tells Democratic Convention": the addressee after the cue
        if end - back - 1 <= s.first_tok or not toks[end - back].word:
            break
        if toks[end - back - 1].low in _ADDRESSED_TITLE_CUES:
            end -= back
            break
    cue_tok = toks[end - 1] if end - 1 > s.first_tok else None
    if cue_tok is None or not cue_tok.cap or cue_tok.low not in TITLE_CASE_CUES:
        return None
    comma = end - 2
    while comma > s.first_tok and toks[comma].word and toks[comma].cap and comma > end - 7:
        comma -= 1
    # the comma, or the comma inside the quote's close ("‘Citizen,’ Board Finds")
    closed = not toks[comma].word and toks[comma].low != "," and toks[comma - 1].low == ","
    if not (toks[comma].low == "," or closed) or comma + 1 >= end - 1:
        return None
    if comma < s.after_tok - 1:
        return None  # the words after the quote, not inside it
    words = [t for t in toks[s.lead : end] if t.word and len(t.low) > 3]
    if len(words) < 4 or sum(t.cap for t in words) < 0.8 * len(words):
        return None  # a title-case line, not a sentence
    first, last = comma + 1, end - 2
    ment = _Ment(toks[first].start, toks[last].end, _mention_kind(toks, first, last), first, last)
    cue = (cue_tok.start, cue_tok.end, cue_tok.low)
    return _Cand(ment.start, ment, cue, "title-case-partial", 0.55, quote=s.n)


#: The most tokens before a fragment in which its cue is looked for.
_CUE_REACH = 120


def _coordinated_verb(toks: Sequence[_Tok], v: int, first: int) -> tuple[int, int, str] | None:
    """A past verb after *and* between the subject's verb at ``v`` and the quote: the
    fragment's own verb ("Lee tweeted that she was “a con” and encouraged fans to “check
    out” …": *encouraged*)."""
    for w in range(first - 1, max(v + 1, first - 1 - _CUE_REACH), -1):
        t = toks[w]
        if toks[w - 1].low == "and" and not t.cap and t.low.endswith("ed") and _verb_like(t):
            return (t.start, t.end, t.low)
    return None


def _partial_cue(toks: Sequence[_Tok], subj: _Ment, first: int) -> tuple[int, int, str] | None:
    """The cue of a fragment after its sentence's subject: the listed cue nearest the
    quote ("X praised it and warned costs could “spiral”": *warned*), else a verb right
    after the subject ("X likened …"), else none: a noun or a preposition is no cue."""
    v, cue = _verb_after(toks, subj, first)
    if cue is not None and toks[v].cue is not None:
        return _coordinated_verb(toks, v, first) or cue
    # at most _CUE_REACH tokens back: one sentence may hold many quotes
    stop = max(subj.last, first - 1 - _CUE_REACH)
    for w in range(first - 1, stop, -1):
        hit = toks[w].cue
        if hit is not None and hit.lemma != "according to":
            return _cue_tuple(toks, hit)
    if cue is not None and _verb_like(toks[v]):
        return cue  # "he signed a bill that created the “…”": the subject's own verb
    for w in range(first - 1, stop, -1):
        if (
            _verb_like(toks[w])
            and toks[w].low.endswith(("ed", "es", "ts"))
            and toks[w].low not in POSSESSIVES  # "for its hyperbolic …": no verb
        ):
            return (toks[w].start, toks[w].end, toks[w].low)
    if cue is not None and toks[v].low in PHRASE_STOPS | DETERMINERS | POSSESSIVES:
        return None
    return cue


def _sentence_subject_partial(s: _Site) -> _Cand | None:
    """6. Rule ``sentence-subject-partial``: a fragment inside the reporter's sentence
    with an unlisted verb ("X likened the refugees to a “vicious snake”"): the
    sentence's subject."""
    if s.lead >= s.first_tok:
        return None
    toks = s.toks
    opener = _participle_opener(s)
    subj = None
    if opener >= 0 and all(t.low != "," for t in toks[opener : s.first_tok]):
        # "Bemoaning the “phony system,” Lee accused the host": the main clause's
        subj = _subject_after_the_quote(s)
        if subj is not None:  # the participle is the fragment's cue
            opening = (toks[opener].start, toks[opener].end, toks[opener].low)
            return _Cand(subj.start, subj, opening, "sentence-subject-partial", 0.45, quote=s.n)
    subj = _sentence_subject(s.text, toks, s.lo, s.first_tok)
    if subj is None or _in_an_earlier_quote(s, subj.start):
        # '"Q1," said X, a clerk in Ohio, "Q2"': words inside an earlier quote are
        # nobody's subject; the speaker goes on
        return None
    if s.lang == "de" and _adverbial_opener(toks, subj.first):
        # "Zu dieser Zeit ging Celebi davon aus, …": the subject after the verb
        subj = _subject_past_an_adverbial(s.text, toks, subj.first, s.first_tok)
        if subj is None:
            return None
    cue = _partial_cue(toks, subj, s.first_tok)
    v, _ = _verb_after(toks, subj, s.first_tok)
    own = v < s.first_tok and toks[v].cue is not None
    for w in range(s.first_tok - 1, max(subj.last + 1, s.first_tok - 1 - _CUE_REACH), -1):
        # "X endorsed her, citing her “long experience”": the participle; but "X said
        # the plan drew “…” protests, including …" keeps the subject's own cue
        if (
            toks[w].low.endswith("ing")
            and toks[w - 1].low == ","
            and toks[w].word
            and not (own and toks[w].cue is None)
        ):
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
    # a sentence opens with a capital or a mark ("(D-N.C.), head of …" opens none)
    starts = [
        k
        for k in range(plo, lo)
        if k == plo
        or (toks[k - 1].low in {".", "!", "?"} and (toks[k].cap or toks[k].low in _ANY_MARKS))
    ]
    if not starts:
        return None
    # a sentence that quotes is no narrative one; a title in an opening "On/In" phrase
    # ('On “Face the Nation,” Sen. Ann Roe named …') is no quote
    titled = toks[starts[-1]].low in {"on", "in", "at", "during"}
    if (
        not titled
        and (
            s.prev_end > toks[starts[-1]].start  # also in single marks ("'We …,' Lee said.")
            or any(t.low in _ANY_MARKS for t in toks[starts[-1] : lo])
        )
    ):
        return None
    if s.lang == "de":
        source = _source_clause(s.text, toks, starts[-1], lo)
        if source is not None and source.speaker is not None:
            # "Laut Roth ist die Lage ruhig. „…“": the source speaks on, not "die Lage"
            return source._replace(
                rule="previous-sentence-subject", confidence=0.4, content=None, quote=s.n
            )
        # German word order: the finite verb second, the subject before or after it
        german = _previous_sentence(s.text, toks, starts[-1], lo)
        if german is None or german[0].kind not in {"name", "pronoun", "role"}:
            return None
        return _Cand(
            german[0].start, german[0], german[1], "previous-sentence-subject", 0.4, quote=s.n
        )
    subj = _sentence_subject(s.text, toks, starts[-1], lo)
    if subj is None or subj.kind not in {"name", "pronoun", "role"}:
        return None
    if titled and any(t.low in _ANY_MARKS for t in toks[subj.first : lo]):
        return None
    v, cue = _verb_after(toks, subj, lo)
    if v < lo and toks[v].cue is None:
        # "His partner at Lenox, Ann Roe, called him …": the sentence's cue, not
        # the word after the subject; never the verb of a relative clause ("next to
        # Roe, who said nothing") or of another subject ("…, his coach said on Monday")
        w = next((w for w in range(v + 1, lo) if toks[w].cue is not None), lo)
        hit = toks[w].cue if w < lo else None
        between = toks[v:w]
        if hit is not None and not any(t.low in _RELATIVES for t in between):
            end = hit.end
            comma = next((c for c in range(w - 1, v, -1) if toks[c].low == ","), -1)
            if comma >= 0 and end < lo and toks[end].low in {".", "!", "?"} and end == lo - 1:
                # "Lee isn't a conservative, Roe said.": the speaker of the
                # sentence's closing attribution, a person
                closing = _sentence_subject(s.text, toks, comma + 1, w)
                if (
                    closing is not None
                    and closing.last == w - 1
                    and closing.kind in {"name", "role", "pronoun"}
                    and toks[closing.first].low != "it"
                ):
                    subj, cue = closing, _cue_tuple(toks, hit)
            elif comma < 0 or toks[w - 1].low == ",":
                cue = _cue_tuple(toks, hit)  # no comma, or an appositive just closed
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


#: Forms of *be* before a passive participle ("was dubbed", "has been called").
_BE_FORMS = BE_FORMS["en"]


#: Words that open a relative clause: a verb after them is the clause's own.
_RELATIVES = RELATIVE_PRONOUNS | {"that", "where"}


#: The quote rules, in the order :func:`_quote_cand` tries them.
_QUOTE_RULE_ORDER: tuple[Callable[[_Site], _Cand | None], ...] = (
    _german,
    _after_the_quote,
    _turn_in_quote,
    _dash_line_below,
    _passive_agent,
    _in_a_finding,
    _before_the_quote,
    _possessor_claim,
    _governed,
    _later_in_the_sentence,
    _colon_block,
    _headline_partial,
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
