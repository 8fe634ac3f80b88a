"""Regression tests for crashes, span violations and slow-downs found by the #6 suite.

Each test names where the input came from (a hypothesis property, the atheris
harness, ``benchmarks/adversarial.py``, or a crash other tools are known for,
peers.md §7) and pins the smallest input found.  Inputs are synthetic.
"""

from __future__ import annotations

import pytest

from newsparse import attribute, find_quotes, parse, split_sections
from newsparse.strategies import span_violations


def _valid(text: str) -> None:
    article = parse(text)
    problems = span_violations(article, text)
    assert not problems, "\n".join(problems)


# --------------------------------------------------------------------------- known elsewhere


@pytest.mark.parametrize(
    "text",
    [
        '"Bob."\n\n"What."',  # CoreNLP #1118: IndexOutOfBoundsException
        '""=',  # CoreNLP #1147: StringIndexOutOfBoundsException
        'He said "one and "two and "three.',  # textacy #379: odd number of marks
        "It shouldn\u2018t \u00bb be a quote \u00bb.",  # textacy #379: apostrophe, » bullets
        "\u201cA.\u201d \u201d\u201c \u201c",  # close before open
        "Title\n\n\u201c" + "x\n\n\u201c" * 50,  # a running quote that never closes
    ],
)
def test_crashes_known_from_other_tools(text: str) -> None:
    _valid(text)


# --------------------------------------------------------------------------- adversarial inputs
# benchmarks/adversarial.py measures how their time grows (t(10n) / t(n)); the
# tests assert no time, only that the slow-down inputs it found give valid results.

_SENTENCE = 'The minister said \u201cwe are ready \u2014 really,\u201d and then -- "no" -- left. '
_OPEN, _CLOSE = "([{\u201c\u2018\u00ab\"'", ")]}\u201d\u2019\u00bb\"'"


def _one_paragraph(k: int) -> str:
    return "Headline\n\n" + (_SENTENCE * (k // len(_SENTENCE) + 1))[:k]


def _nested(k: int) -> str:
    return (_OPEN * k)[:k] + "x" + (_CLOSE * k)[:k][::-1]


@pytest.mark.parametrize(
    ("case", "text"),
    [
        # crash-reports attribution 2: quadratic in quotes per paragraph
        ("quotes-in-one-paragraph", _one_paragraph(40_000)),
        # crash-reports attribution 3: quadratic in quotes per sentence
        ("nested", _nested(4_000)),
        ("alternating-marks", ('\u201c"' * 20_000)[:20_000]),
        ("one-char-paragraphs", "x\n\n" * 20_000),
        ("one-word", "A" * 200_000),
        ("dateline-paragraphs", "H\n\n" + "MOSCOW, Oct. 5 (Reuters) - x\n\n" * 2_000),
    ],
)
def test_adversarial_inputs_give_valid_results(case: str, text: str) -> None:
    _valid(text)
    layout = split_sections(text)
    quotes = attribute(text, find_quotes(text, layout=layout), layout=layout)
    assert not span_violations(quotes, text), case


# --------------------------------------------------------------------------- exhaustive tiny inputs

#: Line breaks, spaces, controls, a lone surrogate, quote marks, separators, a letter, a digit.
_TINY = (
    "\n\r\t \xa0\u2028\x02\x85\u200b\ud800\"'\u201c\u201d\u2018\u2019\u00ab\u00bb-\u2014_().,:/aA1"
)


def test_every_input_of_up_to_two_troublemakers() -> None:
    """Off-by-one errors live at the edges: every string of one or two of these characters."""
    failures = []
    for a in _TINY:
        for b in ["", *_TINY]:
            text = a + b
            try:
                problems = span_violations(parse(text), text)
            except Exception as exc:
                problems = (f"{type(exc).__name__}: {exc}",)
            if problems:
                failures.append(f"{text!r}: {problems[0]}")
    assert not failures, "\n".join(failures[:20])


def test_every_three_marks_and_breaks() -> None:
    """Every string of three quote marks, breaks and letters (CoreNLP's ``""=`` class)."""
    alphabet = '"\u201c\u201d\u2019\n x.'
    failures = []
    for a in alphabet:
        for b in alphabet:
            for c in alphabet:
                text = "T\n\n" + a + b + c
                problems = span_violations(parse(text), text)
                if problems:
                    failures.append(f"{text!r}: {problems[0]}")
    assert not failures, "\n".join(failures[:20])


# --------------------------------------------------------------------------- found in review


@pytest.mark.parametrize(
    "text",
    [
        "according to Jane Doe,",  # IndexError: the appositive test read past the sentence
        "x. According to Jane Doe,",
        "Prices rose, according to him,",
        "He said,",
        "Lee said on Tuesday,",
        "X: Chief",
    ],
)
def test_sentences_that_end_where_a_rule_looks_further(text: str) -> None:
    _valid(text)
