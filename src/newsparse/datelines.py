"""parse_dateline: place, date and agency at the start of the first body paragraph.

A dateline is where (and often when, and through which agency) a story was
filed: ``CITY[, region][, date] [agency credit] separator``, at the start of
the first body paragraph (wire-conventions §1-4).  :func:`parse_dateline`
reads it from the original text, past indentation, NBSP, TAB, ``>`` quoting
and wire control characters, and returns a :class:`~newsparse.records.Dateline`
of spans, or ``None`` when the paragraph does not open with one.

The reader cuts a bounded window at the paragraph start into tokens (words,
numbers, dashes, punctuation) with one compiled pattern, then parses them
left to right: an agency credit alone (Bloomberg), a date (UPI, Xinhua
scrapes), a glued byline (PTI), or places with regions, then the date, the
credit and the separator.  A set of checks, each tied to a convention, decides
whether the shape is a dateline (see ``docs/datelines.md``).

>>> text = "BEIRUT, Lebanon, June 2 (UPI) -- The outlook was uncertain."
>>> d = parse_dateline(text)
>>> d.place.of(text), d.date.of(text), (d.month, d.day), d.agency.of(text), d.rule
('BEIRUT, Lebanon', 'June 2', (6, 2), 'UPI', 'place+date+agency')

:func:`find_credited_source` finds the agency a lead credits for the story
("…, Mehr news Agency reported.").
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise

import attrs
import regex

from newsparse.checks import check_layout
from newsparse.errors import check_text
from newsparse.lexicon.agencies import (
    AGENCY_NAMES,
    ALIASES,
    CREDIT_HEADS,
    CREDIT_VERBS,
    GERMAN_SERVICES,
    SLASH_PREFIXES,
    agency_key,
)
from newsparse.lexicon.marks import FORMS as MARK_FORMS
from newsparse.lexicon.months import MONTHS, NOT_TYPOS, SWAP_TARGETS, TYPO_TARGETS
from newsparse.lexicon.places import (
    COUNTRIES,
    NOT_PLACES,
    PLACE_CONNECTORS,
    STANDALONE_CITIES,
    STATE_ABBREVIATIONS,
    place_key,
)
from newsparse.records import Dateline, Diagnostic, Layout
from newsparse.sections import split_sections
from newsparse.spans import Span

__all__ = ["find_credited_source", "parse_dateline"]

#: How far into a paragraph a dateline may reach (the longest in §1 is under 80
#: characters; a glued byline adds a name).
_WINDOW = 160

#: How far the tokens reach: every dateline of §1 ends within 70 characters.
_REACH = 80
_TO_SPACE = regex.compile(r"\S*+")

#: Decks stepped over before the dateline paragraph, and their longest length.
_DECKS = 2
_DECK_MAX = 120

#: What may stand before the dateline at a paragraph start: white space of
#: every kind (X-7 NBSP, TAB, D-RTR-3 indent), ``>`` e-mail quoting (D-UPI-3),
#: zero-width and wire control characters (X-6, X-14), and a run of two or more
#: asterisks, the priority mark of 1987 Reuters flashes.
_LEADING = regex.compile(r"(?:[\s>\u200b\u200c\u200d\u2060\ufeff\x00-\x1f\x7f-\x9f]++|\*{2,}+)*+")

#: One stray character before a 1987 indent: a lower-case letter, a digit or a mark, then
#: three or more blanks and a capital.
_STRAY = regex.compile(r"[^\s\p{Lu}][ \t]{3,}+(?=\p{Lu})")

#: One token of the window.  Words keep inner apostrophes, hyphens and the
#: periods of abbreviations ("N.Y.", "W.Va.", "Calif.", "Sept.").
_TOKEN = regex.compile(
    r"(?P<ws>[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]++)"
    r"|(?P<nl>\r\n|[\n\r\x0b\x0c\x85\u2028\u2029])"
    r"|(?P<num>\d{1,8}+(?:st|nd|rd|th)?+)"
    r"|(?P<word>[\p{L}\p{M}]++(?:['\u2019\-][\p{L}\p{M}]++|\.[\p{L}\p{M}]++)*+\.?+)"
    r"|(?P<dash>-{1,3}+|[\u2012\u2013\u2014\u2015\u2212]|_)"
    r"|(?P<punct>[(),/&:.])"
    r"|(?P<other>.)",
    regex.DOTALL,
)

_ORDINAL = regex.compile(r"(?:st|nd|rd|th)$")

#: Marks that may open the first word of the body after a separator.
_BODY_OPENERS = frozenset("\"'“‘«„‚([<")
#: X-1, X-5: a body may open with a quote mark written as mojibake or an HTML
#: entity ("ROME - &ldquo;We need time,&rdquo; …").
_BODY_OPENER_FORMS = tuple(form for form in MARK_FORMS if len(form) > 1)

#: An obituary name line: "SMITH -- John Arthur, 98, of ..." (the issue's
#: "SIEGEL--Jerome Arthur, 98").
_OBITUARY = regex.compile(
    r"\p{Lu}[\p{L}'\u2019\-]*+(?: \p{Lu}[\p{L}.'\u2019\-]*+){0,3}+, \d{1,3}+,"
)


# --------------------------------------------------------------------------- tokens


class _Tokens:
    """The tokens of ``text[start:reach]``, cut on demand: kinds, starts and ends, by index.

    The parser rarely needs more than the dozen tokens up to the separator, so
    tokens are taken from the pattern only as they are asked for.  ``limit``
    is where the paragraph's window ends: the body checks after the separator
    may look that far, the tokens only reach ``reach``.
    """

    __slots__ = ("_matches", "done", "ends", "kinds", "limit", "n", "starts", "text")

    def __init__(self, text: str, start: int, reach: int, limit: int) -> None:
        self.text = text
        self.limit = limit
        self._matches = _TOKEN.finditer(text, start, reach)
        self.kinds: list[str] = []
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.n = 0
        self.done = False

    def has(self, i: int) -> bool:
        """True when token ``i`` exists (cutting tokens up to it if needed)."""
        while self.n <= i and not self.done:
            m = next(self._matches, None)
            if m is None:
                self.done = True
                break
            kind = m.lastgroup or "other"
            self.kinds.append(m.group() if kind == "punct" else kind)
            self.starts.append(m.start())
            self.ends.append(m.end())
            self.n += 1
        return i < self.n

    def kind(self, i: int) -> str:
        return self.kinds[i] if i < self.n or self.has(i) else "end"

    def word(self, i: int) -> str:
        return self.text[self.starts[i] : self.ends[i]] if i < self.n or self.has(i) else ""

    def start(self, i: int) -> int:
        if i < self.n or self.has(i):
            return self.starts[i]
        return self.ends[-1] if self.n else self.limit

    def end(self, i: int) -> int:
        if i < self.n or self.has(i):
            return self.ends[i]
        return self.ends[-1] if self.n else self.limit

    def skip_ws(self, i: int) -> int:
        while self.kind(i) == "ws":
            i += 1
        return i


# --------------------------------------------------------------------------- parts


@attrs.frozen
class _Date:
    span: Span
    month: int
    day: int | None
    year: int | None
    typo: bool  # the month was read through a typo
    next: int
    day_slip: bool = False  # the day is not a day of the month
    day_typo: bool = False  # the day was read through a typo ("May l", "Marc h4")


@attrs.frozen
class _Agency:
    outer: Span  # with its marks: "(AP)", "/TASS/", "--(BUSINESS WIRE)", "Reuter"
    name: Span
    known: bool
    kind: str  # paren, slash, wire, comma
    next: int


@attrs.frozen
class _Place:
    cities: tuple[Span, ...]
    regions: tuple[Span, ...]
    caps: bool
    lower: bool
    words: tuple[str, ...]
    next: int


@attrs.frozen
class _Separator:
    span: Span
    kind: str  # dash, colon, period
    spaced: bool
    next: int


def _one_edit(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` differ by exactly one insertion, deletion or substitution."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1 :] == b[i + 1 :]
    return a[i:] == b[i + 1 :]


def _swapped(a: str, b: str) -> bool:
    """True when ``a`` is ``b`` with two neighbouring letters swapped ("mrach", "march")."""
    if len(a) != len(b) or a == b:
        return False
    diff = [k for k in range(len(a)) if a[k] != b[k]]
    return (
        len(diff) == 2
        and diff[1] == diff[0] + 1
        and a[diff[0]] == b[diff[1]]
        and a[diff[1]] == b[diff[0]]
    )


def _month(word: str, *, typo: bool) -> tuple[int, bool] | None:
    """The month a word spells (M-*), or, where ``typo`` allows, one edit away from
    or with two neighbouring letters swapped ("Mrach", "Fbe", "Fen"), unless the word is
    an abbreviation of its own (``NOT_TYPOS``)."""
    key = word.rstrip(".").casefold()
    if key in MONTHS:
        return MONTHS[key], False
    if typo and len(key) >= 3 and key.isalpha() and key not in NOT_TYPOS:
        near = {MONTHS[name] for name in SWAP_TARGETS if _swapped(key, name)}
        if len(key) >= 4:
            near |= {MONTHS[name] for name in TYPO_TARGETS if _one_edit(key, name)}
        else:  # a three-letter misspelling ("Fen 26", "Jly 9"): one letter off, added or dropped
            near |= {
                MONTHS[name]
                for name in (*SWAP_TARGETS, *TYPO_TARGETS)
                if len(name) <= 4 and _one_edit(key, name)
            }
        if len(near) == 1:
            return near.pop(), True
    return None


#: Letters keyed for digits in a day ("May l", "May 1O").
_DIGIT_LETTERS = {"l": "1", "I": "1", "O": "0", "o": "0"}


def _lettered_day(tk: _Tokens, i: int) -> tuple[int, int] | None:
    """A day keyed with letters for digits ("l", "1O", "2l"), glued tokens from ``i``:
    the day and the index after it."""
    digits = ""
    j = i
    while tk.kind(j) in ("num", "word") and len(digits) < 3:
        if j > i and tk.start(j) != tk.end(j - 1):
            break
        word = tk.word(j)
        digits += "".join(_DIGIT_LETTERS.get(c, c) for c in word)
        j += 1
    if (
        j == i
        or len(digits) > 2
        or not digits.isdecimal()
        or digits == tk.text[tk.start(i) : tk.end(j - 1)]
    ):
        return None
    value = int(digits)
    return (value, j) if 1 <= value <= 31 else None


def _typo_day(tk: _Tokens, i: int, j: int, *, lettered: bool) -> tuple[int, int] | None:
    """In the confirmed slot, a day the keyboard spoiled: a letter for a digit ("May l",
    only after a month spelt right, ``lettered``), or the month's last letter glued to
    the day ("Marc h4"): the day and the index after it."""
    found = _lettered_day(tk, j) if lettered else None
    if found is not None:
        return found
    if (
        tk.kind(j) == "word"
        and len(tk.word(j)) == 1
        and (tk.word(i) + tk.word(j)).casefold() in MONTHS
        and tk.kind(j + 1) == "num"
        and tk.start(j + 1) == tk.end(j)
    ):
        day = _day(tk, j + 1)
        if day is not None:
            return day, j + 2
    return None


def _day(tk: _Tokens, i: int) -> int | None:
    if tk.kind(i) != "num":
        return None
    digits = _ORDINAL.sub("", tk.word(i))
    if len(digits) > 2 or not digits.isdecimal():
        # isdecimal: the regex module may know digits of a newer Unicode than
        # this Python's int() does (U+116D0 raised ValueError)
        return None
    value = int(digits)
    return value if 1 <= value <= 31 else None


def _year(tk: _Tokens, i: int) -> tuple[int, int] | None:
    """A four-digit year at ``i`` (after an optional comma), with the index after it."""
    j = i
    if tk.kind(j) == ",":
        j = tk.skip_ws(j + 1)
    elif tk.kind(j) == "ws":
        j = tk.skip_ws(j)
    else:
        return None
    if tk.kind(j) != "num" or len(tk.word(j)) != 4 or not tk.word(j).isdecimal():
        return None
    value = int(tk.word(j))
    return (value, j + 1) if 1800 <= value <= 2199 else None


def _date_at(tk: _Tokens, i: int, *, typo: bool) -> _Date | None:
    """``Month Day[, Year]`` (M-AP-1, M-RTR-1, M-TASS-1) or ``Day Month [Year]`` (M-AFP-1),
    also with the German ordinal period (``3. März``)."""
    kind = tk.kind(i)
    if kind == "word":
        month = _month(tk.word(i), typo=typo)
        if month is None:
            return None
        j = tk.skip_ws(i + 1)
        if typo and tk.kind(j) == "," and _day(tk, tk.skip_ws(j + 1)) is not None:
            j = tk.skip_ws(j + 1)  # "MADRID, May, 6 -": a comma between month and day
        day = _day(tk, j)
        nxt = j + 1
        glued = tk.kind(j + 1) == "word" and tk.start(j + 1) == tk.end(j)
        spoilt = None
        if typo and (day is None or glued):
            spoilt = _typo_day(tk, i, j, lettered=not month[1])
        if spoilt is not None:
            day, nxt = spoilt
        elif glued and day is not None:
            return None  # "May 1Q": no day at all
        # A day of three digits ("March 187") is a keying slip, read only
        # where a slip is allowed (after a place and its comma).
        slip = day is None and typo and tk.kind(j) == "num" and len(tk.word(j)) == 3
        if day is None and not slip:
            if typo and not month[1] and tk.kind(j) == "dash" and j > i + 1:
                # "DALLAS, May - …": a month with no day is still the date
                return _Date(Span(tk.start(i), tk.end(i)), month[0], None, None, False, i + 1)
            return None
        if month[1] and (day is None or (len(tk.word(i).rstrip(".")) < 4 and slip)):
            return None  # a spelling read through a typo needs a valid day after it
        end, year = tk.end(nxt - 1), None
        got = _year(tk, nxt)
        if got is not None:
            year, nxt = got
            end = tk.end(nxt - 1)
        return _Date(
            Span(tk.start(i), end),
            month[0],
            day,
            year,
            month[1],
            nxt,
            slip,
            day_typo=spoilt is not None,
        )
    if kind == "num":
        day = _day(tk, i)
        j = tk.skip_ws(i + 1)
        if day is not None and tk.kind(i + 1) == "." and j == i + 1:
            j = tk.skip_ws(i + 2)  # German "3. März": the day is an ordinal (#18)
            if j == i + 2:
                return None
        if day is None or j == i + 1 or tk.kind(j) != "word":
            return None
        month = _month(tk.word(j), typo=False)
        if month is None:
            return None
        end, nxt, year = tk.end(j), j + 1, None
        if tk.kind(nxt) == "ws":
            got = _year(tk, nxt)
            if got is not None:
                year, nxt = got
                end = tk.end(nxt - 1)
        return _Date(Span(tk.start(i), end), month[0], day, year, False, nxt, False)
    return None


def _closing(tk: _Tokens, i: int, mark: str, most: int) -> int | None:
    """The index of ``mark`` after ``i`` on the same line, within ``most`` tokens."""
    for j in range(i + 1, i + 1 + most):
        kind = tk.kind(j)
        if kind == mark:
            return j
        if kind not in ("word", "ws", "dash", ".", "&") and not (kind == "/" and mark == ")"):
            return None  # a slash inside brackets joins two credits: "(dpa/lhe)"
    return None


def _agency_at(tk: _Tokens, i: int) -> _Agency | None:
    """An agency credit: ``(AP)``, ``/TASS/``, ``--(BUSINESS WIRE)``, ``, Reuter``."""
    kind = tk.kind(i)
    text = tk.text
    if kind == "(":
        close = _closing(tk, i, ")", 12)
        if close is None or close == i + 1:
            return None
        name = _strip(text, tk.end(i), tk.start(close))
        known = _known_credit(agency_key(name.of(text)))
        return _Agency(Span(tk.start(i), tk.end(close)), name, known, "paren", close + 1)
    if kind == "/":
        close = _closing(tk, i, "/", 8)
        if close is None or close == i + 1:
            return None
        name = _strip(text, tk.end(i), tk.start(close))
        key = agency_key(name.of(text))
        if key not in AGENCY_NAMES and not key.startswith(SLASH_PREFIXES):
            return None
        return _Agency(Span(tk.start(i), tk.end(close)), name, True, "slash", close + 1)
    if kind == "dash" and tk.word(i) == "--" and tk.kind(i + 1) == "(":
        inner = _agency_at(tk, i + 1)
        if inner is None or not inner.known:
            return None
        return _Agency(Span(tk.start(i), inner.outer.end), inner.name, True, "wire", inner.next)
    if kind == ",":
        j = tk.skip_ws(i + 1)
        if tk.kind(j) == "word" and tk.word(j).casefold() in ("reuter", "reuters"):
            span = Span(tk.start(j), tk.end(j))
            return _Agency(span, span, True, "comma", j + 1)
    return None


def _strip(text: str, start: int, end: int) -> Span:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end)


def _run_at(tk: _Tokens, i: int, most: int = 4) -> list[int]:
    """Word indices of a name: words joined by single spaces on one line, at most ``most``.

    The run stops before a word that opens a date ("Okla. March 11").
    """
    run: list[int] = []
    j = i
    while tk.kind(j) == "word" and len(run) < most:
        nxt = tk.skip_ws(j + 1)
        if run and _month(tk.word(j), typo=False) and _day(tk, nxt) is not None:
            break
        run.append(j)
        if (
            tk.kind(j + 1) != "ws"
            or tk.kind(j + 2) != "word"
            or tk.end(j + 1) - tk.start(j + 1) > 2
        ):
            break
        j += 2
    return run


def _capitalised(word: str) -> bool:
    return word[0].isupper() or word.casefold() in PLACE_CONNECTORS


def _is_region(tk: _Tokens, run: list[int]) -> bool:
    words = [tk.word(j) for j in run]
    return bool(words) and words[0][0].isupper() and all(_capitalised(w) for w in words)


def _dated_region(tk: _Tokens, run: list[int]) -> bool:
    """A region with a lower-case word ("the Netherlands", "Puerto rico") that a date
    right after it confirms: ``, Month Day``."""
    k = tk.skip_ws(run[-1] + 1)
    if tk.kind(k) != "," or not any(tk.word(j)[:1].isupper() for j in run):
        return False
    date = _date_at(tk, tk.skip_ws(k + 1), typo=True)
    return date is not None and date.day is not None


def _state_key(word: str) -> str:
    return word.replace(".", "").replace(" ", "").upper()


def _place_at(tk: _Tokens, i: int, most: int = 4) -> _Place | None:
    """City names (joined by ``/`` or ``&``, D-JOINT-1, D-BW-2, D-PTI-2), then regions."""
    runs: list[list[int]] = []
    j = i
    while True:
        run = _run_at(tk, j, most)
        if not run:
            break
        runs.append(run)
        j = run[-1] + 1
        k = tk.skip_ws(j)
        joint = tk.kind(k) == "/" and _agency_at(tk, k) is None
        if joint or (tk.kind(k) == "&" and k > j):
            j = tk.skip_ws(k + 1)
        else:
            break
    if not runs:
        return None
    regions: list[Span] = []
    last = runs[-1]
    # "FARMINGTON Conn.": an upper-case city followed by a state abbreviation.
    if len(last) >= 2:
        tail = tk.word(last[-1])
        head = "".join(tk.word(w) for w in last[:-1])
        marked = tail.endswith(".") or not tail.isupper()
        if marked and head.isupper() and _state_key(tail) in STATE_ABBREVIATIONS:
            regions.append(Span(tk.start(last[-1]), tk.end(last[-1])))
            runs[-1] = last[:-1]
    j = last[-1] + 1
    while len(regions) < 3:
        k = tk.skip_ws(j)
        if tk.kind(k) != ",":
            break
        k2 = tk.skip_ws(k + 1)
        if _date_at(tk, k2, typo=True) is not None:
            break
        run = _run_at(tk, k2)
        if not run or not (_is_region(tk, run) or _dated_region(tk, run)):
            break
        regions.append(Span(tk.start(run[0]), tk.end(run[-1])))
        j = run[-1] + 1
    words = tuple(tk.word(w) for run in runs for w in run)
    letters = "".join(w for w in words if w.casefold() not in PLACE_CONNECTORS or w.isupper())
    upper = sum(c.isupper() for c in letters)
    lower = sum(c.islower() for c in letters)
    caps = upper >= 3 and lower <= upper // 5 and all(w[0].isupper() for w in words)
    any_lower = any(not _capitalised(w) for w in words)
    cities = tuple(Span(tk.start(r[0]), tk.end(r[-1])) for r in runs if r)
    return _Place(cities, tuple(regions), caps, any_lower, words, j)


def _separator_at(tk: _Tokens, i: int, agency: _Agency | None) -> _Separator | None:
    """A dash of any kind (S-1..S-6), a colon (S-9) or TASS's period (S-7)."""
    k = tk.skip_ws(i)
    spaced = k > i
    kind = tk.kind(k)
    if kind == "dash":
        mark = tk.word(k)
        after = tk.kind(k + 1)
        if mark == "_" and (not spaced or after not in ("ws", "nl")):
            return None
        if after == "num":  # "Feb 26-27": a range, not a separator
            return None
        if mark == "-" and not spaced and after not in ("ws", "nl", "end"):
            return None  # "March 15-April 20": a hyphen inside words
        return _Separator(Span(tk.start(k), tk.end(k)), "dash", spaced, k + 1)
    if kind == ":" and tk.kind(k + 1) in ("ws", "nl"):
        return _Separator(Span(tk.start(k), tk.end(k)), "colon", spaced, k + 1)
    if kind == "." and agency is not None and agency.kind == "slash":
        return _Separator(Span(tk.start(k), tk.end(k)), "period", spaced, k + 1)
    return None


def _body(tk: _Tokens, pos: int) -> int | None:
    """Where the body starts after ``pos``: the first character that is not white space."""
    text = tk.text
    end = tk.limit
    while pos < end and (text[pos].isspace() or text[pos] in "\u200b\ufeff"):
        pos += 1
    return pos if pos < end else None


def _body_opens(tk: _Tokens, pos: int | None) -> bool:
    """The body opens as a sentence does: a capital, a digit or an opening mark."""
    if pos is None:
        return False
    char = tk.text[pos]
    if char.isupper() or char.isdigit() or char in _BODY_OPENERS:
        return True
    return tk.text.startswith(_BODY_OPENER_FORMS, pos, tk.limit)


def _shouting(tk: _Tokens, pos: int | None) -> bool:
    """True when the words after ``pos`` are all capitals: a headline, not a body."""
    if pos is None:
        return False
    sample = tk.text[pos : min(tk.limit, pos + 60)]
    letters = [c for c in sample if c.isalpha()]
    return len(letters) >= 8 and not any(c.islower() for c in letters)


def _acronym_defined(words: tuple[str, ...], name: str) -> bool:
    """True when the words before ``(XYZ)`` spell it: a definition, not a credit (F-1..F-4)."""
    letters = "".join(c for c in name if c.isalpha()).casefold()
    if len(letters) < 2:
        return False
    initials = "".join(w[0] for w in words if w.casefold() not in PLACE_CONNECTORS).casefold()
    return initials.endswith(letters) or (len(initials) >= 2 and letters.startswith(initials))


# --------------------------------------------------------------------------- reading


@attrs.frozen
class _Parts:
    start: int
    place: _Place | None
    date: _Date | None
    agency: _Agency | None
    separator: _Separator | None
    rule_prefix: str = ""


def _tail(tk: _Tokens, j: int, place: _Place | None, start: int, prefix: str = "") -> _Parts:
    """Date, agency credit and separator after a place (or after nothing)."""
    date = None
    k = tk.skip_ws(j)
    if place is not None:
        if tk.kind(k) == ",":
            date = _date_at(tk, tk.skip_ws(k + 1), typo=True)
        elif k > j and (tk.word(j - 1).endswith(".") or (place.caps and not tk.word(k).isupper())):
            # no comma after an abbreviated region ("OKLAHOMA CITY, Okla. March 11")
            # or between an upper-case city and its date ("JOHANNESBURG March 13")
            date = _date_at(tk, k, typo=False)
        if date is not None:
            j = date.next
            k = tk.skip_ws(j)
    if date is not None and tk.kind(k) in (",", ".") and _agency_at(tk, k) is None:
        # "CHICAGO, March 4, - ...", TASS "October 4. /TASS/."
        peek = tk.skip_ws(k + 1)
        if tk.kind(peek) in ("dash", "(", "/"):
            j, k = k + 1, peek
    elif date is None and tk.kind(k) == "," and tk.kind(tk.skip_ws(k + 1)) == "dash":
        # "CHEVY CHASE, Md., - March 4 - ...": a stray comma before the separator
        j, k = k + 1, tk.skip_ws(k + 1)
    agency = _agency_at(tk, k)
    if agency is not None:
        j = agency.next
    separator = _separator_at(tk, j, agency)
    if (
        place is not None
        and date is None
        and agency is None
        and separator is not None
        and separator.kind == "dash"
    ):
        # 1987 copy: "KANSAS CITY, Mo. - March 13 - American ..."
        later = _date_at(tk, tk.skip_ws(separator.next), typo=False)
        if later is not None:
            second = _separator_at(tk, later.next, None)
            if second is not None and second.kind == "dash":
                date, separator = later, second
    return _Parts(start, place, date, agency, separator, prefix)


def _read(tk: _Tokens) -> _Parts | None:
    """The parts of a candidate dateline at the first token, before any checking."""
    if not tk.has(0):
        return None
    first = tk.kind(0)
    start = tk.start(0)
    if first == "(":
        agency = _agency_at(tk, 0)
        if agency is None:
            return None
        return _Parts(start, None, None, agency, _separator_at(tk, agency.next, agency))
    if first == "num" or (first == "word" and _month(tk.word(0), typo=False)):
        date = _date_at(tk, 0, typo=False)
        if date is not None:
            k = tk.skip_ws(date.next)
            agency = _agency_at(tk, k)
            nxt = agency.next if agency is not None else date.next
            return _Parts(start, None, date, agency, _separator_at(tk, nxt, agency))
    if first != "word":
        return None
    if tk.word(0) in ("By", "BY") and tk.kind(1) == "ws":
        # D-PTI-3: "By Shirish B Pradhan Kathmandu, Oct 17 (PTI) The ..."
        glued = _place_at(tk, 2, most=8)
        if glued is not None and len(glued.cities) == 1:
            parts = _tail(tk, glued.next, glued, start, "byline+")
            if parts.date is not None and parts.agency is not None and parts.agency.known:
                return _unglue(tk, parts)
        return None
    place = _place_at(tk, 0)
    if place is None:
        return None
    parts = _tail(tk, place.next, place, start)
    agency = parts.agency
    if (
        agency is not None
        and not agency.known
        and agency.kind == "paren"
        and len(place.words) == 1
        and "-" in place.words[0]
        and place.caps
        and parts.date is None
    ):
        # D-NYT-1: "SUNSHINE-QUITS (Washington) --": a slug, then the place in parentheses.
        inside = _Place((agency.name,), (), False, False, (agency.name.of(tk.text),), agency.next)
        return attrs.evolve(
            parts, start=agency.name.start, place=inside, agency=None, rule_prefix="slug+"
        )
    return parts


def _unglue(tk: _Tokens, parts: _Parts) -> _Parts | None:
    """Split a glued byline from its city: the longest known city at the end, else one word."""
    assert parts.place is not None
    city = parts.place.cities[0]
    words = list(regex.finditer(r"\S++", tk.text[city.start : city.end]))
    if len(words) < 2:
        return None
    take = 1
    for n in range(min(4, len(words) - 1), 1, -1):
        name = " ".join(m.group() for m in words[-n:])
        if place_key(name) in STANDALONE_CITIES:
            take = n
            break
    begin = city.start + words[-take].start()
    place = attrs.evolve(
        parts.place,
        cities=(Span(begin, city.end),),
        words=tuple(m.group() for m in words[-take:]),
        caps=False,
        lower=False,
    )
    return attrs.evolve(parts, start=begin, place=place)


#: The days of each month (February's 29th is possible when the year is not given).
_MONTH_DAYS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _days_in(month: int, year: int | None) -> int:
    """How many days ``month`` has (in ``year`` when given)."""
    if month == 2 and year is not None and not (year % 4 == 0 and (year % 100 or year % 400 == 0)):
        return 28
    return _MONTH_DAYS[month - 1]


def _date_notes(text: str, date: _Date) -> list[Diagnostic]:
    """What reading ``date`` had to assume: a month or a day read through a typo, a
    day the month does not have (kept as written), a day left out."""
    notes: list[Diagnostic] = []
    at, written = date.span.start, text[date.span.start : date.span.end]
    if date.typo:
        notes.append(
            Diagnostic(
                at,
                "month-typo",
                f"read {written!r} as month {date.month}",
            )
        )
    if date.day_typo:
        notes.append(
            Diagnostic(
                at,
                "day-typo",
                f"read {written!r} as day {date.day}",
            )
        )
    if (
        date.day is not None
        and 1 <= date.month <= 12
        and date.day > _days_in(date.month, date.year)
    ):
        notes.append(
            Diagnostic(
                at,
                "impossible-date",
                f"{written!r}: month {date.month} has no day {date.day}; kept as written",
            )
        )
    if date.day_slip:
        notes.append(
            Diagnostic(
                at,
                "day-typo",
                f"{written!r} has no valid day; day left out",
            )
        )
    return notes


def _judge(tk: _Tokens, parts: _Parts) -> tuple[str, tuple[Diagnostic, ...]] | None:
    """Whether the parts make a dateline, and the rule that says so: the separator and
    the body after it first, then a credit nobody knows, then by what the parts hold
    (no place, a place with a credit, a place with a date, a place alone)."""
    place, date, agency, sep = parts.place, parts.date, parts.agency, parts.separator
    notes = _date_notes(tk.text, date) if date is not None else []
    end = max(
        x
        for x in (
            place.cities[-1].end if place else 0,
            place.regions[-1].end if place and place.regions else 0,
            date.span.end if date else 0,
            agency.outer.end if agency else 0,
        )
    )
    body = _body(tk, sep.span.end if sep is not None else end)
    if sep is None:
        # S-8: PTI and IANS have no separator; the credit itself ends the dateline.
        if agency is None or not agency.known or agency.kind == "slash":
            return None
        if body is None or body == end or not _body_opens(tk, body):
            return None
    elif sep.kind == "dash" and body is not None and tk.text[body] in "-\u2013\u2014":
        return None
    if agency is not None and not agency.known:
        unknown = _unknown_agency(tk, parts)
        if unknown is None:
            return None
        notes.append(unknown)
    if place is None:
        rule = _without_a_place(tk, parts, body)
        return None if rule is None else (rule, tuple(notes))
    if parts.rule_prefix == "slug+":
        ok = sep is not None and sep.kind == "dash" and _body_opens(tk, body)
        return ("slug+place", tuple(notes)) if ok else None
    key = place_key(" ".join(place.words))
    first = place_key(place.words[0])
    if key in NOT_PLACES or first in NOT_PLACES:
        return None
    if place.lower and date is None:
        return None
    if agency is not None:
        rule = _place_and_agency(tk, parts, body)
    elif sep is None:
        return None
    elif date is not None:
        if sep.kind == "colon" and not _known_place(tk, place):
            return None
        rule = "place+date" + (":colon" if sep.kind == "colon" else "")
    else:
        rule = _place_alone(tk, parts, body, key)
    return None if rule is None else (rule, tuple(notes))


def _unknown_agency(tk: _Tokens, parts: _Parts) -> Diagnostic | None:
    """The note for a credit nobody knows after a place, when it may stand (a short
    capitalised name in brackets before a dash: "DAYTON (Leader) -"); ``None`` when it
    makes the parts no dateline (a slug line, D-NYT-1, or a stranger's name)."""
    place, agency, sep = parts.place, parts.agency, parts.separator
    if agency is None or agency.kind != "paren" or place is None:
        return None
    if sep is None or sep.kind != "dash":
        return None
    name = agency.name.of(tk.text)
    if len(name) > 25 or not all(w[:1].isupper() for w in name.split()) or len(name.split()) > 3:
        return None
    if not place.caps or _acronym_defined(place.words, name):
        return None
    return Diagnostic(agency.name.start, "unknown-agency", f"{name!r} is not a known agency")


def _without_a_place(tk: _Tokens, parts: _Parts, body: int | None) -> str | None:
    """The rule for parts without a place: a known credit (with or without a date), or a
    date alone before a spaced dash and a capital."""
    date, agency, sep = parts.date, parts.agency, parts.separator
    if agency is not None and agency.known:
        return "date+agency" if date else "agency"
    if (
        date is not None
        and not date.typo
        and not date.day_slip
        and sep is not None
        and sep.kind == "dash"
        and sep.spaced
        and body is not None
        and tk.text[body].isupper()
    ):
        return "date"
    return None


def _place_and_agency(tk: _Tokens, parts: _Parts, body: int | None) -> str | None:
    """The rule for a place with a credit ("MADRID (AFP) -", "Kiel (dpa) -", "LAGOS,
    March 3 (Reuters) -")."""
    place, date, agency, sep = parts.place, parts.date, parts.agency, parts.separator
    assert place is not None and agency is not None
    if agency.kind == "paren" and _acronym_defined(place.words, agency.name.of(tk.text)):
        return None
    if (
        agency.kind == "paren"
        and not place.caps
        and date is None
        and not place.regions
        and place_key(" ".join(place.words)) not in STANDALONE_CITIES
        and not _german_credit(agency.name.of(tk.text))
    ):
        # "Madrid (AFP) -" only for a known city: "Australian Federal Police (AFP) -" (F-2);
        # German services credit any town so ("Kiel (dpa) -", "Wien (APA) -")
        return None
    if sep is not None and sep.kind == "colon":
        return None
    if sep is not None and sep.kind == "dash" and not _body_opens(tk, body):
        return None
    shape = {"paren": "agency", "slash": "slash-agency", "wire": "wire-agency"}
    rule = "place+" + ("date+" if date else "") + shape.get(agency.kind, "comma-agency")
    if sep is None:
        rule += ":no-separator"
    return parts.rule_prefix + rule


def _place_alone(tk: _Tokens, parts: _Parts, body: int | None, key: str) -> str | None:
    """The rule for a place alone (D-MNA-2, D-NEWS-2, D-TIME-1), the strictest shape: in
    capitals, before a dash (or a colon after a known place) and a body that opens a
    sentence, not a table's row, a shouted line or an obituary."""
    place, sep = parts.place, parts.separator
    assert place is not None and sep is not None
    if not place.caps:
        return None
    for region in place.regions:
        # A country in capitals is one word or a listed one (D-AP-4 "HAMBURG, GERMANY");
        # "CRUZ, BUT ECONOMY FAVORS TRUMP —" is a run-in head, not a place.
        name = region.of(tk.text)
        if name.isupper() and " " in name and place_key(name) not in COUNTRIES:
            return None
    if len([c for c in key if c.isalpha()]) < 3:
        return None
    if sep.kind == "dash" and not sep.spaced and sep.span.of(tk.text).startswith("-"):
        return None  # "SIEGEL--Jerome": a name line ("DAYTON, Ohio—The …" is a dateline)
    if not _body_opens(tk, body) or _shouting(tk, body):
        return None
    if _report_or_table(tk, sep, body):
        return None
    if body is not None and _OBITUARY.match(tk.text, body, tk.limit):
        return None
    if sep.kind == "colon":
        return "place:colon" if _known_place(tk, place) else None
    if sep.kind != "dash":
        return None
    return "place"


#: The opening of a row of a table or a list: capitals, then a dash between blanks.
_ROW = regex.compile(r"[ \t]*+\p{Lu}[\p{Lu}\d .&'/]{0,40}?[ \t]++(?:-{1,3}+|[\u2013\u2014])[ \t]")

#: A gap of three or more blanks between words: the columns of a table.
_COLUMN_GAP = regex.compile(r"\S[ \t\u00a0]{3,}\S")


def _report_or_table(tk: _Tokens, sep: _Separator, body: int | None) -> bool:
    """A place alone that heads a market report or a table row, not a dateline: the body
    opens with a date ("MILAN SILVER CLOSING - May 4"), the line has columns
    ("IDX   --   2730"), or the rest of the line is mostly figures ("COPPER -A- 900.00")."""
    if body is None:
        return False
    text = tk.text
    if _date_at(tk, tk.skip_ws(sep.next), typo=False) is not None:
        return True
    line_end = text.find("\n", body, tk.limit)
    line_end = tk.limit if line_end < 0 else line_end
    start = tk.start(0)
    if _COLUMN_GAP.search(text, start, line_end) is not None:
        return True
    rest = text[body:line_end]
    digits = sum(c.isdigit() for c in rest)
    return digits >= 3 and digits > sum(c.isalpha() for c in rest)


def _known_credit(key: str) -> bool:
    """A known agency, or two joined by a slash ("awp/sda"), or one with its regional
    service after the slash ("dpa/lhe", "dpa/lby": a code of four letters at most)."""
    if key in AGENCY_NAMES:
        return True
    parts = [p.strip() for p in key.split("/")]
    if len(parts) < 2 or parts[0] not in AGENCY_NAMES:
        return False
    return all(p in AGENCY_NAMES or (p.isalpha() and len(p) <= 4) for p in parts[1:])


def _german_credit(name: str) -> bool:
    """True for the credit of a German-language service ("dpa", "APA", "awp/sda",
    "dpa/lhe"), whose datelines name any town in mixed case (#18)."""
    return agency_key(name).split("/")[0].strip() in GERMAN_SERVICES


def _known_place(tk: _Tokens, place: _Place) -> bool:
    """A listed city, or a city qualified by a listed state or country (AP-1, AP-3, AP-6)."""
    if all(place_key(city.of(tk.text)) in STANDALONE_CITIES for city in place.cities):
        return True
    for region in place.regions:
        name = region.of(tk.text)
        if place_key(name) in COUNTRIES or _state_key(name) in STATE_ABBREVIATIONS:
            return True
    return False


def _build(tk: _Tokens, parts: _Parts, rule: str, notes: tuple[Diagnostic, ...]) -> Dateline:
    place, date, agency, sep = parts.place, parts.date, parts.agency, parts.separator
    ends = [date.span.end if date else 0, agency.outer.end if agency else 0]
    place_span = region = None
    places: tuple[Span, ...] = ()
    if place is not None:
        places = place.cities
        last = place.regions[-1].end if place.regions else place.cities[-1].end
        place_span = Span(place.cities[0].start, last)
        if place.regions:
            region = Span(place.regions[0].start, place.regions[-1].end)
        ends.append(last)
    return Dateline(
        span=Span(parts.start, max(ends)),
        rule=rule,
        place=place_span,
        places=places,
        date=None if date is None else date.span,
        month=None if date is None else date.month,
        day=None if date is None else date.day,
        year=None if date is None else date.year,
        agency=None if agency is None else agency.name,
        separator=None if sep is None else sep.span,
        region=region,
        diagnostics=notes,
    )


def _dateline_at(text: str, start: int, limit: int) -> Dateline | None:
    """The dateline that opens the paragraph at ``start`` (ending by ``limit``), if any."""
    limit = min(limit, len(text))  # a layout made for another text must not raise
    m = _LEADING.match(text, start, limit)
    begin = m.end() if m else start
    stray = _STRAY.match(text, begin, limit)
    if stray is not None:
        begin = stray.end()  # "x    PARIS, May 2 -": a character keyed before the indent
    # The dateline ends on its first line; the body check needs the start of the next.
    stop = min(limit, begin + _WINDOW)
    first = text.find("\n", begin, stop)
    if first >= 0:
        second = text.find("\n", first + 1, stop)
        if second >= 0:
            stop = second
    reach = _TO_SPACE.match(text, min(stop, begin + _REACH), stop)
    tk = _Tokens(text, begin, reach.end() if reach else stop, stop)
    parts = _read(tk)
    if parts is None:
        return None
    judged = _judge(tk, parts)
    if judged is None:
        return None
    return _build(tk, parts, *judged)


def _deck(text: str, para: Span) -> bool:
    """A deck or kicker left at the top of the body: one short line, no dateline (B-1, H-1)."""
    return para.length <= _DECK_MAX and "\n" not in para.of(text)


def _candidates(text: str, layout: Layout | None) -> Iterator[Span]:
    """The paragraphs where the dateline may stand: the lead, or the first after its decks.

    The dateline opens the story's first paragraph.  Short one-line paragraphs
    before it are decks and kickers the layout kept in the body ("Curfew
    lifted, but city still in limbo."); at most :data:`_DECKS` of them are
    stepped over (§11: "in the first paragraph or two of the body").
    """
    if layout is None:
        layout = split_sections(text)
    paragraphs = layout.paragraphs
    for i, para in enumerate(paragraphs[: _DECKS + 1]):
        yield para
        if i == _DECKS or not _deck(text, para):
            return


def parse_dateline(text: str, *, layout: Layout | None = None) -> Dateline | None:
    """The dateline at the start of the first body paragraph, or ``None``.

    >>> text = "\\u00a0MOSCOW \\u2013 Putin spoke on Sunday."
    >>> d = parse_dateline(text)
    >>> d.place.of(text), d.separator.of(text), d.date, d.rule
    ('MOSCOW', '–', None, 'place')
    >>> parse_dateline("Obama - who spoke first - left.") is None
    True

    ``layout`` is :func:`~newsparse.split_sections`' result when the caller has
    it already; otherwise the text is split here.  Never raises for a ``str``;
    a ``layout`` that is not a :class:`~newsparse.Layout` raises :class:`TypeError`,
    one made from another text :class:`~newsparse.NewsparseError`.
    """
    check_text(text)
    layout = check_layout(text, layout)
    if layout is None:
        layout = split_sections(text)
    for para in _candidates(text, layout):
        found = _dateline_at(text, para.start, para.end)
        if found is not None:
            return None if _table_row(text, layout, para, found) else found
    return None


def _table_row(text: str, layout: Layout, para: Span, found: Dateline) -> bool:
    """A place alone in a run of paragraphs of the same ``CAPS WORD -`` shape is a row of
    a table or a list ("OHIO - Showers Fri." beside "TEXAS - Fair Fri."), not a dateline."""
    if found.rule != "place":
        return False
    paragraphs = layout.paragraphs
    at = paragraphs.index(para)
    return any(
        0 <= k < len(paragraphs) and _ROW.match(text, paragraphs[k].start, paragraphs[k].end)
        for k in (at - 1, at + 1)
    )


#: The words a credit hangs on: a credit verb, or "according" (to).
_CREDIT_CUE = regex.compile(
    r"(?<![\p{L}])(?:" + "|".join(("according", *CREDIT_VERBS)) + r")(?![\p{L}])"
)
_ACCORDING_TO = regex.compile(r"\s++to\s++(?:the\s++)?")

#: A word of an agency's name ("Itar-Tass", "Mehr").
_NAME_WORD = regex.compile(r"[\p{L}\p{M}][\p{L}\p{M}\-.]*+")

#: The most words an agency's name holds ("Islamic Republic News Agency"), and
#: how far before its verb, or after "according to", it may reach.
_NAME_WORDS = 6
_NAME_REACH = 100

#: How far into the lead a credit is looked for: a lede is a sentence or two,
#: and the bound keeps a paragraph of megabytes from costing more than a lede.
_CREDIT_REACH = 2000

_ALIAS_KEYS = frozenset(agency_key(a) for a in ALIASES)
_HEADS = tuple(tuple(h.split()) for h in CREDIT_HEADS)


def _name_words(text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _NAME_WORD.finditer(text, start, end)]


def _joined(text: str, words: list[tuple[int, int]]) -> bool:
    """True when only white space stands between the words."""
    return all(text[a[1] : b[0]].isspace() for a, b in pairwise(words))


def _head_len(text: str, words: list[tuple[int, int]], i: int) -> int:
    """How many words from ``i`` on make a credit head ("news agency"), or 0."""
    for head in _HEADS:
        got = tuple(text[s:e].casefold() for s, e in words[i : i + len(head)])
        if got == head:
            return len(head)
    return 0


def _agency_name(text: str, words: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The agency name that starts at the first of ``words`` (A-9).

    An alias of the lexicon, perhaps followed by a credit head ("IRNA news
    agency"), or one to three capitalised words and a head ("Tolo news Agency").
    """
    first = words[0][0]
    if not text[first].isupper():
        return None
    for n in range(min(4, len(words)), 0, -1):  # the longest alias first
        name = text[first : words[n - 1][1]].rstrip(".")
        if agency_key(name) in _ALIAS_KEYS:
            h = _head_len(text, words, n)
            return first, (words[n + h - 1][1] if h else first + len(name))
    for n in range(1, min(3, len(words)) + 1):
        if not text[words[n - 1][0]].isupper():
            break
        h = _head_len(text, words, n)
        if h:
            return first, words[n + h - 1][1]
    return None


def _credit_before(text: str, lo: int, verb: int) -> Span | None:
    """The agency named right before a credit verb ("…, Mehr news Agency reported")."""
    words = _name_words(text, max(lo, verb - _NAME_REACH), verb)[-_NAME_WORDS:]
    if not words or not text[words[-1][1] : verb].isspace():
        return None
    while words and not _joined(text, words):
        words = words[1:]
    for i in range(len(words)):
        got = _agency_name(text, words[i:])
        if got is None or got[1] != words[-1][1]:
            continue
        if text.startswith(("The ", "THE "), got[0]):
            continue
        if i and text[words[i - 1][0] : words[i - 1][1]].casefold() == "by":
            return None  # "economists polled by Reuters said": an agent, not a credit
        return Span(*got)
    return None


def _credit_after(text: str, cue_end: int, end: int) -> Span | None:
    """The agency named right after "according to" (A-5)."""
    m = _ACCORDING_TO.match(text, cue_end, end)
    if m is None:
        return None
    words = _name_words(text, m.end(), min(end, m.end() + _NAME_REACH))[:_NAME_WORDS]
    if not words or words[0][0] != m.end():
        return None
    while len(words) > 1 and not _joined(text, words):
        words = words[:-1]
    got = _agency_name(text, words)
    return None if got is None else Span(*got)


def find_credited_source(text: str, *, layout: Layout | None = None) -> Span | None:
    """The agency the lead credits for the story ("…, Mehr news Agency reported.").

    >>> text = "MOSCOW - Talks ended, Mehr news Agency reported."
    >>> find_credited_source(text).of(text)
    'Mehr news Agency'
    >>> find_credited_source("MOSCOW - Talks ended, officials said.") is None
    True

    The credit is an agency of the lexicon, or capitalised words ending in
    "news agency", followed by a credit verb ("reported", "said") or after
    "according to" (A-9, A-5).  Only the story's first paragraph is read: a
    credit further down attributes one fact, not the story.  ``layout`` is
    checked as :func:`parse_dateline` checks it.
    """
    check_text(text)
    layout = check_layout(text, layout)
    if layout is None:
        layout = split_sections(text)
    paragraphs = list(_candidates(text, layout))
    if not paragraphs:
        return None
    lead = paragraphs[0]
    if len(paragraphs) > 1:  # after decks: the paragraph with the dateline, else the first
        dated = (p for p in paragraphs if _dateline_at(text, p.start, p.end) is not None)
        lead = next(dated, lead)
    end = min(lead.end, lead.start + _CREDIT_REACH)
    for cue in _CREDIT_CUE.finditer(text, lead.start, end):
        if cue.group() == "according":
            found = _credit_after(text, cue.end(), end)
        else:
            found = _credit_before(text, lead.start, cue.start())
        if found is not None:
            return found
    return None
