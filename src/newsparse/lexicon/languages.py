"""Function words by language: what :func:`newsparse.languages.detect_language` counts.

Each list holds the commonest closed-class words of written news in one language
(articles, pronouns, prepositions, conjunctions, auxiliaries), lower case.  A word
that is common in two of the languages ("in", "so", "was", "die" in English
obituaries) is left out of both, so that a count only ever votes for one.

To add a language: add its code to :data:`LANGUAGES` and its words to
:data:`FUNCTION_WORDS` (some forty words are enough), then the per-language
word lists it needs (see ``docs/languages.md``).
"""

from __future__ import annotations

#: The languages newsparse reads, in order of preference when the counts tie.
LANGUAGES: tuple[str, ...] = ("en", "de")

#: Language code -> its function words.
FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        {"the", "and", "of", "to", "a", "is", "that", "for", "it", "with", "on", "as"}
        | {"at", "by", "this", "from", "are", "be", "or", "an", "have", "has", "had"}
        | {"not", "but", "they", "he", "she", "his", "her", "their", "which", "who"}
        | {"would", "will", "were", "been", "said", "says", "its", "than", "there"}
    ),
    "de": frozenset(
        {"der", "das", "und", "den", "dem", "des", "ist", "nicht", "ein", "eine"}
        | {"einer", "einen", "zu", "mit", "von", "sich", "auch", "auf", "für", "im"}
        | {"sind", "wird", "wurde", "werden", "hat", "haben", "nach", "bei", "aus"}
        | {"wie", "oder", "aber", "er", "sie", "sagte", "dass", "noch", "nur", "über"}
        | {"es", "wir", "uns", "unter", "vom", "zum", "zur", "beim", "dann", "doch"}
        | {"schon", "sei", "seien", "habe", "kein", "keine", "ihre", "seine", "diese"}
        | {"dieser", "jetzt", "immer", "mehr", "wenn", "weil", "gegen", "zwischen"}
    ),
}
