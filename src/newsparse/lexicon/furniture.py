"""Header furniture of wire copy: bylines, editor's notes, advisories, bullets.

Data only: :mod:`newsparse.sections` compiles these.  Each group names the
convention it comes from (wire-conventions §5 and §7).
"""

from __future__ import annotations

__all__ = [
    "ABSTRACT_LABELS",
    "ADVISORY_VERBS",
    "BULLET_MARKS",
    "BYLINE_LABELS",
    "BYLINE_NAME_PARTICLES",
    "BYLINE_UNDERLINES",
    "EDITOR_NOTE_OPENERS",
    "FLASH_MARK",
    "FULL_TEXT_LABELS",
    "NYT_NOTES",
    "SERVICE_WORDS",
    "SUBHEAD_DANGLING_WORDS",
    "TITLE_DANGLING_WORDS",
]

#: H-AP-1: the line under an AP byline ("By JOHN DOE\\nAssociated Press"),
#: including the retired "Associated Press Writer" and the special bylines.
BYLINE_UNDERLINES: tuple[str, ...] = (
    "Associated Press",
    "Associated Press Writer",
    "AP Political Writer",
    "AP Sports Writer",
    "AP Business Writer",
    "AP Economics Writer",
    "AP Medical Writer",
    "AP Science Writer",
    "AP Technology Writer",
    "AP Diplomatic Writer",
    "AP Legal Affairs Writer",
    "AP National Writer",
    "AP Special Correspondent",
    "For The Associated Press",
    "Reuters",
    "Bloomberg",
    "Bloomberg News",
    "Agence France-Presse",
)

#: H-AP-2, H-NYT-1: editor's notes that open a header line.
EDITOR_NOTE_OPENERS: tuple[str, ...] = (
    "EDITOR'S NOTE",
    "EDITOR’S NOTE",
    "Editor's note",
    "Editor’s note",
    "Editor's Note",
    "Editor’s Note",
    "(Eds:",
    "(EDS:",
    "Eds:",
    "EDS:",
)

#: H-NYT-1: NYT News Service parenthetical notes (whole lines).
NYT_NOTES: tuple[str, ...] = (
    "(BEGIN OPTIONAL TRIM)",
    "(END OPTIONAL TRIM)",
    "(UNDATED)",
    "(MORE)",
)

#: H-RTR-1: the verbs a Reuters advisory ("trash") line opens with, in brackets:
#: "(Adds prime minister's reaction in paragraph 3, …)".
ADVISORY_VERBS: tuple[str, ...] = (
    "Adds",
    "Add",
    "Updates",
    "Update",
    "Recasts",
    "Corrects",
    "Changes",
    "Refiles",
    "Repeats",
    "Fixes",
    "Removes",
    "Inserts",
    "Rewrites",
    "Writes through",
    "Edits",
    "Clarifies",
    "Deletes",
    "Moves",
    "Amends",
    "Restores",
    "Replaces",
    "Recasts",
    "Releads",
    "New throughout",
    "Official",
)

#: H-AFP-1: AFP service instructions standing as whole upper-case lines.
SERVICE_WORDS: tuple[str, ...] = (
    "ADDS",
    "RECAST",
    "UPDATE",
    "CHANGING",
    "EMBARGO",
    "CORRECT",
    "CLARIFIES",
    "REPEAT",
)

#: H-RTR-2, B-3: bullet marks that open a line (Reuters ``* …``; scraped copy).
BULLET_MARKS: tuple[str, ...] = ("*", "•", "●", "▪", "■")

#: H-R21578: Reuters 1987 flash headlines open with a run of asterisks
#: ("******TITLE"); the run is furniture, the title follows it.
FLASH_MARK = "*"

#: H-AP-1: lower-case words a byline's names may hold ("By Ana de la Cruz and
#: Tom Roe").
BYLINE_NAME_PARTICLES: tuple[str, ...] = (
    "and",
    "of",
    "de",
    "del",
    "da",
    "der",
    "van",
    "von",
    "la",
    "le",
    "bin",
    "al",
    "the",
    "for",
    "in",
    "&",
)

#: Database exports of newspaper copy label the byline as a field
#: ("BYLINE: Jane Roe").
BYLINE_LABELS: tuple[str, ...] = ("BYLINE:", "Byline:", "By-line:")

#: Database exports of newspaper copy (ProQuest-style) put an indexer's
#: abstract between the headline and the story, labelled by these lines, with
#: the story after a "FULL TEXT" label (and, for corrected stories, a
#: "Correction Appended" label).  Labels may carry a closing period.
ABSTRACT_LABELS: tuple[str, ...] = ("ABSTRACT", "Abstract")
FULL_TEXT_LABELS: tuple[str, ...] = (
    "FULL TEXT",
    "Full Text",
    "Full text",
    "CORRECTION APPENDED",
    "Correction Appended",
    "Correction appended",
)

#: B-1: a subhead is a complete phrase; a short line that ends on one of these
#: words is a sentence broken off (hard wraps, X-11), not a heading.  Particles
#: that close phrasal verbs ("Talks go on") are left out.
SUBHEAD_DANGLING_WORDS: tuple[str, ...] = (
    "a",
    "an",
    "and",
    "as",
    "because",
    "but",
    "by",
    "for",
    "from",
    "of",
    "or",
    "than",
    "that",
    "the",
    "to",
    "which",
    "who",
    "with",
)

#: H-R21578: a capitals title line that ends on one of these words goes on on the next
#: line ("… TO MEET WITH" / "JAPANESE FINANCE MINISTER IN" / "PARIS - OFFICIAL"): the
#: subhead words, and the prepositions a title breaks before its place or time.
TITLE_DANGLING_WORDS: tuple[str, ...] = (
    *SUBHEAD_DANGLING_WORDS,
    "about",
    "after",
    "against",
    "at",
    "before",
    "in",
    "into",
    "on",
    "over",
    "under",
)
