"""Quotation marks as data: glyphs, their direction, mojibake and entity forms.

Every form a quotation mark takes in wire copy maps to a :class:`MarkForm`:
its *level* (``"double"`` for the outer marks of US/AP copy, ``"single"`` for
the marks nested inside them) and the *direction* its glyph implies
(``"open"``, ``"close"`` or ``"either"`` for the straight marks, whose
direction comes from their neighbours).  Multi-character forms (mojibake,
HTML entities) are marks in their own right: their span covers the whole
sequence, so offsets stay offsets into the text as given (wire-conventions
X-1, X-2, X-3, X-5).

The ids in the comments (Q-…, E-…, BR-…, X-…) are those of
``wire-conventions.md`` §8 and §10.

>>> FORMS["“"].direction, FORMS["'"].level
('open', 'single')
"""

from __future__ import annotations

from typing import Literal, NamedTuple

__all__ = [
    "APOSTROPHE_PATTERN",
    "CLOSING_PUNCTUATION",
    "DOUBLED_FORMS",
    "DOUBLED_MARKS_BY_LANGUAGE",
    "ELIDED_ENDINGS",
    "ELLIPSIS_PATTERN",
    "FORMS",
    "INSERTION_PATTERN",
    "LOSSY_CLOSE_PATTERN",
    "NON_MARK_FORMS",
    "OPENING_PUNCTUATION",
    "SENTENCE_END",
    "MarkForm",
]


Level = Literal["double", "single"]
Direction = Literal["open", "close", "either"]


class MarkForm(NamedTuple):
    """What one written form of a quotation mark means."""

    level: Level
    direction: Direction
    #: The glyph this form stands for (the form itself for plain characters).
    glyph: str
    #: Why the form is a mark: ``"glyph"``, ``"mojibake"`` or ``"entity"``.
    source: str = "glyph"


_GLYPHS: dict[str, tuple[Level, Direction]] = {
    # the outer marks of US/AP and British news copy, curly and straight.
    "“": ("double", "open"),
    "”": ("double", "close"),
    '"': ("double", "either"),
    "＂": ("double", "either"),  # full-width straight mark
    # German/Polish low-high pairs open with „ (closed by “ or ”).
    "„": ("double", "open"),
    "‟": ("double", "open"),
    # Guillemets: « » (French, Russian copy); their direction is checked against
    # the neighbours, so German »…« also pairs.
    "«": ("double", "open"),
    "»": ("double", "close"),
    # CJK corner brackets: 「」 outer, 『』 inner.
    "「": ("double", "open"),
    "」": ("double", "close"),
    # single marks, nested inside double (or outside, British style).
    "‘": ("single", "open"),
    "’": ("single", "close"),
    "'": ("single", "either"),
    "‚": ("single", "open"),
    "‛": ("single", "open"),
    "‹": ("single", "open"),
    "›": ("single", "close"),
    "『": ("single", "open"),
    "』": ("single", "close"),
}

#: X-1, X-3: UTF-8 read as Windows-1252 (or Latin-1), once or twice.
_MOJIBAKE: dict[str, str] = {
    "â€œ": "“",
    "â€\x9d": "”",
    "â€�": "”",  # the undefined 0x9D byte replaced
    "â€˜": "‘",
    "â€™": "’",
    "â€ž": "„",
    "â\x80\x9c": "“",  # Latin-1 reading keeps the C1 bytes
    "â\x80\x9d": "”",
    "â\x80\x98": "‘",
    "â\x80\x99": "’",
    "Ã¢â‚¬Å“": "“",  # double mojibake
    "Ã¢â‚¬ï¿½": "”",
    "Ã¢â‚¬Ëœ": "‘",
    "Ã¢â‚¬â„¢": "’",
    "Â«": "«",
    "Â»": "»",
}

#: X-5: HTML entities for quotation marks, named and numeric.
_ENTITIES: dict[str, str] = {
    "&ldquo;": "“",
    "&rdquo;": "”",
    "&bdquo;": "„",
    "&lsquo;": "‘",
    "&rsquo;": "’",
    "&sbquo;": "‚",
    "&quot;": '"',
    "&apos;": "'",
    "&laquo;": "«",
    "&raquo;": "»",
    "&lsaquo;": "‹",
    "&rsaquo;": "›",
}
for _glyph in "“”„‘’‚\"'«»‹›":
    _ENTITIES[f"&#{ord(_glyph)};"] = _glyph
    _ENTITIES[f"&#x{ord(_glyph):x};"] = _glyph
    _ENTITIES[f"&#x{ord(_glyph):X};"] = _glyph
    _ENTITIES[f"&#X{ord(_glyph):X};"] = _glyph


def _build() -> dict[str, MarkForm]:
    forms: dict[str, MarkForm] = {}
    for glyph, (level, direction) in _GLYPHS.items():
        forms[glyph] = MarkForm(level, direction, glyph)
    for form, glyph in _MOJIBAKE.items():
        level, direction = _GLYPHS[glyph]
        forms[form] = MarkForm(level, direction, glyph, "mojibake")
    for form, glyph in _ENTITIES.items():
        level, direction = _GLYPHS[glyph]
        forms[form] = MarkForm(level, direction, glyph, "entity")
    return forms


#: Every written form of a quotation mark.
FORMS: dict[str, MarkForm] = _build()

#: Two backticks and two apostrophes written for a double mark (not in the §8
#: catalogue; archive transliterations and tokenised corpora (``like this'' in Penn Treebank and
#: Gigaword text; ''like this'' in the New York Times archive)).  Read only when asked,
#: or (for ``…'') when the text holds a backtick pair, which nothing else writes:
#: two apostrophes are also a seconds sign (5' 10'') and a doubled typo.
DOUBLED_FORMS: dict[str, MarkForm] = {
    "``": MarkForm("double", "open", "“", "doubled"),
    "''": MarkForm("double", "either", '"', "doubled"),
}

#: Whether the copy of a language writes doubled marks for a double mark, as the
#: ``doubled_marks`` default of :func:`newsparse.parse` (``None``: where the text pairs
#: them).  English archive copy does (above); German copy quotes with „…“ and »…«
#: (Duden, "Anführungszeichen"), and two apostrophes there are wiki markup for italics
#: (''Le Monde'', ''Titanoboa''): a title or a name, never a quotation.
DOUBLED_MARKS_BY_LANGUAGE: dict[str, bool | None] = {"en": None, "de": False}

#: Mojibake sequences that *contain* a mark form but are something else; the
#: tokenizer matches them first so that their tail is never read as a mark
#: (X-3: the double-mojibake en dash ends in "â€œ").
NON_MARK_FORMS: tuple[str, ...] = (
    "Ã¢â‚¬â€œ",  # en dash, double mojibake
    "Ã¢â‚¬â€\x9d",  # em dash, double mojibake
    "Ã¢â‚¬Â¦",  # ellipsis, double mojibake
    "â€\u201c",  # the en dash read as cp1252 ends in a curly mark
    "â€\u201d",  # the em dash, likewise
    # Two apostrophes: an archive transliteration of a double mark (``…'' or
    # ''…''), a seconds sign, or two apostrophes; never two single marks, and a
    # double mark only as DOUBLED_FORMS says.
    "''",
    "``",
)

#: X-2: the closing curly mark read as cp1252 loses its undefined last byte, so
#: a bare "â€" not followed by a continuation character is a closing mark.
LOSSY_CLOSE_PATTERN = "â€(?![\x80-\xbf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ\ufffd])"

#: Q-12: contexts where a single mark is an apostrophe, never a quotation mark:
#: U.S.’s and 1990's, rock ’n’ roll, ’90s, ’em, ’til, ’cause.  (Letters on both sides — don’t,
#: Ghouta’s — are checked in code.)
APOSTROPHE_PATTERN = (
    r"(?<=[^\s\p{Ps}\p{Pi}\"'‘’])[’']s(?![^\W\d_])"  # possessive after a dot or digit: U.S.’s
    r"|(?<![^\W\d_])[’'‘]n[’'](?![^\W\d_])"
    r"|(?<![^\W\d_])[’'‘](?=\d\d(?:s\b|(?![\d%,.]))"
    r"|(?:em|til|tis|twas|cause|cos|bout|nother|scuse)\b)"
)

#: Q-12: word endings after which a single mark followed by a space and a word is
#: more often an elided letter than a closing mark: the dropped g of "goin’ home",
#: "Lyin’ Ted", "nothin’ doing".  Such a mark closes only a quote that needs it.
ELIDED_ENDINGS: tuple[str, ...] = ("in",)

#: E-1 … E-5: ellipses inside quotes: three dots (spaced, thin-spaced), the
#: U+2026 glyph (also glued to words), NEL mojibake, and entity/mojibake forms.
ELLIPSIS_PATTERN = (
    r"(?:\.[ \u2009\u202f\u00a0]?){2}\.(?:[ \u2009\u202f\u00a0]?\.)?"
    r"|…|\x85|â€¦|&hellip;|&#8230;"
)

#: BR-1 … BR-4: editorial insertions inside quotes: [square brackets],
#: (parentheses, AP's substitute), and the %…#^ form brackets took on old wires.
INSERTION_PATTERN = r"\[[^\[\]\n]{1,200}\]|\([^()\n]{1,200}\)|%[^%#\n]{1,200}#\^?"

#: Characters after which a straight mark opens (or before which one closes).
OPENING_PUNCTUATION = frozenset("([{<-‐‑–—/")
CLOSING_PUNCTUATION = frozenset(".,;:!?)]}>…")
#: Characters that end a quoted sentence.
SENTENCE_END = frozenset(".?!…")
