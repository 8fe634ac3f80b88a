"""Pronouns that stand for a speaker, with gender and number (wire-conventions §9).

``m``/``f`` for he/she, ``p`` for plural ("they" — groups and organisations),
``n`` for "it" (organisations, documents), ``r`` for the relative "who"
("Clinton, who said ...") that points at the name just before it.

A pronoun takes the most recent speaker it agrees with (A-1, A-10: "…," he
said after a named speaker).  What a speaker agrees with comes from data: the
honorific before the name (``titles.HONORIFICS``: Mr./Mrs./Ms.), a given name
(``given_names.GIVEN_NAME_GENDERS``: "Ann Lee"), a pronoun
already resolved to the same name, a gendered role noun below ("the
spokeswoman"), a plural head ("officials", "the police") or an organisation.
"""

from __future__ import annotations

__all__ = [
    "AGREES_WITH",
    "GENDERED_NOUNS",
    "GERMAN_PRONOUNS",
    "PLURAL_NOUNS",
    "POSSESSIVE_SPEAKERS",
    "RELATIVE_PRONOUNS",
    "SPEAKER_PRONOUNS",
]

#: Subject pronouns a cue may take, lower case, with their agreement class.
SPEAKER_PRONOUNS: dict[str, str] = {
    "he": "m",
    "she": "f",
    "they": "p",
    "it": "n",
    "we": "p",
    "i": "s",
    "who": "r",
}

#: Which speakers a pronoun class may stand for, by the speaker's agreement:
#: ``m``/``f`` a man or woman, ``""`` a person of unknown gender, ``p`` a
#: group, ``n`` an organisation.  "she" never takes the ministry or a man,
#: "they" never takes one person (A-13 "sources said … they", A-8 "the
#: company said … it").
AGREES_WITH: dict[str, frozenset[str]] = {
    "m": frozenset({"m", ""}),
    "f": frozenset({"f", ""}),
    "r": frozenset({"m", "f", ""}),
    "p": frozenset({"p", "n"}),
    "n": frozenset({"n"}),
    "fp": frozenset({"f", "p", "n", ""}),  # German "sie": she, or they
    "mn": frozenset({"m", "n", ""}),  # German "sein": his, or its
}

#: German subject pronouns and their class (#18): "er" a man, "sie" a woman or a
#: group; read by the pronoun resolver only, so English rules never see them.
GERMAN_PRONOUNS: dict[str, str] = {"er": "m", "sie": "fp", "ich": "s", "wir": "p"}

#: Role nouns with a gender (A-10 "the spokeswoman added"; AP style gives
#: "spokesman"/"spokeswoman", "chairman"/"chairwoman").
GENDERED_NOUNS: dict[str, str] = {
    "spokesman": "m",
    "spokeswoman": "f",
    "chairman": "m",
    "chairwoman": "f",
    "congressman": "m",
    "congresswoman": "f",
    "businessman": "m",
    "businesswoman": "f",
    "man": "m",
    "woman": "f",
    "king": "m",
    "queen": "f",
    "prince": "m",
    "princess": "f",
    "father": "m",
    "mother": "f",
    "brother": "m",
    "sister": "f",
    "son": "m",
    "daughter": "f",
    "husband": "m",
    "wife": "f",
    "widow": "f",
    "grandmother": "f",
    "grandfather": "m",
    "boy": "m",
    "girl": "f",
    # German role nouns and titles (#18): the feminine ends in -in ("die Ministerin");
    # the masculine only where English has no such word ("minister" is English too)
    "ministerin": "f",
    "kanzler": "m",
    "kanzlerin": "f",
    "bundeskanzler": "m",
    "bundeskanzlerin": "f",
    "präsident": "m",
    "präsidentin": "f",
    "sprecher": "m",
    "sprecherin": "f",
    "bürgermeister": "m",
    "bürgermeisterin": "f",
    "chefin": "f",
    "politiker": "m",
    "politikerin": "f",
    "frau": "f",
    "herr": "m",
}

#: Plural heads without an -s (A-13 "people familiar with …", "police said").
PLURAL_NOUNS = frozenset({"people", "police", "staff", "crowd", "family", "children", "men"})

#: Relative pronouns that open a clause about the speaker, between the
#: speaker and the cue (A-2, A-13: "A spokesman, who declined to be named,
#: said"; "according to a diplomat who asked not to be named, …").
RELATIVE_PRONOUNS = frozenset({"who", "whom", "whose", "which"})

#: Possessive determiners: the owner of a claim ("his claim that …", "their fear that …").
POSSESSIVES = frozenset({"his", "her", "their", "its", "our", "my", "your"})


#: Possessive determiners and the agreement class of the speaker they name: "His answer
#: was blunt: “…”", "Seine Antwort lautete: „…“" (the answer is his: he speaks).
#: German "sein" is "his" or "its" (``mn``), "ihr" "her" or "their" (``fp``).
POSSESSIVE_SPEAKERS: dict[str, str] = {
    "his": "m",
    "her": "f",
    "their": "p",
    "its": "n",
    "sein": "mn",
    "seine": "mn",
    "ihre": "fp",
    "ihr": "fp",
}
