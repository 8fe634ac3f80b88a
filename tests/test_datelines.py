"""parse_dateline and find_credited_source on synthetic copy: one test per convention.

Test names carry the ids of wire-conventions.md (D-*, AP-*, M-*, S-*, F-*).  Every
string here is written for these tests; the evaluation gold is only read, by the
tests at the end, through the ``eval_dir`` and ``seed_text`` fixtures.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from newsparse import parse, split_sections
from newsparse.datelines import find_credited_source, parse_dateline
from newsparse.records import Dateline, Layout, Section
from newsparse.spans import Span


def lead_only(text: str) -> Layout:
    """A layout whose only body paragraph is the whole text."""
    return Layout(sections=(Section(None, (Span(0, len(text)),)),))


def read(text: str, *, layout: Layout | None = None) -> Dateline | None:
    return parse_dateline(text, layout=layout or lead_only(text))


def parts(text: str) -> dict[str, Any] | None:
    """The dateline's words, for comparing with an expected dict."""
    d = read(text)
    if d is None:
        return None

    def of(span: Span | None) -> str | None:
        return None if span is None else span.of(text)

    return {
        "span": of(d.span),
        "place": of(d.place),
        "places": [p.of(text) for p in d.places],
        "region": of(d.region),
        "date": of(d.date),
        "mdy": (d.month, d.day, d.year),
        "agency": of(d.agency),
        "sep": of(d.separator),
        "rule": d.rule,
    }


def check(text: str, **expected: Any) -> None:
    got = parts(text)
    assert got is not None, f"no dateline in {text!r}"
    for key, value in expected.items():
        assert got[key] == value, f"{key}: {got[key]!r} != {value!r} in {text!r}"


# --------------------------------------------------------------------------- §1 agencies


def test_D_AP_1_city_agency_em_dash() -> None:
    check(
        "TUNIS (AP) — The port reopened on Monday.",
        span="TUNIS (AP)",
        place="TUNIS",
        agency="AP",
        sep="—",
        date=None,
        rule="place+agency",
    )


def test_D_AP_2_anpa_underscore_separator() -> None:
    check(
        "BOISE, Idaho (AP) _ Lawmakers passed the bill.",
        place="BOISE, Idaho",
        region="Idaho",
        agency="AP",
        sep="_",
    )


def test_D_AP_2_underscore_inside_a_word_is_not_a_separator() -> None:
    assert read("TUNIS (AP)_The port reopened.") is None


def test_D_AP_4_city_and_upper_case_country() -> None:
    check("LYON, FRANCE (AP) _ Workers walked out.", place="LYON, FRANCE", region="FRANCE")


def test_D_RTR_1_reuters_today_without_date() -> None:
    check("SAN DIEGO (Reuters) - Shares of the firm rose.", place="SAN DIEGO", agency="Reuters")


def test_D_RTR_2_month_without_period() -> None:
    check(
        "DENVER, Nov 9 (Reuters) - Oil output climbed.",
        date="Nov 9",
        mdy=(11, 9, None),
        agency="Reuters",
        rule="place+date+agency",
    )


def test_D_RTR_3_reuters_1987_indent_and_hyphen() -> None:
    text = "    ACCRA, Feb 27 - Cocoa arrivals slowed this week in\nthe main growing areas."
    check(text, span="ACCRA, Feb 27", place="ACCRA", date="Feb 27", agency=None, sep="-")


def test_D_RTR_3_separator_at_line_end() -> None:
    check("OSLO, March 4 -\n    Shr 1.10 crowns vs 0.90", date="March 4", sep="-")


def test_D_RTR_3_no_separator_means_no_dateline() -> None:
    assert read("OSLO, March 4\n    Shr 1.10 crowns vs 0.90") is None
    assert read("OSLO, March 4, Norsk Data said it would merge") is None


def test_D_RTR_3_dash_between_place_and_date() -> None:
    check(
        "TULSA, Okla. - March 9 - The refiner said it cut output.",
        span="TULSA, Okla. - March 9",
        place="TULSA, Okla.",
        date="March 9",
    )


def test_D_RTR_3_stray_comma_before_the_separator() -> None:
    check("TULSA, Okla., - March 9 - The refiner cut output.", date="March 9")
    check("TULSA, March 9, - The refiner cut output.", span="TULSA, March 9")


def test_D_RTR_3_comma_reuter_credit() -> None:
    check("VIENNA, March 12, Reuter - Talks resumed.", agency="Reuter", date="March 12")


def test_D_RTR_3_no_comma_before_date() -> None:
    check("NAIROBI March 13 - Tea prices eased.", place="NAIROBI", date="March 13")
    check("ENID, Okla. March 13 - Wheat rose.", place="ENID, Okla.", date="March 13")


def test_D_AFP_1_city_agency_hyphen() -> None:
    check("LISBON (AFP) - The coach named his squad.", agency="AFP", sep="-")


def test_D_AFP_2_mixed_case_city_full_date_with_year() -> None:
    check(
        "Riga, April 3, 2019 (AFP) - The government fell.",
        place="Riga",
        date="April 3, 2019",
        mdy=(4, 3, 2019),
        agency="AFP",
    )


def test_D_AFP_3_portuguese_day_month_order() -> None:
    check("MADRI, 15 set 2010 (AFP) - O mercado caiu.", date="15 set 2010", mdy=(9, 15, 2010))


def test_D_XIN_1_double_hyphen() -> None:
    check("HARBIN, May 7 (Xinhua) -- Ice melted early.", agency="Xinhua", sep="--")


def test_D_XIN_2_city_country_ap_month() -> None:
    check(
        "WUHAN, China, Dec. 4 (Xinhua) -- Boats sailed.",
        place="WUHAN, China",
        region="China",
        date="Dec. 4",
        mdy=(12, 4, None),
    )


def test_D_XIN_3_mixed_case_city() -> None:
    check("Shanghai, July 1 (Xinhua) -- Trade grew.", place="Shanghai", date="July 1")


def test_lower_case_city_needs_a_date() -> None:
    check("harbin, May 7 (Xinhua) -- Ice melted early.", place="harbin", date="May 7")
    check("San jose, May 7 (Reuters) - Chip sales rose.", place="San jose")
    assert read("harbin (Xinhua) -- Ice melted early.") is None


def test_D_XIN_4_french_month() -> None:
    check("PEKIN, 3 août (Xinhua) -- Un porte-parole a dit.", date="3 août", mdy=(8, 3, None))


def test_D_XIN_5_date_only() -> None:
    check(
        "Mar. 3 (Xinhua) -- The port authority said.",
        span="Mar. 3 (Xinhua)",
        place=None,
        date="Mar. 3",
        rule="date+agency",
    )


def test_D_TASS_1_day_with_period_and_slashes() -> None:
    check(
        "KAZAN, November 2. /TASS/. The ministry said.",
        span="KAZAN, November 2. /TASS/",
        date="November 2",
        mdy=(11, 2, None),
        agency="TASS",
        sep=".",
        rule="place+date+slash-agency",
    )


def test_D_TASS_2_foreign_city() -> None:
    check("PARIS, June 9. /TASS/. Talks began.", place="PARIS", agency="TASS")


def test_D_UPI_1_city_country_date() -> None:
    check("HOMS, Syria, Jan. 6 (UPI) -- Aid arrived.", place="HOMS, Syria", date="Jan. 6")


def test_D_UPI_2_date_only_web() -> None:
    check("Aug. 30 (UPI) -- The Senate voted.", date="Aug. 30", agency="UPI", place=None)


def test_D_UPI_3_quoted_and_tabbed_usenet_repost() -> None:
    text = "> \t TRIPOLI, Libya (UPI) -- The council met."
    check(text, span="TRIPOLI, Libya (UPI)", place="TRIPOLI, Libya")
    d = read(text)
    assert d is not None and d.span.start == text.index("TRIPOLI")


def test_D_UPI_4_em_dash() -> None:
    check("AMMAN, Jordan, May 5 (UPI) — Rain fell.", sep="—", region="Jordan")


def test_D_BBG_1_agency_only() -> None:
    check(
        "(Bloomberg) -- Stocks slid for a third day.",
        span="(Bloomberg)",
        place=None,
        agency="Bloomberg",
        rule="agency",
    )


def test_D_BBG_2_date_and_agency() -> None:
    check("Nov. 2 (Bloomberg) -- “Prices will rise,” he said.", date="Nov. 2")


def test_D_PTI_1_no_separator() -> None:
    check(
        "Kolkata, Sep 14 (PTI) The festival began.",
        span="Kolkata, Sep 14 (PTI)",
        sep=None,
        mdy=(9, 14, None),
        rule="place+date+agency:no-separator",
    )


def test_D_PTI_1_no_separator_needs_a_sentence_after() -> None:
    assert read("Kolkata, Sep 14 (PTI) the festival began.") is None


def test_D_PTI_2_joint_city() -> None:
    check(
        "Pune/Mumbai, Feb 3 (PTI) The rail link opened.",
        place="Pune/Mumbai",
        places=["Pune", "Mumbai"],
    )


def test_D_PTI_3_byline_glued_in_front() -> None:
    check(
        "By Asha Rao Mumbai, Oct 8 (PTI) The market rallied.",
        span="Mumbai, Oct 8 (PTI)",
        place="Mumbai",
        rule="byline+place+date+agency:no-separator",
    )


def test_D_PTI_3_byline_before_a_known_two_word_city() -> None:
    check("By Asha Rao New Delhi, Oct 8 (PTI) Talks ended.", place="New Delhi")


def test_D_IANS_1_same_shape_as_pti() -> None:
    check("Jaipur, Dec 1 (IANS) Rain lashed the city.", agency="IANS", sep=None)


def test_D_MNA_1_period_month_en_dash() -> None:
    check("ISFAHAN, Sep. 9 (MNA) – The plant opened.", date="Sep. 9", agency="MNA", sep="–")


def test_D_MNA_2_nbsp_city_en_dash_no_date_no_agency() -> None:
    text = "\u00a0TABRIZ – The governor said talks would resume."
    check(text, span="TABRIZ", place="TABRIZ", date=None, agency=None, sep="–", rule="place")


def test_D_TIME_1_colon_dateline_needs_a_known_place() -> None:
    check("CAIRO: The talks resumed.", place="CAIRO", sep=":", rule="place:colon")
    assert read("HOLT: Good evening from the debate hall.") is None


def test_D_NEWS_1_own_correspondent() -> None:
    check("SIDON, Lebanon, June 2 — The port shut.", place="SIDON, Lebanon", agency=None)


def test_D_NEWS_2_city_and_territory_em_dash() -> None:
    check("PONCE, Puerto Rico — A storm neared.", place="PONCE, Puerto Rico", rule="place")


def test_D_JOINT_1_slash() -> None:
    check("PARIS/BERLIN — Ministers met.", places=["PARIS", "BERLIN"], place="PARIS/BERLIN")


def test_D_TS_1_thestreet() -> None:
    check("BOSTON (TheStreet) -- Apple  is up.", agency="TheStreet")


def test_D_PRN_1_state_stray_space_full_date_nbsp() -> None:
    text = "DAYTON, Ohio , March 2, 2016 /PRNewswire/ --\u00a0Acme Corp. today said"
    check(
        text,
        place="DAYTON, Ohio",
        date="March 2, 2016",
        mdy=(3, 2, 2016),
        agency="PRNewswire",
        sep="--",
    )


def test_D_BW_1_business_wire_without_spaces() -> None:
    check(
        "AUSTIN, Texas--(BUSINESS WIRE)--Acme today announced",
        span="AUSTIN, Texas--(BUSINESS WIRE)",
        place="AUSTIN, Texas",
        agency="BUSINESS WIRE",
        sep="--",
        rule="place+wire-agency",
    )


def test_D_BW_2_ampersand_joint_place() -> None:
    check(
        "BOSTON & HAIFA, Israel--(BUSINESS WIRE)--Acme Labs said",
        place="BOSTON & HAIFA, Israel",
        places=["BOSTON", "HAIFA"],
        region="Israel",
    )


def test_D_NYT_1_slug_then_place_in_parentheses() -> None:
    check("BUDGET-VOTE (Albany) -- The", place="Albany", agency=None, rule="slug+place")


# --------------------------------------------------------------------------- §2 AP rules


def test_AP_1_standalone_city() -> None:
    check("SEATTLE (AP) — Ferries ran late.", place="SEATTLE", region=None)


def test_AP_2_city_with_ap_state() -> None:
    check("YUMA, Ariz. (AP) — Heat broke records.", place="YUMA, Ariz.", region="Ariz.")


def test_AP_3_state_after_city_without_comma() -> None:
    check("TRENTON N.J., March 3 - Tolls rose.", place="TRENTON N.J.", region="N.J.")


def test_AP_6_multiword_foreign_city() -> None:
    check("HONG KONG — Markets fell.", place="HONG KONG")


def test_AP_6_place_name_with_connector() -> None:
    check("KING OF PRUSSIA, Pa. — The mall reopened.", place="KING OF PRUSSIA, Pa.")
    check("Rio de Janeiro, May 2 (Reuters) - Rain fell.", place="Rio de Janeiro")


# --------------------------------------------------------------------------- §3 months


@pytest.mark.parametrize(
    ("month", "number"),
    [
        ("Sept.", 9),
        ("Sep", 9),
        ("Sep.", 9),
        ("Apr.", 4),
        ("Febr", 2),
        ("MARCH", 3),
        ("march", 3),
        ("MArch", 3),
        ("September", 9),
        ("dez", 12),
    ],
)
def test_M_month_spellings(month: str, number: int) -> None:
    d = read(f"OSLO, {month} 4 - Prices rose.")
    assert d is not None and d.month == number and d.day == 4


def test_M_typo_month_one_edit_away() -> None:
    text = "DOVER, Del., Aprl 2 - The firm said"
    check(text, date="Aprl 2", mdy=(4, 2, None))
    d = read(text)
    assert d is not None and [n.code for n in d.diagnostics] == ["month-typo"]


def test_M_typo_day_keyed_with_three_digits() -> None:
    d = read("DOVER, Del., March 177 - The firm said")
    assert d is not None and d.day is None and d.month == 3
    assert [n.code for n in d.diagnostics] == ["day-typo"]


def test_M_typo_needs_the_dateline_shape() -> None:
    assert read("Aprl 2 - The firm said") is None  # no place: no typo reading


def test_M_AP_3_ordinal_day() -> None:
    check("OSLO, March 4th - Prices rose.", date="March 4th", mdy=(3, 4, None))


# --------------------------------------------------------------------------- §4 separators


@pytest.mark.parametrize("sep", ["—", "–", "-", "--", "_", "―"])
def test_S_1_to_6_every_dash(sep: str) -> None:
    check(f"ODESSA {sep} The grain left port.", sep=sep, place="ODESSA")


def test_S_8_no_separator_only_after_an_agency() -> None:
    assert read("ODESSA The grain left port.") is None


def test_S_10_nbsp_after_the_separator() -> None:
    check("ODESSA —\u00a0The grain left port.", sep="—")


def test_S_range_is_not_a_separator() -> None:
    assert read("OSLO, March 4-6 talks ended.") is None
    assert read("The shipment periods are March 15-April 20 (12,500 tonnes)") is None


# --------------------------------------------------------------------------- §11 precision


def test_F_1_to_4_acronym_definitions_are_not_credits() -> None:
    assert read("Australian Federal Police (AFP) - Federal.txt") is None
    assert read("Unified Payments Interface (UPI) -- the world's largest") is None
    assert read("UNIFIED PAYMENTS INTERFACE (UPI) -- The system grew.") is None
    assert read("Advanced Programming (AP) – University course notes") is None


def test_F_5_prose_with_dashes_is_not_a_dateline() -> None:
    assert read("Obama — who spoke first — left early.") is None
    assert read("NATO — which meets today — said little.") is None
    assert read("The mayor - who had resigned - spoke.") is None


def test_obituary_name_line_is_not_a_dateline() -> None:
    assert read("KOWALSKI--Irene Marie, 91, of Yonkers, died.") is None
    assert read("KOWALSKI -- Irene Marie, 91, of Yonkers, died.") is None


def test_headline_in_capitals_is_not_a_dateline() -> None:
    assert read("CORRECTION - OSLO - NORSK HYDRO RAISES OUTPUT") is None


def test_service_words_are_not_places() -> None:
    assert read("BREAKING — The mayor quit.") is None
    assert read("UPDATE: The mayor quit.") is None
    assert read("RPT -- OSLO, March 3 - Prices rose.") is None


def test_run_in_head_in_capitals_is_not_a_place() -> None:
    assert read("OHIO POLLS TIGHTEN, BUT TURNOUT FAVORS OBAMA — The race narrowed.") is None
    check("HAMBURG, WEST GERMANY — Dockers struck.", region="WEST GERMANY")


def test_weekday_is_not_a_place() -> None:
    assert read("Monday, March 3 — The council meets at noon.") is None
    assert read("TUESDAY, March 4 - Trading resumed.") is None


def test_mixed_case_city_with_agency_needs_a_date_or_a_known_city() -> None:
    assert read("Regional Transit Board (RTB) - The fares rose.") is None
    check("Madrid (AFP) - The coach named his squad.", place="Madrid")


@pytest.mark.parametrize("capital", ["The Hague", "Riga", "La Paz", "Phnom Penh", "Port-au-Prince"])
def test_mixed_case_national_capitals_stand_alone_before_a_credit(capital: str) -> None:
    check(f"{capital} (AFP) - The talks resumed on Monday.", place=capital)


def test_no_dateline_in_plain_prose_or_empty_text() -> None:
    assert read("The council met on Tuesday to discuss the budget.") is None
    assert parse_dateline("") is None
    assert parse_dateline("   \n\n  ") is None


# --------------------------------------------------------------------------- layout


def test_dateline_is_read_at_the_lead_not_the_headline() -> None:
    text = "Port Strike Ends\n\nODESSA - Dockers went back to work on Monday."
    d = parse_dateline(text)
    assert d is not None and d.place is not None and d.place.of(text) == "ODESSA"


def test_B_1_short_decks_before_the_dateline_paragraph_are_stepped_over() -> None:
    text = (
        "Mayor quits after vote\n\n"
        "Council split on budget.\n\n"
        "LIMA, Ohio - The mayor resigned on Friday after the council rejected her budget."
    )
    d = parse_dateline(text)
    assert d is not None and d.place is not None and d.place.of(text) == "LIMA, Ohio"


def test_no_dateline_after_a_running_text_paragraph() -> None:
    text = (
        "Mayor quits\n\n"
        "The mayor resigned on Friday after the council rejected her budget, and "
        "her deputy said he would not stand in the election that follows next month.\n\n"
        "LIMA, Ohio - Council members met again."
    )
    assert parse_dateline(text) is None


def test_indent_shifts_every_span() -> None:
    text = "HOMS, Syria, Jan. 6 (UPI) -- Aid arrived."
    base = read(text)
    moved = read("\u00a0\t  " + text)
    assert base is not None and moved is not None
    assert moved.span == base.span.shift(4)
    assert moved.place == base.place.shift(4)  # type: ignore[union-attr]
    assert moved.date == base.date.shift(4)  # type: ignore[union-attr]


def test_parse_fills_article_dateline_and_credited_source() -> None:
    text = "Talks End\n\nQOM, May 2 (MNA) – Talks ended, Fars News Agency reported."
    article = parse(text)
    assert article.dateline is not None
    assert article.dateline.agency is not None and article.dateline.agency.of(text) == "MNA"
    assert article.credited_source is not None
    assert article.credited_source.of(text) == "Fars News Agency"


def test_to_dict_carries_region_rule_and_diagnostics() -> None:
    text = "DOVER, Del., Aprl 2 - The firm said"
    d = read(text)
    assert d is not None
    out = d.to_dict(text)
    assert out["text"] == "DOVER, Del., Aprl 2"
    assert out["region"] == "Del."
    assert out["rule"] == "place+date"
    assert out["diagnostics"][0]["code"] == "month-typo"


# --------------------------------------------------------------------------- credited source


def test_A_9_agency_credited_at_the_end_of_the_lead() -> None:
    text = "KABUL – Nine people died, Tolo news Agency reported."
    span = find_credited_source(text, layout=lead_only(text))
    assert span is not None and span.of(text) == "Tolo news Agency"


def test_A_9_known_agency_and_official_prefix() -> None:
    text = "TEHRAN - The official IRNA news agency reported that talks ended."
    span = find_credited_source(text, layout=lead_only(text))
    assert span is not None and span.of(text) == "IRNA news agency"


def test_A_5_according_to_an_agency() -> None:
    text = "BEIJING - Talks ended, according to Xinhua."
    span = find_credited_source(text, layout=lead_only(text))
    assert span is not None and span.of(text) == "Xinhua"


def test_A_9_newspapers_officials_and_polls_are_not_credited_agencies() -> None:
    for text in (
        "The Daily Post reports that talks ended.",
        "WASHINGTON (AP) - Talks ended, officials said.",
        "Growth slowed, economists polled by Reuters said.",
        "Funds rose, the Environmental Protection Agency said.",
    ):
        assert find_credited_source(text, layout=lead_only(text)) is None, text


def test_A_9_only_the_lead_is_read() -> None:
    text = "Talks End\n\nMOSCOW - Talks ended.\n\nLater, Fars News Agency reported more."
    assert find_credited_source(text) is None


# --------------------------------------------------------------------------- reference data


def test_seed_dateline_and_credited_source(seed_text: str) -> None:
    article = parse(seed_text)
    d = article.dateline
    assert d is not None
    assert d.place is not None and d.place.of(seed_text) == "MOSCOW"
    assert d.date is None and d.agency is None
    assert d.separator is not None and d.separator.of(seed_text) == "\u2013"
    assert article.credited_source is not None
    assert article.credited_source.of(seed_text) == "Mehr news Agency"


def _trim(text: str, start: int, end: int) -> str:
    return text[start:end].strip(" \t\r\n-–—:,")


@pytest.mark.parametrize("name", ["polnear-dev.jsonl", "polnear-train.jsonl"])
def test_eval_polnear_datelines_found_exactly(eval_dir: Path, name: str) -> None:
    gold = total = 0
    with (eval_dir / name).open(encoding="utf-8") as lines:
        for line in lines:
            doc = json.loads(line)
            want = doc.get("dateline")
            if not want:
                continue
            total += 1
            text = doc["text"]
            got = parse_dateline(text, layout=split_sections(text))
            if got is not None and _trim(text, got.span.start, got.span.end) == _trim(
                text, *want["span"]
            ):
                gold += 1
    assert total and gold / total >= 0.98


@pytest.mark.parametrize("mark", ["&ldquo;", "&quot;", "&#8220;", "â€œ"])
def test_x1_x5_body_opening_with_an_encoded_quote_mark(mark: str) -> None:
    text = f"Talks Stall\n\nROME - {mark}We need more time,{mark} the minister said."
    dateline = parse_dateline(text)
    assert dateline is not None
    assert dateline.place is not None and dateline.place.of(text) == "ROME"


@pytest.mark.parametrize("day", ["\U000116d0", "1\U000116d0", "\U000116d0th"])
def test_a_digit_int_does_not_know_is_no_day_and_never_raises(day: str) -> None:
    # The regex module may know digits of a newer Unicode than this Python's
    # int() does (U+116D0): such a "day" is no day, and nothing raises.
    text = f"MOSCOW, March {day} (Reuters) - Talks resumed on Monday."
    d = parse_dateline(text)
    assert d is None or d.day is None  # as for "March 45"


def test_a_year_int_does_not_know_is_no_year() -> None:
    text = "MOSCOW, March 3, 201\U000116d0 (Reuters) - Talks resumed on Monday."
    d = parse_dateline(text)
    assert d is None or d.year is None


@pytest.mark.parametrize(
    ("text", "impossible"),
    [
        ("FRANKFURT, Feb 30 (Reuters) - Shares fell.", True),
        ("WASHINGTON, Nov. 31 (AP) - He spoke.", True),
        ("WASHINGTON, Feb. 29, 1987 (AP) - He spoke.", True),  # not a leap year
        ("WASHINGTON, Feb. 29, 1988 (AP) - He spoke.", False),
        ("WASHINGTON, Feb. 29, 1900 (AP) - He spoke.", True),  # a century, not a leap year
        ("WASHINGTON, Feb. 29, 2000 (AP) - He spoke.", False),  # ... unless by 400
        ("WASHINGTON, Feb. 29 (AP) - He spoke.", False),  # no year: it may be one
        ("WASHINGTON, March 31 (AP) - He spoke.", False),
    ],
)
def test_a_day_the_month_does_not_have_is_kept_and_diagnosed(text: str, impossible: bool) -> None:
    """The date is kept as written (the copy says it), with an ``impossible-date``
    diagnostic when the month has no such day."""
    dateline = parse_dateline(text)
    assert dateline is not None
    codes = [d.code for d in dateline.diagnostics]
    assert ("impossible-date" in codes) is impossible
