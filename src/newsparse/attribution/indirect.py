"""Reported speech without quote marks, as new ``indirect`` quotes (A-4 to A-6).

Takes the tokens of a sentence; gives candidates for ``X said (that) CLAUSE``
(``speaker-cue-clause``, ``speaker-verb-that``), ``CLAUSE, X said``
(``clause-speaker-cue``), ``according to X`` (``according-to-clause``,
``clause-according-to``), participles (``participle-clause``) and continuations
(``continuation-clause``), each with its clause trimmed of "that", time phrases and
trailing attributions, and its relay ("…, he said, according to Itar Tass").

>>> from newsparse import attribute
>>> text = "The strike will last a week, union officials said."
>>> q = attribute(text)[0]
>>> q.span.of(text), q.attribution.rule
('The strike will last a week', 'clause-speaker-cue')
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Callable, Sequence

import regex

from newsparse.attribution.direct import (
    _after_report_noun,
    _Cand,
    _cue_tuple,
    _finding_frame,
    _first_subject,
    _post_pattern,
    _skip_time,
)
from newsparse.attribution.mentions import (
    _a_count,
    _a_person,
    _is_name_word,
    _main_clause,
    _Ment,
    _np_back,
    _np_forward,
    _sentence_subject,
    _subject_before,
    _verb_like,
)
from newsparse.attribution.tokens import (
    _ASIDE_DASHES,
    _CLOSE_MARKS,
    _LOW_OF,
    _OPEN_MARKS,
    _bare,
    _cue_at,
    _CueHit,
    _Tok,
)
from newsparse.lexicon.cues import (
    ACT_VERBS,
    ADDRESSEE_CUES,
    ADVERB_OPENERS,
    AUX_AFTER_TIME,
    AUXILIARIES,
    BARE_TIME_WORDS,
    BELIEF_LEMMAS,
    CLAUSE_NOUNS,
    CLAUSE_SKIP_WORDS,
    CUE_ADVERBS,
    EVIDENTIAL_VERBS,
    FINDING_SUBJECTS,
    FINITE_VERBS,
    MADE_NOUNS,
    NOT_CLAUSE_OPENERS,
    OBJECT_VERBS,
    OPTIONAL_ADDRESSEE_CUES,
    PARTICIPIAL_PREFIXES,
    PARTICIPLE_ACTS,
    PHRASE_STOPS,
    SENTENCE_ADVERBS,
    SENTENCE_OPENERS,
    SOURCE_HEADS,
    STANCE_VERBS,
    TIME_WORDS,
)
from newsparse.lexicon.german import SPEECH_LEMMAS
from newsparse.lexicon.kinds import BE_FORMS
from newsparse.lexicon.places import NATIONALITY_ADJECTIVES
from newsparse.lexicon.pronouns import (
    POSSESSIVES,
    RELATIVE_PRONOUNS,
    SPEAKER_PRONOUNS,
)
from newsparse.lexicon.titles import (
    DETERMINERS,
)
from newsparse.spans import Span

# --------------------------------------------------------------------------- indirect speech


def _clause_end(text: str, toks: Sequence[_Tok], i: int, hi: int) -> tuple[int, int]:
    """Token index where a reported clause starting at ``i`` ends, and the end of a tail.

    The clause stops before ", adding …", ", according to X", ", X said", or
    ", X reported" at the end of the sentence.
    """
    hi = min(hi, i + 150)
    if i < hi and toks[i].low in _OPEN_MARKS:
        return hi, hi
    hi = _before_a_quoting_cue(toks, i, hi)
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
            if nxt in _CONTRAST_LINKS and any(
                t.cue is not None and not t.cap and "quote" in t.cue.patterns
                for t in toks[j + 3 : min(hi, j + 5)]
            ):
                return j, j  # "…, while another says …": a second report of its own
            post = _post_pattern(text, toks, j + 1)
            if post is not None and _sentence_rest_is_tail(toks, post[3], hi):
                return j, hi
    return hi, hi


#: Words after a comma that open a contrasting clause; with a cue in it, it reports
#: speech of its own ("One firm says …, while another says …").
_CONTRAST_LINKS = frozenset({"while", "whereas"})


#: Where a reported clause may end before a part of the sentence that quotes.
_QUOTING_PART_BOUNDS = frozenset({",", ":", ";", "—", "–", "--"})


def _before_the_quoting_part(toks: Sequence[_Tok], i: int, end: int) -> int:
    """``end``, or the last comma, colon or dash before the first quote mark of a
    clause ``[i, end)`` when at least four words come before it: the reported clause
    is what precedes the quoting part."""
    first_mark = next((k for k in range(i, end) if toks[k].low in _OPEN_MARKS), None)
    if first_mark is None:
        return end
    for b in range(first_mark - 1, i, -1):
        if toks[b].low in _QUOTING_PART_BOUNDS:
            return b if sum(1 for t in toks[i:b] if t.word) >= 4 else end
    return end


def _before_a_quoting_cue(toks: Sequence[_Tok], i: int, hi: int) -> int:
    """``hi``, or the "and"/"but" of a second cue whose clause quotes ("… have given his
    campaign momentum and said that Trump did not represent the “party of Reagan”"):
    the first clause is reported speech of its own, the quoted rest is not."""
    first_mark = next((k for k in range(i, hi) if toks[k].low in _OPEN_MARKS), None)
    if first_mark is None:
        return hi
    for k in range(i + 2, first_mark - 1):
        if toks[k].low in {"and", "but"} and toks[k + 1].cue is not None and not toks[k + 1].cap:
            return k - 1 if toks[k - 1].low == "," else k
    return hi


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


#: Words in "-ing" that are no participle ("…, during the talks", "…, nothing more").
_NOT_PARTICIPLES = frozenset(
    {"during", "nothing", "something", "anything", "everything", "morning", "evening"}
    | {"spring", "string", "ceiling", "wedding"}
    # prepositions: "…, the Times said, including speeches and meetings" goes on the list
    | {"including", "excluding", "regarding", "concerning", "following", "according"}
    | {"pending", "barring", "notwithstanding"}
)


def _an_ing_word(low: str) -> bool:
    """True for a word in "-ing" that may be a participle ("rejecting"; not "during")."""
    return low.endswith("ing") and low not in _NOT_PARTICIPLES


def _a_participle_at(toks: Sequence[_Tok], k: int, hi: int) -> bool:
    """True when the token at ``k`` is a lower-case "-ing" participle ("…, rejecting a
    wage offer"), not a gerund with a verb after it ("…, replacing her would be …"):
    after an attribution's comma it opens a phrase of the speaker's act, no clause of
    the sentence."""
    if k >= hi:
        return False
    tok = toks[k]
    return (
        tok.word
        and not tok.cap
        and len(tok.low) > 5
        and _an_ing_word(tok.low)
        # "…, he said, replacing her would be …": a gerund, the subject of a clause;
        # a cue is a participle of saying ("…, he said, adding that …")
        and (tok.cue is not None or not _a_gerund_subject(toks, k + 1, hi))
    )


def _participle_after(toks: Sequence[_Tok], j: int, hi: int) -> bool:
    """True when a participle phrase follows an attribution that ends before ``j``, after
    its comma and a time phrase ("…, Lee said, rejecting", "said on Tuesday, adding")."""
    if j + 1 < hi and toks[j].low == "," and _a_participle_at(toks, j + 1, hi):
        return True
    t = _skip_time(toks, j, hi)
    return t > j and toks[t - 1].low == "," and _a_participle_at(toks, t, hi)


#: The verbs after a gerund that is a clause's subject ("replacing her would be hard").
_GERUND_VERBS = frozenset(
    {"is", "was", "would", "will", "could", "can", "should", "may", "might", "must"}
    | {"has", "does", "seems", "remains", "makes"}
    # not "had", "did", "made", "seemed": past participles too ("an offer made by …")
)


def _a_gerund_subject(toks: Sequence[_Tok], k: int, hi: int) -> bool:
    """True when the "-ing" word just before ``k`` (the scan starts after it) opens the
    subject of a verb that follows ("replacing her would be hard"): such a verb before
    a comma or a subject of its own ("rejecting an offer he called …")."""
    for j in range(k, min(hi, k + 12)):
        low = toks[j].low
        if low in _GERUND_VERBS:
            return True
        if low in {",", ";", ":", ".", "that", "which", "who"} or low in SPEAKER_PRONOUNS:
            return False
    return False


def _sentence_rest_is_tail(toks: Sequence[_Tok], j: int, hi: int) -> bool:
    """True when tokens ``[j, hi)`` are only an attribution tail (punctuation, a time, a place);
    never when "that" opens them: the cue takes a clause of its own ("In an interview,
    Putin said that …": the clause is after the cue, not before it)."""
    if j < hi and toks[j].low == "that":
        return False
    if j < hi and (toks[j].low in SPEAKER_PRONOUNS or toks[j].low in DETERMINERS):
        return False  # "Ana Ruiz, a clerk, said the tally was final": a clause follows
    if j + 1 < hi and toks[j].low == "," and toks[j + 1].low in {"a", "an"}:
        return True  # "…, Lee said, a policy that could …": a comment on the clause
    if _participle_after(toks, j, hi):
        return True  # "…, Lee said (on Tuesday), rejecting the offer": the speaker's act
    n = 0
    for k in range(j, hi):
        if toks[k].low in {",", "."} and k + 1 < hi and _cue_at(toks, k + 1) is not None:
            return True
        if toks[k].word:
            n += 1
        if n > _TAIL_WORDS:
            return False
    return True


#: Words that go on a source's noun phrase after "according to" ("a poll of voters by
#: the Times", "a report from the agency", "results released on Monday").
_SOURCE_TAILS = frozenset(
    {"of", "by", "from", "for", "in", "at", "on", "released", "conducted", "published"}
)
#: Words that go on the addressee after "told" before "that" ("told members of the
#: council", "told reporters at the airport", "told The Post and Courier of Charleston").
_ADDRESSEE_TAILS = frozenset({"of", "at", "from", "for", "in", "on", "and", "after", "before"})
#: Quantities that open a reported clause before "of" ("said much of it was lost").
_QUANTITY_OPENERS = frozenset({"much", "more", "less", "little", "none", "some", "all"})


def _about_a_number(toks: Sequence[_Tok], j: int, hi: int) -> bool:
    """ "said about half of the deficit reflected …", "said about 40 percent of …",
    "said more than 1 million donors gave …": an approximate number opens the clause
    (not "said about the plan", "said more than that")."""
    if toks[j].low in {"more", "less"} and j + 2 < hi and toks[j + 1].low == "than":
        nxt = toks[j + 2].low
        return nxt[:1].isdigit() or (_a_count(nxt) and _has_finite_verb(toks, j + 3, hi))
    if toks[j].low != "about" or j + 1 >= hi:
        return False
    nxt = toks[j + 1].low
    counted = _a_count(nxt) or nxt in {"half", "a"}  # "about half of", "about a third"
    return nxt[:1].isdigit() or (counted and _has_finite_verb(toks, j + 2, hi))


#: The most words an attribution tail holds after its cue ("…, Lee said in a
#: statement on Monday after the vote in the state senate"); more are a clause.
_TAIL_WORDS = 12


def _trim(text: str, start: int, end: int) -> Span | None:
    while start < end and (text[start].isspace() or text[start] in ",:;—–-*•·"):
        start += 1  # and a bullet before the clause (H-RTR-2: "* Dockers accept …")
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
    paragraph when given).

    Each cue is tried in turn (:func:`_from_cues`); with none found, the frames
    without a clause after a listed cue (:func:`_without_a_cue_clause`); and the
    question put to the speaker (:func:`_asked_frame`) in any case."""
    blocked_starts = [b.start for b in blocked] if starts is None else starts

    def inside(pos: int) -> bool:
        idx = bisect.bisect_right(blocked_starts, pos) - 1
        return idx >= 0 and pos < blocked[idx].end

    # only the tokens that open a cue can start reported speech: jump between them
    if cue_idx is None:
        cue_toks: Sequence[int] = [k for k in range(lo, hi) if toks[k].cue is not None]
    else:
        cue_toks = cue_idx[bisect.bisect_left(cue_idx, lo) : bisect.bisect_left(cue_idx, hi)]
    commas, thats = _commas_and_thats(toks, lo, hi, marks)
    if not cue_toks and not commas and not thats and not _has_stance_word(toks, lo, hi):
        return []  # no cue to start from, no "that" for _verb_that, no comma for a tail
    out = _from_cues(text, toks, lo, hi, cue_toks, inside)
    if not out:
        out = _without_a_cue_clause(text, toks, lo, hi, bool(cue_toks), commas, thats, inside)
    else:
        if all(c.rule == "participle-clause" for c in out):
            out = _closing_clause(text, toks, lo, hi, commas, inside, out) + out
        # "Lee called for a prosecutor, saying the department had failed": an act or a
        # stance beside the reported clause is attributed content of its own
        act = _stance(text, toks, lo, hi, inside)
        if (
            act is not None
            and act.content is not None
            # not the speaker's relative clause ("X, who declined to be named, said",
            # "X, whom voters see as a reformer, said")
            and not _in_a_relative_clause(toks, lo, act)
            # not the cue of a clause already found ("stressed that …")
            and all(c.cue is None or act.cue is None or c.cue[0] != act.cue[0] for c in out)
            and all(
                c.content is None
                or act.content.end <= c.content.start
                or c.content.end <= act.content.start
                or (act.content.start <= c.content.start and c.content.end <= act.content.end)
                for c in out
            )
        ):
            out.insert(0, act)
    asked = _asked_frame(text, toks, lo, hi, inside)
    if asked is not None:
        out.append(asked)
    acted = _participle_act(text, toks, lo, hi, inside)
    if acted is not None:
        out.append(acted)
    if not out and toks[lo].low == "to" and toks[lo].cap:
        seen = _perspective(text, toks, lo, hi, inside)
        if seen is not None:
            out.append(seen)
    owned = _possessor_claim_clause(text, toks, lo, hi, inside)
    if owned is not None and owned.content is not None:
        span = owned.content
        if all(
            c.content is None or span.end <= c.content.start or c.content.end <= span.start
            for c in out
        ):
            out.append(owned)
    return _one_per_content(out) if len(out) > 1 else out


def _closing_clause(
    text: str,
    toks: Sequence[_Tok],
    lo: int,
    hi: int,
    commas: Sequence[int],
    inside: Callable[[int], bool],
    participles: list[_Cand],
) -> list[_Cand]:
    """ "CLAUSE, X said Tuesday, adding that …": the clause before the closing
    attribution, beside the participles' clauses, when a participle follows that
    attribution (not "…, Lee called for a prosecutor, saying …")."""
    closing = _clause_speaker_cue(text, toks, lo, hi, commas, inside)
    return [c for c in closing if any(_right_before(text, c.cue, p.cue) for p in participles)]


#: What may stand between a closing attribution's cue and a participle's: a comma, after
#: a time phrase or an addressee ("said, adding", "said on Tuesday, adding", "told
#: reporters, adding").
_CUE_TO_PARTICIPLE = regex.compile(r"(?:\s++[\w.]++){0,3}+\s*+,\s*+")


def _right_before(
    text: str, cue: tuple[int, int, str] | None, participle: tuple[int, int, str] | None
) -> bool:
    """True when the participle's cue follows ``cue`` after its comma, with at most a
    short phrase between ("said Tuesday, adding")."""
    if cue is None or participle is None or cue[1] > participle[0]:
        return False
    return _CUE_TO_PARTICIPLE.fullmatch(text, cue[1], participle[0]) is not None


def _one_per_content(cands: list[_Cand]) -> list[_Cand]:
    """The candidates with one per reported content: where two rules report the same
    words ("…, criticizing him" read as an act and as a participle's object), the one
    that names a speaker."""
    best: dict[tuple[int, int], int] = {}
    for n, c in enumerate(cands):
        if c.content is None:
            continue
        key = (c.content.start, c.content.end)
        if key not in best or (cands[best[key]].speaker is None and c.speaker is not None):
            best[key] = n
    keep = set(best.values())
    return [c for n, c in enumerate(cands) if c.content is None or n in keep]


def _possessor_claim_clause(
    text: str, toks: Sequence[_Tok], lo: int, hi: int, inside: Callable[[int], bool]
) -> _Cand | None:
    """Rule ``possessor-claim-clause``: "his claim that the vote was rigged", "their
    fear that jobs will go", "Lee's decision to run again": the owner of a noun of
    saying, believing or intending (:data:`~newsparse.lexicon.cues.CLAUSE_NOUNS`) is
    the speaker and the clause after it is reported speech (#14 classes 4 and 7)."""
    lows = list(map(_LOW_OF, toks[lo + 1 : hi - 2]))
    if _CLAUSE_NOUN_SET.isdisjoint(lows):
        return None
    for c in itertools.compress(range(lo + 1, hi - 2), map(_CLAUSE_NOUN_SET.__contains__, lows)):
        follows = CLAUSE_NOUNS.get(toks[c].low)
        if follows is None or toks[c + 1].low not in follows or inside(toks[c].start):
            continue
        own = c - 1  # the owner, or an adjective after it ("his repeated claim")
        if not _an_owner(toks[own]) and own - 1 >= lo and toks[own].word and not toks[own].cap:
            own -= 1
        if not _an_owner(toks[own]):
            continue
        ment = _owner(toks, own, lo)
        begin = c + 2 if toks[c + 1].low == "that" else c + 1  # "to" opens the content
        end, _ = _clause_end(text, toks, begin, hi)
        if toks[c + 1].low == "that" and not _has_finite_verb(toks, begin, end):
            continue  # "the claim that he made": a relative clause, no content
        if ment.first == lo or (ment.first - 1 == lo and not toks[lo].word):
            # the noun phrase is the sentence's subject: its clause ends before the
            # main verb ("Her promise to cut taxes won votes")
            end = _before_the_main_verb(toks, begin, end, toks[c + 1].low == "that")
        if sum(1 for t in toks[begin:end] if t.word) < 3:
            continue
        content = _trim(text, toks[begin].start, _end_char(toks, end, hi))
        if content is None or _quoted(text, content):
            continue
        cue = (toks[c].start, toks[c].end, toks[c].low)
        return _Cand(ment.start, ment, cue, "possessor-claim-clause", 0.5, content=content)
    return None


#: The nouns :func:`_possessor_claim_clause` starts from.
_CLAUSE_NOUN_SET = frozenset(CLAUSE_NOUNS)


def _owner(toks: Sequence[_Tok], own: int, lo: int) -> _Ment:
    """The owner's mention: a possessive pronoun, or a name without its "'s"."""
    tok = toks[own]
    if tok.low in POSSESSIVES:
        return _Ment(tok.start, tok.end, "pronoun", own, own)
    first = own  # "Gov. Ann Lee's": the name's words before the possessive
    while first - 1 >= lo and _is_name_word(toks[first - 1]):
        first -= 1
    return _Ment(toks[first].start, tok.end - 2, "name", first, own)


def _perspective(
    text: str, toks: Sequence[_Tok], lo: int, hi: int, inside: Callable[[int], bool]
) -> _Cand | None:
    """Rule ``perspective-clause``: "To Lee, the vote was a warning", "To many voters,
    the race is over": the sentence is the view of the person or group named after its
    opening *To* (PolNeAR attributes it to them).  Not *For*: "For Lee, the win brings
    99 delegates" is what the sentence gives them, not their view (measured)."""
    ment = _np_forward(text, toks, lo + 1)
    if ment is None or ment.kind not in _HOLDER_KINDS or inside(toks[lo].start):
        return None
    head, first = toks[ment.last].low, toks[ment.first].low
    if head in _NO_VIEWERS or (
        ment.kind not in {"name", "pronoun"}
        and not head.endswith("s")
        and first not in DETERMINERS
        and first not in POSSESSIVES
    ):
        return None  # "To date, …", "To that end, …": no one's view
    # the comma after the phrase and its tail ("To many voters in the county, …")
    comma = next((j for j in range(ment.last + 1, min(hi, ment.last + 8)) if not toks[j].word), hi)
    if comma >= hi or toks[comma].low != ",":
        return None
    if any(t.cue is not None or t.low in FINITE_VERBS for t in toks[ment.last + 1 : comma]):
        return None  # "To Lee, who said …": a clause, not the phrase's tail
    begin = comma + 1
    end, _ = _clause_end(text, toks, begin, hi)
    if not _has_finite_verb(toks, begin, end) or sum(1 for t in toks[begin:end] if t.word) < 3:
        return None
    content = _trim(text, toks[begin].start, _end_char(toks, end, hi))
    if content is None or _quoted(text, content):
        return None
    cue = (toks[lo].start, toks[lo].end, toks[lo].low)
    return _Cand(ment.start, ment, cue, "perspective-clause", 0.4, content=content)


#: Heads of the phrases after "To" that name no one ("To that end", "To some extent").
_NO_VIEWERS = frozenset({"date", "end", "extent", "degree", "day", "point", "wit", "sum"})


def _a_verb_here(toks: Sequence[_Tok], k: int, lo: int) -> bool:
    """True when the word at ``k`` reads as a verb with no subject found before it
    ("to call for …", "and praised …", "while being portrayed as …"), not as a noun
    or an adjective ("the planned trip", "no plans to", "12 percentage points to")."""
    if k - 1 < lo:
        return False
    prev = toks[k - 1].low
    return not (
        prev in DETERMINERS
        or prev in POSSESSIVES
        or prev in _NOUN_MARKERS
        or prev in _NOT_A_HOLDER_BEFORE
        or prev[:1].isdigit()
        or (not toks[k - 1].word and prev not in {",", "—", "–"})
    )


def _a_progressive(toks: Sequence[_Tok], k: int, lo: int) -> bool:
    """True when the "-ing" word at ``k`` is a verb: after a word of
    :func:`_before_a_verb` ("is seeking to", "by calling for", "and praising"), or in
    a reduced relative after a plural or a name ("ads attacking Lee", "Trump calling
    for"); not a modifier after a singular noun ("the county planning director", "a
    questioning look", "the Canadian offering")."""
    if k - 1 < lo:
        return False
    prev = toks[k - 1]
    low = prev.low
    return _before_a_verb(low) or (
        prev.word
        and (
            (prev.cap and low not in NATIONALITY_ADJECTIVES)
            or (low.endswith("s") and not low.endswith("ss"))
        )
    )


def _before_a_verb(low: str) -> bool:
    """True for a word after which an "-ing" word is a verb of its own clause: a form
    of *be*, an auxiliary, an aspect verb ("began calling"), a word that opens a
    participle phrase, "he's", an adverb in "-ly" ("publicly attacking")."""
    return (
        low in AUXILIARIES
        or low in _ING_OPENERS
        or low in _PASSIVE_BE
        or low in _ASPECT_VERBS
        or low in {"in", "to", "not", "now"}  # "in calling for", "not seeking"
        or low.endswith(("'s", "’s", "'re", "’re", "'m", "’m", "ly"))
    )


def _after_a_noun(prev: _Tok) -> bool:
    """True when ``prev`` is a noun or a name that an "-ing" verb after it modifies (a
    reduced relative, "ads attacking the mayor")."""
    return prev.word and not _before_a_verb(prev.low)


#: Verbs of beginning and going on before an "-ing" verb ("began calling for", "kept
#: attacking", "spent the day" is no such verb).
_ASPECT_VERBS = frozenset(
    {"began", "begun", "begins", "begin", "started", "starts", "start", "continued"}
    | {"continues", "continue", "kept", "keeps", "keep", "resumed", "stopped", "avoided"}
)


#: Words before a participle with no subject of its own ("…, offering", "by calling
#: for", "while praising", "is seeking").
_ING_OPENERS = frozenset(
    {",", "and", "but", "or", "by", "for", "while", "after", "before", "when", "since"}
    | {"without", "from", "about", "also", "even", "still"}
)
#: Forms of *be* that make an "-ing" word a progressive verb ("ecuador is
#: considering"), not a participle phrase opening the sentence.
_PROGRESSIVE_BE = BE_FORMS["en"] | {"am"}
#: Words before a noun ("no plans", "of questions", "many attacks").
_NOUN_MARKERS = frozenset({"no", "of", "many", "few", "several", "more", "percentage", "new"})
#: Words before a verb whose subject is a thing more often than a person ("which
#: allows …") or that negate it ("did not respond to questions").
_NOT_A_HOLDER_BEFORE = frozenset({"which", "not"})


def _before_the_main_verb(toks: Sequence[_Tok], begin: int, end: int, clause: bool) -> int:
    """Where the sentence's main verb starts after a subject's clause ``[begin, end)``:
    the second finite verb of a "that" clause, the first after an infinitive's verb
    ("that the plant will close is real", "to run again surprised them"), before the
    conjunction that joins it ("who declined to be named and is not …"); ``end`` when
    there is none."""
    seen = 0 if clause else 1
    for k in range(begin + 1 if clause else begin + 2, end):
        t = toks[k]
        if t.word and not t.cap and (t.low in FINITE_VERBS or t.low.endswith("ed")):
            prev = toks[k - 1].low
            if k > begin and (prev in AUXILIARIES or prev in _PASSIVE_BE):
                continue  # "will have been", "was rigged", "to be elected": one verb
            if seen:
                return k - 1 if k - 1 > begin and prev in _CLAUSE_OPENING_CONJUNCTIONS else k
            seen = 1
    return end


def _an_owner(tok: _Tok) -> bool:
    """A possessive determiner or a capitalised word in the possessive ("Lee's")."""
    return tok.low in POSSESSIVES or (tok.cap and tok.low.endswith(("'s", "’s")))


def _in_a_relative_clause(toks: Sequence[_Tok], lo: int, cand: _Cand) -> bool:
    """True when the candidate's cue stands in a relative clause: a relative pronoun
    between the comma before the cue and the cue."""
    if cand.cue is None:
        return False
    k = next((i for i in range(lo, len(toks)) if toks[i].start >= cand.cue[0]), lo)
    for i in range(k - 1, max(lo, k - 12) - 1, -1):
        if toks[i].low == ",":
            return False
        if toks[i].low in RELATIVE_PRONOUNS:
            return True
    return False


def _participle_act(
    text: str, toks: Sequence[_Tok], lo: int, hi: int, inside: Callable[[int], bool]
) -> _Cand | None:
    """Rule ``participle-object``: "“…,” Lee said, citing low growth", "…, criticizing
    the plan", "… and calling for a recount": the object of a participle after a comma
    or "and" is what the speaker cites or judges (PolNeAR's attributed content): the
    speaker of the verb of saying before it, else the sentence's subject when that is a
    name or a pronoun."""
    lows = list(map(_LOW_OF, toks[lo + 2 : hi - 1]))
    if PARTICIPLE_ACTS.keys().isdisjoint(lows):
        return None
    for k in itertools.compress(range(lo + 2, hi - 1), map(PARTICIPLE_ACTS.__contains__, lows)):
        act = PARTICIPLE_ACTS[toks[k].low]
        if toks[k - 1].low not in {",", "and"}:
            continue
        lemma, needs = act
        begin = k + 1
        if lemma == "call for" and _names_an_object(toks, begin, hi):
            lemma, needs = "call", ""  # "…, calling them rapists"
        if needs:
            if toks[begin].low != needs:
                continue
            begin += 1
        if begin >= hi or not toks[begin].word or inside(toks[begin].start):
            continue
        subj = _speaker_before(text, toks, lo, k - 1) or _first_subject(text, toks, lo, k - 1)
        if subj is None:
            # no verb of saying before it: the sentence's subject does the act, when it
            # is a pronoun or a name ("she escalated her attacks, criticizing him"; a
            # role's phrase may run into its verb: "The senator spoke")
            subj = _sentence_subject(text, toks, lo, k - 1)
            if subj is not None and subj.kind not in {"pronoun", "name"}:
                subj = None
        if subj is None:
            continue
        end, _ = _clause_end(text, toks, begin, hi)
        if lemma == "call":
            end = _before_a_second_verb(toks, begin, end)
        content = _trim(text, toks[begin].start, _end_char(toks, end, hi))
        if content is None or _quoted(text, content):
            continue
        cue = (toks[k].start, toks[begin - 1].end, lemma)
        return _Cand(subj.start, subj, cue, "participle-object", 0.5, content=content)
    return None


#: The most tokens between a participle's comma and the verb of saying before it.
_SPEAKER_REACH = 40


def _speaker_before(text: str, toks: Sequence[_Tok], lo: int, comma: int) -> _Ment | None:
    """The speaker of the last verb of saying before the ``comma``: its subject ("Lee
    said,") or the name after it ("said Lee,")."""
    # within a clause's reach: a "sentence" of thousands of commas must stay linear
    for c in range(comma - 1, max(lo, comma - _SPEAKER_REACH) - 1, -1):
        hit = toks[c].cue
        if hit is None or "quote" not in hit.patterns or hit.end > comma:
            continue
        if hit.end < comma and _skip_time(toks, hit.end, comma) < comma:
            after = _np_forward(text, toks, hit.end)
            return after if after is not None and after.last + 1 == comma else None
        return _subject_before(text, toks, c, lo)  # "Lee said (on) Tuesday, citing …"
    return None


def _commas_and_thats(
    toks: Sequence[_Tok], lo: int, hi: int, marks: tuple[Sequence[int], Sequence[int]] | None
) -> tuple[Sequence[int], Sequence[int]]:
    """The commas in ``(lo, hi)`` and each "that" in ``[lo + 2, hi - 2)``, from the
    paragraph's ``marks`` when given."""
    if marks is None:
        lows = list(map(_LOW_OF, toks[lo:hi]))
        return (
            [k for k in range(lo + 1, hi) if lows[k - lo] == ","],
            [k for k in range(lo + 2, hi - 2) if lows[k - lo] == "that"],
        )
    comma_idx, that_idx = marks
    return (
        comma_idx[bisect.bisect_left(comma_idx, lo + 1) : bisect.bisect_left(comma_idx, hi)],
        that_idx[bisect.bisect_left(that_idx, lo + 2) : bisect.bisect_left(that_idx, hi - 2)],
    )


def _from_cues(
    text: str,
    toks: Sequence[_Tok],
    lo: int,
    hi: int,
    cue_toks: Sequence[int],
    inside: Callable[[int], bool],
) -> list[_Cand]:
    """Reported speech from each listed cue in turn: ``according to``
    (:func:`_according_to`), else a verb of saying with its clause
    (:func:`_reported_clause`)."""
    out: list[_Cand] = []
    taken_to = lo
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
            found = len(out)
            c = _according_to(text, toks, c, hit, lo, hi, taken_to, out)
            if len(out) > found:
                # the clause before it is taken: a later "according to" reports no
                # clause from the sentence's start again (linear time)
                taken_to = max(taken_to, c)
            continue
        if (
            "indirect" in hit.patterns
            and not (c < taken_to and hit.lemma in BELIEF_LEMMAS)
            and not (toks[c].low == "showing" and c <= lo + 2)
        ):
            # not "The polls showing Lee ahead were wrong, …": the sentence's subject
            # not "told X that he thought Kim would win": the belief is the told words
            cand, end = _reported_clause(text, toks, c, hit, lo, hi, inside)
            if cand is not None:
                out.append(cand)
                taken_to = end
        c = hit.end
    return out


def _without_a_cue_clause(
    text: str,
    toks: Sequence[_Tok],
    lo: int,
    hi: int,
    has_cue: bool,
    commas: Sequence[int],
    thats: Sequence[int],
    inside: Callable[[int], bool],
) -> list[_Cand]:
    """The first of the frames that report speech without a clause after a listed cue:
    "As X noted, CLAUSE" (:func:`_as_clause`), an unlisted verb before "that"
    (:func:`_verb_that`), "CLAUSE, X said" (:func:`_clause_speaker_cue`), then evidence,
    stances and acts, and "In a poll, …" (:func:`_evidential`, :func:`_stance`,
    :func:`_in_finding`)."""
    if has_cue:
        as_cand = _as_clause(text, toks, lo, hi, inside)
        if as_cand is not None:
            return [as_cand]
    out = _verb_that(text, toks, lo, hi, inside, thats)
    if not out:
        out = _clause_speaker_cue(text, toks, lo, hi, commas, inside)
    if not out:
        frame = (
            _evidential(text, toks, lo, hi, inside)
            or _stance(text, toks, lo, hi, inside)
            or _in_finding(text, toks, lo, hi, inside)
        )
        if frame is not None:
            out = [frame]
            if frame.rule in {"act-object", "stance-clause"}:
                out.extend(_more_stances(text, toks, lo, hi, inside, frame))
    return out


#: The most acts and stances after the first that one sentence gives.
_MORE_STANCES = 4


def _more_stances(
    text: str,
    toks: Sequence[_Tok],
    lo: int,
    hi: int,
    inside: Callable[[int], bool],
    prev: _Cand,
) -> list[_Cand]:
    """The acts and stances after the first in a sentence ("Lee criticized the plan
    and praised the mayor"): each scanned from the end of the content before it."""
    out: list[_Cand] = []
    while prev.content is not None and len(out) < _MORE_STANCES:
        nxt = next((j for j in range(lo, hi) if toks[j].start >= prev.content.end), hi)
        cand = _stance(text, toks, lo, hi, inside, first=nxt)
        if cand is None or cand.content is None:
            break
        out.append(cand)
        prev = cand
    return out


def _as_clause(
    text: str, toks: Sequence[_Tok], lo: int, hi: int, inside: Callable[[int], bool]
) -> _Cand | None:
    """Rule ``as-cue-clause``: "As the Times noted, Clinton raised …", "But as Clyburn
    noted, those voters will …": the sentence after the "as" clause is what its subject
    said (A-5's shape with a verb)."""
    k = lo
    if k + 1 < hi and toks[k].low in {"but", "and", "yet", "still"}:
        k += 1
    if k + 3 >= hi or toks[k].low != "as" or inside(toks[k].start):
        return None
    passive = _as_reported_by(text, toks, k, hi)
    if passive is not None:
        return passive
    for c in range(k + 2, min(hi - 2, k + 10)):
        if not toks[c].word:
            return None
        hit = toks[c].cue
        if hit is None or "indirect" not in hit.patterns:
            continue
        if toks[hit.end].low != ",":
            return None
        subj = _np_forward(text, toks, k + 1)
        if subj is None or subj.last >= c:
            return None
        return _as_cand(text, toks, subj, hit, hit.end + 1, hi)
    return None


def _as_reported_by(text: str, toks: Sequence[_Tok], k: int, hi: int) -> _Cand | None:
    """Rule ``as-cue-clause`` in the passive: "As reported by the Journal, investigators
    found …" (the agent after "by" is the source; A-5's shape)."""
    hit = toks[k + 1].cue
    if hit is None or "indirect" not in hit.patterns or toks[hit.end].low != "by":
        return None
    subj = _np_forward(text, toks, hit.end + 1)
    if subj is None:
        return None
    comma = subj.last + 1
    if comma >= hi or toks[comma].low != ",":
        comma = _phrase_comma(toks, comma, hi)
        if comma >= hi or toks[comma].low != ",":
            return None
    return _as_cand(text, toks, subj, hit, comma + 1, hi)


def _as_cand(
    text: str, toks: Sequence[_Tok], subj: _Ment, hit: _CueHit, begin: int, hi: int
) -> _Cand | None:
    """The ``as-cue-clause`` candidate for the clause from token ``begin``: ``None``
    when it is under three words or quoted."""
    end, _ = _clause_end(text, toks, begin, hi)
    if sum(1 for t in toks[begin:end] if t.word) < 3:
        return None
    content = _trim(text, toks[begin].start, _end_char(toks, end, hi))
    if content is None or _quoted(text, content):
        return None
    return _Cand(subj.start, subj, _cue_tuple(toks, hit), "as-cue-clause", 0.7, content=content)


def _asked_frame(
    text: str, toks: Sequence[_Tok], lo: int, hi: int, inside: Callable[[int], bool]
) -> _Cand | None:
    """Rule ``asked-clause``: "Asked whether he would run, Lee said …", "When asked about
    the deal, …": the question put to the speaker is reported speech too (PolNeAR); the
    one asked is the subject after the comma."""
    k = lo + 1 if lo + 1 < hi and toks[lo].low == "when" else lo
    later = False
    if k + 2 < hi and toks[k].low != "asked":
        # "…, Sarandon told MSNBC when asked about the worries": later in the sentence
        k = next(
            (
                j
                for j in range(lo + 2, hi - 2)
                if toks[j].low == "asked" and toks[j - 1].low == "when"
            ),
            hi,
        )
        later = True
    if k + 2 >= hi or toks[k].low != "asked" or inside(toks[k].start):
        return None
    begin = k + 1
    while (
        begin < min(hi, k + 6)
        and toks[begin].word
        and (toks[begin].low not in _QUESTION_WORDS and toks[begin].low != "about")
    ):
        begin += 1  # "Asked on Fox News who …", "asked by reporters whether …"
    if begin >= hi or not toks[begin].word:
        return None
    if toks[begin].low == "about":
        begin += 1
    elif toks[begin].low not in _QUESTION_WORDS:
        return None
    comma = next((j for j in range(begin + 1, min(hi, begin + 40)) if toks[j].low == ","), None)
    if comma is None and later:
        comma = hi - 1 if not toks[hi - 1].word else hi
    if comma is None or comma <= begin:
        return None
    content = _trim(text, toks[begin].start, _end_char(toks, comma, hi))
    if content is None or _quoted(text, content):
        return None
    if later:
        # the one the cue before "when asked" has: "Roe told MSNBC when asked …"
        c = next((j for j in range(k - 2, lo - 1, -1) if toks[j].cue is not None), None)
        subj = _subject_before(text, toks, c, lo) if c is not None else None
        subj = subj or _sentence_subject(text, toks, lo, k - 1)
    else:
        subj = _sentence_subject(text, toks, comma + 1, hi)
    cue = (toks[k].start, toks[k].end, "ask")
    if subj is None:
        return _Cand(toks[k].start, None, cue, "asked-clause", 0.4, content=content, follow=True)
    return _Cand(subj.start, subj, cue, "asked-clause", 0.5, content=content)


#: Words that open the question after "asked" ("asked whether", "asked who").
_QUESTION_WORDS = frozenset(
    {"whether", "if", "who", "whom", "whose", "which", "what", "why", "how", "when", "where"}
)


def _source_words(toks: Sequence[_Tok], i: int, hi: int) -> _Ment | None:
    """The words naming a source after "according to" that the noun-phrase reader does
    not take ("early results of exit polls", "the most recent data available from"):
    up to six words, to a comma, a relative pronoun or a source's tail ("of", "by")."""
    k = i
    while (
        k < hi
        and k < i + 6
        and toks[k].word
        and toks[k].low not in _SOURCE_TAILS
        and toks[k].low not in RELATIVE_PRONOUNS
        and _cue_at(toks, k) is None
    ):
        k += 1
    if k == i or k >= hi:
        return None
    if toks[k].word and toks[k].low not in _SOURCE_TAILS and toks[k].low not in RELATIVE_PRONOUNS:
        return None
    return _Ment(toks[i].start, toks[k - 1].end, "role", i, k - 1)


def _according_to(
    text: str,
    toks: Sequence[_Tok],
    c: int,
    hit: _CueHit,
    lo: int,
    hi: int,
    taken_to: int,
    out: list[_Cand],
) -> int:
    """Rules ``according-to-clause`` ("According to X, CLAUSE.") and
    ``clause-according-to`` ("CLAUSE, according to X."), A-5, with the chained
    attribution of A-6 ("CLAUSE, he said, according to Itar Tass."): adds the
    candidate to ``out`` and gives the token to go on from."""
    ment = _np_forward(text, toks, hit.end) or _source_words(toks, hit.end, hi)
    if ment is None:
        return hit.end
    after = _past_the_source(toks, ment.last + 1, hi)
    opening = c == lo or (
        c - 1 >= lo
        and not toks[c - 1].word
        and toks[c - 1].low != ","
        # '… is “a win,” according to X, a spokeswoman': the mark closes a quote
        and not (c - 2 >= lo and toks[c - 1].low in _CLOSE_MARKS)
    )
    if (
        not opening
        and c - 1 == lo
        and toks[lo].low in _CLAUSE_OPENING_CONJUNCTIONS
        and _speaks(toks, ment)
    ):
        opening = True  # "But according to reports, he could not …" (not "to plan")
    if opening:
        if after < hi and toks[after].low != ",":
            # "According to Lazar's plea agreement, …", "According to a poll out
            # Thursday, …": the source's phrase runs to its comma
            after = _phrase_comma(toks, after, hi)
            ment = _source_head(toks, ment, after)
        cand = _clause_after_source(text, toks, hit, ment, after, hi)
    elif (
        c - 1 >= lo
        and (
            toks[c - 1].low == ","
            or (toks[c - 1].word and _has_finite_verb(toks, lo, c) and _speaks(toks, ment))
        )
        and taken_to <= lo
    ):
        cand = _clause_before_source(text, toks, c, hit, ment, after, lo, hi)
    else:
        cand = None
    if cand is not None:
        out.append(cand)
    return after


def _past_the_source(toks: Sequence[_Tok], after: int, hi: int) -> int:
    """The token after a source's phrase that a relative clause, a tail ("of", "by") or
    "and" goes on to its comma ("According to a diplomat who asked not to be named,
    CLAUSE.", "According to a poll of Indiana voters by the Times, CLAUSE.", "According
    to their friends and advisers, …"); ``after`` when none does."""
    if after >= hi or not (
        toks[after].low in RELATIVE_PRONOUNS
        or toks[after].low in _SOURCE_TAILS
        or toks[after].low == "and"
    ):
        return after
    for r in range(after + 1, min(hi, after + 25)):
        if toks[r].low == ",":
            return r
        if not toks[r].word and toks[r].low not in _IN_A_NAME:
            break
    return after


def _clause_after_source(
    text: str, toks: Sequence[_Tok], hit: _CueHit, ment: _Ment, comma: int, hi: int
) -> _Cand | None:
    """Rule ``according-to-clause``: "According to X, CLAUSE.", "…: According to X,
    CLAUSE." — the clause after the source's ``comma``."""
    if comma + 1 >= hi or toks[comma].low != ",":
        return None  # also "…, according to Jane Doe," ending the text
    if _a_participle_at(toks, comma + 1, hi):
        # "According to Jane Doe, writing for the Times, prices rose": past the
        # participle phrase that describes the source, to its comma
        nxt = next((m for m in range(comma + 2, min(hi, comma + 20)) if toks[m].low == ","), -1)
        if nxt < 0 or nxt + 1 >= hi:
            return None
        comma = nxt
    end, _ = _clause_end(text, toks, comma + 1, hi)
    if (
        toks[comma + 1].low in {"a", "an"}
        or _a_participle_at(toks, comma + 1, end)
        or sum(1 for t in toks[comma + 1 : end] if t.word) < 2
    ) and not _has_finite_verb(toks, comma + 1, end):
        # "…, according to Jane Doe, a spokeswoman.", "According to X, writing for …":
        # an appositive or a phrase, no clause
        return None
    content = _trim(text, toks[comma].end, _end_char(toks, end, hi))
    if not content or _quoted(text, content):
        return None
    return _Cand(
        ment.start, ment, _cue_tuple(toks, hit), "according-to-clause", 0.8, content=content
    )


def _clause_before_source(
    text: str,
    toks: Sequence[_Tok],
    c: int,
    hit: _CueHit,
    ment: _Ment,
    after: int,
    lo: int,
    hi: int,
) -> _Cand | None:
    """Rule ``clause-according-to``: "CLAUSE, according to X.", "CLAUSE according to a
    count", and "The plan, according to X, is on hold." (the sentence around the
    parenthetical source); A-6's chained "CLAUSE, he said, according to Itar Tass."."""
    comma = toks[c - 1].low == ","
    end_char = toks[c - 1].start if comma else toks[c - 1].end
    if (
        comma
        and after < hi
        and toks[after].low == ","
        and sum(1 for t in toks[after + 1 : hi] if t.word) >= 2
        # "The plan, according to X, is on hold"; not "…, according to X, a spokeswoman"
        and toks[after + 1].low not in {"a", "an"}
        and _has_finite_verb(toks, after + 1, hi)
    ):
        end_char = _end_char(toks, hi, hi)
    chained = _chained(text, toks, lo, c - 1, ment, hit)
    if chained is not None:
        return chained
    content = _trim(text, toks[lo].start, end_char)
    if not content or _quoted(text, content):
        return None
    return _Cand(
        ment.start, ment, _cue_tuple(toks, hit), "clause-according-to", 0.8, content=content
    )


#: Signs inside a name or a source's noun phrase ("Fight-for-15", "AT&T", "ABC/WaPo").
_IN_A_NAME = frozenset({"-", "'", "’", "/", "&", "."})
#: Signs inside a source's phrase before its comma, brackets too ("F.A.A. records",
#: "a poll (ABC) out Thursday").
_IN_A_SOURCE = _IN_A_NAME | {"(", ")"}


def _source_head(toks: Sequence[_Tok], ment: _Ment, comma: int) -> _Ment:
    """The source past the words the noun-phrase reader stopped at, to a source's tail
    ("of", "by", "from"), a relative pronoun or the ``comma``: "Lazar's plea agreement",
    "F.A.A. records"."""
    k = ment.last + 1
    while (
        k < comma
        and k <= ment.last + 6
        and toks[k].low not in _SOURCE_TAILS
        and toks[k].low not in RELATIVE_PRONOUNS
        and toks[k].low != "out"  # "a poll out Thursday"
    ):
        k += 1
    if k == ment.last + 1:
        return ment
    return ment._replace(end=toks[k - 1].end, last=k - 1)


def _speaks(toks: Sequence[_Tok], ment: _Ment) -> bool:
    """True for a source after *according to* that can say something: a name, a person,
    a pronoun, or a report or a poll, never a norm ("according to tradition", "to plan",
    "to his wishes")."""
    last = ment.last
    if last > ment.first and toks[last].low.endswith("ing"):
        last -= 1  # "reports emerging in the media": the noun before the participle
    head = _bare(toks[last].low)
    return (
        ment.kind in {"name", "organisation", "anonymous", "pronoun"}
        or head in FINDING_SUBJECTS
        or head in SOURCE_HEADS
        or _a_person(head)
    )


def _phrase_comma(toks: Sequence[_Tok], k: int, hi: int) -> int:
    """The comma that ends a phrase of words from token ``k`` within 20 tokens, or ``k``
    when another sign, a cue or a verb comes first ("According to police the man fled,
    …" has no source phrase to its comma)."""
    relative = False
    for r in range(k, min(hi, k + 20)):
        tok = toks[r]
        if tok.low == ",":
            return r
        if (not tok.word and tok.low not in _IN_A_SOURCE) or _cue_at(toks, r):
            return k
        relative = relative or tok.low in RELATIVE_PRONOUNS or tok.low == "that"
        if (
            not relative
            and not tok.cap
            and (tok.low in FINITE_VERBS or (tok.low.endswith("ed") and r > k))
        ):
            # a verb of the clause, not of a relative clause in the source ("According
            # to cables that were later released by WikiLeaks, …")
            return k
    return k


#: Marks inside a phrase between a cue and "that": a comma, an elided year ("in ’08").
_PHRASE_MARKS = frozenset({",", "’", "‘", "'"})
#: The most tokens of a time-and-place phrase between a cue and its "that".
_LONG_TAIL = 22
#: Words that open such a phrase ("said during a taping in Buffalo, New York, that").
_PLACE_TIME_OPENERS = frozenset({"during", "after", "before", "at", "with", "to", "from"})


def _clause_start(toks: Sequence[_Tok], hit: _CueHit, j: int, hi: int) -> int | None:
    """Where the reported clause after a cue (and its addressee) begins: at "that"
    after a short phrase ("said in a statement Tuesday that"), after a time phrase
    ("said Wednesday she would …", "said on Tuesday the city …"), or right there;
    ``None`` for a comma right after the cue."""
    if hit.lemma in SPEECH_LEMMAS:
        return _german_clause_start(toks, j, hi)
    k = j
    # "told members of the council on Monday that", "said in an interview with The
    # Associated Press last week that": a longer phrase after an addressee or a
    # preposition
    reach = 12 if hit.lemma in ADDRESSEE_CUES or (j < hi and toks[j].low in {"in", "on"}) else 8
    if j < hi and (toks[j].low in CLAUSE_SKIP_WORDS or toks[j].low in _PLACE_TIME_OPENERS):
        # "said Thursday during a taping of a town hall in Buffalo, New York, that":
        # a long phrase of time and place, with no verb of its own
        reach = _LONG_TAIL
    while k < hi and k < j + reach and toks[k].low != "that":
        if (not toks[k].word and toks[k].low not in _PHRASE_MARKS) or _cue_at(toks, k) is not None:
            break
        if (
            (k - j >= 8 and _verb_like(toks[k]))
            or toks[k].low in {"which", "who"}
            or (toks[j].low == "," and toks[k].low in AUXILIARIES)
        ):
            # "said on Monday the bill, which has a rule that …", "The risk, he said,
            # is a clash caused by ships that …": no "that" clause of the cue
            break
        k += 1
    if (
        k < hi
        and toks[k].low == "that"
        and not (toks[j].low == "," and j + 1 < hi and toks[j + 1].low in {"a", "an"})
        and (
            k == j
            or toks[j].low in CLAUSE_SKIP_WORDS
            or toks[j].low == ","
            # "told members of the council on Monday that": the addressee's complement
            or (hit.lemma in ADDRESSEE_CUES and toks[j].low in _ADDRESSEE_TAILS)
            # "warned residents last week that": the addressee, then the clause
            or (hit.lemma in OPTIONAL_ADDRESSEE_CUES and _one_addressee(toks, j, k))
        )
    ):
        return k
    if _participle_after(toks, j, hi):
        return None  # "said (on Tuesday), rejecting the offer": no clause after the cue
    t = _skip_time(toks, j, hi)
    if (
        t > j
        and t < hi
        and toks[t].word
        and toks[t].low not in NOT_CLAUSE_OPENERS
        and toks[t].low not in AUX_AFTER_TIME
        and _cue_at(toks, t) is None
    ):
        return t
    if j < hi and toks[j].low == ",":
        return None
    return j


#: Words that open no addressee after a cue ("warned against …", "cautioned me not
#: to …", "promise to swell").
_NO_ADDRESSEE = frozenset({"to", "not", "against", "of", "about", "over", "for", "that"})


def _one_addressee(toks: Sequence[_Tok], j: int, k: int) -> bool:
    """True when the words ``[j, k)`` between a cue and its "that" are one addressee and a
    time phrase ("residents last week", "the council on Monday"): no second noun phrase
    ("voters a tax cut that …", where "that" opens a relative clause), no infinitive or
    negation ("North Korea to refrain from actions that …", "me not to make that …"), no
    verb ("against viewing that as …")."""
    if not toks[j].word or toks[j].low in _NO_ADDRESSEE:
        return False
    return not any(
        (t.low in DETERMINERS and t.low not in {"this", "last", "next"})  # "this week"
        or t.low in _NO_ADDRESSEE
        or t.low in FINITE_VERBS
        or (_an_ing_word(t.low) and not t.cap)
        for t in toks[j + 1 : k]
    )


def _german_clause_start(toks: Sequence[_Tok], j: int, hi: int) -> int | None:
    """Where the reported clause after a German speech verb begins: after its comma (and
    the words between verb and comma: "betonte am Montag, …"), at "dass" when it opens
    the clause ("erklärte, dass die Lage ernst sei"), or ``None`` without a comma."""
    for k in range(j, min(hi, j + 8)):
        if toks[k].low == ",":
            return k + 1 if k + 1 < hi else None
        if not toks[k].word or toks[k].cue is not None:
            return None
    return None


#: Prepositions between a finding's noun and the rest of its phrase ("records from the
#: 2008 cycle", "a poll by the Times", "data for March").
_FINDING_TAILS = frozenset({"from", "of", "by", "for", "in", "on"})


def _finding_head(text: str, toks: Sequence[_Tok], subj: _Ment, lo: int) -> _Ment:
    """The finding a subject's phrase names: "FEC records from the 2008 cycle show …" has
    the records as its subject, not the cycle (the noun before a tail preposition)."""
    k = subj.first - 1
    if (
        k - 1 >= lo
        and toks[k].low in _FINDING_TAILS
        and _bare(toks[subj.last].low) not in FINDING_SUBJECTS
        and _bare(toks[k - 1].low) in FINDING_SUBJECTS
    ):
        head = _np_back(text, toks, k - 1, lo)
        if head is not None:
            return head
    return subj


#: Words right after a finding's noun that open its modifier ("a poll released
#: Sunday by …", "a survey conducted by …", "a poll out this week", "an analysis by …").
_FINDING_MODIFIERS = frozenset(
    {"released", "conducted", "published", "commissioned", "taken", "out", "by", "of"}
    | {"from", "issued", "posted", "obtained", "reviewed", "cited", "compiled"}
)
#: The most tokens between a finding's noun and its verb.
_FINDING_REACH = 14


def _postmodified_finding(
    text: str, toks: Sequence[_Tok], c: int, lo: int, subj: _Ment | None
) -> _Ment | None:
    """The finding that a modifier separates from its verb at ``c`` ("A national poll
    released Sunday by The Post shows …"), when the subject found next to the verb is
    no finding; else ``None``."""
    if subj is not None and (
        _bare(toks[subj.last].low) in FINDING_SUBJECTS or subj.kind == "pronoun"
    ):
        return None
    for k in range(c - 1, max(lo, c - _FINDING_REACH) - 1, -1):
        tok = toks[k]
        if not tok.word and tok.low not in {".", "-"}:
            return None  # a comma, a mark, a bracket: another phrase
        if tok.cue is not None or tok.low in {"that", "which", "who"}:
            return None  # another verb, or a relative clause (:func:`_finding_antecedent`)
        if _bare(tok.low) in FINDING_SUBJECTS and toks[k + 1].low in _FINDING_MODIFIERS:
            return _np_back(text, toks, k, lo)
    return None


#: Tokens that end the first clause of a reported one: its verb stands before them.
_FIRST_BREAKS = frozenset({",", ";", "which", "who", "(", "—", "–", ":", ".", "?", "!"})


def _first_break(toks: Sequence[_Tok], lo: int, hi: int) -> int:
    """The first token in ``[lo, hi)`` within 25 tokens that ends a clause's first part
    (:data:`_FIRST_BREAKS`: a comma, semicolon, colon, bracket, dash, relative word or
    sentence end), else where those tokens end."""
    end = min(hi, lo + 25)
    return next((k for k in range(lo, end) if toks[k].low in _FIRST_BREAKS), end)


def _finding_antecedent(text: str, toks: Sequence[_Tok], c: int, lo: int) -> _Ment | None:
    """The finding a relative word before a finding verb stands for: "The video, which
    showed …", "polls by Quinnipiac that showed …"."""
    if c - 2 < lo or toks[c - 1].low not in {"which", "that"}:
        return None
    k = c - 3 if toks[c - 2].low == "," else c - 2
    for j in range(k, max(lo - 1, k - 6), -1):
        if not toks[j].word:
            return None
        if _bare(toks[j].low) in FINDING_SUBJECTS:
            first = j - 1 if j - 1 >= lo and toks[j - 1].low in DETERMINERS else j
            if first <= lo + 1 and toks[c - 2].low != ",":
                # "The video that showed the crash went viral": the sentence's subject,
                # whose relative clause runs into the main verb
                return None
            return _Ment(toks[first].start, toks[j].end, "role", first, j)
    return None


def _no_clause(toks: Sequence[_Tok], hit: _CueHit, j: int, subj: _Ment | None, hi: int) -> bool:
    """No reported clause at ``j``: "hoped for", "thinks so"; "police found the car"
    (a finding verb needs "that" or a subject that finds)."""
    if (
        (hit.lemma in BELIEF_LEMMAS or hit.lemma == "agree")
        and toks[j].low != "that"
        and toks[j].low not in SPEAKER_PRONOUNS
        and toks[j].low not in DETERMINERS
        # "officials believe Beijing has cut …": a clause with its own verb
        and not (toks[j].word and _has_finite_verb(toks, j, _first_break(toks, j, hi)))
    ):
        return True
    return (
        "finding" in hit.patterns
        and toks[j].low != "that"
        and (subj is None or _bare(toks[subj.last].low) not in FINDING_SUBJECTS)
    )


def _after_quote(toks: Sequence[_Tok], subj: _Ment | None, lo: int) -> bool:
    """The subject stands right after a closing mark ('"…," Okafor told …')."""
    return (
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


def _past_addressee_and_aside(text: str, toks: Sequence[_Tok], hit: _CueHit, hi: int) -> int:
    """The token after a cue past its addressee ("told the National Post") and a dashed
    aside ("said — on Twitter, as it happens — that …"); -1 when a cue that needs an
    addressee has none."""
    j = hit.end
    if hit.lemma in ADDRESSEE_CUES:
        addr = _np_forward(text, toks, j)
        if addr is None:
            return -1
        j = addr.last + 1
        for k in range(addr.first + 1, addr.last + 1):
            if toks[k].low in SPEAKER_PRONOUNS and toks[k].low != "who":
                j = k  # "told the National Post he has …": the clause's subject
                break
    if j < hi and toks[j].low in _ASIDE_DASHES:
        for r in range(j + 1, min(hi, j + 25)):
            if toks[r].low in _ASIDE_DASHES:
                j = r + 1
                break
    return j


def _clause_content(
    text: str, toks: Sequence[_Tok], start_tok: int, end: int, hi: int, *, bare: bool
) -> tuple[Span | None, int]:
    """The reported clause ``[start_tok, end)`` as a span and where it ends: cut before
    the part that quotes, and ``None`` when what is left is mixed with quoted words or,
    ``bare`` (no "that"), is no clause ("said profits fell" is one; "said goodbye" is
    not)."""
    content = _trim(text, toks[start_tok].start, _end_char(toks, end, hi))
    if content is not None and _quoted(text, content):
        # "said observers were sent with the marchers, whom he described as “…”",
        # "said he was too busy: “…”": the clause before the part that quotes
        end = _before_the_quoting_part(toks, start_tok, end)
        content = _trim(text, toks[start_tok].start, _end_char(toks, end, hi))
    words = sum(1 for t in toks[start_tok:end] if t.word)
    if (
        content is None
        or _quoted(text, content)
        or (bare and (words < 2 or (words == 2 and not _has_finite_verb(toks, start_tok, end))))
    ):
        return None, end
    return content, end


def _cue_subject(
    text: str, toks: Sequence[_Tok], c: int, hit: _CueHit, lo: int
) -> tuple[_Ment | None, bool]:
    """The subject of the finite cue at ``c``, and whether a finding's relative clause
    gave it ("polls that showed …")."""
    subj = _subject_before(text, toks, c, lo)
    if "finding" not in hit.patterns:
        return subj, False
    # "A poll released Sunday by ABC shows …", "A poll out this week shows …"
    subj = _postmodified_finding(text, toks, c, lo, subj) or subj
    if subj is not None:
        return subj, False
    return _finding_antecedent(text, toks, c, lo), True


def _reported_clause(
    text: str,
    toks: Sequence[_Tok],
    c: int,
    hit: _CueHit,
    lo: int,
    hi: int,
    inside: Callable[[int], bool],
) -> tuple[_Cand | None, int]:
    """Rules ``speaker-cue-clause`` (``X said (that) CLAUSE``, A-4, A-11) and
    ``participle-clause`` (``…, saying CLAUSE``): the candidate and where its
    clause ends, or ``(None, 0)``."""
    participle = toks[c].low.endswith("ing") and (
        c == lo
        or toks[c - 1].low == ","
        or toks[c - 1].low in _CLOSE_MARKS  # '“…,” indicating that …'
        or toks[c - 1].low in PARTICIPIAL_PREFIXES
        or _after_report_noun(toks, c, lo)
    )
    subj, relative = (None, False) if participle else _cue_subject(text, toks, c, hit, lo)
    rule, conf, follow = "speaker-cue-clause", 0.8, False
    if subj is None:
        if not participle:
            return None, 0
        rule, conf = "participle-clause", 0.6
        subj = _first_subject(text, toks, lo, c) or _sentence_subject(text, toks, lo, c)
        follow = subj is None
    after_quote = _after_quote(toks, subj, lo)
    j = _past_addressee_and_aside(text, toks, hit, hi)
    if j < 0:
        return None, 0
    start = _clause_start(toks, hit, j, hi)
    if start is None:
        return None, 0
    j = start
    if j >= hi or not toks[j].word:
        return None, 0
    if _opens_no_clause(toks, hit, j, hi):
        return None, 0
    if after_quote and toks[j].low != "that":
        return None, 0  # '"…," Okafor told reporters outside the hall': the quote's tail
    if "finding" in hit.patterns and subj is not None:
        subj = _finding_head(text, toks, subj, lo)
    if _no_clause(toks, hit, j, subj, hi):
        return None, 0
    start_tok = j + 1 if toks[j].low in {"that", "dass"} else j
    if start_tok >= hi or inside(toks[start_tok].start):
        return None, 0
    if toks[start_tok].low == "when" and start_tok + 1 < hi and toks[start_tok + 1].low == "asked":
        return None, 0  # "told MSNBC when asked about …": the question (asked-clause)
    end, _ = _clause_end(text, toks, start_tok, hi)
    if (relative and toks[c - 2].low == ",") or toks[start_tok].low == "to":
        # "The video, which showed X, was released": the relative clause ends at its
        # comma; so does an infinitive ("claimed to have won, and the party …")
        end = next((k for k in range(start_tok, end) if toks[k].low == ","), end)
    if j == start_tok and hit.lemma in OBJECT_VERBS and not _has_finite_verb(toks, start_tok, end):
        return None, 0  # "The court declared the law unconstitutional": an object, no clause
    content, end = _clause_content(text, toks, start_tok, end, hi, bare=j >= start_tok)
    if content is None:
        return None, 0
    cand = _Cand(
        subj.start if subj is not None else toks[c].start,
        subj,
        _cue_tuple(toks, hit),
        rule,
        conf,
        relay=_relay_after(text, toks, end, hi),
        content=content,
        follow=follow,
    )
    return cand, end


def _opens_no_clause(toks: Sequence[_Tok], hit: _CueHit, j: int, hi: int) -> bool:
    """True when the word after a cue at token ``j`` opens no reported clause: "said
    so", "said on Monday"; but "said much of the money was lost", "told reporters this
    was the only chance" (not "said this week"), "records show no gifts", "offered to
    resign"."""
    low = toks[j].low
    return (
        low in NOT_CLAUSE_OPENERS
        and not (low == "to" and _to_content(toks, hit, j, hi))
        and not (low in _QUANTITY_OPENERS and j + 1 < hi and toks[j + 1].low == "of")
        and not (low == "this" and j + 1 < hi and _a_verb_after_this(toks[j + 1]))
        and not _about_a_number(toks, j, hi)
        and not (low == "no" and "finding" in hit.patterns)
    )


#: Speech verbs whose infinitive is what was said ("claimed to have won", "offered
#: to resign", "demanded to see the files"); #14 class 7.
_TO_SPEECH = frozenset({"claim", "offer", "propose", "demand", "swear", "insist"})


def _to_content(toks: Sequence[_Tok], hit: _CueHit, j: int, hi: int) -> bool:
    """True when "to" at ``j`` opens the infinitive a speech verb reports ("Lee
    claimed to have won"), not a phrase ("said to reporters", "offered to the press")."""
    return (
        hit.lemma in _TO_SPEECH
        and not toks[hit.start].low.endswith("ing")  # "with X claiming to …, Y said"
        and j + 1 < hi
        and toks[j + 1].word
        and not toks[j + 1].cap
        and toks[j + 1].low not in DETERMINERS
        and toks[j + 1].low not in SPEAKER_PRONOUNS
        # a base form, not a plural noun ("insisted to reporters that …")
        and not (toks[j + 1].low.endswith("s") and not toks[j + 1].low.endswith(("ss", "us")))
    )


def _a_verb_after_this(tok: _Tok) -> bool:
    """True when the word after "this" is its verb ("said this was …", "believe this
    provides …"), not its noun ("said this week", "this process", "this crisis")."""
    low = tok.low
    return low in AUX_AFTER_TIME or (
        tok.word
        and not tok.cap
        and len(low) > 3
        and low.endswith("s")
        and not low.endswith(("ss", "us", "is", "ics"))
        and low not in _PLURAL_TIMES
    )


#: Plural nouns of time and number after "this" ("said this weeks ago").
_PLURAL_TIMES = frozenset(
    {"days", "weeks", "months", "years", "hours", "minutes", "times", "dozens", "decades"}
    | {"nights", "mornings", "seasons", "centuries", "ages", "hundreds", "thousands"}
)


def _clause_speaker_cue(
    text: str,
    toks: Sequence[_Tok],
    lo: int,
    hi: int,
    commas: Sequence[int],
    inside: Callable[[int], bool],
) -> list[_Cand]:
    """Rule ``clause-speaker-cue``: "CLAUSE, X said." — the attribution closes the
    sentence (the indirect form of A-1)."""
    paren = _parenthetical(text, toks, lo, hi, commas, inside)
    if paren is not None:
        return [paren]
    for j in reversed(commas):
        post = _past_addressee(text, toks, _post_pattern(text, toks, j + 1), hi)
        post = post or _finding_after(text, toks, j + 1, hi)
        if post is None or not _sentence_rest_is_tail(toks, post[3], hi):
            continue
        if not _closes_sentence(toks, post[3], hi) or (
            post[2] == "quote-cue-speaker" and _an_auxiliary(toks, post[3], hi)
        ):
            # ", CNN reported at least six planes …", "…, say the bulk of the troops
            # should be …": the cue opens a clause
            break
        ment, hit, _, after = post
        if inside(toks[j].start) or toks[lo].low in _OPEN_MARKS:
            break
        if after < hi and toks[after].low == ":":
            break  # "In a statement, X said:" introduces what follows
        if (
            toks[lo].low in PHRASE_STOPS
            and not any(t.low == "," for t in toks[lo:j])
            and j - lo <= 8
            and not (
                toks[lo].low in _CLAUSE_OPENING_CONJUNCTIONS and _has_finite_verb(toks, lo + 1, j)
            )
        ):
            # "In other words, X said": an opening phrase, not a clause (but "But that
            # is not enough, X said": a clause after its conjunction)
            break
        phrase = _an_ing_word(toks[lo].low) and not _has_finite_verb(toks, lo + 1, j)
        if phrase or (_participle_after(toks, after, hi) and not _has_finite_verb(toks, lo, j)):
            # "Weighing in on the debate, Lee agreed, …", "Ann Roe, the chair, agreed,
            # adding …": a phrase or the speaker's name, no clause
            break
        content = _trim(text, toks[lo].start, toks[j].start)
        if content is not None and not _quoted(text, content):
            return [
                _Cand(
                    ment.start,
                    ment,
                    _cue_tuple(toks, hit),
                    "clause-speaker-cue",
                    0.75,
                    content=content,
                )
            ]
        break
    return []


#: Conjunctions that open a clause as well as a phrase ("But that is not enough, X
#: said").
_CLAUSE_OPENING_CONJUNCTIONS = frozenset({"but", "and", "yet", "so", "or"})


def _past_addressee(
    text: str, toks: Sequence[_Tok], post: tuple[_Ment, _CueHit, str, int] | None, hi: int
) -> tuple[_Ment, _CueHit, str, int] | None:
    """An attribution after a comma (:func:`_post_pattern`) whose cue takes an addressee,
    ending past it: "…, union officials told POLITICO.", "…, officials told reporters,
    …"."""
    if post is None or post[1].lemma not in ADDRESSEE_CUES or post[3] >= hi:
        return post
    addressee = _np_forward(text, toks, post[3])
    return post if addressee is None else (post[0], post[1], post[2], addressee.last + 1)


def _finding_after(
    text: str, toks: Sequence[_Tok], k: int, hi: int
) -> tuple[_Ment, _CueHit, str, int] | None:
    """A finding and its verb after a comma, as :func:`_post_pattern` gives a speaker and
    a cue: "…, a new poll shows.", "…, flight records show, …" (A-10's finding verbs
    need a finding for their subject)."""
    for c in range(k + 1, min(hi, k + 8)):
        if not toks[c].word:
            return None
        hit = toks[c].cue
        if hit is None:
            continue
        if "finding" not in hit.patterns or toks[c].low.endswith("ing"):
            return None
        subj = _subject_before(text, toks, c, k)
        if subj is None or subj.first != k or _bare(toks[subj.last].low) not in FINDING_SUBJECTS:
            return None
        return subj, hit, "finding", hit.end
    return None


def _an_auxiliary(toks: Sequence[_Tok], j: int, hi: int) -> bool:
    """True when an auxiliary or a modal follows token ``j`` in its clause (to a
    semicolon, within a tail's reach): after an inverted "say X" it makes X the subject
    of a clause of its own."""
    for k in range(j, min(hi, j + _TAIL_WORDS)):
        if toks[k].low == ";":
            return False
        if toks[k].low in AUXILIARIES:
            return True
    return False


def _closes_sentence(toks: Sequence[_Tok], j: int, hi: int) -> bool:
    """True when tokens ``[j, hi)`` close the sentence as an attribution's tail does:
    nothing, punctuation, or a phrase that opens with a preposition or a time ("in a
    statement", "on Monday", "last week"), with no quotation mark."""
    semi = next((m for m in range(j, hi) if toks[m].low == ";"), hi)
    # "…, he said; his agents found them": a new clause after the semicolon
    rest = [t for t in toks[j:semi] if t.low not in {".", ",", "!", "?", ")"}]
    if not rest:
        return True
    if _participle_after(toks, j, hi):
        return True  # '…, Lee said on Tuesday, rejecting what he called “…”'
    if any(t.low in _OPEN_MARKS or t.low in _CLOSE_MARKS for t in rest):
        return False
    first = rest[0].low
    return (
        first in _TAIL_OPENERS
        or first in TIME_WORDS
        or first in BARE_TIME_WORDS
        or first in {"which", "who", "whose"}  # "…, the mayor told the Herald, which …"
    )


#: Words that open an attribution's tail after "X said" ("in a statement", "on
#: Monday", "at a rally", "after the vote", "according to", "adding", "citing").
_TAIL_OPENERS = frozenset(
    {"in", "on", "at", "during", "after", "before", "to", "of", "about", "last", "this"}
    | {"with", "from", "by", "for", "late", "early", "earlier", "later", "according"}
    | {"adding", "citing", "noting", "referring", "while", "when", "as", "via", "through"}
    | {"yesterday", "today", "tonight", "recently", "again", "too", "also", "afterward"}
)


def _parenthetical(
    text: str,
    toks: Sequence[_Tok],
    lo: int,
    hi: int,
    commas: Sequence[int],
    inside: Callable[[int], bool],
) -> _Cand | None:
    """Rule ``parenthetical-clause``: "The plan, officials said, is on hold." — the
    attribution between commas inside the sentence it reports; the content is the
    sentence (the attribution in it is a few words more)."""
    for j in commas:
        if j - lo < 1 or toks[lo].low in _OPEN_MARKS:
            continue
        if not any(toks[m].cue is not None for m in range(j + 1, min(hi, j + 7))):
            continue  # no cue right after the comma: no attribution between commas
        if inside(toks[j].start):
            continue
        post = _past_addressee(text, toks, _post_pattern(text, toks, j + 1), hi)
        post = post or _finding_after(text, toks, j + 1, hi)
        if post is None:
            continue
        ment, hit, _, after = post
        if after >= hi or toks[after].low != ",":
            continue
        if hit.lemma not in _PARENTHETICAL_CUES and "finding" not in hit.patterns:
            continue
        if after + 1 < hi and toks[after + 1].low in RELATIVE_PRONOUNS:
            continue  # "…, the mayor told the Herald, which first reported it": no aside
        rest = sum(1 for t in toks[after + 1 : hi] if t.word)
        before = sum(1 for t in toks[lo:j] if t.word)
        if rest < 2 or (before < 2 and (before < 1 or rest < 3)):
            return None
        if before >= 3 and (
            (hit.start == j + 1 and _appositive_rest(toks, after + 1, hi))
            or toks[after + 1].low in {"a", "an"}
            or _a_participle_at(toks, after + 1, hi)
        ):
            # "…, said Ann Lee, director of the center.", "…, Lee said, a policy that
            # could …", "…, Lee said, rejecting the offer": the attribution closes the
            # sentence; what follows its comma describes the speaker, comments on the
            # clause or tells the speaker's act
            content = _trim(text, toks[lo].start, toks[j].start)
            if content is None or _quoted(text, content):
                return None
            return _Cand(
                ment.start, ment, _cue_tuple(toks, hit), "clause-speaker-cue", 0.7, content=content
            )
        # "Still, he said, officials have to decide …": one adverb before is no content
        # ("Voters, she said, do not …" is)
        first = toks[lo] if before >= 2 or not _an_adverb(toks[lo].low) else toks[after + 1]
        content = _trim(text, first.start, _end_char(toks, hi, hi))
        if content is None or _quoted(text, content):
            return None
        return _Cand(
            ment.start, ment, _cue_tuple(toks, hit), "parenthetical-clause", 0.7, content=content
        )
    return None


def _an_adverb(low: str) -> bool:
    """True for a word that opens a sentence as an adverb ("Still", "However",
    "Ultimately"), not as its subject."""
    return (
        low in ADVERB_OPENERS
        or low in SENTENCE_ADVERBS
        or low in SENTENCE_OPENERS
        or low.endswith("ly")
        or not low.isalpha()
    )


def _appositive_rest(toks: Sequence[_Tok], k: int, hi: int) -> bool:
    """True when tokens ``[k, hi)`` after an inverted attribution describe its speaker
    ("director of the Center for Politics.", "who also ran …"), not go on with the
    sentence."""
    if k >= hi:
        return False
    if toks[k].cap and toks[k].word:
        # "…, said a former spokesman, Oleg Roe, who also ran …": past the name
        comma = next((m for m in range(k + 1, min(hi, k + 6)) if toks[m].low == ","), None)
        if comma is not None and all(t.cap or not t.word for t in toks[k:comma]):
            k = comma + 1
            if k >= hi:
                return True
    return toks[k].low in {"who", "whose"} or not _has_finite_verb(toks, k, hi)


#: Cues that stand between commas inside the sentence they report.
_PARENTHETICAL_CUES = frozenset(
    {"say", "add", "note", "argue", "write", "explain", "insist", "tell"}
    | {"suggest", "claim", "contend", "warn", "predict", "believe", "think", "point out"}
    | {"acknowledge", "admit", "maintain", "report", "recall", "concede", "assert", "stress"}
)


#: Participles of a view held by unnamed people ("is widely seen as the favorite").
_VIEWED = frozenset({"seen", "viewed", "regarded", "considered", "perceived"})
#: Words between *be* and its participle ("is not expected", "is widely seen").
_BE_ADVERBS = frozenset({"not", "widely", "largely", "generally", "now", "still", "also"})
#: The verbs of :func:`_stance` and :func:`_evidential`, which are no cues: a sentence
#: without one of them, a cue, "that" or a comma holds no reported speech.
_STANCE_WORDS = frozenset(STANCE_VERBS) | frozenset(ACT_VERBS) | EVIDENTIAL_VERBS
#: The words that give reported speech without a listed cue: a stance, an act, evidence
#: (:func:`_stance`, :func:`_evidential`) or a noun whose owner speaks
#: (:func:`_possessor_claim_clause`).
_FRAME_WORDS = _STANCE_WORDS | frozenset(CLAUSE_NOUNS) | _VIEWED


def _has_stance_word(toks: Sequence[_Tok], lo: int, hi: int) -> bool:
    """True when tokens ``[lo, hi)`` hold a word of :data:`_FRAME_WORDS`."""
    return not _FRAME_WORDS.isdisjoint(map(_LOW_OF, toks[lo:hi]))


#: The kinds of mention that hold a stance or act (not a thing: "the plan wants").
_HOLDER_KINDS = frozenset({"name", "pronoun", "role", "organisation", "anonymous"})


#: Forms of *be* before a passive "expected to" ("is expected to attend").
_PASSIVE_BE = BE_FORMS["en"] | {"isn't", "isn’t"}


def _in_finding(
    text: str, toks: Sequence[_Tok], lo: int, hi: int, inside: Callable[[int], bool]
) -> _Cand | None:
    """Rule ``in-finding-clause``: "In an NBC News poll released Monday, 50 percent chose
    Clinton": a sentence opened by "In" and a poll, survey or report reports what it
    found (A-5's shape without "according to"); the source is the finding's noun phrase."""
    frame = _finding_frame(toks, lo, hi)
    if frame is None or inside(toks[frame[1]].start):
        return None
    head, comma = frame
    end, _ = _clause_end(text, toks, comma + 1, hi)
    if sum(1 for t in toks[comma + 1 : end] if t.word) < 3:
        return None
    content = _trim(text, toks[comma + 1].start, _end_char(toks, end, hi))
    if content is None or _quoted(text, content):
        return None
    source = _Ment(toks[lo + 1].start, toks[head].end, "role", lo + 1, head)
    cue = (toks[lo].start, toks[lo].end, "in")
    return _Cand(source.start, source, cue, "in-finding-clause", 0.5, content=content)


def _evidential(
    text: str, toks: Sequence[_Tok], lo: int, hi: int, inside: Callable[[int], bool]
) -> _Cand | None:
    """Rule ``evidential-frame``: "The senator seemed to back down", "Lee is expected to
    win": evidence without a speaker (#14 class 7).  The content is the subject and the
    infinitive clause; nobody is its source."""
    lows = list(map(_LOW_OF, toks[lo + 1 : hi - 2]))
    if _EVIDENCE_WORDS.isdisjoint(lows):
        return None
    for k in itertools.compress(range(lo + 1, hi - 2), map(_EVIDENCE_WORDS.__contains__, lows)):
        low = toks[k].low
        if toks[k].cap or inside(toks[k].start):
            continue
        nxt = toks[k + 1].low
        viewed = low in _VIEWED and nxt == "as"  # "is widely seen as the favorite"
        if nxt == "to" or viewed:
            after = k + 2  # the words after "to" or "as"
        elif low in EVIDENTIAL_VERBS and _a_complement(toks[k + 1], low):
            after = k + 1  # "seemed ready to …", "appears certain to …", "seems like …"
        else:
            continue
        verb = k
        if low == "expected" or viewed:
            # "is expected to …", "is widely seen as the favorite": unnamed sources'
            # view, with "not" or an adverb after the form of *be*
            b = k - 2 if toks[k - 1].low in _BE_ADVERBS and k - 2 >= lo else k - 1
            if b < lo or toks[b].low not in _PASSIVE_BE:
                continue
            verb = b
        elif low not in EVIDENTIAL_VERBS:
            continue
        subj = _subject_before(text, toks, verb, lo)
        if subj is None or subj.kind not in _HOLDER_KINDS:
            continue
        end, _ = _clause_end(text, toks, after, hi)
        if sum(1 for t in toks[after:end] if t.word) < 1:
            continue
        # the whole subject: from where the main clause starts ("the senator from
        # Ohio seemed"; not the phrase before it: "In the past days, …")
        start = max(lo, _main_clause(toks, lo, verb))
        if not (start < subj.first <= start + 6 and all(t.word for t in toks[start : subj.first])):
            start = subj.first
        content = _trim(text, toks[start].start, _end_char(toks, end, hi))
        if content is None or _quoted(text, content):
            continue
        if viewed:
            cue = (toks[verb].start, toks[k + 1].end, "see as")
        else:
            cue = (toks[verb].start, toks[k].end, "expect" if low == "expected" else low)
        return _Cand(subj.start, None, cue, "evidential-frame", 0.4, content=content)
    return None


#: Words after *appear* that open how something appears ("appears certain to …"),
#: not where ("appeared on Fox News", "appeared at a rally").
_APPEAR_COMPLEMENTS = frozenset(
    {"like", "ready", "certain", "likely", "unlikely", "poised", "set", "headed", "willing"}
    | {"eager", "determined", "close", "more", "less", "increasingly", "that", "a", "an"}
    | {"weak", "strong", "unable", "able", "open", "reluctant", "unwilling", "confident"}
)


#: The words :func:`_evidential` starts from.
_EVIDENCE_WORDS = EVIDENTIAL_VERBS | _VIEWED | {"expected"}


def _a_complement(tok: _Tok, verb: str) -> bool:
    """True when ``tok`` after *seem* or *appear* opens what the subject seems: any
    word but a preposition after *seem* ("seemed lost", "seems like …"), a listed one
    after *appear*."""
    if not tok.word or tok.cap:
        return False
    if verb.startswith("seem"):
        return tok.low == "like" or tok.low == "that" or tok.low not in PHRASE_STOPS
    return tok.low in _APPEAR_COMPLEMENTS


def _stance(
    text: str,
    toks: Sequence[_Tok],
    lo: int,
    hi: int,
    inside: Callable[[int], bool],
    first: int | None = None,
) -> _Cand | None:
    """Rules ``stance-clause`` ("Trump wants to build a wall", "The party expects a close
    race") and ``act-object`` ("She accused him of lying", "He called for a recount"):
    what PolNeAR attributes without a verb of saying (#14 class 7); the content is the
    words after the verb to the clause's end."""
    scan = lo + 1 if first is None else max(lo + 1, first)
    lows = list(map(_LOW_OF, toks[scan : hi - 2]))
    if _STANCE_WORDS.isdisjoint(lows):
        return None
    for k in itertools.compress(range(scan, hi - 2), map(_STANCE_WORDS.__contains__, lows)):
        tok = toks[k]
        if tok.cap or inside(tok.start):
            continue
        low = tok.low
        if low.endswith("ing") and not _a_progressive(toks, k, lo):
            continue  # "the county planning director": a modifier, not a stance
        if low in STANCE_VERBS:
            rule, lemma, joins = "stance-clause", STANCE_VERBS[low], False
            begin = _stance_start(toks, k, hi, lemma)
        elif low in ACT_VERBS:
            rule = "act-object"
            lemma, begin, joins = _act_start(toks, k, hi)
        else:
            continue  # a verb of evidence (:func:`_evidential`)
        if begin < 0 or not toks[begin].word:
            continue
        subj = _subject_before(text, toks, k, lo)
        # no subject found ("to call for …", "and praised …", "while being portrayed
        # as …"): the content without a speaker, when the word is a verb
        if (subj is None and not _a_verb_here(toks, k, lo)) or (
            subj is not None and subj.kind not in _HOLDER_KINDS
        ):
            continue
        end = _stance_end(text, toks, lo, hi, k, begin, subj, rule == "act-object")
        if sum(1 for t in toks[begin:end] if t.word) < 2:
            continue
        content = _trim(text, toks[begin].start, _end_char(toks, end, hi))
        if content is None or _quoted(text, content):
            continue
        cue = (tok.start, toks[begin - 1].end if joins else tok.end, lemma)
        if (
            subj is None
            and low.endswith("ing")
            and end < hi
            and k - 2 <= lo
            and (k == lo or toks[k - 1].low not in _PROGRESSIVE_BE)
        ):
            # "After calling for a recount, the group left": an opening participle's
            # subject is the main clause's (as "When asked …, Lee said" has it)
            main = _sentence_subject(text, toks, end + 1, hi) if toks[end].low == "," else None
            if main is not None and main.kind in _HOLDER_KINDS:
                return _Cand(main.start, main, cue, rule, 0.45, content=content)
        if subj is None:
            return _Cand(tok.start, None, cue, rule, 0.4, content=content)
        return _Cand(subj.start, subj, cue, rule, 0.5, content=content)
    return None


def _stance_start(toks: Sequence[_Tok], k: int, hi: int, lemma: str) -> int:
    """Where the content of the stance verb at ``k`` starts, or -1 when the words after
    it are no stance's content ("wanted in Ohio", "knows the governor", "decided the
    case")."""
    begin = k + 1
    if lemma in _CLAUSE_STANCES:
        # what is known or felt is a clause: "We know (that) he grew up …", "knows how
        # …", "feel they are ignored"; not a person or a state ("Lee knows the
        # governor", "knew him well", "felt sick")
        if (
            toks[begin].low not in _KNOWN_OPENERS
            and (toks[begin].low not in SPEAKER_PRONOUNS or toks[begin].low in _OBJECTS)
            # "doubts the plan will pass": a clause after a noun phrase
            and not (
                lemma not in {"know", "feel"}
                and toks[begin].low in DETERMINERS
                and _has_finite_verb(toks, begin + 1, _first_break(toks, begin + 1, hi))
            )
        ):
            return -1
        if toks[begin].low == "that":
            if toks[begin + 1].low in _THAT_NOUNS or not _has_finite_verb(
                toks, begin + 1, _first_break(toks, begin + 1, hi)
            ):
                return -1  # "feel that way", "knows that man": no clause
            begin += 1  # the clause after "that", as after a verb of saying
    elif toks[begin].low in PHRASE_STOPS and toks[begin].low != "to":
        return -1  # "wanted in Ohio", "expected by Monday"
    if lemma in _TO_STANCES and toks[begin].low != "to":
        return -1  # "The court decided the case": a promise or decision to act
    return begin


def _act_start(toks: Sequence[_Tok], k: int, hi: int) -> tuple[str, int, bool]:
    """The lemma of the act verb at ``k``, where its content starts (-1: no content
    here) and whether the words up to it belong to the cue ("called for", "warned
    of", "pointed to")."""
    lemma, needs = ACT_VERBS[toks[k].low]
    nxt = toks[k + 1].low
    if lemma == "call for":
        if nxt == "for":
            return lemma, k + 2, True
        if nxt in TIME_WORDS and toks[k + 2].low == "for" and k + 3 < hi:
            return lemma, k + 3, True  # "called Wednesday for …"
        if nxt == "on" and any(t.low == "to" for t in toks[k + 2 : min(hi, k + 9)]):
            return "call on", k + 2, True  # "called on Lee to resign"
        if _names_an_object(toks, k + 1, hi):
            return "call", k + 1, False  # "called him a liar", "calls the plan a sham"
        return lemma, -1, False
    if lemma == "point to":
        prev = toks[k - 1].low
        if nxt != "to" or prev[:1].isdigit() or prev in DETERMINERS or _a_count(prev):
            return lemma, -1, False  # "pointed out", "rose 120 points to a record"
        return lemma, k + 2, True
    if lemma == "make":
        if not any(t.low in MADE_NOUNS for t in toks[k + 1 : min(hi, k + 5)]):
            return lemma, -1, False  # "made money", "made a trip": no saying
    elif needs and nxt == needs and needs in _PREPOSITION_CUES:
        return lemma, k + 2, True  # "warned of a shutdown": the cue is "warned of"
    elif needs and not any(t.low == needs for t in toks[k + 1 : min(hi, k + 8)]):
        return lemma, -1, False
    elif lemma in {"see", "view"} and (
        toks[k - 1].low in DETERMINERS or not _as_a_view(toks, k, hi)
    ):
        return lemma, -1, False  # "saw prices rise as demand fell", "enjoy the view as …"
    return lemma, k + 1, False


def _stance_end(
    text: str,
    toks: Sequence[_Tok],
    lo: int,
    hi: int,
    k: int,
    begin: int,
    subj: _Ment | None,
    act: bool,
) -> int:
    """Where the content of the stance or act at ``k`` ends: at the clause's end, before
    a second verb of an act ("called him X and accused …"), at the comma of a participle
    phrase that opens the sentence ("After calling for a recount, the group left"), and
    before the main verb after a relative clause ("Voters who want to see change backed
    Lee", "Ads attacking the mayor ran all week")."""
    end, _ = _clause_end(text, toks, begin, hi)
    if act:
        end = _before_a_second_verb(toks, begin, end)
    if subj is None and k - 2 <= lo:
        end = next((m for m in range(begin + 1, end) if toks[m].low == ","), end)
    if (subj is not None and toks[subj.first].low in RELATIVE_PRONOUNS) or (
        toks[k].low.endswith("ing") and _after_a_noun(toks[k - 1])
    ):
        end = _before_the_main_verb(toks, begin, end, toks[begin].low == "that")
    return end


#: Prepositions that open the content right after an act ("warned of", "talked about").
_PREPOSITION_CUES = frozenset({"of", "about", "on", "for", "to"})
#: Stances whose content is a clause, never a plain object ("We know (that) he grew up
#: …", "doubts the plan will pass"; not "knows the governor", "felt sick").
_CLAUSE_STANCES = frozenset(
    {"know", "feel", "worry", "doubt", "suspect", "assume", "recognize", "understand"}
    | {"remember", "learn", "realize", "imagine", "wonder"}
)
#: Words that open what is known ("know that …", "knows how …").
_KNOWN_OPENERS = frozenset({"that", "how", "what", "why", "whether", "where", "when", "who"})
#: Nouns after a demonstrative "that" ("feel that way", "knew that much").
_THAT_NOUNS = frozenset({"way", "much", "many", "kind", "sort", "one", "day", "time", "part"})
#: Object pronouns: after "know" they are a person known, not a clause's subject.
_OBJECTS = frozenset({"him", "her", "them", "me", "us"})


#: Words after the "as" of a view ("sees him as a threat", "as the stronger one",
#: "as increasingly favorable", "as sharing this trait").
_VIEW_OPENERS = frozenset({"more", "most", "less", "too", "increasingly", "part", "one"})
#: Verbs of a clause of time after "as" that no verb list holds ("as the sun set").
_TIME_CLAUSE_VERBS = frozenset({"set", "sets", "rises", "falls", "begins", "ends", "arrived"})


def _as_a_view(toks: Sequence[_Tok], k: int, hi: int) -> bool:
    """True when the "as" after the verb at ``k`` opens what something is seen as, not
    a clause of time ("saw prices rise as demand fell")."""
    at = next((j for j in range(k + 1, min(hi - 1, k + 8)) if toks[j].low == "as"), None)
    if at is None:
        return False
    nxt = toks[at + 1].low
    if not (nxt in DETERMINERS or nxt in _VIEW_OPENERS or nxt.endswith("ing")):
        return False
    # "viewed the house as the sun set": a clause of time, with its own verb
    return not any(
        t.low in FINITE_VERBS or t.low in _TIME_CLAUSE_VERBS or (t.low.endswith("ed") and j > 0)
        for j, t in enumerate(toks[at + 2 : min(hi, at + 6)])
    )


#: Objects of a naming "call" ("called him a liar", "calling themselves victims").
_NAMED_PRONOUNS = frozenset(
    {"him", "her", "them", "it", "himself", "herself", "themselves", "itself", "us", "me"}
)
#: Words that open no name given after the object ("called him on Monday", "called
#: her back", "called them to say …").
_NOT_A_NAME = frozenset(
    {"back", "up", "out", "off", "over", "again", "and", "or", "but", "twice", "once"}
)


def _before_a_second_verb(toks: Sequence[_Tok], begin: int, end: int) -> int:
    """``end``, or where "and"/"but" and a second verb start in ``[begin, end)``
    ("him divisive and accused him of …", "them rapists and vowing to …")."""
    for m in range(begin + 1, end - 1):
        if toks[m].low in {"and", "but"}:
            nxt = toks[m + 1]
            verb = nxt.cue is not None or nxt.low.endswith(("ed", "ing"))
            if nxt.word and not nxt.cap and verb:
                return m
    return end


def _names_an_object(toks: Sequence[_Tok], j: int, hi: int) -> bool:
    """True when the words from token ``j`` after "call" are an object and the name
    given it ("him a liar", "the plan a sham", "Pfizer unpatriotic"): a pronoun, a
    name, or a short phrase with its article, then a word that opens the name."""
    if j >= hi or not toks[j].word:
        return False
    nxt = [t.low for t in toks[j + 1 : min(hi, j + 3)]]
    if toks[j].low == "it" and (nxt[:1] == ["quits"] or nxt == ["a", "day"]):
        return False  # "called it quits", "called it a day"
    if toks[j].low in _NAMED_PRONOUNS:
        k = j + 1
    elif toks[j].low in {"the", "his", "her", "their", "its"}:
        # "calls the plan a sham": the name opens with its article
        k = next((m for m in range(j + 1, min(hi, j + 4)) if toks[m].low in {"a", "an"}), -1)
        if k < 0:
            return False
    elif toks[j].cap:
        k = j + 1
        while k < hi and k < j + 3 and toks[k].cap and toks[k].word:
            k += 1
    else:
        return False
    if k >= hi or not toks[k].word or toks[k].cap:
        return False
    low = toks[k].low
    return not (
        (low in PHRASE_STOPS and low not in {"a", "an"})
        or low in _NOT_A_NAME
        or low in TIME_WORDS
        or low.endswith(("ed", "ing"))
    )


#: Stances that report only with an infinitive ("vowed to fight on"; not "decided the
#: case", "agreed with him").
_TO_STANCES = frozenset({"vow", "promise", "pledge", "decide", "agree", "look to"})


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
            or verb.low.endswith(("ss", "is", "us", "'s", "’s"))
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
        if not _has_finite_verb(toks, t + 1, end):
            break  # "knows that man from church": a demonstrative, no clause
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


_MARK_RE = regex.compile(r"[\"“”«»„]")
#: Typewriter marks (New York Times archive copy): ''…'' and ``…''.
_TYPEWRITER_RE = regex.compile(r"''|``")
_WORD_RE = regex.compile(r"\w")


def _quoted(text: str, span: Span) -> bool:
    """True when the clause holds quote marks: a mixed quote, whose quoted
    fragment carries the attribution, not indirect speech (PolNeAR convention).

    Typewriter marks (New York Times archive copy) count only around a quote of its
    own that ends the clause after a comma, a colon, a semicolon or a dash ("…, might
    be possible: ''He's a start-up.''"), whatever marks stand before it; words in them
    inside the clause ("said the ''old model'' of clubs is in decline") leave it
    reported speech, as PolNeAR annotates that copy."""
    if _MARK_RE.search(text, span.start, span.end) is not None:
        return True
    pos = span.start
    while (opening := _TYPEWRITER_RE.search(text, pos, span.end)) is not None:
        closing = _TYPEWRITER_RE.search(text, opening.end(), span.end)
        before = text[span.start : opening.start()].rstrip()
        if (not before or before[-1] in ",:;—–-") and (
            closing is None or _WORD_RE.search(text, closing.end(), span.end) is None
        ):
            return True  # a quote of its own at the clause's end
        if closing is None:
            return False
        pos = closing.end()  # words in marks inside the clause: look on
    return False
