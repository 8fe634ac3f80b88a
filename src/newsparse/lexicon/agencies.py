"""News agencies and the names they go by in a dateline credit or a lead, as data.

A dateline credits its agency in one of a few shapes: ``(AP)``, ``/TASS/.``,
``--(BUSINESS WIRE)--`` or, in 1987 Reuters copy, ``, Reuter``.  Keys of
:data:`AGENCY_NAMES` are the words between the marks, folded with
:func:`agency_key`; the value is the agency's usual name.  Ids refer to
``wire-conventions.md``.

>>> AGENCY_NAMES[agency_key("REUTERS")]
'Reuters'
>>> AGENCY_NAMES[agency_key("Business  Wire")]
'Business Wire'
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Final

__all__ = [
    "AGENCY_NAMES",
    "ALIASES",
    "CREDIT_HEADS",
    "CREDIT_VERBS",
    "GERMAN_SERVICES",
    "SLASH_PREFIXES",
    "agency_key",
]


def agency_key(name: str) -> str:
    """The lookup key of an agency name: case folded, spaces and hyphens squeezed.

    >>> agency_key(" Itar-Tass ")
    'itar tass'
    """
    return " ".join(name.replace("-", " ").replace("\u00a0", " ").split()).casefold()


_AGENCIES: Final = (
    # (usual name, names seen in credits, convention)
    ("AP", ("AP", "Associated Press", "The Associated Press"), "D-AP-1..4, S-2"),
    ("Reuters", ("Reuters", "Reuter", "Thomson Reuters"), "D-RTR-1/2, T-RTR-3"),
    ("AFP", ("AFP", "Agence France-Presse", "Agence France Presse"), "D-AFP-1..3"),
    ("Xinhua", ("Xinhua", "Xinhua News Agency"), "D-XIN-1..5"),
    ("TASS", ("TASS", "ITAR-TASS", "Itar Tass"), "D-TASS-1..3, A-6"),
    ("UPI", ("UPI", "United Press International"), "D-UPI-1..4"),
    ("Bloomberg", ("Bloomberg", "Bloomberg News"), "D-BBG-1/2"),
    ("PTI", ("PTI", "Press Trust of India"), "D-PTI-1..3"),
    ("IANS", ("IANS", "Indo-Asian News Service"), "D-IANS-1"),
    ("MNA", ("MNA", "Mehr", "Mehr News Agency", "Mehr News"), "D-MNA-1/2, A-9"),
    ("TheStreet", ("TheStreet", "TheStreet.com"), "D-TS-1"),
    ("PR Newswire", ("PRNewswire", "PR Newswire"), "D-PRN-1"),
    ("Business Wire", ("BUSINESS WIRE", "BusinessWire"), "D-BW-1/2"),
    # Other national agencies that credit in the same "(AGENCY)" shape as D-AP-1
    # and D-XIN-1; listed so that their datelines are not taken for strangers.
    ("CNN", ("CNN",), "D-AP-1 shape"),
    ("dpa", ("dpa", "Deutsche Presse-Agentur"), "D-AP-1 shape"),
    ("Kyodo", ("Kyodo", "Kyodo News"), "D-AP-1 shape"),
    ("Yonhap", ("Yonhap",), "D-AP-1 shape"),
    ("IRNA", ("IRNA", "Islamic Republic News Agency"), "D-AP-1 shape; §13"),
    ("Fars", ("Fars", "Fars News Agency"), "D-AP-1 shape; A-9"),
    ("ANI", ("ANI", "Asian News International"), "D-PTI-1 shape"),
    ("UNI", ("UNI", "United News of India"), "D-PTI-1 shape"),
    ("Interfax", ("Interfax",), "D-TASS-1 family"),
    ("RIA Novosti", ("RIA Novosti", "RIA"), "D-TASS-1 family"),
    ("Sputnik", ("Sputnik",), "D-TASS-1 family"),
    ("ANSA", ("ANSA",), "D-AP-1 shape"),
    ("EFE", ("EFE",), "D-AP-1 shape"),
    ("CP", ("CP", "Canadian Press", "The Canadian Press"), "D-AP-1 shape"),
    ("AAP", ("AAP", "Australian Associated Press"), "D-AP-1 shape"),
    ("Anadolu", ("Anadolu", "Anadolu Agency", "AA"), "D-AP-1 shape"),
    ("Bernama", ("Bernama",), "D-AP-1 shape"),
    ("Antara", ("Antara",), "D-AP-1 shape"),
    ("Globe Newswire", ("GLOBE NEWSWIRE", "GlobeNewswire"), "D-BW-1 shape"),
    ("Marketwire", ("Marketwire", "MARKET WIRE", "Marketwired"), "D-BW-1 shape"),
    ("CNW", ("CNW", "Canada NewsWire"), "D-PRN-1 shape"),
    # German-language agencies (#18): "Wien (APA) -", "Zürich (awp/sda) -",
    # "Frankfurt/Main (dpa/lhe) -" (a dpa regional service after the slash).
    ("APA", ("APA", "Austria Presse Agentur"), "D-AP-1 shape, German copy"),
    ("SDA", ("SDA", "sda", "Schweizerische Depeschenagentur", "Keystone-SDA"), "German copy"),
    ("AWP", ("awp", "AWP"), "D-AP-1 shape, German copy"),
    ("KNA", ("KNA", "Katholische Nachrichten-Agentur"), "German copy"),
    ("epd", ("epd", "Evangelischer Pressedienst"), "German copy"),
    ("ddp", ("ddp", "dapd"), "German copy"),
    ("AFX", ("AFX", "dpa-AFX"), "German copy"),
)

#: Folded name (see :func:`agency_key`) -> the agency's usual name.
AGENCY_NAMES: Final = MappingProxyType(
    {agency_key(alias): name for name, aliases, _ in _AGENCIES for alias in aliases}
)

#: Every name an agency goes by, as it is usually written ("Mehr News Agency").
ALIASES: Final = tuple(alias for _, aliases, _ in _AGENCIES for alias in aliases)

#: Slash credits may carry a service suffix ("/PRNewswire-FirstCall/",
#: "/CNW Telbec/"): these are the prefixes (folded) that make such a credit (D-PRN-1).
SLASH_PREFIXES: Final = (
    "prnewswire",
    "cnw",
    "globe newswire",
    "tass",
    "itar tass",
    "dpa",
    "awp",
    "apa",
    "ddp",
)

#: German-language services (folded keys): their datelines credit any town in mixed
#: case, "Kiel (dpa) -", "Wien (APA) -", "Zürich (awp/sda) -" (#18).
GERMAN_SERVICES: Final = frozenset(
    {"dpa", "apa", "sda", "awp", "kna", "epd", "ddp", "dapd", "afx", "dpa afx"}
)

#: Nouns that end the name of an agency a lead credits ("Mehr news Agency",
#: "the official IRNA news agency"): A-9.
CREDIT_HEADS: Final = ("news agency", "press agency", "news service", "wire service")

#: Verbs with which a lead credits its agency ("…, Mehr news Agency reported."):
#: A-9, A-5 (``according to`` is handled apart, before the name).
CREDIT_VERBS: Final = ("reported", "reports", "said", "says", "quoted", "cited")
