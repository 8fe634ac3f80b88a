"""Properties of attribute() (hypothesis): generated attributions come back, pronouns
keep the resolved speaker, and any text keeps its offsets."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsparse import attribute, find_quotes
from newsparse.lexicon.cues import SPEECH_VERBS
from newsparse.lexicon.given_names import GIVEN_NAME_GENDERS
from newsparse.lexicon.titles import (
    ANONYMOUS_NOUNS,
    HONORIFICS,
    NAME_STOPWORDS,
    ORGANISATION_NOUNS,
    ROLE_NOUNS,
    TITLES,
)
from newsparse.records import Quote
from newsparse.sentences import NEWS_ABBREVIATIONS
from newsparse.spans import Span
from newsparse.strategies import messy_text, span_violations

_ALL_FORMS = {f for forms, _ in SPEECH_VERBS.values() for f in forms}
#: Function words a real name never is ("Was Was said" is not a name).
_FUNCTION = frozenset(
    [
        "was",
        "were",
        "is",
        "are",
        "be",
        "been",
        "has",
        "had",
        "have",
        "did",
        "does",
        "can",
        "may",
        "will",
        "would",
        "could",
        "should",
        "might",
        "must",
        "not",
        "also",
        "then",
        "just",
        "only",
        "very",
        "more",
        "most",
        "such",
        "like",
        "than",
        "into",
        "over",
        "about",
        # Number words end a name ("Aaa Two said" names Aaa): not name words either.
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
    ]
)
_NOT_NAMES = (
    NAME_STOPWORDS
    | TITLES
    | set(HONORIFICS)
    | NEWS_ABBREVIATIONS
    | _ALL_FORMS
    | _FUNCTION
    # nouns of a speaker ("Aaa Man" is a man, not a name: "man" is a role noun)
    | ROLE_NOUNS
    | ORGANISATION_NOUNS
    | ANONYMOUS_NOUNS
)

#: Invented capitalised words: never a stopword, title, honorific ("Sir" is stripped
#: from the name as "Mr." is) or cue.
NAME_WORD = st.from_regex(r"[A-Z][a-z]{2,9}", fullmatch=True).filter(
    lambda w: w.lower() not in _NOT_NAMES and not w.lower().endswith(("ing", "ly", "ed"))
)
FULL_NAME = st.tuples(NAME_WORD, NAME_WORD).map(" ".join)
TITLE = st.sampled_from(["", "President ", "Sen. ", "Gov. ", "Dr. ", "Finance Minister "])

#: Past-tense cues that may follow a quote ("…," X said) and stand before one.
CUE = st.sampled_from(["said", "added", "noted", "stressed", "explained", "insisted", "warned"])
#: Cues that may also come before their speaker ("…," said X).
INVERTED = st.sampled_from(["said", "added", "explained", "insisted", "warned", "replied"])
WORDS = st.lists(
    st.sampled_from(["we", "will", "build", "the", "bridge", "now", "and", "never", "stop"]),
    min_size=2,
    max_size=8,
).map(" ".join)


def _quote(text: str, start: int, end: int) -> Quote:
    return Quote(
        span=Span(start, end),
        kind="direct",
        open_mark=Span(start - 1, start),
        close_mark=Span(end, end + 1),
        pieces=(Span(start, end),),
    )


@given(words=WORDS, title=TITLE, name=FULL_NAME, cue=CUE, form=st.integers(0, 2), inv=INVERTED)
def test_generated_attribution_gives_back_speaker_and_cue(
    words: str, title: str, name: str, cue: str, form: int, inv: str
) -> None:
    said = (cue, inv, cue)[form]
    body = words.capitalize() + ","
    if form == 0:  # "Q," NAME CUE. 
        text = f'"{body}" {title}{name} {said}.'
    elif form == 1:  # "Q," CUE NAME. 
        text = f'"{body}" {said} {title}{name}.'
    else:  # NAME CUE, "Q" 
        body = words.capitalize() + "."
        text = f'{title}{name} {said}, "{body}"'
    start = text.index(body)
    (out,) = attribute(text, (_quote(text, start, start + len(body)),))
    att = out.attribution
    assert att is not None and att.speaker is not None and att.cue is not None
    assert att.speaker.span.of(text).endswith(name)
    assert att.speaker.name is not None and att.speaker.name.of(text) == name
    assert att.cue.span.of(text) == said


@given(name=FULL_NAME, pronoun_count=st.integers(1, 4), words=WORDS)
def test_pronouns_keep_the_resolved_speaker(name: str, pronoun_count: int, words: str) -> None:
    first = name.split()[0]
    # the pronoun agrees with the given name when it tells a gender ("Ana Aaa" is "she")
    pronoun = "she" if GIVEN_NAME_GENDERS.get(first.lower()) == "f" else "he"
    parts = [f'"{words.capitalize()}," {name} said.']
    parts += [f'"{words.capitalize()} {k}," {pronoun} said.' for k in range(pronoun_count)]
    parts.append(f"{name.split()[1]} also said that the plan would {words}.")
    text = " ".join(parts)
    quotes = find_quotes(text)
    out = attribute(text, quotes)
    named = [q for q in out if q.speaker is not None]
    assert len(named) == pronoun_count + 2
    for q in named:
        assert q.speaker is not None and q.speaker.name is not None
        assert q.speaker.name.of(text) == name, (first, q.speaker.span.of(text))


@given(messy_text())
def test_any_text_keeps_offsets(text: str) -> None:
    out = attribute(text)
    assert span_violations(out, text) == ()
    assert [q.span.start for q in out] == sorted(q.span.start for q in out)


@given(st.text(max_size=300))
def test_indirect_quotes_lie_in_the_text_and_carry_a_cue(text: str) -> None:
    for q in attribute(text):
        assert 0 <= q.span.start <= q.span.end <= len(text)
        if q.kind == "indirect":
            assert q.attribution is not None and q.attribution.cue is not None
            assert q.pieces == (q.span,)


@given(
    name=FULL_NAME,
    cue=CUE,
    words=WORDS,
    clause=st.sampled_from(["the plan would fail", "rates will rise", "talks had ended"]),
    order=st.integers(0, 2),
)
def test_attribute_is_idempotent(name: str, cue: str, words: str, clause: str, order: int) -> None:
    """Re-attributing an attributed result changes nothing: indirect quotes
    found the first time are found again with the same rule and speaker."""
    parts = [
        f"{name} {cue} that {clause}.",
        f'"{words.capitalize()}," {name.split()[1]} {cue}.',
        f"{clause.capitalize()}, officials said.",
    ]
    text = " ".join(parts[order:] + parts[:order])
    once = attribute(text)
    assert attribute(text, once) == once


@given(messy_text())
def test_attribute_is_idempotent_on_any_text(text: str) -> None:
    once = attribute(text)
    assert attribute(text, once) == once
