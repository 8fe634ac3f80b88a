"""The people, roles and organisations an article names, and their types.

Takes the whole text; gives a :class:`_Registry`: every capitalised run read once as a
name (titles stripped: "Russian President Vladimir Putin" is *Vladimir Putin* with the
roles *president* and *Russian*), the roles each name holds (also from appositives,
"X, the union chairman"), and each name's gender where the text tells it.

>>> text = "Russian President Vladimir Putin spoke. Putin left."
>>> entity = _registry(text).by_key["putin"]
>>> entity.name.of(text), sorted(entity.roles)
('Vladimir Putin', ['president', 'russian'])
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

import regex

from newsparse.attribution.tokens import (
    _BARE_ENDS,
    _NAME_ABBREV,
    _bare,
)
from newsparse.lexicon.cues import TITLE_CASE_CUES
from newsparse.lexicon.german import CLAUSE_LINKS as GERMAN_CLAUSE_LINKS
from newsparse.lexicon.german import SENTENCE_ADVERBS as GERMAN_SENTENCE_ADVERBS
from newsparse.lexicon.german import SUBORDINATORS as GERMAN_SUBORDINATORS
from newsparse.lexicon.german import TITLE_ENDINGS
from newsparse.lexicon.given_names import GIVEN_NAME_GENDERS
from newsparse.lexicon.kinds import LEGAL_FORMS
from newsparse.lexicon.pronouns import GENDERED_NOUNS
from newsparse.lexicon.titles import (
    HEAD_OF_STATE,
    HONORIFICS,
    LIEUTENANT_TITLES,
    NAME_CONNECTORS,
    NAME_STOPWORDS,
    ORGANISATION_NOUNS,
    ROLE_NOUNS,
    TITLE_ABBREVIATION_ROLES,
    TITLES,
)
from newsparse.spans import Span

# --------------------------------------------------------------------------- entities


class _Entity(NamedTuple):
    name: Span
    roles: frozenset[str]
    gender: str


def _a_person_after(words: list[tuple[int, int, str]]) -> bool:
    """True for the words after a possessive inside a run when they can be a person's
    given name and last name: two words, no legal form and no organisation noun
    ("Investors Service", "Central Bank" are no person)."""
    return (
        len(words) == 2
        # a plural common noun is no given name ("Investors Service", "Automotive Reports")
        and not words[0][2].endswith(("ors", "ers", "ics", "ies"))
        and not any(
            w in LEGAL_FORMS or _bare(w.lower()) in ORGANISATION_NOUNS or w.isupper()
            for _, _, w in words
        )
    )


#: Possessive endings: a word with one inside a run owns the name after it.
_POSSESSIVES = ("'s", "’s", "s'", "s’")
#: Endings :func:`_name_key_of` removes.
_NAME_ENDS = (*_BARE_ENDS, "s'", "s’")


def _name_key_of(low: str) -> str:
    """A lower-case name word without its possessive ending ("lee's" and "sanders'":
    "Bernie Sanders' campaign" names *Bernie Sanders*) or a final period."""
    if low.endswith(("s'", "s’")):
        return low[:-1]
    return _bare(low)


_CAP_RUN = regex.compile(
    r"(?<![\p{L}\p{N}])\p{Lu}[\p{L}'’\-]*+\.?"
    r"(?:[^\S\n]{1,3}(?:(?:of|de|van|von|bin|al|la|le|da|du|del)[^\S\n]{1,3})?"
    r"\p{Lu}[\p{L}'’\-]*+\.?){0,7}"
)


_NONSPACE = regex.compile(r"\S+")

#: How many earlier speakers a pronoun or role noun may reach back to.
_LOOKBACK = 40


def _strip_title(words: list[tuple[int, int, str]], german: bool = False) -> tuple[int, list[str]]:
    """Index of the first name word after titles, and the lower-case titles seen;
    ``german`` copy also loses a capitalised word that opens its sentence ("Obwohl",
    "Laut") and a compound title ("Bahnchef")."""
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
            or (german and low.endswith(TITLE_ENDINGS))  # "Bahnchef", "Innenministerin"
            # German words that open a sentence capitalised: "Obwohl Anna Roth …",
            # "Laut Haaretz" (not "Marina Da Silva", "Nur Misuari" in English copy)
            or (
                german
                and idx == 0
                and (
                    low in GERMAN_SUBORDINATORS
                    or low in GERMAN_SENTENCE_ADVERBS
                    or low in GERMAN_CLAUSE_LINKS
                )
            )
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
    #: for each role, where each holder of ``by_role`` was first named (ascending)
    role_starts: dict[str, list[int]]
    #: German copy: capitalised nouns make any capitalised word look like a given
    #: name, so two names with the same last word stay one entity
    german: bool = False


#: What :func:`_registry` takes from one capitalised run, which depends on the
#: run's characters alone: ``None`` (no name), or the key, the name's offsets
#: in the run, its gender and roles from the titles, and its number of words
#: (0 for a one-word run, which has no titles and no position).
_RunInfo = tuple[str, int, int, str, frozenset[str], int] | None
_NO_ROLES: frozenset[str] = frozenset()
#: A run not read yet (``None`` is a reading: no name).
_UNREAD: _RunInfo = ("", 0, 0, "", _NO_ROLES, -1)


def _run_info(run: str, german: bool = False) -> _RunInfo:
    """The part of :func:`_registry`'s reading of one run that depends on it (and on
    the copy's language) alone."""
    if len(run.split()) == 1:
        # one word ("The", "Putin"): no titles, no position
        key = run.lower()
        if key.endswith(_NAME_ENDS):
            key = _name_key_of(key)
        if key in NAME_STOPWORDS or key in TITLES:
            return None
        end = len(run)
        if run.endswith(("'s", "’s")):
            end -= 2
        elif run.endswith(("s'", "s’")):
            end -= 1
        if run.endswith("."):
            end -= 1
        return key, 0, end, "", _NO_ROLES, 0
    words = [(w.start(), w.end(), w.group()) for w in _NONSPACE.finditer(run)]
    if _headline_verb(words, run) is not None:
        return None
    first, titles = _strip_title(words, german)
    name_words = words[first:]
    if not name_words:
        return None
    owner = max(
        (k for k in range(len(name_words) - 1) if name_words[k][2].endswith(_POSSESSIVES)),
        default=-1,
    )
    if owner >= 0 and _a_person_after(name_words[owner + 1 :]):
        # "Media Research Center’s Brent Bozell", "CNN’s Tara Lee": the person after
        # the possessive is the one this run names ("Moody's Investors Service Inc",
        # "McDonald's Corp" keep theirs)
        name_words = name_words[owner + 1 :]
    if titles and len(name_words) >= 3 and name_words[0][2].islower():
        # "Sprecher von Lena Roth": the title is the spokesman's, and the name after
        # "von" somebody else's (not "Bundespräsident von Weizsäcker", a particle)
        name_words = name_words[1:]
        titles = []
    last_word = name_words[-1][2]
    key = _name_key_of(last_word.lower())
    if key in NAME_STOPWORDS or key in TITLES:
        return None
    end = name_words[-1][1]
    if last_word.endswith(("'s", "’s")):
        end -= 2
    elif last_word.endswith(("s'", "s’")):
        end -= 1  # "Bernie Sanders' campaign"
    if last_word.endswith("."):
        end -= 1
    gender = ""
    for t in titles:
        # an honorific ("Mrs."), or a gendered title ("Ministerin", "Chairwoman")
        gender = gender or HONORIFICS.get(t, "") or GENDERED_NOUNS.get(t.rstrip("."), "")
    if (
        not gender
        and len(name_words) >= 2
        and not name_words[0][2].isupper()
        # "Bernie Sanders’ College": the given name is the possessor's
        and not any(w.endswith(_POSSESSIVES) for _, _, w in name_words[:-1])
    ):
        # "Ann Lee": a given name that tells the gender
        gender = GIVEN_NAME_GENDERS.get(name_words[0][2].lower(), "")
    roles = frozenset(t.rstrip(".") for t in titles) | _spelled_out(titles)
    if german:
        roles = roles | _title_heads(titles)
    return key, name_words[0][0], end, gender, roles, len(name_words)


def _full_key(name: str) -> str:
    """The key of a person who shares a last name with one named before: the whole
    name, lower case ("bill clinton")."""
    return " ".join(_name_key_of(w.lower()) for w in name.split())


def _one_person(name: str, known: str) -> bool:
    """False when two names that share their last word share no given name: "Bill
    Clinton" is not "Hillary Rodham Clinton", "Chris Murphy" not "Anne Marie Murphy",
    "Jeb Bush" not "George W. Bush".  A given name is a capitalised word before the
    last that is no title and no acronym ("GOP Rep. Mike Lee" has one, *Mike*); a name
    without one ("Mr. Lee", "an angry Lee"), a middle name ("Hillary Clinton", "Hillary
    Rodham Clinton") or a matching initial ("J. Lee", "Jan Lee") keeps them one.

    >>> _one_person("Bill Clinton", "Hillary Rodham Clinton")
    False
    >>> _one_person("Hillary Clinton", "Hillary Rodham Clinton")
    True
    """
    a, b = _given_names(name), _given_names(known)
    if not a or not b or not a.isdisjoint(b):
        return True
    return any(_initial_of(x, y) or _initial_of(y, x) for x in a for y in b)


def _given_names(name: str) -> frozenset[str]:
    """The given names of a name, lower case (:func:`_one_person`)."""
    given = []
    # the capitalised words and particles right before the last ("Florida consultant
    # Wilson" has none, "Willy de Clercq" has *Willy*)
    words = name.split()[:-1]
    k = len(words)
    while k and (words[k - 1][:1].isupper() or words[k - 1] in NAME_CONNECTORS):
        k -= 1
    for w in words[k:]:
        low = w.lower().rstrip(".")
        if (
            w[:1].isupper()
            and low not in NAME_CONNECTORS  # "De Blasio", "Van Vliet": a particle
            and not (w.isupper() and "." not in w and len(w) > 1)  # "GOP", "NY"
            # an abbreviation, not an initial ("Pres.", "Supt."; "J." and "J.M." are)
            and not (w.endswith(".") and len(w) > 2 and "." not in w[:-1])
            and not w.endswith(("'", "’"))  # "‘Thin-skinned’ Trump": a quoted word
            # a title, with its period or without ("Rep. Lee", "Rep Lee")
            and low not in TITLES
            and low + "." not in TITLES
            and low not in HONORIFICS
            and low + "." not in HONORIFICS
        ):
            given.append(_name_key_of(w.lower()))
    return frozenset(given)


def _initial_of(initials: str, given: str) -> bool:
    """True when ``initials`` ("j", "j.m") are initials and the first is ``given``'s."""
    return all(len(part) <= 1 for part in initials.split(".")) and given[:1] == initials[:1]


def _title_heads(titles: list[str]) -> frozenset[str]:
    """The head noun of each German compound title, the role a later "die Ministerin" or
    "der Chef" names: "innenministerin" is a "ministerin", "grünen-politikerin" a
    "politikerin", "bahnchef" a "chef" (the longest title ending it has)."""
    heads = set()
    for t in titles:
        ends = [e for e in TITLE_ENDINGS if t.endswith(e) and t != e]
        if ends:
            heads.add(max(ends, key=len))
    return frozenset(heads)


def _headline_verb(words: list[tuple[int, int, str]], run: str) -> int | None:
    """The index of the cue verb inside a run of capitalised words, as a title-case
    headline writes a clause ("Gov. Ann Lee Vows Cuts", "Chris Christie Calls Hillary
    Clinton"), with a word on each side; else ``None``.  Such a run is no name, so no
    later "the governor" or "Clinton" takes its words.  A run in capitals ("IRAN SAYS
    …") is left as it was: wire slugs name their subject so."""
    if run.isupper():
        return None
    return next(
        (k for k in range(1, len(words) - 1) if words[k][2].lower() in TITLE_CASE_CUES), None
    )


def _spelled_out(titles: list[str]) -> frozenset[str]:
    """The role the title right before the name stands for when abbreviated ("Gov." is
    a governor, "Rep." a congressman, "Maj. Gen." a general, not a major); none after
    "Lt." ("Lt. Gov.": a lieutenant governor is no governor)."""
    if not titles or (len(titles) > 1 and titles[-2] in LIEUTENANT_TITLES):
        return _NO_ROLES
    return TITLE_ABBREVIATION_ROLES.get(titles[-1], _NO_ROLES)


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


#: :func:`_run_info` of the runs read so far, at most about _RUN_MEMO_MAX of them
#: for each kind of copy (English and German read a run's first word apart).
_RUN_MEMO: dict[str, _RunInfo] = {}
_RUN_MEMO_DE: dict[str, _RunInfo] = {}
_RUN_MEMO_MAX = 20_000


def _registry(text: str, lang: str = "en") -> _Registry:
    """Every multi-word name in the text, keyed by its last word, with the titles seen
    (``lang`` "de": German titles and sentence openers are no part of a name)."""
    by_key: dict[str, _Entity] = {}
    positions: list[int] = []
    keys: list[str] = []
    # names repeat within an article and across a corpus: each distinct run is read
    # once (a pure function of the run; the memo is emptied when it grows past its cap)
    german = lang == "de"
    cache = _RUN_MEMO_DE if german else _RUN_MEMO
    first_seen: dict[str, int] = {}
    for at, run in _name_runs(text):
        info = cache.get(run, _UNREAD)
        if info is _UNREAD:
            if len(cache) >= _RUN_MEMO_MAX:
                cache.clear()  # one long text may hold many runs: the cap holds inside it
            info = cache[run] = _run_info(run, german)
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
                first_seen[key] = at
            elif roles:
                by_key[key] = old_one._replace(roles=old_one.roles | roles)
            continue
        span = _span(at + a, at + b)
        old = by_key.get(key)
        if old is not None and n_words >= 2 and not german:
            known = old.name.of(text)
            said = text[span.start : span.end]
            if not _one_person(said, known):
                # "Bill Clinton" after "Hillary Rodham Clinton": another person with
                # the same last name, an entity of its own under its full name
                key = _full_key(said)
                old = by_key.get(key)
        if n_words >= 2:
            positions.append(span.start)
            keys.append(key)
        if old is None:
            by_key[key] = _Entity(span, roles, gender)
            first_seen[key] = span.start
        else:
            better = n_words > len(old.name.of(text).split())
            by_key[key] = _Entity(
                span if better else old.name, old.roles | roles, old.gender or gender
            )
    by_role: dict[str, list[str]] = {}
    role_starts: dict[str, list[int]] = {}
    for key, ent in by_key.items():  # in the order the names first appear
        for role in ent.roles | ({"leader"} if ent.roles & HEAD_OF_STATE else set()):
            by_role.setdefault(role, []).append(key)
            role_starts.setdefault(role, []).append(first_seen[key])
    return _Registry(by_key, positions, keys, by_role, {}, role_starts, german)
