"""split_sections on synthetic copy: one test per convention (ids from wire-conventions.md)."""

from __future__ import annotations

import pytest

from newsparse import Layout, Span, split_sections
from newsparse.spans import is_space


def words(layout_span: Span | None, text: str) -> str | None:
    return None if layout_span is None else layout_span.of(text)


def paragraphs(layout: Layout, text: str) -> list[str]:
    return [p.of(text) for p in layout.paragraphs]


# --------------------------------------------------------------------------- headlines


def test_H_1_headline_is_first_line_with_speaker_tag() -> None:
    text = "Ports Must Stay Open for Grain Ships: Minister\n\nODESSA - Ports will stay open."
    layout = split_sections(text)
    assert words(layout.headline, text) == "Ports Must Stay Open for Grain Ships: Minister"
    assert words(layout.lead, text) == "ODESSA - Ports will stay open."


def test_H_1_headline_closed_by_period_stays_a_headline() -> None:
    text = "Poll: Farmers Back the New Tariff.\n\nMost growers said they liked it."
    assert words(split_sections(text).headline, text) == "Poll: Farmers Back the New Tariff."


def test_H_1_colon_tag_is_not_a_dateline() -> None:
    text = "EXCLUSIVE: Mayor plans to quit.\n\nThe mayor told aides on Friday he would go."
    layout = split_sections(text)
    assert words(layout.headline, text) == "EXCLUSIVE: Mayor plans to quit."


def test_H_1_lead_with_dateline_is_not_a_headline() -> None:
    text = "LIMA, May 3 (Reuters) - Copper output rose.\n\nMines reopened after the strike."
    layout = split_sections(text)
    assert layout.headline is None
    assert words(layout.lead, text) == "LIMA, May 3 (Reuters) - Copper output rose."


def test_H_1_single_paragraph_has_no_headline() -> None:
    text = "Just one paragraph here."
    layout = split_sections(text)
    assert layout.headline is None
    assert paragraphs(layout, text) == ["Just one paragraph here."]


def test_H_R21578_reuters_1987_headline_and_indented_lead() -> None:
    text = (
        "\x02\nGRAIN SHIPMENTS RISE IN WEEK - TRADE\n"
        "    LONDON, March 2 - Grain shipments rose sharply this\n"
        "week, traders said.\n"
        "    Dealers expect more next week.\n"
        " Reuter\n\x03"
    )
    layout = split_sections(text)
    assert layout.style == "indent"
    assert words(layout.headline, text) == "GRAIN SHIPMENTS RISE IN WEEK - TRADE"
    assert words(layout.lead, text) == (
        "LONDON, March 2 - Grain shipments rose sharply this\nweek, traders said."
    )
    assert paragraphs(layout, text)[1] == "Dealers expect more next week."
    assert layout.trailer_rules == ("reuter-signoff",)
    assert words(layout.trailer, text) == "Reuter"


def test_H_R21578_flash_mark_is_not_part_of_the_headline() -> None:
    text = "\x02\n******ACME RAISES STEEL PRICES\nBlah blah blah.\n\x03\n\n"
    layout = split_sections(text)
    assert words(layout.headline, text) == "ACME RAISES STEEL PRICES"
    assert paragraphs(layout, text) == ["Blah blah blah."]


def test_H_R21578_flash_headline_over_two_capitals_lines() -> None:
    text = "\x02\n******ACME RAISES STEEL PRICES FOR\n SECOND QUARTER\nBlah blah blah.\n\x03"
    layout = split_sections(text)
    assert words(layout.headline, text) == "ACME RAISES STEEL PRICES FOR\n SECOND QUARTER"
    assert paragraphs(layout, text) == ["Blah blah blah."]


def test_H_1_title_line_without_blank_line_after_it() -> None:
    text = "Harbour Strike Ends After Talks\nDockers went back to work on Monday.\n"
    layout = split_sections(text)
    assert words(layout.headline, text) == "Harbour Strike Ends After Talks"
    assert paragraphs(layout, text) == ["Dockers went back to work on Monday."]


def test_database_export_deck_and_labelled_abstract_go_to_the_header() -> None:
    text = (
        "Mayor weighs a second term; \nAides say a decision is weeks away.\n\n"
        "ABSTRACT.\n\nThe mayor is undecided.\n\nFULL TEXT.\n\nThe mayor said little."
    )
    layout = split_sections(text)
    assert words(layout.headline, text) == "Mayor weighs a second term;"
    assert [h.of(text) for h in layout.header] == [
        "Aides say a decision is weeks away.",
        "ABSTRACT.",
        "The mayor is undecided.",
        "FULL TEXT.",
    ]
    assert words(layout.lead, text) == "The mayor said little."


# --------------------------------------------------------------------------- bylines, furniture


def test_H_AP_1_byline_with_associated_press_underline() -> None:
    text = "Storm Hits Coast\n\nBy JOHN DOE\nAssociated Press\n\nMIAMI (AP) — Rain fell."
    layout = split_sections(text)
    assert words(layout.byline, text) == "By JOHN DOE\nAssociated Press"
    assert words(layout.lead, text) == "MIAMI (AP) — Rain fell."


def test_H_AP_1_underline_as_its_own_paragraph() -> None:
    text = "Storm Hits Coast\n\nBy JOHN DOE\n\nAP Science Writer\n\nMIAMI (AP) — Rain fell."
    layout = split_sections(text)
    assert words(layout.byline, text) == "By JOHN DOE\n\nAP Science Writer"
    assert words(layout.lead, text) == "MIAMI (AP) — Rain fell."


def test_H_AP_1_reuters_lower_case_byline() -> None:
    text = (
        "\x02\nBANKS WAIT ON OFFER\n    by Jane Roe, Reuters\n"
        "    NEW YORK, Feb 26 - Banks are in no hurry,\nanalysts said.\n Reuter\n\x03"
    )
    layout = split_sections(text)
    assert words(layout.byline, text) == "by Jane Roe, Reuters"
    assert words(layout.lead, text) == "NEW YORK, Feb 26 - Banks are in no hurry,\nanalysts said."


def test_H_AP_1_sentence_opening_with_by_is_not_a_byline() -> None:
    text = "Markets Calm\n\nBy Monday, prices had fallen.\n\nTraders were quiet."
    layout = split_sections(text)
    assert layout.byline is None
    assert words(layout.lead, text) == "By Monday, prices had fallen."


def test_H_AP_1_name_only_byline_may_close_with_a_period() -> None:
    text = "Markets Calm\n\nBy Ana de la Cruz.\n\nTraders were quiet."
    assert words(split_sections(text).byline, text) == "By Ana de la Cruz."


def test_H_AP_2_editors_notes_go_to_the_header() -> None:
    text = (
        "Vote Count Goes On\n\n(Eds: Updates with results.)\n\n"
        "EDITOR'S NOTE _ This story contains strong language.\n\n"
        "ROME (AP) — Counting went on."
    )
    layout = split_sections(text)
    assert [h.of(text) for h in layout.header] == [
        "(Eds: Updates with results.)",
        "EDITOR'S NOTE _ This story contains strong language.",
    ]
    assert words(layout.lead, text) == "ROME (AP) — Counting went on."


def test_H_RTR_1_advisory_line_goes_to_the_header() -> None:
    text = (
        "Quake Toll Rises\n\n(Adds minister's reaction in paragraph 3)\n\n"
        "ANKARA (Reuters) - The toll rose."
    )
    layout = split_sections(text)
    assert [h.of(text) for h in layout.header] == ["(Adds minister's reaction in paragraph 3)"]


def test_H_RTR_2_bullets_above_the_byline() -> None:
    text = (
        "Oil Slides\n\n* Prices fall for third day\n* Stocks build up\n\n"
        "By Jo Poe\n\nLONDON (Reuters) - Oil fell."
    )
    layout = split_sections(text)
    assert [h.of(text) for h in layout.header] == [
        "* Prices fall for third day",
        "* Stocks build up",
    ]
    assert words(layout.byline, text) == "By Jo Poe"
    assert words(layout.lead, text) == "LONDON (Reuters) - Oil fell."


def test_H_NYT_1_optional_trim_note_in_header() -> None:
    text = "Budget Talks\n\n(BEGIN OPTIONAL TRIM)\n\nWASHINGTON - Talks resumed."
    layout = split_sections(text)
    assert [h.of(text) for h in layout.header] == ["(BEGIN OPTIONAL TRIM)"]


def test_H_AFP_1_service_line_in_header() -> None:
    text = "Floods Spread\n\nRECAST with new toll\n\nDHAKA (AFP) - Floods spread."
    layout = split_sections(text)
    assert [h.of(text) for h in layout.header] == ["RECAST with new toll"]
    assert words(layout.lead, text) == "DHAKA (AFP) - Floods spread."


# --------------------------------------------------------------------------- paragraphs


def test_X_11_blank_line_paragraphs_keep_hard_wraps_inside() -> None:
    text = "Title Here\n\nFirst line wraps\nonto a second line.\n\nSecond paragraph."
    layout = split_sections(text)
    assert layout.style == "blank"
    assert paragraphs(layout, text) == [
        "First line wraps\nonto a second line.",
        "Second paragraph.",
    ]


def test_X_11_indented_block_all_through_is_not_indent_style() -> None:
    text = "Title Here\n\n  one line\n  two line\n\n  Next para."
    layout = split_sections(text)
    assert layout.style == "blank"
    assert paragraphs(layout, text) == ["one line\n  two line", "Next para."]


def test_lines_style_each_long_line_is_a_paragraph() -> None:
    long_a = "Alpha " * 20 + "ends."
    long_b = "Beta " * 25 + "ends."
    text = f"Title Here\n\n{long_a}\n{long_b}\nand a lower-case tail."
    layout = split_sections(text)
    assert layout.style == "lines"
    assert paragraphs(layout, text) == [long_a, f"{long_b}\nand a lower-case tail."]


def test_lines_style_with_a_byline_line_keeps_headline_byline_and_paragraphs() -> None:
    """One paragraph per line with a byline line under the headline (H-AP-1): the
    byline and the headline above it stand alone (before: the block was one paragraph,
    with no byline and no dateline)."""
    text = (
        "Senate Passes Budget\nBy JOHN DOE, Associated Press\n"
        "WASHINGTON (AP) — The Senate passed the budget on Friday.\nThe vote was 51-49.\n"
        '"It is a good day," said Sen. Ann Lee.'
    )
    layout = split_sections(text)
    assert layout.style == "lines"
    assert layout.headline is not None and layout.headline.of(text) == "Senate Passes Budget"
    assert layout.byline is not None and layout.byline.of(text) == "By JOHN DOE, Associated Press"
    assert [p.of(text)[:10] for p in layout.paragraphs] == [
        "WASHINGTON",
        "The vote w",
        '"It is a g',
    ]


def test_X_7_nbsp_indent_is_outside_the_paragraph() -> None:
    text = "Title Here\n\n\u00a0MOSCOW – He spoke.\n\n\u00a0He left."
    layout = split_sections(text)
    assert words(layout.lead, text) == "MOSCOW – He spoke."
    assert layout.lead == Span(13, 31)


@pytest.mark.parametrize("brk", ["\r\n", "\r", "\u2028", "\x85"])
def test_X_10_line_break_zoo(brk: str) -> None:
    text = f"Title Here{brk}{brk}First para.{brk}{brk}Second para."
    layout = split_sections(text)
    assert words(layout.headline, text) == "Title Here"
    assert paragraphs(layout, text) == ["First para.", "Second para."]


def test_X_10_paragraph_separator_ends_a_paragraph() -> None:
    text = "Title Here\u2029First para.\u2029Second para."
    layout = split_sections(text)
    assert paragraphs(layout, text) == ["First para.", "Second para."]


def test_X_13_crlf_paragraphs_exclude_the_carriage_return() -> None:
    text = "Title Here\r\n\r\nFirst para.\r\n\r\nSecond para.\r\n"
    layout = split_sections(text)
    assert [p.of(text) for p in layout.paragraphs] == ["First para.", "Second para."]


def test_X_14_zero_width_and_control_characters_are_not_words() -> None:
    text = "Title Here\n\n\u200bFirst para.\ufeff\n\n\x16Second para.\x1f"
    layout = split_sections(text)
    assert paragraphs(layout, text) == ["First para.", "Second para."]


# --------------------------------------------------------------------------- subheads


def test_B_1_subheads_open_sections() -> None:
    text = (
        "Title Here\n\nLONDON - First body paragraph.\n\nSecond one.\n\n"
        "Prices are set to climb\n\nThird one.\n\n"
        "A harder winter ahead: Minister\n\nFourth one."
    )
    layout = split_sections(text)
    assert [words(s.heading, text) for s in layout.sections] == [
        None,
        "Prices are set to climb",
        "A harder winter ahead: Minister",
    ]
    assert [len(s.paragraphs) for s in layout.sections] == [2, 1, 1]
    assert [p.of(text) for p in layout.subheads] == [
        "Prices are set to climb",
        "A harder winter ahead: Minister",
    ]


def test_B_1_short_lines_with_quote_marks_or_colon_are_body() -> None:
    text = (
        "Title Here\n\nFirst body paragraph.\n\n"
        'He said "no way" today\n\nThe report said:\n\nMore text follows here.'
    )
    layout = split_sections(text)
    assert layout.subheads == ()
    assert len(layout.paragraphs) == 4


def test_B_1_table_rows_are_not_subheads_and_not_dropped() -> None:
    text = (
        "\x02\nGRAIN EXPORTS\n    PARIS, March 2 - Exports in tonnes were:\n"
        "    Wheat nil (nil)\n    Barley nil (nil)\n    Traders expect more.\n Reuter\n\x03"
    )
    layout = split_sections(text)
    assert layout.subheads == ()
    assert paragraphs(layout, text)[1:] == [
        "Wheat nil (nil)",
        "Barley nil (nil)",
        "Traders expect more.",
    ]


def test_B_1_figure_lines_and_broken_sentences_are_not_subheads() -> None:
    text = (
        "\x02\nACME RESULTS\n    NEW YORK, March 2 - Acme reported.\n"
        "    Shr 24 cents vs 17 cents\n    Profit rose.\n"
        "    He said the outlook was gloomy because of\n    Costs rose.\n Reuter\n\x03"
    )
    layout = split_sections(text)
    assert layout.subheads == ()
    assert len(layout.paragraphs) == 5


def test_B_1_subhead_may_close_with_a_particle() -> None:
    text = "Title Here\n\nLONDON - Body.\n\nTalks go on\n\nMore body text."
    assert [p.of(text) for p in split_sections(text).subheads] == ["Talks go on"]


def test_B_3_bullet_lines_are_paragraphs_of_their_own() -> None:
    text = "Title Here\n\nLONDON - Oil fell.\n\nThe factors:\n* supply\n* demand\n\nDone."
    layout = split_sections(text)
    assert paragraphs(layout, text) == [
        "LONDON - Oil fell.",
        "The factors:",
        "* supply",
        "* demand",
        "Done.",
    ]


# --------------------------------------------------------------------------- trailers


def test_T_RTR_1_credit_line() -> None:
    text = "Title Here\n\nBody text.\n\n(Reporting by Jo Poe; Editing by Al Roe)"
    layout = split_sections(text)
    assert words(layout.trailer, text) == "(Reporting by Jo Poe; Editing by Al Roe)"
    assert layout.trailer_rules == ("credit-line",)
    assert paragraphs(layout, text) == ["Body text."]


def test_T_RTR_2_credit_line_with_places_and_roles() -> None:
    text = (
        "Title Here\n\nBody text.\n\n(Reporting by Jo Poe in Lima and Al Roe; "
        "Writing by Ed Noe; Editing by Bo Loe, Cy Moe)"
    )
    assert split_sections(text).trailer_rules == ("credit-line",)


def test_T_RTR_3_reuter_signoff_line_before_etx() -> None:
    text = "\x02\nTITLE\n    LIMA, May 3 - Output rose.\n REUTER\n\x03"
    layout = split_sections(text)
    assert words(layout.trailer, text) == "REUTER"
    assert layout.trailer_rules == ("reuter-signoff",)


def test_T_RTR_3_signoff_glued_to_the_last_sentence() -> None:
    text = "\x02\nTITLE\n    LIMA, May 3 - Output rose.\n    Note - paid May 27. Reuter\n\x03"
    layout = split_sections(text)
    assert words(layout.trailer, text) == "Reuter"
    assert paragraphs(layout, text)[-1] == "Note - paid May 27."


def test_T_RTR_3_word_reuters_inside_a_sentence_is_body() -> None:
    text = "Title Here\n\nThe minister said so to Reuters.\n\nHe told Reuters"
    layout = split_sections(text)
    assert layout.trailer is None


def test_T_AP_1_rule_notes_contributors_and_copyright() -> None:
    text = (
        "Title Here\n\nBody text.\n\n___\n\nJo Poe reported from Paris.\n\n"
        "Associated Press writer Al Roe in Rome contributed to this report.\n\n"
        "Copyright 2024 The Associated Press. All Rights Reserved."
    )
    layout = split_sections(text)
    assert layout.trailer_rules == ("ap-rule", "ap-note", "contributor-line", "copyright")
    assert words(layout.trailer, text).startswith("___")
    assert paragraphs(layout, text) == ["Body text."]


def test_B_2_rule_between_body_paragraphs_is_kept_in_the_body() -> None:
    text = "Title Here\n\nBody text.\n\n___\n\nMore body text that goes on.\n\nThe end."
    layout = split_sections(text)
    assert layout.trailer is None
    assert "___" in paragraphs(layout, text)


def test_T_AP_2_contributing_word_order() -> None:
    text = (
        "Title Here\n\nBody text.\n\nContributing to this report were Associated Press "
        "writers Mike Roe in Amsterdam and Jo Poe in Oslo."
    )
    assert split_sections(text).trailer_rules == ("contributor-line",)


def test_T_AP_1_contributor_cue_after_a_body_sentence_is_body() -> None:
    text = (
        "Title Here\n\nBody text.\n\nSales grew. Analysts said rivals contributed to "
        "this report of growth.\n\nThe end."
    )
    assert split_sections(text).trailer is None


def test_T_AP_1_contributor_line_hard_wrapped_under_a_body_line() -> None:
    text = "Title Here\n\nBody text here.\nJo Poe contributed reporting from Lima."
    layout = split_sections(text)
    assert layout.trailer_rules == ("contributor-line",)
    assert paragraphs(layout, text) == ["Body text here."]


def test_T_BBG_1_contact_lines() -> None:
    text = (
        "Title Here\n\nBody text.\n\nTo contact the reporter on this story: Jo Poe in "
        "Lima at jpoe@example.com\n\nTo contact the editor responsible for this story: "
        "Al Roe at aroe@example.com"
    )
    assert split_sections(text).trailer_rules == ("contact-line", "contact-line")


@pytest.mark.parametrize("mark", ["###", "-30-", "-END-", "ENDS", "NNNN"])
def test_T_PR_1_end_marks(mark: str) -> None:
    text = f"Title Here\n\nBody text.\n\n{mark}\n"
    layout = split_sections(text)
    assert words(layout.trailer, text) == mark
    assert layout.trailer_rules == ("end-mark",)


PRESS_BODY = (
    "Orchard Valley Tools Opens Plant\n\n"
    "SPRINGDALE, Ore., May 4 - Orchard Valley Tools said on Monday it had opened a "
    "new plant.\n\n"
    '"The plant doubles our output," said chief executive Ines Barrow.\n\n'
)
ABOUT = (
    "About Orchard Valley Tools\n\n"
    "Orchard Valley Tools is a maker of pruning shears and ladders for fruit growers, "
    "founded in 1962. Learn more at www.example.com.\n\n"
)


def test_T_PR_2_about_paragraph_contacts_and_end_mark_close_a_release() -> None:
    text = PRESS_BODY + ABOUT + "Media contact:\nJo Poe\n+1 555 0100\n\n###\n"
    layout = split_sections(text)
    assert layout.trailer_rules == (
        "about-boilerplate",
        "about-boilerplate",
        "contact-line",
        "end-mark",
    )
    assert words(layout.trailer, text) == text[text.index("About") :].strip()
    assert paragraphs(layout, text)[-1] == (
        '"The plant doubles our output," said chief executive Ines Barrow.'
    )


def test_T_PR_2_contact_details_as_paragraphs_of_their_own() -> None:
    text = PRESS_BODY + ABOUT + "Contact:\n\nJo Poe\n\njo.poe@example.com\n\n-30-"
    layout = split_sections(text)
    assert layout.trailer_rules == ("about-boilerplate",) * 2 + ("contact-line",) * 3 + (
        "end-mark",
    )
    assert len(layout.paragraphs) == 2


@pytest.mark.parametrize(
    "about",
    [
        "About Orchard Valley Tools\nOrchard Valley Tools is a maker of shears.",
        "ABOUT ORCHARD VALLEY TOOLS: Orchard Valley Tools is a maker of shears.",
        "About Orchard Valley Tools Inc.\n\nThe company, founded in 1962, makes shears."
        "\n\nOrchard Valley has plants in three states.",
        "About\n\nOrchard Valley Tools is a maker of shears.",
    ],
)
def test_T_PR_2_about_heading_forms(about: str) -> None:
    text = PRESS_BODY + about
    layout = split_sections(text)
    assert layout.trailer_rules and set(layout.trailer_rules) == {"about-boilerplate"}
    assert words(layout.trailer, text) == about
    assert len(layout.paragraphs) == 2


@pytest.mark.parametrize(
    "tail",
    [
        "About 40 growers came to the opening.",
        "About Four in 10 growers use the shears.\n\nThey cost less than rivals.",
        "About Town\n\nThe mayor cut the ribbon and left early.",
        "Contact with growers is key, she said.",
    ],
)
def test_T_PR_2_about_and_contact_words_in_the_story_are_body(tail: str) -> None:
    text = PRESS_BODY + tail
    layout = split_sections(text)
    assert layout.trailer is None
    assert paragraphs(layout, text)[-1] == tail.split("\n\n")[-1]


def test_T_PR_2_about_boilerplate_in_hard_wrapped_copy() -> None:
    text = (
        "SPRINGDALE, Ore., May 4 - Orchard Valley Tools said on Monday it had\n"
        "opened a new plant in the south of the state to make ladders.\n"
        "The plant will employ 120 people when it is running at full speed\n"
        "next spring, the company said.\n"
        "About Orchard Valley Tools\n"
        "Orchard Valley Tools is a maker of pruning shears and ladders for\n"
        "fruit growers, founded in 1962.\n"
        "###\n"
    )
    layout = split_sections(text)
    # The heading line stands alone, as a subhead would.
    assert layout.trailer_rules == ("about-boilerplate", "about-boilerplate", "end-mark")
    assert words(layout.trailer, text).startswith("About Orchard Valley Tools\nOrchard")
    assert len(layout.paragraphs) == 2


def test_T_XIN_1_enditem_glued_to_the_last_sentence() -> None:
    text = "Title Here\n\nBEIJING - Talks ended, he said.  enditem  =01022049  nnnn"
    layout = split_sections(text)
    assert words(layout.trailer, text) == "enditem  =01022049  nnnn"
    assert layout.trailer_rules == ("enditem",)
    assert words(layout.lead, text) == "BEIJING - Talks ended, he said."


def test_T_WIRE_1_more_marker_line() -> None:
    text = "Title Here\n\nBody text.\n(MORE)"
    layout = split_sections(text)
    assert layout.trailer_rules == ("end-mark",)
    assert paragraphs(layout, text) == ["Body text."]


def test_B_5_read_more_tail() -> None:
    text = "Title Here\n\nBody text.\n\nRead the rest here."
    assert split_sections(text).trailer_rules == ("read-more",)


def test_T_BBG_2_promo_and_rule_line_close_the_copy() -> None:
    text = "Title Here\n\nBody text.\n\nJo Poe contributed reporting.\n—-\nSign up for the daily."
    layout = split_sections(text)
    assert layout.trailer_rules == ("contributor-line", "rule-line", "promo")


def test_T_SEED_no_trailer_without_end_matter() -> None:
    text = "Title Here\n\nBody text.\n\nMore body text."
    layout = split_sections(text)
    assert layout.trailer is None
    assert layout.trailer_parts == ()


def test_trailer_never_takes_the_only_body_paragraph_from_the_header() -> None:
    text = "(Reporting by Jo Poe)"
    layout = split_sections(text)
    assert layout.headline is None
    assert words(layout.trailer, text) == "(Reporting by Jo Poe)"


# --------------------------------------------------------------------------- the reference article


def test_seed_article_layout(seed_text: str) -> None:
    text = seed_text
    layout = split_sections(text)
    assert words(layout.headline, text) == (
        "Terrorist Organizations Bear Responsibility for Civilian Casualties in Syria: Putin"
    )
    assert [words(s.heading, text) for s in layout.sections] == [
        None,
        "Russia is too big to be sanctioned or isolated",
        "Expanding NATO infrastructure threat for our national security: Putin",
    ]
    assert len(layout.paragraphs) == 20
    assert layout.trailer is None
    assert words(layout.lead, text).startswith("MOSCOW –")
    for p in layout.paragraphs:
        assert p.of(text) == text[p.start : p.end]
        assert p.of(text).strip() == p.of(text).strip("\u00a0 \n")
        assert not is_space(text[p.start]) and not is_space(text[p.end - 1])


# --------------------------------------------------------------------------- contract


def test_empty_text_gives_an_empty_layout() -> None:
    assert split_sections("") == split_sections(" \n\x02\n\x03 ")
    assert split_sections("").sections == ()


def test_non_str_raises_type_error() -> None:
    with pytest.raises(TypeError):
        split_sections(b"MOSCOW - hi")  # type: ignore[arg-type]


def test_many_tiny_paragraphs_and_one_huge_line() -> None:
    # Their linear time is measured by benchmarks/adversarial.py; tests assert no time.
    many = "x\n\n" * 100_000
    huge = "word " * 200_000
    layout = split_sections(many)
    assert len(layout.paragraphs) == 99_999  # the first "x" is the headline
    assert len(split_sections(huge).paragraphs) == 1


@pytest.mark.parametrize(
    "lead",
    [
        "Tallinn, March 22, 2018 (AFP) - Estonia's cabinet resigned on Thursday.",  # D-AFP-2
        "Chennai, Nov 12 (IANS) Rain closed the airport on Tuesday.",  # D-IANS-1
        "Beijing, June 5 (Xinhua) -- China on Friday urged calm.",  # D-XIN-3
    ],
)
def test_mixed_case_dateline_lead_is_not_a_headline(lead: str) -> None:
    text = f"{lead}\n\nThe second paragraph says more."
    layout = split_sections(text)
    assert layout.headline is None
    assert layout.lead == Span(0, len(lead))


def test_title_case_headline_with_parentheses_stays_a_headline() -> None:
    text = "Voters Back Reform, Again (Poll)\n\nWASHINGTON (AP) — The vote held."
    assert split_sections(text).headline == Span(0, 32)


@pytest.mark.parametrize(
    "first",
    [
        # two sentences, the verbs and function words in lower case: a lead
        "1912 sank das Passagierschiff vor Neufundland. Heute wurde das Wrack zum ersten Mal "
        "von einem Tauchroboter vollständig vermessen.",
        # one long sentence with its period, in sentence case: a lead
        "Die Ermittler haben nach der Bruchlandung eines Airbus auf dem Flughafen der Stadt "
        "schwere Vorwürfe gegen die beiden Piloten und die Flugsicherung erhoben.",
        # German capitalises its nouns: a third of the long words in lower case is enough
        "Nach einer Auswertung im Fachblatt „Klima“ haben Forscher einen Gletscher in der "
        "Antarktis von der doppelten Größe Berlins vermessen.",
    ],
)
def test_h1_copy_that_opens_with_its_lead_has_no_headline(first: str) -> None:
    text = first + "\n\nDer zweite Absatz folgt hier.\n\nUnd ein dritter."
    layout = split_sections(text)
    assert layout.headline is None
    assert layout.lead is not None and layout.lead.of(text) == first


@pytest.mark.parametrize(
    "first",
    [
        "Her Claim That The Senator Is In The Recruiting Videos Isn't True. Not Yet, At Least.",
        "Port Strike Ends After Three Weeks As Unions Accept The Offer",
    ],
)
def test_h1_a_title_case_headline_of_two_sentences_stays_a_headline(first: str) -> None:
    text = first + "\n\nLISBON - Dockers went back to work on Monday.\n\nMore text."
    assert split_sections(text).headline is not None
