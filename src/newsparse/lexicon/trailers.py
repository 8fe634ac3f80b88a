"""End matter of wire copy: sign-offs, credit lines, contributor notes, end marks.

Data only: :mod:`newsparse.sections` compiles these into the patterns that scan
an article from its end (wire-conventions §6, "trailers are a suffix
classification problem").  Each group names the convention it comes from.
"""

from __future__ import annotations

__all__ = [
    "ABOUT_HEADINGS",
    "ABOUT_NAME_SKIP",
    "AP_NOTE_CUES",
    "AUTHOR_NOTE_CUES",
    "CONTACT_OPENERS",
    "CONTRIBUTOR_CUES",
    "COPYRIGHT_CUES",
    "CREDIT_ROLES",
    "ENDITEM_SPELLINGS",
    "END_MARKS",
    "PRESS_CONTACT_LABELS",
    "PRESS_CONTACT_PHRASES",
    "PROMO_OPENERS",
    "READ_MORE",
    "RULE_LINE",
    "SERVICE_LINE_AGENCIES",
    "SIGNOFF_WORDS",
    "WIRE_MARKERS",
]

#: T-RTR-3: the Reuters 1987 sign-off, a line of its own before ETX (``\\x03``);
#: the spellings seen in Reuters-21578 copy.  It may also trail the last line
#: of the story after the closing punctuation.
SIGNOFF_WORDS: tuple[str, ...] = ("Reuter", "REUTER", "reuter", "Reuters", "REUTERS")

#: T-RTR-1, T-RTR-2: the roles a Reuters credit line opens with, inside
#: parentheses and joined by ``;``: ``(Reporting by …; Editing by …)``.
CREDIT_ROLES: tuple[str, ...] = (
    "Reporting",
    "Additional reporting",
    "Writing",
    "Editing",
    "Compiled",
    "Compiling",
    "Edited",
    "Research",
    "Graphic",
    "Graphics",
    "Production",
    "Translated",
    "Translation",
    "Fact box",
    "Factbox",
)

#: T-AP-1, T-AP-2: a contributor line ("… contributed to this report.",
#: "Contributing to this report were …").
CONTRIBUTOR_CUES: tuple[str, ...] = (
    "contributed to this report",
    "contributed reporting",
    "contributing to this report",
    "contributed to this story",
    "contributed reporting to this",
)

#: T-AP-1: the notes between AP's ``___`` rule and the contributor line
#: ("Rugaber and Megerian reported from Washington.").
AP_NOTE_CUES: tuple[str, ...] = (
    "reported from",
    "Associated Press writer",
    "Associated Press writers",
    "This story has been corrected",
    "This version corrects",
    "Follow ",
    "Online:",
    "On Twitter",
)

#: T-AP-1: copyright lines closing wire and syndicated copy.
COPYRIGHT_CUES: tuple[str, ...] = (
    "Copyright",
    "©",
    "(c) ",
    "All Rights Reserved",
    "All rights reserved",
)

#: T-BBG-1: Bloomberg contact lines ("To contact the reporter on this story: …").
CONTACT_OPENERS: tuple[str, ...] = (
    "To contact the reporter",
    "To contact the reporters",
    "To contact the editor",
    "To contact the editors",
)

#: T-PR-2: the heading of a press release's boilerplate, "About <Company>"
#: (``About Acme Corp``, ``ABOUT ACME CORP:``, or ``About`` alone when a
#: scraper dropped the linked name), on a line of its own or before a colon
#: or dash, followed by the description of the company, which names it.  It
#: comes after the story, before the contacts and the end mark.
ABOUT_HEADINGS: tuple[str, ...] = ("About", "ABOUT")

#: T-PR-2: words before the name in an "About" heading that the description
#: need not repeat ("About the Survey" -> "survey").
ABOUT_NAME_SKIP: tuple[str, ...] = ("the", "The", "THE", "our", "Our", "OUR")

#: T-PR-2: labels of the contact block that closes a press release, before a
#: colon ("Media contact:", "Contacts:"); the lines that follow (name, phone,
#: e-mail) belong to it.
PRESS_CONTACT_LABELS: tuple[str, ...] = (
    "Contact",
    "Contacts",
    "CONTACT",
    "CONTACTS",
    "Media contact",
    "Media contacts",
    "Media Contact",
    "Media Contacts",
    "MEDIA CONTACT",
    "MEDIA CONTACTS",
    "Press contact",
    "Press contacts",
    "Press Contact",
    "Press Contacts",
    "PRESS CONTACT",
    "Investor contact",
    "Investor contacts",
    "Investor Contact",
    "Investor Contacts",
    "Investor Relations",
    "Media Relations",
    "Media inquiries",
    "Media Inquiries",
    "Press inquiries",
    "Press Inquiries",
)

#: T-PR-2: contact sentences that close a press release without a label.
PRESS_CONTACT_PHRASES: tuple[str, ...] = (
    "For more information, contact",
    "For more information, please contact",
    "For further information, contact",
    "For further information, please contact",
    "For media inquiries, contact",
    "For media inquiries, please contact",
)

#: T-PR-1 (press-release end marks) and T-WIRE-1 (wire end markers): whole lines.
END_MARKS: tuple[str, ...] = (
    "###",
    "# # #",
    "-30-",
    "- 30 -",
    "-END-",
    "- END -",
    "ENDS",
    "END",
    "(END)",
    "NNNN",
    "nnnn",
    "Transmission Complete",
)

#: T-WIRE-1: markers that say the story continues or stops, in parentheses.
WIRE_MARKERS: tuple[str, ...] = ("(MORE)", "(More)", "(END)", "(to be continued)")

#: German agency copy (dpa, APA, SDA) ends with a service line of lower-case codes: the
#: agency, its regional service, the desk, the priority and the editor's initials
#: ("dpa xy yy n1 ab", "dpa/lhe ks yyhe a3 jk") (#18).
SERVICE_LINE_AGENCIES: tuple[str, ...] = ("dpa", "apa", "sda", "ddp", "dapd", "epd", "kna")

#: T-XIN-1: Xinhua's end-of-item mark and the misspellings seen in the feed;
#: it may be glued to the end of the last sentence.
ENDITEM_SPELLINGS: tuple[str, ...] = ("enditem", "endtiem", "ednitem", "enitem")

#: B-2, T-AP-1: AP's section rule, a line of underscores.
RULE_LINE = "___"

#: B-5: scraper "read more" tails that close the copy.
READ_MORE: tuple[str, ...] = (
    "Read the rest here",
    "Read more here",
    "Read the full story",
    "Read more at",
    "Read the full article",
    "Continue reading",
)

#: B-5 (scraped web copy): the author's note at the very end ("Follow him on
#: Twitter: @…", "Reach him directly at …").
AUTHOR_NOTE_CUES: tuple[str, ...] = (
    "Follow him on Twitter",
    "Follow her on Twitter",
    "Follow them on Twitter",
    "Follow us on Twitter",
    "Reach him directly at",
    "Reach her directly at",
)

#: T-BBG-2, T-PR-2: syndication and newsletter promotions glued after the
#: story in scraped copy ("Sign up to get an email from …").
PROMO_OPENERS: tuple[str, ...] = (
    "Sign up to get",
    "Sign up for",
    "Sign up here",
    "Subscribe to",
    "Like us on Facebook",
    "Follow us on",
    "Most Read from",
    "Learn more at",
    "Logo - http",
)
