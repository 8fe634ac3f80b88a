"""Noun phrases around a cue: the subject before it, the phrase after it, appositives.

Takes the tokens of a paragraph and a cue's position; gives :class:`_Ment` records
(the span of the words that name a speaker here, and their kind: ``name``,
``pronoun``, ``role``, ``organisation``, ``anonymous``), skipping what stands between
a speaker and a cue (relative clauses, sentence adverbs, time phrases; A-2, A-4).

>>> from newsparse.attribution.tokens import _tokens
>>> text = "Sen. Ana Diaz, a Democrat, said no."
>>> toks = _tokens(text, 0, len(text))
>>> m = _subject_before(text, toks, 7)
>>> text[m.start:m.end], m.kind
('Sen. Ana Diaz', 'name')
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from newsparse.attribution.tokens import (
    _ASIDE_DASHES,
    _CLOSE_MARKS,
    _DOUBLED,
    _OPEN_MARKS,
    _bare,
    _cue_at,
    _Tok,
)
from newsparse.lexicon.cues import (
    ACT_VERBS,
    ADVERB_OPENERS,
    BARE_TIME_WORDS,
    CLAUSE_SKIP_WORDS,
    CUE_ADVERBS,
    FINITE_VERBS,
    FLOATING_WORDS,
    HEADLINE_LABELS,
    LY_NOUNS,
    PHRASE_STOPS,
    SENTENCE_ADVERBS,
    SENTENCE_OPENERS,
    STANCE_VERBS,
    TIME_PERIODS,
    TIME_PHRASE_WORDS,
    TIME_WORDS,
)
from newsparse.lexicon.given_names import EITHER_GENDER_NAMES, GIVEN_NAME_GENDERS
from newsparse.lexicon.months import MONTHS
from newsparse.lexicon.places import STATE_ABBREVIATIONS
from newsparse.lexicon.pronouns import (
    RELATIVE_PRONOUNS,
    SPEAKER_PRONOUNS,
)
from newsparse.lexicon.titles import (
    AGENT_PERSONS,
    ANONYMOUS_NOUNS,
    DETERMINERS,
    NAME_CONNECTORS,
    NAME_SECOND_PARTICLES,
    NAME_STOPWORDS,
    ORGANISATION_NOUNS,
    ROLE_NOUNS,
    SPEAKER_COMPLEMENTS,
    SPEAKER_HEADS,
    TITLES,
)

# --------------------------------------------------------------------------- mentions


class _Ment(NamedTuple):
    start: int  # character offsets of the mention
    end: int
    kind: str
    first: int  # token indices [first, last]
    last: int


def _is_name_word(tok: _Tok) -> bool:
    """A capitalised word that may be part of a name: no stopword, but an initial is one
    ("Paul A. Volcker": "A." is no article)."""
    return (
        tok.word
        and tok.cap
        and (_bare(tok.low) not in NAME_STOPWORDS or (len(tok.low) == 2 and tok.low[1] == "."))
    )


def _first_name(tok: _Tok) -> bool:
    """A capitalised word that may stand before a surname: no stopword, function word or
    verb ("Ana" in "Ana Still", never "Was" in "Was Was")."""
    low = tok.low
    return (
        tok.cap
        and _is_name_word(tok)
        and _bare(low) not in NAME_STOPWORDS
        and low not in PHRASE_STOPS
        and low not in FINITE_VERBS
        and low not in CUE_ADVERBS
    )


def _two_particles(text: str, toks: Sequence[_Tok], given: int, lo: int) -> bool:
    """True when the two particles after token ``given`` belong to the surname after
    them ("Ludwig van den Berg", "Juan de la Cruz"); German "von der" and "von den"
    only after a given name that opens the name (after ``lo``, or after a title) and
    before a word that is no acronym: "Ursula von der Leyen", not "Ana Roth von der
    Polizei", "Thomas Martin von der Stiftung" or "Jan Georg von der IG Metall" (the
    body they speak for)."""
    if toks[given + 1].low != "von":
        return True
    low = _bare(toks[given].low)
    if low not in GIVEN_NAME_GENDERS and low not in EITHER_GENDER_NAMES:
        return False
    before = toks[given - 1] if given - 1 >= lo else None
    if before is not None and _is_name_word(before) and _bare(before.low) not in TITLES:
        return False  # "Thomas Martin von der …": "Martin" is a surname
    after = toks[given + 3]
    return not text[after.start : after.end].isupper()


def _mention_kind(toks: Sequence[_Tok], first: int, last: int) -> str:
    """The kind of the mention over tokens ``[first, last]``, from its head word."""
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
    if tok.cap and (
        base not in NAME_STOPWORDS
        # "Ana Still", "Aaa Too": a stopword capitalised after a name word is a surname
        or (k - 1 >= lo and _first_name(toks[k - 1]))
    ):
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
            elif (
                # "Ludwig van den Berg", "Juan de la Cruz": two particles
                prev.low in NAME_SECOND_PARTICLES
                and j - 3 >= lo
                and toks[j - 2].low in NAME_CONNECTORS
                and _is_name_word(toks[j - 3])
                and toks[j].cap
                and _two_particles(text, toks, j - 3, lo)
            ):
                j -= 3
            else:
                break
        if j - 1 >= lo and toks[j - 1].low in {"the"}:
            j -= 1
        return _Ment(toks[j].start, tok.end, _mention_kind(toks, j, k), j, k)
    share = _share_of_a_group(toks, k, lo)
    if share is not None:
        return share
    counted = _a_count(low) or (low.isdigit() and len(low) < 3)  # not "the Act of 2009"
    if k - 2 >= lo and toks[k - 1].low == "of" and counted:
        # "the 34-year-old mother of three": the head noun before "of" and its count
        head = _np_back(text, toks, k - 2, lo)
        if head is not None and head.kind != "pronoun":
            return head._replace(end=tok.end, last=k)
    if low in _QUANTIFIERS and (k == lo or not toks[k - 1].word or toks[k - 1].low in _LINKERS):
        # "Some say …", "while many argue …": a quantifier standing for its group
        return _Ment(tok.start, tok.end, "anonymous", k, k)
    if low in PHRASE_STOPS or low in CUE_ADVERBS or low in DETERMINERS or low in _OBJECT_PRONOUNS:
        return None  # "Roe scolded him:": an object ends no subject
    if low.endswith("ly") and low not in LY_NOUNS:
        return None  # "X quickly said" (but "a member of the family said": a noun)
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
    return _Ment(toks[j].start, tok.end, _mention_kind(toks, j, k), j, k)


#: Quantifiers that stand for a group as a subject ("Some say …", "Many argue …").
_QUANTIFIERS = frozenset(
    {"some", "many", "most", "several", "both", "all", "another", "one", "each", "few"}
)
#: Words that open a clause of its own after a main clause ("…, while Cruz said …").
_CONTRAST_OPENERS = frozenset({"while", "whereas", "but", "although", "though", "yet"})
#: Words after which a quantifier opens a clause ("…, but many say").
_LINKERS = _CONTRAST_OPENERS | {"and"}


#: Object pronouns: no noun phrase that speaks ends with one.
_OBJECT_PRONOUNS = frozenset({"him", "her", "them", "us", "me", "whom"})


def _share_of_a_group(toks: Sequence[_Tok], k: int, lo: int) -> _Ment | None:
    """A share of a group ending at token ``k`` that speaks: "Most of them", "One in
    three", "About three in 10", "More than six in 10"."""
    low = toks[k].low
    counted = _a_count(low) or low.isdigit()
    # "nine out of 10": the head three words back
    out_of = counted and k - 3 >= lo and toks[k - 1].low == "of" and toks[k - 2].low == "out"
    if k - 2 < lo or not (
        (low in {"them", "us"} and toks[k - 1].low == "of")
        or (counted and toks[k - 1].low == "in")
        or out_of
    ):
        return None
    first = k - 3 if out_of else k - 2
    head = toks[first].low
    if not (head in _SHARE_HEADS or _a_count(head) or head.isdigit()):
        return None
    if first - 1 >= lo and toks[first - 1].low in _SHARE_HEDGES:
        first -= 1
        if toks[first].low == "than" and first - 1 >= lo and toks[first - 1].low in _MORE_LESS:
            first -= 1
    return _Ment(toks[first].start, toks[k].end, "anonymous", first, k)


#: Words that hedge a share ("about half", "nearly one in three", "more than six in 10").
_SHARE_HEDGES = frozenset({"about", "nearly", "almost", "than"})
_MORE_LESS = frozenset({"more", "fewer", "less"})

#: Words that name a share of a group before "of them" or "in three" ("Most of them",
#: "One in three").
_SHARE_HEADS = frozenset(
    {"most", "many", "some", "all", "none", "both", "several", "few", "half", "one", "two"}
)


def _cap_follows(toks: Sequence[_Tok], k: int) -> bool:
    """True when a name word follows within three lower-case words
    ("Republican presidential front-runner Donald Trump")."""
    for j in range(k, min(len(toks), k + 4)):
        t = toks[j]
        if not t.word or t.low in PHRASE_STOPS or t.low in DETERMINERS:
            return False
        if j == k and t.low.endswith("ed") and "-" not in t.low:
            return False  # "Lee endorsed Roe": a verb ("GOP-backed" is no verb)
        if t.cap:
            return _is_name_word(t)
    return False


def _past_a_determiner(toks: Sequence[_Tok], i: int) -> int:
    """The token after the determiner or possessive at ``i`` and a count of people
    after it ("the two presidents", "the 12 jurors"); ``i`` without one."""
    tok = toks[i]
    if tok.low not in DETERMINERS and not tok.low.endswith(("'s", "’s")):
        return i
    k = i + 1
    if (
        k + 1 < len(toks)
        and (_a_count(toks[k].low) or toks[k].low.isdigit())
        and _people(toks[k + 1].low)
    ):
        k += 1
    return k


def _np_forward(text: str, toks: Sequence[_Tok], i: int, *, strict: bool = False) -> _Ment | None:
    """The noun phrase that starts at token ``i`` (a subject after an inverted cue)."""
    if i >= len(toks) or not toks[i].word:
        return None
    tok = toks[i]
    if tok.low in TIME_WORDS:
        return None  # '…, D-N.M., said Wednesday': when, not who
    if tok.low in SPEAKER_PRONOUNS and tok.low != "who":
        return _Ment(tok.start, tok.end, "pronoun", i, i)
    k = _past_a_determiner(toks, i)
    while k < len(toks) and k < i + 7:
        t = toks[k]
        if not t.word or _cue_at(toks, k) is not None:
            break
        if t.low in NAME_CONNECTORS and k > i and toks[k - 1].cap:
            past = _past_particles(text, toks, k, i)
            if past is not None:
                k = past
                continue
            if not t.cap:
                break  # "bin" without the name it joins
            # a capitalised last word is the surname ("Chris Le", "Aaa Bin")
        if (
            (
                t.low in PHRASE_STOPS
                or t.low in DETERMINERS
                or (t.low.endswith("ly") and not t.cap and t.low not in LY_NOUNS)
            )
            and not (
                t.cap
                and k == i
                and k + 1 < len(toks)
                and _is_name_word(toks[k + 1])
                and toks[k + 1].low not in PHRASE_STOPS
            )
            and not (
                # "said Ana Still.": a capitalised stopword closing a name is its surname
                t.cap
                and k > i
                and toks[k - 1].cap
                and _is_name_word(toks[k - 1])
                and _bare(toks[k - 1].low) not in NAME_STOPWORDS
                and (k + 1 >= len(toks) or not toks[k + 1].word)
            )
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
            if t.low in ORGANISATION_NOUNS and (
                toks[i].low == "the" or (i > 0 and toks[i - 1].low == "the")
            ):
                k += 1  # "the Trump campaign", "the Obama administration": one phrase
            elif toks[i].low in DETERMINERS and _people(t.low):
                k += 1  # "the Republican senators": a proper adjective, then the head
            break  # "Fox News channel": the name ends where lower case starts
        if (
            not t.cap
            and t.low.endswith("ed")
            and k > i + 1
            and toks[k - 1].word
            and not toks[k - 1].cap
            and toks[k - 1].low not in DETERMINERS
            and not toks[k - 1].low.endswith("ly")
        ):
            break  # "a Times article hailed Trump": the verb after the head noun
        k += 1
    last = k - 1
    if last < i or toks[last].low in DETERMINERS:
        return None
    return _Ment(toks[i].start, toks[last].end, _mention_kind(toks, i, last), i, last)


def _past_particles(text: str, toks: Sequence[_Tok], k: int, i: int) -> int | None:
    """After the particle at token ``k`` of a name that starts at token ``i``, the index
    past the name word it joins ("said Osama bin Laden"), also after a second particle
    ("said Ludwig van den Berg"); ``None`` when no name word follows."""
    if k + 1 < len(toks) and _is_name_word(toks[k + 1]):
        return k + 2
    if (
        k + 2 < len(toks)
        and toks[k + 1].low in NAME_SECOND_PARTICLES
        and _is_name_word(toks[k + 2])
        and _two_particles(text, toks, k - 1, i)
    ):
        return k + 3
    return None


def _skip_paren(toks: Sequence[_Tok], k: int, lo: int) -> int:
    """Token index before a parenthesis that ends at ``k`` ("McCaskill (D-Mo.)")."""
    if k >= lo and toks[k].low == ")":
        j = k - 1
        while j >= lo and j > k - 8 and toks[j].low != "(":
            j -= 1
        if j > lo and toks[j].low == "(":
            return j - 1
    return k


_LESS_MORE = frozenset({"less", "more"})


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
            if j >= lo and (
                toks[j].low in DETERMINERS or toks[j].low.isdigit() or _a_count(toks[j].low)
            ):
                if j - 2 >= lo and toks[j - 1].low == "than" and toks[j - 2].low in _LESS_MORE:
                    return j - 3  # "less than two weeks ago"
                return j - 1
    if (
        (low in TIME_WORDS or (toks[k].cap and low.rstrip(".") in MONTHS))
        and k - 1 >= lo
        and toks[k - 1].low in {"in", "on", "since", "last", "this", "until", "later", "earlier"}
    ):
        return k - 2  # "in April", "on Monday", "Priebus later Thursday told"
    if (
        low in BARE_TIME_WORDS
        and not toks[k].cap
        and k - 1 >= lo
        and toks[k - 1].word
        and not toks[k - 1].low.endswith("ed")
    ):
        return k - 1  # "Acme today announced" (not "USA TODAY", "a poll released today")
    return k


def _coordinated_subject(
    text: str, toks: Sequence[_Tok], k: int, lo: int
) -> tuple[bool, _Ment | None]:
    """The subject of a cue coordinated with an earlier verb at "and", "but" or "then"
    (token ``k``), and whether the coordination was recognised at all: 'X called them
    “crazy” and said', "He endorsed Lee, but told the Post", "she laughed and said"."""
    low, before = toks[k].low, toks[k - 1]
    if low == "and" and before.low in _CLOSING_QUOTES:
        # 'X called them “crazy” and said …': the subject of the first verb
        return True, _sentence_subject(text, toks, lo, k)
    if before.low == "," and toks[k - 2].word:
        # "He endorsed Lee, but told the Post …", "Roe offered him a job, then says
        # …": the subject of the sentence's first verb (the noun phrase before it)
        return True, _first_verbs_subject(text, toks, lo, k - 1)
    if low == "and" and before.word:
        # "I laughed and said", "Lazar said he welcomed it and added": the
        # subject of the first verb of the sentence
        if _verb_like(before) or before.cue is not None:
            return True, _subject_before(text, toks, k - 1, lo)  # "she laughed and said"
        return True, _sentence_subject(text, toks, lo, k) or _np_back(text, toks, k - 2, lo)
    if low in {"but", "then"} and before.word:
        # "The firm kept it secret but says …": as after a comma
        return True, _first_verbs_subject(text, toks, lo, k)
    return False, None


def _first_verbs_subject(text: str, toks: Sequence[_Tok], lo: int, hi: int) -> _Ment | None:
    """The subject of the sentence's first verb: the noun phrase that opens it, cut
    before a verb it took in ("The firm kept …": *The firm*)."""
    subj = _sentence_subject(text, toks, lo, hi)
    if subj is not None:
        for v in range(subj.first + 1, subj.last + 1):
            if _verb_like(toks[v]):
                return _np_back(text, toks, v - 1, subj.first)
    return subj


#: Prepositions before a place in an appositive ("of Flint, Mich.", "in Dover, Del.").
_PLACE_PREPOSITIONS = frozenset({"of", "in", "from", "at", "near"})


def _place_before(toks: Sequence[_Tok], j: int, lo: int) -> int | None:
    """When the comma at ``j`` ends "of Flint" or "in Dover" (so that the name after it
    is the state of a "City, State" pair), the comma before that phrase; else None."""
    if j - 1 < lo or toks[j].low != "," or not toks[j - 1].cap:
        return None
    p = j - 1
    while p > lo and p > j - 5 and toks[p].cap and toks[p].word:
        p -= 1
    if toks[p].low not in _PLACE_PREPOSITIONS:
        return None
    while p >= lo and p > j - 40 and toks[p].low != ",":
        p -= 1
    return p if p >= lo and toks[p].low == "," else None


#: US states, in full and as AP writes them short, upper case without periods.
_STATES = frozenset(STATE_ABBREVIATIONS) | frozenset(
    v.upper() for v in STATE_ABBREVIATIONS.values()
)


#: Marks an opening phrase may hold before its comma (a title: 'On “Face the
#: Nation,” …'; "Mr. O'Neill's").
_PHRASE_PUNCT = frozenset({"'", "’", "-", ".", "“", "”", '"', "‘"})


def _past_the_state(toks: Sequence[_Tok], j: int, hi: int) -> int:
    """The comma after the state of "in Salem, New Hampshire," when the comma at ``j``
    ends "in Salem"; else ``j``."""
    if _place_before(toks, j, max(0, j - 6)) is None and not (
        j > 1 and toks[j - 1].cap and toks[j - 2].low in _PLACE_PREPOSITIONS
    ):
        return j
    k = j + 1
    while k < hi and k < j + 4 and toks[k].cap and toks[k].word:
        k += 1
    if not (j + 1 < k < hi and toks[k].low == ","):
        return j
    words = " ".join(t.low for t in toks[j + 1 : k]).replace(".", "").upper()
    return k if words in _STATES else j


#: Auxiliaries that make the words between two commas a clause of their own.
_CLAUSE_AUXILIARIES = frozenset({"is", "are", "was", "were", "has", "have", "had"})


def _a_main_clause(toks: Sequence[_Tok], a: int, b: int) -> bool:
    """True when tokens ``[a, b)`` between two commas hold an auxiliary before any
    relative word ("the plant is hanging on"), so they are no appositive ("who has
    run twice", "an effort that has drawn criticism" are)."""
    for t in toks[a:b]:
        if t.low in RELATIVE_PRONOUNS or t.low == "that":
            return False
        if t.low in _CLAUSE_AUXILIARIES:
            return True
    return False


def _before_a_quoted_relative(text: str, toks: Sequence[_Tok], k: int, lo: int) -> _Ment | None:
    """The subject before a relative clause that a quote closes, its comma inside the
    closing mark at token ``k`` ('Lee, who calls him a “sociopath,” said'); ``None``
    for any other quote before a cue ('“…,” said Lee')."""
    opened = False
    for j in range(k - 1, max(lo, k - 40) - 1, -1):
        low = toks[j].low
        if low in _OPEN_MARKS or low in _DOUBLED:
            if j == lo or toks[j - 1].low in {",", ":"} or opened:
                return None  # the quote opens its clause: '“…,” said Lee'
            opened = True
        elif low == ",":
            if opened and toks[j + 1].low in RELATIVE_PRONOUNS and j - 1 >= lo:
                return _speaker_np(text, toks, j - 1, lo)
            return None  # a comma inside the quote: '“He is not Roe, who …,” said'
    return None


#: Words before a sentence's subject that leave it the subject ("Even the hawks, like
#: Rubio, say …", "But the party, in a statement, said …").
_SUBJECT_LEADS = frozenset({"even", "but", "and", "yet", "still", "also", "so"})


def _opens(toks: Sequence[_Tok], first: int, lo: int) -> bool:
    """True when the phrase at token ``first`` opens the sentence at ``lo``, past a word
    like *even* or *but*."""
    if first == lo + 1 and toks[lo].low in _SUBJECT_LEADS:
        first = lo
    return first == lo and toks[lo].cap


def _before_appositives(text: str, toks: Sequence[_Tok], k: int, lo: int) -> _Ment | None:
    """The subject of a cue after a comma at token ``k``: the name the appositives
    before the comma belong to ("Hugh Hill, a doctor, said", "Marley Anderson, 21, a
    junior from Las Vegas, said"), or the phrase a relative clause follows ("A spokesman
    for the ministry, who declined to be named, said")."""
    # "Hugh Hill, a doctor, said": the name before the appositive
    j = k - 1
    while j >= lo and j > k - 40 and toks[j].low != ",":
        j -= 1
    inner = _np_back(text, toks, k - 1, lo)
    place = _place_before(toks, j, lo) if inner is not None and inner.kind == "name" else None
    if place is not None:
        j = place  # "Cory Lane, 22, of Flint, Mich., said": "Mich." is no speaker
    elif inner is not None and inner.kind == "name" and inner.first == j + 1:
        return inner  # "Sanders's campaign manager, Jeff Weaver, said"
    if j >= lo and toks[j].low == "," and j - 1 >= lo and toks[j + 1].low in RELATIVE_PRONOUNS:
        # "A spokesman for the ministry, who declined to be named, said"
        return _speaker_np(text, toks, j - 1, lo)
    seg_end = k
    for _ in range(3):
        # "Marley Anderson, 21, a junior from Las Vegas, said": back over each
        # appositive to the name that opens them
        if not (j >= lo and toks[j].low == "," and j - 1 >= lo):
            break
        if _a_main_clause(toks, j + 1, seg_end):
            return None  # "In Decatur, the plant is hanging on, said": a clause
        seg_end = j
        j = _skip_paren(toks, j - 1, lo) + 1
        name = _np_back(text, toks, j - 1, lo)
        if name is not None and (
            name.kind in {"name", "pronoun"}
            # "Amy Pope, deputy homeland security advisor, said": a name with a title word
            or (name.kind == "role" and toks[name.first].cap and toks[name.last].cap)
            # "The administration, in an effort to …, has said": the phrase that opens
            # the clause
            or (name.kind in {"role", "organisation"} and _opens(toks, name.first, lo))
        ):
            return name
        j -= 2
        while j >= lo and j > k - 40 and toks[j].low != ",":
            j -= 1
        if j < lo and name is None:
            break
    return None


def _before_adverbs_and_times(toks: Sequence[_Tok], k: int, lo: int) -> int:
    """The token at or before ``k`` past the adverbs and time phrases between a subject
    and its cue ("Putin has repeatedly said", "who has in the past described", "X two
    weeks ago said")."""
    while True:
        while (
            k >= lo
            and toks[k].word
            and (toks[k].low in CUE_ADVERBS or toks[k].low in SENTENCE_ADVERBS)
            and toks[k].low != "who"
            # "Ana Still said": a capitalised word after a capitalised one is a surname
            and not (toks[k].cap and k - 1 >= lo and _first_name(toks[k - 1]))
        ):
            k -= 1
        t = _time_before(toks, k, lo)
        if t == k:
            return k
        k = t


def _subject_before(text: str, toks: Sequence[_Tok], c: int, lo: int = 0) -> _Ment | None:
    """The subject of the cue at token ``c``: skips adverbs, appositives and asides."""
    k = _before_adverbs_and_times(toks, c - 1, lo)
    if k < lo:
        return None
    k = _skip_paren(toks, k, lo)
    if toks[k].low in _CLOSE_MARKS and k - 1 >= lo and toks[k - 1].low == ",":
        # 'Lee, who calls him a “sociopath,” said': the quote closes a relative clause
        return _before_a_quoted_relative(text, toks, k - 1, lo)
    if toks[k].low == "," and k - 1 >= lo and toks[k - 1].low == ")":
        k = _skip_paren(toks, k - 1, lo)  # "Gov. John Kasich (R-OH), said"
    if (
        k - 2 >= lo
        and toks[k - 1].low in {"in", "on", "last", "this", "early", "late"}
        and ((toks[k].low.isdigit() and len(toks[k].low) == 4) or toks[k].low in CLAUSE_SKIP_WORDS)
    ):
        k -= 2  # "who in 2010 said", "Trump on Monday said" (not "six in 10 said")
    if toks[k].low in _ASIDE_DASHES and k - 2 >= lo:
        # "Many speakers — including Muslims and Jews — said": past the aside
        for j in range(k - 1, max(lo - 1, k - 30), -1):
            if toks[j].low in _ASIDE_DASHES:
                if j - 1 >= lo and toks[j - 1].word:
                    return _subject_before(text, toks, j, lo)
                break
    if toks[k].low in {"and", "but", "then"} and k - 2 >= lo:
        found, subj = _coordinated_subject(text, toks, k, lo)
        if found:
            return subj
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
        return _before_appositives(text, toks, k, lo)
    if toks[k].low in {"percent", "%"} and k - 1 >= lo and toks[k - 1].low[:1].isdigit():
        # "47 percent said": a share of those asked speaks
        return _Ment(toks[k - 1].start, toks[k].end, "anonymous", k - 1, k)
    ment = _speaker_np(text, toks, k, lo)
    if (
        ment is not None
        and ment.kind != "name"
        and ment.first - 2 >= lo
        and toks[ment.first - 1].low in _PHRASE_PREPOSITIONS
    ):
        # "The mayor in recent weeks has called it": the subject before the phrase
        before = _speaker_np(text, toks, ment.first - 2, lo)
        if before is not None:
            return before
    if (
        ment is not None
        and ment.kind != "name"
        and ment.first - 3 >= lo
        and toks[ment.first - 1].low in _MOTION_PREPOSITIONS
        and toks[ment.first - 2].low.endswith("ing")
        and not toks[ment.first - 2].cap
    ):
        # "Protesters marching through the streets chanted": the participle's subject
        before = _speaker_np(text, toks, ment.first - 3, lo)
        if before is not None:
            return before
    return ment


#: Closing quotation marks (tokens), before "and said".
_CLOSING_QUOTES = frozenset({'"', "”", "’", "»"})
#: Prepositions that open a phrase between a subject and its verb ("The mayor in recent
#: weeks has called it …"): the noun after one is no subject (#14 class 2).
_PHRASE_PREPOSITIONS = frozenset(
    {"in", "on", "at", "during", "over", "within", "since", "after", "before", "throughout"}
)


#: Prepositions after a participle inside a subject ("Protesters marching through the
#: streets chanted", "Fans waiting outside the arena yelled").
_MOTION_PREPOSITIONS = frozenset(
    {"through", "into", "across", "around", "along", "outside", "inside", "near", "down"}
    | {"up", "past", "toward", "towards", "in", "on", "at", "from", "to"}
)


def _head_mention(text: str, toks: Sequence[_Tok], j: int, k: int, lo: int) -> _Ment:
    """The mention from the speaker head at token ``j`` (with its determiner) to token ``k``."""
    start = j - 1 if j - 1 >= lo and toks[j - 1].low in DETERMINERS else j
    return _Ment(toks[start].start, toks[k].end, _mention_kind(toks, start, j), start, k)


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
                    return _head_mention(text, toks, j, k, lo)
            head = (
                _np_back(text, toks, p - 1, lo)
                if found.kind != "name" and toks[p].low in _HEAD_COMPLEMENTS
                else None
            )
            if head is not None and _a_person(toks[head.last].low):
                # "the organizer of a rally said": the organizer speaks, not the rally
                return head._replace(end=found.end, last=found.last)
        return found
    if toks[k].word and toks[k].low not in PHRASE_STOPS:
        # "a source close to him said", "a spokesman for the campaign said"
        for j in range(k - 1, max(lo - 1, k - 7), -1):
            if not toks[j].word:
                break
            if _bare(toks[j].low) in SPEAKER_HEADS:
                return _head_mention(text, toks, j, k, lo)
    return None


#: The prepositions of a complement after a person's noun ("the organizer of a rally",
#: "a spokesman at the embassy"); not "in"/"on", which open phrases of time too ("The
#: mayor in recent weeks has called it …").
_HEAD_COMPLEMENTS = frozenset({"of", "for", "at", "from", "with"})


def _people(low: str) -> bool:
    """True for a noun that names people by role, also in the plural ("senators",
    "voters")."""
    return _a_person(low) or (low.endswith("s") and not low.endswith("ss") and _a_person(low[:-1]))


def _a_person(low: str) -> bool:
    """True for a noun that names a person by role ("director", "organizer", "mother",
    "member"): listed, or with an agent ending."""
    base = _bare(low)
    return (
        base in ROLE_NOUNS
        or base in ANONYMOUS_NOUNS
        or base in TITLES
        or base in AGENT_PERSONS
        or base.endswith(_AGENT_ENDINGS)
    )


#: Endings of English agent nouns: a person who does something ("organizer", "director",
#: "activist", "chairman", "historian"; not "-ent", which ends "documents" as well as
#: "residents", nor a bare "-er", which ends "letter" and "number" as well as "leader").
_AGENT_ENDINGS: tuple[str, ...] = ("izer", "izers", "iser", "isers", "or", "ors", "ist")
_AGENT_ENDINGS += ("ists", "man", "men", "ian", "ians", "eer", "eers", "ster", "sters")


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


#: Number words that count periods of time ("Twenty-two years ago,", "Two days later,").
_NUMBER_WORDS = frozenset(
    {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"}
    | {"eleven", "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "several", "few"}
    | {"thirteen", "fourteen", "sixteen", "seventeen", "eighteen", "nineteen", "sixty"}
    | {"seventy", "eighty", "ninety", "hundred", "many"}
)


def _a_count(low: str) -> bool:
    """True for a number word, also hyphenated ("twenty-two")."""
    return low in _NUMBER_WORDS or all(part in _NUMBER_WORDS for part in low.split("-"))


def _past_time_phrase(toks: Sequence[_Tok], i: int, hi: int) -> int:
    """After an opening time phrase and its comma ("Last year, he …", "Earlier this
    week, Clinton …", "On March 3, …"), else ``i``."""
    for j in range(i, min(hi, i + 6)):
        low = toks[j].low
        if low == ",":
            return j + 1 if j > i + 1 or toks[i].low in TIME_WORDS else i
        if not (
            low in TIME_PHRASE_WORDS
            or low in TIME_PERIODS
            or low in TIME_WORDS
            or low.rstrip(".") in MONTHS
            or low.isdigit()
            or _a_count(low)
        ):
            return i
    return i


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
    for j in range(i + 1, min(stop, i + 4)):
        # "The Latest: Trump delivers …", "WATCH: …": a label before a colon
        if toks[j].low == ":" and any(_bare(t.low) in HEADLINE_LABELS for t in toks[i:j]):
            i = j + 1
            break
    if (
        i + 2 < stop
        and toks[i + 1].low == ":"
        and toks[i].cap
        and toks[i + 2].cap
        and toks[i + 2].low in _LABELLED_OPENERS
    ):
        i += 2  # a rubric: "Europapolitik: Die SPD will …", "Economy: The party plans …"
    i = _past_time_phrase(toks, i, stop)
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
                # "Challenged by X, Lee said" (not the names "Ted", "Fred", "Ned")
                or (first.low.endswith(("ly", "ing", "ed")) and len(first.low) > 4)
                or first.low in {"given", "born", "despite", "unlike", "like", "ever"}
                or not first.cap
            )
        ):
            break
        for j in range(i + 1, min(hi, i + 20)):
            if toks[j].low == ",":
                # "Speaking in Salem, New Hampshire, Lee …": past the state; 'On “Face
                # the Nation,” Sen. Roe …': past the mark closing a title
                i = _past_the_state(toks, j, hi) + 1
                while i < hi and toks[i].low in {"”", "’", '"', "'"}:
                    i += 1
                break
            if not toks[j].word and toks[j].low not in _PHRASE_PUNCT:
                return i
        else:
            return i
        first = toks[i] if i < hi else None
    return i


#: Articles that open the sentence after a one-word rubric and its colon.
_LABELLED_OPENERS = frozenset({"the", "a", "an", "der", "die", "das", "ein", "eine"})


#: The kinds of mention a sentence's subject may be to speak ("The agency declined …").
_SUBJECT_KINDS = frozenset({"name", "pronoun", "role", "organisation", "anonymous"})


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
    if ment is None or ment.last >= hi or ment.kind not in _SUBJECT_KINDS:
        return None
    last = toks[ment.last]
    nxt = toks[ment.last + 1].low if ment.last + 1 < hi else ""
    if (
        ment.last > ment.first + 1
        and not last.cap
        and (
            last.low.endswith("ed")
            or last.low in FINITE_VERBS  # "the group went", "the campaign left"
            or (
                last.low.endswith("s")
                and (nxt in DETERMINERS or nxt in {"to", "that", "“", '"', "‘"} or not nxt)
            )
        )
    ):
        # "The town released a statement …", "The ad targets a …", "Her plan promises
        # to …", "The group seeks that …", "the group went": the verb is no part of
        # the subject
        prev = ment.last - 1
        return ment._replace(end=toks[prev].end, last=prev)
    if _a_noun_after_the_name(toks, ment, hi):
        # "This Trump lookalike spoke …": the name modifies a noun the lexicon does not
        # list, and the verb comes after that noun
        k = ment.last + 1
        return ment._replace(end=toks[k].end, last=k, kind="role")
    return ment


def _a_noun_after_the_name(toks: Sequence[_Tok], ment: _Ment, hi: int) -> bool:
    """True when a determiner and a name ("This Trump") are followed by a lower-case
    word that is no verb, then by a verb: the name is the noun's modifier."""
    k = ment.last + 1
    if k + 1 >= hi or ment.kind != "name" or ment.first == ment.last:
        return False
    if toks[ment.first].low not in DETERMINERS or not toks[ment.last].cap:
        return False
    noun, verb = toks[k], toks[k + 1]
    return (
        noun.word
        and not noun.cap
        and noun.cue is None
        and noun.low not in PHRASE_STOPS
        and noun.low not in _NOT_A_NOUN
        and not _verb_like(noun)
        and not noun.low.endswith(("ing", "ly"))
        and (verb.cue is not None or verb.low in _VERB_FORMS or _verb_like(verb))
    )


#: Inflected verbs the lexicon lists: finite verbs, stances and acts ("spoke", "went").
_VERB_FORMS = FINITE_VERBS | frozenset(STANCE_VERBS) | frozenset(ACT_VERBS)
#: Lower-case words after a name that are no noun: verbs, adverbs and time words ("The
#: DOT first said", "The Exchange today said").
_NOT_A_NOUN = _VERB_FORMS | CUE_ADVERBS | TIME_WORDS | SENTENCE_ADVERBS | FLOATING_WORDS
