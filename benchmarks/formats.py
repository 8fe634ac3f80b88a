"""Headlines and datelines on wire formats, line by line: a table labelled by hand.

    python benchmarks/formats.py

Every line below is made up, in the shape of real wire copy (1987 Reuters layout: a
``\\x02`` start, an all-capitals title, 4-space indented paragraphs; and other agencies'
shapes). Each row gives the text and what newsparse must find: the headline's words, or
``None``; the dateline's place, date and agency as written, or ``None`` for no dateline.
Prints a table of right and wrong per shape and exits 1 on any miss. The tests import
``CASES`` (tests/test_formats.py), so CI checks every row.
"""

from __future__ import annotations

import sys
from collections import Counter
from typing import NamedTuple

from newsparse import parse

#: What "no dateline" is written as in a row.
NONE = None


class Case(NamedTuple):
    shape: str
    text: str
    headline: str | None
    #: ``(place, date, agency)`` as written, ``None`` for a part that is not there, or
    #: ``None`` for no dateline at all.
    dateline: tuple[str | None, str | None, str | None] | None


def _story(title: str, lead: str, more: str = "") -> str:
    """A 1987 Reuters story: STX, the title, indented paragraphs, the sign-off, ETX."""
    body = f"    {lead}\n" + (f"    {more}\n" if more else "")
    return f"\x02\n{title}\n{body} Reuter\n\x03\n\n"


def _brief(*title_lines: str) -> str:
    """A flash brief with nothing after its title."""
    return "\x02\n" + "\n".join(title_lines) + "\n\x03\n\n"


CASES: list[Case] = [
    # ------------------------------------------------------------ title-only briefs
    Case(
        "brief",
        _brief("******ACME TO SELL MILL TO BETA FOR 40 MLN"),
        "ACME TO SELL MILL TO BETA FOR 40 MLN",
        NONE,
    ),
    Case(
        "brief",
        _brief("******ACME TO SELL MILL TO BETA FOR 40 MLN", "DLRS - SOURCES"),
        "ACME TO SELL MILL TO BETA FOR 40 MLN\nDLRS - SOURCES",
        NONE,
    ),
    Case(
        "brief",
        _brief("******FED SETS TWO-DAY REPURCHASE AGREEMENTS,", "FED SPOKESMAN SAYS"),
        "FED SETS TWO-DAY REPURCHASE AGREEMENTS,\nFED SPOKESMAN SAYS",
        NONE,
    ),
    Case(
        "brief",
        _brief("******GOLDWIN SAYS IT WILL BID FOR TALBOT -", "PAPER"),
        "GOLDWIN SAYS IT WILL BID FOR TALBOT -\nPAPER",
        NONE,
    ),
    Case(
        "brief",
        _brief(
            "******TREASURY SECRETARY SAYS HE WILL MEET WITH",
            "JAPANESE FINANCE MINISTER IN",
            "PARIS - OFFICIAL",
        ),
        "TREASURY SECRETARY SAYS HE WILL MEET WITH\nJAPANESE FINANCE MINISTER IN\nPARIS - OFFICIAL",
        NONE,
    ),
    Case(
        "brief",
        _brief("U.S. HOUSING STARTS FALL 2.1 PCT IN MARCH"),
        "U.S. HOUSING STARTS FALL 2.1 PCT IN MARCH",
        NONE,
    ),
    Case(
        "brief",
        _brief("******BANK OF JAPAN BUYS DOLLARS IN TOKYO - DEALERS"),
        "BANK OF JAPAN BUYS DOLLARS IN TOKYO - DEALERS",
        NONE,
    ),
    Case(
        "brief",
        _brief("******LONDON - GOLD FIXED AT 412.50 DLRS AN OUNCE"),
        "LONDON - GOLD FIXED AT 412.50 DLRS AN OUNCE",
        NONE,
    ),
    Case(
        "brief",
        _brief("******PARIS, MAY 4 - FRENCH PRICES UP 0.3 PCT IN APRIL"),
        "PARIS, MAY 4 - FRENCH PRICES UP 0.3 PCT IN APRIL",
        NONE,
    ),
    Case(
        "brief",
        _brief("******NEW YORK - DOW UP 12 POINTS AT MIDDAY"),
        "NEW YORK - DOW UP 12 POINTS AT MIDDAY",
        NONE,
    ),
    Case(
        "brief with filler",
        "\x02\n******ACME RAISES DIVIDEND TO 20 CTS\nBlah blah blah.\n\x03\n\n",
        "ACME RAISES DIVIDEND TO 20 CTS",
        NONE,
    ),
    # ------------------------------------------------------------ market reports and tables
    Case(
        "market report",
        _story(
            "MILAN SILVER CLOSING - MAY 4",
            "MILAN SILVER CLOSING - May 4",
            "Silver 412 lire a gram, prev 408.",
        ),
        "MILAN SILVER CLOSING - MAY 4",
        NONE,
    ),
    Case(
        "market report",
        _story(
            "CHICAGO GRAIN REPORT", "CHICAGO GRAIN REPORT - May 4 figures", "Corn 2.10, wheat 3.05."
        ),
        "CHICAGO GRAIN REPORT",
        NONE,
    ),
    Case(
        "market report",
        _story(
            "LONDON METAL PRICES", "LONDON METAL EXCHANGE CLOSE - May 4", "Copper 900.50, tin 412."
        ),
        "LONDON METAL PRICES",
        NONE,
    ),
    Case(
        "table",
        _story("LME COPPER PRICES", "COPPER -A-  900.00  901.00", "COPPER -B-  880.00  881.00"),
        "LME COPPER PRICES",
        NONE,
    ),
    Case(
        "table",
        _story("JAKARTA STOCK INDEX", "IDX   --   2730.12", "PREV   --   2719.40"),
        "JAKARTA STOCK INDEX",
        NONE,
    ),
    Case(
        "table",
        _story(
            "U.S. WEATHER FORECAST",
            "OHIO - Showers Fri. Highs 60s.",
            "TEXAS - Fair Fri. Highs 80s.",
        ),
        "U.S. WEATHER FORECAST",
        NONE,
    ),
    Case(
        "table",
        _story(
            "TOKYO GOLD PRICES", "GOLD - 1,902 yen a gram, up 12.", "PLATINUM - 2,110 yen, down 4."
        ),
        "TOKYO GOLD PRICES",
        NONE,
    ),
    Case(
        "table",
        _story(
            "EC SUGAR TENDER",
            "ROTTERDAM - 45,000 TONNES  AT 44.10",
            "HAMBURG - 30,000 TONNES  AT 44.25",
        ),
        "EC SUGAR TENDER",
        NONE,
    ),
    Case(
        "table",
        _story("CANADA BOND YIELDS", "BENCHMARK   9.25   9.31", "LONG   9.60   9.58"),
        "CANADA BOND YIELDS",
        NONE,
    ),
    Case(
        "table",
        _story(
            "GRAIN SHIPS LOADING",
            "SEATTLE -   three ships, 120,000 tonnes",
            "PORTLAND -   two ships, 80,000 tonnes",
        ),
        "GRAIN SHIPS LOADING",
        NONE,
    ),
    # ------------------------------------------------------------ a true dateline beside them
    Case(
        "dateline",
        _story("ACME TO CUT JOBS", "CHICAGO, May 4 - Acme Corp said it would cut 200 jobs."),
        "ACME TO CUT JOBS",
        ("CHICAGO", "May 4", None),
    ),
    Case(
        "dateline",
        _story("ACME PROFIT UP", "NEW YORK, May 4 - Acme Corp earned 20 mln dlrs."),
        "ACME PROFIT UP",
        ("NEW YORK", "May 4", None),
    ),
    Case(
        "dateline",
        _story("MILL SOLD", "MILAN, May 4 - Silver mill owner Beta said it sold the mill."),
        "MILL SOLD",
        ("MILAN", "May 4", None),
    ),
    # ------------------------------------------------------------ lower case in the region
    Case(
        "lower-case region",
        _story(
            "DUTCH RATES UNCHANGED",
            "UTRECHT, the Netherlands, May 4 - The central bank left rates alone.",
        ),
        "DUTCH RATES UNCHANGED",
        ("UTRECHT, the Netherlands", "May 4", None),
    ),
    Case(
        "lower-case region",
        _story("CANNERY REOPENS", "MAYAGUEZ, Puerto rico, May 4 - The tuna cannery reopened."),
        "CANNERY REOPENS",
        ("MAYAGUEZ, Puerto rico", "May 4", None),
    ),
    Case(
        "lower-case region",
        _story(
            "PORT STRIKE ENDS", "LEEUWARDEN, the Netherlands, May 5 - Dockers went back to work."
        ),
        "PORT STRIKE ENDS",
        ("LEEUWARDEN, the Netherlands", "May 5", None),
    ),
    # ------------------------------------------------------------ month typos in the confirmed slot
    Case(
        "month typo",
        _story("COFFEE TALKS", "LONDON, Mrach 3 - Coffee talks resumed."),
        "COFFEE TALKS",
        ("LONDON", "Mrach 3", None),
    ),
    Case(
        "month typo",
        _story("TIN PRICES", "KUALA LUMPUR, Arpil 7 - Tin prices rose."),
        "TIN PRICES",
        ("KUALA LUMPUR", "Arpil 7", None),
    ),
    Case(
        "month typo",
        _story("OIL OUTPUT", "VIENNA, Jnue 2 - Output held steady."),
        "OIL OUTPUT",
        ("VIENNA", "Jnue 2", None),
    ),
    Case(
        "month typo",
        _story("RICE TENDER", "BANGKOK, Fbe 12 - The tender closed."),
        "RICE TENDER",
        ("BANGKOK", "Fbe 12", None),
    ),
    Case(
        "month typo",
        _story("GOLD SALES", "ZURICH, Mya 9 - Gold sales slowed."),
        "GOLD SALES",
        ("ZURICH", "Mya 9", None),
    ),
    Case(
        "month typo",
        _story("WHEAT CROP", "CANBERRA, Ocotber 14 - The crop grew."),
        "WHEAT CROP",
        ("CANBERRA", "Ocotber 14", None),
    ),
    Case(
        "month typo",
        _story("SUGAR QUOTA", "MANILA, Fen 26 - The sugar quota was cut."),
        "SUGAR QUOTA",
        ("MANILA", "Fen 26", None),
    ),
    Case(
        "month typo",
        _story("TEA SALES", "COLOMBO, Jly 9 - Tea sales rose."),
        "TEA SALES",
        ("COLOMBO", "Jly 9", None),
    ),
    Case(
        "no typo outside the slot",
        _story("STORE HOURS", "TORONTO, Sun 26 - Stores opened late."),
        "STORE HOURS",
        NONE,
    ),
    Case(
        "no typo outside the slot",
        _story("ACME NAMES CHIEF", "Mrach Industries said on Monday it named a new chief."),
        "ACME NAMES CHIEF",
        NONE,
    ),
    # ------------------------------------------- days typed with letters, glued, comma
    Case(
        "day typo",
        _story("STEEL OUTPUT", "PITTSBURGH, May l - Steel output rose."),
        "STEEL OUTPUT",
        ("PITTSBURGH", "May l", None),
    ),
    Case(
        "day typo",
        _story("COAL EXPORTS", "SYDNEY, May 1O - Coal exports fell."),
        "COAL EXPORTS",
        ("SYDNEY", "May 1O", None),
    ),
    Case(
        "day typo",
        _story("JUTE CROP", "DHAKA, June 2l - The jute crop grew."),
        "JUTE CROP",
        ("DHAKA", "June 2l", None),
    ),
    Case(
        "glued split",
        _story("BOND SALE", "OTTAWA, Marc h4 - The bond sale closed."),
        "BOND SALE",
        ("OTTAWA", "Marc h4", None),
    ),
    Case(
        "comma in date",
        _story("RAIL STRIKE", "MADRID, May, 6 - Rail workers struck."),
        "RAIL STRIKE",
        ("MADRID", "May, 6", None),
    ),
    Case(
        "comma in date",
        _story("WOOL SALE", "WELLINGTON, April, 22 - The wool sale ended."),
        "WOOL SALE",
        ("WELLINGTON", "April, 22", None),
    ),
    # ------------------------------------------------------------ stray character before the indent
    Case(
        "stray character",
        "\x02\nFRENCH TRADE GAP\nx    PARIS, May 2 - The trade gap narrowed.\n Reuter\n\x03\n",
        "FRENCH TRADE GAP",
        ("PARIS", "May 2", None),
    ),
    Case(
        "stray character",
        "\x02\nBONN BUDGET\n.    BONN, May 2 - The budget passed.\n Reuter\n\x03\n",
        "BONN BUDGET",
        ("BONN", "May 2", None),
    ),
    # ------------------------------------------------------------ unspaced em dash after the place
    Case(
        "unspaced em dash",
        "Candidate Visits Plant\n\nDAYTON, Ohio\u2014Candidate Ann Roe toured the plant on Monday.",
        "Candidate Visits Plant",
        ("DAYTON, Ohio", None, None),
    ),
    Case(
        "unspaced em dash",
        "Mill Closes\n\nDULUTH, Minn.\u2014The paper mill closed on Friday.",
        "Mill Closes",
        ("DULUTH, Minn.", None, None),
    ),
    Case(
        "glued double hyphen is no dateline",
        "Board Meets\n\nSIEGEL--Jerome, 81, died on Friday.",
        "Board Meets",
        NONE,
    ),
    # ------------------------------------------------------------ a month with no day
    Case(
        "month without day",
        _story("CATTLE SALES", "DALLAS, May - Cattle sales rose."),
        "CATTLE SALES",
        ("DALLAS", "May", None),
    ),
    Case(
        "month without day",
        _story("CORN ACREAGE", "DES MOINES, Iowa, April - Corn acreage rose."),
        "CORN ACREAGE",
        ("DES MOINES, Iowa", "April", None),
    ),
    # ------------------------------------------------------------ title-case credit without a date
    Case(
        "title-case credit",
        "Quake Hits Capital\n\nParis (AFP) \u2013 A quake shook the city.",
        "Quake Hits Capital",
        ("Paris", None, "AFP"),
    ),
    Case(
        "title-case credit",
        "Blast In Market\n\nKabul (AFP) \u2015 A blast hit the market.",
        "Blast In Market",
        ("Kabul", None, "AFP"),
    ),
    Case(
        "title-case credit",
        "Talks Resume\n\nNairobi (AFP) - Talks resumed on Monday.",
        "Talks Resume",
        ("Nairobi", None, "AFP"),
    ),
    Case(
        "title-case credit",
        "Vote Counted\n\nLa Paz (AFP) \u2013 Votes were counted.",
        "Vote Counted",
        ("La Paz", None, "AFP"),
    ),
    Case(
        "false friend",
        "Pension Rules\n\nAporte a Pensiones (AFP) - The fund changed its rules.",
        "Pension Rules",
        NONE,
    ),
    # ------------------------------------------------------------ shapes that already read
    Case(
        "dateline",
        _story("RATES FALL", "LONDON, March 3 - Rates fell."),
        "RATES FALL",
        ("LONDON", "March 3", None),
    ),
    Case(
        "dateline",
        "Oil Rises\n\nHOUSTON, Oct 5 (Reuters) - Oil rose.",
        "Oil Rises",
        ("HOUSTON", "Oct 5", "Reuters"),
    ),
    Case(
        "dateline",
        "Port Open\n\nBEIRUT (AP) \u2014 The port opened.",
        "Port Open",
        ("BEIRUT", None, "AP"),
    ),
    Case(
        "dateline",
        "Tea Auction\n\nNew Delhi, Sep 20 (PTI) The tea auction closed.",
        "Tea Auction",
        ("New Delhi", "Sep 20", "PTI"),
    ),
    Case(
        "dateline",
        "Strike Called\n\nMOSCOW, October 4. /TASS/. The union called a strike.",
        "Strike Called",
        ("MOSCOW", "October 4", "TASS"),
    ),
    Case(
        "dateline",
        _story("CANADA JOBS", "OTTAWA, May 8 - Canada added jobs."),
        "CANADA JOBS",
        ("OTTAWA", "May 8", None),
    ),
    Case(
        "no dateline",
        _story("ACME SEES GAIN", "Acme Corp said it expects a gain of 10 pct."),
        "ACME SEES GAIN",
        NONE,
    ),
    Case(
        "no dateline",
        _story("TRADE BILL", "Obama - who spoke first - left the hall."),
        "TRADE BILL",
        NONE,
    ),
]


def check(case: Case) -> list[str]:
    """What newsparse gets wrong on one row (an empty list when all is right)."""
    article = parse(case.text)
    text = case.text
    wrong = []
    headline = None if article.headline is None else article.headline.of(text)
    if headline != case.headline:
        wrong.append(f"headline {headline!r}, want {case.headline!r}")
    d = article.dateline
    got = None
    if d is not None:
        got = tuple(None if s is None else s.of(text) for s in (d.place, d.date, d.agency))
    if got != case.dateline:
        wrong.append(f"dateline {got!r}, want {case.dateline!r}")
    return wrong


def main() -> int:
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    misses = []
    for case in CASES:
        total[case.shape] += 1
        wrong = check(case)
        if wrong:
            misses.append((case, wrong))
        else:
            right[case.shape] += 1
    width = max(len(s) for s in total)
    for shape in total:
        print(f"{shape:<{width}}  {right[shape]:3d} / {total[shape]:3d}")
    print(f"{'all':<{width}}  {sum(right.values()):3d} / {len(CASES):3d}")
    for case, wrong in misses:
        print(f"MISS {case.shape}: {case.text[:70]!r}: {'; '.join(wrong)}")
    return 1 if misses else 0


if __name__ == "__main__":
    sys.exit(main())
