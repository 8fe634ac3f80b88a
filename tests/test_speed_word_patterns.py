"""Two word tests written for speed find what the patterns they replaced found, on
any text: the frame-word test of attribute (a set test on a paragraph's words, not one
pattern with every frame word as an alternative) and the words of the quote kinds (a
set difference, not a lookahead on every character)."""

from __future__ import annotations

import re

import regex
from hypothesis import given
from hypothesis import strategies as st

from newsparse.attribution import _has_frame_word
from newsparse.attribution.indirect import _FRAME_WORDS
from newsparse.quote_kinds import _WORD
from newsparse.strategies import messy_text, wire_text

#: The frame-word test as it was: every frame word as an alternative, whole words only.
_FRAME_BY_ALTERNATIVES = re.compile(r"\b(?:" + "|".join(sorted(_FRAME_WORDS)) + r")\b")
#: The words of the quote kinds as they were: a lookahead before each character.
_WORD_BY_LOOKAHEAD = regex.compile(
    r"[\p{Han}\p{Hiragana}\p{Katakana}]|(?:(?![\p{Han}\p{Hiragana}\p{Katakana}])[\w’'-])+"
)

#: Frame words glued to letters, digits, "_" and marks, so that a window cuts them.
_FRAMEY = st.lists(
    st.sampled_from(["wants", "claim", "feared", "seen", "x", "_", "9", "é", " ", ",", "’"]),
    max_size=24,
).map("".join)


@given(st.one_of(wire_text(), messy_text(), _FRAMEY), st.integers(0, 80), st.integers(0, 400))
def test_a_frame_word_as_the_alternatives_found_it(text: str, start: int, length: int) -> None:
    start = min(start, len(text))
    end = min(len(text), start + length)
    found = _FRAME_BY_ALTERNATIVES.search(text, start, end) is not None
    assert _has_frame_word(text, start, end) == found


def test_a_frame_word_cut_by_the_start_is_no_word() -> None:
    """The window of a paragraph that starts inside a word ("xwants") holds no
    "wants"; one that ends inside a word still holds the part before its end."""
    assert not _has_frame_word("xwants it", 1, 9)
    assert _has_frame_word("x wants it", 1, 10)
    assert _has_frame_word("wantsx", 0, 5)


_CJK_MIX = st.text(alphabet="ab漢字かなカナ’'-_ 9é.", max_size=40)


@given(st.one_of(wire_text(), messy_text(), _CJK_MIX))
def test_quote_kind_words_as_the_lookahead_found_them(text: str) -> None:
    assert _WORD.findall(text) == _WORD_BY_LOOKAHEAD.findall(text)


def test_each_cjk_character_is_a_word_of_its_own() -> None:
    assert _WORD.findall("ab漢字cd-e かな Lee’s") == ["ab", "漢", "字", "cd-e", "か", "な", "Lee’s"]
