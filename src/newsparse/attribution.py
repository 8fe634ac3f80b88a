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
import operator
import re
import sys
from collections.abc import Callable, Iterator, Sequence
from typing import Any, Literal, NamedTuple

import attrs
import regex

from newsparse.checks import check_dateline, check_layout, check_quotes
from newsparse.errors import check_text
from newsparse.lexicon.cues import (
    ADDRESSEE_CUES,
    ADVERB_OPENERS,
    AUX_AFTER_TIME,
    BARE_TIME_WORDS,
    CLAUSE_SKIP_WORDS,
    CUE_ADVERBS,
    FINDING_SUBJECTS,
    FINITE_VERBS,
    HEADLINE_LABELS,
    MULTIWORD_CUES,
    NOT_CLAUSE_OPENERS,
    NOUN_CUE_ADJECTIVES,
    NOUN_CUE_FORMS,
    OBJECT_VERBS,
    PARTICIPIAL_PREFIXES,
    PHRASE_STOPS,
    QUESTION_FRAMES,
    REPORTING_NOUNS,
    SENTENCE_ADVERBS,
    SENTENCE_OPENERS,
    SPEECH_VERBS,
    TAIL_OPENERS,
    TIME_PERIODS,
    TIME_WORDS,
    VERB_ONLY_FORMS,
)
from newsparse.lexicon.months import MONTHS
from newsparse.lexicon.pronouns import (
    AGREES_WITH,
    GENDERED_NOUNS,
    PLURAL_NOUNS,
    RELATIVE_PRONOUNS,
    SPEAKER_PRONOUNS,
)
from newsparse.lexicon.titles import (
    ANONYMOUS_NOUNS,
    DETERMINERS,
    HEAD_OF_STATE,
    HONORIFICS,
    NAME_CONNECTORS,
    NAME_STOPWORDS,
    NARRATIVE_KINDS,
    ORGANISATION_NOUNS,
    ROLE_NOUNS,
    SPEAKER_COMPLEMENTS,
    SPEAKER_HEADS,
    TITLES,
)
from newsparse.records import Attribution, Cue, Dateline, Layout, Mention, Quote
from newsparse.sentences import NEWS_ABBREVIATIONS, sentence_bounds
from newsparse.spans import Span

__all__ = ["attribute"]

# --------------------------------------------------------------------------- lexicon views

#: written form (lower case) -> (lemma, patterns)
_FORMS: dict[str, tuple[str, frozenset[str]]] = {}
for _lemma, (_forms, _patterns) in SPEECH_VERBS.items():
    for _form in _forms:
        _FORMS[_form] = (_lemma, _patterns)
_FORMS.update(MULTIWORD_CUES)

_FIRST_WORDS = frozenset(f.split()[0] for f in _FORMS)

#: Letter runs, to find the paragraphs that hold a cue word at all.
_LETTERS = re.compile(r"[A-Za-z]+")


def _trie_pattern(words: frozenset[str]) -> str:
    """One alternation for ``words`` with shared prefixes factored out, so the
    search tries each letter once instead of each word."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def walk(node: dict[str, Any]) -> str:
        ends = "" in node
        alts = [re.escape(ch) + walk(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return "(?:" + body + ")?" if ends else body

    return walk(trie)


#: A whole lower-case letter run that may open a cue.
_CUE_WORD = re.compile(r"(?<![a-z])" + _trie_pattern(_FIRST_WORDS) + r"(?![a-z])")
#: Characters whose lower case holds an ASCII letter (KELVIN SIGN, DOTTED
#: CAPITAL I): with them, lower-casing would change the letter runs.
_LOWER_TO_ASCII = re.compile("[\u212a\u0130]")


def _has_cue_word(text: str, start: int, end: int) -> bool:
    """True when some word in ``text[start:end]`` may open a cue."""
    chunk = text[start:end]
    if _LOWER_TO_ASCII.search(chunk) is None:
        return _CUE_WORD.search(chunk.lower()) is not None
    return not _FIRST_WORDS.isdisjoint(map(str.lower, set(_LETTERS.findall(chunk))))


_MULTI_BY_FIRST: dict[str, tuple[tuple[str, ...], ...]] = {}
for _form in sorted(MULTIWORD_CUES, key=len, reverse=True):
    _words = tuple(_form.split())
    _MULTI_BY_FIRST[_words[0]] = (*_MULTI_BY_FIRST.get(_words[0], ()), _words)


_NAME_ABBREV = frozenset(NEWS_ABBREVIATIONS) | {h.rstrip(".") for h in HONORIFICS}
_DASHES = frozenset("—–―-")
_CLOSE_MARKS = frozenset("\"”»’'")
#: Two apostrophes or two backticks: a double mark in archive copy, read as ``"``.
_DOUBLED = frozenset({"''", "``"})
_ANY_MARKS = frozenset('"“”«»„')
_CLOSING_PUNCT = frozenset(",.?!…—–-:;")
_OPEN_MARKS = frozenset('"“‘«„')

# --------------------------------------------------------------------------- tokens


class _Tok(NamedTuple):
    start: int
    end: int
    low: str
    word: bool
    cap: bool
    #: The cue whose first word this token is (see :func:`_find_cue`), set once
    #: when the tokens are made, so that every rule reads it without a lookup.
    cue: _CueHit | None = None


_TOKEN = regex.compile(r"[\p{L}\p{N}](?:[\p{L}\p{N}'’\-/&]|\.(?=\p{L}))*+|[^\s\p{L}\p{N}]")
#: The same tokens, each with the white space before it: the pieces tile the
#: text, so their offsets are running sums of their lengths (no match objects).
#: Written for ``re``, which is faster here: ``[^\W_]`` is a letter or digit
#: (``str.isalnum``), and white space is ``regex``'s ``\s`` (``re`` also counts
#: U+001C..U+001F as space).  ``\Z`` takes the white space at the end in one
#: piece with an empty token, so a long blank tail is not rescanned.  Inside a
#: word, runs of letters and digits and runs of joiners go in one step each
#: (the same tokens as one character a step, fewer steps of the engine).
#: Python 3.10's ``re`` has no possessive quantifiers; there they are greedy, which
#: matches the same pieces (nothing after a quantifier can fail, so it never backtracks).
_P = "+" if sys.version_info >= (3, 11) else ""
#: Joiners inside a word (don't, AT&T, rock'n'roll, farmers'), but never two
#: apostrophes: ``''`` is a double quotation mark (the New York Times archive), a
#: token of its own that reads as ``"``.
_JOIN = rf"(?:['’/&-](?!'))+{_P}"
_GAP_TOKEN = re.compile(
    rf"([^\S\x1c-\x1f]*{_P})"
    rf"([^\W_](?:[^\W_]+{_P}|{_JOIN}|\.(?=[^\W\d_]))*{_P}|''|``|[^\w\s]|[_\x1c-\x1f]|\Z)"
)
#: The same pieces as one string each (white space and token together).
_PIECE = re.compile(
    rf"[^\S\x1c-\x1f]*{_P}"
    rf"(?:[^\W_](?:[^\W_]+{_P}|{_JOIN}|\.(?=[^\W\d_]))*{_P}|''|``|[^\w\s]|[_\x1c-\x1f]|\Z)"
)
#: Tokens that ``str.lstrip`` would take for white space (U+001C..U+001F).
_SPACE_TOKENS = re.compile(r"[\x1c-\x1f]")
_FIRST_CHAR = operator.itemgetter(0)
_START = operator.itemgetter(0)  # of a _Tok
_LOW_OF = operator.itemgetter(2)  # of a _Tok: its lower case
_CUE_OF = operator.itemgetter(5)  # of a _Tok: its cue


def _tokens(text: str, lo: int, hi: int) -> list[_Tok]:
    """Words and marks of ``text[lo:hi]``; an abbreviation keeps its period
    ("Gov.", "J."), and each token knows the cue it opens."""
    return _tokenize(text, lo, hi)[0]


def _tokenize(text: str, lo: int, hi: int) -> tuple[list[_Tok], list[int], list[int]]:
    """:func:`_tokens`, with the start of each token and the indexes of the
    tokens that open a cue, as they come out of the making."""
    if _SPACE_TOKENS.search(text, lo, hi) is None:
        # each piece is white space then a token: the token is the piece
        # without its leading space, and ends where the running sum says
        pieces = _PIECE.findall(text, lo, hi)
        while pieces and not pieces[-1].strip():
            pieces.pop()  # the blank tail
        strs = list(map(str.lstrip, pieces))
        ends = list(itertools.islice(itertools.accumulate(map(len, pieces), initial=lo), 1, None))
        starts = list(map(operator.sub, ends, map(len, strs)))
    else:
        pairs = _GAP_TOKEN.findall(text, lo, hi)
        while pairs and not pairs[-1][1]:
            pairs.pop()  # the blank tail
        strs = [t for _, t in pairs]
        bounds = list(
            itertools.accumulate(map(len, itertools.chain.from_iterable(pairs)), initial=lo)
        )
        starts = bounds[1::2]
        ends = bounds[2::2]
    if not strs:
        return [], [], []
    firsts = list(map(_FIRST_CHAR, strs))
    words = list(map(str.isalnum, firsts))
    caps = list(map(operator.and_, words, map(str.isupper, firsts)))
    lows = list(map(str.lower, strs))
    if "''" in lows or "``" in lows:
        lows = ['"' if low in _DOUBLED else low for low in lows]
    if "." in lows:
        # the period of an abbreviation or an initial belongs to its word
        gone: set[int] = set()
        for i in itertools.compress(range(len(strs)), map(".".__eq__, strs)):
            p = i - 1
            while p in gone:
                p -= 1
            if (
                p >= 0
                and words[p]
                and ends[p] == starts[i]
                and (lows[p] in _NAME_ABBREV or (len(lows[p]) == 1 and firsts[p].isupper()))
            ):
                ends[p] = ends[i]
                lows[p] += "."
                gone.add(i)
        if gone:
            keep = [True] * len(strs)
            for i in gone:
                keep[i] = False
            starts = list(itertools.compress(starts, keep))
            ends = list(itertools.compress(ends, keep))
            lows = list(itertools.compress(lows, keep))
            words = list(itertools.compress(words, keep))
            caps = list(itertools.compress(caps, keep))
    # tuple.__new__ directly: the same records without a Python call per token
    fields = zip(starts, ends, lows, words, caps, itertools.repeat(None))
    toks: list[_Tok] = list(map(tuple.__new__, itertools.repeat(_Tok), fields))
    cue_idx: list[int] = []
    for i in itertools.compress(range(len(lows)), map(_FIRST_WORDS.__contains__, lows)):
        hit = _find_cue(toks, i)
        if hit is not None:
            t = toks[i]
            toks[i] = tuple.__new__(_Tok, (t[0], t[1], t[2], t[3], t[4], hit))
            cue_idx.append(i)
    return toks, starts, cue_idx


#: Endings that :func:`_bare` removes; a word without them is its own bare form.
_BARE_ENDS = ("'s", "’s", ".")


def _bare(low: str) -> str:
    """A word without a possessive ending or a final period."""
    for suffix in ("'s", "’s"):
        if low.endswith(suffix):
            low = low[: -len(suffix)]
    return low.rstrip(".")


# --------------------------------------------------------------------------- cue matching


class _CueHit(NamedTuple):
    start: int  # token index of the first word
    end: int  # token index after the last word
    lemma: str
    patterns: frozenset[str]


def _cue_at(toks: Sequence[_Tok], i: int) -> _CueHit | None:
    """The cue whose first word is token ``i`` (found when the tokens were made)."""
    return toks[i].cue if i < len(toks) else None


def _find_cue(toks: Sequence[_Tok], i: int) -> _CueHit | None:
    """The cue whose first word is token ``i``, longest multi-word form first."""
    if i >= len(toks) or not toks[i].word:
        return None
    low = toks[i].low
    if low not in _FIRST_WORDS:
        return None
    for words in _MULTI_BY_FIRST.get(low, ()):
        n = len(words)
        if i + n <= len(toks) and all(toks[i + k].low == words[k] for k in range(n)):
            lemma, patterns = MULTIWORD_CUES[" ".join(words)]
            return _CueHit(i, i + n, lemma, patterns)
    hit = _FORMS.get(low)
    if hit is None or " " in low:
        return None
    if toks[i].cap and i > 0 and toks[i - 1].word:
        return None  # "United States", "The Post": part of a name
    if low == "read" and not (
        i > 0 and (toks[i - 1].low in {"letter", "statement", "sign", ","} or not toks[i - 1].word)
    ):
        return None
    if i > 0 and not low.endswith(("ed", "ing")) and low not in VERB_ONLY_FORMS:
        prev = toks[i - 1]
        if (
            prev.low in DETERMINERS
            or prev.low.endswith(("'s", "’s"))
            or prev.low in NOUN_CUE_ADJECTIVES
            or (
                low in NOUN_CUE_FORMS
                and prev.word
                and not prev.cap
                and prev.low not in CUE_ADVERBS
                and prev.low not in SPEAKER_PRONOUNS
                and not (prev.low.endswith("s") and not prev.low.endswith("ss"))
            )
        ):
            return None  # "his remarks", "a controversial comment": a noun, not a cue
    return _CueHit(i, i + 1, hit[0], hit[1])


def _cue_covering(toks: Sequence[_Tok], c: int) -> _CueHit | None:
    """The cue that covers token ``c``, a multi-word one starting earlier first."""
    if c >= len(toks):
        return None
    for back in (3, 2, 1):
        if c - back >= 0:
            hit = toks[c - back].cue
            if hit is not None and hit.end > c:
                return hit
    return toks[c].cue


# --------------------------------------------------------------------------- mentions


class _Ment(NamedTuple):
    start: int  # character offsets of the mention
    end: int
    kind: str
    first: int  # token indices [first, last]
    last: int


def _is_name_word(tok: _Tok) -> bool:
    return tok.word and tok.cap and _bare(tok.low) not in NAME_STOPWORDS


def _mention_kind(text: str, toks: Sequence[_Tok], first: int, last: int) -> str:
    head = _bare(toks[last].low)
    if toks[last].cap and head not in TITLES and head not in ROLE_NOUNS:
        return "organisation" if head in ORGANISATION_NOUNS else "name"
    if head in ANONYMOUS_NOUNS and toks[first].low not in {"the", "this", "that"}:
        return "anonymous"
    if head in ORGANISATION_NOUNS:
        return "organisation"
    return "role"


def _np_back(text: str, toks: Sequence[_Tok], k: int, lo: int = 0) -> _Ment | None:
    """The noun phrase that ends at token ``k`` (a subject before its cue)."""
    if k < lo or not toks[k].word:
        return None
    tok = toks[k]
    low = tok.low
    base = _bare(low)
    if low in SPEAKER_PRONOUNS or base in {"he", "she", "they", "it", "we"}:
        end = tok.end if low in SPEAKER_PRONOUNS else tok.start + len(base)
        return _Ment(tok.start, end, "pronoun", k, k)
    if tok.cap and base not in NAME_STOPWORDS:
        j = k
        while j - 1 >= lo and j > k - 7:
            prev = toks[j - 1]
            if _is_name_word(prev) and toks[j - 1].end < toks[j].start:
                j -= 1
            elif (
                prev.low in NAME_CONNECTORS
                and j - 2 >= lo
                and _is_name_word(toks[j - 2])
                and toks[j].cap
            ):
                j -= 2
            else:
                break
        if j - 1 >= lo and toks[j - 1].low in {"the"}:
            j -= 1
        return _Ment(toks[j].start, tok.end, _mention_kind(text, toks, j, k), j, k)
    if low in PHRASE_STOPS or low in CUE_ADVERBS or low.endswith("ly") or low in DETERMINERS:
        return None
    # a common noun phrase: back to its determiner
    j = k
    while j - 1 >= lo and j > k - 5:
        prev = toks[j - 1]
        if not prev.word or prev.low in PHRASE_STOPS or prev.low in CUE_ADVERBS:
            break
        j -= 1
        if prev.low in DETERMINERS:
            break
        if prev.low.endswith(("'s", "’s")):
            if j - 1 >= lo and toks[j - 1].low in DETERMINERS:
                j -= 1
            break
    has_det = toks[j].low in DETERMINERS or toks[j].low.endswith(("'s", "’s"))
    plural_ok = base.endswith("s") and not base.endswith("ss")
    known = base in ANONYMOUS_NOUNS or base in ROLE_NOUNS or base in ORGANISATION_NOUNS
    if not has_det and not plural_ok and not known and not toks[j].cap:
        return None
    if has_det and j == k:
        return None
    return _Ment(toks[j].start, tok.end, _mention_kind(text, toks, j, k), j, k)


def _cap_follows(toks: Sequence[_Tok], k: int) -> bool:
    """True when a name word follows within three lower-case words
    ("Republican presidential front-runner Donald Trump")."""
    for j in range(k, min(len(toks), k + 4)):
        t = toks[j]
        if not t.word or t.low in PHRASE_STOPS or t.low in DETERMINERS:
            return False
        if t.cap:
            return _is_name_word(t)
    return False


def _np_forward(text: str, toks: Sequence[_Tok], i: int, *, strict: bool = False) -> _Ment | None:
    """The noun phrase that starts at token ``i`` (a subject after an inverted cue)."""
    if i >= len(toks) or not toks[i].word:
        return None
    tok = toks[i]
    if tok.low in TIME_WORDS:
        return None  # '…, D-N.M., said Wednesday': when, not who
    if tok.low in SPEAKER_PRONOUNS and tok.low != "who":
        return _Ment(tok.start, tok.end, "pronoun", i, i)
    k = i
    if tok.low in DETERMINERS or tok.low.endswith(("'s", "’s")):
        k += 1
    while k < len(toks) and k < i + 7:
        t = toks[k]
        if not t.word or _cue_at(toks, k) is not None:
            break
        if t.low in NAME_CONNECTORS and k > i and toks[k - 1].cap:
            if k + 1 < len(toks) and _is_name_word(toks[k + 1]):
                k += 2
                continue
            if not t.cap:
                break  # "bin" without the name it joins
            # a capitalised last word is the surname ("Chris Le", "Aaa Bin")
        if (
            t.low in PHRASE_STOPS or t.low in DETERMINERS or (t.low.endswith("ly") and not t.cap)
        ) and not (
            t.cap
            and k == i
            and k + 1 < len(toks)
            and _is_name_word(toks[k + 1])
            and toks[k + 1].low not in PHRASE_STOPS
        ):
            break  # but "Will Doyle", "May Lee": a capitalised first name
        if (
            not t.cap
            and k > i
            and toks[k - 1].cap
            and toks[k - 1].low not in DETERMINERS
            and toks[i].cap
            and (strict or not _cap_follows(toks, k))
        ):
            break  # "Fox News channel": the name ends where lower case starts
        k += 1
    last = k - 1
    if last < i or toks[last].low in DETERMINERS:
        return None
    return _Ment(toks[i].start, toks[last].end, _mention_kind(text, toks, i, last), i, last)


def _skip_paren(toks: Sequence[_Tok], k: int, lo: int) -> int:
    """Token index before a parenthesis that ends at ``k`` ("McCaskill (D-Mo.)")."""
    if k >= lo and toks[k].low == ")":
        j = k - 1
        while j >= lo and j > k - 8 and toks[j].low != "(":
            j -= 1
        if j > lo and toks[j].low == "(":
            return j - 1
    return k


def _time_before(toks: Sequence[_Tok], k: int, lo: int) -> int:
    """The token before a time phrase that ends at token ``k`` (``k`` when there
    is none): "in the past", "two weeks ago", "a month later", "in April" (A-4)."""
    if k < lo or not toks[k].word:
        return k
    low = toks[k].low
    if low == "past" and k - 2 >= lo and toks[k - 1].low == "the" and toks[k - 2].low == "in":
        return k - 3
    if low in {"ago", "later", "earlier"} and k - 1 >= lo:
        j = k - 1
        if toks[j].low.rstrip("s") in TIME_PERIODS or toks[j].low in {"days", "hours"}:
            j -= 1
            if j >= lo and (toks[j].low in DETERMINERS or toks[j].low.isdigit()):
                return j - 1
    if (
        (low in TIME_WORDS or (toks[k].cap and low.rstrip(".") in MONTHS))
        and k - 1 >= lo
        and toks[k - 1].low in {"in", "on", "since", "last", "this", "until"}
    ):
        return k - 2
    if (
        low in BARE_TIME_WORDS
        and not toks[k].cap
        and k - 1 >= lo
        and toks[k - 1].word
        and not toks[k - 1].low.endswith("ed")
    ):
        return k - 1  # "Acme today announced" (not "USA TODAY", "a poll released today")
    return k


def _subject_before(text: str, toks: Sequence[_Tok], c: int, lo: int = 0) -> _Ment | None:
    """The subject of the cue at token ``c``: skips adverbs, appositives and asides."""
    k = c - 1
    while True:
        while (
            k >= lo
            and toks[k].word
            and (toks[k].low in CUE_ADVERBS or toks[k].low in SENTENCE_ADVERBS)
            and toks[k].low != "who"
        ):
            k -= 1
        t = _time_before(toks, k, lo)
        if t == k:
            break
        k = t  # "who has in the past described", "X two weeks ago said"
    if k < lo:
        return None
    k = _skip_paren(toks, k, lo)
    if toks[k].low == "," and k - 1 >= lo and toks[k - 1].low == ")":
        k = _skip_paren(toks, k - 1, lo)  # "Gov. John Kasich (R-OH), said"
    if (
        k - 2 >= lo
        and toks[k - 1].low in {"in", "on", "last", "this", "early", "late"}
        and (toks[k].low.isdigit() or toks[k].low in CLAUSE_SKIP_WORDS)
    ):
        k -= 2  # "who in 2010 said", "Trump on Monday said"
    if toks[k].low == "and" and k - 2 >= lo and toks[k - 1].word:
        # "I laughed and said", "Lazar said he welcomed it and added": the
        # subject of the first verb of the sentence
        if _verb_like(toks[k - 1]) or toks[k - 1].cue is not None:
            return _subject_before(text, toks, k - 1, lo)  # "she laughed and said"
        return _sentence_subject(text, toks, lo, k) or _np_back(text, toks, k - 2, lo)
    if (
        toks[k].low == ","
        and k - 2 >= lo
        and toks[k - 2].low == ","
        and toks[k - 1].word
        and (toks[k - 1].low.endswith("ly") or toks[k - 1].low in SENTENCE_ADVERBS)
    ):
        k -= 3  # "Putin, however, said"
    if k < lo:
        return None
    if toks[k].low == ",":
        # "Hugh Hill, a doctor, said": the name before the appositive
        j = k - 1
        while j >= lo and j > k - 40 and toks[j].low != ",":
            j -= 1
        inner = _np_back(text, toks, k - 1, lo)
        if inner is not None and inner.kind == "name" and inner.first == j + 1:
            return inner  # "Sanders's campaign manager, Jeff Weaver, said"
        if j >= lo and toks[j].low == "," and j - 1 >= lo and toks[j + 1].low in RELATIVE_PRONOUNS:
            # "A spokesman for the ministry, who declined to be named, said"
            return _speaker_np(text, toks, j - 1, lo)
        if j >= lo and toks[j].low == "," and j - 1 >= lo:
            j = _skip_paren(toks, j - 1, lo) + 1
            name = _np_back(text, toks, j - 1, lo)
            if name is not None and name.kind in {"name", "pronoun"}:
                return name
        return None
    return _speaker_np(text, toks, k, lo)


def _speaker_np(text: str, toks: Sequence[_Tok], k: int, lo: int) -> _Ment | None:
    """The speaker phrase ending at token ``k``, with the complement of a
    speaker head ("a spokesman for the ministry", "a source close to him")."""
    found = _np_back(text, toks, k, lo)
    if found is not None:
        p = found.first - 1
        if p - 1 >= lo and toks[p].low in SPEAKER_COMPLEMENTS:
            # "a spokesman for the ministry said": the head before the complement
            for j in range(p - 1, max(lo - 1, p - 4), -1):
                if not toks[j].word or toks[j].low in PHRASE_STOPS:
                    break
                if _bare(toks[j].low) in SPEAKER_HEADS:
                    start = j - 1 if j - 1 >= lo and toks[j - 1].low in DETERMINERS else j
                    kind = _mention_kind(text, toks, start, j)
                    return _Ment(toks[start].start, toks[k].end, kind, start, k)
        return found
    if toks[k].word and toks[k].low not in PHRASE_STOPS:
        # "a source close to him said", "a spokesman for the campaign said"
        for j in range(k - 1, max(lo - 1, k - 7), -1):
            if not toks[j].word:
                break
            if _bare(toks[j].low) in SPEAKER_HEADS:
                start = j - 1 if j - 1 >= lo and toks[j - 1].low in DETERMINERS else j
                kind = _mention_kind(text, toks, start, j)
                return _Ment(toks[start].start, toks[k].end, kind, start, k)
    return None


# --------------------------------------------------------------------------- entities


class _Entity(NamedTuple):
    name: Span
    roles: frozenset[str]
    gender: str


_CAP_RUN = regex.compile(
    r"(?<![\p{L}\p{N}])\p{Lu}[\p{L}'’\-]*+\.?"
    r"(?:[^\S\n]{1,3}(?:(?:of|de|van|von|bin|al|la|le|da|du|del)[^\S\n]{1,3})?"
    r"\p{Lu}[\p{L}'’\-]*+\.?){0,7}"
)


_NONSPACE = regex.compile(r"\S+")

#: How many earlier speakers a pronoun or role noun may reach back to.
_LOOKBACK = 40


def _strip_title(words: list[tuple[int, int, str]]) -> tuple[int, list[str]]:
    """Index of the first name word after titles, and the lower-case titles seen."""
    titles: list[str] = []
    # "Russian", "Chinese", "British" before a title ("Russian President
    # Vladimir Putin") is part of the title; a first name that happens to end
    # the same way ("Jan de Vries", "Susan Mary Hill") is not: such a word
    # counts only once a title follows it.
    adjectives: list[str] = []
    first = 0
    for idx, (_, _, w) in enumerate(words[:-1]):
        low = w.lower()
        if (
            low in TITLES
            or low in HONORIFICS
            or low.rstrip(".") in HONORIFICS
            or low.rstrip(".") in NAME_STOPWORDS
        ):
            titles.extend(adjectives)
            adjectives.clear()
            titles.append(low)
            first = idx + 1
        elif low.endswith(("an", "ese", "ish")) and idx + 1 < len(words) - 1:
            adjectives.append(low)
    return first, titles


class _Registry(NamedTuple):
    by_key: dict[str, _Entity]
    positions: list[int]
    keys: list[str]
    by_role: dict[str, list[str]]
    #: :func:`_name_key` of each mention's words, filled as mentions resolve
    name_keys: dict[str, tuple[str, str]]


#: What :func:`_registry` takes from one capitalised run, which depends on the
#: run's characters alone: ``None`` (no name), or the key, the name's offsets
#: in the run, its gender and roles from the titles, and its number of words
#: (0 for a one-word run, which has no titles and no position).
_RunInfo = tuple[str, int, int, str, frozenset[str], int] | None
_NO_ROLES: frozenset[str] = frozenset()
#: A run not read yet (``None`` is a reading: no name).
_UNREAD: _RunInfo = ("", 0, 0, "", _NO_ROLES, -1)


def _run_info(run: str) -> _RunInfo:
    """The part of :func:`_registry`'s reading of one run that depends on it alone."""
    if len(run.split()) == 1:
        # one word ("The", "Putin"): no titles, no position
        key = run.lower()
        if key.endswith(_BARE_ENDS):
            key = _bare(key)
        if key in NAME_STOPWORDS or key in TITLES:
            return None
        end = len(run)
        if run.endswith(("'s", "’s")):
            end -= 2
        if run.endswith("."):
            end -= 1
        return key, 0, end, "", _NO_ROLES, 0
    words = [(w.start(), w.end(), w.group()) for w in _NONSPACE.finditer(run)]
    first, titles = _strip_title(words)
    name_words = words[first:]
    if not name_words:
        return None
    last_word = name_words[-1][2]
    key = _bare(last_word.lower())
    if key in NAME_STOPWORDS or key in TITLES:
        return None
    end = name_words[-1][1]
    if last_word.endswith(("'s", "’s")):
        end -= 2
    if last_word.endswith("."):
        end -= 1
    gender = ""
    for t in titles:
        gender = gender or HONORIFICS.get(t, "")
    roles = frozenset(t.rstrip(".") for t in titles)
    return key, name_words[0][0], end, gender, roles, len(name_words)


_SET_START = Span.__dict__["start"].__set__
_SET_END = Span.__dict__["end"].__set__
_NEW = object.__new__


def _span(start: int, end: int) -> Span:
    """``Span(start, end)`` for offsets known to be valid (``0 <= start <=
    end``), without attrs' validators: the same record, made for each name of
    the registry."""
    span: Span = _NEW(Span)
    _SET_START(span, start)
    _SET_END(span, end)
    return span


#: An appositive after a name: "Pieter de Vries, the union chairman," or
#: "Hugh Hill, a doctor." (A-3): its words, the head noun last.
_APPOSITIVE = regex.compile(
    r",[ \t]++(?:the|a|an)[ \t]++((?:[\p{L}'’.-]++[ \t]++){0,4}?\p{Ll}[\p{Ll}-]*+)"
    r"(?=[ \t]*+[,.;]|[ \t]++(?:of|for|at|in|on|to|with|who)\b)"
)


def _appositive_roles(text: str, end: int) -> frozenset[str]:
    """The role an appositive right after a name at ``end`` gives it: its head
    noun, when the lexicon knows it as a title or a role ("the union chairman",
    "a doctor").  The words before the head stay out: "Josh Earnest, the White
    House press secretary" is no "White House"."""
    m = _APPOSITIVE.match(text, end)
    if m is None:
        return _NO_ROLES
    head = _bare(m.group(1).rsplit(None, 1)[-1].lower())
    if head not in TITLES and head not in ROLE_NOUNS:
        return _NO_ROLES
    return frozenset({head})


def _name_runs(text: str) -> Iterator[tuple[int, str]]:
    """The capitalised runs of the text with their offsets, each cut after a
    word that ends a sentence ("the Urban League. Scott said" is two runs); a
    period after an initial or an abbreviation ("George W. Bush", "Sen. Rand
    Paul", "U.S. Rep.") stays inside."""
    for m in _CAP_RUN.finditer(text):
        run = m.group()
        at = m.start()
        if ". " not in run and ".\t" not in run:
            yield at, run
            continue
        piece = 0
        for w in _NONSPACE.finditer(run):
            word = w.group()
            if w.end() == len(run) or not word.endswith("."):
                continue
            stem = word[:-1]
            if len(stem) > 1 and "." not in stem and stem.lower() not in _NAME_ABBREV:
                yield at + piece, run[piece : w.end()]
                nxt = _NONSPACE.search(run, w.end())
                piece = nxt.start() if nxt is not None else len(run)
        if piece < len(run):
            yield at + piece, run[piece:]


def _registry(text: str) -> _Registry:
    """Every multi-word name in the text, keyed by its last word, with the titles seen."""
    by_key: dict[str, _Entity] = {}
    positions: list[int] = []
    keys: list[str] = []
    # names repeat within an article: each distinct run is read once (kept
    # for this text only, so nothing grows across texts)
    cache: dict[str, _RunInfo] = {}
    for at, run in _name_runs(text):
        info = cache.get(run, _UNREAD)
        if info is _UNREAD:
            info = cache[run] = _run_info(run)
        if info is None:
            continue
        key, a, b, gender, roles, n_words = info
        if text.startswith(",", at + len(run)):
            roles = roles | _appositive_roles(text, at + len(run))
        if not n_words:
            # a one-word run names an entity only when no run before has used its key
            old_one = by_key.get(key)
            if old_one is None:
                by_key[key] = _Entity(_span(at, at + b), roles, gender)
            elif roles:
                by_key[key] = old_one._replace(roles=old_one.roles | roles)
            continue
        span = _span(at + a, at + b)
        old = by_key.get(key)
        if n_words >= 2:
            positions.append(span.start)
            keys.append(key)
        if old is None:
            by_key[key] = _Entity(span, roles, gender)
        else:
            better = n_words > len(old.name.of(text).split())
            by_key[key] = _Entity(
                span if better else old.name, old.roles | roles, old.gender or gender
            )
    by_role: dict[str, list[str]] = {}
    for key, ent in by_key.items():
        for role in ent.roles | ({"leader"} if ent.roles & HEAD_OF_STATE else set()):
            by_role.setdefault(role, []).append(key)
    return _Registry(by_key, positions, keys, by_role, {})


# --------------------------------------------------------------------------- resolution


class _Spoken(NamedTuple):
    """One resolved attribution, kept for pronouns and continuations."""

    pos: int
    speaker: Mention
    cue: Cue | None
    key: str
    gender: str
    rule: str = ""
    #: A quote that asks ("…?" or the cue "asked"): the next unattributed quote
    #: in a new paragraph answers it (Q-3 dialogue).
    question: bool = False


def _name_key(text: str, mention: Span) -> tuple[str, str]:
    words = [
        (w.start(), w.end(), w.group())
        for w in _NONSPACE.finditer(text, mention.start, mention.end)
    ]
    if not words:
        return "", ""
    _, titles = _strip_title(words)
    gender = ""
    for t in titles:
        gender = gender or HONORIFICS.get(t, "")
    return _bare(words[-1][2].lower()), gender


#: Characters that may stand right before the first word of a sentence.
_SENTENCE_BEFORE = frozenset(".!?\n\"“”'‘’:;—–(")
_LOOK_BACK = 40
_LINE_BREAKS = frozenset("\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")


def _common_kind(text: str, span: Span, kind: str) -> str:
    """The kind of a one-word capitalised mention that the article never gives
    a fuller name: a speaker noun of the lexicon ("Officials", "Police") or a
    plural common noun opening the sentence ("Economists said") is no name."""
    low = _bare(text[span.start : span.end].lower())
    if low in ANONYMOUS_NOUNS:
        return "anonymous"
    if low in ORGANISATION_NOUNS:
        return "organisation"
    if low in ROLE_NOUNS:
        return "role"
    # what stands before the blanks in front of the mention: a sentence end, a
    # line break or the start of the text (a bounded look, so that LF and CRLF
    # copy read the same)
    window = text[max(0, span.start - _LOOK_BACK) : span.start]
    before = window.rstrip()
    opens = (
        not before
        or before[-1] in _SENTENCE_BEFORE
        or any(c in _LINE_BREAKS for c in window[len(before) :])
    )
    if low.endswith("s") and not low.endswith(("ss", "us", "is", "'s", "’s")) and opens:
        return "role"
    return kind


def _agreement(text: str, span: Span, kind: str, gender: str) -> str:
    """What a pronoun must agree with to stand for this mention (see
    ``lexicon.pronouns.AGREES_WITH``): ``m``/``f``, ``""`` (a person of unknown
    gender), ``p`` (a group) or ``n`` (an organisation)."""
    if kind == "organisation":
        return "n"
    if kind in {"role", "anonymous"}:
        head = _bare(text[span.start : span.end].rsplit(None, 1)[-1].lower())
        if head in PLURAL_NOUNS or (head.endswith("s") and not head.endswith("ss")):
            return "p"
        return GENDERED_NOUNS.get(head, gender)
    return gender


def _role_ahead(text: str, span: Span, reg: _Registry) -> tuple[str, _Entity] | None:
    """The first entity named after ``span`` whose titles hold the role the
    words of ``span`` name ("Governor" → "Governor Ann Mills" in the body)."""
    words = [_bare(w) for w in span.of(text).lower().split()]
    if not words:
        return None
    head = words[-1]
    best: tuple[int, str] | None = None
    for key in reg.by_role.get(head, ()):
        ent = reg.by_key[key]
        if ent.name.start > span.end and (best is None or ent.name.start < best[0]):
            best = (ent.name.start, key)
    return None if best is None else (best[1], reg.by_key[best[1]])


def _resolve(
    text: str,
    ment: _Ment,
    reg: _Registry,
    history: Sequence[_Spoken],
    genders: dict[str, str] | None = None,
) -> tuple[Mention, str, str]:
    """The mention with its resolved name, the entity key and its agreement
    (:func:`_agreement`).  ``genders`` holds the gender learned so far for each
    entity key (from honorifics and resolved pronouns); it grows as pronouns
    resolve."""
    learned: dict[str, str] = {} if genders is None else genders
    span = Span(ment.start, ment.end)
    if ment.kind == "name" or (ment.kind == "organisation" and text[ment.start].isupper()):
        said = text[ment.start : ment.end]
        found = reg.name_keys.get(said)
        if found is None:
            found = reg.name_keys[said] = _name_key(text, span)
        key, gender = found
        ent = reg.by_key.get(key)
        kind = ment.kind
        one_word = " " not in span.of(text)
        if kind == "name" and one_word and (ent is None or " " not in ent.name.of(text)):
            # "Analysts said", "Economists said": a capitalised common noun, not a name
            kind = _common_kind(text, span, kind)
        gender = gender or (ent.gender if ent is not None else "") or learned.get(key, "")
        if gender in {"m", "f"} and key:
            learned.setdefault(key, gender)
        if kind != ment.kind and kind != "name":
            return Mention(span, kind, None), "", _agreement(text, span, kind, "")
        if ent is not None:
            return Mention(span, kind, ent.name), key, _agreement(text, span, kind, gender)
        words = span.of(text).split()
        first, _ = _strip_title([(0, 0, w) for w in words])
        offset = sum(len(w) for w in words[:first])
        name_start = span.start
        if first:
            name_start = text.index(words[first], span.start + offset)
        return (
            Mention(span, kind, Span(name_start, span.end)),
            key,
            _agreement(text, span, kind, gender),
        )
    low = span.of(text).lower()
    if ment.kind == "pronoun":
        cls = SPEAKER_PRONOUNS.get(low.split("'")[0].split("’")[0], "")
        agrees = AGREES_WITH.get(cls)
        for spoken in reversed(history[-_LOOKBACK:]):
            if spoken.pos > ment.start:
                continue
            agr = spoken.gender
            if agr not in {"p", "n"}:
                agr = learned.get(spoken.key, agr) if spoken.key else agr
            if agrees is not None and agr not in agrees:
                continue
            if cls in {"m", "f", "r"} and spoken.speaker.kind not in {"name", "role", "pronoun"}:
                continue
            if cls in {"m", "f"} and spoken.key:
                learned.setdefault(spoken.key, cls)
            return (
                Mention(span, "pronoun", spoken.speaker.name),
                spoken.key,
                cls if cls in {"m", "f"} else agr,
            )
        if cls in {"m", "f", "r"}:
            # no speaker yet: the nearest full name before that agrees
            idx = bisect.bisect_left(reg.positions, ment.start) - 1
            stop = idx - _LOOKBACK
            while idx >= 0 and idx > stop:
                key = reg.keys[idx]
                ent = reg.by_key[key]
                if agrees is None or (learned.get(key) or ent.gender) in agrees:
                    if cls in {"m", "f"}:
                        learned.setdefault(key, cls)
                    return Mention(span, "pronoun", ent.name), key, cls
                idx -= 1
        return Mention(span, "pronoun", None), "", cls
    if ment.kind in {"role", "organisation"}:
        words = [_bare(w) for w in low.split()]
        head = words[-1] if words else ""
        mods = {w for w in words[:-1] if w not in DETERMINERS}

        def fits(ent: _Entity) -> bool:
            roles = ent.roles
            if head in roles or (head == "leader" and roles & HEAD_OF_STATE):
                return not mods or bool(mods & roles) or not (mods - {"former", "new"})
            return False

        for spoken in reversed(history[-_LOOKBACK:]):
            ent = reg.by_key.get(spoken.key)
            if spoken.pos <= ment.start and ent is not None and fits(ent):
                return (
                    Mention(span, ment.kind, ent.name),
                    spoken.key,
                    _agreement(text, span, ment.kind, ent.gender),
                )
        best: tuple[int, str] | None = None
        for key in reg.by_role.get("leader" if head == "leader" else head, ())[:_LOOKBACK]:
            ent = reg.by_key[key]
            if (
                fits(ent)
                and ent.name.start < ment.start
                and (best is None or ent.name.start > best[0])
            ):
                best = (ent.name.start, key)
        if best is not None:
            ent = reg.by_key[best[1]]
            return (
                Mention(span, ment.kind, ent.name),
                best[1],
                _agreement(text, span, ment.kind, ent.gender),
            )
    return Mention(span, ment.kind, None), "", _agreement(text, span, ment.kind, "")


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
    """Attribution right after a quote: ``"Q," X said`` / ``"Q," said X`` / ``"Q" — X``."""
    end = len(toks) if limit is None else min(limit, len(toks))
    if i >= end:
        return None
    if i > 0 and toks[i].word and not closed:
        return None
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
    if hit is not None and "inverted" in hit.patterns:
        ment = _np_forward(text, toks, hit.end)
        if ment is not None:
            return ment, hit, "quote-cue-speaker", ment.last + 1
        return None
    # "X said": the first cue within a few words, whose subject starts right here
    for j in range(i + 1, min(end, i + 30)):
        low = toks[j].low
        if low in {"!", "?", ";"} or low in _OPEN_MARKS or (low == "." and _ends_here(toks, j)):
            return None
        hit = _cue_covering(toks, j)
        if hit is None and generic and closed and _verb_like(toks[j]) and j > i:
            # '"…," Trump assured Jones': an unlisted verb right after a name
            subj = _subject_before(text, toks, j, i)
            if subj is not None and subj.first == i and subj.kind != "organisation":
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
        subj = _subject_before(text, toks, hit.start, i)
        if subj is None:
            return None
        if subj.first != i:
            if (
                subj.kind == "pronoun"
                or subj.first - i > 6
                or any(not t.word or t.low.endswith("ing") for t in toks[i : subj.first])
            ):
                return None
            subj = subj._replace(start=toks[i].start, first=i)
        return subj, hit, "quote-speaker-cue", hit.end
    return None


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


def _verb_like(tok: _Tok) -> bool:
    """A lower-case word that may be a past or present verb ("assured", "insists")."""
    low = tok.low
    return (
        tok.word
        and not tok.cap
        and low not in PHRASE_STOPS
        and low not in CUE_ADVERBS
        and low.endswith(("ed", "es", "ts", "ds", "ns", "ks", "ps", "ms"))
    )


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
    # question frames: "asked about allegations that “…”"
    for j in range(k, max(lo - 1, k - 3), -1):
        if _cue_at(toks, j) is not None:
            break
        if _bare(toks[j].low) in QUESTION_FRAMES:
            return None, None, "question-frame"
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
        if hit.start == lo and "inverted" in hit.patterns and hit.end <= k:
            # 'Said Comey, "…"'
            ment = _np_forward(text, toks, hit.end)
            if ment is not None:
                return ment, hit, "cue-speaker-quote"
        if hit.end <= k and not _short_tail(toks, hit, k, tail_punct):
            break
        if _is_participle(toks, hit, lo):
            # "the ad then cuts to supporters saying “…”", "sent an email saying
            # “…”" (A-10, A-12): the subject of the main clause speaks
            return None, hit, "participle-quote"
        subj = _subject_before(text, toks, c, lo)
        if subj is not None:
            return subj, hit, "speaker-cue-quote"
        return None, hit, "participle-quote"
    if colon:
        hit = _CueHit(k + 1, k + 2, ":", frozenset({"quote"}))
        ment = _np_back(text, toks, k, lo)
        if ment is not None and ment.first <= lo + 2:
            return ment, hit, "speaker-colon-quote"
        # "President Obama is rolling out a new message: “…”"
        ment = _sentence_subject(text, toks, lo, k)
        if ment is not None:
            return ment, hit, "subject-colon-quote"
    return None


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
    if not toks[p].word or toks[p].cap or prev in SPEAKER_PRONOUNS:
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
    first = toks[hit.end].low
    if hit.lemma in ADDRESSEE_CUES or hit.lemma == "ask":
        return True
    return first in TAIL_OPENERS or first in CLAUSE_SKIP_WORDS


def _governing(
    text: str, toks: Sequence[_Tok], lo: int, hi: int
) -> tuple[_Ment | None, _CueHit, str] | None:
    """For a quote inside a sentence: the cue that governs it and the speaker.

    The speaker is the subject of the first cue of the main clause (PolNeAR
    marks the outer attribution: "Lynch said she recalled …"); the cue is a
    participle nearer the quote when there is one ("…, arguing that …").
    """
    start = _main_clause(toks, lo, hi)
    for c in range(lo, start):
        hit = _cue_at(toks, c)
        if hit is not None and hit.lemma == "according to":
            # "According to the Russian leader, Russia has to “…”"
            return _np_forward(text, toks, hit.end), hit, "according-to-partial"
    found: tuple[_Ment | None, _CueHit, str] | None = None
    fallback: tuple[_Ment | None, _CueHit, str] | None = None
    c = start
    while c < hi:
        hit = _cue_at(toks, c)
        if hit is None or hit.end > hi:
            c += 1
            continue
        if hit.lemma == "according to" and found is None:
            return _np_forward(text, toks, hit.end), hit, "according-to-partial"
        participle = toks[c].low.endswith("ing") and (
            toks[c - 1].low == ","
            or toks[c - 1].low in PARTICIPIAL_PREFIXES
            or _after_report_noun(toks, c, start)
        )
        if participle and found is None:
            agent = _with_agent(text, toks, c, start)
            if agent is not None:
                found = (agent, hit, "governing-cue-partial")
                c = hit.end
                continue
        if found is not None:
            if participle or (toks[c - 1].low == "and" and "partial" in hit.patterns):
                # "…, saying …", "… and called him “a feminist”": the nearer cue
                found = (found[0], hit, "governing-participle-partial")
            c = hit.end
            continue
        subj = None if participle else _subject_before(text, toks, c, start)
        if subj is not None:
            found = (subj, hit, "governing-cue-partial")
        elif fallback is None:
            fallback = (_sentence_subject(text, toks, lo, c), hit, "governing-cue-partial")
        c = hit.end
    return found or fallback


def _after_report_noun(toks: Sequence[_Tok], c: int, lo: int) -> bool:
    """True when the participle at ``c`` follows a reporting noun (A-8: "issued a
    statement Wednesday saying", "sent an email calling"): the statement is not
    the speaker; the subject of the sentence is."""
    k = c - 1
    while k >= lo and (toks[k].low in TIME_WORDS or toks[k].low in TIME_PERIODS):
        k -= 1
    return k >= lo and _bare(toks[k].low) in REPORTING_NOUNS


def _with_agent(text: str, toks: Sequence[_Tok], c: int, lo: int) -> _Ment | None:
    """ "…, with Lewandowski taking to Twitter to call …": the name before the participle."""
    agent = _np_back(text, toks, c - 1, lo) if c - 1 >= lo else None
    if agent is None or agent.kind not in {"name", "pronoun", "role"}:
        return None
    return agent if agent.first - 1 >= lo and toks[agent.first - 1].low == "with" else None


def _main_clause(toks: Sequence[_Tok], lo: int, hi: int) -> int:
    """Where the main clause starts: after an opening phrase such as "In a
    statement announcing the pick," or "Although the IMF did not …,"."""
    i = lo
    # a dateline before the lead's first words: "Washington (AFP) – Clinton …"
    for j in range(lo, min(hi, lo + 10)):
        if toks[j].low in {"—", "–", "―"} or (
            toks[j].low == "-" and j > lo and (toks[j - 1].low == ")" or toks[j - 1].low.isupper())
        ):
            i = j + 1
            break
    stop = min(hi, i + 40)
    while i < stop and (not toks[i].word or toks[i].low in {"but", "and", "so", "yet"}):
        i += 1
    first = toks[i] if i < stop else None
    if first is not None and (first.low in SENTENCE_OPENERS or first.low in ADVERB_OPENERS):
        # "Then he cut into Bush", "Likewise, a paper …": skip the adverb only
        i += 2 if i + 1 < hi and toks[i + 1].low == "," else 1
        first = toks[i] if i < hi else None
    for _ in range(3):  # "On Thursday, after remaining neutral …, Warren …"
        if (
            first is None
            or first.low in SPEAKER_PRONOUNS
            or first.low in DETERMINERS
            or not (
                first.low in PHRASE_STOPS
                or _bare(first.low) in NAME_STOPWORDS
                or first.low.endswith(("ly", "ing"))
                or not first.cap
            )
        ):
            break
        for j in range(i + 1, min(hi, i + 20)):
            if toks[j].low == ",":
                i = j + 1
                break
            if not toks[j].word and toks[j].low not in {"'", "’", "-", "."}:
                return i
        else:
            return i
        first = toks[i] if i < hi else None
    return i


def _sentence_subject(text: str, toks: Sequence[_Tok], lo: int, hi: int) -> _Ment | None:
    """The noun phrase opening the main clause ("Hillary Clinton spoke out …, arguing")."""
    i = _main_clause(toks, lo, hi)
    if i >= hi:
        return None
    low = toks[i].low
    if (
        (low in PHRASE_STOPS or (toks[i].cap and _bare(low) in NAME_STOPWORDS))
        and low not in SPEAKER_PRONOUNS
        and low not in DETERMINERS
    ):
        return None
    ment = _np_forward(text, toks, i)
    if ment is None or ment.last >= hi or ment.kind not in {"name", "pronoun", "role"}:
        return None
    last = toks[ment.last]
    if ment.last > ment.first + 1 and not last.cap and last.low.endswith("ed"):
        # "The town released a statement …": the verb is no part of the subject
        prev = ment.last - 1
        return ment._replace(end=toks[prev].end, last=prev)
    return ment


def _first_subject(text: str, toks: Sequence[_Tok], lo: int, hi: int) -> _Ment | None:
    """The subject of the main clause: the first cue in ``[lo, hi)`` with a subject."""
    for c in range(lo, hi):
        hit = _cue_at(toks, c)
        if hit is not None:
            subj = _subject_before(text, toks, c, lo)
            if subj is not None:
                return subj
    return None


# --------------------------------------------------------------------------- indirect speech


def _clause_end(text: str, toks: Sequence[_Tok], i: int, hi: int) -> tuple[int, int]:
    """Token index where a reported clause starting at ``i`` ends, and the end of a tail.

    The clause stops before ", adding …", ", according to X", ", X said", or
    ", X reported" at the end of the sentence.
    """
    hi = min(hi, i + 150)
    if i < hi and toks[i].low in _OPEN_MARKS:
        return hi, hi
    # only a comma or a semicolon can end the clause: jump between them
    for j in itertools.compress(
        range(i, hi), map(_CLAUSE_MARKS.__contains__, map(_LOW_OF, toks[i:hi]))
    ):
        low = toks[j].low
        if low == ";":
            break
        if j + 1 < hi:
            nxt = toks[j + 1].low
            if nxt == "according" and j + 2 < hi and toks[j + 2].low == "to":
                return j, hi
            hit = _cue_at(toks, j + 1)
            if hit is not None and toks[j + 1].low.endswith("ing"):
                return j, j
            post = _post_pattern(text, toks, j + 1)
            if post is not None and _sentence_rest_is_tail(toks, post[3], hi):
                return j, hi
    return hi, hi


#: The tokens where :func:`_clause_end` may stop.
_CLAUSE_MARKS = frozenset({",", ";"})


def _relay_after(text: str, toks: Sequence[_Tok], end: int, hi: int) -> _Ment | None:
    """A-6, A-9: the outlet named after a reported clause ("…, Mehr news Agency reported")."""
    if end + 1 >= hi or toks[end].low != ",":
        return None
    if toks[end + 1].low == "according" and end + 2 < hi and toks[end + 2].low == "to":
        return _np_forward(text, toks, end + 3)
    post = _post_pattern(text, toks, end + 1)
    if post is None or post[1].lemma not in {"report", "say"}:
        return None
    return post[0] if post[0].kind in {"name", "organisation"} else None


def _sentence_rest_is_tail(toks: Sequence[_Tok], j: int, hi: int) -> bool:
    """True when tokens ``[j, hi)`` are only an attribution tail (punctuation, a time, a place)."""
    n = 0
    for k in range(j, hi):
        if toks[k].low in {",", "."} and k + 1 < hi and _cue_at(toks, k + 1) is not None:
            return True
        if toks[k].word:
            n += 1
        if n > 30:
            return False
    return True


def _trim(text: str, start: int, end: int) -> Span | None:
    while start < end and (text[start].isspace() or text[start] in ",:;—–-"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",:;—–-."):
        end -= 1
    if end - start < 8:
        return None
    return Span(start, end)


def _has_finite_verb(toks: Sequence[_Tok], lo: int, hi: int) -> bool:
    """True when tokens ``[lo, hi)`` may hold a finite verb, so that they make a
    reported clause without "that" (A-4): an auxiliary, a past form, a word after
    a subject pronoun, or a present form after the first noun."""
    for k in range(lo, min(hi, lo + 25)):
        t = toks[k]
        if not t.word:
            continue
        low = t.low
        if low in FINITE_VERBS or low.endswith(("n't", "n’t")):
            return True
        if t.cap:
            continue
        if low.endswith("ed") and k > lo:
            return True
        if k > lo and toks[k - 1].low in SPEAKER_PRONOUNS:
            return True  # "she wants", "they plan"
        if k > lo + 1 and low.endswith("s") and not low.endswith("ss") and _verb_like(t):
            return True  # "the plan needs work"
    return False


def _chained(
    text: str, toks: Sequence[_Tok], lo: int, comma: int, relay: _Ment, hit: _CueHit
) -> _Cand | None:
    """A-6: "CLAUSE, X said, according to Y": X is the speaker and Y the relay;
    ``comma`` is the token before "according to"."""
    for j in range(comma - 1, max(lo, comma - 12), -1):
        if toks[j].low != ",":
            continue
        post = _post_pattern(text, toks, j + 1, limit=comma)
        if post is None or post[3] != comma:
            continue
        content = _trim(text, toks[lo].start, toks[j].start)
        if content is None or _quoted(text, content):
            return None
        ment, said, _, _ = post
        return _Cand(
            ment.start,
            ment,
            _cue_tuple(toks, said),
            "clause-speaker-cue",
            0.75,
            relay=relay,
            content=content,
        )
    return None


def _indirect(
    text: str,
    toks: Sequence[_Tok],
    lo: int,
    hi: int,
    blocked: Sequence[Span],
    starts: Sequence[int] | None = None,
    cue_idx: Sequence[int] | None = None,
    marks: tuple[Sequence[int], Sequence[int]] | None = None,
) -> list[_Cand]:
    """Reported speech in the sentence of tokens ``[lo, hi)``.  ``starts`` are
    the starts of ``blocked``, ``cue_idx`` the indexes of the tokens that open a
    cue, ``marks`` those of the commas and of "that" (each computed once per
    paragraph when given)."""
    out: list[_Cand] = []
    taken_to = lo

    blocked_starts = [b.start for b in blocked] if starts is None else starts

    def inside(pos: int) -> bool:
        idx = bisect.bisect_right(blocked_starts, pos) - 1
        return idx >= 0 and pos < blocked[idx].end

    # only the tokens that open a cue can start reported speech: jump between them
    if cue_idx is None:
        cue_toks: Sequence[int] = [k for k in range(lo, hi) if toks[k].cue is not None]
    else:
        cue_toks = cue_idx[bisect.bisect_left(cue_idx, lo) : bisect.bisect_left(cue_idx, hi)]
    # the commas in (lo, hi) and each "that" in [lo + 2, hi - 2)
    commas: Sequence[int]
    thats: Sequence[int]
    if marks is None:
        lows = list(map(_LOW_OF, toks[lo:hi]))
        commas = [k for k in range(lo + 1, hi) if lows[k - lo] == ","]
        thats = [k for k in range(lo + 2, hi - 2) if lows[k - lo] == "that"]
    else:
        comma_idx, that_idx = marks
        commas = comma_idx[
            bisect.bisect_left(comma_idx, lo + 1) : bisect.bisect_left(comma_idx, hi)
        ]
        thats = that_idx[
            bisect.bisect_left(that_idx, lo + 2) : bisect.bisect_left(that_idx, hi - 2)
        ]
    if not cue_toks and not commas and not thats:
        return out  # no cue to start from, no "that" for _verb_that, no comma for a tail
    c = lo
    while c < hi:
        nxt = bisect.bisect_left(cue_toks, c)
        if nxt == len(cue_toks):
            break
        c = cue_toks[nxt]
        hit = toks[c].cue
        if hit is None or inside(toks[c].start):
            c += 1
            continue
        if hit.lemma == "according to":
            ment = _np_forward(text, toks, hit.end)
            if ment is None:
                c = hit.end
                continue
            after = ment.last + 1
            if after < hi and toks[after].low in RELATIVE_PRONOUNS:
                # "According to a diplomat who asked not to be named, CLAUSE."
                for r in range(after + 1, min(hi, after + 25)):
                    if toks[r].low == ",":
                        after = r
                        break
            if c == lo or (c == lo + 1 and not toks[lo].word):
                # "According to X, CLAUSE."
                if after < hi and toks[after].low == ",":
                    end, _ = _clause_end(text, toks, after + 1, hi)
                    content = _trim(text, toks[after].end, _end_char(toks, end, hi))
                    if content and not _quoted(text, content):
                        out.append(
                            _Cand(
                                ment.start,
                                ment,
                                _cue_tuple(toks, hit),
                                "according-to-clause",
                                0.8,
                                content=content,
                            )
                        )
            elif c - 1 >= lo and toks[c - 1].low == "," and taken_to <= lo:
                # "CLAUSE, according to X."
                content = _trim(text, toks[lo].start, toks[c - 1].start)
                chained = _chained(text, toks, lo, c - 1, ment, hit)
                if chained is not None:
                    out.append(chained)  # A-6: "CLAUSE, he said, according to Itar Tass."
                elif content and not _quoted(text, content):
                    out.append(
                        _Cand(
                            ment.start,
                            ment,
                            _cue_tuple(toks, hit),
                            "clause-according-to",
                            0.8,
                            content=content,
                        )
                    )
            c = after
            continue
        if "indirect" not in hit.patterns:
            c = hit.end
            continue
        if "finding" in hit.patterns and toks[c].low.endswith("ing"):
            c = hit.end
            continue
        participle = toks[c].low.endswith("ing") and (
            c == lo
            or toks[c - 1].low == ","
            or toks[c - 1].low in PARTICIPIAL_PREFIXES
            or _after_report_noun(toks, c, lo)
        )
        subj = None if participle else _subject_before(text, toks, c, lo)
        rule = "speaker-cue-clause"
        conf = 0.8
        follow = False
        if subj is None:
            if not participle:
                c = hit.end
                continue
            rule, conf = "participle-clause", 0.6
            subj = _first_subject(text, toks, lo, c) or _sentence_subject(text, toks, lo, c)
            follow = subj is None
        j = hit.end
        after_quote = (
            subj is not None
            and subj.first - 1 >= lo
            and (
                toks[subj.first - 1].low in _CLOSE_MARKS
                or (
                    toks[subj.first - 1].low == ","
                    and subj.first - 2 >= lo
                    and toks[subj.first - 2].low in _CLOSE_MARKS
                )
            )
        )
        if hit.lemma in ADDRESSEE_CUES:
            addr = _np_forward(text, toks, j)
            if addr is None:
                c = hit.end
                continue
            j = addr.last + 1
        # "said in a statement Tuesday that", "said on Monday that"
        k = j
        while k < hi and k < j + 8 and toks[k].low != "that":
            if (not toks[k].word and toks[k].low != ",") or _cue_at(toks, k) is not None:
                break
            k += 1
        if (
            k < hi
            and toks[k].low == "that"
            and (k == j or toks[j].low in CLAUSE_SKIP_WORDS or toks[j].low == ",")
        ):
            j = k
        elif (
            (t := _skip_time(toks, j, hi)) > j
            and t < hi
            and toks[t].word
            and toks[t].low not in NOT_CLAUSE_OPENERS
            and toks[t].low not in AUX_AFTER_TIME
            and _cue_at(toks, t) is None
        ):
            j = t  # "said Wednesday she would …", "said on Tuesday the city …"
        elif j < hi and toks[j].low == ",":
            c = hit.end
            continue
        if j >= hi or toks[j].low in NOT_CLAUSE_OPENERS or not toks[j].word:
            c = hit.end
            continue
        if after_quote and toks[j].low != "that":
            c = hit.end  # '"…," Okafor told reporters outside the hall': the quote's tail
            continue
        if (
            hit.lemma in {"hope", "think", "believe", "agree"}
            and toks[j].low != "that"
            and toks[j].low not in SPEAKER_PRONOUNS
            and toks[j].low not in DETERMINERS
        ):
            c = hit.end  # "hoped for", "thinks so": no clause
            continue
        if (
            "finding" in hit.patterns
            and toks[j].low != "that"
            and (subj is None or _bare(toks[subj.last].low) not in FINDING_SUBJECTS)
        ):
            c = hit.end  # "police found the car": not a finding
            continue
        start_tok = j + 1 if toks[j].low == "that" else j
        if start_tok >= hi or inside(toks[start_tok].start):
            c = hit.end
            continue
        end, _ = _clause_end(text, toks, start_tok, hi)
        if (
            j == start_tok
            and hit.lemma in OBJECT_VERBS
            and not _has_finite_verb(toks, start_tok, end)
        ):
            c = hit.end  # "The court declared the law unconstitutional": an object, no clause
            continue
        content = _trim(text, toks[start_tok].start, _end_char(toks, end, hi))
        words = sum(1 for t in toks[start_tok:end] if t.word)
        if content is not None and not _quoted(text, content) and (words >= 3 or j < start_tok):
            out.append(
                _Cand(
                    subj.start if subj is not None else toks[c].start,
                    subj,
                    _cue_tuple(toks, hit),
                    rule,
                    conf,
                    relay=_relay_after(text, toks, end, hi),
                    content=content,
                    follow=follow,
                )
            )
            taken_to = end
        c = hit.end
    if not out:
        out.extend(_verb_that(text, toks, lo, hi, inside, thats))
    if not out:
        # "CLAUSE, X said." — the attribution closes the sentence
        for j in reversed(commas):
            post = _post_pattern(text, toks, j + 1)
            if post is None or not _sentence_rest_is_tail(toks, post[3], hi):
                continue
            ment, hit, _, after = post
            if inside(toks[j].start) or toks[lo].low in _OPEN_MARKS:
                break
            if after < hi and toks[after].low == ":":
                break  # "In a statement, X said:" introduces what follows
            if (
                toks[lo].low in PHRASE_STOPS
                and not any(t.low == "," for t in toks[lo:j])
                and j - lo <= 8
            ):
                break  # "In other words, X said": an opening phrase, not a clause
            content = _trim(text, toks[lo].start, toks[j].start)
            if content is not None and not _quoted(text, content):
                out.append(
                    _Cand(
                        ment.start,
                        ment,
                        _cue_tuple(toks, hit),
                        "clause-speaker-cue",
                        0.75,
                        content=content,
                    )
                )
            break
    return out


def _verb_that(
    text: str,
    toks: Sequence[_Tok],
    lo: int,
    hi: int,
    inside: Callable[[int], bool],
    thats: Sequence[int],
) -> list[_Cand]:
    """ "X believes that CLAUSE" with a verb the lexicon does not list
    (attitudes); ``thats`` are the indexes of "that" in ``[lo + 2, hi - 2)``."""
    out: list[_Cand] = []
    for t in thats:
        if inside(toks[t].start):
            continue
        verb = toks[t - 1]
        if (
            not verb.word
            or verb.cap
            or verb.low in PHRASE_STOPS
            or verb.low in CUE_ADVERBS
            or not verb.low.endswith(("ed", "s"))
            or verb.low.endswith(("ss", "'s", "’s"))
        ):
            continue
        subj = _subject_before(text, toks, t - 1, lo)
        if subj is None or subj.kind not in {
            "name",
            "pronoun",
            "role",
            "organisation",
            "anonymous",
        }:
            continue
        end, _ = _clause_end(text, toks, t + 1, hi)
        content = _trim(text, toks[t + 1].start, _end_char(toks, end, hi))
        if content is not None and not _quoted(text, content):
            cue = (verb.start, verb.end, verb.low)
            out.append(_Cand(subj.start, subj, cue, "speaker-verb-that", 0.45, content=content))
        break
    return out


def _end_char(toks: Sequence[_Tok], end: int, hi: int) -> int:
    if end <= 0:
        return toks[0].start
    return toks[end - 1].end


_MARK_RE = regex.compile(r"[\"“”«»„]|''|``")


def _quoted(text: str, span: Span) -> bool:
    """True when the clause holds quote marks: a mixed quote, whose quoted
    fragment carries the attribution, not indirect speech (PolNeAR convention)."""
    return _MARK_RE.search(text, span.start, span.end) is not None


# --------------------------------------------------------------------------- headlines


_HEADLINE_TAG = regex.compile(
    r"^(?P<claim>[^\n]{8,300}?)[^\S\n]*+(?P<colon>:)[^\S\n]*+"
    r"(?P<who>\p{Lu}[\p{L}'’.\-]*+(?:[^\S\n]\p{Lu}[\p{L}'’.\-]*+){0,3})[^\S\n]*+$"
)


#: "Speaker: Claim" headlines ("Hacker Guccifer: Clinton's Server Unprotected").
_SPEAKER_TAG = regex.compile(
    r"(?P<who>\p{Lu}[\p{L}'’.\-]*+(?:[^\S\n]\p{Lu}[\p{L}'’.\-]*+){0,2})[^\S\n]*+(?P<colon>:)"
    r"[^\S\n]++(?P<claim>\S[^\n]{7,})"
)
#: Transcript turns in the body: "TAPPER: Do you think …" (ALL-CAPS speaker).
_TRANSCRIPT = regex.compile(
    r"[\"“]?(?P<who>\p{Lu}{2,}+(?:[^\S\n]\p{Lu}{2,}+){0,2})(?P<colon>:)[^\S\n]++(?=\S)"
)


def _tag_cand(text: str, m: regex.Match[str], rule: str, end: int) -> _Cand | None:
    who = Span(m.start("who"), m.end("who"))
    if who.of(text).split()[0].lower() in HEADLINE_LABELS:
        return None
    claim = _trim(text, m.end(), end)
    if claim is None or _quoted(text, claim):
        return None
    colon = m.start("colon")
    ment = _Ment(who.start, who.end, "name", 0, 0)
    return _Cand(who.start, ment, (colon, colon + 1, ":"), rule, 0.6, content=claim)


def _is_label(words: str, at: int) -> bool:
    """True when the word at ``at`` of ``words`` is a headline label (A-14)."""
    split = words.lower().split()
    return bool(split) and split[at].strip(".,'’\"") in HEADLINE_LABELS


def _headline_cands(text: str, spans: Sequence[Span]) -> list[_Cand]:
    """A-14: "Claim: Speaker" and "Speaker: Claim" headlines and subheads."""
    out: list[_Cand] = []
    for span in spans:
        tag = _SPEAKER_TAG.match(text, span.start, span.end)
        if tag is not None and tag.end() == span.end:
            cand = _tag_cand(text, tag, "headline-speaker-claim", span.end)
            if cand is not None:
                out.append(cand)
                continue
        m = _HEADLINE_TAG.match(span.of(text))
        if m is None:
            continue
        who = Span(span.start + m.start("who"), span.start + m.end("who"))
        claim = _trim(text, span.start + m.start("claim"), span.start + m.end("claim"))
        if claim is None or _is_label(claim.of(text), 0) or _is_label(who.of(text), -1):
            continue  # "Transcript: Finance Minister Interview"
        colon = span.start + m.start("colon")
        ment = _Ment(who.start, who.end, "name", 0, 0)
        out.append(
            _Cand(
                claim.start,
                ment,
                (colon, colon + 1, ":"),
                "headline-claim-speaker",
                0.7,
                content=claim,
            )
        )
    return out


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

    cands: list[_Cand] = _headline_cands(text, heads)
    p_starts = [p.start for p in paras]
    prev_para: Span | None = None
    for para in paras:
        a = bisect.bisect_left(starts, para.start)
        b = bisect.bisect_left(starts, para.end)
        in_para = [order[n] for n in range(a, b)]
        turn = _TRANSCRIPT.match(text, para.start, para.end)
        if turn is not None:
            cand = _tag_cand(text, turn, "transcript-turn", para.end)
            if cand is not None:
                cands.append(cand)
        has_cue = _has_cue_word(text, para.start, para.end)
        if not in_para and not has_cue:
            prev_para = para
            continue
        # cue_idx: the tokens that open a cue; reported speech starts only at one of them
        toks, tstarts, cue_idx = _tokenize(text, para.start, para.end)
        if not in_para and not cue_idx and _yields_nothing(text, para, toks):
            prev_para = para
            continue
        sents = list(
            map(tuple.__new__, itertools.repeat(_Sent), sentence_bounds(text, para.start, para.end))
        )
        if not sents:
            prev_para = para
            continue
        # a sentence boundary inside a quote is not a boundary for attribution
        sents = _merge_in_quotes(sents, [bounds[n] for n in in_para])
        blocked = [Span(*bounds[n]) for n in in_para]
        marks: tuple[list[int], list[int]] | None = None
        if has_cue:
            # the commas and each "that" of the paragraph, for _indirect
            lows = list(map(_LOW_OF, toks))
            marks = (
                list(itertools.compress(range(len(lows)), map(",".__eq__, lows))),
                list(itertools.compress(range(len(lows)), map("that".__eq__, lows))),
            )
        next_open = {n: bounds[m][0] for n, m in itertools.pairwise(in_para)}
        para_starts = [bounds[n][0] for n in in_para]
        for s_idx, sent in enumerate(sents):
            lo = bisect.bisect_left(tstarts, sent.start)
            hi = bisect.bisect_left(tstarts, sent.end)
            s_quotes = in_para[
                bisect.bisect_left(para_starts, sent.start) : bisect.bisect_left(
                    para_starts, sent.end
                )
            ]
            for pos, n in enumerate(s_quotes):
                running = (
                    _running_cand(text, quotes[n], n, bounds[n][1], paras, p_starts, starts)
                    if bounds[n][1] > para.end
                    else None
                )
                cands.append(
                    running
                    or _quote_cand(
                        text,
                        quotes[n],
                        n,
                        bounds,
                        s_quotes,
                        pos,
                        toks,
                        tstarts,
                        lo,
                        hi,
                        sent,
                        prev_para if s_idx == 0 else None,
                        next_open.get(n, para.end),
                        para.start,
                    )
                )
            found = (
                _indirect(text, toks, lo, hi, blocked, para_starts, cue_idx, marks)
                if marks is not None
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
        prev_para = para

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
    """The attribution of one quote from the words around it in its sentence."""
    q_start, q_end = bounds[n]
    first_tok = bisect.bisect_left(tstarts, q_start)
    if quote.kind == "other":
        # scare quotes, titles, nicknames: nobody's words, unless a speech verb
        # with its subject frames them ("X criticized the law as a “crazy system”")
        gov = None
        if "title" not in quote.rule and first_tok > lo:
            gov = _governing(text, toks, lo, first_tok)
        if gov is None or gov[0] is None or gov[1].lemma == "according to":
            return _Cand(q_start, None, None, "not-speech", 0.9, quote=n)
        return _Cand(gov[0].start, gov[0], _cue_tuple(toks, gov[1]), "framed-other", 0.4, quote=n)
    after_tok = bisect.bisect_left(tstarts, q_end)
    pre_lo = lo
    if pos > 0:
        pre_lo = bisect.bisect_left(tstarts, bounds[s_quotes[pos - 1]][1])
    # the attribution may follow the quote past Punkt's sentence end ('?” she said')
    post_hi = bisect.bisect_left(tstarts, next_open)

    # 1. "Q," X said / "Q," said X / "Q" — X
    post = _post_quote(text, quote, toks, after_tok, post_hi)
    if post is not None:
        by, by_cue, rule, j = post
        relay, addressee = _tail(text, toks, j, by_cue, max(hi, post_hi))
        return _Cand(
            by.start,
            by,
            _cue_tuple(toks, by_cue),
            rule,
            0.9,
            relay=relay,
            addressee=addressee,
            quote=n,
        )
    # 2. X said, "Q" / X: "Q" / participial "…, adding “Q”"
    pre = _pre_pattern(text, toks, pre_lo, first_tok)
    if pre is not None:
        ment, hit_or_none, rule = pre
        if rule == "question-frame":
            return _Cand(q_start, None, None, rule, 0.7, quote=n)
        assert hit_or_none is not None
        cue = _cue_tuple(toks, hit_or_none) if hit_or_none.lemma != ":" else None
        if hit_or_none.lemma == ":":
            colon = toks[hit_or_none.start]
            cue = (colon.start, colon.end, ":")
        relay, addressee = _tail(text, toks, hit_or_none.end, hit_or_none, first_tok)
        if addressee is None:
            addressee = _interview_addressee(text, toks, lo, first_tok)
        if ment is None:
            main = _first_subject(text, toks, pre_lo, hit_or_none.start) or _sentence_subject(
                text, toks, lo, hit_or_none.start
            )
            return _Cand(
                main.start if main is not None else q_start,
                main,
                cue,
                rule,
                0.7 if main is not None else 0.5,
                addressee=addressee,
                quote=n,
                follow=main is None,
            )
        return _Cand(ment.start, ment, cue, rule, 0.85, relay=relay, addressee=addressee, quote=n)
    # 3. a quote inside the reporter's sentence: the cue that governs it
    if first_tok > pre_lo:
        gov = _governing(text, toks, pre_lo, first_tok)
        if gov is not None:
            g_ment, g_hit, rule = gov
            if g_ment is None and pre_lo > lo and toks[lo].low not in _ANY_MARKS:
                # "… but described his skills as a “work in progress”"
                g_ment = _sentence_subject(text, toks, lo, first_tok)
            return _Cand(
                g_ment.start if g_ment is not None else q_start,
                g_ment,
                _cue_tuple(toks, g_hit),
                rule,
                0.6,
                quote=n,
                follow=g_ment is None,
            )
    # 4. later in the sentence: '"Q1" and "Q2," he said'
    for j in range(after_tok, min(hi, post_hi, after_tok + 60)):
        if toks[j].low == ",":
            later = _post_pattern(text, toks, j + 1, limit=hi)
            if later is not None:
                l_ment, l_hit, rule, _ = later
                return _Cand(
                    l_ment.start, l_ment, _cue_tuple(toks, l_hit), rule + "-later", 0.6, quote=n
                )
    # 5. a block quote after "X said:" closing the previous paragraph
    if prev_para is not None and pos == 0 and first_tok == lo:
        ptoks = _tokens(text, max(prev_para.start, prev_para.end - 300), prev_para.end)
        if ptoks and ptoks[-1].low == ":":
            start = len(ptoks) - 1
            while start > 0 and ptoks[start - 1].low not in {".", "!", "?"}:
                start -= 1
            block = _pre_pattern(text, ptoks, start, len(ptoks))
            b_ment, b_hit, rule = block if block is not None else (None, None, "")
            if b_ment is not None and b_hit is not None:
                cue = (
                    _cue_tuple(ptoks, b_hit)
                    if b_hit.lemma != ":"
                    else (ptoks[-1].start, ptoks[-1].end, ":")
                )
                return _Cand(b_ment.start, b_ment, cue, "colon-block", 0.75, quote=n)
    # 6. a fragment inside the reporter's sentence with an unlisted verb
    #    ("X likened the refugees to a “vicious snake”"): the sentence subject
    lead = lo
    while lead < min(first_tok, lo + 40) and not toks[lead].word:
        lead += 1
    if lead < first_tok:
        subj = _sentence_subject(text, toks, lo, first_tok)
        if subj is not None:
            v, cue = _verb_after(toks, subj, first_tok)
            for w in range(first_tok - 1, v, -1):
                # "X endorsed her, citing her “long experience”": the participle
                if toks[w].low.endswith("ing") and toks[w - 1].low == "," and toks[w].word:
                    cue = (toks[w].start, toks[w].end, toks[w].low)
                    break
            return _Cand(subj.start, subj, cue, "sentence-subject-partial", 0.45, quote=n)
    # 7. a quote after a sentence about someone in the same paragraph
    #    ("X identified … as a reason. “…”"): that sentence's subject
    if pos == 0 and lead == first_tok and sent.start > para_start:
        plo = bisect.bisect_left(tstarts, max(para_start, sent.start - 400))
        starts = [k for k in range(plo, lo) if k == plo or toks[k - 1].low in {".", "!", "?"}]
        if starts and not any(t.low in _ANY_MARKS for t in toks[starts[-1] : lo]):
            subj = _sentence_subject(text, toks, starts[-1], lo)
            if subj is not None and subj.kind in {"name", "pronoun"}:
                _, cue = _verb_after(toks, subj, lo)
                return _Cand(subj.start, subj, cue, "previous-sentence-subject", 0.4, quote=n)
    # 8. a quote that opens its paragraph after a narrative paragraph whose last
    #    sentence has a subject ("Howard pressed on.⏎⏎“…”"): that subject
    if pos == 0 and lead == first_tok and sent.start == para_start and prev_para is not None:
        found = _narrative_subject(text, prev_para)
        if found is not None:
            subj, cue = found
            return _Cand(
                subj.start, subj, cue, "narrative-subject", 0.4, quote=n, follow=True, soft=True
            )
    # 9. no cue of its own: the current speaker goes on
    return _Cand(q_start, None, None, "continuation", 0.5, quote=n, follow=True)


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
    """Resolve speakers in text order and build the records."""
    history: list[_Spoken] = []
    genders: dict[str, str] = {}
    out: list[Quote] = list(quotes)
    extra: list[Quote] = []
    cands.sort(key=lambda c: (c.anchor, 0 if c.quote < 0 else 1))
    for cand in sorted(cands, key=lambda c: _cand_pos(c, quotes)):
        speaker: Mention | None = None
        cue = None if cand.cue is None else Cue(Span(cand.cue[0], cand.cue[1]), cand.cue[2])
        key = gender = ""
        rule = cand.rule
        confidence = cand.confidence
        if cand.speaker is not None:
            speaker, key, gender = _resolve(text, cand.speaker, reg, history, genders)
            if rule == "headline-claim-speaker" and speaker.name is None and speaker.kind == "role":
                # "Budget cuts will hurt schools: Governor": the headline comes
                # before the body that names the role's holder (A-14)
                ahead = _role_ahead(text, speaker.span, reg)
                if ahead is not None:
                    key, ent = ahead
                    speaker = Mention(speaker.span, speaker.kind, ent.name)
            if cand.soft and history and not _keeps_narrative(key, cue, history[-1]):
                # a narrative subject that is neither the current speaker nor
                # speaking: the current speaker goes on
                speaker, cue, rule, confidence = None, None, "continuation", 0.5
        if speaker is None and cand.follow and history:
            last = history[-1]
            if cand.quote >= 0 and last.rule not in _QUOTE_RULES:
                # '"…," Putin said, adding that …. "…"': the cue of his last quote;
                # Q-10: '"…," said X, who argued that …. "…"': in the paragraph of
                # X's quote, reported speech in between does not take the turn
                para = bisect.bisect_right(p_starts, _cand_pos(cand, quotes))
                between: list[_Spoken] = []
                for spoken in reversed(history[-_LOOKBACK:]):
                    same = spoken.key == last.key and spoken.speaker.span == last.speaker.span
                    if not same and bisect.bisect_right(p_starts, spoken.pos) != para:
                        break
                    if spoken.rule in _QUOTE_RULES:
                        # the nearest mention of the quote's own speaker ("Greene added that")
                        nearer = [
                            b
                            for b in between
                            if b.key == spoken.key and b.speaker.kind != "pronoun"
                        ]
                        last = nearer[0] if nearer else spoken
                        break
                    between.append(spoken)
            if cand.quote >= 0 and last.question and not _asks(text, quotes[cand.quote], None):
                last = _answerer(history, last, p_starts, _cand_pos(cand, quotes)) or last
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
