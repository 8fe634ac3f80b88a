"""Header furniture of wire copy: bylines, editor's notes, advisories, bullets.

Data only: :mod:`newsparse.sections` compiles these.  Each group names the
convention it comes from (wire-conventions §5 and §7).
"""

from __future__ import annotations

__all__ = [
    "ADVISORY_VERBS",
    "BULLET_MARKS",
    "BYLINE_UNDERLINES",
    "EDITOR_NOTE_OPENERS",
    "FLASH_MARK",
    "NYT_NOTES",
    "SERVICE_WORDS",
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
