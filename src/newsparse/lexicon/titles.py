"""Titles, roles and speaker nouns for attribution mentions (wire-conventions §9).

A title before a name ("Russian President Vladimir Putin", "New Jersey Gov.
Chris Christie") is not part of the name; a role noun later ("the president",
"the Russian leader") refers back to whoever held that title in the article.
All words are lower case; abbreviations keep their period.
"""

from __future__ import annotations

from newsparse.lexicon.german import DEFINITE_ARTICLES
from newsparse.lexicon.german import PREPOSITIONS as GERMAN_PREPOSITIONS

__all__ = [
    "AGENT_PERSONS",
    "ANONYMOUS_NOUNS",
    "COMPANY_NOUNS",
    "DETERMINERS",
    "HEAD_OF_STATE",
    "HONORIFICS",
    "INDEFINITE_ARTICLES",
    "LIEUTENANT_TITLES",
    "NAME_CONNECTORS",
    "NAME_SECOND_PARTICLES",
    "NAME_STOPWORDS",
    "NARRATIVE_KINDS",
    "ORGANISATION_NOUNS",
    "ROLE_LINKS",
    "ROLE_NOUNS",
    "SPEAKER_COMPLEMENTS",
    "SPEAKER_HEADS",
    "TITLES",
    "TITLE_ABBREVIATION_ROLES",
]

#: Titles written before a name.  Political and military titles (AP style
#: abbreviations Gov., Sen., Rep., Lt., Gen. ...) and job titles of speakers.
TITLES = frozenset(
    {
        "president",
        "vice",
        "prime",
        "minister",
        "premier",
        "chancellor",
        "secretary",
        "senator",
        "sen.",
        "representative",
        "rep.",
        "congressman",
        "congresswoman",
        "governor",
        "gov.",
        "lt.",
        "mayor",
        "king",
        "queen",
        "prince",
        "princess",
        "pope",
        "general",
        "gen.",
        "col.",
        "colonel",
        "maj.",
        "major",
        "capt.",
        "captain",
        "adm.",
        "admiral",
        "sgt.",
        "sergeant",
        "cmdr.",
        "commander",
        "judge",
        "justice",
        "chief",
        "chairman",
        "chairwoman",
        "chair",
        "director",
        # local offices and descriptors capitalised before a name (AP lowercases
        # the descriptors, much copy does not): "Chicago Alderman Jason Ervin",
        # "Assemblywoman Claudia Tenney", "Comedian Sarah Silverman"
        "alderman",
        "alderwoman",
        "assemblyman",
        "assemblywoman",
        "councilman",
        "councilwoman",
        "councillor",
        "councilor",
        "lawmaker",
        "legislator",
        "businessman",
        "businesswoman",
        "billionaire",
        "comedian",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "ambassador",
        "envoy",
        "leader",
        "candidate",
        "nominee",
        "speaker",
        "commissioner",
        "attorney",
        "sheriff",
        "officer",
        "ceo",
        "founder",
        "executive",
        "manager",
        "analyst",
        "professor",
        "prof.",
        "rev.",
        "reverend",
        "father",
        "sister",
        "bishop",
        "cardinal",
        "ayatollah",
        "sheikh",
        "emir",
        "sultan",
        "foreign",
        "defense",
        "defence",
        "interior",
        "finance",
        "deputy",
        "former",
        "acting",
        "state",
        "opposition",
        "party",
        "campaign",
        "house",
        "senate",
        "white",
        "majority",
        "minority",
        "republican",
        "democratic",
        "democrat",
        "presidential",
        "u.s.",
        "us",
    }
) | frozenset(
    # German titles before a name (#18): "Bundeskanzlerin Angela Merkel", "Ministerin
    # Anna Berg", "Verdi-Chef Karl Huber" keeps its compound as a whole word
    {"bundeskanzler", "bundeskanzlerin", "kanzler", "kanzlerin", "ministerin"}
    | {"ministerpräsident", "ministerpräsidentin", "präsident", "präsidentin"}
    | {"bundespräsident", "bundespräsidentin", "bürgermeister", "bürgermeisterin"}
    | {"sprecher", "sprecherin", "chefin", "staatssekretär", "staatssekretärin"}
    | {"richter", "richterin", "abgeordnete", "abgeordneter", "senator", "senatorin"}
)

#: The roles an AP-style title abbreviation before a name stands for, so that a later
#: "the governor" is "Gov. Ann Lee" (AP: Gov., Sen., Rep. and the military ranks are
#: abbreviated before a full name and spelled out alone; a House member is "the
#: congressman" or "the congresswoman" after "Rep.").
TITLE_ABBREVIATION_ROLES: dict[str, frozenset[str]] = {
    "gov.": frozenset({"governor"}),
    "sen.": frozenset({"senator"}),
    "rep.": frozenset({"representative", "congressman", "congresswoman"}),
    "gen.": frozenset({"general"}),
    "adm.": frozenset({"admiral"}),
    "col.": frozenset({"colonel"}),
    "maj.": frozenset({"major"}),
    "capt.": frozenset({"captain"}),
    "cmdr.": frozenset({"commander"}),
    "sgt.": frozenset({"sergeant"}),
    "lt.": frozenset({"lieutenant"}),
    "prof.": frozenset({"professor"}),
}

#: Titles that make the next one a different office: a lieutenant governor ("Lt. Gov.")
#: is no governor, a lieutenant colonel no colonel.
LIEUTENANT_TITLES = frozenset({"lt.", "lieutenant", "vice", "deputy"})

#: Titles whose holder a later "the leader" may refer to (seed line 41:
#: "According to the Russian leader").
HEAD_OF_STATE = frozenset(
    {"president", "prime", "premier", "chancellor", "king", "queen", "emir", "sultan", "leader"}
)

#: Honorifics with the gender they give a pronoun ("Mr. Barrett said ... he").
HONORIFICS: dict[str, str] = {
    "mr.": "m",
    "mr": "m",
    "mrs.": "f",
    "mrs": "f",
    "ms.": "f",
    "ms": "f",
    "miss": "f",
    "sir": "m",
    "dr.": "",
    "dr": "",
}

#: Persons named by a noun in "-er" that the role lists leave out: such a noun heads
#: a subject with an *of* phrase ("A member of the family said"); a bare "-er" does not
#: ("A letter from the mayor", "A number of experts").
AGENT_PERSONS = frozenset(
    {"leader", "leaders", "member", "members", "owner", "owners", "worker", "workers"}
    | {"voter", "voters", "supporter", "supporters", "manager", "managers", "founder"}
    | {"writer", "teacher", "teachers", "lawyer", "lawyers", "farmer", "farmers", "player"}
    | {"researcher", "researchers", "speaker", "partner", "partners", "reporter", "reporters"}
)

#: Role nouns that stand for a person named elsewhere in the article.
ROLE_NOUNS = frozenset(
    {
        "president",
        "leader",
        "minister",
        "premier",
        "chancellor",
        "secretary",
        "senator",
        "governor",
        "mayor",
        "king",
        "queen",
        "pope",
        "general",
        "judge",
        "chairman",
        "chairwoman",
        "director",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "ambassador",
        "envoy",
        "candidate",
        "nominee",
        "speaker",
        "commissioner",
        "official",
        "congressman",
        "congresswoman",
        "lawmaker",
        "prosecutor",
        "attorney",
        "sheriff",
        "agent",
        "chief",
        "executive",
        "founder",
        "businessman",
        "businesswoman",
        "billionaire",
        "mogul",
        "republican",
        "democrat",
        "man",
        "woman",
    }
)

#: A-13: anonymous sources ("sources said", "a senior official said").
ANONYMOUS_NOUNS = frozenset(
    {
        "source",
        "sources",
        "official",
        "officials",
        "aide",
        "aides",
        "diplomat",
        "diplomats",
        "people",
        "person",
        "insider",
        "insiders",
        "witness",
        "witnesses",
        "resident",
        "residents",
        "analyst",
        "analysts",
        "expert",
        "experts",
        "observers",
        "critics",
        "supporters",
        "opponents",
    }
)

#: Nouns by which copy refers back to a company it named with its legal form ("Acme
#: Corp said …  The company said …", "Die Beispiel AG … Der Konzern teilte mit").
COMPANY_NOUNS = frozenset({"company", "firm", "unternehmen", "konzern"})

#: Organisation heads ("the ministry said", A-8 "the company said in a statement").
ORGANISATION_NOUNS = frozenset(
    {
        "ministry",
        "company",
        "agency",
        "department",
        "government",
        "campaign",
        "committee",
        "office",
        "police",
        "military",
        "army",
        "group",
        "firm",
        "bank",
        "council",
        "court",
        "board",
        "administration",
        "embassy",
        "party",
        "coalition",
        "union",
        "organization",
        "organisation",
        "foundation",
        "institute",
        "commission",
        "network",
        "newspaper",
        "paper",
        "report",
        "study",
        "poll",
        "survey",
        "statement",
        "kremlin",
        "pentagon",
    }
)

#: Indefinite articles (English and German): "a spokesman", "ein Sprecher" introduces
#: somebody the copy does not name, not the holder of the role named before.
INDEFINITE_ARTICLES = frozenset({"a", "an", "another", "ein", "eine"})

#: Words that open a noun phrase naming a speaker.
DETERMINERS = frozenset(
    {
        "the",
        "a",
        "an",
        "another",
        "one",
        "some",
        "many",
        "several",
        "most",
        "two",
        "three",
        "four",
        "both",
        "his",
        "her",
        "its",
        "their",
        "our",
        "my",
        "your",
        "this",
        "that",
        "these",
        "those",
        "other",
        "each",
        "no",
        "few",
        "all",
    }
)

#: Capitalised words that open sentences but never belong to a name.
NAME_STOPWORDS = frozenset(
    {
        "the",
        "a",
        "an",
        "and",
        "but",
        "or",
        "so",
        "yet",
        "in",
        "on",
        "at",
        "as",
        "for",
        "of",
        "to",
        "by",
        "with",
        "from",
        "after",
        "before",
        "during",
        "when",
        "while",
        "if",
        "then",
        "now",
        "still",
        "also",
        "meanwhile",
        "however",
        "elsewhere",
        "according",
        "speaking",
        "asked",
        "earlier",
        "later",
        "this",
        "that",
        "these",
        "those",
        "there",
        "here",
        "it",
        "he",
        "she",
        "they",
        "we",
        "i",
        "you",
        "his",
        "her",
        "their",
        "our",
        "my",
        "your",
        "its",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "said",
        "says",
        "told",
        "added",
        "why",
        "what",
        "who",
        "how",
        "where",
        "yes",
        "no",
        "not",
        "both",
        "since",
        "because",
        "although",
        "though",
        "despite",
        "instead",
        "indeed",
        "even",
        "just",
        "only",
        "once",
        "all",
        "some",
        "many",
        "most",
        "other",
        "another",
        "each",
        "every",
        "one",
    }
)

#: Lower-case words inside a name ("Osama bin Laden", "Ursula von der Leyen").
NAME_CONNECTORS = frozenset({"of", "de", "van", "von", "bin", "al", "la", "le", "da", "du", "del"})
#: Particles that follow one of :data:`NAME_CONNECTORS` in a name ("von der Leyen", "van
#: den Berg", "de la Cruz", "de los Santos").
NAME_SECOND_PARTICLES = frozenset({"der", "den", "la", "los", "las"})

#: A-13: head nouns of a speaker phrase with a complement ("a source close to
#: him said", "a spokesman for the campaign said").
SPEAKER_HEADS = (
    ANONYMOUS_NOUNS
    | {"spokesman", "spokeswoman", "spokesperson"}
    | {
        "official",
        "officials",
        "source",
        "sources",
        "aide",
        "aides",
    }
)

#: A-13: words that join a speaker head to its complement ("a spokesman for
#: the ministry", "an aide to the governor", "officials at the embassy").
SPEAKER_COMPLEMENTS = frozenset({"for", "to", "of", "at", "in", "with", "from"})

#: Words that join a role to somebody else's name, not to its holder's: "a spokesman
#: for Ann Lee", "the aide and Ann Lee", "die Sprecherin von Anna Roth", "der Chef des
#: Verwaltungsrats Uwe Roth" (English and German prepositions, conjunctions and the
#: German definite articles of a genitive).
ROLE_LINKS = (
    SPEAKER_COMPLEMENTS
    | GERMAN_PREPOSITIONS
    | DEFINITE_ARTICLES
    | frozenset({"and", "or", "und", "oder"})
)

#: Mention kinds that a narrative sentence's subject must have to speak the
#: quote that opens the next paragraph (A-1 continuation: "Howard pressed
#: on.⏎⏎“…”").
NARRATIVE_KINDS = frozenset({"name", "pronoun"})
