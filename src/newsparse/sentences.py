"""Sentence spans inside one paragraph, from nltk's Punkt with news abbreviations.

Punkt is built here from parameters written in code: no model is downloaded.
The abbreviation list keeps titles, month names, agency and company suffixes
from ending a sentence ("Gov. Smith", "Sept. 11", "U.S. Army", "Acme Corp.").

>>> text = "Gov. Smith spoke on Sept. 11. He left."
>>> [s.of(text) for s in split_sentences(text)]
['Gov. Smith spoke on Sept. 11.', 'He left.']
"""

from __future__ import annotations

import re
import string
from typing import Any

import regex

from newsparse.errors import check_text
from newsparse.lexicon.german import ARTICLES
from newsparse.lexicon.months import MONTHS
from newsparse.lexicon.places import NATIONALITY_ADJECTIVES
from newsparse.spans import Span, is_space

__all__ = ["NEWS_ABBREVIATIONS", "split_sentences"]

#: Abbreviations (lower case, without the final period) that do not end a
#: sentence in news copy: AP titles, months, states, company suffixes.
NEWS_ABBREVIATIONS = frozenset(
    {
        # titles and honorifics
        "mr", "mrs", "ms", "dr", "prof", "rev", "sr", "jr", "st", "gov", "sen", "rep", "lt",
        "gen", "col", "maj", "capt", "cmdr", "adm", "sgt", "cpl", "pvt", "supt", "insp", "atty",
        "pres", "hon", "msgr", "fr",
        # months (AP abbreviates these before a day)
        "jan", "feb", "mar", "apr", "aug", "sep", "sept", "oct", "nov", "dec",
        # days
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
        # countries, places and organisations written with periods
        "u.s", "u.k", "u.n", "e.u", "d.c", "l.a", "n.y", "u.s.a", "t.v", "p.m", "a.m", "m.p",
        "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan",
        "ky", "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla",
        "ore", "pa", "tenn", "va", "vt", "wash", "wis", "wyo",
        # company and misc suffixes
        "inc", "corp", "co", "ltd", "llc", "plc", "bros", "dept", "est", "no", "nos", "vol",
        "vs", "etc", "approx", "ft", "mt", "ave", "blvd", "rd",
        # German copy (#18): "5 Mio. Euro", "ca. 30", "Nr. 5", "usw.", "bzw.", "vgl. Abs. 3"
        "mio", "mrd", "tsd", "ca", "nr", "usw", "bzw", "vgl", "abs", "evtl", "ggf", "inkl",
        "zzgl", "bzgl", "insb", "sog", "ehem", "stv", "geb", "gest", "gegr", "jh", "engl",
        "franz", "ital", "lat", "dt", "str", "tel",
    }
)  # fmt: skip


#: Abbreviations of "number" that are one only before a number ("No. 1", "Nr. 5",
#: "Nos. 3 and 4"); before a word the period ends a sentence ("He said no. Then …").
_NUMBER_ABBREVIATIONS = frozenset({"no", "nos", "nr"})
#: The next token of a context, when it opens with a digit or "#": "No. 1", "No. #3".
_NUMBER_NEXT = re.compile(r"[\d#]")

#: A break context ("word. Next") that Punkt decides by its first rules alone:
#: a word of two or more letters with a period is a sentence break unless it is
#: an abbreviation (the initial, number, ellipsis and ortho rules need one
#: letter, a digit, ".." or an abbreviation).  After an abbreviation, Punkt
#: breaks only on orthographic evidence or a frequent sentence starter, and
#: these parameters have neither, so "Gov. Smith" is no break unless the next
#: word holds an end mark of its own.  ``re``, like Punkt.
_PLAIN_END = re.compile(r"([A-Za-z]{2,})\.\s+([^\s.]\S*)")
_END_CHARS = re.compile(r"[.?!]")
#: A period, then a subject pronoun: whatever the period closed (an abbreviation, an
#: initial), "He", "She", "They" … open a new sentence ("in the U.S. He says").
_PRONOUN_NEXT = re.compile(r"(\S*)\.\s+(?:He|She|They|We|It|I)")
#: Titles before a name that may be "He" (a Chinese surname: "Gov. He Lifeng").
_TITLE_ABBREVIATIONS = frozenset(
    {"mr", "mrs", "ms", "dr", "prof", "gov", "sen", "rep", "gen", "col", "lt", "sgt", "capt"}
    | {"adm", "maj", "cmdr", "supt", "insp", "atty", "pres", "hon", "rev", "msgr", "fr", "st"}
)
#: After an abbreviation, a next word of letters and a final period ("Mr.
#: Trump."): that word is Punkt's only break, and no token follows it.
_WORD_PERIOD = re.compile(r"[A-Za-z]+\.")
#: An initial and a word ("W. Bush", "J. smith"): Punkt's orthographic rule
#: keeps the initial, since these parameters know no word as lower case only.
_INITIAL_WORD = regex.compile(r"[A-Za-z]\.\s+[A-Za-z]+")
#: Punkt's marks that end a word token (its ``_re_non_word_chars``).
_NON_WORD = "[)\";}\\]*:@'({\\[\u2018\u2019\u201c\u201d\xab\xbb!?]"
#: 'word.”': the word with its period is one Punkt token and the mark another,
#: so the decision is that of "word. Next" (a break unless an abbreviation).
_MARK_END = re.compile(r"([A-Za-z]{2,})\.(?:" + _NON_WORD + ")")
#: A "?" or "!" before a mark or before white space and more text: Punkt makes
#: it a token of its own, always a break, and a token follows, so the context
#: holds a break.  ``regex``'s white space, like Punkt's word tokens; the text
#: after the space must not be one ``str.strip`` removes (U+001C..U+001F), or
#: Punkt would see a blank line there.
_MARK_BREAK = regex.compile(r"[?!](?:" + _NON_WORD + r"|\s++[^\s\x1c-\x1f])")


#: Punkt's decisions for the contexts the rules above leave to it (a context
#: decides alone: the parameters do not change); emptied past _DECIDED_MAX.
_DECIDED: dict[str, bool] = {}
_DECIDED_MAX = 4_096


#: Punkt, built on first use (importing nltk costs more than the rest of newsparse
#: together), then kept: it is not trained further, so it holds no state that changes
#: between calls.  :func:`_punkt` gives it.
_PUNKT: Any = None
#: Punkt's own patterns, without nltk's time-limit wrapper (``TimedPattern`` in newer
#: nltk: the same matches, a Python call less per match); set with :data:`_PUNKT`.
_PERIOD_CONTEXT: Any = None
_REALIGN: Any = None


def _punkt() -> Any:
    """The news Punkt (:func:`_build` on the first call)."""
    return _PUNKT if _PUNKT is not None else _build()


def _build() -> Any:
    """Import nltk's Punkt and build the news tokenizer from the parameters above."""
    global _PUNKT, _PERIOD_CONTEXT, _REALIGN
    from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

    class _NewsPunkt(PunktSentenceTokenizer):  # type: ignore[misc]  # nltk has no types
        """Punkt, with its decision for the common contexts ("word. Next",
        'word.”', "Why? Next") taken without building Punkt tokens; every other
        context goes to Punkt."""

        def text_contains_sentbreak(self, text: str) -> bool:
            quick = _quick_sentbreak(text)
            if quick is not None:
                return quick
            # the rest ("U.S. Army", "(R-Fla.)", ". ."): Punkt, once for each context
            found = _DECIDED.get(text)
            if found is None:
                if len(_DECIDED) >= _DECIDED_MAX:
                    _DECIDED.clear()
                found = _DECIDED[text] = bool(super().text_contains_sentbreak(text))
            return found

        def spans(self, text: str) -> list[tuple[int, int]]:
            """``list(self.span_tokenize(text))``, computed the same way in one
            pass: the period contexts of ``_match_potential_end_contexts``, the
            breaks of ``_slices_from_text`` and the realignment of
            ``_realign_boundaries``, without their generators and slices."""
            breaks: list[tuple[int, int]] = []
            last_break = 0
            prev_start = prev_stop = 0
            prev: regex.Match[str] | None = None
            for match in _PERIOD_CONTEXT.finditer(text):
                m_start = match.start()
                # the word before the match starts after the last white space since
                # the previous word (nltk's _get_last_whitespace_index: a space at
                # the first place of that stretch counts as none)
                space = max([text.rfind(c, prev_stop, m_start) for c in _PUNKT_SPACE])
                word_start = space + 1 if space > prev_stop else prev_start
                if prev is not None and prev_stop <= word_start:
                    last_break = self._take(text, prev, prev_start, prev_stop, last_break, breaks)
                prev, prev_start, prev_stop = match, word_start, m_start
            if prev is not None:
                last_break = self._take(text, prev, prev_start, prev_stop, last_break, breaks)
            breaks.append((last_break, len(text.rstrip())))
            return _realigned(text, breaks)

        def _take(
            self,
            text: str,
            match: regex.Match[str],
            start: int,
            stop: int,
            last_break: int,
            breaks: list[tuple[int, int]],
        ) -> int:
            """One period context of ``_slices_from_text``: a break there or not."""
            context = text[start:stop] + match.group() + match.group("after_tok")
            if not self.text_contains_sentbreak(context):
                return last_break
            breaks.append((last_break, match.end()))
            return match.start("next_tok") if match.group("next_tok") else match.end()

    params = PunktParameters()
    params.abbrev_types = set(NEWS_ABBREVIATIONS)
    punkt = _NewsPunkt(params)
    _PERIOD_CONTEXT = getattr(
        punkt._lang_vars.period_context_re(), "_rx", punkt._lang_vars.period_context_re()
    )
    _REALIGN = getattr(
        punkt._lang_vars.re_boundary_realignment, "_rx", punkt._lang_vars.re_boundary_realignment
    )
    _PUNKT = punkt
    return punkt


def _quick_sentbreak(text: str) -> bool | None:
    """Punkt's decision for one period context in the common cases ("word. Next",
    'word.”', "Why? Next"), without building Punkt tokens; ``None`` for the rest,
    which Punkt decides ("U.S. Army", "(R-Fla.)", ". .")."""
    m = _PRONOUN_NEXT.fullmatch(text)
    if m is not None and m.group(1).lower() not in _TITLE_ABBREVIATIONS:
        return True  # "… in the U.S. He says …": no name goes on with "He"
    m = _PLAIN_END.fullmatch(text)
    if m is not None:
        word = m.group(1).lower()
        if word not in NEWS_ABBREVIATIONS:
            return True
        if word in _NUMBER_ABBREVIATIONS and _NUMBER_NEXT.match(m.group(2)) is None:
            return True  # "He said no. The plan failed."
        if _END_CHARS.search(m.group(2)) is None:
            return False
        if _WORD_PERIOD.fullmatch(m.group(2)) is not None:
            return False
    else:
        m = _MARK_END.fullmatch(text)
        if m is not None and (
            m.group(1).lower() not in NEWS_ABBREVIATIONS
            or m.group(1).lower() in _NUMBER_ABBREVIATIONS
        ):
            return True  # 'word.”', and 'the answer was “no.”'
        if _INITIAL_WORD.fullmatch(text) is not None:
            return False
    if _MARK_BREAK.search(text) is not None:
        return True
    return None


def _realigned(text: str, breaks: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The sentence spans from the breaks of ``_slices_from_text``, realigned as
    nltk's ``_realign_boundaries`` does: closing marks and brackets after a break
    belong to the sentence before it."""
    out: list[tuple[int, int]] = []
    n = len(text)
    realign = 0
    last = len(breaks) - 1
    for k, (a, b) in enumerate(breaks):
        a += realign
        if k == last:
            if a < min(b, n):
                out.append((a, b))
            continue
        a2, b2 = breaks[k + 1]
        m = _REALIGN.match(text[a2:b2])
        if m:
            out.append((a, a2 + len(m.group(0).rstrip())))
            realign = m.end()
        else:
            realign = 0
            if a < min(b, n):
                out.append((a, b))
    return out


#: The characters nltk's ``_get_last_whitespace_index`` takes for white space.
_PUNKT_SPACE = tuple(string.whitespace)

#: A place where a sentence may end inside a paragraph: end punctuation, any
#: closing marks, white space, then more text.  Paragraphs without one are a
#: single sentence and need no Punkt.
_MAYBE_END = regex.compile(r"[.!?…][\"'”’“‘«»‹›)\]]*+\s++\S")


def split_sentences(text: str, span: Span | None = None) -> tuple[Span, ...]:
    """The sentences of ``text`` (or of ``span`` in it), as spans into ``text``.

    >>> text = "Intro.\\n\\nMr. Lee said it. “Yes,” he said."
    >>> [s.of(text) for s in split_sentences(text, Span(8, len(text)))]
    ['Mr. Lee said it.', '“Yes,” he said.']

    Never raises for any ``str``; an empty or blank span gives ``()``.
    """
    check_text(text)
    start, end = (0, len(text)) if span is None else (span.start, span.end)
    return tuple(Span(a, b) for a, b in sentence_bounds(text, start, end))


def sentence_bounds(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """:func:`split_sentences` of ``text[start:end]`` as ``(start, end)`` pairs,
    for a caller that needs no records (``text`` must be a ``str``)."""
    end = min(end, len(text))
    if start >= end:
        return []
    chunk = text[start:end]
    if not _MAYBE_END.search(chunk):
        whole = _strip(text, start, end)
        return [whole] if whole[0] < whole[1] else []
    out: list[tuple[int, int]] = []
    try:
        pieces = _punkt().spans(chunk)
    except (ValueError, IndexError, RuntimeError):  # pragma: no cover - Punkt on odd input
        pieces = [(0, len(chunk))]
    for a, b in pieces:
        piece = _strip(text, start + a, start + b)
        if piece[0] < piece[1]:
            if out and (
                _ordinal(text, out[-1][1], piece[0])
                or _party_tag(text, out[-1][1], piece[0])
                or _goes_on(text, out[-1][1], piece[0])
                or _middle_initials(text, *out[-1], piece[0])
            ):
                out[-1] = (out[-1][0], piece[1])  # "Am 3. März", "der 3. Platz": one
            else:
                out.append(piece)
    return out


#: A day written as an ordinal number before its month, day first ("am 3. März",
#: "vom 26. April"; German and other day-first copy): the period is no sentence end.
_ORDINAL_END = regex.compile(r"(?<![\d.])\d{1,3}\.\Z")
_MONTH_WORD = regex.compile(r"\p{Lu}\p{Ll}+")


#: An ordinal number after a German article or a preposition joined with one ("der 3.
#: Platz", "zum 5. Mal", "im 19. Jahrhundert", "der 100. Gast"): the period is the
#: ordinal's.  Not "am", which is also English ("I am 25. She …").
_ARTICLE_ORDINAL = regex.compile(
    r"(?i)(?<!\w)(?:"
    + "|".join(sorted(ARTICLES | {"im", "zum", "zur", "vom", "beim", "ins", "seit"}))
    + r")\s++\d{1,3}\.\Z"
)


def _party_tag(text: str, end: int, next_start: int) -> bool:
    """True when a sentence ends in an abbreviation (also in brackets) and the next starts
    in lower case, also after an opening mark: "Sen. Ted Cruz (Tex.) has said", "The
    F.B.I. has said", 'Benedikt XVI. „ist …“' (one)."""
    if not text.endswith((".)", "."), 0, end):
        return False
    nxt = text[next_start : next_start + 2]
    # also a lower-case word after an opening mark: 'Benedikt XVI. „ist und bleibt …“'
    return nxt[:1].islower() or (nxt[:1] in '„“"‘»«' and nxt[1:2].islower())


#: A question or an exclamation closed by a quote mark ("chants of “Bobby!”").
_QUOTED_END = regex.compile(r"[!?][”’\"»«']\Z")


def _goes_on(text: str, end: int, next_start: int) -> bool:
    """True when a quoted question or exclamation is followed by a lower-case word:
    'greeted with chants of “Bobby!” at a rally', '“Why?” she asked' (one)."""
    return (
        text[next_start : next_start + 1].islower()
        and _QUOTED_END.search(text, max(0, end - 2), end) is not None
    )


#: Initials glued together after a capitalised word, at a sentence's end: "George
#: H.W.", "Author J.R.R."; not a known abbreviation ("Washington D.C.").
_GLUED_INITIALS = regex.compile(
    r"(?:(?<![\p{L}\p{N}.])(\p{Lu}[\p{L}\-]*+(['’]s?+)?+)\s++)?+"
    r"(?<![\p{L}\p{N}.])((?:\p{Lu}\.){2,3})\Z"
)
#: Words that open a sentence after an initialism rather than go on with a name ("…
#: John D.B. He left …").
_SENTENCE_OPENERS = frozenset(
    {"the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "but", "and", "in", "on"}
    | {"at", "this", "that", "these", "those", "there", "his", "her", "its", "their", "our"}
    | {"if", "when", "after", "as", "for", "so", "yet", "or", "then", "still", "now"}
)
#: The word that opens the next sentence.
_NEXT_WORD = regex.compile(r"\p{Lu}[\p{L}'’\-]*+")
#: A plural noun for people by its ending ("Doctors", "Lawyers", "Analysts",
#: "Officials"): after an owner's initials it opens a sentence ("Boston's M.G.H.
#: Doctors said").
_PEOPLE_PLURAL = regex.compile(r"\p{Lu}\p{Ll}*(?:ors|ers|ists|ians|ants|ents|als)")


def _middle_initials(text: str, start: int, end: int, next_start: int) -> bool:
    """True when the sentence ``[start, end)`` ends in initials glued together after a
    capitalised word (or is nothing but them) and the next starts with a capitalised
    word that opens no sentence: the initials are a name's ("George H.W. Bush", "J.R.R.
    Tolkien", "Secretary A.B.M. Rahman", "Boston's J.D. Martinez", "International H.R.S.
    Industries Inc"); not after a nationality ("the Soviet K.G.B. Western officials
    said"), not an owner's before a plural noun for people ("Boston's M.G.H. Doctors
    said"), nor a known abbreviation ("Washington D.C. The city", "M.P.")."""
    if not text.endswith(".", 0, end):
        return False
    m = _GLUED_INITIALS.search(text, max(start, end - 40), end)
    if (
        m is None
        or (
            m.start(3) != start
            and (m.group(1) is None or m.group(1).lower() in NATIONALITY_ADJECTIVES)
        )
        or m.group(3)[:-1].lower() in NEWS_ABBREVIATIONS
    ):
        return False
    nxt = _NEXT_WORD.match(text, next_start)
    if nxt is None or nxt.group().lower() in _SENTENCE_OPENERS:
        return False
    return m.group(2) is None or _PEOPLE_PLURAL.fullmatch(nxt.group()) is None


def _ordinal(text: str, end: int, next_start: int) -> bool:
    """True when the sentence ending at ``end`` ends in an ordinal number: a day before
    the month name that opens the next one at ``next_start`` ("am 3. März"), or a number
    after a German article ("der 3. Platz")."""
    if _ORDINAL_END.search(text, max(0, end - 4), end) is None:
        return False
    if _ARTICLE_ORDINAL.search(text, max(0, end - 16), end) is not None:
        return True
    m = _MONTH_WORD.match(text, next_start)
    return m is not None and m.group().lower() in MONTHS and len(m.group()) > 3


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    """:func:`~newsparse.spans.strip_span` as a pair."""
    while start < end and is_space(text[start]):
        start += 1
    while end > start and is_space(text[end - 1]):
        end -= 1
    return start, end
