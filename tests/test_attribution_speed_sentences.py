"""The one-pass Punkt spans (sentences._NewsPunkt.spans) equal nltk's own
span_tokenize on every input: the fast path must not change a sentence."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from nltk.tokenize.punkt import PunktSentenceTokenizer

from newsparse.sentences import _punkt
from newsparse.strategies import messy_text, wire_text

_PUNKT = _punkt()

#: Pieces that reach every branch of Punkt's period contexts: abbreviations,
#: initials, ellipses, marks and brackets after the period, realigned closers,
#: white space of each kind at the start of a stretch.
_PIECES = [
    "a",
    "Word",
    " ",
    "  ",
    "\n",
    "\t",
    "\r\n",
    ".",
    "?",
    "!",
    "...",
    ". . .",
    "--",
    "Mr.",
    "Gov.",
    "U.S.",
    "J.",
    "No. 5",
    '"',
    "“",
    "”",
    "’",
    ")",
    "(",
    "]",
    ";",
    ":",
    ",",
    "12.",
    "x.y",
    "\u2028",
    "\x1c",
]


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        ".",
        "Gov. Smith spoke on Sept. 11. He left.",
        'He said "no." Then he left! Why? Because.',
        "(It ended.) The next one began. “Done.” She left.",
        "Very bad acting!!! I promise.",
        " .A. b",
        "One. . . two... three.  Four?\n\nFive!",
        "Ends with space.   ",
        "The U.S. Army. The U.K. Navy.",
    ],
)
def test_spans_equal_nltk_on_examples(text: str) -> None:
    assert _PUNKT.spans(text) == list(_PUNKT.span_tokenize(text))


@given(st.lists(st.sampled_from(_PIECES), max_size=40).map("".join))
def test_spans_equal_nltk_on_punctuation_soup(text: str) -> None:
    assert _PUNKT.spans(text) == list(_PUNKT.span_tokenize(text))


@given(st.one_of(wire_text(), messy_text(), st.text(max_size=300)))
def test_spans_equal_nltk_on_any_text(text: str) -> None:
    assert _PUNKT.spans(text) == list(_PUNKT.span_tokenize(text))


#: Pieces of a period context: the word before the period, the white space,
#: the word after it.  Punkt's period contexts hold ``regex`` white space after
#: the period (not U+001C..U+001F, which may only open the next word).
_BEFORE = ["Mr", "mr", "Gov", "U.S", "W", "w", "J", "(R-Fla", "Trump", "x", "12", "a-b", "", "."]
_SPACE = [" ", "  ", "\n", "\n\n", "\t", "\u2028", "\xa0", " \x1c"]
_AFTER = ["Trump", "trump", "Trump.", "trump.", "Bush,", "Bush's", "Bush’s", "T.", "B.C", "X?!"]
_AFTER += ["x.y.", "Smith.”", "5", "5.", "...", ".", ",", "”", "Tr.ump.", "A-B.", "“Yes."]


@given(
    st.sampled_from(_BEFORE),
    st.sampled_from([".", "?", "!"]),
    st.sampled_from(_SPACE),
    st.sampled_from(_AFTER),
)
def test_break_decision_equals_punkt(before: str, end: str, space: str, after: str) -> None:
    context = before + end + space + after
    fast = _PUNKT.text_contains_sentbreak(context)
    assert fast == PunktSentenceTokenizer.text_contains_sentbreak(_PUNKT, context)
