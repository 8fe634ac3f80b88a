"""Properties every public function keeps for any ``str`` (#6).

Modelled on idna's property suite: known-answer tests live beside each module;
these explore the input space for the failures that hurt users of other quote
and dateline tools (CoreNLP's ``IndexOutOfBoundsException`` on ``"Bob."\\n\\n"What."``,
textacy's ``ValueError`` on an odd number of quote marks, datefinder's offsets
that stop matching the text).  Each property holds for *any* input:

* never crash: every public function returns for every ``str`` (surrogates, C0/C1
  controls, NBSP, U+2028, zero-width characters, 20,000-character inputs);
* spans valid: every span lies inside the text, in order, inside its parent
  (:func:`newsparse.strategies.span_violations`);
* determinism: the same text gives equal (and equally hashed) results;
* metamorphic: a blank prefix ending in a paragraph break shifts every span by
  exactly its length; CRLF and LF give the same structure;
* differential: quotes found paragraph by paragraph equal the quotes found in
  the whole text, where no quote crosses a paragraph;
* ``Article.to_dict()`` is plain JSON whose ``text`` fields are the spans' words.

Every counterexample hypothesis found is pinned with ``@example``.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from newsparse import (
    Article,
    attribute,
    find_credited_source,
    find_quotes,
    parse,
    parse_dateline,
    split_sections,
)
from newsparse.spans import Span, strip_span
from newsparse.strategies import (
    GeneratedDateline,
    any_text,
    datelines,
    huge_text,
    map_spans,
    messy_text,
    multi_paragraph_quotes,
    quoted_paragraphs,
    span_violations,
    wire_articles,
    wire_text,
)

#: Every public entry point, called the ways users call it.
PUBLIC: dict[str, Callable[[str], Any]] = {
    "split_sections": split_sections,
    "parse_dateline": parse_dateline,
    "parse_dateline(layout)": lambda t: parse_dateline(t, layout=split_sections(t)),
    "find_credited_source": find_credited_source,
    "find_credited_source(layout)": lambda t: find_credited_source(t, layout=split_sections(t)),
    "find_quotes": find_quotes,
    "find_quotes(layout)": lambda t: find_quotes(t, layout=split_sections(t)),
    "find_quotes(doubled_marks)": lambda t: find_quotes(t, doubled_marks=True),
    "parse(doubled_marks)": lambda t: parse(t, doubled_marks=True),
    "attribute": attribute,
    "attribute(quotes, layout)": lambda t: attribute(t, find_quotes(t), layout=split_sections(t)),
    "parse": parse,
    "Article.to_dict": lambda t: parse(t).to_dict(),
}

#: Inputs that once broke a parser somewhere (peers.md §7) or broke newsparse
#: (pinned from hypothesis and fuzzing runs; see tests/property/test_regressions.py).
PINNED = (
    '"Bob."\n\n"What."',  # CoreNLP #1118
    '""=',  # CoreNLP #1147
    'He said "yes and "no',  # textacy #379: odd number of marks
    "shouldn\u2018t \u00bb bullet",  # textacy #379: apostrophe, » as a bullet
    "\u201c\n\n\u201c\n\n\u201c",  # open marks only, over paragraphs
    "\ud800\n\n\udfff \u201c\ud800\u201d",  # lone surrogates
    "\x02\x16\x01\x1f\x03\x85\u2028\u2029\u200b\ufeff",  # wire controls and breaks
    "\xa0MOSCOW \u2013 ",  # a dateline with nothing after it
    "(AP) \u2014",
    "/TASS/.",
    ", Oct. 5 (Reuters) -",
    "\n\n\n\n",
    "",
    " ",
    "\u201d\u201c" * 50,
)

_texts = st.one_of(any_text(), messy_text(), wire_text())
_body_paragraph = st.one_of(
    quoted_paragraphs().map(lambda p: p[0]), multi_paragraph_quotes().map(lambda p: p[0])
)


def _fewer(divisor: int) -> settings:
    """The active profile's settings with ``1/divisor`` of its examples (for slow inputs)."""
    base = settings.default
    return settings(
        base,
        max_examples=max(5, base.max_examples // divisor),
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )


def _no_violations(result: object, text: str) -> None:
    problems = span_violations(result, text)
    assert not problems, "\n".join(problems)


# --------------------------------------------------------------------------- never crash


@given(text=_texts)
@example(text="")
def test_never_raises_and_spans_valid(text: str) -> None:
    """Every public function on the same drawn text (one draw, eleven calls)."""
    for name, function in PUBLIC.items():
        try:
            result = function(text)
        except Exception as exc:
            raise AssertionError(f"{name} raised {type(exc).__name__}: {exc}") from exc
        if name == "Article.to_dict":
            json.dumps(result)
        else:
            problems = span_violations(result, text)
            assert not problems, f"{name}: " + "\n".join(problems)


@pytest.mark.parametrize("text", PINNED)
@pytest.mark.parametrize("name", sorted(PUBLIC))
def test_pinned_inputs(name: str, text: str) -> None:
    result = PUBLIC[name](text)
    if name != "Article.to_dict":
        _no_violations(result, text)


@given(text=huge_text())
@_fewer(10)
def test_huge_inputs(text: str) -> None:
    assert len(text) >= 20_000
    _no_violations(parse(text), text)


# --------------------------------------------------------------------------- determinism


@given(text=_texts)
def test_deterministic(text: str) -> None:
    first, second = parse(text), parse(text)
    assert first == second
    assert hash(first) == hash(second)
    assert split_sections(text) == split_sections(text)
    assert find_quotes(text) == find_quotes(text)


# --------------------------------------------------------------------------- metamorphic


def _without_text(article: Article) -> Article:
    """The article without its text and diagnostic messages (which may quote offsets)."""
    return map_spans(attrs.evolve(article, text=""), lambda s: s, messages=False)


@given(
    text=st.one_of(wire_text(), messy_text()),
    prefix=st.sampled_from(["\n\n", " \n\n", "\n \n", "\xa0\n\n", "\n\n\n", "\t\n\n"]),
)
def test_prefix_shifts_every_span(text: str, prefix: str) -> None:
    shifted = map_spans(_without_text(parse(text)), lambda s: s.shift(len(prefix)))
    assert _without_text(parse(prefix + text)) == shifted


@given(dateline=datelines(), more=st.lists(_body_paragraph, max_size=4))
def test_body_after_the_lead_does_not_change_the_dateline(
    dateline: GeneratedDateline, more: list[str]
) -> None:
    text = "Harbour Strike Ends\n\n" + dateline.text
    longer = text + "".join("\n\n" + p for p in more)
    assert parse_dateline(longer) == parse_dateline(text)


_CURLY_TO_STRAIGHT = str.maketrans({"\u201c": '"', "\u201d": '"', "\u00ab": '"', "\u00bb": '"'})


@given(paragraphs=st.lists(quoted_paragraphs().map(lambda p: p[0]), min_size=1, max_size=4))
def test_straight_and_curly_marks_give_as_many_quotes(paragraphs: list[str]) -> None:
    text = "Harbour Strike Ends\n\n" + "\n\n".join(paragraphs)
    straight = text.translate(_CURLY_TO_STRAIGHT)
    assert len(find_quotes(straight)) == len(find_quotes(text))


_LINE_BREAKS = frozenset("\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")


def _lf_to_crlf(text: str) -> Callable[[Span], Span]:
    """Map offsets in LF text to the same places in its CRLF version."""
    before = [0] * (len(text) + 1)
    count = 0
    for i, char in enumerate(text):
        before[i] = count
        if char == "\n":
            count += 1
    before[len(text)] = count
    return lambda s: Span(s.start + before[s.start], s.end + before[s.end])


@given(text=st.one_of(wire_articles(messy=False).map(lambda a: a.text), messy_text()))
# Thorough profile: the word after an unclosed quote was read across a line break
# only when the break was one character (LF), not two (CRLF).
@example(text="the \n Ola Berg \u201c the \n Ola Berg")
# A bare plural opening a paragraph ("Reporters demanded") was read as a name
# after LF and as a role after CRLF: the look back stopped inside the break.
@example(text="The The\n\nReporters demanded the the the.")
def test_crlf_and_lf_give_the_same_structure(text: str) -> None:
    assume("\r" not in text)
    crlf = text.replace("\n", "\r\n")
    expected = map_spans(_without_text(parse(text)), _lf_to_crlf(text))
    got = _without_text(parse(crlf))
    assert got == expected


# --------------------------------------------------------------------------- differential

_HEAD = "Headline\n\n"


def _one_line(text: str) -> str:
    return "".join(" " if c in _LINE_BREAKS else c for c in text)


_paragraph = st.one_of(
    quoted_paragraphs().map(lambda p: p[0]),
    messy_text(max_pieces=10).map(_one_line),
).filter(lambda p: p.strip() != "")


@given(paragraphs=st.lists(_paragraph, min_size=1, max_size=5))
# Pinned counterexamples (crash-reports/quotes.md 1 and 2).
@example(paragraphs=["the \u201d the", "\u201cThe the the,\u201d Ola Berg said."])
@example(paragraphs=["\u00a9 \u00bb0 the", "\u201cThe the the,\u201d Ola Berg said."])
# A corner bracket left open, then a paragraph opening with a curly mark: no running
# quote (it repeats its own kind of mark), so the third paragraph keeps its quote.
@example(
    paragraphs=[
        "\u201cThe the the,\u201d Ola Berg said.",
        "=\u300c",
        "\u201cThe the the,\u201d Ola Berg said.",
    ]
)
def test_quotes_paragraph_by_paragraph_equal_whole_text(paragraphs: list[str]) -> None:
    whole = _HEAD + "\n\n".join(paragraphs)
    quotes = find_quotes(whole)
    bounds = []
    offset = len(_HEAD)
    for para in paragraphs:
        bounds.append(Span(offset, offset + len(para)))
        offset += len(para) + 2
    # Only where each paragraph plays the same part alone and in the whole text:
    # a body paragraph both times (a quote's kind may rightly depend on whether
    # its paragraph is a headline, subhead or trailer, Q-8).
    assume(
        split_sections(whole).paragraphs == tuple(strip_span(whole, b.start, b.end) for b in bounds)
    )
    for para in paragraphs:
        alone = _HEAD + para
        assume(split_sections(alone).paragraphs == (strip_span(alone, len(_HEAD), len(alone)),))
    # Only where no quote crosses a paragraph break.
    for quote in quotes:
        marks = [quote.span] + [m for m in (quote.open_mark, quote.close_mark) if m]
        assume(any(all(b.contains(m) for m in marks) for b in bounds))
    one_by_one: list[Any] = []
    for para, bound in zip(paragraphs, bounds, strict=True):
        found = find_quotes(_HEAD + para)
        shift = bound.start - len(_HEAD)
        one_by_one.extend(map_spans(found, lambda s, d=shift: s.shift(d), messages=False))
    assert tuple(one_by_one) == map_spans(quotes, lambda s: s, messages=False)


# --------------------------------------------------------------------------- JSON


def _check_json_spans(value: Any, text: str) -> None:
    if isinstance(value, dict):
        if {"start", "end", "text"} <= value.keys():
            assert 0 <= value["start"] <= value["end"] <= len(text)
            assert value["text"] == text[value["start"] : value["end"]]
        for item in value.values():
            _check_json_spans(item, text)
    elif isinstance(value, list):
        for item in value:
            _check_json_spans(item, text)
    else:
        assert value is None or isinstance(value, str | int | float | bool)


def _joined_pairs(value: Any) -> Any:
    """``value`` as JSON reads it back: each high surrogate followed by a low one (two
    code points in a ``str``) is the one character they encode in UTF-16."""
    if isinstance(value, str):
        return value.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "surrogatepass")
    if isinstance(value, dict):
        return {k: _joined_pairs(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_joined_pairs(v) for v in value]
    return value


@given(text=_texts)
# A digit of a newer Unicode than this Python's (U+116D0, Myanmar Pao digit
# zero): the regex module matched it as a digit and int() raised.
@example(text="\U000116d0")
# A surrogate pair as two code points: JSON's escapes "\ud800\udc00" read back as
# one character, U+10000 (docs/robustness.md), the only string JSON changes.
@example(text="\ud800\udc00 said")
def test_to_dict_is_json_with_true_words(text: str) -> None:
    out = parse(text).to_dict()
    assert json.loads(json.dumps(out)) == _joined_pairs(out)
    _check_json_spans(out, text)


# --------------------------------------------------------------------------- routes agree


@given(text=_texts)
def test_every_route_to_a_result_agrees(text: str) -> None:
    """With or without a layout, alone or through parse(): the same answers."""
    layout = split_sections(text)
    article = parse(text)
    assert parse_dateline(text) == parse_dateline(text, layout=layout) == article.dateline
    assert find_credited_source(text) == find_credited_source(text, layout=layout)
    assert find_credited_source(text) == article.credited_source
    assert find_quotes(text) == find_quotes(text, layout=layout)
    assert attribute(text) == attribute(text, find_quotes(text), layout=layout) == article.quotes
    assert (article.trailer_rules, article.style) == (layout.trailer_rules, layout.style)
