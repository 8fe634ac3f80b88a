"""Regression tests for crashes, span violations and slow-downs found by the #6 suite.

Each test names where the input came from (a hypothesis property, the atheris
harness, ``benchmarks/adversarial.py``, or a crash other tools are known for,
peers.md §7) and pins the smallest input found.  Inputs are synthetic.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable

import pytest

from newsparse import attribute, find_quotes, parse, split_sections
from newsparse.strategies import span_violations


def _valid(text: str) -> None:
    article = parse(text)
    problems = span_violations(article, text)
    assert not problems, "\n".join(problems)


def _best(fn: Callable[[], object], repeat: int = 3) -> float:
    """Best CPU time of ``repeat`` runs, the cyclic garbage collector paused."""
    best = float("inf")
    for _ in range(repeat):
        gc.collect()
        gc.disable()
        try:
            start = time.process_time()
            fn()
            best = min(best, time.process_time() - start)
        finally:
            gc.enable()
    return best


def _growth(build: Callable[[int], str], step: Callable[[str], object], n: int) -> float:
    """``t(10n) / t(n)`` for ``step`` on ``build(n)``: about 10 when linear."""
    small, large = build(n), build(10 * n)
    return _best(lambda: step(large), 2) / max(_best(lambda: step(small)), 1e-4)


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


# --------------------------------------------------------------------------- adversarial timing

_SENTENCE = 'The minister said \u201cwe are ready \u2014 really,\u201d and then -- "no" -- left. '


def _one_paragraph(k: int) -> str:
    return "Headline\n\n" + (_SENTENCE * (k // len(_SENTENCE) + 1))[:k]


def _attribute_only(text: str) -> object:
    layout = split_sections(text)
    return attribute(text, find_quotes(text, layout=layout), layout=layout)


@pytest.mark.slow_timing
def test_attribute_time_is_linear_in_quotes_per_paragraph() -> None:
    """benchmarks/adversarial.py ``no-newline``: 100k characters took 31x the time of 10k.

    A generous bound (25x for 10x the input) that a quadratic scan fails and
    timing noise does not.
    """
    ratio = _growth(_one_paragraph, _attribute_only, 4_000)
    assert ratio < 25, f"attribute() took {ratio:.1f}x as long on 10x the input"


_OPEN, _CLOSE = "([{\u201c\u2018\u00ab\"'", ")]}\u201d\u2019\u00bb\"'"


def _nested(k: int) -> str:
    return (_OPEN * k)[:k] + "x" + (_CLOSE * k)[:k][::-1]


@pytest.mark.slow_timing
def test_attribute_time_is_linear_in_quotes_per_sentence() -> None:
    """benchmarks/adversarial.py ``nested``: attribute() took 72x the time on 10x the input."""
    ratio = _growth(_nested, _attribute_only, 400)
    assert ratio < 25, f"attribute() took {ratio:.1f}x as long on 10x the input"


@pytest.mark.slow_timing
@pytest.mark.parametrize(
    ("case", "build", "n"),
    [
        ("alternating-marks", lambda k: ('\u201c"' * k)[:k], 2_000),
        ("one-char-paragraphs", lambda k: "x\n\n" * k, 2_000),
        ("one-word", lambda k: "A" * k, 20_000),
        ("dateline-paragraphs", lambda k: "H\n\n" + "MOSCOW, Oct. 5 (Reuters) - x\n\n" * k, 200),
    ],
)
def test_parse_time_is_linear(case: str, build: Callable[[int], str], n: int) -> None:
    """The other adversarial cases, at a fifth of the benchmark's sizes."""
    ratio = _growth(build, parse, n)
    assert ratio < 25, f"{case}: parse() took {ratio:.1f}x as long on 10x the input"


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
