"""find_quotes: one test per quotation convention of wire-conventions §8 and §10 (#4).

Every string here is written for these tests; the reference article is read in
place through the ``seed_text`` fixture.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from newsparse import NewsparseError, Quote, Span, find_quotes, split_sections
from newsparse.records import Layout, Section

HEAD = "Talks Resume\n\n"  # a headline, so that the first body paragraph is body


def words(text: str, quotes: tuple[Quote, ...]) -> list[str]:
    return [q.span.of(text) for q in quotes]


def one(text: str) -> Quote:
    quotes = find_quotes(text)
    assert len(quotes) == 1, words(text, quotes)
    return quotes[0]


def codes(quote: Quote) -> list[str]:
    return [d.code for d in quote.diagnostics]


# --------------------------------------------------------------------------- §8 quotes


def test_q1_running_quote_over_paragraphs_is_one_quote() -> None:
    text = (
        HEAD + "The mayor said, “The bridge will close in May.\n\n"
        "“The ferry will run twice an hour.\n\n"
        "“Nobody will be stranded.”\n\nShe then left."
    )
    q = one(text)
    assert [p.of(text) for p in q.pieces] == [
        "The bridge will close in May.",
        "The ferry will run twice an hour.",
        "Nobody will be stranded.",
    ]
    assert q.span.of(text).startswith("The bridge") and q.span.of(text).endswith("stranded.")
    assert q.kind == "direct" and q.rule.startswith("continued")
    assert [m.of(text) for m in q.continuation_marks] == ["“", "“"]
    assert q.close_mark is not None and q.close_mark.of(text) == "”"
    assert not codes(q)


def test_q1_running_quote_with_straight_marks() -> None:
    text = HEAD + 'He wrote:\n\n"First point.\n\n"Second point."\n\nEnd.'
    q = one(text)
    assert [p.of(text) for p in q.pieces] == ["First point.", "Second point."]


def test_q2_partial_quote_closed_at_paragraph_end_stays_apart() -> None:
    text = (
        HEAD + "He called the course “the hardest he had taught.”\n\n"
        "“But in the end,” he said, “it paid off.”"
    )
    quotes = find_quotes(text)
    assert words(text, quotes) == ["the hardest he had taught.", "But in the end,", "it paid off."]
    # the sentence cut by "he said" is direct in both its pieces
    assert [q.kind for q in quotes] == ["partial", "direct", "direct"]


def test_q2_open_partial_quote_does_not_run_into_the_next_paragraph() -> None:
    text = HEAD + "She said the plan was “a gamble at best.\n\n“We will see,” she added."
    quotes = find_quotes(text)
    assert words(text, quotes) == ["a gamble at best.", "We will see,"]
    assert "unclosed-quote" in codes(quotes[0])
    assert "Q-2" in quotes[0].diagnostics[0].message


def test_q3_dialogue_in_successive_paragraphs_stays_separate() -> None:
    text = HEAD + "“How long did you wait?”\n\n“Nine hours at the border.”"
    quotes = find_quotes(text)
    assert words(text, quotes) == ["How long did you wait?", "Nine hours at the border."]
    assert all(len(q.pieces) == 1 for q in quotes)


def test_q4_us_nesting_single_inside_double() -> None:
    text = HEAD + "“What is meant by a ‘fair share’ here?” the senator asked."
    q = one(text)
    assert q.span.of(text) == "What is meant by a ‘fair share’ here?"
    (child,) = q.children
    assert child.span.of(text) == "fair share"
    assert q.span.contains(child.span)


def test_q4_nesting_with_mixed_glyphs() -> None:
    text = HEAD + '"They said it was “too loud” and “too long,” which hurt," she said.'
    q = one(text)
    assert q.span.of(text) == "They said it was “too loud” and “too long,” which hurt,"
    assert words(text, q.children) == ["too loud", "too long,"]


def test_q4_curly_inside_curly() -> None:
    text = HEAD + "“I would rather live in what he calls “hell” than here,” she said."
    q = one(text)
    assert q.span.of(text) == "I would rather live in what he calls “hell” than here,"
    assert words(text, q.children) == ["hell"]


def test_q5_british_nesting_double_inside_single() -> None:
    text = HEAD + "‘Have you any idea,’ he asked, ‘what a “gigabyte” is?’"
    quotes = find_quotes(text)
    assert words(text, quotes) == ["Have you any idea,", "what a “gigabyte” is?"]
    assert words(text, quotes[1].children) == ["gigabyte"]


def test_q5_single_marks_are_read_paragraph_by_paragraph() -> None:
    british = "‘We are ready,’ she said."
    us = "“We are ready,” he said of the ‘plan’."
    text = HEAD + british + "\n\n" + us
    quotes = find_quotes(text)
    assert words(text, quotes) == ["We are ready,", "We are ready,"]
    alone = HEAD + british
    assert words(alone, find_quotes(alone)) == ["We are ready,"]


def test_q6_british_news_copy_uses_doubles_with_a_mixed_inner_pair() -> None:
    text = HEAD + "“When I say ‘soon', I mean before the vote,” the spokesman said."
    q = one(text)
    assert q.span.of(text) == "When I say ‘soon', I mean before the vote,"
    assert words(text, q.children) == ["soon"]


def test_q7_punctuation_inside_us_and_outside_uk() -> None:
    us = HEAD + "He urged them to “hold the line,” as before."
    uk = HEAD + "He urged them to ‘hold the line’, as before."
    assert one(us).span.of(us) == "hold the line,"
    assert one(uk).span.of(uk) == "hold the line"


def test_q8_single_quotes_in_headlines() -> None:
    text = "Minister: 'Port strike will end soon'\n\nLISBON - The minister spoke on Friday."
    q = one(text)
    assert q.span.of(text) == "Port strike will end soon"
    assert q.rule.startswith("paired-single")


def test_q8_apostrophes_in_body_are_not_quotes_in_double_mark_copy() -> None:
    text = HEAD + "The farmers' union said \"we're ready\" and the workers' council agreed."
    assert words(text, find_quotes(text)) == ["we're ready"]


def test_q9_colon_in_the_previous_paragraph() -> None:
    text = HEAD + "The governor said:\n\n“Four years ago we made a promise.”"
    q = one(text)
    assert q.kind == "direct"
    assert q.span.of(text) == "Four years ago we made a promise."


def test_q10_quote_attribution_then_continuation_in_the_same_paragraph() -> None:
    text = HEAD + '"The deal is off," Lee said, adding that talks had failed. "We start again."'
    quotes = find_quotes(text)
    assert words(text, quotes) == ["The deal is off,", "We start again."]
    assert [q.kind for q in quotes] == ["direct", "direct"]


@pytest.mark.parametrize(
    ("open_", "close", "words_"),
    [
        ("“", "”", "We are ready"),
        ('"', '"', "We are ready"),
        ("«", "»", "Nous sommes prêts"),
        ("»", "«", "Wir sind bereit"),
        ("„", "“", "Wir sind bereit"),
        ("‹", "›", "Nous sommes prêts"),
        ("‚", "‘", "Wir sind bereit"),
        ("「", "」", "我们准备好了"),
        ("『", "』", "我们准备好了"),
        ("‘", "’", "We are ready"),
        ("'", "'", "We are ready"),
    ],
)
def test_every_mark_pair_of_the_issue(open_: str, close: str, words_: str) -> None:
    text = HEAD + f"{open_}{words_}{close}, the minister said."
    q = one(text)
    assert q.span.of(text) == words_
    assert q.kind == "direct"


def test_q11_mixed_glyphs_in_one_article() -> None:
    text = HEAD + '“We are ready,” she said.\n\nLater: "We will see what’s next," he said.'
    quotes = find_quotes(text)
    assert words(text, quotes) == ["We are ready,", "We will see what’s next,"]


def test_q11_mismatched_pair_is_paired_with_a_diagnostic() -> None:
    text = HEAD + 'She said “the vote was rigged" and left.'
    q = one(text)
    assert q.span.of(text) == "the vote was rigged"
    assert "mismatched-marks" in codes(q)


def test_q11_single_closing_mark_typed_for_a_double_one() -> None:
    # “…’ — the closing mark of the wrong level ends the quote instead of
    # letting it run on to the next double mark in the paragraph.
    text = HEAD + "She wrote: “We can win this.’ Then she left for “Home.”"
    quotes = find_quotes(text)
    assert words(text, quotes) == ["We can win this.", "Home."]
    assert "mismatched-marks" in codes(quotes[0])
    assert quotes[0].close_mark is not None
    assert quotes[0].close_mark.of(text) == "’"


@pytest.mark.parametrize(
    ("body", "quoted", "child"),
    [
        # a single quote opened inside: its closing mark closes it, not the outer quote
        ("He said: “I told her ‘no.’ Then we left.”", "I told her ‘no.’ Then we left.", "no."),
        ("He said: “I told her ‘no.’ Then we left.", "I told her ‘no.’ Then we left.", "no."),
    ],
)
def test_q11_single_closing_mark_inside_a_nested_quote_stays_nested(
    body: str, quoted: str, child: str
) -> None:
    text = HEAD + body
    q = one(text)
    assert q.span.of(text) == quoted
    assert [c.span.of(text) for c in q.children] == [child]


@pytest.mark.parametrize(
    "sentence",
    [
        "Officials don’t expect it.",
        "Prices rose in the ’90s.",
        "They played rock ’n’ roll all night.",
        "Ghouta’s people left.",
        "The farmers’ protest ended.",
        "It's the rock 'n' roll of the '80s, the farmers' favourite.",
    ],
)
def test_q12_apostrophes_never_open_or_close(sentence: str) -> None:
    text = "Minister: " + sentence + "\n\n" + sentence
    assert find_quotes(text) == ()


def test_q12_a_dropped_g_inside_a_single_quote_does_not_close_it() -> None:
    text = HEAD + "'I'm not goin' anywhere,' he said. They called him 'Lyin' Ned' for years."
    assert words(text, find_quotes(text)) == ["I'm not goin' anywhere,", "Lyin' Ned"]


def test_q12_a_quote_that_ends_in_in_still_closes_there() -> None:
    text = HEAD + "'Come in' he said, 'and sit.' She said 'we are all in' and left."
    assert words(text, find_quotes(text)) == ["Come in", "and sit.", "we are all in"]


def test_q12_possessive_plural_inside_a_single_quote() -> None:
    text = "Union: ‘the farmers’ claims are fair’\n\nBody."
    assert words(text, find_quotes(text)) == ["the farmers’ claims are fair"]


def test_q13_quoted_allegation_is_partial_and_the_answer_direct() -> None:
    text = (
        HEAD + "He replied to the claims that “the army shelled the port” by saying "
        "“You know, there is always a question of blame.”"
    )
    quotes = find_quotes(text)
    assert words(text, quotes) == [
        "the army shelled the port",
        "You know, there is always a question of blame.",
    ]
    assert [q.kind for q in quotes] == ["partial", "direct"]


def test_q13_scare_quotes_titles_and_nicknames_are_other() -> None:
    text = (
        HEAD + "The so-called “reform” passed. She appeared on CNN’s “State of the Union” "
        "and praised the film “Blue Harbour” and Robert “Bob” Lee."
    )
    quotes = find_quotes(text)
    assert words(text, quotes) == ["reform", "State of the Union", "Blue Harbour", "Bob"]
    assert [q.kind for q in quotes] == ["other"] * 4
    assert [q.rule.split("/")[1] for q in quotes] == [
        "scare-quotes",
        "title",
        "title",
        "nickname",
    ]


def test_q13_a_title_before_its_head_noun_is_other() -> None:
    text = (
        HEAD + "“Harbour Nights” host Ana Ruiz asked about the “Fair Wages Now” movement, "
        "and the union sold “Strike Strong” shirts."
    )
    quotes = find_quotes(text)
    assert words(text, quotes) == ["Harbour Nights", "Fair Wages Now", "Strike Strong"]
    assert [q.kind for q in quotes] == ["other"] * 3
    assert {q.rule.split("/")[1] for q in quotes} == {"title-before-noun"}


def test_q13_a_title_keeps_its_kind_when_the_period_sits_inside_the_marks() -> None:
    text = (
        HEAD + "She spoke on the network’s “Morning Desk.” Later she praised the film, “Low Tide.”"
    )
    quotes = find_quotes(text)
    assert words(text, quotes) == ["Morning Desk.", "Low Tide."]
    assert [q.kind for q in quotes] == ["other", "other"]


def test_q13_a_title_word_used_as_a_name_or_verb_does_not_make_a_title() -> None:
    text = (
        HEAD + "The remark by Dr. Lena Song “was unfair,” she said. The board will "
        "report “as soon as it can” on the port."
    )
    quotes = find_quotes(text)
    assert words(text, quotes) == ["was unfair,", "as soon as it can"]
    assert [q.kind for q in quotes] == ["partial", "partial"]


def test_q14_stray_punctuation_after_the_close() -> None:
    text = HEAD + 'He said the answer would be "very firm,". Then he left.'
    q = one(text)
    assert q.span.of(text) == "very firm,"
    assert q.kind == "partial"


def test_q15_unclosed_quote_ends_at_its_paragraph_and_says_so() -> None:
    text = HEAD + "He said “we will win the vote and left.\n\nThe next paragraph is plain."
    q = one(text)
    assert q.span.of(text) == "we will win the vote and left."
    assert q.close_mark is None
    (diag,) = q.diagnostics
    assert diag.code == "unclosed-quote"
    assert diag.offset == text.index("“")
    assert str(text.index("left.") + len("left.")) in diag.message


def test_q15_unclosed_quote_never_swallows_the_article() -> None:
    body = "\n\n".join(f"Paragraph {i} says “nothing” at all." for i in range(50))
    text = HEAD + "A “stray opening mark here.\n\n" + body
    quotes = find_quotes(text)
    assert len(quotes) == 51
    assert quotes[0].span.of(text) == "stray opening mark here."


def test_q15_unclosed_before_the_next_opening_mark() -> None:
    text = HEAD + "“One thing you should know. “Another thing,” she replied."
    quotes = find_quotes(text)
    assert words(text, quotes) == ["One thing you should know.", "Another thing,"]
    assert "unclosed-quote" in codes(quotes[0])


@pytest.mark.parametrize(
    ("paragraph", "quoted", "attribution"),
    [
        ("“We lost the vote, he said. Then he left.", "We lost the vote,", "he said"),
        ('"It is only the start, said Ana Ruiz, a farmer.', "It is only the start,", "said"),
        ('"Was it fair? asked the judge.', "Was it fair?", "asked"),
        ("“One thing, he said. “Another thing,” she replied.", "One thing,", "he said"),
    ],
)
def test_q15_unclosed_quote_ends_before_the_attribution_after_it(
    paragraph: str, quoted: str, attribution: str
) -> None:
    # The closing mark left out before ", he said": the attribution is the evidence.
    text = HEAD + paragraph + "\n\nThe next paragraph is plain."
    q = find_quotes(text)[0]
    assert q.span.of(text) == quoted
    assert q.close_mark is None
    (diag,) = q.diagnostics
    assert diag.code == "unclosed-quote"
    assert repr(attribution) in diag.message


def test_q15_attribution_inside_a_closed_or_running_quote_stays_inside() -> None:
    text = HEAD + "“My father, he said, was a farmer.”"
    assert words(text, find_quotes(text)) == ["My father, he said, was a farmer."]
    text = HEAD + "He said: “We stayed, he said, for a week.\n\n“Then we left.”"
    (q,) = find_quotes(text)
    assert [p.of(text) for p in q.pieces] == ["We stayed, he said, for a week.", "Then we left."]


def test_q15_stray_closing_mark_is_ignored() -> None:
    text = HEAD + 'The pipe was 6" wide and the "crew" fixed it.'
    assert words(text, find_quotes(text)) == ["crew"]


def test_q15_reversed_glyph_alone_opens_nothing() -> None:
    # » may open a German quote (»…«), but alone it is too weak to run to the end
    text = HEAD + "Chapter »9 begins here\n\n“We begin,” he said."
    assert words(text, find_quotes(text)) == ["We begin,"]


# --------------------------------------------------------------------------- ellipses


@pytest.mark.parametrize(
    ("rule_id", "inner", "ellipsis"),
    [
        ("E-1", "I ... tried to do what was best.", "..."),
        ("E-2", "I .\u2009.\u2009. tried to do what was best.", ".\u2009.\u2009."),
        ("E-3", "look for ways to… address the issue.", "…"),
        ("E-4", "they faced a paradox . . . .", ". . . ."),
        ("E-5", "we waited\x85 and waited.", "\x85"),
    ],
)
def test_e_ellipses_inside_quotes(rule_id: str, inner: str, ellipsis: str) -> None:
    text = f"He said “{inner}” and sat down."
    # one paragraph given: split_sections reads NEL (E-5) as a line break
    (q,) = find_quotes(text, layout=Layout(sections=(Section(None, (Span(0, len(text)),)),)))
    assert q.span.of(text) == inner, rule_id
    assert [e.of(text) for e in q.ellipses] == [ellipsis], rule_id


# --------------------------------------------------------------------------- insertions


def test_br1_parentheses_inside_an_ap_quote_do_not_end_it() -> None:
    text = HEAD + '"At every (highway) exit there is a diner," said the critic.'
    q = one(text)
    assert q.span.of(text) == "At every (highway) exit there is a diner,"
    assert [i.of(text) for i in q.insertions] == ["(highway)"]
    assert q.kind == "direct"


def test_br2_old_wire_brackets() -> None:
    text = HEAD + '"I am glad %former Governor Lee#^ is here," she said.'
    q = one(text)
    assert [i.of(text) for i in q.insertions] == ["%former Governor Lee#^"]


def test_br3_brackets_and_parentheses_both_recorded() -> None:
    text = HEAD + "“They [the board] met (twice) in May,” he said."
    q = one(text)
    assert [i.of(text) for i in q.insertions] == ["[the board]", "(twice)"]


def test_br4_square_bracket_insertion() -> None:
    text = HEAD + "“The line would never move [north] of the river,” he said."
    q = one(text)
    assert [i.of(text) for i in q.insertions] == ["[north]"]
    assert q.span.of(text) == "The line would never move [north] of the river,"


# --------------------------------------------------------------------------- §10 encodings


def test_x1_mojibake_marks_keep_their_offsets() -> None:
    text = HEAD + "The chief said â€œWeâ€™re ready nowâ€\x9d on Monday."
    q = one(text)
    assert q.span.of(text) == "Weâ€™re ready now"
    assert q.open_mark is not None and q.open_mark.of(text) == "â€œ"
    assert q.close_mark is not None and q.close_mark.of(text) == "â€\x9d"
    assert "mark-form" in codes(q)


@pytest.mark.parametrize("close", ["â€", "â€�"])
def test_x2_lossy_closing_mark(close: str) -> None:
    text = HEAD + f"She said â€œlike this{close} and went on."
    q = one(text)
    assert q.span.of(text) == "like this"
    assert q.close_mark is not None and q.close_mark.of(text) == close


def test_x2_mojibake_dashes_and_ellipses_are_not_marks() -> None:
    en_dash, em_dash = "–".encode().decode("cp1252"), "—".encode().decode("cp1252")
    text = HEAD + f"The vote {en_dash} held on Monday {em_dash} failedâ€¦ again."
    assert find_quotes(text) == ()


def test_x3_double_mojibake() -> None:
    text = HEAD + "He said Ã¢â‚¬Å“enoughÃ¢â‚¬ï¿½ and Ã¢â‚¬â€œ then left."
    q = one(text)
    assert q.span.of(text) == "enough"


def test_x4_lossy_apostrophe_is_left_alone() -> None:
    text = HEAD + "“The EU?s decision stands,” he said of the Bloomberg Inc.s bid."
    q = one(text)
    assert q.span.of(text) == "The EU?s decision stands,"
    assert q.kind == "direct"


@pytest.mark.parametrize(
    ("open_", "close"),
    [
        ("&ldquo;", "&rdquo;"),
        ("&quot;", "&quot;"),
        ("&#8220;", "&#8221;"),
        ("&#x201C;", "&#x201D;"),
    ],
)
def test_x5_html_entities(open_: str, close: str) -> None:
    text = HEAD + f"India&rsquo;s minister said {open_}Rain is late{close} on Monday."
    q = one(text)
    assert q.span.of(text) == "Rain is late"
    assert q.open_mark is not None and q.open_mark.of(text) == open_


# --------------------------------------------------------------------------- structure


def test_layout_given_is_used_and_headline_quotes_found() -> None:
    text = "“Stay calm,” says chief\n\nPORTO - The chief spoke."
    layout = split_sections(text)
    assert find_quotes(text, layout=layout) == find_quotes(text)
    q = find_quotes(text)[0]
    assert q.span.of(text) == "Stay calm,"


def test_quotes_run_only_within_the_given_paragraphs() -> None:
    text = "“One two” three “four five” six"
    layout = Layout(sections=(Section(None, (Span(0, 9), Span(16, 27))),))
    assert words(text, find_quotes(text, layout=layout)) == ["One two", "four five"]


def test_overlapping_or_unsorted_layout_does_not_raise() -> None:
    text = "“a b” “c d”"
    layout = Layout(sections=(Section(None, (Span(6, 11), Span(0, 8), Span(3, 11))),))
    for q in find_quotes(text, layout=layout):
        assert 0 <= q.span.start <= q.span.end <= len(text)


def test_a_layout_reaching_past_the_text_is_a_newsparse_error() -> None:
    text = "“a b” “c d”"
    layout = Layout(sections=(Section(None, (Span(6, 11), Span(3, 500))),))
    with pytest.raises(NewsparseError, match="another text"):
        find_quotes(text, layout=layout)


def test_non_str_raises_type_error() -> None:
    with pytest.raises(TypeError):
        find_quotes(b"bytes")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "text", ["", '"', '""=', '"Bob."\n\n"What."', "\ud800“\x00”", "“" * 7, "”" * 7, "'" * 9]
)
def test_odd_inputs_do_not_raise(text: str) -> None:
    for q in find_quotes(text):
        assert 0 <= q.span.start <= q.span.end <= len(text)


def test_quotes_are_in_order_of_opening_mark() -> None:
    text = HEAD + "“A b,” he said. “C d,” she said.\n\n‘E f’ is ‘g h’."
    starts = [q.open_mark.start for q in find_quotes(text) if q.open_mark]
    assert starts == sorted(starts)


# --------------------------------------------------------------------------- adversarial input
# Their time is measured by benchmarks/adversarial.py (the 10n/n ratio); tests assert no time.


def _valid_nested(quotes, text):  # type: ignore[no-untyped-def]
    for quote in quotes:
        assert 0 <= quote.span.start <= quote.span.end <= len(text)
        for child in quote.children:
            assert quote.span.contains(child.span)
        _valid_nested(quote.children, text)


@pytest.mark.parametrize(
    "make",
    [
        lambda n: HEAD + '"a" ' * n,
        lambda n: HEAD + "“" * n + "x" + "”" * n,
        lambda n: HEAD + "“[" * n + "x" + "]”" * n,
        lambda n: HEAD + "“‘" * n + "x" + "’”" * n,
        lambda n: HEAD + "don't " * n,
    ],
)
def test_adversarial_marks_give_valid_nested_spans(make) -> None:  # type: ignore[no-untyped-def]
    text = make(20_000)
    quotes = find_quotes(text)
    _valid_nested(quotes, text)
    starts = [q.span.start for q in quotes]
    assert starts == sorted(starts)


def test_hundred_thousand_alternating_marks() -> None:
    text = HEAD + '"ab" “cd” ' * 25_000
    quotes = find_quotes(text)
    assert len(quotes) == 50_000
    assert [q.span.of(text) for q in quotes[-2:]] == ["ab", "cd"]


# --------------------------------------------------------------------------- reference article


def _seed_gold() -> list[dict[str, object]]:
    shared = os.environ.get("NEWSPARSE_SHARED") or Path(__file__).resolve().parents[2] / "shared"
    path = Path(shared) / "examples"
    gold = json.loads((path / "putin-fox-interview.gold.json").read_text(encoding="utf-8"))
    return [q for q in gold["quotes"] if q["kind"] in ("direct", "partial")]


def test_seed_every_quoted_span_is_exact(seed_text: str) -> None:
    gold = _seed_gold()
    found = {(q.span.start, q.span.end): q for q in find_quotes(seed_text)}
    assert len(gold) == 15
    for g in gold:
        assert (g["start"], g["end"]) in found, g["text"]
    assert len(found) == 15


def test_seed_kinds_and_the_allegation_is_not_direct(seed_text: str) -> None:
    found = {(q.span.start, q.span.end): q for q in find_quotes(seed_text)}
    for g in _seed_gold():
        assert found[(g["start"], g["end"])].kind == g["kind"], g["text"]


def test_seed_glued_ellipsis_and_bracket(seed_text: str) -> None:
    quotes = find_quotes(seed_text)
    assert sum(len(q.ellipses) for q in quotes) == 2
    assert [i.of(seed_text) for q in quotes for i in q.insertions] == ["[eastward]"]


# --------------------------------------------------------------------------- doubled marks


def test_backtick_pairs_with_two_apostrophes_are_read_when_the_text_has_them() -> None:
    text = HEAD + "``We will reopen the port,'' the mayor said. It is 5' 10'' tall."
    q = one(text)
    assert q.span.of(text) == "We will reopen the port,"
    assert q.open_mark is not None and q.open_mark.of(text) == "``"
    assert q.close_mark is not None and q.close_mark.of(text) == "''"
    assert q.kind == "direct"


def test_two_apostrophes_that_pair_are_read_by_default() -> None:
    text = HEAD + "''We will see,'' she said. Many call them ''rabbit patches.''"
    quotes = find_quotes(text)
    assert words(text, quotes) == ["We will see,", "rabbit patches."]
    assert [q.kind for q in quotes] == ["direct", "partial"]
    assert find_quotes(text, doubled_marks=True) == quotes
    assert find_quotes(text, doubled_marks=False) == ()


def test_a_running_quote_in_two_apostrophes_is_read_by_default() -> None:
    text = HEAD + "She said: ''The port opens Monday.\n\n''Ships dock at night.''\n\nShe left."
    (q,) = find_quotes(text)
    assert [p.of(text) for p in q.pieces] == ["The port opens Monday.", "Ships dock at night."]


@pytest.mark.parametrize(
    "body",
    [
        "He is 5' 10'' tall and weighs 180 pounds.",  # a seconds (inches) sign
        "It is the farmers'' view, he said, and the growers'' too.",  # possessives typed twice
        "They worked ''til dawn, he said.",  # an elision typed twice, nothing closes it
        "The note read 10' 30'' north, 4' 12'' west.",  # coordinates
    ],
)
def test_two_apostrophes_that_never_pair_are_no_evidence(body: str) -> None:
    text = HEAD + body
    assert find_quotes(text) == ()


def test_doubled_marks_never_swallow_a_plural_possessive() -> None:
    text = HEAD + "It is the farmers'' view, he said. ''Fine,'' she said."
    assert words(text, find_quotes(text, doubled_marks=True)) == ["Fine,"]
    assert words(text, find_quotes(text)) == ["Fine,"]


@pytest.mark.parametrize("value", [1, "yes", 0.0])
def test_doubled_marks_must_be_a_bool_or_none(value: object) -> None:
    with pytest.raises(TypeError, match="doubled_marks"):
        find_quotes("text", doubled_marks=value)  # type: ignore[arg-type]
