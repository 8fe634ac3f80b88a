"""Pronouns that stand for a speaker, with gender and number (wire-conventions §9).

``m``/``f`` for he/she, ``p`` for plural ("they" — groups and organisations),
``n`` for "it" (organisations, documents), ``r`` for the relative "who"
("Clinton, who said ...") that points at the name just before it.
"""

from __future__ import annotations

__all__ = ["SPEAKER_PRONOUNS"]

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
