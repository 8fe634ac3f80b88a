"""Who speaks: the candidates resolved in text order into attribution records.

Takes every candidate of a text (quote rules, reported speech, headlines); gives the
quotes with their :class:`~newsparse.Attribution`.  A candidate's own speaker is resolved
to the fullest name (:mod:`.resolve`); a quote with no cue of its own goes on with the
current speaker (``continuation``: Q-3 dialogue, Q-10), kept in a history that later
pronouns and role nouns resolve against.

>>> from newsparse import attribute
>>> text = '"We are ready," Ana Ruiz said. "We always were."'
>>> [q.attribution.rule for q in attribute(text)]
['quote-speaker-cue', 'continuation']
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

import attrs

from newsparse.attribution.direct import (
    _Cand,
)
from newsparse.attribution.registry import (
    _LOOKBACK,
    _Registry,
)
from newsparse.attribution.resolve import (
    _resolve,
    _role_ahead,
    _Spoken,
)
from newsparse.attribution.tokens import (
    _ANY_MARKS,
    _CLOSE_MARKS,
    _FORMS,
    _OPEN_MARKS,
    _tokens,
)
from newsparse.lexicon.confidence import RULE_CONFIDENCE
from newsparse.lexicon.cues import BELIEF_LEMMAS, CONTINUATION_LEMMAS, GOING_ON_VERBS
from newsparse.lexicon.german import ARTICLES, PREPOSITIONS, SENTENCE_ADVERBS, SUBORDINATORS
from newsparse.lexicon.titles import NAME_STOPWORDS, TITLES
from newsparse.records import Attribution, Cue, Mention, Quote
from newsparse.spans import Span


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
    """Resolve speakers in text order and build the records: each candidate's own
    speaker (:func:`_own_speaker`), else the speaker who goes on
    (:func:`_who_goes_on`), kept in a history that later pronouns and role nouns
    resolve against."""
    history: list[_Spoken] = []
    genders: dict[str, str] = {}
    out: list[Quote] = list(quotes)
    extra: list[Quote] = []
    cands.sort(key=lambda c: (c.anchor, 0 if c.quote < 0 else 1))
    for cand in sorted(cands, key=lambda c: _cand_pos(c, quotes)):
        cue = None if cand.cue is None else Cue(Span(cand.cue[0], cand.cue[1]), cand.cue[2])
        speaker, key, gender, cue, rule, confidence = _own_speaker(
            text, cand, cue, reg, history, genders
        )
        if speaker is None and cand.follow and history:
            last = _who_goes_on(text, cand, quotes, history, p_starts)
            speaker, key, gender = last.speaker, last.key, last.gender
            speaker = _nearest_mention(text, speaker, _cand_pos(cand, quotes), p_starts)
            if cue is None:
                cue = last.cue
        if speaker is not None and cand.rule != "not-speech" and not _a_belief(cand):
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
        if speaker is not None:
            # calibrated: the rule's measured speaker accuracy (lexicon.confidence)
            confidence = RULE_CONFIDENCE.get(rule, confidence)
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


def _nearest_mention(text: str, speaker: Mention, pos: int, p_starts: Sequence[int]) -> Mention:
    """The speaker who goes on, as the paragraph of the quote at ``pos`` last names
    them before it: "Steinbrück" in "Obwohl Steinbrück …, sei man „…“" when an earlier
    paragraph called him "Bundesfinanzminister Peer Steinbrück" (the mention as
    written nearest the quote, the name kept)."""
    if speaker.name is None or speaker.kind != "name":
        return speaker
    words = speaker.name.of(text).split()
    if not words:
        return speaker
    surname = words[-1]
    para = p_starts[bisect.bisect_right(p_starts, pos) - 1] if p_starts else 0
    lo = max(para, speaker.span.end)
    at = text.rfind(surname, lo, pos)
    while at >= 0:
        end = at + len(surname)
        if (
            (at == 0 or not text[at - 1].isalnum())
            and (end >= len(text) or not text[end].isalnum())
            and not _another_first_name(text, at, words)
        ):
            return Mention(Span(at, end), "name", speaker.name)
        at = text.rfind(surname, lo, at)
    return speaker


def _another_first_name(text: str, at: int, words: Sequence[str]) -> bool:
    """True when a capitalised word that is not part of the name ``words``, a title or a
    function word stands right before the surname at ``at`` ("Ivanka Trump", "Willy
    Brandt" at a sentence's start; not "Senator Roe", "When Roe", "Obwohl Roe"):
    perhaps somebody else, so not taken for the speaker's nearer mention."""
    before = text[max(0, at - 40) : at]
    parts = before.split()
    if not before.endswith(" ") or not parts:
        return False
    prev = parts[-1]
    low = prev.lower()
    return (
        prev[:1].isupper()
        and not prev.endswith(".")
        and prev not in words
        and low not in TITLES
        and low not in NAME_STOPWORDS  # "When Roe …"
        and low not in _GERMAN_FUNCTION_WORDS  # "Obwohl Roe …"
    )


#: German words that open a clause before a name without being a first name.
_GERMAN_FUNCTION_WORDS = SUBORDINATORS | SENTENCE_ADVERBS | PREPOSITIONS | ARTICLES


def _a_belief(cand: _Cand) -> bool:
    """True for reported speech whose cue is a verb of belief."""
    return cand.quote < 0 and cand.cue is not None and cand.cue[2] in BELIEF_LEMMAS


def _own_speaker(
    text: str,
    cand: _Cand,
    cue: Cue | None,
    reg: _Registry,
    history: list[_Spoken],
    genders: dict[str, str],
) -> tuple[Mention | None, str, str, Cue | None, str, float]:
    """The candidate's own speaker resolved (speaker, name key, gender), its cue, rule
    and confidence: a headline role resolves to its holder in the body (A-14); a soft
    narrative subject that neither speaks nor is the current speaker gives the turn
    back (``continuation``)."""
    speaker: Mention | None = None
    key = gender = ""
    rule, confidence = cand.rule, cand.confidence
    if cand.speaker is not None:
        speaker, key, gender = _resolve(text, cand.speaker, reg, history, genders)
        if rule == "headline-claim-speaker" and speaker.name is None and speaker.kind == "role":
            # "Budget cuts will hurt schools: Governor": the headline comes
            # before the body that names the role's holder
            ahead = _role_ahead(text, speaker.span, reg)
            if ahead is not None:
                key, ent = ahead
                speaker = Mention(speaker.span, speaker.kind, ent.name)
        if cand.soft and history and not _keeps_narrative(key, cue, history[-1]):
            # a narrative subject that is neither the current speaker nor
            # speaking: the current speaker goes on
            speaker, cue, rule, confidence = None, None, "continuation", 0.5
    return speaker, key, gender, cue, rule, confidence


def _who_goes_on(
    text: str,
    cand: _Cand,
    quotes: tuple[Quote, ...],
    history: list[_Spoken],
    p_starts: Sequence[int],
) -> _Spoken:
    """Rule ``continuation``: the speaker a quote with no cue of its own goes on with.

    The last speaker, but after reported speech the speaker of the last quote
    ('"…," Putin said, adding that …. "…"'; Q-10: '"…," said X, who argued that
    …. "…"': in the paragraph of X's quote, reported speech in between does not
    take the turn), and after a question the one asked (Q-3 dialogue)."""
    last = history[-1]
    said = last.cue if last.rule in _QUOTE_RULES else None
    if cand.quote >= 0 and last.rule not in _QUOTE_RULES:
        para = bisect.bisect_right(p_starts, _cand_pos(cand, quotes))
        between: list[_Spoken] = []
        for spoken in reversed(history[-_LOOKBACK:]):
            same = spoken.key == last.key and spoken.speaker.span == last.speaker.span
            if not same and bisect.bisect_right(p_starts, spoken.pos) != para:
                break
            if spoken.rule in _QUOTE_RULES:
                # the nearest mention of the quote's own speaker ("Greene added that")
                nearer = [b for b in between if b.key == spoken.key and b.speaker.kind != "pronoun"]
                # its cue is the quote's ("said"), not the reported speech's ("asked"),
                # unless the reported speech adds to it ('…," he said, adding that
                # …. "…"': the quote goes on with what he added)
                last = nearer[0]._replace(cue=spoken.cue) if nearer else spoken
                said = spoken.cue
                if between and between[0].key == spoken.key and _adds(between[0]):
                    last = last._replace(cue=between[0].cue)
                break
            between.append(spoken)
    if cand.quote >= 0 and said is not None and last.cue == said:
        # '"…," Lee said, adding a word of thanks. "…"': the quote goes on with
        # what he added
        going_on = _participle_after(text, said.span.end, _cand_pos(cand, quotes), p_starts)
        if going_on is not None:
            last = last._replace(cue=going_on)
    if cand.quote >= 0 and last.question and not _asks(text, quotes[cand.quote], None):
        last = _answerer(history, last, p_starts, _cand_pos(cand, quotes)) or last
    return last


#: Marks that open or close a quote: a participle after a quote's cue speaks the
#: next quote only when no other quote stands in between.
_ANY_MARK = _ANY_MARKS | _OPEN_MARKS | _CLOSE_MARKS
_SENTENCE_ENDS = frozenset({".", "!", "?"})
#: The participles after a quote's cue that the next quote goes on with: what
#: the speaker added, or the source the quote was taken from ('"…," she said,
#: according to the pool report. "…"'). Other participles ("referring to",
#: "noting") describe the quote just ended: the next quote keeps its cue.
_GOING_ON = (CONTINUATION_LEMMAS - {"continue"}) | {"according to"}


def _participle_after(text: str, lo: int, hi: int, p_starts: Sequence[int]) -> Cue | None:
    """The participial cue (:data:`_GOING_ON`) that ends the sentence of the last
    quote's attribution, when the next quote opens right after that sentence in
    the same paragraph ('…," Lee said, adding a word of thanks. "…"', '…," said
    Ann Roe, a clerk, according to the minutes. "…"'), or "going on to" and its
    verb.

    >>> t = '"We won," Lee said, adding a word of thanks. "I am tired."'
    >>> _participle_after(t, t.index(" said") + 5, t.rindex('"I'), [0]).span.of(t)
    'adding'
    """
    if hi <= lo or bisect.bisect_right(p_starts, lo) != bisect.bisect_right(p_starts, hi):
        return None
    toks = _tokens(text, lo, hi)
    if len(toks) < 3 or toks[-1].low not in _SENTENCE_ENDS:
        return None
    cue: Cue | None = None
    for i, tok in enumerate(toks[:-1]):
        if tok.low in _SENTENCE_ENDS or tok.low in _ANY_MARK:
            return None
        hit = tok.cue
        if (
            cue is None
            and hit is not None
            and i
            and toks[i - 1].low == ","
            and hit.lemma in _GOING_ON
            and tok.low.endswith("ing")
            # "adding to the confusion", "adding fuel to …": no words added
            and not (hit.lemma == "add" and i + 1 < len(toks) and toks[i + 1].low in {"to", "fuel"})
        ):
            cue = Cue(Span(tok.start, toks[hit.end - 1].end), hit.lemma)
        elif (
            cue is None
            and tok.low == "going"
            and toks[i - 1].low == ","
            and [t.low for t in toks[i + 1 : i + 3]] == ["on", "to"]
            and i + 3 < len(toks)
            and (toks[i + 3].cue is not None or toks[i + 3].low in GOING_ON_VERBS)
        ):
            # '…," Lee said, going on to praise the mayor. "…"': what he went on to say
            cue = Cue(Span(tok.start, toks[i + 3].end), "go on")
    return cue


def _adds(spoken: _Spoken) -> bool:
    """True for reported speech whose cue goes on with the speaker's words ("adding
    that", "added that")."""
    return spoken.cue is not None and spoken.cue.lemma in CONTINUATION_LEMMAS


#: Rules that attribute a quote of its own (not a fragment, not reported speech).
_QUOTE_RULES = frozenset(
    {"quote-speaker-cue", "quote-cue-speaker", "speaker-cue-quote", "speaker-colon-quote"}
    | {"colon-block", "quote-dash-speaker", "quote-according-to", "quote-speaker-verb"}
    | {"de-quote-cue-speaker", "de-quote-so-speaker"}
    # German frames around a quote: the verb's subject before or after it
    | {"de-subject-verb", "de-verb-subject", "de-name-colon", "de-passive-quoted"}
    | {"de-passive-agent", "de-source-phrase"}
)


def _cand_pos(cand: _Cand, quotes: tuple[Quote, ...]) -> int:
    if cand.quote >= 0:
        q = quotes[cand.quote]
        return q.open_mark.start if q.open_mark is not None else q.span.start
    if cand.speaker is not None:
        return min(cand.speaker.start, cand.content.start if cand.content else cand.anchor)
    return cand.anchor
