"""The kind of a quotation: somebody's words (``direct``, ``partial``) or not (``other``).

:func:`newsparse.find_quotes` pairs the marks; this module reads the words inside them and
around them and says what the quotation is, with the reason, which becomes the part of
``Quote.rule`` after the slash (``paired/title``) and ``Quote.kind_rule``:

``direct``
    a quotation that stands as a sentence or more of its own: ``sentence``, ``running``
    (a quotation over several paragraphs, Q-1);
``partial``
    a quoted fragment inside the reporter's sentence: ``fragment``; a slogan, a subject
    line or a hashtag the sentence gives to whoever chanted, wrote or sent it:
    ``attributed`` (the crowd chanted “Lock her up”, an email titled “…”); a word
    in a noun phrase or a name a naming verb gives, inside a sentence with a speech
    cue: ``in-reported-speech`` (the senator said the “undercard” debate was unfair);
``other``
    quoted words nobody is said to say: ``title`` (composition titles: on “Face the
    Nation”, the book “Clinton Cash”), ``title-before-noun`` (the “Daily Show” host, the
    “Three Amigos” summit),
    ``title-after-noun`` (German copy: das Forschungsflugzeug „Polar 4“),
    ``name-or-title`` (a capitalised short phrase with no final punctuation and nobody
    who says it, or in title case with the sentence's period inside the marks and no
    verb of saying among the four words before: the low-rated “Night Court.”, or
    opening its sentence, with no punctuation inside, and running into a lower-case
    word with no verb of saying among the four after it: “Sons of Liberty” is a
    comedy, a web
    address, a short name ending in a legal form: “Acme Holdings Ltd”, or in German copy
    a phrase in another language: „Ligue pour la Nature“),
    ``named`` (a group called “X”, known as “X”), ``nickname`` (John
    “Tig” Tiegen), ``word-as-word`` (the word “X”), ``scare-quotes`` (the so-called
    “X”), ``modifier`` (a lower-case word or two before a noun with no speech cue in the
    sentence: the “undercard” debate), ``unspoken`` (German copy: a fragment of three
    words or fewer in a sentence where nobody speaks: die Hessen müssen „nur“ noch
    einmal antreten), ``single-word`` (a capitalised word standing alone), ``empty``.

The evidence is language-neutral where it can be (where the marks stand, capitals, final
punctuation inside the marks, whether a speech cue is in the sentence); the word lists it
needs are per language in :mod:`newsparse.lexicon.kinds`.

>>> from newsparse import find_quotes
>>> text = 'The crowd chanted “Lock Her Up” as the “Apprentice” star spoke.'
>>> [(q.span.of(text), q.kind, q.kind_rule) for q in find_quotes(text)]
[('Lock Her Up', 'partial', 'attributed'), ('Apprentice', 'other', 'title-before-noun')]
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

import regex

from newsparse.lexicon.cues import MULTIWORD_CUES, SPEECH_VERBS
from newsparse.lexicon.german import (
    ARTICLES,
    DEFINITE_ARTICLES,
    SOURCE_NOUNS,
    VIEW_VERBS,
    reported_form,
)
from newsparse.lexicon.kinds import (
    BE_FORMS,
    COMMUNICATION_NOUNS,
    FOREIGN_NAME_WORDS,
    LABEL_VERBS,
    LABELLED_NOUNS,
    LEGAL_FORMS,
    NAMING_LEADS,
    PARTIAL_LEADS,
    SCARE_LEADS,
    SMALL_WORDS,
    SPOKEN_LEADS,
    TITLE_FOLLOWERS,
    TITLE_LEADS,
    TITLE_PREPOSITIONS,
    TITLED_VERBS,
    WORD_AS_WORD,
    WORK_NOUNS,
    union,
)
from newsparse.lexicon.languages import FUNCTION_WORDS
from newsparse.lexicon.marks import SENTENCE_END
from newsparse.lexicon.pronouns import SPEAKER_PRONOUNS
from newsparse.records import QuoteKind

__all__ = ["quote_kind"]

_PARTIAL_LEADS = union(PARTIAL_LEADS)
_TITLE_LEADS = union(TITLE_LEADS)
#: Title words of German copy alone, before a colon ("Motto: „…“", "ihr Erstwerk: „…“"):
#: English shares "show", "film", "song" with them, and "on the show: “…”" is speech.
_COLON_TITLE_LEADS = (TITLE_LEADS["de"] - TITLE_LEADS["en"]) | {"motto", "slogan"}
_LABELLED_NOUNS = union(LABELLED_NOUNS)
_LABEL_VERBS = union(LABEL_VERBS)
_TITLE_FOLLOWERS = union(TITLE_FOLLOWERS)
_SMALL_WORDS = union(SMALL_WORDS)
_TITLE_PREPOSITIONS = union(TITLE_PREPOSITIONS)
_SCARE_LEADS = union(SCARE_LEADS)
_NAMING_LEADS = union(NAMING_LEADS)
_SPOKEN_LEADS = union(SPOKEN_LEADS)
_TITLED_VERBS = union(TITLED_VERBS)
_COMMUNICATION = union(COMMUNICATION_NOUNS)
_WORD_AS_WORD = union(WORD_AS_WORD)
#: German-marked copy: small words of other languages, and the German ones that rule
#: them out.
_FOREIGN_IN_GERMAN = FOREIGN_NAME_WORDS["de"]
_GERMAN_SMALL = SMALL_WORDS["de"] | FUNCTION_WORDS["de"]
#: A legal form closing a name, with what may follow it inside the marks ("(NID)").
_LEGAL_FORM_END = regex.compile(
    r"\s(?:"
    + "|".join(regex.escape(f) for f in sorted(LEGAL_FORMS, key=len, reverse=True))
    + r")(?!\w)(?:\s*\([^()]{1,20}\))?\s*\Z"
)

#: Naming verbs that, right before the marks, name the thing before them ("a group called
#: “X”"); with an object between verb and marks they report what somebody called it.
_NAMING_VERBS = frozenset(
    {"called", "dubbed", "named", "nicknamed", "christened", "termed", "billed", "genannt"}
)
#: Words that name whatever comes before them, always: "der Verein namens „X“".
_NAMING_ALWAYS = frozenset({"namens"})
#: A German participle that names what stands before the marks, after them: "„X“
#: genannt," (passive: no *hat*, no agent; "als „X“ bezeichnet" is how a source
#: characterises something, and stays speech).
_PASSIVE_NAMING_AFTER = regex.compile(
    r"[\s,]{0,3}(genannt|getauft|betitelt)"
    r"(?:(?=[\s,]*(?:wird|werden|wurde|wurden|ist|sind|war|waren)\b)|(?=\s*[,.;]))"
)
#: "als „X“ bezeichnet wird": the participle of describing after "als" and the marks,
#: then the passive's auxiliary (group 2) or the clause's end.
_PASSIVE_AS_AFTER = regex.compile(
    r"[\s,]{0,3}(bezeichnet)(?:\s+(wird|werden|wurde|wurden)\b|(?=\s*[,.;]))"
)
#: Finite forms of German *nennen*: with "sich" or "man" they give a name or a term.
_NENNEN = frozenset({"nennt", "nannte", "nennen", "nannten"})
#: A passive's agent in the clause before the marks: opening it ("Von X wurde …") or
#: after the auxiliary ("wurde von X als …"); not "kommt von der Sonne und wird als".
_AGENT_IN_CLAUSE = regex.compile(
    r"(?i)^[\s,.]*(?:von|vom)\s|\b(?:wird|werden|wurde|wurden)\b[^,.;]*\b(?:von|vom)\s"
)
#: The German passive's auxiliaries, before the marks ("wird als „X“ bezeichnet").
_PASSIVE_AUX = frozenset({"wird", "werden", "wurde", "wurden"})
#: Forms of German *haben* that make a participle active ("hat ihn „X“ genannt").
_HAVE_FORMS = frozenset({"hat", "haben", "hatte", "hatten", "habe"})
#: "known as “X”", "billed as “X”", "bekannt als „X“".
_AS_NAMING = frozenset({"known", "billed", "bekannt"})
#: "gilt als „X“", "galt er als „X“": what something or somebody counts as, named by
#: nobody.
_COUNTS_AS = frozenset({"gilt", "galt", "gelten", "galten"})
#: Title words of languages that capitalise nouns (German "der Film „X“").
_CAPITALISED_TITLE_LEADS = TITLE_LEADS["de"]
#: Forms of *be* before a naming verb make it passive: nobody is said to speak.
_BE_FORMS = union(BE_FORMS)
#: Articles and demonstratives before a word mentioned as a word ("the word “X”").
_ARTICLES = frozenset({"the", "a", "this", "that", "der", "das", "den", "dem", "dieses"})
#: The reasons for ``other`` that a speech cue in the sentence overrules: in reported
#: speech a word in a noun phrase, or what a naming verb names, is the speaker's word (a
#: nickname, a title and a capitalised name stay what they are).
_SPEECH_OVERRIDES = frozenset({"named", "modifier"})
#: Pronouns and relative words before a naming verb: somebody names ("what he called").
_SPEAKING_PRONOUNS = frozenset(
    {"i", "we", "you", "he", "she", "they", "who", "whom", "which", "what", "that", "it"}
    | {"er", "sie", "wir", "man", "ich"}
)
#: A passive's agent after the closing mark: "called “X” by Ann Roe".
_AGENT = regex.compile(r"[\s,]*+(?:by|von)\s++\w")
#: German indefinite articles: the noun after one is a common noun, never a name.
_INDEFINITE = frozenset({"ein", "eine", "einen", "einem", "einer", "eines"})
#: Determiners and possessives that put a quoted word in a noun phrase (the “X” debate).
_DETERMINERS = frozenset(
    {"the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "that"}
    | {"these", "those", "der", "die", "das", "ein", "eine", "einen", "seine", "ihre"}
)

_ALPHA = regex.compile(r"[^\W\d_]")
#: A word; each CJK character counts as one (no spaces between them).
#: (A set difference, ``(?V1)``: one class test per character, not a lookahead.)
_WORD = regex.compile(
    r"(?V1)[\p{Han}\p{Hiragana}\p{Katakana}]|[[\w’'-]--[\p{Han}\p{Hiragana}\p{Katakana}]]+"
)
_LAST_WORD = regex.compile(r"(?r)([\w’'-]+)[^\w]{0,3}\Z")
_FIRST_WORD = regex.compile(r"[^\w\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]{0,3}([\w’'-]+)")
#: A sentence's end inside a paragraph: its final punctuation and closing marks, blanks,
#: then a capital or an opening mark.
_SENTENCE_BREAK = regex.compile(r"[.?!…][\"”’'»]*+\s++(?=[\"“‘'«„(]?\p{Lu})")
_REVERSE_BREAK = regex.compile(r"(?r)[.?!…][\"”’'»]*+\s++(?=[\"“‘'«„(]?\p{Lu})")


def _cue_words() -> frozenset[str]:
    """Every written form of a speech cue: the verbs, the first words of multi-word cues,
    and the words that give a quote to whoever chanted or wrote it."""
    forms = {form for all_forms, _ in SPEECH_VERBS.values() for form in all_forms}
    forms |= {cue.split()[0] for cue in MULTIWORD_CUES}
    return frozenset(f for f in forms if " " not in f) | _SPOKEN_LEADS | {"according", "laut"}


_CUES = _cue_words()
#: The written forms of the verbs of saying alone ("told", "yelled"; not the first words
#: of multi-word cues such as "was").
_SAYING = frozenset(form for all_forms, _ in SPEECH_VERBS.values() for form in all_forms)
#: Words that name a source or a view without a speech verb: "nach Angaben der
#: Polizei", "der Studie zufolge", "hält ihn für „gefährlich“".
_SOURCE_WORDS = SOURCE_NOUNS | VIEW_VERBS | {"zufolge"}
#: Pronouns of a person who may be speaking in the sentence ("wollte er „alles anders
#: machen“").
_SPEAKING_PERSONS = frozenset({"er", "ich", "wir"})
#: Words ending in "-e" that are no verb: articles and determiners ("ihre", "keine").
_NOT_VERBS = ARTICLES | {"keine", "jede", "manche", "solche", "welche", "unsere", "meine"}


def _title_case(words: Sequence[str]) -> bool:
    """Every word that matters starts with a capital ("Face the Nation")."""
    return bool(words) and all(
        w[:1].isupper() or w[:1].isdigit() or w.casefold() in _SMALL_WORDS for w in words
    )


def _title_lead_case(word: str) -> bool:
    """A title word written as a common noun: lower case ("the book “X”"), or capitalised
    where the language capitalises nouns ("der Film „X“")."""
    return word.islower() or word.casefold() in _CAPITALISED_TITLE_LEADS


#: Opening marks of copy that capitalises its nouns (German „…“ and »…«, Swiss «…»):
#: there a quote right after a noun is the noun's name ("das Forschungsflugzeug „Polar 4“", "die
#: Meeresschnecke „Chelidonura hirundinina“", "vom Typ „Cessna“").
_NOUN_APPOSITION_MARKS = frozenset("„»«")
#: "bezeichnete ihn als „Großen Führer“", "Parolen wie „Nie Wieder“": what somebody
#: calls something, not a name.
_AS_WORDS = frozenset({"als", "wie", "as", "like"})
#: A web address: letters, a dot, letters, no space ("amazon.de", "news.bbc.co.uk").
_WEB_ADDRESS = regex.compile(r"(?:www\.)?[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.\p{Ll}{2,4}")


def _web_address(words: Sequence[str], text: str, start: int, end: int) -> bool:
    """The quoted words are one web address ("auf „montagsdemo.net“")."""
    return len(words) <= 2 and _WEB_ADDRESS.fullmatch(text, start, end) is not None


def _legal_name(words: Sequence[str], text: str, start: int, end: int) -> bool:
    """The quoted words are a short capitalised name that ends in a legal form ("die
    „Freunde der Oper e.V.“", "the “Acme Group Inc.”")."""
    # the legal form ends the name: look at the last characters only (a long span with
    # few words, nested marks, must not cost its length)
    return (
        0 < len(words) <= 6
        and words[0][:1].isupper()
        and _LEGAL_FORM_END.search(text, max(start, end - 40), end) is not None
    )


def _after_a_noun(prev_text: str, prev_word: str, words: Sequence[str]) -> bool:
    """The opening mark follows a capitalised word with only a space between, that word
    is no speech word, no title word (the ``title`` rule names those: "der Film „X“")
    and does not open its sentence: a noun in apposition."""
    if not prev_word[:1].isupper() or not prev_text[-1:].isalnum():
        return False
    low = prev_word.casefold()
    if low in _CUES or low in _PARTIAL_LEADS or low in _SPOKEN_LEADS or low in _TITLE_LEADS:
        return False
    before = prev_text[: len(prev_text) - len(prev_word)].rstrip()
    return bool(before) and before[-1] not in '.!?:"“”„«»'


#: German works by their head noun, also in a compound ("Wochenmagazin", "Tageszeitung"):
#: the words in marks right after one are its title, whatever their case.  Only heads
#: of five letters or more ("Lied" ends "Mitglied").
_WORK_HEADS = tuple(sorted(w for w in WORK_NOUNS["de"] if len(w) >= 5))


def _a_work_noun(word: str) -> bool:
    """True for a capitalised German noun whose head names a work ("des Magazins",
    "Wochenmagazines", "Musical"), in any case ending."""
    if not word[:1].isupper():
        return False
    low = word.casefold()
    for end in ("es", "s", "en", "n", ""):
        if end and not low.endswith(end):
            continue
        if (low[: len(low) - len(end)] if end else low).endswith(_WORK_HEADS):
            return True
    return False


def _works_before_wie(low: str) -> bool:
    """True for a (case-folded) work noun or title lead before "wie": "Lieder wie
    „…“", "Klassiker wie „…“", "Filme wie „…“" list titles."""
    return low in _TITLE_LEADS or _a_work_noun(low[:1].upper() + low[1:])


def _foreign(words: Sequence[str]) -> bool:
    """German-marked words with a small word of another language and none of German's:
    a foreign name or title ("L’Alliance pour la Planète", "Second Life")."""
    low = [w.casefold() for w in words]
    return any(w in _FOREIGN_IN_GERMAN for w in low) and not any(w in _GERMAN_SMALL for w in low)


def _source_slot(prev_text: str, prev_low: str) -> bool:
    """The marks stand where German copy names a source: right after "laut", or after a
    "wie" that opens its sentence or clause ("Wie „X“ berichtet, …")."""
    if prev_low == "laut":
        return True
    if prev_low != "wie":
        return False
    before = prev_text[: len(prev_text) - 3].rstrip()
    return not before or before[-1] in ".!?:,;"


def _naming(lead: Sequence[str]) -> bool:
    """A naming word among the last three words before the mark ("called them “…”")."""
    return any(w in _NAMING_LEADS for w in lead[-3:])


def _named_after(lead: Sequence[str], after: str, prev_text: str = "") -> bool:
    """German names after the marks, with a passive participle: "stets „der Dicke“
    genannt, galt er" (not "hat ihn „X“ genannt", where somebody named it, nor a
    passive with its agent)."""
    m = _PASSIVE_NAMING_AFTER.match(after)
    if m is None and lead and lead[-1] == "als":
        # "der als „Sonnenwind“ bezeichnet wird", "wird als „Sonnenwind“ bezeichnet.":
        # a passive (its auxiliary after the participle or before the marks), not the
        # active present "die X als „…“ bezeichnet"
        m = _PASSIVE_AS_AFTER.match(after)
        if m is not None and not (m.group(2) or any(w in _PASSIVE_AUX for w in lead[-6:])):
            m = None
        clause = prev_text[max(prev_text.rfind(","), prev_text.rfind("."), 0) :]
        if m is not None and _AGENT_IN_CLAUSE.search(clause):
            return False  # "Von X wurde der Plan als „…“ bezeichnet": X speaks
    if m is None or not lead or "von" in lead[-6:]:
        return False  # "von Kennern als „…“ bezeichnet" characterises: a source speaks
    return not any(w in _HAVE_FORMS for w in lead[-6:]) and not _AGENT.match(after, m.end(1))


def _named_by_nobody(lead: Sequence[str]) -> bool:
    """German *nennen* with "sich" before the marks or with the impersonal "man": "Dann
    nennt sie sich „X“", "Das nennt man einen „X“" give a name or a term, nobody's
    words (not "Müller nannte den Plan einen „X“")."""
    return (
        bool(lead)
        and any(w in _NENNEN for w in lead[-4:])
        and (lead[-1] == "sich" or "man" in lead[-3:])
    )


def _named(lead: Sequence[str], prev_text: str, after: str) -> bool:
    """A naming verb right before the marks with nobody who names: "a group called “X”",
    "the plan, dubbed “X”", "was called “X”", "known as “X”" (not "Trump called her “X”",
    where the object stands between verb and marks, not "what he called “X”", and not a
    passive with its agent: "called “X” by Ann Roe")."""
    if not lead:
        return False
    verb = lead[-1]
    if verb in _NAMING_ALWAYS:
        named = True
    elif verb in ("as", "als"):
        follows = _FIRST_WORD.match(after)
        named = (
            (len(lead) >= 2 and lead[-2] in _AS_NAMING)
            or (follows is not None and follows.group(1).casefold() in _AS_NAMING)
            # "gilt damit nicht als „Störfall“": what something counts as
            or any(w in _COUNTS_AS for w in lead[-4:-1])
        )
    elif verb not in _NAMING_VERBS or len(lead) < 2:
        return False
    else:
        raw = _WORD.findall(prev_text[-80:])
        before_raw = raw[-2] if len(raw) >= 2 else ""
        before = lead[-2]
        at = prev_text.casefold().rfind(verb)
        if prev_text[:at].rstrip().endswith(","):
            # an appositive ("the plan, dubbed “X”"), not a subject's appositive
            # ("Ann Roe, a senator, called “X”"): only the verbs that name, after a noun
            named = verb not in ("called", "named") and before_raw.islower()
        elif before in _BE_FORMS:
            named = True
        else:
            named = (
                before_raw.isalpha()
                and before_raw.islower()
                and before not in _SPEAKING_PRONOUNS
                and not before.endswith("ly")
            )
    return named and not _AGENT.match(after)


def _spoken(lead: Sequence[str], first_char: str) -> bool:
    """The words before the marks give the quote to whoever chanted, wrote or sent it:
    "chanted “…”", "chants of “…”", "a sign that read “…”", "an email titled “…”", a
    hashtag after "message with"."""
    if not lead:
        return False
    last = lead[-1]
    if last in _SPOKEN_LEADS:
        return True
    if last in ("of", "with", "von", "mit") and len(lead) >= 2 and lead[-2] in _SPOKEN_LEADS:
        return True
    if last in _TITLED_VERBS and any(w in _COMMUNICATION for w in lead[-4:-1]):
        return True
    return first_char in "#@" and any(w in _COMMUNICATION or w in _SPOKEN_LEADS for w in lead)


def _sentence_words(
    text: str, lo: int, hi: int, mark: int, close_end: int, skip: int = 0
) -> list[str] | None:
    """The words of the sentence around the quote, outside its marks, leaving out the
    last ``skip`` words before the opening mark; ``None`` when a colon introduces it."""
    # at most 400 characters on each side: a "sentence" without a break (nested marks,
    # a list) must not cost its length for each quote in it
    m = _REVERSE_BREAK.search(text, max(lo, mark - 400), mark)
    start = m.end() if m is not None else max(lo, mark - 400)
    m = _SENTENCE_BREAK.search(text, close_end, min(hi, close_end + 400))
    end = m.start() + 1 if m is not None else min(hi, close_end + 400)
    before = text[start:mark]
    if before.rstrip().endswith(":"):
        return None
    words = _WORD.findall(before)
    return words[: len(words) - skip] + _WORD.findall(text, close_end, end)


def _cue_in_sentence(text: str, lo: int, hi: int, mark: int, close_end: int, skip: int = 0) -> bool:
    """A speech cue in the sentence around the quote, outside its marks, leaving out the
    last ``skip`` words before the opening mark (the naming verb of "a group called"),
    or a colon that introduces it."""
    words = _sentence_words(text, lo, hi, mark, close_end, skip)
    return words is None or any(w.casefold() in _CUES for w in words)


def _unspoken(text: str, lo: int, hi: int, mark: int, close_end: int) -> bool:
    """No speech in the sentence around a quote in German marks: no speech cue, no
    source phrase, no introducing colon, no holder of a view ("Für X ist …") and no
    verb of reported speech (Konjunktiv I, "sei", "habe")."""
    words = _sentence_words(text, lo, hi, mark, close_end)
    if words is None or words[:1] == ["Für"]:
        return False  # "Für den Trainer ist das „ein Warnsignal“": whose view it is
    # a pronoun may speak the words of a verb phrase ("wollte er „alles anders
    # machen“") or a noun it names with its article ("hat ihn „einen Lügner“ genannt"),
    # not a bare noun phrase ("galt er als „heimlicher Regierungschef“")
    inside = _WORD.findall(text, mark + 1, close_end)
    bare_noun = bool(inside) and inside[-1][:1].isupper() and inside[0].casefold() not in ARTICLES
    persons = frozenset() if bare_noun else _SPEAKING_PERSONS
    return not any(
        w.casefold() in _CUES
        or w.casefold() in persons
        or w.casefold() in _SOURCE_WORDS
        or (w.islower() and w not in _NOT_VERBS and reported_form(w))
        for w in words
    )


class _Quoted(NamedTuple):
    """What :func:`quote_kind` reads of one quote and its neighbours."""

    text: str
    start: int
    end: int
    mark: int
    close_end: int
    lo: int
    hi: int
    heading: bool
    all_words: list[str]  # the words in the first 120 characters
    words: list[str]  # the first eight of them
    upper: bool  # the first letter is a capital
    capital: bool  # ... or it opens with a digit
    end_ch: str  # the last character, inside a closing bracket
    ends_sentence: bool
    ends_clause: bool
    prev_text: str  # up to 80 characters before the opening mark
    prev_word: str
    prev_low: str
    lead: list[str]  # the last four words before the mark, case-folded
    next_word: str
    glued_after: bool  # one space, then a word, after the closing mark
    german_marks: bool  # „…“, »…«, «…»: copy that capitalises its nouns

    def cue_near(self, skip: int = 0) -> bool:
        """A speech cue (or an introducing colon) in the quote's sentence."""
        return _cue_in_sentence(self.text, self.lo, self.hi, self.mark, self.close_end, skip)


def _read(
    text: str, start: int, end: int, mark: int, close_end: int, lo: int, hi: int, heading: bool
) -> _Quoted:
    all_words = _WORD.findall(text, start, min(end, start + 120))
    im = _ALPHA.search(text, start, min(end, start + 20))
    upper = im is not None and im.group().isupper()
    end_ch = text[end - 1]
    if end_ch in ")]" and end - 2 >= start:
        end_ch = text[end - 2]
    prev_text = text[max(lo, mark - 80) : mark].rstrip()
    wm = _LAST_WORD.search(prev_text)
    prev_word = wm.group(1) if wm else ""
    am = _FIRST_WORD.match(text, close_end, min(len(text), close_end + 40))
    next_word = am.group(1) if am else ""
    return _Quoted(
        text,
        start,
        end,
        mark,
        close_end,
        lo,
        hi,
        heading,
        all_words,
        all_words[:8],
        upper,
        upper or text[start : start + 1].isdigit(),
        end_ch,
        end_ch in SENTENCE_END,
        end_ch in ",:;—–-",
        prev_text,
        prev_word,
        prev_word.casefold(),
        [w.casefold() for w in _WORD.findall(prev_text[-60:])[-4:]],
        next_word,
        text[close_end : close_end + 1] == " " and next_word[:1].isalpha(),
        text[mark : mark + 1] in _NOUN_APPOSITION_MARKS,
    )


def quote_kind(
    text: str,
    start: int,
    end: int,
    mark: int,
    close_end: int,
    lo: int,
    hi: int,
    heading: bool,
) -> tuple[QuoteKind, str]:
    """The kind of the quoted words ``text[start:end]`` and the reason for it.

    ``mark`` is where the opening mark starts (``start`` without one), ``close_end`` where
    the closing mark ends (``end`` without one), ``lo``/``hi`` the paragraph's bounds and
    ``heading`` whether the paragraph is a headline or a subhead (where every word is
    capitalised, so capitals say nothing).
    """
    if start >= end:
        return "other", "empty"
    q = _read(text, start, end, mark, close_end, lo, hi, heading)
    found = _by_neighbours(q)
    if found is not None:
        return found
    kind: QuoteKind
    after = text[close_end : close_end + 40]
    if _named_after(q.lead, after, q.prev_text) or _named_by_nobody(q.lead):
        return "other", "named"  # a passive names it: no cue near makes it speech
    if _named(q.lead, q.prev_text, after):
        kind, why = "other", "named"
    else:
        kind, why = _by_shape(
            q.words,
            upper=q.upper,
            capital=q.capital,
            end_ch=q.end_ch,
            ends=(q.ends_sentence, q.ends_clause),
            prev=(q.prev_text, q.prev_text[-1:], q.prev_word, q.prev_low),
            lead=q.lead,
            after=(q.next_word, q.glued_after),
            heading=heading,
            said_after=text.startswith(",", close_end) and q.next_word.casefold() in _CUES,
        )
    return _settle(q, kind, why)


def _by_neighbours(q: _Quoted) -> tuple[QuoteKind, str] | None:
    """Kinds the words before the marks, or a name's own shape, decide before anything
    else: scare quotes, a word as a word, a web address or a company, and in German
    copy the names that stand after a noun, in another language or as a source."""
    lead, prev_low = q.lead, q.prev_low
    if (
        prev_low in _SCARE_LEADS
        or lead[-2:] in (["so", "called"], ["so", "genannt"])
        or (len(lead) >= 2 and lead[-2] == "so" and lead[-1].startswith("genannt"))
    ):
        return "other", "scare-quotes"
    if (
        len(lead) >= 2
        and q.prev_text[-1:].isalpha()
        and lead[-1] in _WORD_AS_WORD
        and lead[-2] in _ARTICLES
    ):
        return "other", "word-as-word"
    if _web_address(q.words, q.text, q.start, q.end) or (
        _legal_name(q.words, q.text, q.start, q.end)
        and (not q.cue_near() or all(w[:1].isupper() or w[:1].isdigit() for w in q.words))
    ):
        # "auf „montagsdemo.net“", "the “Acme Holdings Ltd” board", a name alone also
        # near a cue ('„Ener1 Group Inc.“ meldete …'); not 'Lee said: “We sold it to
        # Acme Inc.”'
        return "other", "name-or-title"
    if _glossed(q):
        # "Operation „Cast Lead“ („gegossenes Blei“)": a translation or a name in
        # brackets; "der Name lautet also „…“", "dessen Bezeichnung „…“ lautet"
        return "other", "label"
    # a period inside the marks ends no sentence when a lower-case word goes on after
    # them: 'die Partei „Die Linke.“ und drei Anwälte' (a name with its period)
    goes_on = q.end_ch == "." and q.glued_after and q.next_word[:1].islower()
    if q.heading or not q.german_marks or (q.ends_sentence and not goes_on) or q.ends_clause:
        return None
    # German copy marks names with „…“ too: a name by where it stands or by its words
    short = len(q.all_words) <= 8  # eight words or fewer (in the first 120 characters)
    if q.capital and short and _after_a_noun(q.prev_text, q.prev_word, q.words):
        return "other", "title-after-noun"  # das Forschungsflugzeug „Polar 4“
    if (
        q.capital
        and short
        and not q.ends_sentence
        and _title_case(q.words)
        and _COORDINATED_NOUN.match(q.text, q.close_end, q.close_end + 24) is not None
    ):
        # '„Ärzte ohne Grenzen“ sowie das Rote Kreuz kündigten …': a name joined to
        # another noun phrase, a subject, not words said
        return "other", "name-or-title"
    if (
        short
        and q.prev_text[-1:].isalpha()
        and prev_low not in _TITLE_LEADS  # "die Zeitung „X“": the ``title`` rule's
        and _a_work_noun(q.prev_word)
    ):
        return "other", "title-after-noun"  # des Magazins „auto, motor und sport“
    if short and prev_low == "wie" and len(q.lead) >= 2 and _works_before_wie(q.lead[-2]):
        return "other", "title-after-noun"  # Lieder wie „Kalinka“, Klassiker wie „…“
    if short and _foreign(q.words) and not q.cue_near():
        # die „Ligue pour la Nature“ (not 'sagte: „We can do this“')
        return "other", "name-or-title"
    if len(q.all_words) <= 6 and _source_slot(q.prev_text, prev_low):
        # "Laut „Reuters“ …", "Wie „heise online“ berichtet, …": the one who reports
        return "other", "name-or-title"
    return None


#: The most words of a gloss in brackets ("(„gegossenes Blei“)").
_GLOSS_WORDS = 5


def _glossed(q: _Quoted) -> bool:
    """True for quoted words that gloss or name: German-marked and alone in brackets
    ("Operation „Cast Lead“ („gegossenes Blei“)"), or given by a naming noun and its verb
    on either side ("der Name lautet also „…“", "dessen Bezeichnung „…“ lautet"; the
    words are data per language, none for English)."""
    text = q.text
    if (
        q.german_marks
        and text[q.mark - 1 : q.mark] == "("
        and text[q.close_end : q.close_end + 1] == ")"
        and len(q.all_words) <= _GLOSS_WORDS
        and not q.ends_sentence
    ):
        return True  # not "ElBaradei („Mir fällt niemand ein, der …“)": speech
    lead = q.lead
    for i in range(len(lead) - 1, max(0, len(lead) - 3), -1):
        if lead[i] in _LABEL_VERBS:
            return lead[i - 1] in _LABELLED_NOUNS
    return q.prev_low in _LABELLED_NOUNS and q.next_word.casefold() in _LABEL_VERBS


#: A quoted sentence cut by its attribution, up to the mark that goes on with it: the
#: first piece opens a sentence with a capital and closes on a comma ('“The plan,” she
#: said, “…'), then the speaker and the cue and a comma.
_INTERRUPTED = regex.compile(
    r"(?:\A|(?<=[.!?…—–(:]\s{0,3})|(?<=\n))[“\"„«»]\p{Lu}[^“”\"„«»\n]{0,200}"
    r"(?:,[”\"“»«]|[”\"“»«],)\s++(?P<who>[^“”\"„«»\n.!?]{1,60}),\s*+\Z"
)
#: What may not stand between the pieces: more than the speaker and the cue ("she
#: said, calling the plan, “…”", "she said, adding that the plan was, in her words, …").
_NOT_JUST_ATTRIBUTION = regex.compile(r"\bthat\b|\w{3}ing\b")
#: How far before the opening mark :func:`_goes_on_a_quoted_sentence` reads.
_INTERRUPTED_REACH = 300


def _goes_on_a_quoted_sentence(q: _Quoted) -> bool:
    """True for the second piece of a quoted sentence that its attribution cuts in two
    ('“The plan,” she said, “is dead on arrival.”'): the same speaker's sentence going on,
    as direct as its first piece, not a fragment in the reporter's sentence."""
    if not q.prev_text.endswith(","):
        return False  # the attribution ends on its comma ('…,” she said, “…')
    start = max(q.lo, q.mark - _INTERRUPTED_REACH)
    m = _INTERRUPTED.search(q.text, start, q.mark)
    return m is not None and _NOT_JUST_ATTRIBUTION.search(m["who"]) is None and q.cue_near()


def _settle(q: _Quoted, kind: QuoteKind, why: str) -> tuple[QuoteKind, str]:
    """The kind :func:`_by_shape` gave, settled by what the sentence says: words given to
    whoever chanted them, German nouns and names, modifiers, fragments nobody speaks,
    and names or words inside reported speech."""
    nwords = len(q.words)
    if why == "fragment" and _goes_on_a_quoted_sentence(q):
        return "direct", "sentence"
    if (
        (kind == "other" or why == "fragment")
        and why != "label"
        and _spoken(q.lead, q.text[q.start])
    ):
        sentence = q.upper and (q.ends_sentence or q.ends_clause) and nwords >= 2
        return ("direct", "sentence") if sentence else ("partial", "attributed")
    german = _german_capitals(q, kind, why)
    if german is not None:
        return german
    if kind == "partial" and (
        not q.heading
        and not any(w[:1].isupper() for w in q.words)
        and nwords <= 3
        and not (q.ends_sentence or q.ends_clause)
        and q.glued_after
        and (q.next_word[:1].islower() or (q.prev_low in ARTICLES and q.next_word[:1].isupper()))
        and (q.prev_low in _DETERMINERS or q.prev_text.endswith(("’s", "'s")))
    ):
        # "the “undercard” debate"; German capitalises the noun: "ein „schwarz-gelbes“
        # Lager"
        kind, why = "other", "modifier"
    else:
        kind, why = _a_title_by_its_place(q, kind, why)
    if (
        why == "fragment"
        and not q.heading
        and nwords <= 3
        and q.german_marks
        and _unspoken(q.text, q.lo, q.hi, q.mark, q.close_end)
    ):
        # German copy marks scare quotes, names and speech alike with „…“: a short
        # fragment in a sentence where nobody speaks is nobody's words ("die Hessen
        # müssen „nur“ noch …", "mit einer „virtuellen Bombe“")
        return "other", "unspoken"
    skip = 2 if why == "named" else 0  # "known as", "dubbed": the naming is no cue
    if (
        why in _SPEECH_OVERRIDES
        and not q.heading
        # German copy marks a word before its noun for emphasis or irony ('der
        # „drastischen“ Erhöhung'), also in reported speech
        and not (why == "modifier" and q.german_marks)
        and q.cue_near(skip)
    ):
        # inside reported speech a name or a word is the speaker's word
        return "partial", "in-reported-speech"
    return kind, why


def _a_title_by_its_place(q: _Quoted, kind: QuoteKind, why: str) -> tuple[QuoteKind, str]:
    """English words in title case that name something by where they stand: between a
    determiner and a lower-case word ("the “Three Amigos” summit", "the “Arab Spring”
    was", the capitalised form of the modifier), or ending a sentence with the period
    inside the marks with no cue among the four words before ("canceling the low-rated
    “Rush Hour.”").  Other quotes keep ``kind`` and ``why``."""
    if q.heading or q.german_marks or not q.upper or not _title_case(q.words):
        return kind, why
    nwords = len(q.words)
    if (
        why == "fragment"
        and nwords <= _NAME_WORDS
        and not (q.ends_sentence or q.ends_clause)
        and q.glued_after
        and q.next_word[:1].islower()
        and q.prev_low in _DETERMINERS
        and not _naming(q.lead)
    ):
        return "other", "title-before-noun"
    if (
        why == "sentence"
        and 2 <= nwords <= _NAME_WORDS
        and q.end_ch == "."
        and q.prev_text[-1:].isalpha()
        and q.prev_word[:1].islower()
        and q.prev_low not in _CUES
        and _SAYING.isdisjoint(q.lead)  # not 'told the crowd “Thank You.”'
        and not _naming(q.lead)
    ):
        return "other", "name-or-title"
    if (
        why == "sentence"
        and 2 <= nwords <= _NAME_WORDS
        and not (q.ends_sentence or q.ends_clause)
        and q.glued_after
        and q.next_word[:1].islower()
        and q.next_word.casefold() not in SPEAKER_PRONOUNS  # '“We Will Win” she said'
        and (not q.prev_text or q.prev_text[-1:] in _SENTENCE_CLOSE)
        # '“No Justice, No Peace” rang out', unless what follows calls it a thing of a
        # kind ('“Crazy, Stupid, Love” is a comedy')
        and (_INNER_STOPS.search(q.text, q.start, q.end) is None or _is_a(q))
        and not _said_in_sentence(q)  # '“Fake News” the president tweeted'
    ):
        # '“Sons of Trump” is an adaptation of …': a title-case name as a sentence's
        # subject, words nobody says ('“We Will Win,” she said' ends on a comma)
        return "other", "name-or-title"
    return kind, why


#: A copula, an indefinite article and up to three words after a quote.
_IS_A = regex.compile(r"\s++(?:is|was)\s++an?\s++((?:[\w-]++\s++){0,2}[\w-]++)", regex.IGNORECASE)


def _is_a(q: _Quoted) -> bool:
    """True when "is a" or "was an" and a noun for a work follow the quote within three
    words ('“Crazy, Stupid, Love” is a 2011 comedy'): the quote is a title; not '“No
    Justice, No Peace” was a common refrain', words said."""
    m = _IS_A.match(q.text, q.close_end)
    return m is not None and any(w.casefold() in WORK_NOUNS["en"] for w in m.group(1).split())


def _said_in_sentence(q: _Quoted) -> bool:
    """A verb of saying among the first four words after the quote, in its sentence
    ('“Fake News” the president tweeted', '“Thank You All” was all she said')."""
    stop = _SENTENCE_STOP.search(q.text, q.close_end, q.hi)
    after = _WORD.findall(q.text, q.close_end, q.hi if stop is None else stop.start())
    return any(w.casefold() in _SAYING for w in after[:_SAID_REACH])


#: The end of the sentence after a quote.
_SENTENCE_STOP = regex.compile("[" + regex.escape("".join(sorted(SENTENCE_END))) + "]")
#: How many words after a quote :func:`_said_in_sentence` reads.
_SAID_REACH = 4


#: Punctuation inside quoted words that makes them a sentence or a slogan of clauses: a
#: comma, a semicolon, "!" or "?", or a period after a word of three lower-case letters
#: or more ("Dr. Strangelove", "Mission: Impossible" are names).
_INNER_STOPS = regex.compile(r"[,;!?]|(?<=\p{Ll}{3})\.")
#: What ends the sentence before a quote that opens its own.
_SENTENCE_CLOSE = frozenset(".!?”\"’'")


def _german_capitals(q: _Quoted, kind: QuoteKind, why: str) -> tuple[QuoteKind, str] | None:
    """German copy capitalises every noun, so capitals alone tell little: one
    capitalised word after an indefinite article is a common noun, the speaker's when a
    cue is near; a phrase of capitalised words is a name or a title, unless after
    "als"/"wie" with a cue near it is what somebody calls something."""
    if not q.german_marks:
        return None
    prev_low, lead = q.prev_low, q.lead
    if (
        why == "name-or-title"
        and len(q.words) <= _NOUN_WORDS
        and prev_low in _INDEFINITE
        and q.cue_near()
    ):
        # "nannte die Absage einen „Vertrauensbruch“", "sprach von einer „Gefahr für
        # Leib und Leben“"; after a definite article it may be a name ("schreibt die
        # „Computerwoche“")
        return "partial", "in-reported-speech"
    if (
        kind != "other"
        and why != "attributed"
        and not q.heading
        and len(q.words) >= 2
        and q.upper
        and _title_case(q.words)
        and prev_low not in _INDEFINITE  # "von einem „Feldzug gegen …“": a noun, said
        and _CLAUSE_IN_MARKS.search(q.text, q.start, min(q.end, q.start + 120)) is None
        and not (q.ends_sentence or q.ends_clause)
        and prev_low not in _SPOKEN_LEADS
        and prev_low not in _CUES
        and (
            prev_low not in _AS_WORDS
            or not ((len(lead) >= 2 and lead[-2] in _SPOKEN_LEADS) or q.cue_near())
        )
    ):
        # "die „Deutsche Krebshilfe“", "das „Glas der Vernunft“", "als „Stadt der Musik“
        # ausgezeichnet", "Filme wie „Cool Runnings“"; but "bezeichnete ihn als „Großen
        # Führer“", "Parolen wie „Nie Wieder“"
        return "other", "name-or-title"
    if (
        why == "fragment"
        and not q.heading
        and prev_low in DEFINITE_ARTICLES
        and q.upper
        and 2 <= len(q.all_words) <= _NAME_WORDS
        and not (q.ends_sentence or q.ends_clause)
    ):
        # a name in marks after its article: "die „Aktion Deutschland hilft“", "der
        # „Rat für nationale Sicherheit“" (not 'dass der „Heilige Geist wach ist und
        # sich nicht irrt“', words too many for a name)
        return "other", "name-or-title"
    return None


#: A comma and a lower-case word inside German marks: a clause, so a sentence, not a
#: title ("„Wer in Zeiten von Massenarbeitslosigkeit Tausende von Stellen streicht,
#: obwohl …“").
#: After the marks: "sowie", "und" or "oder" and an article, a coordinated noun
#: phrase ('„Ärzte ohne Grenzen“ sowie das Rote Kreuz').
_COORDINATED_NOUN = regex.compile(
    r"\s+(?:sowie|und|oder)\s+(?:der|die|das|den|dem|des|ein|eine|einer|einem|einen)\s"
)
_CLAUSE_IN_MARKS = regex.compile(r",\s+\p{Ll}")
#: The most words of a name in marks after its article.
_NAME_WORDS = 6
#: The most words of a noun phrase in marks after an indefinite article that a cue
#: near makes the speaker's ("sprach von einer „Gefahr für Leib und Leben“").
_NOUN_WORDS = 6


def _by_shape(
    words: Sequence[str],
    *,
    upper: bool,
    capital: bool,
    end_ch: str,
    ends: tuple[bool, bool],
    prev: tuple[str, str, str, str],
    lead: Sequence[str],
    after: tuple[str, bool],
    heading: bool,
    said_after: bool = False,
) -> tuple[QuoteKind, str]:
    """The kind the quote's shape and its neighbours give, before any speaker is looked
    for: titles, names and nicknames, sentences, fragments.  ``said_after``: a comma
    and a speech verb follow the closing mark ("„Nein“, sagte sie")."""
    nwords = len(words)
    ends_sentence, ends_clause = ends
    prev_text, prev_char, prev_word, prev_low = prev
    next_word, glued_after = after
    naming = _naming(lead)
    possessive = prev_text.endswith(("’s", "'s"))
    if (
        glued_after
        and next_word.casefold() in _TITLE_FOLLOWERS
        and not (ends_sentence or ends_clause)
        and nwords <= 8
        and not naming
    ):
        return "other", "title-before-noun"
    if (
        not heading
        and _title_case(words)
        and nwords <= 6
        and (
            (prev_char == "," and prev_low in _TITLE_LEADS and _title_lead_case(prev_word))
            or (
                prev_char.isalpha()
                and (possessive or prev_low in _TITLE_PREPOSITIONS)
                and (not ends_sentence or prev_low == "on" or possessive)
                and end_ch not in "!?"
            )
        )
        and not naming
    ):
        return "other", "title"
    if prev_char == ":" and prev_low in _COLON_TITLE_LEADS:
        return "other", "label"  # "(Motto: „…“)", "ihr Erstwerk: „…“"
    if not prev_char or prev_char in ":.?!" or (prev_char in ",—–-(" and upper):
        if nwords >= 2 or ends_sentence or ends_clause or said_after:
            # one word standing alone is a name, unless a verb of saying follows it:
            # "„Nein“, sagte sie" (the comma outside the marks, as German sets it)
            return "direct", "sentence"
        return "other", "single-word"
    if not heading:
        if (
            prev_word[:1].isupper()
            and next_word[:1].isupper()
            and prev_char.isalpha()
            and nwords <= 3
            and not (ends_sentence or ends_clause)
            and glued_after
        ):
            return "other", "nickname"
        if prev_low in _TITLE_LEADS and _title_lead_case(prev_word) and capital and not naming:
            return "other", "title"
    if prev_low in _PARTIAL_LEADS:
        return "partial", "fragment"
    if upper and (ends_sentence or ends_clause) and nwords >= 2:
        return "direct", "sentence"
    if (
        not heading
        and upper
        and _title_case(words)
        and not (ends_sentence or ends_clause)
        and nwords <= 6
        and not naming
    ):
        return "other", "name-or-title"
    return "partial", "fragment"
