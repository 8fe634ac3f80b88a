"""Places, as data: stand-alone cities, state abbreviations, countries for
datelines, and the adjectives of nationality made from places.

A dateline parser must not *require* a place to be listed here (AP-2, AP-6:
any city can file a story), but the lists settle the cases where the shape
alone is ambiguous: a colon after a capitalised word is also a transcript's
speaker label ("HOLT: Good evening"), so the colon dateline (D-TIME-1) needs a
known place.  Names are stored upper case, spaces single; :func:`place_key`
folds a candidate the same way.  Ids refer to ``wire-conventions.md`` §2.

>>> place_key("St.  Louis") in STANDALONE_CITIES
True
>>> STATE_ABBREVIATIONS["CALIF"]
'California'
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Final

__all__ = [
    "COUNTRIES",
    "NATIONALITY_ADJECTIVES",
    "NOT_PLACES",
    "PLACE_CONNECTORS",
    "STANDALONE_CITIES",
    "STATE_ABBREVIATIONS",
    "place_key",
]


def place_key(name: str) -> str:
    """The lookup key of a place: upper case, single spaces, curly apostrophe made straight.

    >>> place_key("Tel  Aviv")
    'TEL AVIV'
    """
    return " ".join(name.replace("\u2019", "'").split()).upper()


#: AP-1: the 30 US cities that stand alone in AP datelines.
_AP_US: Final = (
    "ATLANTA, BALTIMORE, BOSTON, CHICAGO, CINCINNATI, CLEVELAND, DALLAS, DENVER, DETROIT, "
    "HONOLULU, HOUSTON, INDIANAPOLIS, LAS VEGAS, LOS ANGELES, MIAMI, MILWAUKEE, MINNEAPOLIS, "
    "NEW ORLEANS, NEW YORK, OKLAHOMA CITY, PHILADELPHIA, PHOENIX, PITTSBURGH, ST. LOUIS, "
    "SALT LAKE CITY, SAN ANTONIO, SAN DIEGO, SAN FRANCISCO, SEATTLE, WASHINGTON"
)

#: AP-6: foreign datelines observed standing alone (deseret.com world datelines).
_AP_FOREIGN_SEEN: Final = (
    "HONG KONG, ZAGREB, PARIS, ATHENS, JAKARTA, JERUSALEM, RABAT, KATMANDU, ROTTERDAM, "
    "BUENOS AIRES, BEIJING, BOGOTA, LONDON, TEHRAN, NAZARETH, KANDAHAR, QUITO, TOKYO"
)

#: AP-6 and §13: AP's own list of foreign cities that stand alone was not
#: retrieved; these are the capitals and news centres that the agency datelines
#: of §1 show standing alone (D-AP-1 BEIRUT, D-MNA-2 MOSCOW, D-XIN-1 BEIJING,
#: D-AFP-1 MADRID, D-JOINT-1 BRUSSELS) and the other national capitals and
#: financial centres that wire copy datelines the same way.
_FOREIGN_CENTRES: Final = (
    "AMSTERDAM, BAGHDAD, BANGKOK, BEIRUT, BERLIN, BRUSSELS, CAIRO, DAMASCUS, DUBAI, DUBLIN, "
    "GENEVA, HAVANA, HELSINKI, ISLAMABAD, ISTANBUL, JOHANNESBURG, KABUL, KUWAIT CITY, LISBON, "
    "MADRID, MANILA, MEXICO CITY, MILAN, MONACO, MONTREAL, MOSCOW, NEW DELHI, OSLO, OTTAWA, "
    "PANAMA CITY, PRAGUE, QUEBEC CITY, RIO DE JANEIRO, ROME, SAO PAULO, SEOUL, SHANGHAI, "
    "SINGAPORE, STOCKHOLM, SYDNEY, TAIPEI, TORONTO, VATICAN CITY, VIENNA, WARSAW, ZURICH, "
    "ANKARA, RIYADH, DOHA, ABU DHABI, KIEV, KYIV, MINSK, BELGRADE, BUDAPEST, BUCHAREST, SOFIA, "
    "COPENHAGEN, MUMBAI, KARACHI, LAGOS, NAIROBI, HANOI, CARACAS, LIMA, SANTIAGO, BRASILIA, "
    "FRANKFURT, TEL AVIV, GAZA, BAKU, TBILISI, YEREVAN"
)

#: D-AFP-1, D-AFP-2, D-XIN-3 (the agency credit after a mixed-case place: "Tallinn … (AFP) -"):
#: the agencies dateline from every national capital without a country, so the
#: remaining UN members' capitals (and Ramallah, Pristina, Taipei's neighbours in
#: the news) are listed here; names as the agencies spell them, older spellings too.
_NATIONAL_CAPITALS: Final = (
    "THE HAGUE, RIGA, VILNIUS, TALLINN, BRATISLAVA, LJUBLJANA, SARAJEVO, SKOPJE, TIRANA, "
    "PODGORICA, PRISTINA, CHISINAU, REYKJAVIK, LUXEMBOURG, VALLETTA, NICOSIA, BERN, VADUZ, "
    "ANDORRA LA VELLA, SAN MARINO, ALGIERS, TUNIS, TRIPOLI, KHARTOUM, JUBA, ADDIS ABABA, "
    "ASMARA, DJIBOUTI, MOGADISHU, KAMPALA, KIGALI, BUJUMBURA, DODOMA, DAR ES SALAAM, "
    "KINSHASA, BRAZZAVILLE, LUANDA, LUSAKA, HARARE, LILONGWE, MAPUTO, GABORONE, WINDHOEK, "
    "PRETORIA, CAPE TOWN, MASERU, MBABANE, ANTANANARIVO, PORT LOUIS, VICTORIA, MORONI, "
    "DAKAR, BAMAKO, NIAMEY, OUAGADOUGOU, NOUAKCHOTT, BANJUL, BISSAU, CONAKRY, FREETOWN, "
    "MONROVIA, ABIDJAN, YAMOUSSOUKRO, ACCRA, LOME, COTONOU, PORTO-NOVO, ABUJA, YAOUNDE, "
    "MALABO, LIBREVILLE, BANGUI, N'DJAMENA, PRAIA, SAO TOME, ASTANA, NUR-SULTAN, ALMATY, "
    "TASHKENT, BISHKEK, DUSHANBE, ASHGABAT, ULAANBAATAR, ULAN BATOR, PYONGYANG, DHAKA, "
    "COLOMBO, KATHMANDU, THIMPHU, MALE, KUALA LUMPUR, PHNOM PENH, VIENTIANE, YANGON, "
    "NAYPYITAW, NAY PYI TAW, DILI, BANDAR SERI BEGAWAN, WELLINGTON, CANBERRA, PORT MORESBY, "
    "SUVA, HONIARA, AMMAN, SANAA, ADEN, MUSCAT, MANAMA, RAMALLAH, MONTEVIDEO, ASUNCION, "
    "LA PAZ, SUCRE, SAN JOSE, MANAGUA, TEGUCIGALPA, GUATEMALA CITY, SAN SALVADOR, "
    "BELMOPAN, SANTO DOMINGO, PORT-AU-PRINCE, KINGSTON, NASSAU, BRIDGETOWN, "
    "PORT OF SPAIN, GEORGETOWN, PARAMARIBO, CAYENNE"
)


#: Every stand-alone dateline city (AP-1, AP-6), upper case.
STANDALONE_CITIES: Final = frozenset(
    place_key(name)
    for blob in (_AP_US, _AP_FOREIGN_SEEN, _FOREIGN_CENTRES, _NATIONAL_CAPITALS)
    for name in blob.split(",")
)

#: AP-3: AP dateline abbreviations of US states (not postal codes), keyed upper
#: case without periods; the 8 states AP never abbreviates appear in full.  The
#: variants after them were seen in 1987 Reuters copy and press-release
#: datelines (AP-3: "expect redundant states in PR copy").
STATE_ABBREVIATIONS: Final = MappingProxyType(
    {
        "ALA": "Alabama",
        "ARIZ": "Arizona",
        "ARK": "Arkansas",
        "CALIF": "California",
        "COLO": "Colorado",
        "CONN": "Connecticut",
        "DEL": "Delaware",
        "FLA": "Florida",
        "GA": "Georgia",
        "ILL": "Illinois",
        "IND": "Indiana",
        "KAN": "Kansas",
        "KY": "Kentucky",
        "LA": "Louisiana",
        "MD": "Maryland",
        "MASS": "Massachusetts",
        "MICH": "Michigan",
        "MINN": "Minnesota",
        "MISS": "Mississippi",
        "MO": "Missouri",
        "MONT": "Montana",
        "NEB": "Nebraska",
        "NEV": "Nevada",
        "NH": "New Hampshire",
        "NJ": "New Jersey",
        "NM": "New Mexico",
        "NY": "New York",
        "NC": "North Carolina",
        "ND": "North Dakota",
        "OKLA": "Oklahoma",
        "ORE": "Oregon",
        "PA": "Pennsylvania",
        "RI": "Rhode Island",
        "SC": "South Carolina",
        "SD": "South Dakota",
        "TENN": "Tennessee",
        "VT": "Vermont",
        "VA": "Virginia",
        "WASH": "Washington",
        "WVA": "West Virginia",
        "WIS": "Wisconsin",
        "WYO": "Wyoming",
        # AP-3: never abbreviated.
        "ALASKA": "Alaska",
        "HAWAII": "Hawaii",
        "IDAHO": "Idaho",
        "IOWA": "Iowa",
        "MAINE": "Maine",
        "OHIO": "Ohio",
        "TEXAS": "Texas",
        "UTAH": "Utah",
        # Variants seen on wires and in press releases (AP-3 note).
        "PENN": "Pennsylvania",
        "TEX": "Texas",
        "WISC": "Wisconsin",
        "IA": "Iowa",
        "DC": "District of Columbia",
        "PR": "Puerto Rico",
    }
)

#: Countries and territories that qualify a city (D-AP-4, D-XIN-2, D-UPI-1,
#: D-UPI-4, D-BW-2, AP-6 "SAN JUAN, Puerto Rico"), upper case.
COUNTRIES: Final = frozenset(
    place_key(name)
    for name in [
        "Afghanistan",
        "Argentina",
        "Australia",
        "Austria",
        "Bangladesh",
        "Belgium",
        "Brazil",
        "Burma",
        "Canada",
        "Chile",
        "China",
        "Colombia",
        "Cuba",
        "Egypt",
        "England",
        "France",
        "Germany",
        "West Germany",
        "Greece",
        "India",
        "Indonesia",
        "Iran",
        "Iraq",
        "Ireland",
        "Israel",
        "Italy",
        "Japan",
        "Jordan",
        "Kenya",
        "Lebanon",
        "Libya",
        "Mexico",
        "Netherlands",
        "New Zealand",
        "Nigeria",
        "Norway",
        "Pakistan",
        "Philippines",
        "Poland",
        "Portugal",
        "Puerto Rico",
        "Russia",
        "Saudi Arabia",
        "Scotland",
        "South Africa",
        "South Korea",
        "Spain",
        "Sweden",
        "Switzerland",
        "Syria",
        "Taiwan",
        "Thailand",
        "Turkey",
        "Ukraine",
        "United Arab Emirates",
        "Venezuela",
        "Vietnam",
        "Wales",
        "Yemen",
        "Alberta",
        "British Columbia",
        "Manitoba",
        "Ontario",
        "Quebec",
        "Nova Scotia",
        "Saskatchewan",
    ]
)

#: Adjectives of nationality and region, lower case: capitalised but no name, so an
#: "-ing" word after one is the noun of a phrase ("the Canadian offering", "a British
#: banking group"), not a verb with a name for its subject ("Trump calling for").
#: Words that are also a person's noun ("a Republican calling for") are left out.
NATIONALITY_ADJECTIVES: Final = frozenset(
    {"afghan", "african", "albanian", "algerian", "american", "arab", "arabian"}
    | {"argentine", "argentinian", "armenian", "asian", "australian", "austrian"}
    | {"belgian", "bolivian", "bosnian", "brazilian", "british", "bulgarian"}
    | {"cambodian", "canadian", "caribbean", "chilean", "chinese", "colombian"}
    | {"croatian", "cuban", "czech", "danish", "dutch", "ecuadorian", "egyptian"}
    | {"english", "estonian", "ethiopian", "european", "filipino", "finnish", "french"}
    | {"georgian", "german", "ghanaian", "greek", "haitian", "hungarian", "icelandic"}
    | {"indian", "indonesian", "iranian", "iraqi", "irish", "israeli", "italian"}
    | {"jamaican", "japanese", "jordanian", "kenyan", "korean", "kuwaiti", "latvian"}
    | {"lebanese", "libyan", "lithuanian", "malaysian", "mexican", "moroccan"}
    | {"nigerian", "nordic", "norwegian", "pakistani", "palestinian", "peruvian"}
    | {"philippine", "polish", "portuguese", "qatari", "romanian", "russian", "saudi"}
    | {"scottish", "serbian", "singaporean", "slovak", "somali", "soviet", "spanish"}
    | {"sudanese", "swedish", "swiss", "syrian", "taiwanese", "thai", "tunisian"}
    | {"turkish", "ukrainian", "uruguayan", "venezuelan", "vietnamese", "welsh"}
    | {"yemeni", "yugoslav", "zimbabwean"}
)

#: Capitalised words that open a paragraph with a dash or a colon and are not
#: places: service instructions (H-AFP-1: ADDS, RECAST, UPDATE, CORRECT,
#: REPEAT; Reuters 1987 "RPT"), editor's notes (H-AP-2, H-NYT-1), web furniture
#: and transcript labels (the colon is a speaker label there, A-14).
NOT_PLACES: Final = frozenset(
    [
        "ADDS",
        "ADVISORY",
        "ALERT",
        "ANALYSIS",
        "BREAKING",
        "BULLETIN",
        "CLARIFIES",
        "COMMENTARY",
        "CORRECT",
        "CORRECTED",
        "CORRECTION",
        "CORRECTS",
        "EDITORIAL",
        "EDS",
        "EMBARGO",
        "EMBARGOED",
        "EXCLUSIVE",
        "FACTBOX",
        "FEATURE",
        "FLASH",
        "INTERVIEW",
        "LIVE",
        "NOTE",
        "OPINION",
        "PHOTOS",
        "PREVIEW",
        "RECAST",
        "REPEAT",
        "REVIEW",
        "RPT",
        "SPOILER",
        "TRANSCRIPT",
        "UPDATE",
        "UPDATED",
        "URGENT",
        "VIDEO",
        "WATCH",
        "Q",
        "A",
        # Weekdays open dated listings ("MONDAY, March 3 —"): a day is not a place.
        "MONDAY",
        "TUESDAY",
        "WEDNESDAY",
        "THURSDAY",
        "FRIDAY",
        "SATURDAY",
        "SUNDAY",
        "TODAY",
        "YESTERDAY",
        "TOMORROW",
    ]
)

#: Lower-case words that join the words of a place name ("KING OF PRUSSIA",
#: "Rio de Janeiro", "Frankfurt am Main", "Stratford-upon-Avon"): AP-2, AP-6.
PLACE_CONNECTORS: Final = frozenset(
    [
        "of",
        "de",
        "del",
        "la",
        "le",
        "les",
        "du",
        "da",
        "do",
        "dos",
        "das",
        "di",
        "am",
        "an",
        "der",
        "den",
        "al",
        "el",
        "upon",
        "on",
        "sur",
        "en",
    ]
)
