"""The token stream of a paragraph, and the cue hits in it.

Takes ``text`` and a paragraph's bounds; gives :class:`_Tok` records (start, end,
lower case, word?, capitalised?, and the cue the token opens) made in one pass of a
compiled pattern, with abbreviation periods kept on their word ("Gov.", "J.") and
two apostrophes or two backticks read as one double mark.  The cue matching
(:func:`_find_cue`) reads the speech-cue lexicon (:mod:`newsparse.lexicon.cues`,
wire-conventions §9) as single and multi-word cues with their patterns.

>>> text = 'Gov. Ann Lee said: "We are ready."'
>>> [t.low for t in _tokens(text, 0, len(text))][:6]
['gov.', 'ann', 'lee', 'said', ':', '"']
"""

from __future__ import annotations

import itertools
import operator
import re
import sys
from collections.abc import Sequence
from typing import Any, NamedTuple

import regex

from newsparse.lexicon.cues import (
    AUXILIARIES,
    CUE_ADVERBS,
    FINDING_SUBJECTS,
    MULTIWORD_CUES,
    NAME_MODALS,
    NOUN_CUE_ADJECTIVES,
    NOUN_CUE_FORMS,
    NOUN_FIRST_FORMS,
    PHRASE_STOPS,
    SPEECH_VERBS,
    VERB_ONLY_FORMS,
)
from newsparse.lexicon.pronouns import (
    SPEAKER_PRONOUNS,
)
from newsparse.lexicon.titles import (
    DETERMINERS,
    HONORIFICS,
)
from newsparse.sentences import NEWS_ABBREVIATIONS

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
#: The dashes that enclose an aside ("Many voters — including nurses — said"), not "-".
_ASIDE_DASHES = frozenset("—–―")
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
#: Inside a word, combining accents (decomposed "Mu\u0308ller") and the second
#: byte of a letter that was UTF-8 read as Latin-1 ("FranÃ§ois", "FranÃÂ§ois" for
#: François): after Ã or Â, also decomposed; never « or », nor a no-break space
#: ("LeeÂ" + U+00A0 + "said": a no-break space read as Latin-1 still separates words).
_MOJIBAKE = (
    "[\u0300-\u036f]+|[\u0080-\u009f\u00a1-\u00aa\u00ac-\u00ba\u00bc-\u00bf](?<=[ÃÂ\u0302\u0303].)"
)
_GAP_TOKEN = re.compile(
    rf"([^\S\x1c-\x1f]*{_P})"
    rf"([^\W_](?:[^\W_]+{_P}|{_JOIN}|\.(?=[^\W\d_])|(?:{_MOJIBAKE}))*{_P}|''|``|[^\w\s]|[_\x1c-\x1f]|\Z)"
)
#: The same pieces as one string each (white space and token together).
_PIECE = re.compile(
    rf"[^\S\x1c-\x1f]*{_P}"
    rf"(?:[^\W_](?:[^\W_]+{_P}|{_JOIN}|\.(?=[^\W\d_])|(?:{_MOJIBAKE}))*{_P}|''|``|[^\w\s]|[_\x1c-\x1f]|\Z)"
)
#: Tokens that ``str.lstrip`` would take for white space (U+001C..U+001F).
_SPACE_TOKENS = re.compile(r"[\x1c-\x1f]")
_FIRST_CHAR = operator.itemgetter(0)
_START = operator.itemgetter(0)  # of a _Tok
_LOW_OF = operator.itemgetter(2)  # of a _Tok: its lower case
_CUE_OF = operator.itemgetter(5)  # of a _Tok: its cue


#: A period between a lower-case word and a capitalised one with no space after it
#: ("Trump said.Trump claimed", "zufrieden.Beide"): two sentences glued in the copy,
#: not an abbreviation ("U.S.", "Ph.D.") nor a web address ("heise.de").
#: (The period first: ``re`` then scans for it as a literal, sixty times faster.)
_GLUED_SENTENCES = re.compile(r"\.(?=[A-ZÄÖÜ][^\W\d_A-Z])(?<=[^\W\d_A-Z]{2}\.)")
_GLUED_AT = re.compile(r"(?<=[^\W\d_A-Z]{2})\.(?=[A-ZÄÖÜ][^\W\d_A-Z])")


#: A nickname in marks inside a name ('Ann "Annie" Price', 'Marcia „Cia“ Roe'): up to
#: three capitalised words between a name word and the surname. (The mark first:
#: ``re`` then scans for it.)
_NICKNAME = re.compile(
    r"[\"“„](?<=[^\W\d_] .)[A-ZÄÖÜ][\w'’.-]*(?: [\w'’.-]+){0,2}[\"”“](?= [A-ZÄÖÜ][^\W\d_])"
)


def _without_nickname_marks(
    text: str, lo: int, hi: int, strs: list[str], starts: list[int], ends: list[int]
) -> tuple[list[str], list[int], list[int]]:
    """The tokens without the marks around each nickname in ``text[lo:hi]``, so that
    the name reads as one run ('Ann "Annie" Price said')."""
    drop: set[int] = set()
    for m in _NICKNAME.finditer(text, lo, hi):
        word = text.rfind(" ", lo, m.start() - 1) + 1
        if text[max(word, lo)].isupper():
            drop.update((m.start(), m.end() - 1))
    if not drop:
        return strs, starts, ends
    keep = [b not in drop for b in starts]
    return (
        list(itertools.compress(strs, keep)),
        list(itertools.compress(starts, keep)),
        list(itertools.compress(ends, keep)),
    )


def _split_glued(
    strs: list[str], starts: list[int], ends: list[int]
) -> tuple[list[str], list[int], list[int]]:
    """The tokens with each glued sentence end split off: "said.Trump" is "said",
    "." and "Trump"."""
    out_s: list[str] = []
    out_b: list[int] = []
    out_e: list[int] = []
    for tok, b, e in zip(strs, starts, ends, strict=True):
        cut = _GLUED_AT.search(tok) if "." in tok else None
        while cut is not None:
            k = cut.start()
            out_s += [tok[:k], "."]
            out_b += [b, b + k]
            out_e += [b + k, b + k + 1]
            tok, b = tok[k + 1 :], b + k + 1
            cut = _GLUED_AT.search(tok)
        out_s.append(tok)
        out_b.append(b)
        out_e.append(e)
    return out_s, out_b, out_e


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
    if _NICKNAME.search(text, lo, hi) is not None:
        strs, starts, ends = _without_nickname_marks(text, lo, hi, strs, starts, ends)
    if _GLUED_SENTENCES.search(text, lo, hi) is not None:
        strs, starts, ends = _split_glued(strs, starts, ends)
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
                and (
                    lows[p] in _NAME_ABBREV
                    or (len(lows[p]) == 1 and firsts[p].isupper())
                    # "F.B.I.", "U.N.": an initialism's last period
                    or ("." in lows[p] and max(map(len, lows[p].split("."))) <= 2)
                )
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
    if cue_idx:
        _name_modals(text, toks, cue_idx)
    return toks, starts, cue_idx


def _name_modals(text: str, toks: list[_Tok], cue_idx: list[int]) -> None:
    """A capitalised modal right before an inflected cue ("Will wrote", "May
    said") or right after a cue ("said May.", but not "said May 3") is a name: its ``low`` keeps the
    capital, so that no list of function words takes it."""
    for i in cue_idx:
        hit = toks[i].cue
        if hit is None or hit.end != i + 1 or hit.lemma == toks[i].low:
            continue
        p = i - 1
        if (
            p >= 1
            and toks[p].cap
            and (toks[p].low in PHRASE_STOPS or toks[p].low in CUE_ADVERBS)
            and toks[p - 1].low in _CLOSE_MARKS
            and i + 1 < len(toks)
            and toks[i + 1].low in {".", ","}
        ):
            # '“…,” From said.', '“…,” Long said,': a function word or an adverb cannot
            # be the subject of the inflected cue right after the quote; it is a name
            t = toks[p]
            toks[p] = tuple.__new__(_Tok, (t[0], t[1], text[t[0] : t[1]], t[3], t[4], t[5]))
            continue
        for p in (i - 1, i + 1):
            if (
                0 <= p < len(toks)
                and toks[p].cap
                and toks[p].low in NAME_MODALS
                # "said May 3 that …": the month
                and not (p + 1 < len(toks) and toks[p + 1].low[:1].isdigit())
            ):
                t = toks[p]
                toks[p] = tuple.__new__(_Tok, (t[0], t[1], text[t[0] : t[1]], t[3], t[4], t[5]))


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


#: Words after "state(s)" that make it the verb: "the Saudis state in the paper",
#: "the letter states that", "they state their goal".
_AFTER_STATE_VERB = frozenset(
    {"that", "in", "on", "to", "the", "their", "his", "her", "its", "a", "an", "clearly"}
)


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
    if low in NOUN_FIRST_FORMS:
        prev = toks[i - 1] if i > 0 else None
        after_a_pronoun = prev is not None and prev.low in SPEAKER_PRONOUNS
        a_modifier = prev is not None and (
            prev.low[:1].isdigit()
            or (prev.cap and not prev.low.endswith("s") and i > 1 and toks[i - 2].word)
        )
        before_a_word = i + 1 < len(toks) and toks[i + 1].word
        if not after_a_pronoun and (
            a_modifier or (before_a_word and toks[i + 1].low not in _AFTER_STATE_VERB)
        ):
            # "state lawmakers", "35 states that", "in all 50 states." (not "the Saudis
            # state in …", "they state their goal", '"…," the report states.')
            return None
    if low == "showing" and not (i > 0 and _bare(toks[i - 1].low) in FINDING_SUBJECTS):
        return None  # "with polls showing her lead gone", never "showing “respect”"
    if low == "read":
        # the verb of a text ('"…," the editorial read'), never "I read it"
        if i > 0 and (toks[i - 1].low in _READ_BY or not toks[i - 1].word):
            return _CueHit(i, i + 1, hit[0], hit[1])
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
                and not (prev.low in {"and", "but"} and _verb_before_its_clause(toks, i))
                and not (prev.low.endswith("s") and not prev.low.endswith("ss"))
                and not _verb_before_its_object(toks, i)
            )
        ):
            return None  # "his remarks", "a controversial comment": a noun, not a cue
        if (
            low in NOUN_CUE_FORMS
            and prev.cap
            and not prev.low.endswith("s")  # "the Saudis state …", "the Brujas hope …"
            and i > 1
            and (toks[i - 2].low in DETERMINERS or toks[i - 2].low == "of")
            and not _verb_before_its_object(toks, i)
        ):
            return None  # "22% of Democratic claims", "the Republican reports": a noun
    return _CueHit(i, i + 1, hit[0], hit[1])


#: What "read" follows as a verb of a text ('"…," the editorial read', "One message
#: read “…”", '"…," it read'), besides a comma or a closing mark.
_READ_BY = frozenset(
    {"letter", "statement", "sign", "signs", "editorial", "message", "headline", "caption"}
    | {"banner", "note", "post", "tweet", "memo", "placard", "poster", "card", "label"}
    | {"inscription", "text", "ad", "email", "e-mail", "one", "another", "it", "which", ","}
    | {"article", "story", "report", "column", "release", "notice", "plaque", "petition"}
    | {"flyer", "leaflet", "mailer", "shirt", "t-shirt", "sticker", "billboard", "page"}
)


def _verb_before_its_clause(toks: Sequence[_Tok], i: int) -> bool:
    """A cue form after "and"/"but" right before "that" or a quote mark is a
    coordinated verb ("… and claims that “…”"), not a noun ("taxes and claims")."""
    nxt = toks[i + 1].low if i + 1 < len(toks) else ""
    return nxt == "that" or nxt in {"“", '"', "‘"}


def _verb_before_its_object(toks: Sequence[_Tok], i: int) -> bool:
    """A third-person form right before "that" or a quote mark after a bare singular
    noun is the verb ("The ad claims “…”", "the memo states that"), not a compound
    noun ("the ad claims were false"); the determiner may be a possessive ("the
    campaign's website states that", "its memo states that"), unless a verb after
    "that" opens a relative clause of the noun ("the group's member states that
    voted")."""
    nxt = toks[i + 1].low if i + 1 < len(toks) else ""
    if not (toks[i].low.endswith("s") and i > 1 and (nxt == "that" or nxt in {"“", '"', "‘"})):
        return False
    det = toks[i - 2].low
    if det in {"the", "a", "an", "this", "that"}:
        return True
    if not (det in {"his", "her", "its", "their"} or det.endswith(("'s", "’s"))):
        return False
    # after a possessive, not before a relative clause ("the group's member states that
    # voted no"): a verb right after "that" makes it one
    after = toks[i + 2] if nxt == "that" and i + 2 < len(toks) else None
    return after is None or not (
        after.word and not after.cap and (after.low.endswith("ed") or after.low in AUXILIARIES)
    )


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
