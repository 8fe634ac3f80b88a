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

import functools
from collections.abc import Iterator, Mapping, Sequence
from types import MappingProxyType
from typing import NamedTuple

import regex

from newsparse.attribution.mentions import _people
from newsparse.attribution.tokens import (
    _BARE_ENDS,
    _NAME_ABBREV,
    _bare,
)
from newsparse.lexicon.cues import TIME_WORDS, TITLE_CASE_CUES
from newsparse.lexicon.german import CLAUSE_LINKS as GERMAN_CLAUSE_LINKS
from newsparse.lexicon.german import SENTENCE_ADVERBS as GERMAN_SENTENCE_ADVERBS
from newsparse.lexicon.german import SUBORDINATORS as GERMAN_SUBORDINATORS
from newsparse.lexicon.german import TITLE_ENDINGS
from newsparse.lexicon.given_names import (
    COMPANY_HEADS,
    GIVEN_NAME_GENDERS,
    GIVEN_NAME_SHORT_FORMS,
    KNOWN_GIVEN_NAMES,
    NON_PERSON_HEADS,
    NOT_GIVEN_NAMES,
)
from newsparse.lexicon.kinds import LEGAL_FORMS
from newsparse.lexicon.places import (
    COUNTRIES,
    NATIONALITY_ADJECTIVES,
    STANDALONE_CITIES,
    STATE_ABBREVIATIONS,
    place_key,
)
from newsparse.lexicon.pronouns import GENDERED_NOUNS
from newsparse.lexicon.titles import (
    COMPANY_NOUNS,
    HEAD_OF_STATE,
    HONORIFICS,
    LIEUTENANT_TITLES,
    NAME_CONNECTORS,
    NAME_SECOND_PARTICLES,
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


def _owned_start(words: Sequence[str]) -> int:
    """Where the person a run names starts when an owner stands before it: "CNN's Tara
    Lee", "Media Research Center’s Brent Bozell", "Colorado’s Kendal Unruh" (an acronym,
    a name of two words or more, or a known place owns two words of a person's name);
    0 when no owner does ("Dick's Sporting Goods", "McDonald's Corp", "St. Jude
    Children's Research Hospital" keep their words)."""
    owner = max((k for k in range(len(words) - 1) if words[k].endswith(_POSSESSIVES)), default=-1)
    if owner < 0 or len(words) - owner - 1 != 2:
        return 0
    possessor = words[owner]
    stem = possessor[:-2] if possessor.endswith(("'s", "’s")) else possessor[:-1]
    low = stem.lower()
    if owner == 0 and (low in _CONTRACTED or low in TIME_WORDS):
        # "He's Donald Trump", "It’s Democrats": a clause's subject and verb;
        # "Tuesday’s New Hampshire primary": the day owns no name
        return 1
    if low in _INSTITUTION_OWNERS:
        return 0  # "Children's Research Hospital", "People's Daily"
    owned = words[owner + 1 :]
    if not (
        owner >= 1
        or (stem.isupper() and len(stem) > 1)
        or _a_known_place(stem)
        or _an_institution_word(low)
        # "Breitbart’s Joel Pollak": a given name opens the person's name
        or _bare(owned[0].lower()) in KNOWN_GIVEN_NAMES
    ):
        return 0  # "Dick's Sporting Goods": a family name owns a company's words
    plural = owned[0].endswith(("ors", "ers", "ics", "ies"))
    if plural or any(_an_institution_word(_bare(w.lower())) or w.isupper() for w in owned):
        return 0  # "Moody's Investors Service", "Lowe's Home Improvement"
    return owner + 1


#: Words whose "'s" is "is" at the start of a run ("He's Donald Trump").
_CONTRACTED = frozenset({"he", "she", "it", "that", "there", "here", "what", "who", "where"})
#: Plural nouns whose possessive opens an institution's name, not a person's owner.
_INSTITUTION_OWNERS = frozenset({"children", "people", "women", "men", "veterans"})


def _a_known_place(word: str) -> bool:
    """True for a country, a US state or a city that stands alone in datelines."""
    key = place_key(word)
    return key in COUNTRIES or key in _STATES or key in STANDALONE_CITIES


#: US state names, upper case.
_STATES = frozenset(place_key(name) for name in STATE_ABBREVIATIONS.values())


#: Possessive endings: a word with one inside a run owns the name after it.
_POSSESSIVES = ("'s", "’s", "s'", "s’")
#: Endings :func:`_name_key_of` removes.
_NAME_ENDS = (*_BARE_ENDS, "s'", "s’")


def _ending(word: str) -> int:
    """How many characters at the end of a name's last word are no part of the name: a
    possessive ("Lee's", "Bernie Sanders' campaign") or a final period, which an
    initialism keeps ("the F.B.I.")."""
    if word.endswith(("'s", "’s")):
        return 2
    if word.endswith(("s'", "s’")):
        return 1
    return 1 if word.endswith(".") and "." not in word[:-1] else 0


def _name_key_of(low: str) -> str:
    """A lower-case name word without its possessive ending ("lee's" and "sanders'":
    "Bernie Sanders' campaign" names *Bernie Sanders*) or a final period."""
    if low.endswith(("s'", "s’")):
        return low[:-1]
    return _bare(low)


#: A capitalised word of a run: glued initials ("H.W.", "U.S.") count as one.
_CAP_WORD = r"\p{Lu}(?:\.\p{Lu})*+[\p{L}'’\-]*+\.?"
#: A particle inside a name (:data:`~newsparse.lexicon.titles.NAME_CONNECTORS`).
_PARTICLE = "(?:" + "|".join(sorted(NAME_CONNECTORS)) + ")"
_CAP_RUN = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}]){_CAP_WORD}"
    rf"(?:[^\S\n]{{1,3}}(?:{_PARTICLE}[^\S\n]{{1,3}})?{_CAP_WORD}){{0,7}}"
)
#: :data:`_CAP_RUN` for English copy, where a second particle goes on with a name
#: ("Ursula von der Leyen", "Juan de la Cruz"; :data:`~newsparse.lexicon.titles.
#: NAME_SECOND_PARTICLES`); German "von der" joins a person to the body they speak for
#: ("Jan Roth von der Polizei").
_CAP_RUN_EN = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}]){_CAP_WORD}"
    rf"(?:[^\S\n]{{1,3}}(?:{_PARTICLE}[^\S\n]{{1,3}}"
    rf"(?:(?:{'|'.join(sorted(NAME_SECOND_PARTICLES))})[^\S\n]{{1,3}})?)?{_CAP_WORD}){{0,7}}"
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
        if len(w) == 2 and w[1] == "." and w[0].isupper():
            continue  # an initial ("Paul A. Volcker": "A." is no article)
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


def _before_of(words: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A run's words without the "of" phrase after a person's name ("Sen. Ted Cruz of
    Texas", "Pep Guardiola of Manchester City": the person, not the state or the club);
    all of them for an institution's name ("Bank of England", "Ford Motor Co of
    Canada", "Marketing Systems of America Inc"), a title's ("Secretary of State John
    Kerry") and a name with no given name before "of"."""
    cut = next((k for k, (_, _, w) in enumerate(words) if w == "of"), 0)
    if cut < 2:
        return words
    first, _ = _strip_title(words[:cut])
    person = [w for _, _, w in words[first:cut]]
    if (
        len(person) < 2
        or not _a_given_name(person[0])
        or _an_institution(" ".join(person))
        # "Marketing Systems of America Inc": the company's name goes on after "of"
        # (not "Tim Cook of Apple Inc", a person of a company)
        or (
            _name_key_of(words[-1][2].lower()) in _LEGAL_FORMS_LOW
            and _name_key_of(person[0].lower()) not in KNOWN_GIVEN_NAMES
        )
    ):
        return words
    return words[:cut]


def _one_word_thing(text: str, ent: _Entity | None) -> bool:
    """True for an entity named by one word in a headline's capitals that tells no gender
    ("BROWN-FORMAN"), which a company named later with that first word takes over (not
    "Boeing" before "Boeing Capital Corp": the body's own spelling stays its own)."""
    if ent is None or ent.gender:
        return False
    name = ent.name.of(text).strip()
    return " " not in name and name.isupper() and len(name) > 1


def _short_name(name: str) -> str:
    """The key a company's first word gives it when it stands alone ("ford" for "Ford
    Motor Co", "gaf" for "GAF Corp"), else "": no company by a legal form (a company
    head word is not enough: headlines in capitals end in one, "FAIRCHILD INDUSTRIES",
    "BOTSWANA BANS MEAT PRODUCTS"), or a first word that names something else on its own (a place, a
    nationality, a function word, an abbreviation: "U.S. Home Corp")."""
    words = name.split()
    if len(words) < 2 or _name_key_of(words[-1].lower()) not in _LEGAL_FORMS_LOW:
        return ""
    low = _name_key_of(words[0].lower())
    if (
        "." in words[0]
        or low in _LEGAL_FORMS_LOW
        or low in NAME_STOPWORDS
        or low in NATIONALITY_ADJECTIVES
        or _a_known_place(words[0])
    ):
        return ""
    return low


def _name_start(words: list[tuple[int, int, str]], german: bool = False) -> tuple[int, list[str]]:
    """:func:`_strip_title`, except that a title opening an institution's name is its
    first word ("General Electric Co", "the Justice Department"; not "The": "The Du
    Pont Co" is *Du Pont Co*, and not past a word that ends a sentence: "… Foundation.
    Both The New York Times")."""
    first, titles = _strip_title(words, german)
    if (
        titles
        and not german
        and first < len(words)
        and _institution_after_titles(words[first - 1][2], [w for _, _, w in words[first:]])
    ):
        while (
            first
            and words[first - 1][2][:1].isupper()
            and _may_open_an_institution(words[first - 1][2])
        ):
            first -= 1
        titles = []
    return first, titles


def _institution_after_titles(title: str, names: list[str]) -> bool:
    """True when the capitalised words after a run's titles (the last is ``title``)
    name an institution whose name the titles open: a legal form ("Electric Co"), one
    organisation noun ("the Justice Department"), one institution's word after no
    person's title ("White House"), or words ending in an institution's word without a
    given name or an initial, or after a person's title only with an organisation noun
    ("National Committee"); not "President Park", "Senator Hall", "Judge Rashad Hall"
    or "Chairman John W. Hall", whose last word is a surname."""
    if not all(w[:1].isupper() for w in names):
        return False  # "Chairman Ann Lee of Acme Corp"
    last = _name_key_of(names[-1].lower())
    if last in _LEGAL_FORMS_LOW:
        return True
    if len(names) == 1:
        return last in ORGANISATION_NOUNS or (
            _an_institution_word(last) and not _a_person_title(title.lower())
        )
    if _name_key_of(names[0].lower()) in KNOWN_GIVEN_NAMES or any(_initials(w) for w in names[:-1]):
        return False
    if last not in ORGANISATION_NOUNS and _a_person_title(title.lower()):
        return False  # "Judge Rashad Hall": a surname that is also an institution's word
    return _an_institution_word(last)


def _a_person_title(low: str) -> bool:
    """True for a title that only a person holds ("president", "sen.", "mr.")."""
    bare = low.rstrip(".")
    return bare in ROLE_NOUNS or low in HONORIFICS or bare in HONORIFICS or low.endswith(".")


def _may_open_an_institution(word: str) -> bool:
    """True for a title word that may open an institution's name ("General", "Justice",
    "U.S."); not a function word ("The", "Both"), an abbreviation or a word with the
    period that ends a sentence ("Sen.", "Foundation.")."""
    low = word.lower()
    if word.endswith(".") and "." not in word[:-1]:
        return False
    return not (low.rstrip(".") in NAME_STOPWORDS and low not in TITLES)


class _Registry(NamedTuple):
    by_key: dict[str, _Entity]
    positions: list[int]
    keys: list[str]
    by_role: dict[str, list[str]]
    #: :func:`_name_key` of each mention's words, filled as mentions resolve
    name_keys: dict[str, tuple[str, str]]
    #: for each role, where each holder of ``by_role`` was first named (ascending)
    role_starts: dict[str, list[int]]
    #: for each last name, the keys of the other people who bear it ("clinton":
    #: ["bill clinton"] when "Hillary Clinton" was named first), in order
    others: dict[str, list[str]]
    #: German copy: capitalised nouns make any capitalised word look like a given
    #: name, so two names with the same last word stay one entity
    german: bool = False
    #: a company's first word, for the company it short-names ("ford": the key of
    #: "Ford Motor Co"), where no name of its own has that key
    short_names: Mapping[str, str] = MappingProxyType({})


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
        return key, 0, len(run) - _ending(run), "", _NO_ROLES, 0
    words = [(w.start(), w.end(), w.group()) for w in _NONSPACE.finditer(run)]
    if _headline_verb(words, run) is not None:
        return None
    if not german:
        words = _before_of(words)
    first, titles = _name_start(words, german)
    name_words = words[first:]
    if not name_words:
        return None
    # "CNN’s Tara Lee": the person after the owner is the one this run names
    name_words = name_words[_owned_start([w for _, _, w in name_words]) :]
    if (
        titles
        and len(name_words) >= 3
        and name_words[0][2].islower()
        # "Mr. van den Berg", "Präsidentin von der Leyen": one name with two particles
        and not (len(name_words) == 3 and name_words[1][2] in NAME_SECOND_PARTICLES)
    ):
        if len(name_words) == 3:
            # "Sprecher von Lena Roth": the title is the spokesman's, and the name
            # after "von" somebody else's (not "Bundespräsident von Weizsäcker", a
            # particle before one word)
            name_words = name_words[1:]
            titles = []
        else:
            # "Bürgermeister von Köln Thomas Berg": the title's place, then its holder
            name_words = name_words[-2:]
    last_word = name_words[-1][2]
    key = _name_key_of(last_word.lower())
    if len(name_words) >= 2 and "." in name_words[-2][2][:-1] and _people(key):
        return None  # "… joined the F.B.I. Agents said …": a sentence ends at the initialism
    if key in NAME_STOPWORDS or key in TITLES:
        return None
    end = name_words[-1][1] - _ending(last_word)
    # an honorific ("Mrs."), else a given name ("Ann Lee"), else a gendered title
    # ("Ministerin", "Chairwoman"; "Chairman Mary Roe" is a woman)
    gender = next((g for t in titles if (g := HONORIFICS.get(t, ""))), "")
    if (
        not gender
        and len(name_words) >= 2
        and not name_words[0][2].isupper()
        # "Bernie Sanders’ College": the given name is the possessor's
        and not any(w.endswith(_POSSESSIVES) for _, _, w in name_words[:-1])
        # "George Washington University", "Carl Zeiss AG": no person
        and not _an_institution(" ".join(w for _, _, w in name_words))
    ):
        # "Ann Lee": a given name that tells the gender
        gender = GIVEN_NAME_GENDERS.get(name_words[0][2].lower(), "")
    if not gender:
        gender = next((g for t in titles if (g := GENDERED_NOUNS.get(t.rstrip("."), ""))), "")
    roles = frozenset(t.rstrip(".") for t in titles) | _spelled_out(titles)
    if german:
        roles = roles | _title_heads(titles)
    if key in _LEGAL_FORMS_LOW or key in COMPANY_HEADS:
        roles = roles | COMPANY_NOUNS  # "Acme Corp", "Litton Industries": "the company"
    return key, name_words[0][0], end, gender, roles, len(name_words)


def _same_person(
    text: str, said: str, keys: Sequence[str], by_key: dict[str, _Entity]
) -> str | None:
    """The first of ``keys`` (people who share a last name with a first-named one)
    whose entity ``said`` names too (:func:`_one_person`), else ``None``: the one under
    ``said``'s own full key, else the first of the last ``_LOOKBACK`` keys (so that a
    text naming many people of one last name costs linear time)."""
    own = _full_key(said)
    if own in by_key:
        return own
    recent = keys[-_LOOKBACK:]
    return next((k for k in recent if _one_person(said, by_key[k].name.of(text))), None)


def _by_gender(key: str, others: Sequence[str], gender: str, by_key: dict[str, _Entity]) -> str:
    """Of the people who bear one last name (``key`` first, then the last ``_LOOKBACK``
    of ``others``), the first known to have ``gender``; else ``key`` (the first named)
    unless its gender is the other one, then the first of unknown gender."""
    keys = (key, *others[-_LOOKBACK:])
    found = next((k for k in keys if by_key[k].gender == gender), None)
    if found is not None:
        return found
    if by_key[key].gender in {"", gender}:
        return key
    return next((k for k in keys if not by_key[k].gender), key)


def _full_key(name: str) -> str:
    """The key of a person who shares a last name with one named before: the whole
    name, lower case ("bill clinton")."""
    return " ".join(_name_key_of(w.lower()) for w in name.split())


def _one_person(name: str, known: str) -> bool:
    """False when two names that share their last word share no given name: "Bill
    Clinton" is not "Hillary Rodham Clinton", "Chris Murphy" not "Anne Marie Murphy",
    "Jeb Bush" not "George W. Bush", "George W. Bush" not "George H.W. Bush" (other
    middle initials).  A given name is a capitalised word right before
    the last that is no title, time word, place, acronym or particle (:func:`_given_names`;
    "President-elect Trump" and "Yesterday Lee" have none); a name without one, a
    middle name ("Hillary Rodham Clinton"), a short form ("Joe", "Joseph R. Biden") or a
    matching initial ("J. Lee", "Jan Lee") keeps them one.

    >>> _one_person("Bill Clinton", "Hillary Rodham Clinton")
    False
    >>> _one_person("Hillary Clinton", "Hillary Rodham Clinton")
    True
    """
    if _an_institution(name):
        # "Poor's Corp" is not "Navistar International Corp", "China Daily" not
        # "People's Daily": an institution's words are its name, not a given name
        x, y = _name_words(name), _name_words(known)
        return x <= y or y <= x
    mid_a, mid_b = _middle_initials(name), _middle_initials(known)
    if mid_a and mid_b and mid_a != mid_b:
        return False  # "George W. Bush" is not "George H.W. Bush"
    a, b = _given_names(name), _given_names(known)
    if not a or not b or not a.isdisjoint(b):
        return True
    return any(_initial_of(x, y) or _initial_of(y, x) for x in a for y in b)


def _middle_initials(name: str) -> tuple[str, ...]:
    """The initials between a name's first and last words, lower case, without periods
    ("George H.W. Bush": *hw*)."""
    return tuple(
        w.lower().replace(".", "")
        for w in name.split()[1:-1]
        if w[:1].isupper() and "." in w and _initials(w)
    )


@functools.lru_cache(maxsize=4096)
def _an_institution(name: str) -> bool:
    """True for a name whose last word is an institution's ("Acme Corp", "China Daily",
    "Justice Department"): no person's. A given name and such a word are a person ("Ann
    Hall", "Emily Post")."""
    words = [_name_key_of(w.lower()) for w in name.split()]
    if not words or (len(words) == 2 and words[0] in KNOWN_GIVEN_NAMES):
        return False
    return _an_institution_word(words[-1])


def _an_institution_word(low: str) -> bool:
    """True for a lower-case word that heads an institution's name: an organisation
    noun ("ministry"), a legal form ("corp", "ag") or another non-person head
    ("university", "daily"; :data:`~newsparse.lexicon.given_names.NON_PERSON_HEADS`)."""
    return low in NON_PERSON_HEADS or low in ORGANISATION_NOUNS or low in _LEGAL_FORMS_LOW


def _name_words(name: str) -> frozenset[str]:
    """The words of a name, lower case, without possessive endings, hyphenated words
    apart ("BRIEF-Tesla Inc" holds *tesla* and *inc*)."""
    return frozenset(_name_key_of(w.lower()) for w in name.replace("-", " ").split())


#: :data:`~newsparse.lexicon.kinds.LEGAL_FORMS`, lower case, without periods.
_LEGAL_FORMS_LOW = frozenset(f.lower().rstrip(".") for f in LEGAL_FORMS)


@functools.lru_cache(maxsize=4096)
def _given_names(name: str) -> frozenset[str]:
    """The given names of a name, lower case, a short form with the full names it may
    stand for ("Joe" is *joe* and *joseph*; :func:`_one_person`)."""
    given = []
    # the capitalised words and particles right before the last ("Florida consultant
    # Wilson" has none, "Willy de Clercq" has *Willy*)
    words = name.split()[:-1]
    k = len(words)
    while k and (
        words[k - 1][:1].isupper()
        or words[k - 1] in NAME_CONNECTORS
        or words[k - 1] in NAME_SECOND_PARTICLES
    ):
        k -= 1
    for w in words[k:]:
        if _a_given_name(w):
            low = _name_key_of(w.lower())
            given.append(low)
            given.extend(GIVEN_NAME_SHORT_FORMS.get(low, ()))
    return frozenset(given)


def _a_given_name(word: str) -> bool:
    """True for a capitalised word that may be a given name: no title (with its period
    or without, or as part of a hyphenated word: "President-elect"), no acronym
    ("GOP"), abbreviation ("Pres."), particle ("De"), possessive, time word, place or
    nationality."""
    if _initials(word) and word[:1].isupper():
        return True  # initials: "J.", "J.M." ("J.M. Berger" is no "M. Berger")
    if not word[:1].isupper() or (word.isupper() and "." not in word and len(word) > 1):
        return False
    if word.endswith(".") and len(word) > 2 and "." not in word[:-1]:
        return False  # an abbreviation, not an initial ("Pres.", "Supt."; "J." is one)
    if word.endswith(("'", "’")) or word.endswith(_POSSESSIVES):
        return False  # "‘Thin-skinned’ Trump", "CNN's"
    for part in word.split("-"):
        low = part.lower().rstrip(".")
        if (
            not part[:1].isupper()
            or (part.isupper() and len(part) > 1)
            or low in TITLES
            or low + "." in TITLES
            or low in HONORIFICS
            or low + "." in HONORIFICS
            or low in NAME_CONNECTORS
            or low in NOT_GIVEN_NAMES
            or low in NATIONALITY_ADJECTIVES
            or _a_known_place(part)
        ):
            return False
    return True


def _initial_of(initials: str, given: str) -> bool:
    """True when ``initials`` ("j", "j.m") are initials and the first is ``given``'s."""
    return _initials(initials) and given[:1] == initials[:1]


def _initials(word: str) -> bool:
    """True for a word of initials, with or without periods ("J.", "J.M.", "j")."""
    return all(len(part) <= 1 for part in word.split("."))


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


def _name_runs(text: str, german: bool = False) -> Iterator[tuple[int, str]]:
    """The capitalised runs of the text with their offsets, each cut after a
    word that ends a sentence ("the Urban League. Scott said" is two runs); a
    period after an initial or an abbreviation ("George W. Bush", "Sen. Rand
    Paul", "U.S. Rep.") stays inside."""
    for m in (_CAP_RUN if german else _CAP_RUN_EN).finditer(text):
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


def _person_key(
    text: str,
    key: str,
    span: Span,
    n_words: int,
    gender: str,
    by_key: dict[str, _Entity],
    others: dict[str, list[str]],
) -> tuple[str, str]:
    """The key of the person a run of English copy names when ``key`` (its last word)
    is taken, and the gender the run teaches: the one named under it, another person
    of that last name (a new one is added to ``others``), or for an honorific the one
    of its gender (none known: the honorific teaches nothing)."""
    old = by_key[key]
    other_gender = bool(gender and old.gender and gender != old.gender)
    if n_words >= 2:
        said = text[span.start : span.end]
        if _one_person(said, old.name.of(text)) and not other_gender:
            return key, gender
        # "Bill Clinton" after "Hillary Rodham Clinton", "Barack Obama" after "Mrs.
        # Obama": another person with the same last name, an entity of its own (the first
        # of the others that is this one, else a new one under the full name)
        same = _same_person(text, said, others.get(key, ()), by_key)
        if same is None:
            same = _full_key(said)
            others.setdefault(key, []).append(same)
        return same, gender
    if gender and key in others:
        # "Mrs. Clinton" after "Bill Clinton" and "Hillary Clinton": the one the
        # honorific agrees with
        key = _by_gender(key, others[key], gender, by_key)
        return key, gender if by_key[key].gender == gender else ""
    if other_gender:
        # "Mrs. Kennedy" after "John Kennedy" or "Mr. Kennedy": another person of that
        # last name, known by the honorific's gender
        same = f"{key} ({gender})"
        others.setdefault(key, []).append(same)
        return same, gender
    return key, gender


def _better_name(text: str, known: Span, span: Span, n_words: int) -> bool:
    """True when the run at ``span`` (``n_words`` name words) names an entity better than
    ``known``: fuller, and as full, not in a headline's capitals ("ANGELA MERKEL" keeps
    her given name against a later "Merkel")."""
    said = text[known.start : known.end]
    n_known = len(said.split())
    upper = text[span.start : span.end].isupper()
    return (
        said.isupper()
        and not upper
        and (n_words >= n_known or said.split()[0].lower() not in KNOWN_GIVEN_NAMES)
    ) or (said.isupper() == upper and n_words > n_known)


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
    others: dict[str, list[str]] = {}
    short_names: dict[str, str] = {}
    for at, run in _name_runs(text, german):
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
            # (also as a company's short name: "Ford" after "Ford Motor Co")
            old_one = by_key.get(key)
            if old_one is None and key in short_names:
                if roles:  # "Ford, the automaker, …": the company's role
                    company = by_key[short_names[key]]
                    by_key[short_names[key]] = company._replace(roles=company.roles | roles)
                continue
            if old_one is None:
                by_key[key] = _Entity(_span(at, at + b), roles, gender)
                first_seen[key] = at
            elif roles:
                by_key[key] = old_one._replace(roles=old_one.roles | roles)
            continue
        span = _span(at + a, at + b)
        if key in by_key and not german:
            key, gender = _person_key(text, key, span, n_words, gender, by_key, others)
        old = by_key.get(key)
        if n_words >= 2:
            positions.append(span.start)
            keys.append(key)
        if old is None:
            by_key[key] = _Entity(span, roles, gender)
            first_seen[key] = span.start
            short = _short_name(text[span.start : span.end])
            if short and _one_word_thing(text, by_key.get(short)):
                # "BROWN-FORMAN SETS SPLIT" in the headline, then "Brown-Forman Inc":
                # the word alone was the company's short name all along
                del by_key[short]
            if short and short not in by_key:
                short_names.setdefault(short, key)
        else:
            by_key[key] = _Entity(
                span if _better_name(text, old.name, span, n_words) else old.name,
                old.roles | roles,
                old.gender or gender,
            )
    by_role: dict[str, list[str]] = {}
    role_starts: dict[str, list[int]] = {}
    for key, ent in by_key.items():  # in the order the names first appear
        for role in ent.roles | ({"leader"} if ent.roles & HEAD_OF_STATE else set()):
            by_role.setdefault(role, []).append(key)
            role_starts.setdefault(role, []).append(first_seen[key])
    return _Registry(by_key, positions, keys, by_role, {}, role_starts, others, german, short_names)
