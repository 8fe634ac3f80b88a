"""German word order: the speaker and cue of a quote in German copy (``lang="de"``).

German puts the finite verb second in a main clause.  The subject stands before the
verb ("Die Ministerin sagte: „…“") or, when another phrase opens the clause, right
after it ("Am Montag sagte die Ministerin: „…“", "„…“, sagte die Ministerin.").  A
subordinate clause puts its verb last ("wie der Sprecher mitteilte").  The rules
here find the verb that governs a quote and read its subject on the side the order
gives; the word lists are in :mod:`newsparse.lexicon.german`.

Rules (each names itself in ``Quote.attribution.rule``):

* ``de-quote-so-speaker``: „…“, so Müller.  (the cue is *so*)
* ``de-quote-cue-speaker``: „…“ sei falsch, sagte Müller.
* ``de-next-sentence``: „…“ Das sagte Müller am Montag.
* ``de-source-phrase``: laut Müller / Müller zufolge / nach Angaben des Ministeriums /
  "…, so Müller, „…“"
* ``de-source-clause``: reported speech, a sentence without a quote that opens with
  its source ("Laut Müller ist die Lage ruhig.")
* ``de-name-colon``: a name right before the colon or bracket that opens the quote
  ("…, und Ministerpräsident Jens Stoltenberg: „…“")
* ``de-subject-verb``: the clause before the quote has its subject first
  ("Müller kritisierte den Plan als „…“", "Müller sagte: „…“")
* ``de-verb-subject``: another phrase opens the clause and the subject follows the
  verb ("Dazu sagte Müller: „…“", "Als Begründung nannte er …")

>>> from newsparse import attribute
>>> text = "Streik\\n\\nAm Montag sagte die Ministerin: „Wir bleiben hart.“"
>>> q = attribute(text, lang="de")[0]
>>> q.speaker.span.of(text), q.cue.span.of(text), q.attribution.rule
('die Ministerin', 'sagte', 'de-verb-subject')
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence

import regex

from newsparse.attribution.direct import _Cand
from newsparse.attribution.indirect import _trim
from newsparse.attribution.mentions import _Ment
from newsparse.attribution.tokens import _ANY_MARKS, _Tok
from newsparse.lexicon.german import (
    ABSTRACT_ENDINGS,
    ADVERB_ENDINGS,
    ARTICLES,
    CLAUSE_LINKS,
    DEFINITE_ARTICLES,
    NOT_VERBS,
    OBJECT_PRONOUNS,
    PARTICIPLE_ADVERB_END,
    PARTICIPLE_ADVERB_MIN,
    PREPOSITIONS,
    PRONOUNS,
    SENTENCE_ADVERBS,
    SOURCE_NOUNS,
    SOURCE_PHRASE_OPENERS,
    SPEECH_LEMMAS,
    SUBORDINATORS,
    VERB_SUBJECT_FILLERS,
    VIEW_VERBS,
    reported_form,
)

#: "Für den Minister ist die Lage „ernst“", "In dem Antrag heißt es: „…“": the
#: phrase after the preposition holds the view or the words.
_HOLDER_PREPOSITIONS = frozenset({"für", "in", "im", "auf"})
_HOLDER_VERBS = frozenset({"ist", "heißt", "hält", "war", "hieß"})
#: Words that point back at a speaker named before: "so letztere", "sagte dieser".
_BACK_REFERENCES = frozenset({"letztere", "letzterer", "dieser", "diese", "jener", "jene"})
#: Subordinators whose clause's own subject speaks: "wie der Sprecher mitteilte",
#: "indem sie … aufforderte" (its subject right after them, its verb last; in a "dass"
#: or "weil" clause the speaker is the main clause's).
_CLEAR_SUBORDINATORS = frozenset({"wie", "indem"})
#: "heißt es in …", "hieß es in …", "steht in …": the text after the preposition says it.
_SOURCE_VERBS = frozenset({"heißt", "hieß", "steht", "stand", "geheißen"})
#: Active verbs of quoting: their object speaks ("RIA Novosti zitiert dazu Kirchner mit
#: folgenden Worten: „…“", "Der Spiegel zitiert den Prediger").
_QUOTING_VERBS = frozenset({"zitiert", "zitierte", "zitierten"})
#: Pronouns that can only be a subject: after the verb they are its subject.
_NOMINATIVE_PRONOUNS = frozenset({"er", "ich", "wir"})
#: Words before the subject that leave it the subject ("Auch die Ministerin sagte").
_LINKS = frozenset({"auch", "und", "aber", "denn", "doch", "selbst", "sogar"})
#: German opening and closing marks, besides the double marks of ``_ANY_MARKS``.
_MARKS = _ANY_MARKS | frozenset("‚‘’›‹“")
_CLOSING = frozenset(",.;:!?") | _MARKS


def _nounish(text: str, tok: _Tok) -> bool:
    """A capitalised word, or a number joined to one ("der 58-Jährige")."""
    if tok.cap:
        return True
    dash = text.find("-", tok.start, tok.end)
    return tok.low[:1].isdigit() and dash > 0 and text[dash + 1 : dash + 2].isupper()


def _extend(toks: Sequence[_Tok], last: int, hi: int) -> int:
    """The end of a noun phrase past its genitive, its party in brackets and a
    "von"-phrase: "der Sprecher des Ministeriums", "Schmidt (SPD)", "Metzges vom
    Netzwerk Campact"."""
    for _ in range(3):
        k = last + 1
        if k + 1 < hi and toks[k].low == "(":
            close = next((j for j in range(k + 1, min(hi, k + 6)) if toks[j].low == ")"), None)
            if close is None:
                return last
            last = close
            continue
        if k < hi and toks[k].low in {"des", "der", "von", "vom"}:
            j = k + 1
            while j < hi and j < k + 4 and toks[j].word and not toks[j].cap:
                if toks[j].low in PREPOSITIONS or toks[j].low in NOT_VERBS:
                    return last
                j += 1
            if j < hi and toks[j].word and toks[j].cap:
                while j + 1 < hi and toks[j + 1].word and toks[j + 1].cap:
                    j += 1
                last = j
                continue
        return last
    return last


def _noun_phrase(
    text: str, toks: Sequence[_Tok], i: int, hi: int, *, extend: bool = False
) -> _Ment | None:
    """The German noun phrase at token ``i``: a pronoun, or an article, adjectives and
    capitalised nouns and names ("die Ministerin", "der CDU-Politiker Karl Huber",
    "Bundeskanzlerin Merkel", "ein Sprecher")."""
    if i >= hi or not toks[i].word:
        return None
    low = toks[i].low
    if low in PRONOUNS or (
        low in _BACK_REFERENCES and not (i + 1 < hi and toks[i + 1].cap and toks[i + 1].word)
    ):
        return _Ment(toks[i].start, toks[i].end, "pronoun", i, i)
    possessive = low in _GENITIVE_DETERMINERS and i + 1 < hi and toks[i + 1].cap
    if _not_a_noun(low) and not possessive:
        return None  # "Dazu sagte …", "In dem Antrag …", "Ursprünglich wollte …"
    k = i + 1 if low in ARTICLES or possessive else i
    while k < hi and not _nounish(text, toks[k]) and toks[k].word and k < i + 4:
        # adjectives before the noun: "die gesundheitspolitische Sprecherin"
        if toks[k].low in PREPOSITIONS or toks[k].low in NOT_VERBS:
            return None
        k += 1
    first_noun = k
    while k < hi and k < first_noun + 5 and toks[k].word and _nounish(text, toks[k]):
        k += 1
    if k == first_noun:
        return None
    last = k - 1
    if extend:
        last = _extend(toks, last, hi)
    kind = "role" if low in ARTICLES or possessive else "name"
    return _Ment(toks[i].start, toks[last].end, kind, i, last)


#: "dessen Stellvertreter", "deren Sprecherin": a genitive pronoun as the determiner of
#: a noun phrase (elsewhere a relative pronoun, never a phrase of its own).
_GENITIVE_DETERMINERS = frozenset({"dessen", "deren"})


def _not_a_noun(low: str) -> bool:
    """True for a word that opens no noun phrase, capitalised or not."""
    return (
        low in PREPOSITIONS
        or low in SUBORDINATORS
        or low in SENTENCE_ADVERBS
        or low in VERB_SUBJECT_FILLERS
        or low in NOT_VERBS
        or low.endswith(ADVERB_ENDINGS)
        or (low.endswith(PARTICIPLE_ADVERB_END) and len(low) >= PARTICIPLE_ADVERB_MIN)
    )


#: An inflected participle or superlative before its noun: an adjective, never the
#: verb ("die ausgeübte Gewalt", "das abgeleitete System", "der oberste Führer").
_PARTICIPLE_ADJECTIVE = regex.compile(
    r"(?:(?:ab|an|auf|aus|bei|ein|mit|nach|vor|zu|zurück|fest|weg|hin|her)?ge\p{Ll}{2,}(?:t|en)"
    r"|\p{Ll}{2,}st)(?:e|en|er|es|em)"
)


def _is_verb(toks: Sequence[_Tok], k: int) -> bool:
    """True when the lower-case word at ``k`` may be the finite verb of a clause: not
    a function word, and not an adjective before its noun ("zur aktuellen Lage",
    "die vom Konzern bestehende Firma")."""
    tok = toks[k]
    if k + 1 < len(toks) and toks[k + 1].cap and toks[k + 1].word:
        prev = toks[k - 1].low if k > 0 else ""
        if (
            prev in ARTICLES
            or prev in PREPOSITIONS
            or prev[:1].isdigit()
            or tok.low.endswith(("ende", "enden", "ender", "er", "es", "em", "enen"))
            or tok.low.endswith(tuple(e + "en" for e in ADVERB_ENDINGS))
            or tok.low.endswith(tuple(e + "e" for e in ADVERB_ENDINGS))
            or _PARTICIPLE_ADJECTIVE.fullmatch(tok.low) is not None
        ):
            return False
    return (
        tok.word
        and not tok.cap
        and not tok.low[0].isdigit()
        and tok.low not in ARTICLES
        and tok.low not in PREPOSITIONS
        and tok.low not in NOT_VERBS
        and tok.low not in VERB_SUBJECT_FILLERS
        and tok.low not in SUBORDINATORS
        and tok.low not in PRONOUNS
    )


def _subject_after(text: str, toks: Sequence[_Tok], v: int, hi: int) -> _Ment | None:
    """The subject right after a fronted verb, past "sich", "auch", "dazu" and a
    time phrase ("sagte dazu am Montag der Minister")."""
    k = v + 1
    for _ in range(6):
        if k >= hi:
            return None
        low = toks[k].low
        if (low in VERB_SUBJECT_FILLERS and low != "sie") or low in OBJECT_PRONOUNS:
            k += 1
            continue
        if low in {"am", "im", "zum", "beim"} and k + 1 < hi and toks[k + 1].cap:
            if toks[v].low in _SOURCE_VERBS and low == "im":
                return _noun_phrase(text, toks, k + 1, hi)  # "hieß es im Bericht"
            k += 2  # "am Montag", "im Interview"
            continue
        if toks[v].low in _SOURCE_VERBS and low in {"in", "auf", "bei", "aus"}:
            # "„…“, hieß es in einer Erklärung": the text that says it; "hieß es aus
            # dem Ministerium": the place
            return _noun_phrase(text, toks, k + 1, hi, extend=True)
        break
    return _titled_source(toks, k, hi) or _noun_phrase(text, toks, k, hi)


def _titled_source(toks: Sequence[_Tok], k: int, hi: int) -> _Ment | None:
    """A paper or a broadcaster named in marks after the verb ("schrieb „Die Zeit“",
    "berichtete die „Süddeutsche Zeitung“"): German copy marks such names."""
    first = k
    if k < hi and toks[k].low in DEFINITE_ARTICLES:
        k += 1
    if k >= hi or toks[k].low not in _ANY_MARKS or k + 1 >= hi or not toks[k + 1].cap:
        return None
    close = next((j for j in range(k + 2, min(hi, k + 8)) if toks[j].low in _ANY_MARKS), None)
    if close is None or any(not t.word for t in toks[k + 1 : close]):
        return None
    return _Ment(toks[first].start, toks[close].end, "organisation", first, close)


def _clause_start(toks: Sequence[_Tok], lo: int, v: int) -> tuple[int, bool]:
    """Where the clause of the verb at ``v`` starts, and whether something other than
    its subject may open it (a subordinate clause or a phrase before a comma)."""
    k = v
    while k > lo:
        k -= 1
        if toks[k].low in _MARKS:
            title = _title_in_marks(toks, lo, k)
            if title is not None:
                k = title  # 'Die „Zeit“ schrieb', 'wird von der „Zeitung“ zitiert'
                continue
            return k + 1, True
        if toks[k].low in {",", ";", ":"}:
            return k + 1, True
    return lo, False


def _clause_verb(toks: Sequence[_Tok], lo: int, first: int) -> tuple[int, bool] | None:
    """The finite verb that governs a quote opening at token ``first``, and whether it
    is a listed speech verb: the speech verb nearest before the quote, else the first
    verb-like word of the clause holding the quote."""
    k = first
    skipped = 0
    while k > lo:
        k -= 1
        if toks[k].low in _MARKS:
            title = _title_in_marks(toks, lo, k)
            if title is None:
                # the words of an earlier quote: never its verb, but the verb before a
                # quote that ends no sentence may govern this one too ("X sagte, es sei
                # ein „…“ und Y solle wissen, „…“"); past two quotes at most (linear time)
                if k - 1 < lo or toks[k - 1].low in {".", "!", "?"} or skipped == 2:
                    break
                skipped += 1
                title = next((j for j in range(k - 1, lo - 1, -1) if toks[j].low in _MARKS), None)
                if title is None:
                    break
            k = title  # a paper's name: 'wird von der „Zeitung“ mit den Worten zitiert'
            continue
        hit = toks[k].cue
        if (
            hit is not None
            and hit.lemma != "according to"
            and not toks[k].cap
            and not _attributive(toks, lo, k)
        ):
            return k, True
    start = lo
    end = first - 1 if first - 1 > lo and toks[first - 1].low in {",", ":"} else first
    for k in range(end - 1, lo - 1, -1):
        if toks[k].low in {",", ";", ":"} or toks[k].low in _MARKS:
            start = k + 1  # a comma, or the close of an earlier quote
            break
    if (
        start > lo
        and end - 2 > start
        and toks[end - 2].low == "zu"
        and not toks[end - 1].cap
        and toks[end - 1].low.endswith(("en", "ern", "eln"))
    ):
        # "…, seine Sympathien offen zu zeigen: „…“": an infinitive clause has no
        # subject of its own; the clause before it governs
        start = lo
    if start < first and toks[start].low in _CLEAR_SUBORDINATORS:
        # a subordinate clause puts its verb last: "…, indem sie X zum Handeln aufforderte:"
        for k in range(end - 1, start + 1, -1):
            if toks[k].word and not toks[k].cap and _is_verb(toks, k):
                return k, False
        start = lo
    if start < first and start > lo and toks[start - 1].low == "," and _is_verb(toks, start):
        return start, False  # "…, seien „…“": the verb right after the comma
    for begin in (start, lo) if start > lo else (lo,):
        quoted = False
        for k in range(begin + 1, first):
            if toks[k].low in _MARKS:
                quoted = not quoted  # never a verb inside an earlier quote
                continue
            if not quoted and _is_verb(toks, k):
                return k, False
    return None


#: Articles that make a participle after them an adjective ("mit einem refrainartig
#: skandierten „…“", "des oft zitierten „…“"); "dem" may also be a relative pronoun
#: ("…, auf dem er erklärte"), which this reading accepts.
_ADJECTIVE_ARTICLES = frozenset({"einem", "einer", "eines", "einen", "dem", "des"})


#: Adverbs before a participle that is an adjective when a quote follows it ("nicht
#: näher bezeichnete „technische Probleme“", "oft zitierte „Weisheiten“"); "so" is left
#: out ("so bezeichnete sie …" is a clause).
_PARTICIPLE_ADVERBS = frozenset({"näher", "oft", "häufig", "vielfach", "gern", "gerne", "viel"})


def _attributive(toks: Sequence[_Tok], lo: int, k: int) -> bool:
    """True when the cue form at ``k`` is an adjective after its article ("mit einem
    refrainartig skandierten „…“"): the article right before it or up to two words
    before it, with only lower-case words between; or after an adverb such as "näher"
    with a quote right after it."""
    if (
        k - 1 > lo
        and toks[k - 1].low in _PARTICIPLE_ADVERBS
        and toks[k - 2].low in {"nicht", "kaum", "so"}
        and k + 1 < len(toks)
        and toks[k + 1].low in _MARKS
        and toks[k].low.endswith(("te", "ten", "tes", "ter", "tem"))
    ):
        return True  # "nicht näher bezeichnete „technische Probleme“" (not "weil er
        # häufig betonte „…“": a finite verb; "die oft zitierte": the article below)
    for j in range(k - 1, max(lo, k - 3) - 1, -1):
        if toks[j].low in _ADJECTIVE_ARTICLES:
            return True
        if not toks[j].word or toks[j].cap:
            return False
    return False


def _unlisted(cand: _Cand) -> bool:
    """True for a candidate whose cue is no German speech verb."""
    return cand.cue is None or (cand.cue[2] not in SPEECH_LEMMAS and cand.cue[2] != "so")


def _laut_right_before(toks: Sequence[_Tok], lo: int, first: int) -> bool:
    """True when "laut" opens a phrase that ends at the quote opening at ``first``
    ("laut Klinikdirektor Prof. Dr. Karl Beck „…“"): only words and periods between."""
    for k in range(first - 1, max(lo, first - 9) - 1, -1):
        if toks[k].low == "laut":
            return True
        if not toks[k].word and toks[k].low != ".":
            return False
    return False


def _title_in_marks(toks: Sequence[_Tok], lo: int, close: int) -> int | None:
    """The opening mark of a name in marks that closes at token ``close`` (one to four
    capitalised words: „Die Zeit“, „Netzeitung“), else ``None``."""
    k = close - 1
    while k > lo and k > close - 5 and toks[k].word and toks[k].cap:
        k -= 1
    if k < close - 1 and toks[k].low in _MARKS and toks[k].low != toks[close].low:
        return k
    return None


#: The prepositions before the place or text that "heißt es" reports ("Aus Paris hieß
#: es", "In der Erklärung heißt es", "Im Bericht hatte es geheißen").
_SOURCE_PREPOSITIONS = frozenset({"aus", "in", "im"})


def _says_it(toks: Sequence[_Tok], start: int, v: int) -> bool:
    """True when the clause opening at ``start`` reads "<preposition> … heißt es" with
    its finite verb at ``v``: "Aus Paris hieß es", "In der Erklärung hatte es geheißen"
    (the participle up to three words after the auxiliary)."""
    if toks[start].low not in _SOURCE_PREPOSITIONS or v - start < 2:
        return False
    if v + 1 >= len(toks) or toks[v + 1].low != "es":
        return False  # "In Berlin stand Müller …": a subject of its own
    if toks[v].low in {"heißt", "hieß"}:
        return True
    return toks[v].low in {"hatte", "hat"} and any(t.low == "geheißen" for t in toks[v + 2 : v + 4])


def _verb_speaker(text: str, toks: Sequence[_Tok], lo: int, v: int, hi: int) -> _Ment | None:
    """The subject of the finite verb at ``v`` in the sentence starting at ``lo``: before
    the verb when a noun phrase opens its clause, else right after it."""
    quoted = _passive_quoted(text, toks, lo, v)
    if quoted is not None:
        return quoted  # "„…“, wird Müller zitiert."
    start, _ = _clause_start(toks, lo, v)
    if start == v or toks[start].low in SUBORDINATORS:
        start = lo
    if _says_it(toks, start, v):
        # "Aus Paris hieß es, …", "In der Erklärung heißt es, …": the place or text
        holder = _noun_phrase(text, toks, start + 1, v, extend=True)
        if holder is not None:
            return holder
    if toks[start].low not in {"den", "dem"}:
        head = _noun_phrase(text, toks, start, v, extend=True)
        if head is not None:
            return head
    return _subject_after(text, toks, v, hi)


def _previous_speaker(
    text: str, toks: Sequence[_Tok], lo: int
) -> tuple[_Ment, tuple[int, int, str]] | None:
    """The speaker of the last speech verb before token ``lo`` in the paragraph, in the
    quote's own sentence or an earlier one ("Künast sagte, es müsse …"), and that verb:
    who a sentence of reported speech goes on quoting."""
    for k in range(lo - 1, max(-1, lo - 150), -1):
        hit = toks[k].cue
        if hit is None or toks[k].cap or hit.lemma not in SPEECH_LEMMAS:
            continue
        s0 = k
        while s0 > 0 and toks[s0 - 1].low not in {".", "!", "?"}:
            s0 -= 1
        ment = _verb_speaker(text, toks, s0, k, lo)
        if ment is None:
            return None
        return ment, (toks[k].start, toks[k].end, hit.lemma)
    return None


def _previous_sentence(
    text: str, toks: Sequence[_Tok], a: int, lo: int
) -> tuple[_Ment, tuple[int, int, str] | None] | None:
    """Who the sentence ``toks[a:lo]`` before a quote is about, and its cue if its verb
    is a listed one, by German word order: the subject of its finite verb (before the
    verb, or after it when an adverbial or an object opens the sentence: "Danach
    verurteilte der Minister …"); when its verb is Konjunktiv I ("Die Gefahr sei real."),
    the sentence reports someone, and the speaker it goes on quoting speaks."""
    found = _clause_verb(toks, a, lo)
    if found is None:
        return None
    v, listed = found
    if not listed and reported_form(toks[v].low):
        earlier = _previous_speaker(text, toks, a)
        if earlier is None:
            return None
        return _latest_mention(toks, earlier[0], a), earlier[1]
    if _no_subject(toks, a) or toks[a].low in {"den", "dem"}:
        ment = _subject_after(text, toks, v, lo)
    else:
        ment = _verb_speaker(text, toks, a, v, lo)
    if ment is None:
        return None
    hit = toks[v].cue
    return ment, None if hit is None or not listed else (toks[v].start, toks[v].end, hit.lemma)


def _latest_mention(toks: Sequence[_Tok], ment: _Ment, first: int) -> _Ment:
    """The speaker's mention nearest before the quote at token ``first``: the last
    word of a name found again after ``ment`` ("Bundesfinanzminister Peer Steinbrück
    sagte … Obwohl Steinbrück … rechnet, sei man „…“": *Steinbrück*)."""
    surname = toks[ment.last]
    if not surname.cap or ment.kind != "name":
        return ment
    for k in range(first - 1, ment.last, -1):
        if toks[k].low == surname.low and toks[k].cap:
            return _Ment(toks[k].start, toks[k].end, "name", k, k)
    return ment


def _after_quote(text: str, toks: Sequence[_Tok], after: int, hi: int, n: int) -> _Cand | None:
    """Rules ``de-quote-so-speaker`` ("„…“, so Müller." and "„…“ beenden, so Müller.",
    the cue *so*) and ``de-quote-cue-speaker`` ("„…“ sei falsch, sagte Müller."): the
    attribution after the quote, in its sentence."""
    for k in range(after, hi):
        low = toks[k].low
        if low in {".", "!", "?"} or low in _ANY_MARKS:
            return None  # the sentence ends, or a new quote starts
        if k == after and low == "laut":
            # "„…“ laut Gall „…“": the source right after the quote
            ment = _noun_phrase(text, toks, k + 1, hi)
            if ment is not None:
                cue = (toks[k].start, toks[k].end, "laut")
                return _Cand(ment.start, ment, cue, "de-source-phrase", 0.75, quote=n)
        if k == after:
            # "„…, die Gleichheit,“ betont sie": the comma inside the marks; and
            # '„Wozu?“ fragen sich Experten': a question or exclamation mark, then a
            # verb in lower case; '„… zu lästig.“ so das Fazit der Betreiber.': a
            # lower-case "so" after the period
            inside = toks[after - 2].low if after >= 2 else ""
            if not (
                inside in {",", "?", "!"}
                or (inside == "." and low == "so" and not toks[k].cap)
                or (low in {"wird", "wurde"} and _quoted_by_the_clause(toks, k))
            ):
                continue
        elif toks[k - 1].low not in {",", "–", "—"}:
            continue
        if (
            low == "mit"
            and k + 3 < hi
            and toks[k + 1].low in {"diesen", "den", "jenen"}
            and toks[k + 2].low == "worten"
            and _is_verb(toks, k + 3)
        ):
            # '„…“, mit diesen Worten meldete er sich zurück': the verb, then its subject
            ment = _subject_after(text, toks, k + 3, hi)
            if ment is not None:
                verb = toks[k + 3]
                cue = (verb.start, verb.end, verb.low)
                return _Cand(ment.start, ment, cue, "de-quote-cue-speaker", 0.75, quote=n)
        if low == "so" and k + 1 < hi and _is_verb(toks, k + 1):
            # '„…“, so charakterisierte ihn der Sprecher': the verb, then its subject;
            # not an auxiliary ("so wurde dieser Satz oft zitiert")
            if toks[k + 1].low in _COPULAS:
                return None
            ment = _subject_after(text, toks, k + 1, hi)
            if ment is not None:
                verb = toks[k + 1]
                cue = (verb.start, verb.end, verb.cue.lemma if verb.cue else verb.low)
                return _Cand(ment.start, ment, cue, "de-quote-cue-speaker", 0.75, quote=n)
        elif low == "so":
            # "so Müller", "so das Fazit der Betreiber" (with its genitive)
            ment = _noun_phrase(text, toks, k + 1, hi, extend=True)
            if ment is not None:
                so = toks[k]
                return _Cand(
                    ment.start, ment, (so.start, so.end, "so"), "de-quote-so-speaker", 0.85, quote=n
                )
        hit = toks[k].cue
        listed = hit is not None and not toks[k].cap and hit.lemma in SPEECH_LEMMAS
        if listed or (k <= after + 2 and _is_verb(toks, k)):
            # '„…“, sagte Müller', and any verb in that place: '„…“, stellte Celebi fest'
            ment = _subject_after(text, toks, k, hi)
            if ment is not None:
                cue = (toks[k].start, toks[k].end, hit.lemma if hit is not None else toks[k].low)
                if toks[k].low in _QUOTING_VERBS:
                    # '„…“, zitiert die „Computerwoche“ Lynch': the paper relays, the
                    # one it quotes speaks (as before the quote)
                    # (past a title's marks, which may end ``hi``)
                    quoted = _noun_phrase(text, toks, ment.last + 1, len(toks))
                    if quoted is not None and (
                        quoted.kind == "name" or toks[quoted.first].low in {"den", "einen"}
                    ):
                        return _Cand(
                            quoted.start, quoted, cue, "de-quote-cue-speaker", 0.8,
                            relay=ment, quote=n,
                        )  # fmt: skip
                return _Cand(ment.start, ment, cue, "de-quote-cue-speaker", 0.8, quote=n)
    return None


def _quoted_by_the_clause(toks: Sequence[_Tok], k: int) -> bool:
    """True when "zitiert" ends the clause that the auxiliary at ``k`` opens ("„…“ wird
    der Franzose in der Zeitung „Le Monde“ zitiert", its comma left out)."""
    for j in range(k + 1, min(len(toks), k + 16)):
        if toks[j].low in {",", ".", ";", ":", "!", "?"}:
            return False
        if toks[j].low == "zitiert":
            return True
    return False


def _final_so(text: str, toks: Sequence[_Tok], after: int, hi: int, n: int) -> _Cand | None:
    """Rule ``de-quote-so-speaker`` past later quotes: "Die „…“ hätten „…“ getötet, so
    Murtha." — ", so X" closing the sentence gives every quote in it."""
    end = hi
    while end > after and not toks[end - 1].word:
        end -= 1
    for k in range(max(after + 1, end - 8), end):
        if toks[k].low == "so" and toks[k - 1].low == ",":
            if any(t.cue is not None or t.low == ":" for t in toks[after:k]):
                return None  # another cue between governs the quote
            ment = _noun_phrase(text, toks, k + 1, end)
            if ment is not None and ment.last + 1 >= end:
                so = toks[k]
                cue = (so.start, so.end, "so")
                return _Cand(ment.start, ment, cue, "de-quote-so-speaker", 0.8, quote=n)
    return None


def _name_before(
    text: str, toks: Sequence[_Tok], lo: int, first: int
) -> tuple[_Ment, tuple[int, int, str]] | None:
    """Rule ``de-name-colon``: a name right before the colon or bracket that opens the
    quote, with no verb between them ("…, und der Ministerpräsident Jens Stoltenberg:
    „…“", "Mohammed ElBaradei („…“)"): the name speaks, the colon is the cue."""
    if first < lo + 2 or toks[first - 1].low not in {":", "("}:
        return None
    end = first - 2
    mark = toks[first - 1]
    if toks[end].low in _VERBATIM and end > lo and mark.low == ":":
        mark = toks[end]  # "Koppelin wörtlich: „…“": the adverb is the cue
        end -= 1
    if mark.low == ":" and toks[end].cap:
        # "Nina Hagen zur neuen Heimat: „…“": the topic after the name (a noun before
        # the colon, not a verb: "Folgendes zu ihrer Person erklären:")
        for j in range(end, max(lo, end - 5), -1):
            if not toks[j].word:
                break
            if toks[j].low in _TOPIC_PREPOSITIONS and j - 1 > lo and toks[j - 1].cap:
                end = j - 1
                break
    if not (toks[end].word and toks[end].cap):
        return None
    k = end
    while (
        k > lo
        and k > end - 6
        and toks[k - 1].word
        and (toks[k - 1].cap or toks[k - 1].low in ARTICLES)
    ):
        k -= 1
    if (
        k > lo
        and toks[k - 1].word
        and not toks[k - 1].cap
        and toks[k - 1].low not in {"und", "sowie"}
    ):
        return None  # "… stellte er fest:": a clause, read by its verb
    ment = _noun_phrase(text, toks, k, end + 1)
    if ment is None or ment.last != end or (ment.first == ment.last and ment.kind != "name"):
        return None
    return ment, (mark.start, mark.end, mark.low)


#: "Merkel zur Lage: „…“", "Müller über den Streit: „…“": the topic a name speaks to,
#: between the name and the colon (a convention of German copy).
_TOPIC_PREPOSITIONS = frozenset({"zu", "zum", "zur", "über"})
#: "Koppelin wörtlich: „…“": an adverb of quoting between a name and its colon.
_VERBATIM = frozenset({"wörtlich", "dazu", "später", "damals"})


def _fronted_quote(
    text: str, toks: Sequence[_Tok], lo: int, first: int, after: int, hi: int, sent_hi: int
) -> _Cand | None:
    """Rule ``de-verb-subject`` for a quote in the clause's first place: "Von einer
    „gezielten Kampagne“ sprach der Minister", "Als „Geschenk“ bezeichnet die Forscherin
    …", "Mit den Worten „…“ kommentierte er": the verb follows the quote, its subject
    follows the verb; a series of quotes stands there as one ("Von „X“ oder „Y“ sprechen
    Berichte")."""
    first = _series_start(toks, lo, first)
    end = _series_end(toks, after, sent_hi)
    if end > after:
        after, hi = end, sent_hi  # past the later quotes of the series
    if first > lo + 3 or after >= hi:
        return None
    verb = toks[after]
    if not verb.word or verb.cap or not (verb.cue is not None or _is_verb(toks, after)):
        return None
    if toks[lo].low not in PREPOSITIONS and any(
        t.word and t.cap and t.low not in PREPOSITIONS for t in toks[lo + 1 : first]
    ):
        return None  # "Die Firma „X“ baut …": a name before the quote, no fronted phrase
    if verb.cue is None and (verb.low in _COPULAS or reported_form(verb.low)):
        # "Eine „offene Frage“ sei der Grund": no speech verb, the quote's phrase is the
        # clause's subject (in reported speech, the reporter's speaker goes on)
        return None
    ment = _subject_after(text, toks, after, hi)
    if ment is None:
        return None
    cue = (verb.start, verb.end, verb.low)
    return _Cand(ment.start, ment, cue, "de-verb-subject", 0.65)


#: Words that join quotes in a series ("„X“ oder „Y“", "„X“, „Y“ und „Z“").
_SERIES_LINKS = frozenset({"und", "oder", ","})
#: The most quotes a series holds (a bound that keeps the cost linear).
_SERIES_MAX = 6


def _series_start(toks: Sequence[_Tok], lo: int, first: int) -> int:
    """The opening mark of the first quote of the series whose quote opens at
    ``first`` ("„X“ oder „Y“": X's for Y's)."""
    for _ in range(_SERIES_MAX):
        if not (
            first - 3 >= lo
            and toks[first - 1].low in _SERIES_LINKS
            and toks[first - 2].low in _MARKS
            and toks[first].low in _MARKS
        ):
            break
        k = next((j for j in range(first - 3, lo - 1, -1) if toks[j].low in _MARKS), None)
        if k is None:
            break
        first = k
    return first


def _series_end(toks: Sequence[_Tok], after: int, hi: int) -> int:
    """The token after the last quote of the series whose quote ends before ``after``."""
    for _ in range(_SERIES_MAX):
        if not (
            after + 1 < hi and toks[after].low in _SERIES_LINKS and toks[after + 1].low in _MARKS
        ):
            break
        k = next((j for j in range(after + 2, hi) if toks[j].low in _MARKS), None)
        if k is None:
            break
        after = k + 1
    return after


def _next_sentence(text: str, toks: Sequence[_Tok], hi: int, n: int) -> _Cand | None:
    """Rule ``de-next-sentence``: a quote standing as its own sentence, given in the next
    one ("„Ja, es gibt Zumutungen.“ Das musste der Minister einräumen.", "Dies sagte
    …"): the subject after that sentence's verb."""
    if hi + 1 >= len(toks) or toks[hi].low not in {"das", "dies", "so"}:
        return None
    v = hi + 1
    verb = toks[v]
    if not verb.word or verb.cap or verb.low in ARTICLES or verb.low in PREPOSITIONS:
        return None
    ment = _subject_after(text, toks, v, min(len(toks), v + 12))
    if ment is None:
        return None
    cue = (toks[v].start, toks[v].end, toks[v].low)
    return _Cand(ment.start, ment, cue, "de-next-sentence", 0.6, quote=n)


def _source_phrase(
    text: str, toks: Sequence[_Tok], lo: int, hi: int, n: int, first: int | None = None
) -> _Cand | None:
    """Rule ``de-source-phrase``: "laut Müller", "Müller zufolge", "nach Angaben des
    Ministeriums" in the quote's sentence; of two, the last one before the quote opening
    at token ``first`` ("nach Angaben des Amtes …, der nach Bewertung der Polizei „…“":
    the police)."""
    found = None
    for cand in _source_phrases(text, toks, lo, hi, n):
        if found is not None and (first is None or cand.anchor > toks[first].start):
            break
        found = cand
    return found


def _source_phrases(text: str, toks: Sequence[_Tok], lo: int, hi: int, n: int) -> Iterator[_Cand]:
    """The source phrases of the sentence between tokens ``lo`` and ``hi``, in order."""
    for k in range(lo, hi):
        low = toks[k].low
        ment = None
        if low == "so" and k > lo and toks[k - 1].low == ",":
            # "Der Einsatz solle sich, so Gall, „…“ begrenzen", "…, so Gall weiter: „…“"
            ment = _noun_phrase(text, toks, k + 1, hi)
            if ment is not None and (
                ment.last + 1 >= hi or toks[ment.last + 1].low in {",", ":", "weiter"}
            ):
                so = toks[k]
                yield _Cand(
                    ment.start, ment, (so.start, so.end, "so"), "de-source-phrase", 0.75, quote=n
                )
            ment = None
        elif low == "laut":
            # "laut Müller", 'laut „Reuters“' (a name in marks)
            ment = _titled_source(toks, k + 1, hi) or _noun_phrase(text, toks, k + 1, hi)
        elif low == "nach" and k + 1 < hi and toks[k + 1].low in SOURCE_NOUNS:
            # "nach Angaben des Ministeriums", "nach Worten von Müller"
            at = k + 3 if k + 3 < hi and toks[k + 2].low == "von" else k + 2
            ment = _noun_phrase(text, toks, at, hi) or _noun_phrase(text, toks, k + 1, hi)
        elif (
            low == "nach"
            and k + 2 < hi
            and toks[k + 1].low in ARTICLES
            and toks[k + 2].low in SOURCE_NOUNS
        ):
            # "Nach der Ankündigung der Ministerin", "nach den Worten des Richters"
            ment = _noun_phrase(text, toks, k + 1, hi, extend=True)
        elif low == "zufolge" and k > lo:
            j = k - 1
            while j > lo and toks[j - 1].word and (toks[j - 1].cap or toks[j - 1].low in ARTICLES):
                j -= 1
            ment = _noun_phrase(text, toks, j, k)
        if ment is not None and low in CLAUSE_LINKS | {"nach"}:
            cue = toks[k]
            yield _Cand(
                ment.start, ment, (cue.start, cue.end, low), "de-source-phrase", 0.7, quote=n
            )


def _source_clause(text: str, toks: Sequence[_Tok], lo: int, hi: int) -> _Cand | None:
    """Rule ``de-source-clause``: a sentence without a quote that opens with its source,
    "Laut Müller ist die Lage ernst", "Nach Ansicht von Ministerpräsident Huber ist damit
    nichts entschieden", "Dem Bericht zufolge fehlen …": the rest of the sentence is the
    source's reported speech (German's "according to X, …"), and the source speaks on
    in the quotes that follow."""
    if hi - lo < _SOURCE_CLAUSE_MIN or toks[lo].low not in SOURCE_PHRASE_OPENERS:
        return None
    cand = next(_source_phrases(text, toks, lo, hi, -1), None)  # the sentence's first
    ment = None if cand is None else cand.speaker
    if cand is None or ment is None or cand.cue is None:
        return None
    if not _a_source(text, toks, ment, cand.cue[2]):
        return None
    zufolge = cand.cue[2] == "zufolge"
    if not (cand.cue[0] == toks[lo].start or (zufolge and ment.start == toks[lo].start)):
        return None  # the first source phrase is inside the sentence
    k = ment.last + 2 if zufolge else ment.last + 1  # past "zufolge" after its phrase
    if not zufolge and k < hi and toks[k].low == "(":
        # past the party after the name: "Nach Ansicht von Karl Huber (CDU) ist …"
        k = next((j + 1 for j in range(k + 1, min(hi, k + 6)) if toks[j].low == ")"), hi)
    if k >= hi or not _is_clause_verb(toks, k):
        return None  # "Laut Müller." , "Nach Angaben der Polizei, die …"
    content = _trim(text, toks[k].start, toks[hi - 1].end)
    if content is None:
        return None
    return cand._replace(rule="de-source-clause", confidence=0.6, content=content, quote=-1)


#: A German source phrase that may open a sentence (:func:`_source_clause`): "Laut",
#: "Nach Angaben", "Nach der Ansicht", "… zufolge"; one test for a whole paragraph.
_SOURCE_PHRASE = re.compile(
    r"\b(?:Laut|Nach (?:(?:der|den|dem|des) )?(?:"
    + "|".join(sorted(w.capitalize() for w in SOURCE_NOUNS))
    + r")|zufolge)\b"
)


def _may_open_a_source(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` may hold a sentence :func:`_source_clause` reads."""
    return _SOURCE_PHRASE.search(text, start, end) is not None


#: The fewest tokens of a sentence that reports after its source: the phrase, a verb and
#: a clause.
_SOURCE_CLAUSE_MIN = 6


def _a_source(text: str, toks: Sequence[_Tok], ment: _Ment, word: str) -> bool:
    """True for a source phrase's noun phrase that names somebody or something: an
    article and its noun ("der Polizei", "Dem Bericht"), a title and a name
    ("Polizeisprecher Jan Roth"), or one word in capitals ("BKA") — not one capitalised
    noun, which German gives every noun ("Laut Fahrplan", "Laut Gesetz"); after "nach"
    or "laut" its head is no source noun ("Nach Ansicht einiger Juristen" read as
    "Ansicht": no source named), before "zufolge" it may be one ("Dem Bericht zufolge")."""
    first, last = toks[ment.first], toks[ment.last]
    if word != "zufolge" and last.low in SOURCE_NOUNS:
        return False
    if first.low in ARTICLES:
        return True
    one_word = ment.first == ment.last
    return first.cap and (not one_word or text[first.start : first.end].isupper())


def _is_clause_verb(toks: Sequence[_Tok], k: int) -> bool:
    """True when the token after a fronted source phrase is the finite verb of the
    sentence (German puts it second): a lower-case word, not a preposition or an
    article."""
    tok = toks[k]
    return tok.word and not tok.cap and tok.low not in PREPOSITIONS and tok.low not in ARTICLES


#: The most tokens around a quote that the German frames below read: a bound that keeps
#: the cost linear when one "sentence" holds thousands of quotes.
_REACH = 60


def _in_reported_speech(
    text: str, toks: Sequence[_Tok], lo: int, hi: int, first: int, v: int, n: int
) -> _Cand:
    """A quote in a clause whose verb is Konjunktiv I ("Damit seien „…“"): the source
    the sentence names ("Wie der Richter ausführte, hätte es „…“", "Für Küng sei es
    „…“"), else the speaker already reporting (``de-reported-speech``)."""
    framed = _wie_clause(text, toks, lo, hi, first, n) or _holder_opening(text, toks, lo, v, n)
    if framed is not None:
        return framed
    earlier = _previous_speaker(text, toks, first)
    if earlier is not None and not _quote_since(toks, earlier[1][1], first):
        ment = _latest_mention(toks, earlier[0], first)
        return _Cand(ment.start, ment, earlier[1], "de-reported-speech", 0.55, quote=n)
    # no speech verb, or a quote since the last one ("… Stellung. „…“ Es sei „…“"): the
    # speaker of the quote before goes on
    return _Cand(toks[first].start, None, None, "de-reported-speech", 0.4, quote=n, follow=True)


def _quote_since(toks: Sequence[_Tok], pos: int, first: int) -> bool:
    """True when a quote mark stands between the text offset ``pos`` and token ``first``."""
    k = first - 1
    while k >= 0 and toks[k].start >= pos:
        if toks[k].low in _MARKS:
            return True
        k -= 1
    return False


def _coordinated_subject(text: str, toks: Sequence[_Tok], lo: int, v: int) -> _Ment | None:
    """The subject a verb after "und" shares with the verb before it: "… befand der
    Premier den Angriff als gerechtfertigt und nannte ihn „…“" (not *ihn*)."""
    if v - 2 <= lo or toks[v - 1].low not in {"und", "sowie"}:
        return None
    for k in range(v - 2, max(lo, v - _REACH), -1):
        if toks[k].low in {",", ";", ":"} or toks[k].low in _MARKS:
            return None
        if toks[k].cap or not _is_verb(toks, k):
            continue
        before = _subject_before(text, toks, lo, k)
        if before is not None:
            return before[0]
        after = _subject_after(text, toks, k, v - 1)
        if after is not None:
            return after
    return None


def _wie_clause(
    text: str, toks: Sequence[_Tok], lo: int, hi: int, first: int, n: int
) -> _Cand | None:
    """Rule ``de-source-phrase`` for a "wie" clause with a speech verb at its end: "Wie
    der Richter, Ottmar Breidling, ausführte, …", "…, wie Hoyzer zitiert wird"."""
    for k in range(max(lo, first - _REACH), min(hi - 2, first + _REACH)):
        if toks[k].low != "wie" or not (k == lo or toks[k - 1].low == ","):
            continue
        for j in range(k + 2, min(hi, k + 14)):
            if toks[j].low in {".", "!", "?", ";"} or toks[j].low in _ANY_MARKS:
                break
            if toks[j].cue is None or toks[j].cap:
                continue
            ment = _noun_phrase(text, toks, k + 1, j)
            if ment is None:
                break
            verb = toks[j]
            cue = (verb.start, verb.end, verb.low)
            return _Cand(ment.start, ment, cue, "de-source-phrase", 0.7, quote=n)
    return None


def _holder_opening(text: str, toks: Sequence[_Tok], lo: int, v: int, n: int) -> _Cand | None:
    """Rule ``de-holder-verb`` for "Für den Theologen Hans Küng sei der Rücktritt „…“":
    the one a view is reported for, opening a clause whose verb is Konjunktiv I."""
    if v - lo < 3 or toks[lo].low != "für":
        return None
    ment = _noun_phrase(text, toks, lo + 1, v)
    if ment is None or ment.kind not in {"name", "role"}:
        return None
    prep = toks[lo]
    return _Cand(ment.start, ment, (prep.start, prep.end, "für"), "de-holder-verb", 0.6, quote=n)


def _subject_before(text: str, toks: Sequence[_Tok], lo: int, v: int) -> tuple[_Ment, str] | None:
    """The subject before the finite verb at ``v`` and the rule that found it: the noun
    phrase opening the verb's clause (``de-subject-verb``), the one after "wie" in
    "wie der Sprecher mitteilte", or the holder in "Für den Minister ist …", "In dem
    Antrag heißt es …" (``de-holder-verb``); ``None`` when another phrase opens the
    clause (the subject then follows the verb)."""
    start, _ = _clause_start(toks, lo, v)
    if start == v and toks[v - 1].low == "," and _quote_in_clause_before(toks, lo, v - 1):
        # '„…“, sagte die Königin', 'Sie sei „…“ über X, sagte die Königin': a quote
        # before the verb, the subject after
        return None
    if start == v and _subordinate_before(toks, lo, v - 1):
        # "Wie der Sender berichtet, gab Sprecher Gibbs …": a fronted subordinate
        # clause takes the first place, the subject follows the verb
        return None
    if start == v:
        # "Müller, der Minister, sagte:" (an appositive before the verb): the phrase
        # before the appositive, after the comma before it if there is one ("…
        # zurück, die Sprecherin der Fraktion, Sandra Boser, erklärte:")
        start = _before_an_appositive(toks, lo, v)
    elif toks[start].low in SUBORDINATORS and toks[start].low not in _CLEAR_SUBORDINATORS:
        start = lo  # a main clause after a subordinate one ("Als er kam, sagte er:")
    if toks[start].low in _LINKS and start + 1 < v and toks[start + 1].word:
        start += 1  # "Auch die Ministerin sagte", "Und er sagte"
    opener = toks[start].low
    if opener in _CLEAR_SUBORDINATORS and v > start + 1:
        # "wie der Sprecher mitteilte", "indem sie … aufforderte": right after it
        # ("wie sich Tauss ausdrückte": past the reflexive)
        k = start + 1
        while k < v - 1 and toks[k].low in VERB_SUBJECT_FILLERS and toks[k].low != "sie":
            k += 1
        ment = _noun_phrase(text, toks, k, v)
        if ment is not None:
            return ment, "de-subject-verb"
    relative = _relative_subject(toks, lo, start) if toks[v].cue is not None else None
    if relative is not None:
        return relative, "de-subject-verb"
    if opener in {"der", "einer"} and start + 1 < v and toks[start + 1].low.endswith("en"):
        return None  # a dative or genitive: "Der englischen Zeitung sagte X"
    if toks[v].low in _QUOTING_VERBS and v + 1 < len(toks) and toks[v + 1].word:
        # "Die Zeitung zitiert den Minister mit den Worten": he speaks (not the passive
        # "wird mit den Worten zitiert:", whose subject is quoted)
        return None
    if (opener in _HOLDER_PREPOSITIONS and toks[v].low in _HOLDER_VERBS) or _says_it(
        toks, start, v
    ):
        ment = _noun_phrase(text, toks, start + 1, v)
        if ment is not None:
            return ment, "de-holder-verb"
    if opener in {"den", "dem"}:
        return None  # an object opens the clause: "Den Unmut brachte X zum Ausdruck"
    head = _titled_source(toks, start, v) or _noun_phrase(text, toks, start, v, extend=True)
    return None if head is None else (head, "de-subject-verb")


#: The passive auxiliary of "wird … zitiert".
_PASSIVE_AUXILIARIES = frozenset({"wird", "wurde", "werden", "wurden"})


def _passive_quoted(text: str, toks: Sequence[_Tok], lo: int, v: int) -> _Ment | None:
    """The person quoted in a passive "wird X … zitiert:" ("In der Mitteilung wird
    Müller mit den Worten zitiert:", "Der Sprecher wird von der Zeitung wie folgt
    zitiert:"): the subject of the auxiliary, before it or right after it."""
    if toks[v].low != "zitiert":
        return None
    start, _ = _clause_start(toks, lo, v)
    if start == v or toks[start].low in SUBORDINATORS:
        start = lo
    w = next((k for k in range(start, v) if toks[k].low in _PASSIVE_AUXILIARIES), None)
    if w is None:
        return None
    if w == start:
        start = lo  # "Der Sprecher, Karl Roth, wird …": past the appositive's commas
    if w > start:
        before = _noun_phrase(text, toks, start, w, extend=True)
        if before is not None:
            return before
    return _subject_after(text, toks, w, v)


def _passive_cue(toks: Sequence[_Tok], v: int, after: int, hi: int) -> bool:
    """True when the finite verb at ``v`` is a passive auxiliary and a cue's participle
    follows the quote ("wurde … als „…“ bezeichnet")."""
    if toks[v].low not in _PASSIVE_AUXILIARIES or after >= hi:
        return False
    part = toks[after]
    return not part.cap and part.cue is not None and part.low.endswith(("t", "en"))


def _passive_agent(
    text: str, toks: Sequence[_Tok], v: int, first: int, after: int, hi: int
) -> tuple[_Ment, tuple[int, int, str]] | None:
    """The agent of a passive cue after the quote ("Seine Werke werden von Kennern als
    „…“ bezeichnet", "wurden im „Standard“ als „…“ bezeichnet"): the noun phrase after
    "von", or a paper in marks after "im"/"in der", and the participle as the cue."""
    if not _passive_cue(toks, v, after, hi):
        return None
    part = toks[after]
    # "Von der Opposition wurde der Plan als „…“ bezeichnet": the agent fronted
    fronted = next(
        (k for k in range(v - 1, max(-1, v - 8), -1) if toks[k].low in {",", ".", ":", ";"}),
        max(-1, v - 8),
    )
    for k in (*range(fronted + 1, v), *range(v + 1, first - 1)):
        low = toks[k].low
        ment = None
        if low in {"von", "vom"}:
            ment = _noun_phrase(text, toks, k + 1, v if k < v else first, extend=True)
        elif low in {"im", "in"}:
            j = k + 2 if low == "in" and toks[k + 1].low in DEFINITE_ARTICLES else k + 1
            ment = _titled_source(toks, j, first)
        if ment is not None:
            return ment, (part.start, part.end, part.low)
    return None


def _quote_in_clause_before(toks: Sequence[_Tok], lo: int, comma: int) -> bool:
    """True when the stretch before the comma at ``comma`` (back to the comma or colon
    before it, or to ``lo``) holds a quote: a clause of its own, not an appositive (whose
    name in marks, "ein Vertreter des „Naturschutzbunds“", is no quote)."""
    k = comma
    while k > lo:
        k -= 1
        low = toks[k].low
        if low in _MARKS:
            title = _title_in_marks(toks, lo, k)
            if title is None or title == lo or not toks[title - 1].word:
                return True  # a quote ("„Nein“, sagte sie"), not a name after a word
            k = title
        elif low in {",", ";", ":"}:
            return False
    return False


def _subordinate_before(toks: Sequence[_Tok], lo: int, comma: int) -> bool:
    """True when the stretch before the comma at ``comma`` (back to the comma or colon
    before it, or to ``lo``) is a subordinate clause: a subordinator opens it and a
    lower-case word (its verb) ends it ("Wie der Sender berichtet,"), unlike an
    appositive ("Müller, als Sprecher der Partei,")."""
    if comma - 2 < lo or toks[comma].low != "," or toks[comma - 1].cap or not toks[comma - 1].word:
        return False
    k = comma - 1
    while k > max(lo, comma - _REACH) and toks[k - 1].low not in {",", ";", ":"}:
        k -= 1
    return toks[k].low in SUBORDINATORS and k < comma - 2


def _before_an_appositive(toks: Sequence[_Tok], lo: int, v: int) -> int:
    """Where the subject starts when an appositive in commas stands before the verb
    at ``v``: after the comma before the appositive's own comma, else at ``lo``."""
    # the nearest three commas, within reach: a long sentence must not cost its length
    # for each verb in it
    reach = range(v - 1, max(lo, v - _REACH) - 1, -1)
    commas = list(itertools.islice((k for k in reach if toks[k].low == ","), 3))
    if len(commas) < 3:
        return lo
    start = commas[2] + 1
    if toks[start].low in SUBORDINATORS or not toks[start].word:
        return lo
    return start


#: Relative pronouns in the nominative: the subject of their clause.
_RELATIVE_PRONOUNS = frozenset({"der", "die", "welche", "welcher"})


def _relative_subject(toks: Sequence[_Tok], lo: int, start: int) -> _Ment | None:
    """The relative pronoun that opens the clause at ``start`` as its subject, after a
    noun ("…, tausende Demonstranten, die unter anderem skandierten: „…“"): the
    mention as written, like English *who*."""
    if start - 2 < lo or toks[start - 1].low != "," or toks[start].low not in _RELATIVE_PRONOUNS:
        return None
    if start + 1 < len(toks) and toks[start + 1].cap:
        return None  # "…, die Ministerin sagte": an article, not a relative pronoun
    if not (toks[start - 2].word and toks[start - 2].cap):
        return None  # no noun before the comma for it to refer to
    return _Ment(toks[start].start, toks[start].end, "pronoun", start, start)


#: Subject pronouns that, right after a relative pronoun, make it the object ("das
#: sie als „Murks“ bezeichnete"); so does a "der" after "die"/"das" ("die der Minister").
_CLAUSE_SUBJECT_PRONOUNS = frozenset({"er", "sie", "wir", "ich", "man", "es"})

#: How far back from the quote a relative clause may open, in tokens.
_RELATIVE_REACH = 20


def _relative_clause(
    text: str, toks: Sequence[_Tok], lo: int, hi: int, first: int, after: int, n: int
) -> _Cand | None:
    """Rule ``de-relative-clause`` for a quote inside a relative clause whose verb
    stands at its end, after the quote ("…, der den Plan als „Wortbruch“ bezeichnete",
    "…, welche die Lage als „ernst“ sieht"): the relative pronoun speaks (the mention
    as written, like English *who*), the clause-final cue or verb of holding a view is
    the cue."""
    k = first - 1
    while k > max(lo, first - _RELATIVE_REACH) and toks[k].low not in {",", ".", ";", ":"}:
        if toks[k].low in _ANY_MARKS or toks[k].cue is not None:
            return None  # another quote, or a cue of its own before the quote
        k -= 1
    start = k + 1 if toks[k].low in {",", ".", ";", ":"} else k
    if start + 1 >= first:
        return None
    if toks[start].low in _VERB_FINAL_SUBORDINATORS:
        return _subordinate_clause(text, toks, start, hi, first, after, n)
    if toks[k].low != ",":
        return None
    if toks[start].low not in _RELATIVE_PRONOUNS | {"das", "welches"}:
        return None
    if toks[start + 1].cap or not (k - 1 >= lo and toks[k - 1].word and toks[k - 1].cap):
        return None  # "…, die Ministerin": an article; or no noun before the comma
    after_pronoun = toks[start + 1].low
    if after_pronoun in _CLAUSE_SUBJECT_PRONOUNS or (
        after_pronoun == "der" and toks[start].low != "der"
    ):
        return None  # "…, das sie als „Murks“ bezeichnete": the pronoun is the object
    j = _final_cue(toks, after, hi)
    if j is None:
        return None
    pronoun = toks[start]
    ment = _Ment(pronoun.start, pronoun.end, "pronoun", start, start)
    cue = (toks[j].start, toks[j].end, toks[j].low)
    return _Cand(ment.start, ment, cue, "de-relative-clause", 0.6, quote=n)


def _final_cue(toks: Sequence[_Tok], after: int, hi: int) -> int | None:
    """The cue or verb of holding a view that ends a verb-final clause right after a
    quote ("als „…“ bezeichnete", "als „…“ sieht"), past capitalised words; ``None``
    when the clause ends first or its verb goes on ("bezeichnet wird")."""
    for j in range(after, min(hi, after + 6)):
        low = toks[j].low
        if not toks[j].word:
            return None  # the clause ends before its verb
        if toks[j].cap:
            continue
        if toks[j].cue is not None or low in VIEW_VERBS:
            end = j + 1
            if end < hi and toks[end].low in _PERFECT_AUXILIARIES:
                end += 1  # "bezeichnet hat": the active perfect
            if end < hi and toks[end].word and not toks[end].cap:
                continue  # "bezeichnet wird": the verb goes on
            return j
    return None


#: The auxiliaries of the perfect after a clause-final participle ("… bezeichnet hat").
_PERFECT_AUXILIARIES = frozenset({"hat", "hatte", "habe", "haben", "hatten", "hätte"})

#: Subordinators whose clause puts its verb last ("weil die Regierung das Land als „…“
#: bezeichnet hat"); not "wie" (its own rule) nor "dass" (whose clause a speech verb
#: before it reports).
_VERB_FINAL_SUBORDINATORS = frozenset({"weil", "da", "nachdem", "obwohl", "als", "wenn"})


def _subordinate_clause(
    text: str, toks: Sequence[_Tok], start: int, hi: int, first: int, after: int, n: int
) -> _Cand | None:
    """Rule ``de-subject-verb`` for a quote inside a subordinate clause whose cue stands
    at its end ("…, weil die Regierung das Land als „…“ bezeichnet hat"): the subject
    right after the subordinator speaks."""
    j = _final_cue(toks, after, hi)
    if j is None:
        return None
    ment = _noun_phrase(text, toks, start + 1, first, extend=True)
    if ment is None:
        return None
    cue = (toks[j].start, toks[j].end, toks[j].low)
    return _Cand(ment.start, ment, cue, "de-subject-verb", 0.6, quote=n)


#: Copulas: the noun after one is a predicate ("Die Ankündigung ist Teil …"), no subject.
_COPULAS = frozenset({"ist", "sind", "war", "waren", "wird", "werden", "wurde", "bleibt"})


def _fronted_abstract(toks: Sequence[_Tok], ment: _Ment) -> bool:
    """True when the noun phrase's head (its first noun) is an abstract noun, which names
    no speaker ("Die praktische Anwendung der Richtlinie", "Jegliche Mitverantwortung")."""
    for k in range(ment.first, ment.last + 1):
        tok = toks[k]
        if tok.cap and tok.word and tok.low not in ARTICLES:
            if k < ment.last and toks[k + 1].cap and toks[k + 1].word:
                continue  # an adjective opening the sentence: "Jegliche Mitverantwortung"
            return tok.low.endswith(ABSTRACT_ENDINGS)
    return False


def _a_person_after(toks: Sequence[_Tok], ment: _Ment) -> bool:
    """True for a speaker after the verb that can only be its subject: "der" and a
    masculine role or title ("der SPD-Vorsitzende Karl Huber", "der Minister"), the
    nominative; not a bare name nor "die …", which may be an object ("warf Müller vor",
    "kritisierte die Ministerin"), nor a feminine noun after "der" (a dative)."""
    if ment.kind != "role" or toks[ment.first].low != "der" or ment.last <= ment.first:
        return False
    head = toks[ment.first + 1].low
    return not head.endswith(("in", "innen")) and not head.endswith(ABSTRACT_ENDINGS)


#: Words that open a German main clause without being its subject: the finite verb
#: comes second, the subject after it ("Besonders unangenehm war es", "Damit sei
#: …", "Von „Täuschung“ sprechen Berichte"). Not the prepositions of a view's
#: holder ("Nach Ansicht von X ist …", "Für den Minister ist …", "Laut X").
_NO_SUBJECT_OPENERS = (PREPOSITIONS | SENTENCE_ADVERBS | CLAUSE_LINKS) - (
    _HOLDER_PREPOSITIONS | {"nach", "laut", "gemäß", "zufolge"}
)


def _adverbial_opener(toks: Sequence[_Tok], i: int, *, conjunctions: bool = False) -> bool:
    """True when token ``i`` opens a German clause with an adverbial (or, with
    ``conjunctions``, a conjunction), not its subject: the English reading of the
    first phrase as the subject does not hold."""
    if i >= len(toks):
        return False
    low = toks[i].low
    return low in _NO_SUBJECT_OPENERS or (conjunctions and low in _CONJUNCTIONS)


def _no_subject(toks: Sequence[_Tok], i: int) -> bool:
    """True when the phrase at token ``i`` cannot be a German subject as an English
    rule reads one: an adverbial or a conjunction (:func:`_adverbial_opener`), or a
    prepositional phrase of place or time ("Im September hatte …", "Nach einem Flug
    …", "Auf dem Weg …"); "nach Angaben …" names a source and stays."""
    if _adverbial_opener(toks, i, conjunctions=True):
        return True
    if i >= len(toks) or toks[i].low not in _HOLDER_PREPOSITIONS | {"nach"}:
        return False
    # "nach Angaben …", "nach Schäubles Idee": a source, past a possessive name
    return not (toks[i].low == "nach" and any(t.low in SOURCE_NOUNS for t in toks[i + 1 : i + 3]))


#: Conjunctions that open a German clause or stand before a colon ("Und: „…“").
_CONJUNCTIONS = SUBORDINATORS | {"und", "denn", "aber", "oder", "sondern"}


def _subject_past_an_adverbial(text: str, toks: Sequence[_Tok], i: int, hi: int) -> _Ment | None:
    """The subject after the finite verb of a clause that opens with an adverbial
    at token ``i`` ("Zu dieser Zeit ging Celebi davon aus"): verb second, then the
    subject; ``None`` when no verb comes within a short phrase."""
    for k in range(i + 1, min(hi, i + 8)):
        if toks[k].low in {",", ".", ":", ";"} or toks[k].low in _MARKS:
            return None
        if _is_verb(toks, k):
            return _subject_after(text, toks, k, hi)
    return None


def _german_cand(
    text: str,
    toks: Sequence[_Tok],
    lo: int,
    hi: int,
    first: int,
    after: int,
    post_hi: int,
    n: int,
) -> _Cand | None:
    """The attribution of a quote in German copy, by German word order; ``None`` when
    no German rule applies (the general rules then try)."""
    relative = _relative_clause(text, toks, lo, hi, first, after, n)
    if relative is not None:
        return relative
    cand = _after_quote(text, toks, after, min(hi, post_hi), n) or _final_so(
        text, toks, after, hi, n
    )
    if cand is not None and _unlisted(cand) and _laut_right_before(toks, lo, first):
        # "… damit laut Klinikdirektor Beck „…“, suchen die Forscher …": the source
        # named right before the quote, not an unlisted verb after it
        source = _source_phrase(text, toks, lo, hi, n, first)
        if source is not None:
            return source
    if cand is not None:
        return cand
    if first <= lo + 1:
        # the quote stands as a sentence: the next one may give it ("„…“ Das sagte X.")
        nxt = hi if all(not t.word for t in toks[after:hi]) else None
        if nxt is None and after >= 2 and toks[after - 2].low in {".", "!", "?"}:
            nxt = after  # '„… Zumutungen.“ Das musste …': one sentence to Punkt
        cand = None if nxt is None else _next_sentence(text, toks, nxt, n)
        if cand is not None:
            return cand
    fronted = _fronted_quote(text, toks, lo, first, after, min(hi, post_hi), hi)
    if fronted is not None:
        return fronted._replace(quote=n)
    if (
        first <= lo + 3
        and after < min(hi, post_hi)
        and toks[after].word
        and not toks[after].cap
        and toks[after].cue is None
        and reported_form(toks[after].low)
    ):
        # "Eine „offene Frage“ sei der Grund": reported speech, whoever reports it
        return _in_reported_speech(text, toks, lo, hi, first, after, n)
    if first <= lo:
        return None
    named = _name_before(text, toks, lo, first)
    if named is not None:
        return _Cand(named[0].start, named[0], named[1], "de-name-colon", 0.7, quote=n)
    found = _clause_verb(toks, lo, first)
    if found is None or not found[1]:
        source = _source_phrase(text, toks, lo, hi, n, first)
        if source is not None:
            return source
    if found is None:
        return None
    v = found[0]
    if not found[1] and reported_form(toks[v].low):
        return _in_reported_speech(text, toks, lo, hi, first, v, n)
    return _by_the_verb(text, toks, lo, hi, first, after, v, n)


def _by_the_verb(
    text: str,
    toks: Sequence[_Tok],
    lo: int,
    hi: int,
    first: int,
    after: int,
    v: int,
    n: int,
) -> _Cand | None:
    """The speaker of the finite verb at ``v`` that governs the quote opening at token
    ``first``: a passive's person or agent, a shared or fronted subject, the subject
    before the verb, else the one after it (rules ``de-passive-quoted``,
    ``de-passive-agent``, ``de-subject-verb``, ``de-verb-subject``)."""
    verb = toks[v]
    cue = (verb.start, verb.end, verb.low)
    quoted = _passive_quoted(text, toks, lo, v)
    if quoted is not None:
        return _Cand(quoted.start, quoted, cue, "de-passive-quoted", 0.7, quote=n)
    agent = _passive_agent(text, toks, v, first, after, hi)
    if agent is not None:
        return _Cand(agent[0].start, agent[0], agent[1], "de-passive-agent", 0.65, quote=n)
    if _passive_cue(toks, v, after, hi):
        # "Das Buch wurde als „…“ bezeichnet": no agent, and the subject is what is named
        return _in_reported_speech(text, toks, lo, hi, first, v, n)
    shared = _coordinated_subject(text, toks, lo, v)
    if shared is not None:
        return _Cand(shared.start, shared, cue, "de-verb-subject", 0.6, quote=n)
    before = _subject_before(text, toks, lo, v)
    nominative = toks[v + 1] if v + 1 < first else None
    if (
        before is not None
        and nominative is not None
        and nominative.low in _NOMINATIVE_PRONOUNS
        and before[0].kind != "pronoun"
    ):
        # "Die Arbeit der Koalition lobte er": "er" is the subject, whatever opened the
        # clause (an object, fronted)
        ment = _Ment(nominative.start, nominative.end, "pronoun", v + 1, v + 1)
        return _Cand(ment.start, ment, cue, "de-verb-subject", 0.65, quote=n)
    if before is not None and verb.low not in _COPULAS and _fronted_abstract(toks, before[0]):
        # "Die Anwendung … stellte der SPD-Vorsitzende Müller in Frage:": the object
        # fronted, the person after the verb speaks
        person = _subject_after(text, toks, v, first)
        if person is not None and _a_person_after(toks, person):
            return _Cand(person.start, person, cue, "de-verb-subject", 0.65, quote=n)
    if before is not None:
        return _Cand(before[0].start, before[0], cue, before[1], 0.7, quote=n)
    after_verb = _subject_after(text, toks, v, first)
    if after_verb is not None:
        relay = None
        if verb.low in _QUOTING_VERBS:
            # "Die Rundschau zitiert einen Augenzeugen mit den Worten: „…“": the
            # witness speaks, the paper relays
            start, _ = _clause_start(toks, lo, v)
            relay = _noun_phrase(text, toks, start, v, extend=True)
        return _Cand(
            after_verb.start, after_verb, cue, "de-verb-subject", 0.65, relay=relay, quote=n
        )
    return None
