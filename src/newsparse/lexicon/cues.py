"""Speech cues: the verbs and phrases that mark reported words (wire-conventions §9).

Each verb lemma lists every inflection written out (base, third person, past,
past participle where it differs, present participle) and the patterns it may
fill:

``quote``
    frames a direct quote: ``"Q," X said`` (A-1), ``X said, "Q"`` (A-3).
``inverted``
    may stand before its subject after a quote: ``"Q," said X`` (A-2).
``indirect``
    takes a reported clause: ``X said (that) CLAUSE`` (A-4).
``partial``
    frames a quoted fragment inside the reporter's sentence:
    ``X called the plan "a disaster"`` (PolNeAR mixed quotes).

The counts in comments come from the PolNeAR cue table in wire-conventions
§9.1; verbs without a count come from the seed article (A-10, A-11, A-12) or the
merged lemma index in peers.md §4.
"""

from __future__ import annotations

__all__ = [
    "ADDRESSEE_CUES",
    "CONTINUATION_LEMMAS",
    "MULTIWORD_CUES",
    "PARTICIPIAL_PREFIXES",
    "QUESTION_FRAMES",
    "REPORTING_NOUNS",
    "SPEECH_VERBS",
    "TIME_PERIODS",
    "TIME_WORDS",
]

Q = frozenset({"quote"})
QI = frozenset({"quote", "indirect"})
QII = frozenset({"quote", "inverted", "indirect"})
QIIP = frozenset({"quote", "inverted", "indirect", "partial"})
IP = frozenset({"indirect", "partial"})
I = frozenset({"indirect"})  # noqa: E741 -- a pattern set, read as "indirect only"
QIP = frozenset({"quote", "indirect", "partial"})

#: lemma -> (every written form, patterns the verb may fill).
SPEECH_VERBS: dict[str, tuple[tuple[str, ...], frozenset[str]]] = {
    # A-1..A-4, A-15: the default cue, 1507 + 317 + 98 in PolNeAR.
    "say": (("say", "says", "said", "saying"), QIIP),
    # "X told Y" (187); the addressee follows.
    "tell": (("tell", "tells", "told", "telling"), QIIP),
    # continuation verbs (69 "added").
    "add": (("add", "adds", "added", "adding"), QIIP),
    "continue": (("continue", "continues", "continued", "continuing"), Q | {"inverted"}),
    # manner-of-speaking verbs of the seed article and PolNeAR.
    "note": (("note", "notes", "noted", "noting"), QIIP),
    "stress": (("stress", "stresses", "stressed", "stressing"), QIIP),
    "reiterate": (("reiterate", "reiterates", "reiterated", "reiterating"), QIIP),
    "indicate": (("indicate", "indicates", "indicated", "indicating"), QIP),
    "hope": (("hope", "hopes", "hoped", "hoping"), I),
    "vow": (("vow", "vows", "vowed", "vowing"), QIP),
    "write": (("write", "writes", "wrote", "written", "writing"), QIIP),
    "tweet": (("tweet", "tweets", "tweeted", "tweeting"), QIIP),
    "post": (("posted",), Q),
    "call": (("call", "calls", "called", "calling"), frozenset({"quote", "partial"})),
    "ask": (("ask", "asks", "asked", "asking"), QIIP),
    "announce": (("announce", "announces", "announced", "announcing"), QIIP),
    "report": (("report", "reports", "reported", "reporting"), QIIP),
    "explain": (("explain", "explains", "explained", "explaining"), QIIP),
    "state": (("state", "states", "stated", "stating"), QIIP),
    "declare": (("declare", "declares", "declared", "declaring"), QIIP),
    "reply": (("reply", "replies", "replied", "replying"), QIIP),
    "respond": (("respond", "responds", "responded", "responding"), Q | {"inverted"}),
    "answer": (("answer", "answers", "answered", "answering"), Q | {"inverted"}),
    "conclude": (("conclude", "concludes", "concluded", "concluding"), QIIP),
    "recall": (("recall", "recalls", "recalled", "recalling"), QIIP),
    "argue": (("argue", "argues", "argued", "arguing"), QIIP),
    "claim": (("claim", "claims", "claimed", "claiming"), QIIP),
    "insist": (("insist", "insists", "insisted", "insisting"), QIIP),
    "warn": (("warn", "warns", "warned", "warning"), QIIP),
    "admit": (("admit", "admits", "admitted", "admitting"), QIIP),
    "acknowledge": (
        ("acknowledge", "acknowledges", "acknowledged", "acknowledging"),
        QIIP,
    ),
    "concede": (("concede", "concedes", "conceded", "conceding"), QIIP),
    "confirm": (("confirm", "confirms", "confirmed", "confirming"), QIIP),
    "deny": (("deny", "denies", "denied", "denying"), QI),
    "suggest": (("suggest", "suggests", "suggested", "suggesting"), QIIP),
    "predict": (("predict", "predicts", "predicted", "predicting"), QIIP),
    "promise": (("promise", "promises", "promised", "promising"), QIP),
    "pledge": (("pledge", "pledges", "pledged", "pledging"), QIP),
    "observe": (("observe", "observes", "observed", "observing"), QIIP),
    "remark": (("remark", "remarks", "remarked", "remarking"), QIIP),
    "comment": (("comment", "comments", "commented", "commenting"), Q | {"inverted"}),
    "complain": (("complain", "complains", "complained", "complaining"), QIIP),
    "charge": (("charged",), QI),
    "contend": (("contend", "contends", "contended", "contending"), QIIP),
    "maintain": (("maintains", "maintained"), QI),
    "assert": (("assert", "asserts", "asserted", "asserting"), QIIP),
    "emphasize": (
        ("emphasize", "emphasizes", "emphasized", "emphasizing", "emphasised", "emphasising"),
        QIIP,
    ),
    "point out": (("pointed out",), QI),
    "mention": (("mention", "mentions", "mentioned", "mentioning"), QI),
    "exclaim": (("exclaim", "exclaims", "exclaimed", "exclaiming"), Q | {"inverted"}),
    "joke": (("joke", "jokes", "joked", "joking"), QIIP),
    "quip": (("quip", "quips", "quipped", "quipping"), Q | {"inverted"}),
    "agree": (("agree", "agrees", "agreed"), frozenset({"quote", "inverted", "indirect"})),
    "believe": (("believe", "believes", "believed"), I),
    "think": (("think", "thinks", "thought"), I),
    "urge": (("urge", "urges", "urged", "urging"), QIP),
    "demand": (("demanded",), QI),
    "describe": (("describe", "describes", "described", "describing"), frozenset({"partial"})),
    "testify": (("testify", "testifies", "testified", "testifying"), QIIP),
    "disclose": (("disclosed",), I),
    "reveal": (("revealed",), I),
    "estimate": (("estimated",), I),
    "allege": (("allege", "alleges", "alleged"), QI),
    "boast": (("boast", "boasts", "boasted", "boasting"), QIIP),
    "read": (("reads", "read"), Q),
    # Loud or sung speech in PolNeAR dialogue ("she yells", "Blige sings").
    "yell": (("yell", "yells", "yelled", "yelling"), Q | {"inverted"}),
    "shout": (("shout", "shouts", "shouted", "shouting"), Q | {"inverted"}),
    "scream": (("scream", "screams", "screamed", "screaming"), Q | {"inverted"}),
    "chant": (("chant", "chants", "chanted", "chanting"), Q | {"inverted"}),
    "sing": (("sing", "sings", "sang", "singing"), Q),
    "whisper": (("whisper", "whispers", "whispered", "whispering"), Q | {"inverted"}),
    "mutter": (("mutter", "mutters", "muttered", "muttering"), Q | {"inverted"}),
    "bark": (("barked",), Q | {"inverted"}),
    "snap": (("snapped",), Q | {"inverted"}),
    "retort": (("retort", "retorts", "retorted", "retorting"), Q | {"inverted"}),
    "exhort": (("exhorted",), Q | {"inverted"}),
    "plead": (("pleaded", "pleads", "pleading"), Q | {"inverted"}),
    "counter": (("countered", "counters"), Q | {"inverted"}),
    "interject": (("interjected",), Q | {"inverted"}),
    "quote": (("quoted", "quotes", "quoting"), frozenset({"quote", "partial"})),
    # Findings of polls, studies and reports (PolNeAR: "shows" 50/33/28, "found" 39);
    # the clause must open with "that" unless the subject is a poll or a study.
    "show": (("show", "shows", "showed", "shown"), frozenset({"indirect", "finding"})),
    "find": (("find", "finds", "found"), frozenset({"indirect", "finding"})),
    # Verbs that frame a quoted fragment as the subject's words (PolNeAR mixed
    # quotes: "X called the plan a “disaster”", "X likened them to a “snake”").
    "criticize": (
        ("criticize", "criticizes", "criticized", "criticizing", "criticised"),
        frozenset({"partial"}),
    ),
    "condemn": (("condemn", "condemns", "condemned", "condemning"), frozenset({"partial"})),
    "blast": (("blasts", "blasted", "blasting"), frozenset({"partial"})),
    "slam": (("slams", "slammed", "slamming"), frozenset({"partial"})),
    "accuse": (("accuse", "accuses", "accused", "accusing"), frozenset({"partial"})),
    "mock": (("mocks", "mocked", "mocking"), frozenset({"quote", "inverted", "partial"})),
    "praise": (("praises", "praised", "praising"), frozenset({"partial"})),
    "dub": (("dubs", "dubbed", "dubbing"), frozenset({"partial"})),
    "label": (("labels", "labeled", "labelled", "labeling"), frozenset({"partial"})),
    "brand": (("branded", "branding"), frozenset({"partial"})),
    "liken": (("liken", "likens", "likened", "likening"), frozenset({"partial"})),
    "compare": (("compares", "compared", "comparing"), frozenset({"partial"})),
    "dismiss": (("dismisses", "dismissed", "dismissing"), frozenset({"partial"})),
    "denounce": (("denounce", "denounces", "denounced", "denouncing"), frozenset({"partial"})),
    "decry": (("decries", "decried", "decrying"), frozenset({"partial"})),
    "characterize": (
        ("characterize", "characterizes", "characterized", "characterizing"),
        frozenset({"partial"}),
    ),
    "defend": (("defends", "defended", "defending"), frozenset({"partial"})),
    "cite": (("cites", "cited", "citing"), frozenset({"partial"})),
    "refer": (("refers", "referred", "referring"), frozenset({"partial"})),
}

#: Multi-word cues: written form -> (lemma, patterns).  A-5 "according to"
#: (136 in PolNeAR) names the source after the cue; A-10 "went on to say";
#: "was quoted as saying" for words taken from another outlet.
MULTIWORD_CUES: dict[str, tuple[str, frozenset[str]]] = {
    "according to": ("according to", frozenset({"according"})),
    "went on to say": ("go on to say", QIP),
    "goes on to say": ("go on to say", QIP),
    "go on to say": ("go on to say", QIP),
    "was quoted as saying": ("be quoted as saying", QIIP),
    "is quoted as saying": ("be quoted as saying", QIIP),
    "were quoted as saying": ("be quoted as saying", QIIP),
    "quoted as saying": ("be quoted as saying", QIIP),
    "pointed out": ("point out", QI),
    "points out": ("point out", QI),
    # "as a Homeland Security memo put it"
    "put it": ("put it", frozenset({"quote", "partial"})),
    "puts it": ("put it", frozenset({"quote", "partial"})),
}

#: Lemmas that only continue a speaker already named ("the president added").
CONTINUATION_LEMMAS = frozenset({"add", "continue", "go on to say"})

#: A-12 and A-10: participial cues that take the speaker of the main clause,
#: with the preposition that may precede them ("replied … by saying").
PARTICIPIAL_PREFIXES = ("by", "before", "after", "while", "when")

#: Verbs whose object is the person spoken to (A-7: "told Reuters").
ADDRESSEE_CUES = frozenset({"tell"})

#: Words before a quote that make it someone else's words put to the speaker,
#: not the speaker's own ("asked about allegations that “…”", seed line 5).
QUESTION_FRAMES = frozenset(
    {
        "allegation",
        "allegations",
        "accusation",
        "accusations",
        "charge",
        "charges",
        "claim",
        "claims",
        "suggestion",
        "suggestions",
        "question",
        "questions",
        "rumor",
        "rumors",
        "rumour",
        "rumours",
        "reports",
        "assertion",
        "assertions",
        "criticism",
    }
)

#: Nouns that report speech in "in a statement", "in an interview" (A-8).
REPORTING_NOUNS = frozenset(
    {
        "statement",
        "interview",
        "email",
        "e-mail",
        "letter",
        "post",
        "tweet",
        "speech",
        "release",
        "briefing",
        "conference",
        "memo",
        "message",
        "op-ed",
        "column",
        "broadcast",
        "video",
        "report",
    }
)


#: When the words were said, written between the cue and the reported clause
#: (A-4, A-8 shape: "X said Wednesday she would …", "said on Tuesday the city
#: …", AP puts the day right after "said"): skipped before the clause starts,
#: and never a speaker after an inverted cue ("…, said Wednesday").
TIME_WORDS = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
    | {"today", "yesterday", "tonight"}
)
#: "last week", "this month", "Wednesday night": the noun after last/this/a day.
TIME_PERIODS = frozenset(
    {"week", "weekend", "month", "year", "night", "morning", "afternoon", "evening"}
)
