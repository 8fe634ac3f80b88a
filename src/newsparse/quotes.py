"""find_quotes: quoted words between quote marks, also across paragraphs.

One compiled pattern finds every written form of a quotation mark in a
paragraph (glyphs, mojibake, HTML entities, see
:mod:`newsparse.lexicon.marks`); apostrophes are told apart by their
neighbours.  Each mark gets a cost for opening, closing or being stray,
from its glyph and its neighbours (a straight mark after a space opens,
before one it closes).  One pass over the marks of a paragraph, keeping a
handful of states (outside; inside a quote opened by a straight or a curly
mark; inside a quote nested in one), picks the cheapest reading, so odd
counts, mismatched pairs (“…") and stray marks settle on the most plausible
quotes in time linear in the number of marks.  A quote left open at the end of a
paragraph continues when the next paragraph opens with a mark (AP's running
quotation, wire-conventions Q-1); otherwise it ends at the paragraph's end
with a diagnostic.  Double marks are paired first; single marks are paired
inside each double quote (nested quotes, Q-4) and outside them (headlines,
Q-8; British style, Q-5).

>>> text = 'He said, "We are ready." Then he left.'
>>> [q.span.of(text) for q in find_quotes(text)]
['We are ready.']
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Iterable, Sequence
from typing import NamedTuple

import attrs
import regex

from newsparse.checks import check_flag, check_layout
from newsparse.errors import check_text
from newsparse.lexicon.cues import SPEECH_VERBS
from newsparse.lexicon.marks import (
    APOSTROPHE_PATTERN,
    CLOSING_PUNCTUATION,
    DOUBLED_FORMS,
    ELIDED_ENDINGS,
    ELLIPSIS_PATTERN,
    FORMS,
    INSERTION_PATTERN,
    LOSSY_CLOSE_PATTERN,
    NON_MARK_FORMS,
    OPENING_PUNCTUATION,
    SENTENCE_END,
    MarkForm,
)
from newsparse.quote_kinds import quote_kind
from newsparse.records import Diagnostic, Layout, Quote, QuoteKind
from newsparse.spans import Span, is_space, strip_span

__all__ = ["find_quotes"]


def _token_pattern(forms: dict[str, MarkForm], non_marks: Sequence[str]) -> regex.Pattern[str]:
    """One scan for every mark form, non-mark form, apostrophe and lossy close."""
    first_chars = "".join(
        sorted({f[0] for f in forms} | {f[0] for f in non_marks} | {"â", "‘", "'", "’"})
    )
    return regex.compile(
        "(?=["
        + regex.escape(first_chars)
        + "])(?:(?P<non>"
        + "|".join(regex.escape(f) for f in non_marks)
        + ")|(?P<apos>"
        + APOSTROPHE_PATTERN
        + ")|(?P<mark>"
        + "|".join(
            # a bare single mark between two letters is an apostrophe (don’t): not matched
            r"['’](?![^\W_])|(?<![^\W_])['’]" if f in ("'", "’") else regex.escape(f)
            for f in sorted(forms, key=len, reverse=True)
        )
        + ")|(?P<lossy>"
        + LOSSY_CLOSE_PATTERN
        + "))"
    )


_TOKEN = _token_pattern(FORMS, NON_MARK_FORMS)
#: The forms when two backticks or two apostrophes stand for a double mark.
_FORMS_DOUBLED = {**FORMS, **DOUBLED_FORMS}
_TOKEN_DOUBLED = _token_pattern(
    _FORMS_DOUBLED, [f for f in NON_MARK_FORMS if f not in DOUBLED_FORMS]
)
_INSIDE = regex.compile(f"(?P<ellipsis>{ELLIPSIS_PATTERN})|(?P<insertion>{INSERTION_PATTERN})")
_LOSSY = MarkForm("double", "close", "”", "mojibake")
_OPEN_GLYPHS = frozenset(g for g, f in FORMS.items() if len(g) == 1 and f.direction == "open")
_CLOSE_GLYPHS = frozenset(g for g, f in FORMS.items() if len(g) == 1 and f.direction == "close")

_INF = float("inf")
_INF_INT = 1 << 62
_DOUBLED_APOSTROPHES = regex.compile(r"''|``")
# Actions of the pairing pass.
_SKIP, _OPEN, _CLOSE, _REOPEN, _UNOPENED, _NEST, _UNNEST = range(7)
_OPENS = (_OPEN, _REOPEN)
# States of the pairing pass.
_OUT, _IN_STRAIGHT, _IN_CURLY, _NESTED_STRAIGHT, _NESTED_CURLY, _NESTED_SAME = range(6)
#: The state a nested quote returns to when it closes.
_OUTER = {_NESTED_STRAIGHT: _IN_CURLY, _NESTED_CURLY: _IN_STRAIGHT, _NESTED_SAME: _IN_CURLY}


class _Tok(NamedTuple):
    start: int
    end: int
    form: MarkForm
    open_cost: float
    close_cost: float
    skip_cost: float


class _Costs(NamedTuple):
    """The price of each assumption for one level of marks."""

    skip_glyph: float  # a curly (directional) mark left unpaired
    skip_either: float  # a straight mark left unpaired
    unclosed: float  # a quote still open at the end of its paragraph
    continued: float  # … when the next paragraph opens with a mark
    unopened: float  # a closing mark with no opening mark before it
    reopen: float  # an opening mark while a quote is open
    nest: float  # a quote of the other style inside an open one
    nest_same: float  # a curly quote inside a curly one


_DOUBLE = _Costs(4.0, 4.0, 3.0, 0.2, 5.0, 3.0, 0.5, 1.5)
_SINGLE = _Costs(2.0, 1.5, 2.5, 0.2, 5.0, 3.0, _INF, _INF)


@attrs.define
class _Build:
    """A quote being assembled (mutable, local to one call)."""

    level: str
    open_mark: _Tok | None
    start: int  # where the current piece's words begin
    lo: int  # the bounds of the paragraph the quote opened in
    hi: int
    pieces: list[Span] = attrs.Factory(list)
    close_mark: _Tok | None = None
    cont_marks: list[_Tok] = attrs.Factory(list)
    rule: str = "paired"
    diagnostics: list[Diagnostic] = attrs.Factory(list)
    children: list[_Build] = attrs.Factory(list)

    @property
    def first(self) -> int:
        return self.open_mark.start if self.open_mark is not None else self.pieces[0].start

    @property
    def last(self) -> int:
        return self.close_mark.end if self.close_mark is not None else self.pieces[-1].end


# --------------------------------------------------------------------------- marks


def _char_class(ch: str) -> str:
    if not ch or is_space(ch):
        return "space"
    if ch.isalnum():
        return "word"
    if ch in OPENING_PUNCTUATION or ch in _OPEN_GLYPHS:
        return "open"
    if ch in CLOSING_PUNCTUATION or ch in _CLOSE_GLYPHS:
        return "close"
    return "other"


def _flank(text: str, start: int, end: int, lo: int, hi: int) -> str:
    """Which way the neighbours of a mark point: open, close, weak ones, or none."""
    before = _char_class(text[start - 1]) if start > lo else "space"
    after_ch = text[end] if end < hi else ""
    after = _char_class(after_ch)
    if after == "close" and after_ch in ".…" and text.startswith(("...", "…"), end):
        after = "word"  # an ellipsis that opens the quoted words
    if before in ("space", "open"):
        if after in ("word", "open", "other"):
            return "open"
        if after == "close":
            return "close?"
        return "none"
    if before == "word":
        if after in ("space", "close"):
            return "close"
        return "none"
    # before is closing punctuation or another symbol
    if after in ("space", "close"):
        return "close"
    if after == "word":
        return "open?"
    return "none"


def _costs(form: MarkForm, flank: str, costs: _Costs) -> tuple[float, float, float]:
    """(open, close, skip) costs of a mark with this glyph and these neighbours."""
    if form.direction == "either":
        skip = costs.skip_either
        if flank == "open":
            return 0.0, 2.0, skip
        if flank == "close":
            return 2.0, 0.0, skip
        if flank == "open?":
            return 0.4, 1.0, skip
        if flank == "close?":
            return 1.0, 0.4, skip
        return 1.0, 1.0, skip
    skip = costs.skip_glyph
    # A glyph used against its direction (German „…“ and »…«) pairs, but is
    # too weak alone to open a quote that never closes.
    if form.direction == "open":
        return (1.0, 1.1, skip) if flank == "close" else (0.0, 3.0, skip)
    return (1.1, 1.0, skip) if flank == "open" else (3.0, 0.0, skip)


def _is_apostrophe(text: str, start: int, end: int, lo: int, hi: int) -> bool:
    """A single mark with a letter or digit on both sides: don’t, Ghouta’s (Q-12)."""
    return start > lo and end < hi and text[start - 1].isalnum() and text[end].isalnum()


#: The marks of a paragraph that has none, shared: a list per paragraph would
#: give the cyclic GC an object to track for each one.
_NO_TOKS: tuple[_Tok, ...] = ()


def _tokens(
    text: str, regions: Sequence[tuple[int, int, int]], doubled: bool = False
) -> tuple[list[Sequence[_Tok]], list[Sequence[_Tok]]]:
    """The double and the single marks of each paragraph, each priced.

    ``doubled``: two backticks and two apostrophes are double marks.
    """
    token, forms = (_TOKEN_DOUBLED, _FORMS_DOUBLED) if doubled else (_TOKEN, FORMS)
    doubles_of: list[Sequence[_Tok]] = [_NO_TOKS] * len(regions)
    singles_of: list[Sequence[_Tok]] = [_NO_TOKS] * len(regions)
    doubles: list[_Tok] = []
    singles: list[_Tok] = []
    last = -1
    k = 0
    count = len(regions)
    single_opened = -1  # the last paragraph in which a single mark could open
    for m in token.finditer(text, regions[0][0], regions[-1][1]):
        group = m.lastgroup
        if group == "non" or group == "apos":
            continue
        start, end = m.span()
        while k < count and regions[k][1] < end:
            k += 1
        if k == count:
            break
        lo, hi, _ = regions[k]
        if start < lo:
            continue  # between paragraphs, or across a paragraph's edge
        if k != last:
            doubles, singles = [], []
            doubles_of[k], singles_of[k] = doubles, singles
            last = k
        form = forms[m.group()] if group == "mark" else _LOSSY
        if form.level == "double":
            flank = _flank(text, start, end, lo, hi)
            open_cost, close_cost, skip_cost = _costs(form, flank, _DOUBLE)
            doubles.append(_Tok(start, end, form, open_cost, close_cost, skip_cost))
            continue
        if _is_apostrophe(text, start, end, lo, hi):
            continue
        open_cost, close_cost, skip_cost = _costs(form, _flank(text, start, end, lo, hi), _SINGLE)
        if (
            close_cost == 0.0
            and start - 1 > lo
            and text[start - 1] in "sSzZ"
            and text[start - 2].isalpha()
        ):
            skip_cost = 0.6  # farmers’ — a plural possessive more often than a close
        elif (
            close_cost == 0.0
            and end + 1 < hi
            and text[end] == " "
            and text[end + 1].isalpha()
            and text.endswith(ELIDED_ENDINGS, max(lo, start - 2), start)
            and start - 3 >= lo
            and text[start - 3].isalpha()
        ):
            skip_cost = 0.6  # goin’ home — a dropped g more often than a close
        singles.append(_Tok(start, end, form, open_cost, close_cost, skip_cost))
        if open_cost == 0.0 or form.direction == "open":
            single_opened = k
        elif single_opened != k and _closes_double(text, form, start, end, hi):
            # “We can win.’ Then … — a single closing mark typed for the double
            # one: with no single mark open in the paragraph, it may close the
            # double quote, at a price below leaving that quote unclosed.
            doubles.append(_Tok(start, end, form, _INF, _CROSS_CLOSE, 0.0))
    return doubles_of, singles_of


_CROSS_CLOSE = 2.5


def _doubled_evidence(text: str, regions: Sequence[tuple[int, int, int]]) -> bool:
    """True when the text writes its double marks as two backticks or two apostrophes.

    A backtick pair is written for nothing else (Penn Treebank, Gigaword). Two
    apostrophes are read as a mark when a paragraph pairs them: one that opens
    (after a space, an opening bracket or dash, or at the paragraph's start, before
    a word) and a later one that closes (after a word or punctuation, before a
    space, punctuation or the paragraph's end), as the New York Times archive
    writes ''every quote''. A seconds sign (5' 10'') or a possessive typed twice
    (farmers'') closes nothing that opened, so it is no evidence.
    """
    if "``" in text:
        return True
    at = text.find("''")
    if at < 0:
        return False
    k = 0
    count = len(regions)
    opened = -1  # the paragraph in which an opening pair was seen
    while at >= 0:
        while k < count and regions[k][1] <= at:
            k += 1
        if k == count:
            return False
        lo, hi, _ = regions[k]
        end = at + 2
        if at >= lo and end <= hi:
            before = text[at - 1] if at > lo else " "
            after = text[end] if end < hi else " "
            if _opens_doubled(before, after):
                opened = k
            elif opened == k and _closes_doubled(before, after):
                return True
        at = text.find("''", end)
    return False


def _opens_doubled(before: str, after: str) -> bool:
    return (is_space(before) or before in OPENING_PUNCTUATION) and (
        after.isalnum() or after in "'$.…(["
    )


def _closes_doubled(before: str, after: str) -> bool:
    return (before.isalpha() or before in CLOSING_PUNCTUATION or before == "'") and (
        is_space(after) or after in CLOSING_PUNCTUATION or after in "—–-"
    )


def _closes_double(text: str, form: MarkForm, start: int, end: int, hi: int) -> bool:
    """A curly single closing mark after a sentence's end, before a capital or the
    paragraph's end: where a double quote's closing mark would stand."""
    if form.direction != "close" or text[start - 1 : start] not in SENTENCE_END:
        return False
    m = _BLANKS.match(text, end, hi)
    after = m.end() if m is not None else end
    if after == hi:
        return True
    return after > end and text[end] in " \t" and text[after].isupper()


_BLANKS = regex.compile(r"\s*+")


# --------------------------------------------------------------------------- pairing


def _transitions(straight: bool) -> tuple[tuple[int, int, int, int], ...]:
    """``(state, next state, action, price)`` for a mark of one style, in order of preference.

    ``price`` indexes the prices :func:`_pair` computes for each mark: 0 skip,
    1 open, 2 close, 3 close with no opening mark, 4 open while open, 5 open
    a nested quote of the other style, 6 open a curly quote in a curly one.
    """
    own = _IN_STRAIGHT if straight else _IN_CURLY
    out: list[tuple[int, int, int, int]] = [
        (_OUT, _OUT, _SKIP, 0),
        (_OUT, own, _OPEN, 1),
        (_OUT, _OUT, _UNOPENED, 3),
    ]
    for state in (_IN_STRAIGHT, _IN_CURLY):
        out += [(state, state, _SKIP, 0), (state, _OUT, _CLOSE, 2), (state, own, _REOPEN, 4)]
        if straight != (state == _IN_STRAIGHT):
            # the other style inside: a nested quote (Q-4 with mixed glyphs)
            out.append((state, _NESTED_STRAIGHT if straight else _NESTED_CURLY, _NEST, 5))
        elif not straight:
            # curly inside curly: the glyphs say which way each mark points
            out.append((state, _NESTED_SAME, _NEST, 6))
    for state in (_NESTED_STRAIGHT, _NESTED_CURLY, _NESTED_SAME):
        out.append((state, state, _SKIP, 0))
        # only a mark of the inner quote's style closes it
        if straight == (state == _NESTED_STRAIGHT):
            out.append((state, _OUTER[state], _UNNEST, 2))
    return tuple(out)


_TRANSITIONS = {True: _transitions(True), False: _transitions(False)}


def _alternating(toks: Sequence[_Tok]) -> list[tuple[int, int]] | None:
    """Open, close, open, close … each at no cost, or ``None``."""
    path: list[tuple[int, int]] = []
    inside = False
    for t in toks:
        if inside and t.close_cost == 0.0:
            path.append((_CLOSE, _OUT))
        elif not inside and t.open_cost == 0.0:
            path.append((_OPEN, _IN_STRAIGHT if t.form.direction == "either" else _IN_CURLY))
        else:
            return None
        inside = not inside
    return None if inside else path


def _pair(
    toks: Sequence[_Tok], costs: _Costs, start: int, next_style: bool | None
) -> tuple[list[tuple[int, int]], int]:
    """The cheapest reading of ``toks``: per mark (action, state after), and the final state.

    States: outside, inside a quote opened by a straight or a curly mark, and
    inside a quote of the other style nested in one of those.  ``next_style``
    is the style of the mark that opens the next paragraph (``True`` for
    straight), ``None`` when it does not open with one.
    """
    if start == _OUT:
        # Marks that alternate open, close at no cost are the cheapest reading
        # there is (no price is negative): the common case, without the table.
        simple = _alternating(toks)
        if simple is not None:
            return simple, _OUT
    end_straight = costs.continued if next_style is True else costs.unclosed
    end_curly = costs.continued if next_style is False else costs.unclosed
    cost = [_INF] * 6
    cost[start] = 0.0
    back: list[list[int]] = []
    for t in toks:
        o, c = t.open_cost, t.close_cost
        prices = (
            t.skip_cost,
            o,
            c,
            c + costs.unopened,
            o + costs.reopen,
            o + costs.nest,
            o + costs.nest_same,
        )
        new = [_INF] * 6
        how = [0] * 6
        for state, nxt, action, price in _TRANSITIONS[t.form.direction == "either"]:
            total = cost[state] + prices[price]
            if total < new[nxt]:
                new[nxt] = total
                how[nxt] = state * 8 + action
        back.append(how)
        cost = new
    final = [
        cost[_OUT],
        cost[_IN_STRAIGHT] + end_straight,
        cost[_IN_CURLY] + end_curly,
        cost[_NESTED_STRAIGHT] + end_curly + costs.unclosed,
        cost[_NESTED_CURLY] + end_straight + costs.unclosed,
        cost[_NESTED_SAME] + end_curly + costs.unclosed,
    ]
    state = min(range(6), key=lambda k: final[k])
    last = state
    path: list[tuple[int, int]] = [(0, 0)] * len(toks)
    for i in range(len(toks) - 1, -1, -1):
        how_ = back[i][state]
        path[i] = (how_ & 7, state)
        state = how_ >> 3
    return path, last


def _mark_diagnostics(text: str, tok: _Tok | None) -> list[Diagnostic]:
    if tok is None or tok.form.source == "glyph":
        return []
    what = {
        "mojibake": "UTF-8 read as Windows-1252",
        "entity": "an HTML entity",
        "ascii": "an ASCII stand-in",
    }.get(tok.form.source, tok.form.source)
    return [
        Diagnostic(
            tok.start,
            "mark-form",
            f"read {text[tok.start : tok.end]!r} at {tok.start} as the mark "
            f"{tok.form.glyph!r} ({what})",
        )
    ]


def _finish(text: str, b: _Build, end: int, close: _Tok | None) -> _Build:
    b.pieces.append(strip_span(text, b.start, max(b.start, end)))
    b.close_mark = close
    return b


def _finite_cues() -> str:
    """The finite forms of the cues that may follow their quote (A-2: "…, said
    Kessel", "…, she added"), as one alternation."""
    forms = {
        form
        for lemma, (all_forms, patterns) in SPEECH_VERBS.items()
        if "inverted" in patterns
        for form in all_forms
        if form != lemma and not form.endswith("ing") and " " not in form
    }
    return "|".join(sorted(forms, key=len, reverse=True))


# An attribution after a comma (or ? !) inside the words of a quote that never
# closes: where the closing mark was left out (wire-conventions ).
@functools.cache
def _attribution_pattern() -> regex.Pattern[str]:
    """The pattern of :func:`_attribution_after`, compiled on its first use: a long
    alternation of cue forms that most texts (every quote closed) never need."""
    return regex.compile(
        r"(?<=\w[,?!])[ \t]++"
        r"(?:"
        rf"(?:{_finite_cues()})[ \t]++(?=\p{{Lu}}|(?:the|a|an|he|she|they)\b)"
        r"|(?:he|she|they|we|I|\p{Lu}[\w’'.-]*+(?:[ \t]++\p{Lu}[\w’'.-]*+){0,3})"
        rf"[ \t]++(?:{_finite_cues()})\b"
        r")"
    )


def _attribution_after(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The blanks and words of an attribution that follows the words of an
    unclosed quote from ``start`` before ``end`` ("…, said Kessel"), or ``None``."""
    m = _attribution_pattern().search(text, start, end)
    return m.span() if m is not None else None


def _unclosed(b: _Build, at: int, why: str) -> None:
    b.rule = "unclosed"
    b.diagnostics.append(
        Diagnostic(
            b.first,
            "unclosed-quote",
            f"the quote opened at {b.first} is never closed; assumed it ends {why} ({at})",
        )
    )


def _pair_region(
    text: str,
    lo: int,
    hi: int,
    toks: Sequence[_Tok],
    costs: _Costs,
    carried: _Build | None,
    next_mark: _Tok | None,
    level: str,
) -> tuple[list[_Build], _Build | None]:
    """Pair the marks of one paragraph; return finished quotes and one carried on.
    ``next_mark`` opens the next paragraph of the same group, when one does."""
    next_style = None if next_mark is None else next_mark.form.direction == "either"
    done: list[_Build] = []
    cur = carried
    inner: _Build | None = None
    start = _OUT
    if cur is not None:
        first = toks[0]
        cur.cont_marks.append(first)
        cur.start = first.end
        toks = toks[1:]
        start = _IN_STRAIGHT if first.form.direction == "either" else _IN_CURLY
    path, final, next_style, why = _paragraph_path(
        text, lo, hi, toks, costs, start, next_style, next_mark, cur
    )
    boundary = lo
    for t, (act, _state) in zip(toks, path, strict=True):
        if act == _OPEN:
            cur = _Build(level, t, t.end, lo, hi)
        elif act == _CLOSE and cur is not None:
            done.append(_finish(text, cur, t.start, t))
            mismatch = _mismatched(text, cur.open_mark, t)
            if mismatch is not None:
                cur.diagnostics.append(mismatch)
            cur = None
            boundary = t.end
        elif act == _NEST and cur is not None:
            inner = _Build(level, t, t.end, lo, hi, rule="nested")
        elif act == _UNNEST and cur is not None and inner is not None:
            cur.children.append(_finish(text, inner, t.start, t))
            inner = None
        elif act == _REOPEN and cur is not None:
            _end_unclosed(text, cur, t.start, "before the next opening mark", done)
            cur = _Build(level, t, t.end, lo, hi)
        elif act == _UNOPENED:
            b = _Build(level, None, boundary, lo, hi, rule="unopened")
            b.diagnostics.append(
                Diagnostic(
                    t.start,
                    "unopened-quote",
                    f"the closing mark at {t.start} has no opening mark; assumed the "
                    f"quote starts at {strip_span(text, boundary, t.start).start}",
                )
            )
            done.append(_finish(text, b, t.start, t))
            boundary = t.end
        elif act == _SKIP and cur is not None and t.form.level == level == "double":
            cur.diagnostics.append(
                Diagnostic(
                    t.start,
                    "stray-mark",
                    f"the mark {text[t.start : t.end]!r} at {t.start} pairs with nothing; "
                    "read it as part of the quoted words",
                )
            )
    if cur is not None and inner is not None:
        _unclosed(inner, hi, "at the end of its paragraph")
        cur.children.append(_finish(text, inner, hi, None))
    if cur is not None and final != _OUT:
        outer = _OUTER.get(final, final)
        if next_style is not None and outer == (_IN_STRAIGHT if next_style else _IN_CURLY):
            cur.pieces.append(strip_span(text, cur.start, hi))
            cur.rule = "continued"
            return done, cur
        _end_unclosed(text, cur, hi, why, done)
    return done, None


def _paragraph_path(
    text: str,
    lo: int,
    hi: int,
    toks: Sequence[_Tok],
    costs: _Costs,
    start: int,
    next_style: bool | None,
    next_mark: _Tok | None,
    cur: _Build | None,
) -> tuple[list[tuple[int, int]], int, bool | None, str]:
    """The cheapest pairing of one paragraph's marks (:func:`_pair`), its final state,
    whether a quote left open may run on into the next paragraph (``next_style``), and
    why an open quote ends with its paragraph when it may not: the next paragraph opens
    with another kind of mark, or the open quote is a fragment (Q-2)."""
    path, final = _pair(toks, costs, start, next_style)
    why = "at the end of its paragraph"
    if final != _OUT and next_mark is not None:
        opener = next((i for i in range(len(path) - 1, -1, -1) if path[i][0] in _OPENS), None)
        open_mark = toks[opener] if opener is not None else (cur.open_mark if cur else None)
        if open_mark is not None and _family(open_mark) != _family(next_mark):
            # '「…' then a paragraph opening with '“': a running quote repeats its own
            # kind of mark, so this one ends with its paragraph
            path, final = _pair(toks, costs, start, None)
            next_style = None
            why = "at the end of its paragraph (the next opens with another kind of mark)"
        elif opener is not None and _fragment(text, toks[opener], lo, hi):
            # a partial quote is closed at its paragraph's end even when the
            # quotation goes on, so an open fragment never runs on: read the
            # paragraph as if the next one did not open with a mark.
            path, final = _pair(toks, costs, start, None)
            next_style = None
            why = "at the end of its paragraph, as a partial quote does (Q-2)"
    return path, final, next_style, why


def _mismatched(text: str, open_mark: _Tok | None, close: _Tok) -> Diagnostic | None:
    """The note for a quote opened with one kind of mark and closed with another
    (straight and curly, single and double); ``None`` when the two agree."""
    if open_mark is None or (
        (open_mark.form.direction == "either") == (close.form.direction == "either")
        and open_mark.form.level == close.form.level
    ):
        return None
    return Diagnostic(
        close.start,
        "mismatched-marks",
        f"paired {text[open_mark.start : open_mark.end]!r} at "
        f"{open_mark.start} with {text[close.start : close.end]!r} at {close.start}",
    )


#: Kinds of quotation marks that never continue each other's quotes: CJK corner
#: brackets and guillemets; every other mark is of the kind ``""`` (straight and
#: curly are told apart by their style).
_FAMILIES = dict.fromkeys("「」『』", "corner") | dict.fromkeys("«»‹›", "guillemet")


def _family(tok: _Tok) -> str:
    """The kind of mark ``tok`` is (:data:`_FAMILIES`)."""
    return _FAMILIES.get(tok.form.glyph, "")


def _end_unclosed(text: str, b: _Build, at: int, why: str, done: list[_Build]) -> None:
    """Close a quote left open at ``at`` (the paragraph's end or the next opening
    mark), or before an attribution that follows its words ("…, said Kessel")."""
    found = _attribution_after(text, b.start, at) if b.level == "double" else None
    if found is not None:
        cut, cue_end = found
        words = text[cut:cue_end].strip()
        _unclosed(b, cut, f"before the attribution {words!r} that follows it")
        done.append(_finish(text, b, cut, None))
        return
    _unclosed(b, at, why)
    done.append(_finish(text, b, at, None))


def _fragment(text: str, mark: _Tok, lo: int, hi: int) -> bool:
    """True when the quote ``mark`` opens is a fragment inside the reporter's sentence."""
    before = text[lo : mark.start].rstrip()
    initial = next((c for c in text[mark.end : min(hi, mark.end + 20)] if c.isalpha()), "")
    return bool(before) and before[-1] not in ":.?!" and initial.islower()


def _continues(text: str, toks: Sequence[_Tok], lo: int, style: bool | None = None) -> bool:
    """True when a paragraph opens with a mark (a continuing quote, Q-1).

    ``style`` (straight or not), when given, is the style the mark must have:
    a running quote repeats its own opening mark.
    """
    if not toks:
        return False
    first = toks[0]
    if style is not None and (first.form.direction == "either") != style:
        return False
    return first.open_cost == 0.0 and not text[lo : first.start].strip()


def _pair_level(
    text: str,
    regions: Sequence[tuple[int, int, int]],
    toks_of: Sequence[Sequence[_Tok]],
    costs: _Costs,
    level: str,
) -> list[_Build]:
    """Pair one level of marks over consecutive paragraphs (``(lo, hi, group)``)."""
    out: list[_Build] = []
    carried: _Build | None = None
    for i, (lo, hi, group) in enumerate(regions):
        toks = toks_of[i]
        if carried is not None and not (toks and _continues(text, toks, lo)):
            out.append(_close_carried(text, carried))
            carried = None
        next_mark: _Tok | None = None
        if (
            i + 1 < len(regions)
            and regions[i + 1][2] == group
            and group >= 0
            and _continues(text, toks_of[i + 1], regions[i + 1][0])
        ):
            next_mark = toks_of[i + 1][0]
        if not toks and carried is None:
            continue
        done, carried = _pair_region(text, lo, hi, toks, costs, carried, next_mark, level)
        out.extend(done)
    if carried is not None:
        out.append(_close_carried(text, carried))
    return out


def _close_carried(text: str, b: _Build) -> _Build:
    """A continued quote whose next paragraph did not continue it after all."""
    _unclosed(b, b.pieces[-1].end, "at the end of its paragraph")
    return b


# --------------------------------------------------------------------------- assembly


def _regions(text: str, layout: Layout) -> list[tuple[int, int, int]]:
    """Paragraph bounds ``(lo, hi, group)``; quotes continue only within a group."""
    raw: list[tuple[Span, int]] = []
    if layout.headline is not None:
        raw.append((layout.headline, -1))
    raw.extend((h, -1) for h in layout.header)
    for group, section in enumerate(layout.sections, start=1):
        if section.heading is not None:
            raw.append((section.heading, -1))
        raw.extend((p, group) for p in section.paragraphs)
    raw.sort(key=lambda r: (r[0].start, r[0].end))
    out: list[tuple[int, int, int]] = []
    n = len(text)
    prev_end = 0
    for span, g in raw:
        lo, hi = max(span.start, prev_end), min(span.end, n)
        if lo < hi:
            out.append((lo, hi, g))
            prev_end = hi
    return out


def _inside(b: _Build) -> list[tuple[int, int]]:
    """The bounds of the quoted words, one per piece."""
    return [(p.start, p.end) for p in b.pieces]


def _split_by(
    toks: list[_Tok], holes: list[tuple[int, int]]
) -> tuple[list[_Tok], list[list[_Tok]]]:
    """Tokens outside every hole, and the tokens inside each hole (both sorted)."""
    outside: list[_Tok] = []
    inside: list[list[_Tok]] = [[] for _ in holes]
    j = 0
    for t in toks:
        while j < len(holes) and holes[j][1] <= t.start:
            j += 1
        if j < len(holes) and holes[j][0] <= t.start and t.end <= holes[j][1]:
            inside[j].append(t)
        elif j < len(holes) and t.start < holes[j][1] and t.end > holes[j][0]:
            continue  # straddles a quote's edge: belongs to neither
        else:
            outside.append(t)
    return outside, inside


def _outer_singles(
    text: str,
    regions: Sequence[tuple[int, int, int]],
    doubles: list[_Build],
    singles: list[_Build],
) -> list[_Build]:
    """The single-mark quotes that stand as quotes of their own.

    Single marks are the outer marks of headlines and subheads (Q-8) and of
    British book style (Q-5), where every double-quoted stretch lies inside
    a single-quoted one.  A body paragraph that quotes with double marks
    outside single ones, or writes doubled apostrophes (which stand for
    double marks), reads its other single marks as apostrophes.  The choice
    is made paragraph by paragraph, so a paragraph reads the same wherever
    it stands.
    """
    body = {lo: hi for lo, hi, group in regions if group >= 0}
    by_paragraph: dict[int, list[tuple[int, int]]] = {}
    for b in singles:
        by_paragraph.setdefault(b.lo, []).append((b.first, b.last))
    double_outer: set[int] = set()
    for b in doubles:
        for piece in b.pieces:
            lo = _paragraph_of(regions, piece.start)
            if lo is None or lo in double_outer:
                continue
            extent = (
                b.first if piece is b.pieces[0] else piece.start,
                b.last if piece is b.pieces[-1] else piece.end,
            )
            if not any(s <= extent[0] and extent[1] <= e for s, e in by_paragraph.get(lo, ())):
                double_outer.add(lo)
    return [
        b
        for b in singles
        if b.lo not in body
        or (b.lo not in double_outer and not _DOUBLED_APOSTROPHES.search(text, b.lo, body[b.lo]))
    ]


def _paragraph_of(regions: Sequence[tuple[int, int, int]], offset: int) -> int | None:
    """The start of the paragraph that holds ``offset``."""
    k = bisect.bisect_right(regions, (offset, _INF_INT, 0)) - 1
    if k >= 0 and regions[k][0] <= offset < regions[k][1]:
        return regions[k][0]
    return None


def _has_words(b: _Build) -> bool:
    """An empty pair ("") quotes nothing; it is not a quotation."""
    return bool(b.children) or any(p.length for p in b.pieces)


def _nest(builds: list[_Build]) -> list[_Build]:
    """Put quotes that lie inside another quote among its children."""
    builds.sort(key=lambda b: (b.first, -b.last))
    top: list[_Build] = []
    stack: list[_Build] = []
    for b in builds:
        while stack and stack[-1].last <= b.first:
            stack.pop()
        if stack:
            if b.last <= stack[-1].last:
                stack[-1].children.append(b)
                stack.append(b)
            continue  # crosses the quote it starts in: cannot be a quote
        top.append(b)
        stack.append(b)
    return top


def _recost(text: str, t: _Tok, lo: int, hi: int) -> _Tok:
    """A single mark re-read inside the bounds of the quote around it."""
    open_cost, close_cost, _ = _costs(t.form, _flank(text, t.start, t.end, lo, hi), _SINGLE)
    return t._replace(open_cost=open_cost, close_cost=close_cost)


def _inside_spans(text: str, pieces: Iterable[Span]) -> tuple[tuple[Span, ...], tuple[Span, ...]]:
    """The ellipses and the insertions inside the quoted words."""
    ellipses: list[Span] = []
    insertions: list[Span] = []
    for p in pieces:
        for m in _INSIDE.finditer(text, p.start, p.end):
            (ellipses if m.lastgroup == "ellipsis" else insertions).append(Span(*m.span()))
    return tuple(ellipses), tuple(insertions)


def _freeze(text: str, b: _Build, lo: int, heading: bool) -> Quote:
    kind: QuoteKind
    if len(b.pieces) > 1:
        kind, why = "direct", "running"
    else:
        mark = b.open_mark.start if b.open_mark is not None else b.pieces[0].start
        close_end = b.close_mark.end if b.close_mark is not None else b.pieces[-1].end
        kind, why = quote_kind(
            text, b.pieces[0].start, b.pieces[-1].end, mark, close_end, lo, b.hi, heading
        )
    children: tuple[Quote, ...] = ()
    if b.children:
        children = tuple(
            _freeze(text, c, b.pieces[0].start, heading)
            for c in _nest([c for c in b.children if _has_words(c)])
        )
    diags = list(b.diagnostics)
    for t in (b.open_mark, *b.cont_marks, b.close_mark):
        if t is not None and t.form.source != "glyph":
            diags += _mark_diagnostics(text, t)
    pieces = tuple(b.pieces)
    rule = b.rule if b.level == "double" else f"{b.rule}-single"
    ellipses, insertions = _inside_spans(text, pieces)
    return Quote(
        span=Span(pieces[0].start, pieces[-1].end),
        kind=kind,
        open_mark=None if b.open_mark is None else Span(b.open_mark.start, b.open_mark.end),
        close_mark=None if b.close_mark is None else Span(b.close_mark.start, b.close_mark.end),
        pieces=pieces,
        children=children,
        diagnostics=tuple(diags),
        rule=f"{rule}/{why}",
        insertions=insertions,
        ellipses=ellipses,
        continuation_marks=tuple(Span(t.start, t.end) for t in b.cont_marks),
    )


def _pair_singles(
    text: str,
    regions: Sequence[tuple[int, int, int]],
    doubles: list[_Build],
    singles_toks: Sequence[Sequence[_Tok]],
) -> list[_Build]:
    """Pair single marks inside each double quote (its children, Q-4) and outside them.

    Returns the quotes outside double quotes; the nested ones are added to
    the children of the double quote around them.
    """
    holes: list[tuple[int, int]] = []
    owners: list[_Build] = []
    for b in doubles:
        for h in _inside(b):
            holes.append(h)
            owners.append(b)
    order = sorted(range(len(holes)), key=lambda k: holes[k])
    holes = [holes[k] for k in order]
    owners = [owners[k] for k in order]
    outside, inside = _split_by([t for ts in singles_toks for t in ts], holes)
    for (h_lo, h_hi), owner, toks in zip(holes, owners, inside, strict=True):
        if toks:
            retok = [_recost(text, t, h_lo, h_hi) for t in toks]
            owner.children.extend(_pair_level(text, [(h_lo, h_hi, -1)], [retok], _SINGLE, "single"))
    per_region: list[Sequence[_Tok]] = [_NO_TOKS] * len(regions)
    group: list[_Tok] = []  # the marks of per_region[k] (outside is sorted)
    k = 0
    for t in outside:
        while k < len(regions) and regions[k][1] <= t.start:
            k += 1
        if k < len(regions):
            if per_region[k] is _NO_TOKS:
                group = []
                per_region[k] = group
            group.append(t)
    return _pair_level(text, regions, per_region, _SINGLE, "single")


def find_quotes(
    text: str, *, layout: Layout | None = None, doubled_marks: bool | None = None
) -> tuple[Quote, ...]:
    """Every quotation in ``text``, in order of its opening mark.

    >>> text = '“We are ready,” he said of the so-called “peace” talks.'
    >>> [(q.span.of(text), q.kind) for q in find_quotes(text)]
    [('We are ready,', 'direct'), ('peace', 'other')]
    >>> text = 'Rain\\n\\nHe said: "It rains.\\n\\n"It pours."\\n\\nShe left.'
    >>> q, = find_quotes(text)
    >>> [p.of(text) for p in q.pieces], q.kind
    (['It rains.', 'It pours.'], 'direct')

    Two backticks and two apostrophes stand for a double mark in archive and
    tokenised copy (````like this''`` in Penn Treebank and Gigaword text,
    ``''like this''`` in the New York Times archive). ``doubled_marks=None``
    (the default) reads them so when the text gives the evidence: a backtick
    pair, which nothing else writes, or two apostrophes that open a quote and
    two that close it later in the same paragraph; a seconds sign (5' 10'') or
    a possessive typed twice (farmers'') pairs with nothing and is left alone.
    ``True`` reads them always, ``False`` never:

    >>> text = "''We will see,'' she said. He is 5' 10''."
    >>> [q.span.of(text) for q in find_quotes(text)]
    ['We will see,']
    >>> [q.span.of(text) for q in find_quotes(text, doubled_marks=False)]
    []

    Never raises for a ``str``; ``layout`` is :func:`~newsparse.split_sections`'s
    result (computed when not given). A ``layout`` that is not a
    :class:`~newsparse.Layout` or a ``doubled_marks`` that is not a bool or None
    raises :class:`TypeError`; a layout made from another text raises
    :class:`~newsparse.NewsparseError`.
    """
    check_text(text)
    check_flag(doubled_marks, "doubled_marks")
    layout = check_layout(text, layout)
    from newsparse.sections import reads_as_sentence, split_sections

    if layout is None:
        layout = split_sections(text)
    regions = _regions(text, layout)
    if not regions:
        return ()
    doubled = _doubled_evidence(text, regions) if doubled_marks is None else doubled_marks
    double_toks, single_toks = _tokens(text, regions, doubled)
    doubles = _pair_level(text, regions, double_toks, _DOUBLE, "double")
    # key="value" in markup left in the copy is not a quotation.
    doubles = [
        b
        for b in doubles
        if b.open_mark is None or b.open_mark.start == 0 or text[b.open_mark.start - 1] != "="
    ]
    # a single mark that closed a double quote is no single mark any more
    crossed = {
        b.close_mark.start
        for b in doubles
        if b.close_mark is not None and b.close_mark.form.level == "single"
    }
    if crossed:
        single_toks = [
            [t for t in ts if t.start not in crossed] if ts else _NO_TOKS for ts in single_toks
        ]
    singles = _pair_singles(text, regions, doubles, single_toks)
    singles = _outer_singles(text, regions, doubles, singles)
    top = _nest([b for b in doubles + singles if _has_words(b)])
    # a headline-laid line that reads as a sentence reads its capitals as body text
    body = {lo for lo, hi, group in regions if group >= 0 or reads_as_sentence(text, lo, hi)}
    return _in_a_list_of_titles(text, [_freeze(text, b, b.lo, b.lo not in body) for b in top])


#: A title after another one in a list ('in „Nackt unter Wölfen“ oder „Jeder stirbt
#: für sich allein“'): the words between them.
_LIST_LINK = regex.compile(r"\s*+(?:,|und|oder|sowie|and|or|&)?\s*+(?:,\s*+)?")
#: Opening marks of copy that capitalises its nouns („…“, »…«, «…»), where a list of
#: names and titles in marks is common; English copy lists scare quotes and words
#: of speech alike ('called them “weak” and “low-energy”').
_CAPITALISING_OPENERS = frozenset("„»«")
#: The kinds that make the next quote in a list one of the same.
_LISTED_KINDS = frozenset({"title", "name-or-title", "title-before-noun"})


def _in_a_list_of_titles(text: str, quotes: list[Quote]) -> tuple[Quote, ...]:
    """The quotes, with each quote in German marks that follows a title or a name in a
    list (joined by a comma, "und", "oder", "sowie") read as one too."""
    for k in range(1, len(quotes)):
        prev, cur = quotes[k - 1], quotes[k]
        if (
            cur.kind == "other"
            or prev.kind != "other"
            or prev.kind_rule not in _LISTED_KINDS
            or prev.close_mark is None
            or cur.open_mark is None
            or cur.open_mark.start - prev.close_mark.end > 12
            or text[cur.open_mark.start] not in _CAPITALISING_OPENERS
            # „das ist mein Leben“, „ein Meisterwerk“: a gloss or words, no title
            or not text[cur.span.start : cur.span.start + 1].isupper()
        ):
            continue
        m = _LIST_LINK.match(text, prev.close_mark.end, cur.open_mark.start)
        if m is None or m.end() != cur.open_mark.start or m.end() == prev.close_mark.end:
            continue
        rule = cur.rule.rsplit("/", 1)[0]
        quotes[k] = attrs.evolve(cur, kind="other", rule=f"{rule}/{prev.kind_rule}")
    return tuple(quotes)
