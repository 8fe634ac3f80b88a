"""split_sections: headline, byline, header furniture, body paragraphs, subheads, trailer.

The text is cut into lines once (``str.splitlines``: LF, CRLF, lone CR,
U+2028, U+2029, NEL, VT, FF), each line stripped of white space, zero-width
and wire control characters.  Paragraphs are then found in one of four
styles, detected from the text itself:

``blank``
    paragraphs are separated by blank lines (or U+2029 / form feed); lines
    inside a paragraph are hard wraps;
``indent``
    the teletype style of 1987 Reuters copy (X-11): a line that starts with
    white space opens a new paragraph, a line that does not continues the
    one before (blank lines still separate);
``lines``
    a block of long, unwrapped lines, or of short lines that each close a
    sentence: each line is a paragraph;
``wrapped``
    hard-wrapped lines with no blank line or indent between paragraphs
    (X-11): a line clearly shorter than the wrap width that closes a
    sentence ends its paragraph.

The first paragraph is the headline when it is headline-shaped (H-1,
H-R21578); header furniture follows (byline H-AP-1, editor's notes H-AP-2,
advisories H-RTR-1, bullets H-RTR-2); the trailer is classified from the end
(§6); the rest is the body, split into sections at subheads (B-1).

>>> text = "Strike Ends\\n\\nLONDON - Dockers went back.\\n\\nREUTER"
>>> layout = split_sections(text)
>>> layout.headline.of(text), layout.lead.of(text), layout.trailer_rules
('Strike Ends', 'LONDON - Dockers went back.', ('reuter-signoff',))
"""

from __future__ import annotations

from itertools import pairwise
from typing import NamedTuple

import regex

from newsparse.errors import check_text
from newsparse.lexicon import furniture, trailers
from newsparse.records import Layout, Section
from newsparse.spans import EXTRA_SPACE, Span, is_space

__all__ = ["split_sections"]

#: Every character :func:`newsparse.spans.is_space` accepts (``str.isspace``
#: stops at U+3000; U+FEFF is the one extra beyond it), for ``str.strip``.
_SPACE = "".join(sorted(set(filter(str.isspace, map(chr, range(0x3001)))) | EXTRA_SPACE))

#: Characters that indent a line (X-7: NBSP counts; control characters and
#: zero-width characters do not).
_INDENT = frozenset(" \t\u00a0\u1680\u202f\u205f\u3000" + "".join(map(chr, range(0x2000, 0x200B))))

#: Line ends that close a paragraph as a blank line does (X-10).
_PARA_SEP = frozenset("\u2029\x0c")


#: A "lines"-style block: long lines that no wire would hard-wrap at.
_LONG_LINE = 100

_HEADLINE_MAX = 300
_SUBHEAD_MAX = 100
_BYLINE_MAX = 120

_TERMINAL = frozenset(".?!\"”’)…»]'")
_SUBHEAD_BAD_END = _TERMINAL | frozenset(":;,-–—/")
_QUOTE_MARKS = regex.compile(r"[\"“”„‟«»]")
#: B-1 against X-11 figure lines ("Shr 24.8 cents vs 17.8"): decimals and "vs".
_FIGURES = regex.compile(r"\d[.,]\d|\bvs\b")
_DANGLING = regex.compile(rf"(?<!\S)(?:{'|'.join(furniture.SUBHEAD_DANGLING_WORDS)})\Z")
#: The same dangling words in a capitals title ("… TO MEET WITH").
_DANGLING_TITLE = regex.compile(rf"(?i)(?<!\S)(?:{'|'.join(furniture.TITLE_DANGLING_WORDS)})\Z")
_LOWER = regex.compile(r"\p{Ll}")
_UPPER = regex.compile(r"\p{Lu}")
_LONG_WORD = regex.compile(r"\p{L}{4,}+")


def _alternation(words: tuple[str, ...]) -> str:
    return "|".join(regex.escape(w) for w in sorted(set(words), key=len, reverse=True))


# --------------------------------------------------------------------------- header patterns

#: H-R21578: the flash mark before a Reuters 1987 headline ("******TITLE").
_FLASH = regex.compile(r"\*{2,}+\s*+|\*(?=\S)")
#: H-1: a dateline opening the first paragraph means there is no headline.
_DATELINE_START = regex.compile(
    r"\p{Lu}[\p{Lu}\p{M}.'’]*+(?:[ -]\p{Lu}[\p{Lu}\p{M}.'’]*+){0,5}+"
    r"(?P<date>,[^\n–—-]{1,40}+)?+\s*+(?P<agency>\([\p{L} ]{1,30}+\)\s*+)?+"
    r"(?:(?P<dash>[-–—_]{1,2}+)|:)\s"
)
#: D-AFP-2, D-PTI-1, D-IANS-1, D-XIN-3: a Title Case city counts as a dateline
#: only with an agency credit in parentheses ("Riga, April 3, 2019 (AFP) -").
_DATELINE_MIXED = regex.compile(
    r"\p{Lu}[\p{L}\p{M}.'’]*+(?:[ /-]\p{Lu}[\p{L}\p{M}.'’]*+){0,4}+"
    r",[^\n()–—-]{1,40}+\(\p{Lu}[\p{L} ]{1,29}+\)(?:\s*+[-–—_]{1,2}+)?+\s"
)
#: H-AP-1: a byline opens with "By" and a capitalised name.
_BYLINE = regex.compile(
    rf"(?:By|BY|by)\s++\p{{Lu}}|(?:{_alternation(furniture.BYLINE_LABELS)})\s*+\p{{Lu}}"
)
#: A byline that holds names only (it may close with a period).
_BYLINE_NAMES = regex.compile(
    r"(?:By|BY|by)(?:\s++(?:\p{Lu}[\p{L}\p{M}.'’-]*+,?+|"
    rf"(?:{_alternation(furniture.BYLINE_NAME_PARTICLES)})(?!\S))){{1,12}}+"
)
_LABEL_TAIL = r"\.?+:?+"
_ABSTRACT = regex.compile(rf"(?:{_alternation(furniture.ABSTRACT_LABELS)}){_LABEL_TAIL}")
_FULL_TEXT = regex.compile(rf"(?:{_alternation(furniture.FULL_TEXT_LABELS)}){_LABEL_TAIL}")
_BYLINE_UNDERLINE = regex.compile(
    rf"(?:{_alternation(furniture.BYLINE_UNDERLINES)})"
    r"|(?:AP|Reuters|Bloomberg|AFP) [\p{L} ]{2,30}+(?:Writer|Correspondent|Editor)"
)
_EDITOR_NOTE = regex.compile(rf"(?:{_alternation(furniture.EDITOR_NOTE_OPENERS)})")
_NYT_NOTE = regex.compile(
    rf"(?:{_alternation(furniture.NYT_NOTES)})|\((?:BC|AM|PM)-[^()\n]{{1,80}}+\)"
)
_ADVISORY = regex.compile(
    rf"[(\[]\s*+(?:{_alternation(furniture.ADVISORY_VERBS)})\b[^()\[\]]{{0,400}}+[)\]]"
)
_SERVICE = regex.compile(rf"(?:{_alternation(furniture.SERVICE_WORDS)})\b[^\n]{{0,120}}+")
_BULLET = regex.compile(rf"(?:{_alternation(furniture.BULLET_MARKS)})[ \t\u00a0]++\S")

# --------------------------------------------------------------------------- trailer patterns

_SIGNOFF = frozenset(trailers.SIGNOFF_WORDS)
#: The service line that ends German agency copy: "dpa xy yy n1 ab", "dpa/lhe ks a3 jk"
#: (its priority code holds a digit: no sentence of lower-case words is one).
_SERVICE_LINE = regex.compile(
    r"(?=[^\n]*\d)(?:" + "|".join(trailers.SERVICE_LINE_AGENCIES) + r")(?:/[a-z]{2,4})?"
    r"(?:[ \t]++[a-z0-9]{1,6}){2,7}[ \t]*+"
)
_END_MARKS = frozenset(trailers.END_MARKS) | frozenset(trailers.WIRE_MARKERS)
_RULE_LINE = regex.compile(r"_{3,}+")
_ENDITEM = regex.compile(rf"(?i)(?<!\S)(?:{_alternation(trailers.ENDITEM_SPELLINGS)})(?!\S)")
_CREDIT = regex.compile(
    rf"(?i)[(\[]\s*+(?:{_alternation(trailers.CREDIT_ROLES)})\b[^()\[\]]{{0,600}}+[)\]]"
)
_CONTRIBUTOR = regex.compile(rf"(?i){_alternation(trailers.CONTRIBUTOR_CUES)}")
_COPYRIGHT_START = regex.compile(r"(?:Copyright|COPYRIGHT|©|\([cC]\)\s*+\d)")
_RIGHTS = regex.compile(r"(?i)all rights reserved")
_CONTACT = regex.compile(rf"(?:{_alternation(trailers.CONTACT_OPENERS)})")
#: T-PR-2: a press release's contact block ("Media contact:", "For more information, contact").
_PRESS_CONTACT = regex.compile(
    rf"(?:{_alternation(trailers.PRESS_CONTACT_LABELS)})[ \t\u00a0]*+:"
    rf"|(?:{_alternation(trailers.PRESS_CONTACT_PHRASES)})(?!\w)"
)
#: T-PR-2: the "About <Company>" heading of a press release's boilerplate, a
#: line of its own (``_ABOUT`` fullmatches it) or before a colon or dash that
#: leads into the description on the same line (``_ABOUT_INLINE``).
_ABOUT_HEAD = (
    rf"(?:{_alternation(trailers.ABOUT_HEADINGS)})"
    r"(?:[ \t\u00a0]++(?P<name>"
    rf"(?:(?:{_alternation(trailers.ABOUT_NAME_SKIP)})[ \t\u00a0]++)?+"
    r"[\p{Lu}\d][\p{L}\p{M}\p{N}&'’.,()/ \t\u00a0-]{0,80}?))?[ \t\u00a0]*+"
)
_ABOUT = regex.compile(_ABOUT_HEAD + r"[:–—]?+")
_ABOUT_INLINE = regex.compile(_ABOUT_HEAD + r"[:–—][ \t\u00a0]*+(?=\S)")
_ABOUT_SKIP = frozenset(trailers.ABOUT_NAME_SKIP)
_ABOUT_FIRST = tuple(trailers.ABOUT_HEADINGS)
_PRESS_CONTACT_FIRST = frozenset(
    w[0] for w in trailers.PRESS_CONTACT_LABELS + trailers.PRESS_CONTACT_PHRASES
)
#: T-PR-2: how far back from the end an About heading or contact label may stand.
_ABOUT_REACH = 5
_CONTACT_REACH = 8
#: T-PR-2: the longest boilerplate paragraph, and the longest contact detail line.
_ABOUT_MAX = 1500
_CONTACT_DETAIL_MAX = 150
_READ_MORE = regex.compile(rf"(?i)(?:{_alternation(trailers.READ_MORE)})")
_AUTHOR_NOTE = regex.compile(rf"(?i){_alternation(trailers.AUTHOR_NOTE_CUES)}")
_AP_NOTE = regex.compile(_alternation(trailers.AP_NOTE_CUES))
_PROMO = regex.compile(rf"(?:{_alternation(trailers.PROMO_OPENERS)})")
#: B-2, T-AP-1: a line of rule characters.
_RULE_MARK = regex.compile(r"[-—–_=*~]{2,}+")
#: The end of a first sentence: closing punctuation, space, a capital.
_SENTENCE_END = regex.compile(r"[.!?][\"”’)]?+\s++(?=[\p{Lu}\d\"“])")


class _Line(NamedTuple):
    start: int  # first non-space character
    end: int  # after the last non-space character
    indented: bool  # the line opens with an indent character
    opens: bool  # a blank line, U+2029 or FF (or the start of the text) comes before it


class _Para(NamedTuple):
    start: int
    end: int
    first: int  # index of its first line
    last: int  # index of its last line


# The scan keeps lines and paragraphs as parallel lists of ints and bools, not
# as one record per line: ints and bools are not tracked by the cyclic garbage
# collector, so a text of 10^5 paragraphs does not leave 10^5 records for every
# collector pass to traverse (the work grew with the text).  ``lines[i]`` and
# ``paras[k]`` build a record on demand for the few that the header and
# trailer rules look at; the Span records are built once, at the end.


#: ``tuple.__new__``: builds a record without the Python frame of its ``__new__``.
_new_tuple = tuple.__new__


class _Lines:
    """Every non-blank line: parallel lists indexed by line number."""

    __slots__ = ("end", "indented", "opens", "start")

    def __init__(self) -> None:
        self.start: list[int] = []
        self.end: list[int] = []
        self.indented: list[bool] = []
        self.opens: list[bool] = []

    def __len__(self) -> int:
        return len(self.start)

    def __getitem__(self, i: int) -> _Line:
        return _new_tuple(_Line, (self.start[i], self.end[i], self.indented[i], self.opens[i]))


class _Paras:
    """Paragraphs in text order: parallel lists of their extents and line numbers."""

    __slots__ = ("end", "first", "last", "start")

    def __init__(self) -> None:
        self.start: list[int] = []
        self.end: list[int] = []
        self.first: list[int] = []
        self.last: list[int] = []

    def __len__(self) -> int:
        return len(self.start)

    def __getitem__(self, k: int) -> _Para:
        return _new_tuple(_Para, (self.start[k], self.end[k], self.first[k], self.last[k]))

    def __setitem__(self, k: int, p: _Para) -> None:
        self.start[k], self.end[k], self.first[k], self.last[k] = p

    def add(self, start: int, end: int, first: int, last: int) -> None:
        self.start.append(start)
        self.end.append(end)
        self.first.append(first)
        self.last.append(last)

    def pop(self) -> None:
        for column in (self.start, self.end, self.first, self.last):
            column.pop()

    def drop(self, k: int) -> None:
        """Remove the paragraphs from ``k`` on."""
        for column in (self.start, self.end, self.first, self.last):
            del column[k:]

    def put_first(self, k: int, p: _Para) -> None:
        """Replace the first ``k`` paragraphs (none: insert) by ``p``."""
        for column, value in zip((self.start, self.end, self.first, self.last), p, strict=True):
            column[:k] = (value,)


def _lines(text: str) -> _Lines:
    """Every non-blank line's stripped extent (one C-level ``splitlines`` pass)."""
    out = _Lines()
    add_start, add_end = out.start.append, out.end.append
    add_indented, add_opens = out.indented.append, out.opens.append
    pos = 0
    opens = True
    for raw in text.splitlines(True):
        n = len(raw)
        body = raw.lstrip(_SPACE)
        if body:
            start = pos + n - len(body)
            add_start(start)
            add_end(start + len(body.rstrip(_SPACE)))
            add_indented(raw[0] in _INDENT)
            add_opens(opens)
            opens = raw[-1] in _PARA_SEP
        else:
            opens = True
        pos += n
    return out


#: First characters of a line that may stand alone: bullets (B-3), rules (B-2).
_MARK_STARTS = frozenset(furniture.BULLET_MARKS) | {"_"}


def _opens_alone(text: str, start: int, end: int) -> bool:
    """A bullet line (B-3) or an AP rule (B-2) starts a paragraph of its own."""
    return bool(_BULLET.match(text, start, end) or _RULE_LINE.fullmatch(text, start, end))


#: Closing marks that may follow a sentence's last punctuation at a line end.
_CLOSERS = frozenset("\"”’'»)]")
#: Line lengths above this count as this long when the wrap width is measured.
_WIDTH_CAP = 1000
_WORD = regex.compile(r"\S++")


def _ends_sentence(text: str, start: int, end: int) -> bool:
    """The line ``text[start:end]`` closes a sentence (``.?!…``, maybe then a closing mark)."""
    k = end - 1
    while k > start and end - k <= 3 and text[k] in _CLOSERS:
        k -= 1
    return text[k] in ".?!…"


#: X-11: the narrowest wrap width read as hard-wrapped copy (wires and archives
#: wrap at 60-80 columns; 40 leaves room for narrow columns).
_MIN_WRAP_WIDTH = 40


def _hard_breaks(text: str, starts: list[int], ends: list[int], b: int, e: int) -> list[int] | None:
    """X-11: in a hard-wrapped block (lines ``b`` to ``e - 1``), the lines that end a paragraph.

    The wrap width is the length the longest lines of the block reach (the
    longest 5% left out).  A break is a wrap when the next line's first word
    would not have fitted on the line; a line breaks mid-sentence.  The block
    is wrapped when at least two breaks, and a quarter of them, are wraps in
    mid-sentence; then a line ends its paragraph when it closes a sentence, or
    opens a paragraph (a subhead, a byline, a label), the next line does not
    open in lower case and its first word would have fitted (the line is
    clearly shorter than the width).  ``None`` when the block is
    not wrapped (one paragraph per line, or lines of any length).
    """
    inner = range(b, e - 1)
    m = e - 1 - b
    if m < 2:
        return None
    counts: dict[int, int] = {}
    for i in inner:
        size = min(ends[i] - starts[i], _WIDTH_CAP)
        counts[size] = counts.get(size, 0) + 1
    skip = m // 20
    width = 0
    for size in sorted(counts, reverse=True):
        skip -= counts[size]
        if skip < 0:
            width = size
            break
    if width < _MIN_WRAP_WIDTH:
        # copy is wrapped at 60-80 columns; a block of short lines (a contact
        # block, an address, a list) breaks where its writer chose
        return None
    wraps = 0
    breaks: list[int] = []
    opens = True  # line i opens a paragraph
    for i in inner:
        size = ends[i] - starts[i]
        room = width - size - 1
        nxt = starts[i + 1]
        fits = room > 0 and _word_fits(text, nxt, ends[i + 1], room)
        closes = _ends_sentence(text, starts[i], ends[i])
        if not fits and not closes:
            wraps += 1
        # A paragraph ends at a short line that closes a sentence; a short
        # line of its own (a subhead, a byline, a label) is one too.
        if fits and (closes or (opens and size <= _SUBHEAD_MAX)) and not _LOWER.match(text, nxt):
            breaks.append(i)
            opens = True
        else:
            opens = False
    if wraps < 2 or 4 * wraps < m:
        return None
    return breaks


def _closing_lines(
    text: str, starts: list[int], ends: list[int], b: int, e: int
) -> list[int] | None:
    """One paragraph per line in a block of short, unwrapped lines (lines ``b`` to ``e - 1``).

    When no line opens in lower case (a sentence running on) and at least two
    thirds of the lines before the last close a sentence outside quote marks,
    those lines end their paragraphs (lists, one-line paragraphs under 100
    characters); otherwise ``None`` and the block stays one paragraph.  A
    quotation that runs over several lines ("“We will go. / We will win,”
    he said.") is not cut.
    """
    closing: list[int] = []
    curly = straight = 0
    for i in range(b, e - 1):
        s, t = starts[i], ends[i]
        curly = max(0, curly + text.count("“", s, t) - text.count("”", s, t))
        straight += text.count('"', s, t)
        if _LOWER.match(text, starts[i + 1]):
            return None  # a sentence runs on: the lines are wrapped
        if curly <= 0 and straight % 2 == 0 and _ends_sentence(text, s, t):
            closing.append(i)
        elif i < b + 3 and _byline_line(text, s, t):
            # H-AP-1: a byline line stands alone, and so does the headline above it
            if i > b and (not closing or closing[-1] != i - 1):
                closing.append(i - 1)
            closing.append(i)
    return closing if 3 * len(closing) >= 2 * (e - 1 - b) else None


def _byline_line(text: str, start: int, end: int) -> bool:
    """A line that is a byline ("By JOHN DOE, Associated Press"), short and no sentence."""
    return (
        end - start <= _BYLINE_MAX
        and _BYLINE.match(text, start, end) is not None
        and text[end - 1] not in ".!?:"
    )


def _word_fits(text: str, start: int, end: int, room: int) -> bool:
    """The word opening ``text[start:end]`` is at most ``room`` characters long."""
    word = _WORD.match(text, start, min(end, start + room + 1))
    return word is not None and word.end() - start <= room


def _paragraphs(text: str, lines: _Lines) -> tuple[_Paras, str]:
    """Paragraphs and the style that found them (``blank``, ``indent``, ``lines``, ``wrapped``).

    A block is a run of lines with no blank line between them.
    """
    starts, ends, indented, opens = lines.start, lines.end, lines.indented, lines.opens
    n = len(starts)
    # indentation marks paragraphs when a block mixes indented lines with
    # flush ones; a block indented all through says nothing.
    indent_style = any(not opens[i] and indented[i] != indented[i - 1] for i in range(1, n))
    style = "indent" if indent_style else "blank"
    paras = _Paras()
    add = paras.add
    add_start, add_end = paras.start.append, paras.end.append
    add_first, add_last = paras.first.append, paras.last.append
    heads = [i for i in range(n) if opens[i]]  # the first line always opens
    heads.append(n)
    for b, e in pairwise(heads):
        if e - b == 1:  # the common case, inlined
            add_start(starts[b])
            add_end(ends[b])
            add_first(b)
            add_last(b)
            continue
        hard = None if indent_style else _hard_breaks(text, starts, ends, b, e)
        ends_at = frozenset(hard or ())
        if hard:
            every_line = False
            if style != "lines":
                style = "wrapped"
        else:
            long_lines = sum(1 for i in range(b, e) if ends[i] - starts[i] > _LONG_LINE)
            every_line = hard is None and 2 * long_lines >= e - b
            if hard is None and not every_line and not indent_style and e - b >= 3:
                closing = _closing_lines(text, starts, ends, b, e)
                if closing is not None:
                    ends_at = frozenset(closing)
                    style = "lines"
            if every_line and not indent_style:
                style = "lines"
        first = b
        for i in range(b + 1, e):
            s = starts[i]
            prev = i - 1
            if (
                (every_line and not _LOWER.match(text, s))
                or (indent_style and indented[i])
                or prev in ends_at
                or (text[s] in _MARK_STARTS and _opens_alone(text, s, ends[i]))
                or (
                    text[starts[prev]] == "_"
                    and _RULE_LINE.fullmatch(text, starts[prev], ends[prev])
                )
            ):
                add(starts[first], ends[prev], first, prev)
                first = i
        add(starts[first], ends[e - 1], first, e - 1)
    return paras, style


# --------------------------------------------------------------------------- header


def _headed(text: str, s: int, e: int) -> bool:
    """H-1, H-R21578: a first line that is a title even without a blank line after it.

    It carries the flash mark, or has no lower-case letter, or capitalises
    every longer word (Title Case).
    """
    if e - s > _HEADLINE_MAX:
        return False
    if _FLASH.match(text, s, e):
        return True  # a flash title ending in "," or "-" goes on on the next line
    if text[e - 1] in ",;:-":
        return False
    if _LOWER.search(text, s, e) is None:
        return _UPPER.search(text, s, e) is not None
    words = _LONG_WORD.findall(text, s, e)
    return len(words) >= 2 and all(w[0].isupper() for w in words)


def _continues(text: str, s: int, e: int) -> bool:
    """A title line that does not end where it stops: a comma, a dash or a dangling
    word ("… TO MEET WITH") carries it on to the next line (H-R21578)."""
    return text[e - 1] in ",-–—" or _DANGLING_TITLE.search(text, s, e) is not None


def _title_goes_on(text: str, lines: _Lines, k: int) -> bool:
    """Line ``k + 1`` goes on with a capitals title that ends at line
    ``k``: a short capitals line, which opens no paragraph of its own, and is followed
    by nothing, by a line that opens none either (the brief's filler), or is needed
    because line ``k`` does not end the title (:func:`_continues`)."""
    if k + 1 >= len(lines):
        return False
    nxt = lines[k + 1]
    if (
        nxt.opens
        or nxt.end - nxt.start > _SUBHEAD_MAX
        or _LOWER.search(text, nxt.start, nxt.end) is not None
        or _UPPER.search(text, nxt.start, nxt.end) is None
    ):
        return False
    if k + 2 >= len(lines):
        return True  # nothing follows: a title-only brief
    return not lines[k + 2].opens or _continues(text, lines[k].start, lines[k].end)


def _split_head(text: str, lines: _Lines, paras: _Paras) -> bool:
    """Cut a title line off the first paragraph when no blank line or indent does it.

    A flash title in capitals (H-R21578) takes up to three capitals lines
    that follow it ("******TITLE PART ONE\n PART TWO\nBlah blah blah.").  A
    title closed by a semicolon ("Title; \nDeck line.", database exports) has
    its deck after it; the value returned says so.  ``paras`` is changed in place.
    """
    if not paras:
        return False
    p = paras[0]
    head = lines[p.first]
    deck = text[head.end - 1] == ";" and p.first != p.last
    capitals_going_on = (
        _LOWER.search(text, head.start, head.end) is None
        and _UPPER.search(text, head.start, head.end) is not None
        and _continues(text, head.start, head.end)
    )
    if not (deck or capitals_going_on or _headed(text, head.start, head.end)):
        return False
    k = p.first
    if _LOWER.search(text, head.start, head.end) is None and (
        _FLASH.match(text, head.start, head.end) or _continues(text, head.start, head.end)
    ):
        while k - p.first < 3 and _title_goes_on(text, lines, k):
            k += 1
    if k == p.first and not (deck or _headed(text, head.start, head.end)):
        return False  # a capitals line ending in a comma with no capitals after it
    if k == p.last and p.first == p.last:
        return False
    # Drop the paragraphs the title swallowed; cut the one it ends inside.
    at = 0
    while at < len(paras) and paras[at].last <= k:
        at += 1
    if at == len(paras):
        if at > 1 and k > p.first:
            paras.put_first(at, _Para(head.start, lines.end[k], p.first, k))  # all title
        return False
    q = paras[at]
    if q.first <= k:
        paras[at] = _Para(lines.start[k + 1], q.end, k + 1, q.last)
    paras.put_first(at, _Para(head.start, lines.end[k], p.first, k))
    return deck


#: H-1: a sentence ending inside a paragraph, then a capital ("… den Mond. Heute wurde …").
_INNER_SENTENCE_END = regex.compile(r"\p{Ll}{2}[.!?][\"”’»“]?\s+[\"„“«]?\p{Lu}\p{Ll}")
_LEAD_WORD = regex.compile(r"\p{L}{4,}")
#: A headline is never this long and two sentences, or this long, one sentence in
#: sentence case, and ended with a period.
_LEAD_MIN = 100
_LONG_LEAD = 120


def _is_lead_text(text: str, start: int, end: int) -> bool:
    """H-1: a first paragraph of two sentences or more that ends as a sentence ends, or
    one long sentence in sentence case with its final period, is the lead of copy
    without a headline (German Wikinews, press releases): "1969 betrat Armstrong als
    erster Mensch den Mond. Heute wurde …"."""
    while end > start and text[end - 1].isspace():
        end -= 1
    if end - start <= _LEAD_MIN or text[end - 1] not in '.!?"”“»':
        return False
    words: list[str] = _LEAD_WORD.findall(text, start, end)
    lower: int = sum(w[0].islower() for w in words)
    if _INNER_SENTENCE_END.search(text, start, end) is not None:
        # not a title-case headline of two sentences ("Her Claim Isn't True. Not Yet."),
        # whose words are all capitalised but the short ones
        return lower >= 3
    # one long sentence with its verbs and function words in lower case, ended: a lead
    return end - start > _LONG_LEAD and lower >= max(4, 0.3 * len(words))


def reads_as_sentence(text: str, start: int, end: int) -> bool:
    """H-1: a line laid out as a headline that reads as a sentence of the copy: a final
    period, ten words or more, three of them long words in lower case (headlines end
    without one).  Shorter than :func:`_is_lead_text` asks of a lead, so the line stays
    the headline; :func:`~newsparse.find_quotes` reads its capitals as body text."""
    line = text[start:end].rstrip()
    words: list[str] = _LEAD_WORD.findall(line)
    return (
        line.endswith(".") and len(line.split()) >= 10 and sum(w[0].islower() for w in words) >= 3
    )


def _headline(text: str, paras: _Paras) -> Span | None:
    """H-1, H-R21578: the first paragraph when it is short and not a dateline or byline;
    a text that is one headline-shaped paragraph (a title-only brief) is its headline."""
    if not paras:
        return None
    if len(paras) == 1:
        return _lone_headline(text, paras[0])
    p = paras[0]
    if p.last - p.first > 1 or p.end - p.start > _HEADLINE_MAX:
        return None
    if _BYLINE.match(text, p.start, p.end):
        return None
    if _is_lead_text(text, p.start, p.end):
        return None
    # A lead that opens the copy ("MOSCOW - He said.") is a sentence; a
    # headline with a source tag ("WHEAT SALES UP - USDA") is not.
    # S-9's colon ("TEHRAN: The …") also tags headlines ("EXCLUSIVE: …"), so
    # a colon counts only with a date, an agency or a paragraph's length.
    lead = _DATELINE_START.match(text, p.start, p.end)
    if (
        _DATELINE_MIXED.match(text, p.start, p.end) is not None
        and (text[p.end - 1] in _TERMINAL or p.first != p.last)
        and not _headed(text, p.start, p.end)
    ):
        return None
    if (
        lead is not None
        and (text[p.end - 1] in _TERMINAL or p.first != p.last)
        and (lead["dash"] or lead["date"] or lead["agency"] or p.end - p.start > 120)
        and not _headed(text, p.start, p.end)
    ):
        return None
    start = p.start
    flash = _FLASH.match(text, start, p.end)
    if flash is not None:
        title = text[flash.end() : p.end].lstrip(_SPACE)
        if title:
            start = p.end - len(title)
    return Span(start, p.end)


def _lone_headline(text: str, p: _Para) -> Span | None:
    """The headline of a text that is one paragraph: a flash or capitals title of at most
    four lines, a brief with nothing after its title (H-R21578). A paragraph in mixed
    case stays the body: a lone lead is a lead."""
    if p.end - p.start > _HEADLINE_MAX or p.last - p.first > 3:
        return None
    flash = _FLASH.match(text, p.start, p.end)
    if flash is None and (
        _LOWER.search(text, p.start, p.end) is not None
        or _UPPER.search(text, p.start, p.end) is None
    ):
        return None
    start = p.start
    if flash is not None:
        title = text[flash.end() : p.end].lstrip(_SPACE)
        if not title:
            return None
        start = p.end - len(title)
    return Span(start, p.end)


def _furniture(text: str, p: _Para) -> bool:
    """H-AP-2, H-NYT-1, H-RTR-1, H-RTR-2, H-AFP-1: a header line that is not the story."""
    s, e = p.start, p.end
    if _EDITOR_NOTE.match(text, s, e) or _NYT_NOTE.fullmatch(text, s, e):
        return True
    if _ADVISORY.fullmatch(text, s, e) or _SERVICE.fullmatch(text, s, e):
        return True
    if e - s <= 300 and _BULLET.match(text, s, e) is not None:
        return True
    return e - s <= 200 and text.endswith("//", s, e)


def _is_byline(text: str, p: _Para) -> bool:
    """H-AP-1: "By NAME", short, not a sentence that happens to open with "By"."""
    s, e = p.start, p.end
    if e - s > _BYLINE_MAX or p.last - p.first > 1 or not _BYLINE.match(text, s, e):
        return False
    return text[e - 1] not in ".!?:" or _BYLINE_NAMES.fullmatch(text, s, e) is not None


def _abstract_end(text: str, paras: _Paras, at: int) -> int:
    """Index after a labelled abstract block (ABSTRACT … FULL TEXT), or ``at``."""
    p = paras[at]
    if not _ABSTRACT.fullmatch(text, p.start, p.end):
        return at
    for k in range(at + 1, min(len(paras) - 1, at + 8)):
        q = paras[k]
        if _FULL_TEXT.fullmatch(text, q.start, q.end):
            while k + 2 < len(paras) and _FULL_TEXT.fullmatch(
                text, paras[k + 1].start, paras[k + 1].end
            ):
                k += 1
            return k + 1
    return at


def _header(text: str, paras: _Paras, at: int, deck: bool) -> tuple[Span | None, list[Span], int]:
    """The byline, the furniture spans, and the index of the first body paragraph.

    ``deck`` says the paragraph at ``at`` is the headline's deck.
    """
    byline: Span | None = None
    header: list[Span] = []
    if deck and at < len(paras) - 1:
        header.append(Span(paras[at].start, paras[at].end))
        at += 1
    # Keep at least one paragraph for the body.
    while at < len(paras) - 1:
        p = paras[at]
        if byline is None and _is_byline(text, p):
            end = p.end
            nxt = paras[at + 1]
            if at + 2 < len(paras) and _BYLINE_UNDERLINE.fullmatch(text, nxt.start, nxt.end):
                end = nxt.end
                at += 1
            byline = Span(p.start, end)
            at += 1
        elif _furniture(text, p):
            header.append(Span(p.start, p.end))
            at += 1
        elif (after := _abstract_end(text, paras, at)) > at:
            header.extend(Span(paras.start[j], paras.end[j]) for j in range(at, after))
            at = after
        else:
            break
    return byline, header, at


# --------------------------------------------------------------------------- trailer


def _signoff_tail(text: str, start: int, end: int, alone: bool) -> int | None:
    """T-RTR-3: where a "Reuter" sign-off ending ``text[start:end]`` begins, else None.

    The sign-off is the whole line, or (``alone`` is False) trails the last
    sentence after closing punctuation or a run of spaces.
    """
    for word in trailers.SIGNOFF_WORDS:
        if not text.endswith(word, start, end):
            continue
        at = end - len(word)
        if at == start:
            return at
        if alone or not is_space(text[at - 1]):
            continue
        before = text[start:at].rstrip(_SPACE)
        if before and (before[-1] in _TERMINAL or at - (start + len(before)) >= 2):
            return at
    return None


def _line_mark(text: str, line: int, start: int, end: int, first: bool) -> tuple[int, str] | None:
    """A trailer mark closing ``text[start:end]``, on the line from ``line`` on: (where, rule)."""
    s = max(start, line)
    word = text[s:end] if end - s <= 32 else ""
    if word in _SIGNOFF:
        return s, "reuter-signoff"
    if word in _END_MARKS:
        return s, "end-mark"
    if _RULE_MARK.fullmatch(text, s, end):
        return s, "rule-line"
    at = _signoff_tail(text, s, end, alone=not first)
    if at is not None:
        return at, "reuter-signoff"
    m = _ENDITEM.search(text, s, end)
    if m is not None and end - m.start() <= 200:
        return m.start(), "enditem"
    return None


def _in_first_sentence(text: str, pattern: regex.Pattern[str], s: int, e: int) -> bool:
    """``pattern`` occurs in ``text[s:e]`` before the end of its first sentence."""
    m = pattern.search(text, s, e)
    if m is None:
        return False
    stop = _SENTENCE_END.search(text, s, m.start())
    return stop is None


def _span_rule(text: str, s: int, e: int, last: bool, anchored: bool = False) -> str | None:
    """T-RTR-1/2, T-AP-1/2, T-BBG-1, T-PR-2, B-5: a paragraph (or line) of end matter.

    ``anchored`` keeps to the rules that look at the opening words only.
    """
    size = e - s
    if size <= 60 and _SERVICE_LINE.fullmatch(text, s, e):
        return "service-line"
    if _CREDIT.fullmatch(text, s, e):
        return "credit-line"
    if _CONTACT.match(text, s, e) or (size <= 600 and _PRESS_CONTACT.match(text, s, e)):
        return "contact-line"
    if size <= 300 and _COPYRIGHT_START.match(text, s, e):
        return "copyright"
    if size <= 120 and _READ_MORE.match(text, s, e):
        return "read-more"
    if size <= 300 and _PROMO.match(text, s, e):
        return "promo"
    if anchored:
        return None
    if size <= 600 and _in_first_sentence(text, _CONTRIBUTOR, s, e):
        return "contributor-line"
    if size <= 300 and _RIGHTS.search(text, s, e):
        return "copyright"
    if last and size <= 500 and _AUTHOR_NOTE.search(text, s, e):
        return "author-note"
    return None


def _about_named(text: str, name: tuple[int, int] | None, s: int, e: int) -> bool:
    """T-PR-2: the description ``text[s:e]`` names the company of an About heading.

    The first word of the name (after "the", "our") is enough: "About Acme
    Corp" -> "Acme".  A heading without a name ("About" alone) needs none.
    """
    if s >= e:
        return False
    if name is None:
        return True
    words = text[name[0] : name[1]].split()
    while words and words[0] in _ABOUT_SKIP:
        words.pop(0)
    if not words:
        return False
    key = words[0].rstrip(".,").casefold()
    return len(key) >= 2 and key in text[s : min(e, s + 300)].casefold()


def _about_heading(text: str, paras: _Paras, lines: _Lines, k: int) -> bool:
    """T-PR-2: paragraph ``k`` opens with an About heading, and the description names the company.

    The heading is a line of its own ("About Acme Corp", "ABOUT ACME CORP.",
    "About") or leads into the description after a colon or dash ("About Acme:
    Acme is …"); its name is in Title Case or capitals.
    """
    s, e = paras.start[k], paras.end[k]
    first = paras.first[k]
    line_end = lines.end[first]
    m = _ABOUT.fullmatch(text, s, line_end)
    inline = m is None
    if m is None:
        m = _ABOUT_INLINE.match(text, s, line_end)
        if m is None:
            return False
    name = m.span("name") if m["name"] is not None else None
    if name is not None:
        # Title Case or capitals: "About Four in 10 growers say" is a sentence.
        for word in _LONG_WORD.findall(text, name[0], name[1]):
            if word[0].islower() and word not in _ABOUT_SKIP:
                return False
    # The description: the rest of the line, of the paragraph, and the
    # paragraphs after it, one of which names the company.
    if inline:
        at = m.end()
    elif paras.last[k] != first:
        at = lines.start[first + 1]
    else:
        at = e
    return any(
        _about_named(text, name, max(at, paras.start[j]), paras.end[j])
        for j in range(k, len(paras))
    )


def _press_release_tail(
    text: str, paras: _Paras, lines: _Lines, body: int
) -> tuple[int, str] | None:
    """T-PR-2: where a press release's contact block or About boilerplate begins, and its rule.

    Looked for when the last paragraph matches no other rule: a contact label
    ("Media contact:") followed only by short detail lines (name, phone,
    e-mail), or an About heading that names the company, followed by the
    description (at most a few paragraphs).  A body paragraph always remains.
    """
    last = len(paras) - 1
    for k in range(last, max(body, last - _CONTACT_REACH), -1):
        s, e = paras.start[k], paras.end[k]
        if e - s <= 600 and text[s] in _PRESS_CONTACT_FIRST and _PRESS_CONTACT.match(text, s, e):
            return k, "contact-line"
        if e - s > _CONTACT_DETAIL_MAX or _QUOTE_MARKS.search(text, s, e):
            break
    for k in range(last, max(body, last - _ABOUT_REACH), -1):
        if paras.end[k] - paras.start[k] > _ABOUT_MAX:
            break
        if text.startswith(_ABOUT_FIRST, paras.start[k]) and _about_heading(text, paras, lines, k):
            return k, "about-boilerplate"
    return None


def _trailer(text: str, paras: _Paras, lines: _Lines, body: int) -> list[tuple[int, int, str]]:
    """Classify end matter from the last paragraph backwards (§6).

    Each step takes a mark closing the last line (sign-off, end mark, rule),
    or the whole last paragraph, or the last line of a hard-wrapped one.
    Leaves in ``paras`` the paragraphs left for the body and returns the
    trailer parts ``(start, end, rule)`` in text order.
    """
    parts: list[tuple[int, int, str]] = []
    starts, ends = paras.start, paras.end  # the lists themselves: they shrink in place
    while len(starts) > body:
        p = paras[-1]
        mark = _line_mark(text, lines.start[p.last], p.start, p.end, first=not parts)
        if mark is not None:
            at, rule = mark
            parts.append((at, p.end, rule))
            rest = text[p.start : at].rstrip(_SPACE)
            paras.pop()
            if rest:
                new_end = p.start + len(rest)
                last = p.last
                while last > p.first and lines.start[last] >= new_end:
                    last -= 1
                paras.add(p.start, new_end, p.first, last)
            continue
        # The last line of a hard-wrapped paragraph, when its opening words
        # say so; then the whole paragraph; then the last line on any rule.
        tail = lines.start[p.last]
        multi = p.first != p.last
        rule_name = None
        if multi:
            rule_name = _span_rule(text, tail, p.end, last=not parts, anchored=True)
        if rule_name is None:
            rule_name = _span_rule(text, p.start, p.end, last=not parts)
            if rule_name is not None:
                parts.append((p.start, p.end, rule_name))
                paras.pop()
                continue
            if multi:
                rule_name = _span_rule(text, tail, p.end, last=not parts)
        if rule_name is None:
            found = _press_release_tail(text, paras, lines, body)
            if found is None:
                break
            k, rule_name = found
            parts.extend((starts[j], ends[j], rule_name) for j in range(len(starts) - 1, k - 1, -1))
            paras.drop(k)
            continue
        parts.append((tail, p.end, rule_name))
        paras[-1] = _Para(p.start, lines.end[p.last - 1], p.first, p.last - 1)
    # T-AP-1, B-2: an AP ``___`` rule followed only by short notes closes the story.
    for k in range(len(starts) - 1, max(body, len(starts) - 7), -1):
        if text[starts[k]] != "_" or not _RULE_LINE.fullmatch(text, starts[k], ends[k]):
            continue
        p = paras[k]
        after = [paras[j] for j in range(k + 1, len(paras))]
        noted = any(
            _AP_NOTE.search(text, q.start, q.end) or _span_rule(text, q.start, q.end, False)
            for q in after
        ) or any(rule in ("contributor-line", "copyright") for _, _, rule in parts)
        if k > body and noted and all(q.end - q.start <= 400 for q in after):
            parts.extend(
                (q.start, q.end, _span_rule(text, q.start, q.end, False) or "ap-note")
                for q in reversed(after)
            )
            parts.append((p.start, p.end, "ap-rule"))
            paras.drop(k)
        break
    parts.reverse()
    return parts


# --------------------------------------------------------------------------- subheads


def _subhead_shaped(text: str, s: int, e: int, one_line: bool) -> bool:
    """B-1: one short line, no closing punctuation, no quote marks, opens with a letter."""
    size = e - s
    if not one_line or size < 3 or size > _SUBHEAD_MAX:
        return False
    if text[e - 1] in _SUBHEAD_BAD_END or not text[s].isupper():
        return False
    if _QUOTE_MARKS.search(text, s, e) or _BULLET.match(text, s, e):
        return False
    if _FIGURES.search(text, s, e) or _DANGLING.search(text, s, e):
        return False
    return not _RULE_LINE.fullmatch(text, s, e)


def _is_subhead(text: str, paras: _Paras, j: int) -> bool:
    """B-1: paragraph ``j`` is subhead-shaped, follows a sentence's end and precedes body text."""
    starts, ends, firsts, lasts = paras.start, paras.end, paras.first, paras.last
    return (
        _subhead_shaped(text, starts[j], ends[j], firsts[j] == lasts[j])
        and text[ends[j - 1] - 1] in _TERMINAL
        and (text[ends[j + 1] - 1] in _TERMINAL or ends[j + 1] - starts[j + 1] > _SUBHEAD_MAX)
        and not _subhead_shaped(text, starts[j + 1], ends[j + 1], firsts[j + 1] == lasts[j + 1])
    )


def _sections(text: str, paras: _Paras, at: int) -> tuple[Section, ...]:
    """Body paragraphs (from ``at``) grouped under their subheads (the first section has none)."""
    starts, ends = paras.start, paras.end
    n = len(starts)
    if at >= n:
        return ()
    # Indices of the subheads first, then the records, once.
    heads = [j for j in range(at + 1, n - 1) if _is_subhead(text, paras, j)]
    heads.append(n)
    sections: list[Section] = []
    heading: Span | None = None
    k = at
    for h in heads:
        sections.append(Section(heading, tuple(map(Span, starts[k:h], ends[k:h]))))
        if h < n:
            heading = Span(starts[h], ends[h])
        k = h + 1
    return tuple(sections)


# --------------------------------------------------------------------------- entry point


def split_sections(text: str) -> Layout:
    """Split an article into headline, byline, header, sections and trailer.

    >>> text = "Putin Speaks\\n\\nBy Jane Roe\\n\\nMOSCOW - He spoke.\\n\\n(Editing by Al Poe)"
    >>> layout = split_sections(text)
    >>> layout.headline.of(text), layout.byline.of(text), layout.lead.of(text)
    ('Putin Speaks', 'By Jane Roe', 'MOSCOW - He spoke.')
    >>> layout.trailer.of(text), layout.trailer_rules
    ('(Editing by Al Poe)', ('credit-line',))

    Every span is an exact slice of ``text`` without white space, zero-width or
    wire control characters at either end.  Never raises for a ``str``;
    raises :class:`TypeError` for anything else.
    """
    check_text(text)
    lines = _lines(text)
    paras, style = _paragraphs(text, lines)
    deck = _split_head(text, lines, paras)
    headline = _headline(text, paras)
    at = 0 if headline is None else 1
    byline, header, at = _header(text, paras, at, deck and headline is not None)
    parts = _trailer(text, paras, lines, at)
    trailer = Span(parts[0][0], parts[-1][1]) if parts else None
    return Layout(
        headline=headline,
        byline=byline,
        header=tuple(header),
        sections=_sections(text, paras, at),
        trailer=trailer,
        trailer_parts=tuple(Span(s, e) for s, e, _ in parts),
        trailer_rules=tuple(rule for _, _, rule in parts),
        style=style,
    )
