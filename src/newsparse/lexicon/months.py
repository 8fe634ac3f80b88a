"""Month names and their spellings in datelines, as data.

Keys are lower case and carry no trailing period: a dateline parser strips the
period ("Sept." -> "sept") and folds case ("MARCH", "MArch") before looking a
word up.  Values are month numbers.  Ids refer to
``wire-conventions.md`` §3.

>>> MONTHS["sept"], MONTHS["août"], MONTHS["dez"]
(9, 8, 12)
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Final

__all__ = ["ENGLISH_FULL", "MONTHS", "NOT_TYPOS", "SWAP_TARGETS", "TYPO_TARGETS"]

#: English full names (M-AP-1: AP spells out March, April, May, June, July;
#: M-TASS-1: TASS spells out every month).
ENGLISH_FULL: Final = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)

_ENGLISH_SHORT: Final = {
    # M-AP-1 (Jan. Feb. Aug. Sept. Oct. Nov. Dec.), M-AP-2 (3 letters, no period),
    # M-RTR-1 (Reuters: Jan Feb Aug Sept Oct Nov Dec), M-PTI-1 (Sep), M-MNA-1 (Apr. Sep.),
    # M-LIB-1 (dateutil: Sep/Sept, and "Febr").
    "jan": 1,
    "feb": 2,
    "febr": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}

_FRENCH: Final = {
    # M-XIN-1 / D-XIN-4: Xinhua French service ("BEIJING, 10 août (Xinhua)").
    "janvier": 1,
    "janv": 1,
    "février": 2,
    "fevrier": 2,
    "févr": 2,
    "mars": 3,
    "avril": 4,
    "avr": 4,
    "mai": 5,
    "juin": 6,
    "juillet": 7,
    "juil": 7,
    "août": 8,
    "aout": 8,
    "septembre": 9,
    "octobre": 10,
    "novembre": 11,
    "décembre": 12,
    "decembre": 12,
    "déc": 12,
}

_PORTUGUESE: Final = {
    # M-AFP-1 / D-AFP-3: AFP Portuguese service, day first ("LONDRES, 31 dez 2008").
    "janeiro": 1,
    "fevereiro": 2,
    "fev": 2,
    "março": 3,
    "marco": 3,
    "abril": 4,
    "abr": 4,
    "maio": 5,
    "junho": 6,
    "julho": 7,
    "agosto": 8,
    "ago": 8,
    "setembro": 9,
    "set": 9,
    "outubro": 10,
    "out": 10,
    "novembro": 11,
    "dezembro": 12,
    "dez": 12,
}

_SPANISH: Final = {
    # M-AFP-1: AFP's other services put the day first; Spanish spellings (EFE, AFP-es).
    "enero": 1,
    "ene": 1,
    "febrero": 2,
    "marzo": 3,
    "mayo": 5,
    "junio": 6,
    "julio": 7,
    "septiembre": 9,
    "setiembre": 9,
    "octubre": 10,
    "noviembre": 11,
    "diciembre": 12,
    "dic": 12,
}

_GERMAN: Final = {
    # M-AFP-1: day-first services; German spellings (dpa, AFP-de).
    "januar": 1,
    "jänner": 1,
    "februar": 2,
    "märz": 3,
    "maerz": 3,
    "juni": 6,
    "juli": 7,
    "oktober": 10,
    "dezember": 12,
}

#: Every spelling, lower case, without a trailing period -> month number.
MONTHS: Final = MappingProxyType(
    {
        **{name: number for number, name in enumerate(ENGLISH_FULL, start=1)},
        **_ENGLISH_SHORT,
        **_FRENCH,
        **_PORTUGUESE,
        **_SPANISH,
        **_GERMAN,
    }
)

#: Spellings a wire typo may be one edit away from ("Narch 2", "Marc 3", "Mach 4"
#: in 1987 Reuters copy).  Only English names of four letters or more: one edit
#: from a three-letter abbreviation reaches too many ordinary words.
TYPO_TARGETS: Final = tuple(name for name in (*ENGLISH_FULL, "sept", "febr") if len(name) >= 4)

#: Spellings a typo with two letters swapped may come from ("Mrach 3", "Arpil 7", "Fbe 12",
#: "Mya 9" in wire copy keyed by hand): the English names and their three-letter
#: abbreviations.  Read only where a dateline's date must stand (after "PLACE, ", before a
#: valid day), where a swap cannot be an ordinary word.
SWAP_TARGETS: Final = tuple(
    dict.fromkeys(
        (*ENGLISH_FULL, "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
    )
)

#: Three-letter words one letter off a month abbreviation that are abbreviations of their
#: own, never read as a misspelt month: weekdays ("Sun" is not "Jun") and Canadian
#: provinces ("Man." is not "Mar").
NOT_TYPOS: Final = frozenset(
    {"mon", "tue", "wed", "thu", "fri", "sat", "sun", "man", "ont", "que", "nfl", "yuk"}
)
