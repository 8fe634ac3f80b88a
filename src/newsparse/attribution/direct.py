"""The rules that give a quote with marks its speaker and cue (wire-conventions §9).

Each rule is a small function named in its docstring by the rule name a ``Quote``
reports: ``quote-speaker-cue`` and ``quote-cue-speaker`` after the quote (A-1, A-2,
:func:`_post_pattern`), ``speaker-cue-quote``, ``cue-speaker-quote``,
``speaker-colon-quote``, ``subject-colon-quote``, ``participle-quote``,
``according-to-quote`` and ``question-frame`` before it (A-3, A-5, A-10, A-12, A-14,
:func:`_pre_pattern`), ``governing-cue-partial`` for a fragment (:func:`_governing`).
Takes the tokens of a paragraph and the quote's place; gives a candidate
(:class:`_Cand`) or ``None``.

>>> from newsparse import attribute
>>> text = '"We are ready," said Ana Ruiz, a nurse.'
>>> attribute(text)[0].attribution.rule
'quote-cue-speaker'
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from newsparse.attribution.mentions import (
    _CONTRAST_OPENERS,
    _main_clause,
    _Ment,
    _np_back,
    _np_forward,
    _sentence_subject,
    _subject_before,
    _verb_like,
)
from newsparse.attribution.tokens import (
    _CLOSE_MARKS,
    _CLOSING_PUNCT,
    _CUE_OF,
    _DASHES,
    _OPEN_MARKS,
    _bare,
    _cue_at,
    _cue_covering,
    _CueHit,
    _Tok,
)
from newsparse.lexicon.cues import (
    ADDRESSEE_CUES,
    CLAUSE_SKIP_WORDS,
    CUE_ADVERBS,
    FINDING_SUBJECTS,
    FINITE_VERBS,
    PARTICIPIAL_PREFIXES,
    PARTICIPLE_SUBORDINATORS,
    QUESTION_FRAME_LEADS,
    QUESTION_FRAMES,
    REPORTING_NOUNS,
    TAIL_OPENERS,
    TIME_PERIODS,
    TIME_WORDS,
)
from newsparse.lexicon.months import MONTHS
from newsparse.lexicon.pronouns import (
    RELATIVE_PRONOUNS,
    SPEAKER_PRONOUNS,
)
from newsparse.records import Quote
from newsparse.spans import Span

# --------------------------------------------------------------------------- candidates


class _Cand(NamedTuple):
    """An attribution found, before its speaker is resolved."""

    anchor: int
    speaker: _Ment | None
    cue: tuple[int, int, str] | None
    rule: str
    confidence: float
    relay: _Ment | None = None
    addressee: _Ment | None = None
    content: Span | None = None  # indirect speech: the reported clause
    quote: int = -1  # index of the quote attributed, -1 for indirect speech
    follow: bool = False  # no speaker of its own: take the current one
    #: The speaker is a guess from a narrative sentence: kept only when it is
    #: the current speaker or its cue is a speech verb, else ``follow`` applies.
    soft: bool = False


def _cue_tuple(toks: Sequence[_Tok], hit: _CueHit) -> tuple[int, int, str]:
    return (toks[hit.start].start, toks[hit.end - 1].end, hit.lemma)


def _tail(
    text: str, toks: Sequence[_Tok], i: int, hit: _CueHit | None, limit: int
) -> tuple[_Ment | None, _Ment | None]:
    """Relay ("…, according to X") and addressee ("told X", "in an interview with X")."""
    relay = addressee = None
    if hit is not None and hit.lemma in ADDRESSEE_CUES:
        addressee = _np_forward(text, toks, i, strict=True)
    for j in range(i, min(limit, len(toks), i + 25)):
        low = toks[j].low
        if low in {".", "!", "?", ";"} or low in _OPEN_MARKS:
            break
        if low == "according" and j + 1 < len(toks) and toks[j + 1].low == "to":
            relay = _np_forward(text, toks, j + 2)
            break
        if (
            low == "with"
            and j >= 1
            and toks[j - 1].low in {"interview", "conversation", "call"}
            and addressee is None
        ):
            addressee = _np_forward(text, toks, j + 1, strict=True)
    return relay, addressee


def _interview_addressee(text: str, toks: Sequence[_Tok], lo: int, hi: int) -> _Ment | None:
    """ "In an interview with X, …" earlier in the sentence names the person spoken to."""
    for j in range(min(hi, len(toks)) - 1, max(lo, hi - 60, 1) - 1, -1):
        if toks[j].low == "with" and toks[j - 1].low in {"interview", "conversation"}:
            ment = _np_forward(text, toks, j + 1, strict=True)
            if ment is not None and ment.kind in {"name", "organisation"}:
                # "American Fox News T.V channel …": the name words only
                return ment
    return None


def _post_quote(
    text: str, quote: Quote, toks: Sequence[_Tok], after: int, limit: int
) -> tuple[_Ment, _CueHit, str, int] | None:
    """:func:`_post_pattern` after a quote's close, told how the quoted words end."""
    inner = quote.span.of(text).rstrip(" '’\"”")[-1:]
    return _post_pattern(
        text,
        toks,
        after,
        closed=inner in _CLOSING_PUNCT,
        final_period=inner == ".",
        generic=True,
        limit=limit,
    )


def _post_pattern(
    text: str,
    toks: Sequence[_Tok],
    i: int,
    closed: bool = True,
    final_period: bool = False,
    generic: bool = False,
    limit: int | None = None,
) -> tuple[_Ment, _CueHit, str, int] | None:
    """Attribution right after a quote: ``"Q," X said`` / ``"Q," said X`` / ``"Q" — X``:
    rules ``quote-according-to`` (A-5) and ``quote-cue-speaker`` (A-2) here,
    :func:`_dash_speaker` and :func:`_speaker_then_cue` (A-1)."""
    end = len(toks) if limit is None else min(limit, len(toks))
    if i >= end:
        return None
    if i > 0 and toks[i].word and not closed:
        return _bare_attribution(text, toks, i, end)
    if final_period and i < len(toks) and toks[i].cap:
        # '“… for him.” She says …' opens a new sentence; '“….” Trump said.' does not
        found = _post_pattern(text, toks, i, limit=end)
        if found is None or (found[3] < len(toks) and toks[found[3]].low not in {".", ","}):
            return None
        return found
    while i < len(toks) and toks[i].low in {",", "?", "!", "…", ".", "'", "’"}:
        if toks[i].low == "." and i + 1 < len(toks) and toks[i + 1].cap:
            return None
        i += 1
    if i >= len(toks):
        return None
    if toks[i].low in _DASHES:
        return _dash_speaker(text, toks, i, end)
    if not generic and not any(map(_CUE_OF, toks[max(i - 3, 0) : i + 30])):
        # every way on needs a cue at token i or covering one of the next 29
        # (see _cue_covering), or an unlisted verb when ``generic``
        return None
    hit = _cue_at(toks, i)
    if hit is not None and hit.lemma == "according to":
        ment = _np_forward(text, toks, hit.end)
        if ment is not None:
            return ment, hit, "quote-according-to", ment.last + 1
        return None
    if hit is not None and "inverted" in hit.patterns and not toks[i].low.endswith("ing"):
        # not '"…," telling reporters': a participle's object is its addressee
        ment = _np_forward(text, toks, hit.end) or _bare_after(toks, hit.end)
        if ment is not None and _opens_a_clause(toks, ment):
            return None  # '… a “sociopath,” said he doesn’t …': the clause's subject
        if ment is not None and ment.first == ment.last and toks[ment.first].low in _AMOUNTS:
            return None  # "Lee, in court, said little, …": what was said, nobody
        if ment is not None:
            return ment, hit, "quote-cue-speaker", ment.last + 1
        if not toks[i].cap:
            return None  # else a name that is a cue word: '“…,” Read said'
    return _speaker_then_cue(text, toks, i, end, closed, generic)


#: Words for an amount said after an inverted cue ("said little", "said nothing"): the
#: object, never the speaker.
_AMOUNTS = frozenset({"little", "much", "nothing", "more", "less", "enough", "everything"})


def _opens_a_clause(toks: Sequence[_Tok], ment: _Ment) -> bool:
    """True for a pronoun after a cue that a finite verb follows: the subject of the
    reported clause ("said he doesn't believe it"), not an inverted speaker ("said
    he.")."""
    k = ment.last + 1
    if ment.kind != "pronoun" or k >= len(toks) or not toks[k].word or toks[k].cap:
        return False
    low = toks[k].low
    return low in FINITE_VERBS or low.endswith(("n't", "n’t")) or _verb_like(toks[k])


def _bare_attribution(
    text: str, toks: Sequence[_Tok], i: int, end: int
) -> tuple[_Ment, _CueHit, str, int] | None:
    """'“… a battle of niches” Grubbs said.': a quote closed without a comma, then a
    name or pronoun and a quoting cue that end the sentence (a comma slipped, A-1)."""
    found = _speaker_then_cue(text, toks, i, end, False, False) or _bare_inverted(
        text, toks, i, end
    )
    if found is None:
        return None
    ment, hit, rule, after = found
    if rule == "quote-cue-speaker":
        return found if after >= len(toks) or toks[after].low in {".", ","} else None
    if ment.first != i or ment.kind not in {"name", "pronoun"} or hit.start > ment.last + 2:
        return None
    if after < len(toks) and toks[after].low not in {".", ",", ";"}:
        return None  # "“Mr. Clean” Lee said to friends": not an attribution
    return ment, hit, rule, after


def _bare_inverted(
    text: str, toks: Sequence[_Tok], i: int, end: int
) -> tuple[_Ment, _CueHit, str, int] | None:
    """'“… a false story” said Nick Roe, a spokesman.': a quoting cue right after the
    closing mark, then a name (rule ``quote-cue-speaker``)."""
    hit = _cue_at(toks, i)
    if hit is None or "inverted" not in hit.patterns or toks[i].cap or hit.end >= end:
        return None
    ment = _np_forward(text, toks, hit.end)
    if ment is None or ment.kind != "name" or not toks[hit.end].cap:
        return None
    return ment, hit, "quote-cue-speaker", ment.last + 1


def _dash_speaker(
    text: str, toks: Sequence[_Tok], i: int, end: int
) -> tuple[_Ment, _CueHit, str, int] | None:
    """Rule ``quote-dash-speaker``: '"Q" — Dana Whitfield' (a name after a dash; a
    cue after the name makes it ``quote-speaker-cue``)."""
    dash = i
    while i < len(toks) and toks[i].low in _DASHES:
        i += 1
    by = _np_forward(text, toks, i)
    tail_end = by.last + 1 if by is not None else i
    while tail_end < end and toks[tail_end].low in {",", ".", ";"}:
        tail_end += 1
    if (
        by is not None
        and by.kind == "name"
        # not '“moan”-worthy': a hyphen after the mark needs a space; a
        # dash or bar does not ('…”― Dana Whitfield')
        and (toks[dash].start > toks[dash - 1].end or toks[dash].low != "-")
        and (tail_end >= end or _cue_at(toks, by.last + 1) is not None)
    ):
        after = _cue_at(toks, by.last + 1)
        if after is not None:
            return by, after, "quote-speaker-cue", after.end
        dash_cue = _CueHit(dash, dash + 1, "dash", frozenset({"quote"}))
        return by, dash_cue, "quote-dash-speaker", by.last + 1
    return None


#: Words that open a short speaker phrase the noun-phrase reader does not take ("the
#: weekly wrote", "another said", "one added"): #14 class 1, the quote's own sentence first.
_SHORT_SUBJECT_OPENERS = frozenset({"the", "a", "an", "another", "one", "others", "some"})


#: Words that are a whole subject before a cue ("Another tweeted, “…”", "Some chanted
#: “…”", "Yet another said").
_BARE_SUBJECTS = frozenset({"another", "others", "some", "many", "most", "both", "several"})
#: Relative pronouns that are the subject a text speaks through ("a sign that read “…”",
#: "a message that said, “…”": the mention as written, #14 class 3).
_RELATIVE_SUBJECTS = frozenset({"that", "which"})


def _bare_after(toks: Sequence[_Tok], k: int) -> _Ment | None:
    """A one-word subject after an inverted cue that ends the clause ('"…," tweeted
    another.', '"…," said one.')."""
    if k >= len(toks) or toks[k].low not in _BARE_SUBJECTS | {"one"}:
        return None
    if k + 1 < len(toks) and toks[k + 1].word:
        return None
    return _Ment(toks[k].start, toks[k].end, "anonymous", k, k)


def _bare_subject(toks: Sequence[_Tok], cue: int, lo: int) -> _Ment | None:
    """A one-word subject right before the cue: a quantifier that opens its clause
    ("Another tweeted", "Yet another said") or a relative pronoun after a noun ("a
    message that said")."""
    k = cue - 1
    while k > lo and toks[k].low in CUE_ADVERBS:
        k -= 1
    if k < lo or not toks[k].word:
        return None
    low = toks[k].low
    opens = k == lo or not toks[k - 1].word or toks[k - 1].low in {"yet", "and", "but", "while"}
    if low in _BARE_SUBJECTS and opens:
        return _Ment(toks[k].start, toks[k].end, "anonymous", k, k)
    if (
        low in _RELATIVE_SUBJECTS
        and k - 1 >= lo
        and toks[k - 1].word
        and not toks[k - 1].cap
        and _cue_at(toks, k - 1) is None
        and not _verb_like(toks[k - 1])
    ):
        return _Ment(toks[k].start, toks[k].end, "anonymous", k, k)
    return None


def _short_subject(toks: Sequence[_Tok], i: int, cue: int) -> _Ment | None:
    """The one to three words right between a quote and its cue when they open with an
    article or "another"/"one" ('"…," the weekly wrote', '"…," another said'): the
    speaker is in the quote's own sentence, not an earlier one's subject."""
    words = toks[i:cue]
    if not 1 <= len(words) <= 3 or words[0].low not in _SHORT_SUBJECT_OPENERS:
        return None
    if not all(t.word and not t.cap for t in words[1:]) or not words[0].word:
        return None
    return _Ment(words[0].start, words[-1].end, "anonymous", i, cue - 1)


def _speaker_then_cue(
    text: str, toks: Sequence[_Tok], i: int, end: int, closed: bool, generic: bool
) -> tuple[_Ment, _CueHit, str, int] | None:
    """Rules ``quote-speaker-cue`` ('"Q," X said', A-1: the first cue within a few
    words, whose subject starts right at ``i``) and ``quote-speaker-verb`` ('"…,"
    Trump assured Jones': an unlisted verb right after a name, when ``generic``)."""
    for j in range(i + 1, min(end, i + 30)):
        low = toks[j].low
        if low in {"!", "?", ";"} or low in _OPEN_MARKS or (low == "." and _ends_here(toks, j)):
            return None
        hit = _cue_covering(toks, j)
        if hit is None and generic and closed and _verb_like(toks[j]) and j > i:
            subj = _subject_before(text, toks, j, i)
            if (
                subj is not None
                and subj.first == i
                and subj.kind != "organisation"
                # not a verb of an appositive ("Mr. Roe, now 81 and retired in …, said")
                and all(t.low != "," for t in toks[subj.last + 1 : j])
            ):
                return (
                    subj,
                    _CueHit(j, j + 1, toks[j].low, frozenset()),
                    "quote-speaker-verb",
                    j + 1,
                )
            continue
        if hit is None:
            continue
        if "quote" not in hit.patterns and hit.lemma != "go on to say":
            return None
        if _a_new_reporting_sentence(text, toks, i, hit):
            return None
        if hit.start - i > 12 and not _ends_its_clause(toks, hit):
            # '"…," the club, a private course in Ponte Vedra Beach, Fla., charged a
            # $100,000 fee': a cue this far with an object is another clause's verb
            return None
        subj = _subject_before(text, toks, hit.start, i) or _short_subject(toks, i, hit.start)
        if subj is None:
            named = _named_with_appositive(text, toks, i, hit.start)
            return None if named is None else (named, hit, "quote-speaker-cue", hit.end)
        if subj.first != i:
            if (
                (
                    (
                        toks[i].low in _CLAUSE_CONJUNCTIONS
                        or subj.kind == "pronoun"
                        or subj.first - i > 6
                        or toks[i].low.endswith("ing")  # "“…,” prompting Lee to say"
                        or any(not t.word for t in toks[i : subj.first])
                    )
                    and not _one_speaker_phrase(text, toks, i, subj.first)
                )
                or any(t.low in _CLAUSE_WORDS for t in toks[i : subj.first])
            ):
                # "…, Florida who were voting as independents complained": a clause
                named = _named_with_appositive(text, toks, i, hit.start)
                return None if named is None else (named, hit, "quote-speaker-cue", hit.end)
            subj = subj._replace(start=toks[i].start, first=i)
        return subj, hit, "quote-speaker-cue", hit.end
    return None


def _closed_with(text: str, toks: Sequence[_Tok], i: int) -> str:
    """The few characters that end the quote before token ``i``, without white space
    and closing marks: their last one is how the quote ended ("," "." "!" "?")."""
    return text[max(0, toks[i].start - 4) : toks[i].start].rstrip().rstrip("\"”’'")


def _a_new_reporting_sentence(text: str, toks: Sequence[_Tok], i: int, hit: _CueHit) -> bool:
    """True when the quote before token ``i`` ended its sentence with a period and
    the cue reports a clause of its own ('“…. ” He said, twice, that he …') or opens
    the next quote ('“….” He added, “…”'): a new sentence, not the quote's
    attribution."""
    if not _closed_with(text, toks, i).endswith("."):
        return False
    for k in range(hit.end, min(len(toks), hit.end + 6)):
        low = toks[k].low
        if low == "that":
            return True
        if low in _OPEN_MARKS:
            # '“….” He added, “…”': the cue introduces the next quote
            return k <= hit.end + 1 or (k == hit.end + 2 and toks[hit.end].low in {",", ":"})
        if low in {".", "!", "?", ";"}:
            return False
    return False


#: Words that make the words before a cue a clause, not a speaker phrase.
_CLAUSE_WORDS = frozenset({"who", "which", "that", "were", "was", "is", "are", "had", "have"})
#: Signs inside one speaker phrase ("Fight for $15 director Kendall Fells", "AT&T").
_IN_A_NAME = frozenset({"$", "&", "'", "’", ".", "(", ")", "%"})


def _ends_its_clause(toks: Sequence[_Tok], hit: _CueHit) -> bool:
    """True when the cue has no object after it: punctuation, a time or place tail, an
    addressee ("…, said.", "…, said on Monday", "…, told reporters")."""
    if hit.end >= len(toks) or hit.lemma in ADDRESSEE_CUES:
        return True
    nxt = toks[hit.end].low
    return (
        not toks[hit.end].word
        or nxt in CLAUSE_SKIP_WORDS
        or nxt in TAIL_OPENERS
        or nxt in _CLAUSE_CONJUNCTIONS
        or nxt in {"as", "and"}
    )


def _one_speaker_phrase(text: str, toks: Sequence[_Tok], i: int, first: int) -> bool:
    """True when the words from ``i`` (right after a quote) up to the subject at
    ``first`` are one speaker phrase with it: a name opens it, and no clause, comma or
    mark breaks it ('"…," Jeffrey Lewis of the James Martin Center for Nonproliferation
    Studies wrote', '"…," Fight for $15 organizing director Kendall Fells told')."""
    if first - i > 12 or toks[i].low in _CLAUSE_CONJUNCTIONS:
        return False
    if any(not t.word and t.low not in _IN_A_NAME for t in toks[i:first]):
        return False
    if any(
        t.cue is not None or t.low in SPEAKER_PRONOUNS or (not t.cap and t.low.endswith("ed"))
        for t in toks[i : first + 1]
    ):
        return False  # "“…,” Rubio seemed to offer a caveat that he …": a clause
    lead = _np_forward(text, toks, i)
    if lead is None or not (lead.kind == "name" or (lead.kind == "role" and toks[i].cap)):
        return False
    # "nuclear experts Ann Lee and Bo Kim of …": a lower-case title before a name
    return toks[i].cap or any(t.cap for t in toks[lead.first : lead.last + 1])


def _named_with_appositive(text: str, toks: Sequence[_Tok], i: int, cue: int) -> _Ment | None:
    """A name right after a quote with its appositive before the cue ('"…," Ann Roe,
    the pollster who founded pollsite.com, tweeted'): the name, when a comma follows
    it and only words and commas stand between it and the cue."""
    if not _closed_with(text, toks, i).endswith((",", "!", "?")):
        return None  # the quote ends the way a quote before its attribution ends
    ment = _np_forward(text, toks, i)
    if ment is not None and ment.last == i and toks[i].low.endswith(("'s", "’s")):
        # a name's role ('"…!" Lee's niece, Ann Roe, shouted'): up to the comma
        last = i + 1
        while last + 1 < cue and toks[last + 1].word and last < i + 3:
            last += 1
        ment = _Ment(toks[i].start, toks[last].end, "role", i, last)
    elif ment is not None and ment.kind != "name":
        return None
    if ment is None or not ment.last + 2 < cue <= ment.last + 12:
        return None  # an appositive of a few words
    if toks[ment.last + 1].low != "," or toks[cue - 1].low in SPEAKER_PRONOUNS:
        return None  # not "“…,” Compaq, she predicted, …"
    for k in range(ment.last + 2, cue):
        if (
            not toks[k].word
            and toks[k].low not in _IN_AN_APPOSITIVE
            and not (toks[k].low == "." and toks[k + 1].low == ")")  # "(D-Va.)"
        ):
            return None
    return ment


#: Signs inside an appositive: "Ann Roe, a state delegate (D-Norfolk), said".
_IN_AN_APPOSITIVE = frozenset({",", "(", ")"})


#: Conjunctions that open a new clause after a quote ('"…," while 73 percent said the
#: same of Trump'): its subject speaks of something else, not the quote.
_CLAUSE_CONJUNCTIONS = frozenset(
    {"while", "whereas", "although", "though", "because", "if", "when", "but"}
)
#: "for weeks", "for years": how long something has been said, before the clause.
_SPANS_OF_TIME = frozenset({"days", "weeks", "months", "years", "decades", "ages"})


def _skip_time(toks: Sequence[_Tok], j: int, hi: int) -> int:
    """The token after a time phrase that starts at ``j`` (``j`` when there is none):
    "Wednesday", "on Tuesday", "yesterday", "last week", "March 3" (A-4 shape)."""
    k = j
    if k < hi and toks[k].low == "on":
        k += 1
    if k < hi and toks[k].low in TIME_WORDS:
        k += 1
        if k < hi and toks[k].low in TIME_PERIODS:
            k += 1  # "Wednesday night"
    elif k + 1 < hi and toks[k].low in {"last", "this"} and toks[k + 1].low in TIME_PERIODS:
        k += 2
    elif k + 1 < hi and toks[k].low == "for" and toks[k + 1].low in _SPANS_OF_TIME:
        k += 2  # "has said for weeks he is …"
    elif (
        k + 1 < hi
        and toks[k].cap
        and toks[k].low.rstrip(".") in MONTHS
        and toks[k + 1].low.isdigit()
        and len(toks[k + 1].low) <= 2
    ):
        k += 2  # "March 3"
    else:
        return j
    if k < hi and toks[k].low == ",":
        k += 1
    return k


def _ends_here(toks: Sequence[_Tok], j: int) -> bool:
    """True when the period at token ``j`` ends a sentence (not "(R-Fla.)")."""
    nxt = toks[j + 1] if j + 1 < len(toks) else None
    return nxt is None or nxt.cap or nxt.low in _OPEN_MARKS


def _pre_pattern(
    text: str, toks: Sequence[_Tok], lo: int, hi: int
) -> tuple[_Ment | None, _CueHit | None, str] | None:
    """Attribution before a quote, in tokens ``[lo, hi)``."""
    k = hi - 1
    colon = False
    while k >= lo and toks[k].low in {",", ":", "—", "–", "-"}:
        colon = colon or toks[k].low == ":"
        k -= 1
    tail_punct = k < hi - 1
    if k < lo:
        return None
    # question frames: "asked about allegations that “…”" (a frame noun after an
    # article or a preposition, with nothing but "that"/"of"/"about" up to the quote;
    # "The ad claims “…”" is a verb, "the allegations are “…”" the quote's own clause)
    for j in range(k, max(lo - 1, k - 3), -1):
        if _cue_at(toks, j) is not None:
            break
        if _bare(toks[j].low) in QUESTION_FRAMES:
            if (
                j - 1 >= lo
                and toks[j - 1].low in QUESTION_FRAME_LEADS
                and all(toks[i].low in {"that", "of", "about"} for i in range(j + 1, k + 1))
            ):
                return None, None, "question-frame"
            break
    opening = _opening_cue_speaker(text, toks, lo, k)
    if opening is not None:
        return opening
    # the cue nearest the quote, with at most a short tail after it
    for c in range(k, max(lo - 1, k - 9), -1):
        low = toks[c].low
        if low in {".", "!", "?", ";"} or low in _OPEN_MARKS:
            break
        hit = _cue_covering(toks, c)
        if hit is None or hit.end > k + 1 or hit.start < lo:
            continue
        if not ({"quote", "partial"} & hit.patterns) and hit.lemma != "according to":
            continue
        if hit.lemma == "according to":
            ment = _np_forward(text, toks, hit.end)
            return ment, hit, "according-to-quote"
        if (
            hit.start == lo
            and "inverted" in hit.patterns
            and hit.end <= k
            and not toks[hit.start].low.endswith("ing")
        ):
            # 'Said Comey, "…"'
            ment = _np_forward(text, toks, hit.end)
            if ment is not None:
                return ment, hit, "cue-speaker-quote"
        inverted = _inverted_after_comma(text, toks, hit, lo, k) if tail_punct else None
        if inverted is not None:
            return inverted, hit, "cue-speaker-quote"
        if hit.end <= k and not _short_tail(toks, hit, k, tail_punct):
            break
        if _is_participle(toks, hit, lo):
            before = _before_an_added_participle(text, toks, hit, lo, k)
            if before is not None:
                return before
            # "the ad then cuts to supporters saying “…”", "sent an email saying
            # “…”" (A-10, A-12): the subject of the main clause speaks
            return None, hit, "participle-quote"
        subj = _subject_before(text, toks, hit.start, lo) or _bare_subject(toks, hit.start, lo)
        if subj is not None:  # "as X puts it": before "puts"
            return subj, hit, "speaker-cue-quote"
        return None, hit, "participle-quote"
    aside = _as_x_observed(text, toks, lo, k)
    if aside is not None:
        return aside
    return _colon_speaker(text, toks, lo, k) if colon else None


def _as_x_observed(
    text: str, toks: Sequence[_Tok], lo: int, k: int
) -> tuple[_Ment, _CueHit, str] | None:
    """Rule ``speaker-cue-quote`` for an aside "as X observed," that opens the
    quote's clause with words between it and the marks ('Yet, as Lee observed, in
    the early days “…”'): X and the aside's cue, when no other cue and no mark
    stands between."""
    for j in range(lo, k):
        if toks[j].low in _OPEN_MARKS or toks[j].low in {".", "!", "?", ";"}:
            return None
        if toks[j].low != "as" or (j > lo and toks[j - 1].low != ","):
            continue
        ment = _np_forward(text, toks, j + 1)
        if ment is None or ment.kind not in {"name", "role", "pronoun"} or ment.last + 2 >= k:
            return None
        hit = toks[ment.last + 1].cue
        if (
            hit is None
            or not ({"quote", "partial"} & hit.patterns)
            or hit.end >= k
            or toks[hit.end].low != ","
            or any(t.cue is not None or t.low in _OPEN_MARKS for t in toks[hit.end : k + 1])
        ):
            return None
        return ment, hit, "speaker-cue-quote"
    return None


def _before_an_added_participle(
    text: str, toks: Sequence[_Tok], hit: _CueHit, lo: int, k: int
) -> tuple[_Ment | None, _CueHit | None, str] | None:
    """The attribution before a participle and its object that only add to it, in
    the second half of a quote broken by that attribution ('“…,” Lee said,
    referring to the tax, “…”': *Lee said*); ``None`` when the participle itself
    introduces words ('…,” Lee said, adding with a smile, “…”', '…, adding, “…”')."""
    c = hit.start
    if (
        toks[c - 1].low != ","
        or hit.end + 1 >= k
        or "quote" in hit.patterns
        or not _after_a_broken_quote(text, toks, lo)
    ):
        return None
    before = _pre_pattern(text, toks, lo, c)
    return before if before is not None and before[1] is not None else None


def _after_a_broken_quote(text: str, toks: Sequence[_Tok], lo: int) -> bool:
    """True when tokens from ``lo`` follow a quote that closed on a comma ('“…,”
    Lee said'): the sentence goes on after the attribution."""
    if lo >= len(toks):
        return False
    before = text[max(0, toks[lo].start - 4) : toks[lo].start].rstrip()
    return len(before) >= 2 and before[-1] in _CLOSE_MARKS and before[-2] == ","


def _colon_speaker(
    text: str, toks: Sequence[_Tok], lo: int, k: int
) -> tuple[_Ment | None, _CueHit | None, str] | None:
    """Rules ``speaker-colon-quote`` and ``subject-colon-quote`` for a quote after a
    colon that follows token ``k``: "Ann Roe: “…”", a roundup line's writer, else the
    sentence's subject ("President Obama is rolling out a new message: “…”")."""
    hit = _CueHit(k + 1, k + 2, ":", frozenset({"quote"}))
    ment = None if _verb_like(toks[k]) else _np_back(text, toks, k, lo)
    if ment is not None and ment.kind == "name" and ment.first - 2 > lo:
        first = _np_back(text, toks, ment.first - 2, lo)
        if toks[ment.first - 1].low == "and" and first is not None and first.kind == "name":
            ment = ment._replace(start=first.start, first=first.first)  # "Roe and Kim"
    if (
        ment is not None
        and ment.kind in {"name", "organisation"}
        and ment.first - 1 > lo
        and (
            toks[ment.first - 1].low in _DASHES | {"-"}
            or (toks[ment.first - 1].low == "from" and not _verb_like(toks[ment.first - 2]))
        )
    ):
        # a roundup line: "POLLS WERE RIGHT - Ann Roe: “…”", "More from Ann Roe:",
        # "A lesson from Ann Roe:" (not "Lee returned from Mexico:")
        return ment, hit, "speaker-colon-quote"
    if ment is not None and ment.first <= lo + 2 and _bare(toks[k].low) not in _UTTERANCES:
        # not "Sanders delivered a snappy retort:": a noun of saying is what the
        # subject says (subject-colon-quote below)
        return ment, hit, "speaker-colon-quote"
    ment = _sentence_subject(text, toks, lo, k)
    if ment is not None:
        return ment, _subject_verb(toks, ment, k) or hit, "subject-colon-quote"
    return None


def _subject_verb(toks: Sequence[_Tok], subj: _Ment, k: int) -> _CueHit | None:
    """The subject's own verb before a colon ("Politico reveals a few facts:",
    "X delivered a blunt message to Y:"): the cue, rather than the colon."""
    v = subj.last + 1
    while v < k and toks[v].low in CUE_ADVERBS:
        v += 1
    if v >= k or not (_verb_like(toks[v]) or toks[v].cue is not None) or toks[v].cap:
        return None
    return toks[v].cue or _CueHit(v, v + 1, toks[v].low, frozenset({"quote"}))


def _opening_cue_speaker(
    text: str, toks: Sequence[_Tok], lo: int, k: int
) -> tuple[_Ment, _CueHit, str] | None:
    """Rule ``cue-speaker-quote`` for a sentence that opens with an inverted cue and a
    name with a clause after it: 'Said Dora Poynter, who grew up with him, “…”'."""
    first = toks[lo].cue if toks[lo].cap else None
    if first is None or "inverted" not in first.patterns or first.end >= k:
        return None
    ment = _np_forward(text, toks, first.end)
    if (
        ment is None
        or ment.kind != "name"
        or ment.last >= k
        or toks[ment.last + 1].low != ","
        or any(t.cue is not None or t.low in _OPEN_MARKS for t in toks[ment.last + 1 : k])
    ):
        return None
    return ment, first, "cue-speaker-quote"


def _inverted_after_comma(
    text: str, toks: Sequence[_Tok], hit: _CueHit, lo: int, k: int
) -> _Ment | None:
    """The name after an inverted cue that opens a main clause after a comma and ends
    right before the quote: 'Because of the schedule, explained Rosenberg, “…”'."""
    if hit.start <= lo or toks[hit.start - 1].low != "," or "inverted" not in hit.patterns:
        return None
    if hit.end > k:
        return None
    ment = _np_forward(text, toks, hit.end)
    return ment if ment is not None and ment.kind == "name" and ment.last == k else None


#: Prepositions whose object is where or when words were said, not who said them
#: ("on Facebook", "in Des Moines", "via Twitter"; not "from", as in "a tweet from
#: Trump saying …").
_MEDIUM_PREPOSITIONS = frozenset({"on", "in", "at", "via", "during", "to"})


def _is_participle(toks: Sequence[_Tok], hit: _CueHit, lo: int) -> bool:
    """True for an -ing cue that is no finite verb: not after a form of "be"
    ("was saying") and not the first word of its clause's subject."""
    c = hit.start
    if not toks[c].low.endswith("ing") or hit.end - hit.start > 1 or c <= lo:
        return False
    p = c - 1
    while p > lo and (toks[p].low in CUE_ADVERBS or toks[p].low.endswith("ly")):
        p -= 1  # "Carson privately saying"
    prev = toks[p].low
    if prev in {"is", "was", "were", "are", "be", "been", "am", "'s", "’s", "keeps", "kept"}:
        return False
    if prev in PARTICIPIAL_PREFIXES or prev == "," or _after_report_noun(toks, c, lo):
        return True
    if toks[p].cap and toks[p].word:
        # "answered on Facebook writing “…”": a name after a preposition is its object
        n = p
        while n > lo and toks[n - 1].cap and toks[n - 1].word:
            n -= 1
        return n > lo and toks[n - 1].low in _MEDIUM_PREPOSITIONS
    if not toks[p].word or prev in SPEAKER_PRONOUNS:
        return False
    j = p
    while j > lo and j > p - 6 and toks[j - 1].word and toks[j - 1].low != "with":
        j -= 1
    return not (j > lo and toks[j - 1].low == "with")  # "with many marchers chanting"


def _short_tail(toks: Sequence[_Tok], hit: _CueHit, k: int, punct: bool) -> bool:
    """True when tokens after the cue up to ``k`` are an adverbial or an addressee
    ("told reporters:", "said in a statement:", "says of Clinton,")."""
    if not punct:
        return False
    if hit.lemma in ADDRESSEE_CUES or hit.lemma == "ask":
        return True
    j = hit.end
    # "responded pointedly, with a smile:", "said, in a statement:": a manner adverb
    # and a comma before the tail
    while j < k and (toks[j].low == "," or (toks[j].low.endswith("ly") and not toks[j].cap)):
        j += 1
    first = toks[j].low if j < len(toks) else ""
    return first in TAIL_OPENERS or first in CLAUSE_SKIP_WORDS


#: The most tokens before a quote that :func:`_governing` reads for its cue.
_GOVERNING_REACH = 120


#: Nouns of an utterance before a colon ("delivered a snappy retort: “…”"): what the
#: sentence's subject says, never a speaker ("Trump's tweet: “…”" names its writer).
_UTTERANCES = frozenset({"retort", "reply", "quip", "rejoinder", "answer", "response"})


def _governing(
    text: str, toks: Sequence[_Tok], lo: int, hi: int
) -> tuple[_Ment | None, _CueHit, str] | None:
    """For a quote inside a sentence: the cue that governs it and the speaker.

    The speaker is the subject of the first cue of the main clause (PolNeAR
    marks the outer attribution: "Lynch said she recalled …"); the cue is a
    participle nearer the quote when there is one ("…, arguing that …").
    """
    # the governing cue stands within a sentence's reach of the quote: a bound that
    # keeps the cost linear when one "sentence" holds thousands of quotes
    lo = max(lo, hi - _GOVERNING_REACH)
    start = _main_clause(toks, lo, hi)
    for c in range(lo, start):
        hit = _cue_at(toks, c)
        if hit is not None and hit.lemma == "according to":
            # "According to the Russian leader, Russia has to “…”"
            return _np_forward(text, toks, hit.end), hit, "according-to-partial"
    found: tuple[_Ment | None, _CueHit, str] | None = None
    fallback: tuple[_Ment | None, _CueHit, str] | None = None
    relative: tuple[_Ment, _CueHit, str] | None = None
    as_frame = _as_frame(text, toks, lo, start)
    led, led_at = False, 0
    c = start
    while c < hi:
        hit = _cue_at(toks, c)
        if hit is None or hit.end > hi:
            c += 1
            continue
        if hit.lemma == "according to" and found is None:
            return _np_forward(text, toks, hit.end), hit, "according-to-partial"
        ing = toks[c].low.endswith("ing")
        framed = ing and (toks[c - 1].low == "," or toks[c - 1].low in PARTICIPIAL_PREFIXES)
        participle = framed or (ing and found is None and _after_report_noun(toks, c, start))
        # after a cue, "… says Lee's tweets accusing X are “…”": the noun's modifier
        if participle and found is None:
            agent = _with_agent(text, toks, c, start)
            if agent is not None:
                found = (agent, hit, "governing-cue-partial")
                c = hit.end
                continue
        if found is not None:
            found = _later_cue(text, toks, c, hit, start, hi, found, participle)
            c = hit.end
            continue
        subj = None if participle else _subject_before(text, toks, c, start)
        if subj is not None and relative is not None and subj.start >= relative[0].start:
            subj = None  # a verb inside the relative clause's complement
        if subj is not None and toks[subj.first].low in RELATIVE_PRONOUNS and relative is None:
            # "Petrilli, who thinks the agency overreached, called the law “…”": the
            # main clause's cue after the relative clause, when it has one
            relative = (subj, hit, "governing-cue-partial")
        elif subj is not None and not (
            led and subj.first > led_at and toks[subj.first - 1].low != "what"
        ):
            found = (subj, hit, "governing-cue-partial")
        elif fallback is not None and framed and relative is None:
            # "… when he announced his running mate, calling her “…”": the nearer cue
            fallback = (fallback[0], hit, "governing-participle-partial")
        elif fallback is None and relative is None:
            fallback = (_sentence_subject(text, toks, lo, c), hit, "governing-cue-partial")
            # "…, telling reporters that he thinks it is “…”": a later cue with its
            # own subject is the participle's content ("X, recalling …, described"
            # is not: its subject stands before the participle; nor is "what he calls
            # the “…”", which names its own speaker)
            # ("while commenting on it, Ruiz said …" is an adverbial of the main clause)
            led, led_at = participle and toks[c - 1].low not in PARTICIPLE_SUBORDINATORS, c
        c = hit.end
    return found or relative or as_frame or fallback


def _later_cue(
    text: str,
    toks: Sequence[_Tok],
    c: int,
    hit: _CueHit,
    start: int,
    hi: int,
    found: tuple[_Ment | None, _CueHit, str],
    participle: bool,
) -> tuple[_Ment | None, _CueHit, str]:
    """What a cue at ``c`` after the main clause's cue (``found``) changes in
    :func:`_governing`: the cue, the speaker, both, or nothing."""
    said, cue = found[0], found[1]
    if (
        said is not None
        and cue.end == c - 1
        and toks[c - 1].low == ","
        and said.first - 1 >= start
        and toks[said.first - 1].low == ","
    ):
        # "CNN, Cruz said, called it “…”": the attribution between commas governs the
        # sentence it interrupts
        return found
    if participle or (toks[c - 1].low == "and" and "partial" in hit.patterns):
        # "…, saying …", "… and called him “a feminist”": the nearer cue
        return (found[0], hit, "governing-participle-partial")
    if toks[c - 1].low == "but" or (
        toks[c - 1].low == ","
        and "partial" in hit.patterns
        and toks[c].low.endswith("ed")
        and not (hit.end < hi and toks[hit.end].cap)
    ):
        # "She says people may not like it, but insists it is a “phony attack”", "He
        # suggested …, called her “third-rate”": the coordinated verb of the quote's own
        # clause (not an inverted ", said Lee")
        return (found[0], hit, found[2])
    own = _contrasted_subject(text, toks, c, start)
    if own is not None:
        # "X suggested …, while Cruz said that the “…”": a clause of its own
        return (own, hit, "governing-cue-partial")
    # "X criticized her email use, which an FBI inquiry said was “…”": the relative
    # clause's own speaker and cue
    inner = _relative_subject(text, toks, c, start, hit.end)
    return found if inner is None else (inner, hit, "governing-cue-partial")


def _contrasted_subject(text: str, toks: Sequence[_Tok], c: int, lo: int) -> _Ment | None:
    """The subject of the cue at ``c`` when a comma and a contrasting conjunction open
    its clause (", while Roe said", ", but the senator argued"): no part of the first
    cue's content."""
    subj = _subject_before(text, toks, c, lo)
    if subj is None or subj.kind not in {"name", "pronoun", "role"} or subj.first - 2 < lo:
        return None
    # after a comma: "said that while he fears …" opens the first cue's content
    if toks[subj.first - 2].low != "," or toks[subj.first - 1].low not in _CONTRAST_OPENERS:
        return None
    return subj


def _finding_frame(toks: Sequence[_Tok], lo: int, hi: int) -> tuple[int, int] | None:
    """For a sentence opened by "In" and a poll, survey or report ("In an NBC News poll
    released Monday, …"): the index of the finding's noun and of the comma closing
    the phrase; else None."""
    if lo + 4 >= hi or toks[lo].low != "in" or toks[lo + 1].low not in {"a", "an", "the", "its"}:
        return None
    comma = next((j for j in range(lo + 2, min(hi, lo + 16)) if toks[j].low == ","), None)
    if comma is None or comma + 2 >= hi:
        return None
    head = next((j for j in range(lo + 2, comma) if _bare(toks[j].low) in FINDING_SUBJECTS), None)
    return None if head is None else (head, comma)


def _as_frame(
    text: str, toks: Sequence[_Tok], lo: int, start: int
) -> tuple[_Ment, _CueHit, str] | None:
    """ "As The Daily Caller reported, the creator “gave …”": the attribution in an
    opening "as" phrase, for a fragment whose own clause has no cue (A-5 shape)."""
    if start - lo > 3 and toks[lo].low in {"but", "and", "yet", "so"}:
        lo += 1  # "But as the Global Times noted in an op-ed, …"
    if start - lo < 3 or toks[lo].low != "as" or toks[start - 1].low != ",":
        return None
    for c in range(lo + 2, start - 1):
        hit = toks[c].cue
        # with a short tail: "As the Daily Post noted in an op-ed Thursday,"
        if hit is not None and start - 7 <= hit.end <= start - 1:
            subj = _subject_before(text, toks, c, lo + 1)
            if subj is not None and all(t.word for t in toks[lo + 1 : subj.first]):
                # the whole phrase after "as": "As White House press secretary Ann Roe
                # explained,"
                whole = subj._replace(start=toks[lo + 1].start, first=lo + 1)
                return whole, hit, "governing-cue-partial"
    return None


def _relative_subject(text: str, toks: Sequence[_Tok], c: int, lo: int, end: int) -> _Ment | None:
    """The subject of the cue at ``c`` (ending at token ``end``) when a relative
    pronoun opens it ("which an FBI inquiry said", "whom the mayor called"), or when
    the cue is followed by the verb of its noun's clause ("the meddling [that] the
    congressman said is designed to “…”"): a phrase that names someone else."""
    subj = _subject_before(text, toks, c, lo)
    if subj is None or subj.kind == "pronoun" or subj.first - 1 < lo:
        return None
    prev = toks[subj.first - 1]
    if prev.low in {"which", "whom"}:
        return subj
    contact = prev.low == "that" or (prev.word and not prev.cap and prev.cue is None)
    if contact and c + 1 == end and end < len(toks) and toks[end].low in _CLAUSE_VERBS:
        return subj
    return None


#: Finite verbs right after "X said" that make it a clause about a noun before it
#: ("the meddling the congressman said is designed to …").
_CLAUSE_VERBS = frozenset({"is", "was", "are", "were", "would", "will", "could", "had", "has"})


def _after_report_noun(toks: Sequence[_Tok], c: int, lo: int) -> bool:
    """True when the participle at ``c`` follows a reporting noun (A-8: "issued a
    statement Wednesday saying", "sent an email calling"): the statement is not
    the speaker; the subject of the sentence is."""
    k = c - 1
    while k >= lo and (
        toks[k].low in TIME_WORDS
        or toks[k].low in TIME_PERIODS
        or (toks[k].low in {"early", "late", "last", "this"} and k < c - 1)
    ):
        k -= 1  # "a series of tweets early Friday saying", "a statement late Monday"
    if k < lo:
        return False
    noun = _bare(toks[k].low)
    # also the plural: "posted two tweets saying"
    return noun in REPORTING_NOUNS or (noun.endswith("s") and noun[:-1] in REPORTING_NOUNS)


def _with_agent(text: str, toks: Sequence[_Tok], c: int, lo: int) -> _Ment | None:
    """ "…, with Lewandowski taking to Twitter to call …": the name before the participle."""
    agent = _np_back(text, toks, c - 1, lo) if c - 1 >= lo else None
    if agent is None or agent.kind not in {"name", "pronoun", "role"}:
        return None
    return agent if agent.first - 1 >= lo and toks[agent.first - 1].low == "with" else None


def _first_subject(text: str, toks: Sequence[_Tok], lo: int, hi: int) -> _Ment | None:
    """The subject of the main clause: the first cue in ``[lo, hi)`` with a subject."""
    for c in range(lo, hi):
        hit = _cue_at(toks, c)
        if hit is not None:
            subj = _subject_before(text, toks, c, lo)
            if subj is not None:
                return subj
    return None
