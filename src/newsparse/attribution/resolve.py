"""A mention to the fullest name: pronouns, role nouns, surnames, headline roles.

Takes a mention, the registry and the speakers so far (:class:`_Spoken`); gives the
span of the fullest name the article gives the same entity, or ``None`` when it is
never named.  Pronouns take the most recent speaker they agree with in gender and
number (:data:`newsparse.lexicon.pronouns.AGREES_WITH`); "the president" takes the
holder of the role; a surname takes the full name.

>>> from newsparse import attribute
>>> text = "President Ivan Petrov spoke. He said talks would go on."
>>> attribute(text)[0].speaker.name.of(text)
'Ivan Petrov'
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import NamedTuple

from newsparse.attribution.mentions import (
    _Ment,
)
from newsparse.attribution.registry import (
    _LOOKBACK,
    _NONSPACE,
    _a_known_place,
    _an_institution,
    _an_institution_word,
    _before_of,
    _by_gender,
    _Entity,
    _full_key,
    _given_names,
    _headline_verb,
    _initials,
    _name_key_of,
    _name_start,
    _one_person,
    _owned_start,
    _Registry,
    _same_person,
)
from newsparse.attribution.tokens import (
    _CLOSE_MARKS,
    _OPEN_MARKS,
    _bare,
)
from newsparse.lexicon.cues import SPOKEN_NOUNS
from newsparse.lexicon.german import ARTICLES as GERMAN_ARTICLES
from newsparse.lexicon.german import TITLE_ENDINGS
from newsparse.lexicon.given_names import GROUP_SINGULARS, KNOWN_GIVEN_NAMES
from newsparse.lexicon.places import NATIONALITY_ADJECTIVES
from newsparse.lexicon.pronouns import (
    AGREES_WITH,
    GENDERED_NOUNS,
    GERMAN_PRONOUNS,
    PLURAL_NOUNS,
    POSSESSIVE_SPEAKERS,
    SPEAKER_PRONOUNS,
)
from newsparse.lexicon.titles import (
    ANONYMOUS_NOUNS,
    COMPANY_NOUNS,
    DETERMINERS,
    HEAD_OF_STATE,
    HONORIFICS,
    INDEFINITE_ARTICLES,
    ORGANISATION_NOUNS,
    ROLE_LINKS,
    ROLE_NOUNS,
    SPEAKER_COMPLEMENTS,
    TITLES,
)
from newsparse.records import Cue, Mention
from newsparse.spans import Span

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


def _name_key(text: str, mention: Span, reg: _Registry) -> tuple[str, str]:
    """The registry key of a name mention (its last word; the whole name for a person
    who shares the last word with another, :func:`_one_person`) and the gender its
    honorific gives."""
    words = [
        (w.start(), w.end(), w.group())
        for w in _NONSPACE.finditer(text, mention.start, mention.end)
    ]
    if not words:
        return "", ""
    if not reg.german:
        words = _before_of(words)  # "Sen. Ted Cruz of Texas": the person's words
    first, titles = _name_start(words)
    gender = ""
    for t in titles:
        gender = gender or HONORIFICS.get(t, "")
    key = _name_key_of(words[-1][2].lower())
    ent = reg.by_key.get(key)
    if ent is None and len(words) - first == 1 and key in reg.short_names:
        return reg.short_names[key], gender  # "Ford" after "Ford Motor Co"
    others = reg.others.get(key, [])
    if ent is None or reg.german:
        return key, gender
    # "CNN’s Tara Lee": the person after the owner
    first += _owned_start([w for _, _, w in words[first:]])
    said = text[words[first][0] : words[-1][1]]
    if len(words) - first >= 2:
        if _one_person(said, ent.name.of(text)):
            return key, gender
        same = _same_person(text, said, others, reg.by_key)
        return (_full_key(said) if same is None else same), gender
    if gender and others:
        # "Mrs. Clinton" after "Bill Clinton" and "Hillary Clinton": the one the
        # honorific agrees with
        return _by_gender(key, others, gender, reg.by_key), gender
    return key, gender


#: Characters that may stand right before the first word of a sentence.
_SENTENCE_BEFORE = frozenset(".!?\n\"“”'‘’:;—–(")
#: How many characters before a one-word mention :func:`_common_kind` reads.
_BEFORE_CHARS = 40
#: Closing quote marks: after '…,” ' the sentence goes on ('“…,” Jones said': a name).
_CLOSE_MARK_CHARS = "".join(sorted(_CLOSE_MARKS))
_LINE_BREAKS = frozenset("\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")


def _common_kind(text: str, span: Span, kind: str) -> str:
    """The kind of a one-word capitalised mention that the article never gives
    a fuller name: a speaker noun of the lexicon ("Officials", "Police") or a
    plural common noun opening the sentence ("Economists said") is no name; after a
    quote's comma the sentence goes on, so a word there is a name ('“…,” Jones said')."""
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
    window = text[max(0, span.start - _BEFORE_CHARS) : span.start]
    before = window.rstrip()
    opens = (
        not before
        or (before[-1] in _SENTENCE_BEFORE and not before.rstrip(_CLOSE_MARK_CHARS).endswith(","))
        or any(c in _LINE_BREAKS for c in window[len(before) :])
    )
    if low.endswith("s") and not low.endswith(("ss", "us", "is", "'s", "’s")) and opens:
        return "role"
    return kind


def _agreement(text: str, span: Span, kind: str, gender: str) -> str:
    """What a pronoun must agree with to stand for this mention (see
    ``lexicon.pronouns.AGREES_WITH``): ``m``/``f``, ``""`` (a person of unknown
    gender), ``p`` (a group) or ``n`` (an organisation)."""
    if kind == "organisation" or (kind == "name" and not gender and _institutional(span.of(text))):
        return "n"  # "the ministry", "Acme Corp", "the Bank of England"
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
    resolve.  Names resolve through the registry (:func:`_resolve_name`),
    pronouns to the last speaker they agree with (:func:`_resolve_pronoun`),
    role nouns to the holder of the role (:func:`_resolve_role`)."""
    learned: dict[str, str] = {} if genders is None else genders
    span = Span(ment.start, ment.end)
    if ment.kind == "role" and _an_institution_of(text[ment.start : ment.end]):
        ment = ment._replace(kind="name")  # "the U.S. Department of Justice": a name
    elif ment.kind == "role" and text[ment.start : ment.end] in GERMAN_PRONOUNS:
        # '„…“, sagte er.' after a running quote, read by the rules of either language
        ment = ment._replace(kind="pronoun")
    elif ment.kind == "name" and _a_german_role(text, ment):
        # "Die Politikerin sagte, …" read by the English rules: an article and a title
        ment = ment._replace(kind="role")
    elif ment.kind == "role" and _bare(text[ment.start : ment.end].lower()) in reg.short_names:
        # "King said" after "King Instrument Corp": the company's short name, no title
        ment = ment._replace(kind="name")
    elif ment.kind == "role" and _ends_in_a_name(text, ment, reg):
        # "sagte der SPD-Abgeordnete Paul Brandt": the role names its holder
        ment = ment._replace(kind="name")
    elif ment.kind == "role":
        cls = _possessor(text, ment)
        if cls is not None:
            # "His answer was blunt: “…”": the possessor speaks
            return _resolve_pronoun(text, ment, span, reg, history, learned, cls)
    if ment.kind == "organisation" and not _capitalised_head(text, ment):
        # "the ministry", "the company" (also "the Company" of press releases): the
        # holder of the role; "The network" opening a sentence, else the name its last
        # word keys ("Dish Network")
        found = _resolve_role(text, ment, span, reg, history)
        if found is not None:
            return found
        if not text[ment.start].isupper() or _a_company_noun(text, ment):
            return Mention(span, ment.kind, None), "", _agreement(text, span, ment.kind, "")
    if ment.kind in {"name", "organisation"}:
        # "the Justice Department": the name its words key
        return _resolve_name(text, ment, span, reg, learned)
    if ment.kind == "pronoun":
        return _resolve_pronoun(text, ment, span, reg, history, learned)
    if ment.kind == "role":
        found = _resolve_role(text, ment, span, reg, history)
        if found is not None:
            return found
    return Mention(span, ment.kind, None), "", _agreement(text, span, ment.kind, "")


def _a_company_noun(text: str, ment: _Ment) -> bool:
    """True for a determiner and a noun for a company ("the company", "The Company",
    "the firm"; :data:`~newsparse.lexicon.titles.COMPANY_NOUNS`)."""
    words = text[ment.start : ment.end].lower().split()
    return (
        len(words) == 2
        and (words[0] in DETERMINERS or words[0] in GERMAN_ARTICLES)
        and words[1] in COMPANY_NOUNS
    )


def _capitalised_head(text: str, ment: _Ment) -> bool:
    """True when a mention's last word is capitalised ("the Justice Department"); not
    "The company" opening a sentence, nor "the Company" of press releases (a noun for a
    company, :func:`_a_company_noun`)."""
    words = text[ment.start : ment.end].split()
    return bool(words) and words[-1][:1].isupper() and not _a_company_noun(text, ment)


def _a_german_role(text: str, ment: _Ment) -> bool:
    """True for a German article and a title noun or a noun for a company read as a
    capitalised name ("Die Politikerin", "Der Bahnchef", "Der Konzern"), also with
    somebody else's name joined after it ("Ein Sprecher von Lena Roth", "Die Sprecherin
    der Anna Roth"): a role ("Der Spiegel" stays a name)."""
    words = text[ment.start : ment.end].lower().split()
    return (
        len(words) >= 2
        and words[0] in GERMAN_ARTICLES
        and (words[1].endswith(TITLE_ENDINGS) or words[1] in COMPANY_NOUNS)
        and (len(words) == 2 or words[2] in ROLE_LINKS)
    )


def _possessor(text: str, ment: _Ment) -> str | None:
    """The agreement class of the possessor of a role mention that is a possessive and a
    noun for what was said ("His answer", "her reply", "Seine Antwort", "Ihre
    Begründung"), with at most two adjectives between ("his blunt reply"); else
    ``None``."""
    words = text[ment.start : ment.end].lower().split()
    if not 2 <= len(words) <= _POSSESSED_WORDS or words[-1] not in SPOKEN_NOUNS:
        return None
    return POSSESSIVE_SPEAKERS.get(words[0])


#: The most words of a possessive and a noun for what was said, adjectives between.
_POSSESSED_WORDS = 4


def _ends_in_a_name(text: str, ment: _Ment, reg: _Registry) -> bool:
    """True when a role mention ends in a name of two words or more that the registry
    read there: "der SPD-Abgeordnete Paul Brandt", "die Grünen-Politikerin Anna
    Weber" (German copy gives a role and its holder's name as one noun phrase)."""
    idx = bisect.bisect_right(reg.positions, ment.start)
    if idx == len(reg.positions) or reg.positions[idx] >= ment.end:
        return False
    last = text[ment.start : ment.end].rsplit(None, 1)[-1]
    key = reg.keys[idx]
    if key != _bare(last.lower()) or not text[reg.positions[idx]].isupper():
        return False  # another name, or "Ein Sprecher von Tesla": a name after "von"
    if key.endswith("s") and key[:-1] in reg.by_key:
        return False  # "der Sprecher Angela Merkels": a genitive, the name is another's
    # not "a spokeswoman for Ann Lee", "der Chef des Verwaltungsrats Uwe Roth", "der
    # Stellvertreter von Timoschenko": the name is another's (and "die Präsidentin
    # Ursula von der Leyen" stays a role: its "von" reads the same)
    words = text[ment.start : ment.end].split()[1:]
    return ROLE_LINKS.isdisjoint(w.lower() for w in words)


def _resolve_name(
    text: str, ment: _Ment, span: Span, reg: _Registry, learned: dict[str, str]
) -> tuple[Mention, str, str]:
    """A name to the fullest name of its entity ("Putin" -> "Vladimir Putin"); a
    capitalised common noun ("Analysts said") is no name."""
    said = text[ment.start : ment.end]
    found = reg.name_keys.get(said)
    if found is None:
        found = reg.name_keys[said] = _name_key(text, _before_a_headline_verb(text, span), reg)
    key, gender = found
    ent = reg.by_key.get(key)
    institution = _an_institution_of(said)
    if ent is not None and institution and " of " not in ent.name.of(text):
        # "The Bank of England", "the Department of Justice": the institution, not
        # the place or the field its last word names
        ent, key = None, ""
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
    if ent is not None and (kind != "name" or reg.german or not _may_be_fuller(text, ent)):
        return Mention(span, kind, ent.name), key, _agreement(text, span, kind, gender)
    own = _own_name(text, span, institution)
    if ent is not None and not _fuller(text, own, ent):
        return Mention(span, kind, ent.name), key, _agreement(text, span, kind, gender)
    return Mention(span, kind, own), key, _agreement(text, span, kind, gender)


def _may_be_a_company(text: str, ent: _Entity) -> bool:
    """True for an entity "the company" may stand for: one named with a legal form or a
    company's head word (its roles say so); a name of no person, body of government or
    place ("Microsoft", "LILCO", "Digital Equipment", "Western Union"); not "Federal
    Trade Commission", "China", "Ursula", "Chairman Milan Panic" or "Ann Lee"."""
    if ent.gender or not ent.roles <= COMPANY_NOUNS:
        return False  # a person ("Chairman Milan Panic", "Ms. Lee")
    if ent.roles >= COMPANY_NOUNS:
        return True
    words = ent.name.of(text).split()
    first, last = _name_key_of(words[0].lower()), _name_key_of(words[-1].lower())
    if (
        last in ORGANISATION_NOUNS  # "Federal Trade Commission", "European Union"
        or first in KNOWN_GIVEN_NAMES
        or any(_initials(w) for w in words[:-1])
    ):
        return False
    if len(words) > 1:
        return not _a_known_place(ent.name.of(text))
    return not (
        _institutional(words[0])
        or _a_known_place(words[0])
        or first in NATIONALITY_ADJECTIVES
        or first in GROUP_SINGULARS
    )


def _may_be_fuller(text: str, ent: _Entity) -> bool:
    """False when no mention can be fuller than the entity's name (:func:`_fuller`): a
    person's name with a given name."""
    known = ent.name.of(text)
    return _an_institution(known) or not _given_names(known)


def _fuller(text: str, own: Span, ent: _Entity) -> bool:
    """True when a mention's own name is fuller than its entity's: a given name the
    entity's lacks ("Willy de Clercq" when a line break cut the registry's run to "De
    Clercq"), or more words of an institution's ("Nomura International Ltd" for
    "International Ltd")."""
    said, known = own.of(text), ent.name.of(text)
    if _an_institution(said):
        return len(said.split()) > len(known.split())
    return not _given_names(known) and bool(_given_names(said))


def _own_name(text: str, span: Span, institution: bool) -> Span:
    """The name a mention spells itself: its words without titles ("Sen. Ann Lee": *Ann
    Lee*), or an institution's without its article ("The Bank of England")."""
    words = span.of(text).split()
    if institution:
        first = 1 if len(words) > 1 and words[0].lower() in DETERMINERS else 0
    else:
        first, _ = _name_start([(0, 0, w) for w in words])
    if not first:
        return span
    offset = sum(len(w) for w in words[:first])
    return Span(text.index(words[first], span.start + offset), span.end)


def _before_a_headline_verb(text: str, span: Span) -> Span:
    """The words of a mention before a cue verb inside it, as a title-case headline
    writes its clause ("Carly Fiorina Endorses Ted Cruz": "Carly Fiorina"), so that the
    name is the subject's, not the object's; else the whole mention."""
    words = [
        (w.start(), w.end(), w.group()) for w in _NONSPACE.finditer(text, span.start, span.end)
    ]
    verb = _headline_verb(words, text[span.start : span.end])
    return span if verb is None else Span(span.start, words[verb - 1][1])


def _institutional(name: str) -> bool:
    """True for an institution's name, by its last word ("Acme Corp") or its head before
    "of" ("the Bank of England")."""
    return _an_institution(name) or _an_institution_of(name)


def _an_institution_of(said: str) -> bool:
    """True for a name of the shape "<Institution> of <Name>": a capitalised noun of an
    organisation before "of" ("Bank of England", "U.S. Department of Justice",
    "University of Iowa"), not a title ("Secretary of State John Kerry")."""
    words = said.split()
    if words and words[0].lower() in DETERMINERS:
        words = words[1:]
    if "of" not in words[1:-1] or any(w.endswith(("'s", "’s")) for w in words):
        return False  # "Tamura's Ministry of …": the owner is no part of the name
    if not all(w[:1].isupper() or w in {"of", "and", "&"} for w in words):
        return False  # "a spokesman for the Bureau of …", "A Bank of Spain spokesman"
    i = words.index("of")
    if any(_bare(w.lower()) in TITLES for w in words[i + 1 : -1]):
        return False  # "Bank of Japan Governor Satoshi Sumita": a person after a title
    head = _bare(words[i - 1].lower())
    return _an_institution_word(head)


def _resolve_pronoun(
    text: str,
    ment: _Ment,
    span: Span,
    reg: _Registry,
    history: Sequence[_Spoken],
    learned: dict[str, str],
    possessive: str | None = None,
) -> tuple[Mention, str, str]:
    """A pronoun to the most recent speaker it agrees with in gender and number
    (:data:`~newsparse.lexicon.pronouns.AGREES_WITH`); with no speaker yet, "he",
    "she" and "they" take the nearest full name before them that agrees.
    ``possessive`` is the agreement class of a possessive that stands for the speaker
    ("his answer": ``m``; "seine Antwort": ``mn``, a man or an organisation), else the
    mention's own words give it."""
    if possessive is None:
        low = span.of(text).lower()
        bare = low.split("'")[0].split("’")[0]
        cls = (
            SPEAKER_PRONOUNS.get(bare)
            or GERMAN_PRONOUNS.get(bare)
            # "his claim that …" (possessor-claim-clause): the possessive agrees as "he"
            or POSSESSIVE_SPEAKERS.get(bare, "")
        )
    else:
        cls = possessive
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
    if cls in {"m", "f", "r", "mn"}:
        # no speaker yet: the nearest full name before that agrees ("mn": German "sein"),
        # one known to be a man for "he" or a woman for "she" first
        known = frozenset({cls})
        found = _nearest_name(text, ment.start, reg, learned, known) if cls in {"m", "f"} else None
        found = found or _nearest_name(text, ment.start, reg, learned, agrees)
        if found is not None:
            if cls in {"m", "f"}:
                learned.setdefault(found, cls)
            return Mention(span, "pronoun", reg.by_key[found].name), found, cls
    return Mention(span, "pronoun", None), "", cls


def _nearest_name(
    text: str, at: int, reg: _Registry, learned: dict[str, str], agrees: frozenset[str] | None
) -> str | None:
    """The key of the nearest full name before ``at`` (at most ``_LOOKBACK`` back) whose
    gender is in ``agrees`` (any gender when ``None``)."""
    idx = bisect.bisect_left(reg.positions, at) - 1
    stop = idx - _LOOKBACK
    while idx >= 0 and idx > stop:
        if text[reg.positions[idx] - 1 : reg.positions[idx]] in _OPENING_MARKS:
            idx -= 1  # '„Die Geduld …': a quote's first words, nobody's name
            continue
        key = reg.keys[idx]
        ent = reg.by_key[key]
        if (agrees is None or (learned.get(key) or ent.gender) in agrees) and (
            reg.german or _a_person_name(ent.name.of(text))
        ):
            return key
        idx -= 1
    return None


def _a_person_name(name: str) -> bool:
    """False for a name no person bears: an institution's ("Washington Post", "Wall
    Street"), a place ("New Hampshire") or a group's ("House Democrats")."""
    if _institutional(name) or _a_known_place(name):
        return False
    last = name.rsplit(None, 1)[-1].lower()
    return not (last.endswith("s") and last[:-1] in GROUP_SINGULARS)


#: Opening quotation marks, German »…« and ‚…‘ too: a capitalised run right after one
#: starts a quote.
_OPENING_MARKS = _OPEN_MARKS | frozenset("»‚")


def _resolve_role(
    text: str, ment: _Ment, span: Span, reg: _Registry, history: Sequence[_Spoken]
) -> tuple[Mention, str, str] | None:
    """A role noun ("the president", "the Russian leader", "the ministry") to the
    entity that holds the role: the most recent speaker who does, else the nearest
    holder named before it; ``None`` when nobody does. "The company" and "the firm" are
    also the most recent speaker that may be a company (:func:`_may_be_a_company`),
    past the people who spoke for it ("ICN Inc …, Chairman Milan Panic said. The
    company said"), but not one that is another kind of body ("The Federal Trade
    Commission said … The company said"): then the company named before."""
    words = [_bare(w) for w in span.of(text).lower().split()]
    if words and words[0] in INDEFINITE_ARTICLES:
        # "a spokesman said", "ein Sprecher sagte": somebody the copy leaves unnamed,
        # not the spokesman it named before
        return None
    if not SPEAKER_COMPLEMENTS.isdisjoint(words[1:]):
        # "a spokesman for the attorney general": the role after "for" is somebody
        # else's, and the spokesman's own is too common a one to resolve
        return None
    head = words[-1] if words else ""
    # an article is no modifier, German ones too ("die Ministerin")
    mods = {w for w in words[:-1] if w not in DETERMINERS and w not in GERMAN_ARTICLES}

    def fits(ent: _Entity) -> bool:
        roles = ent.roles
        if head in roles or (head == "leader" and roles & HEAD_OF_STATE):
            return not mods or bool(mods & roles) or not (mods - {"former", "new"})
        return False

    for spoken in reversed(history[-_LOOKBACK:]):
        ent = reg.by_key.get(spoken.key)
        if (
            spoken.pos <= ment.start
            and ent is not None
            and (
                fits(ent)
                # "Microsoft said it would buy LinkedIn Corp. … the company said": the
                # last speaker that may be a company, not a company that was only named
                # (past the people who spoke: "ICN Inc …, Chairman Milan Panic said. …
                # the company")
                or (
                    head in COMPANY_NOUNS
                    and spoken.speaker.kind in {"name", "organisation"}
                    and _may_be_a_company(text, ent)
                )
            )
        ):
            return (
                Mention(span, ment.kind, ent.name),
                spoken.key,
                _agreement(text, span, ment.kind, ent.gender),
            )
    best: tuple[int, str] | None = None
    role = "leader" if head == "leader" else head
    holders = reg.by_role.get(role, [])
    # the nearest holders first named before the mention (a name's later, longer
    # form starts later still): at most _LOOKBACK of them, so the cost stays bounded
    before = bisect.bisect_left(reg.role_starts.get(role, []), ment.start)
    for key in holders[max(0, before - _LOOKBACK) : before]:
        ent = reg.by_key[key]
        if fits(ent) and ent.name.start < ment.start and (best is None or ent.name.start > best[0]):
            best = (ent.name.start, key)
    if best is None:
        return None
    ent = reg.by_key[best[1]]
    return (
        Mention(span, ment.kind, ent.name),
        best[1],
        _agreement(text, span, ment.kind, ent.gender),
    )
