"""Attribution in headlines and subheads: ``Claim: Speaker`` and ``Speaker: Claim`` (A-14).

Takes the headline and subhead spans; gives candidates with the rules
``headline-claim-speaker`` and ``headline-speaker-claim``; labels ("Transcript: …")
are no claim.

>>> from newsparse import attribute
>>> text = "Schools Will Suffer: Governor\\n\\nGov. Ann Mills spoke on Monday."
>>> q = attribute(text)[0]
>>> q.span.of(text), q.attribution.rule
('Schools Will Suffer', 'headline-claim-speaker')
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from newsparse.attribution.direct import (
    _Cand,
)
from newsparse.attribution.indirect import (
    _quoted,
    _trim,
)
from newsparse.attribution.mentions import (
    _Ment,
)
from newsparse.lexicon.cues import (
    HEADLINE_LABELS,
    TITLE_CASE_CUES,
)
from newsparse.lexicon.titles import ROLE_NOUNS, TITLES
from newsparse.spans import Span

# --------------------------------------------------------------------------- headlines


_HEADLINE_TAG = regex.compile(
    r"^(?P<claim>[^\n]{8,300}?)[^\S\n]*+(?P<colon>:)[^\S\n]*+"
    r"(?P<who>\p{Lu}[\p{L}'’.\-]*+(?:[^\S\n]\p{Lu}[\p{L}'’.\-]*+){0,3})[^\S\n]*+$"
)


#: "Speaker: Claim" headlines ("Hacker Guccifer: Clinton's Server Unprotected").
_SPEAKER_TAG = regex.compile(
    # a kicker before a dash ("EXCLUSIVE – Roger Stone: …") is no part of the speaker
    r"(?:\p{Lu}{2,}+[^\S\n]++[–—-][^\S\n]++)?"
    # the speaker: capitalised words, and one group noun ("Clinton camp: …")
    r"(?P<who>\p{Lu}[\p{L}'’.\-]*+(?:[^\S\n]\p{Lu}[\p{L}'’.\-]*+){0,3}"
    r"(?:[^\S\n](?:camp|campaign|aide|aides|allies|team|spokesman|spokeswoman))?)"
    # to whom or where ("Clinton to Planned Parenthood: …", "Mukasey at RNC: …")
    r"(?:[^\S\n]++(?:to|at|in|on)[^\S\n]++\p{Lu}[\p{L}'’.\-]*+(?:[^\S\n]\p{Lu}[\p{L}'’.\-]*+){0,2})?"
    r"[^\S\n]*+(?P<colon>:)"
    r"[^\S\n]++(?P<claim>\S[^\n]{7,})"
)
#: Transcript turns in the body: "TAPPER: Do you think …" (ALL-CAPS speaker), and the
#: turns of a printed interview, "Q: …" and "A: …".
_TRANSCRIPT = regex.compile(
    r"[\"“]?(?P<who>\p{Lu}{2,}+(?:[^\S\n]\p{Lu}{2,}+){0,2}|[QA])(?P<colon>:)[^\S\n]++(?=\S)"
)


#: The fewest words of a claim after "Speaker:" (one word after the colon is a speaker).
_CLAIM_WORDS = 3


def _tag_cand(text: str, m: regex.Match[str], rule: str, end: int) -> _Cand | None:
    who = Span(m.start("who"), m.end("who"))
    if _a_label(who.of(text)):
        return None  # "Exclusive: …", "The Latest: …", "Just Leaked: …"
    # the claim: its own group ("Speaker: Claim"), or what follows the tag (transcripts)
    claim = _trim(text, m.start("claim") if "claim" in m.groupdict() else m.end(), end)
    if claim is None or _quoted(text, claim) or _single_quoted(claim.of(text)):
        return None  # a quote in the claim carries the attribution itself
    colon = m.start("colon")
    ment = _Ment(who.start, who.end, "name", 0, 0)
    return _Cand(who.start, ment, (colon, colon + 1, ":"), rule, 0.6, content=claim)


#: Label words that also end an organisation's name ("Judicial Watch", "Human Rights
#: Watch"): after other words they name a speaker, not a label ("Fox News Exclusive:" is
#: a label).
_NAME_ENDS = frozenset({"watch"})
#: Words before a label that leave it a label ("The Latest: …", "Just In: …").
_LABEL_LEADS = frozenset({"the", "just", "a"})


def _a_label(who: str) -> bool:
    """True when the words before a headline's colon are a label, not a speaker: a
    label word first or last ("Exclusive", "Fox News Exclusive", "The Latest", "Just
    Leaked"; but "Judicial Watch", an organisation whose name ends in *watch*)."""
    words = [w.lower().strip(".,'’") for w in who.split()]
    return bool(words) and (
        words[0] in HEADLINE_LABELS
        or (words[-1] in HEADLINE_LABELS and words[-1] not in _NAME_ENDS)
        or (len(words) == 2 and words[0] in _LABEL_LEADS and words[1] in HEADLINE_LABELS)
    )


#: A single opening mark at the start of a word ("Trump Is a ‘Proven Failure’", "'We
#: are going to win'"), not an apostrophe inside one or an elided year ("the '90s").
_SINGLE_OPEN = regex.compile(r"(?:^|(?<=\s))['‘](?!\d)\w")


def _single_quoted(claim: str) -> bool:
    """True when the claim quotes in single marks (headline style)."""
    return _SINGLE_OPEN.search(claim) is not None


def _is_label(words: str, at: int) -> bool:
    """True when the word at ``at`` of ``words`` is a headline label (A-14)."""
    split = words.lower().split()
    return bool(split) and split[at].strip(".,'’\"") in HEADLINE_LABELS


#: A word of a headline, with its offsets.
_WORD = regex.compile(r"\S++")


def _title_claim(text: str, span: Span) -> _Cand | None:
    """Rule ``headline-cue-claim``: "Bellwether County Says Trump Should Win" — in a
    title-case headline, a capitalised cue verb after the speaker's words gives the rest
    as reported speech (#14 class 6)."""
    words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text, span.start, span.end)]
    if len(words) < 4 or sum(w[2][:1].isupper() for w in words) < 0.8 * len(words):
        return None  # not a title-case line
    for i in range(1, min(5, len(words) - 2)):
        cue = words[i][2]
        if not cue[:1].isupper() or cue.lower() not in TITLE_CASE_CUES:
            continue
        if not all(w[2][:1].isupper() and w[2][-1:].isalpha() for w in words[:i]):
            return None  # "Trump, Rubio Say …": not one speaker's words
        who = Span(words[0][0], words[i - 1][1])
        if _is_label(who.of(text), 0) or _quoted(text, span) or _single_quoted(span.of(text)):
            return None  # a quote in the headline carries the attribution itself
        claim = _trim(text, words[i + 1][0], span.end)
        if claim is None:
            return None
        ment = _Ment(who.start, who.end, "name", 0, i - 1)
        return _Cand(
            claim.start,
            ment,
            (words[i][0], words[i][1], cue.lower()),
            "headline-cue-claim",
            0.6,
            content=claim,
        )
    return None


def _headline_cands(text: str, spans: Sequence[Span]) -> list[_Cand]:
    """A-14: "Claim: Speaker" and "Speaker: Claim" headlines and subheads, and title-case
    "Speaker Says Claim"."""
    out: list[_Cand] = []
    for span in spans:
        titled = _title_claim(text, span)
        if titled is not None:
            out.append(titled)
            continue
        tag = _SPEAKER_TAG.match(text, span.start, span.end)
        if (
            tag is not None
            and tag.end() == span.end
            and len(tag.group("claim").split()) >= _CLAIM_WORDS
        ):
            # "Lynch: No Outside Influence on Probe"; not "Schools Will Suffer: Governor",
            # whose one word after the colon is the speaker (headline-claim-speaker)
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
        # "…: Union Chief" names a role (resolved to its holder in the body), "…:
        # Governor Ann Lee" a person: the kind of the last word, as title case hides it
        last = who.of(text).split()[-1].lower().rstrip(".")
        kind = "role" if last in TITLES or last in ROLE_NOUNS else "name"
        ment = _Ment(who.start, who.end, kind, 0, 0)
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
