"""German word lists: what the German attribution rules read (``lang="de"``).

German news copy (dpa, APA, SDA, Reuters and AFP German services, Wikinews) puts the
finite verb second in a main clause: the subject stands before it ("Die Ministerin
sagte: „…“") or, when something else opens the clause, right after it ("Am Montag
sagte die Ministerin: „…“", "„…“, sagte die Ministerin.").  The rules in
:mod:`newsparse.attribution.german` find the verb that governs a quote and read the
subject on the side the word order gives; these lists tell them which words are
verbs, which open a noun phrase and which stand between a verb and its subject.
"""

from __future__ import annotations

__all__ = [
    "ARTICLES",
    "CLAUSE_LINKS",
    "CONDITIONAL_FORMS",
    "DEFINITE_ARTICLES",
    "NOT_VERBS",
    "OBJECT_PRONOUNS",
    "PREPOSITIONS",
    "PRONOUNS",
    "SENTENCE_ADVERBS",
    "SOURCE_NOUNS",
    "SOURCE_PHRASE_OPENERS",
    "SPEECH_LEMMAS",
    "SPEECH_VERBS",
    "SUBORDINATORS",
    "TITLE_ENDINGS",
    "VERB_SUBJECT_FILLERS",
    "VIEW_VERBS",
    "reported_form",
]

_V = frozenset({"quote", "inverted", "indirect"})
_VP = frozenset({"quote", "inverted", "indirect", "partial"})

#: Speech verbs: lemma -> (finite and participle forms, patterns), as in
#: :data:`newsparse.lexicon.cues.SPEECH_VERBS`.  Third person, present and past,
#: singular and plural: the forms a report uses ("sagte", "sagten", "sagt").
SPEECH_VERBS: dict[str, tuple[tuple[str, ...], frozenset[str]]] = {
    "sagen": (("sagte", "sagten", "sagt", "gesagt", "sagen"), _V),
    "erklären": (("erklärte", "erklärten", "erklärt"), _V),
    "betonen": (("betonte", "betonten", "betont", "betonen"), _V),
    "meinen": (("meinte", "meinten", "meint", "meinen"), _V),
    "ergänzen": (("ergänzte", "ergänzten", "ergänzt"), _V),
    "erläutern": (("erläuterte", "erläuterten", "erläutert"), _V),
    "berichten": (("berichtete", "berichteten", "berichtet"), _V),
    "schreiben": (("schrieb", "schrieben", "schreibt", "geschrieben"), _V),
    "kritisieren": (("kritisierte", "kritisierten", "kritisiert", "kritisieren"), _V),
    "warnen": (("warnte", "warnten", "warnt", "warnen", "gewarnt"), _V),
    "fordern": (("forderte", "forderten", "fordert", "gefordert"), _V),
    "bekräftigen": (("bekräftigte", "bekräftigten"), _V),
    "versichern": (("versicherte", "versicherten"), _V),
    "sprechen": (("sprach", "sprachen", "spricht", "sprechen"), _V),  # "sprechen von „…“"
    "antworten": (("antwortete", "antworteten"), _V),
    "erwidern": (("erwiderte", "erwiderten"), _V),
    "zitieren": (("zitierte", "zitierten", "zitiert"), _V),
    "kommentieren": (("kommentierte", "kommentierten"), _V),
    "bezeichnen": (("bezeichnete", "bezeichneten", "bezeichnet"), _VP),
    "verkünden": (("verkündete", "verkündeten"), _V),
    "teilen": (
        ("teilte", "teilten", "teilt", "mitgeteilt", "mitteilte", "mitteilten"),
        _V,
    ),  # "teilte … mit"
    "hinzufügen": (("fügte", "fügten", "hinzufügte"), _V),  # "fügte … hinzu"
    "rufen": (("rief", "riefen"), _V),  # "rief … aus"
    "skandieren": (("skandierte", "skandierten", "skandiert"), _V),  # a crowd's chant
    "fragen": (("fragte", "fragten", "fragt"), _V),
    "behaupten": (("behauptete", "behaupteten", "behauptet"), _V),
    "bestätigen": (("bestätigte", "bestätigten", "bestätigt"), _V),
    "unterstreichen": (("unterstrich", "unterstrichen", "unterstreicht"), _V),
    "äußern": (("äußerte", "äußerten", "äußert", "geäußert"), _V),  # "äußerte sich"
    "erzählen": (("erzählte", "erzählten", "erzählt"), _V),
    "beklagen": (("beklagte", "beklagten", "beklagt"), _V),
    "mahnen": (("mahnte", "mahnten", "mahnt"), _V),
    "loben": (("lobte", "lobten", "lobt"), _V),
    "beteuern": (("beteuerte", "beteuerten"), _V),
    "kündigen": (
        ("kündigte", "kündigten", "kündigt", "angekündigt", "ankündigte"),
        _V,
    ),  # "kündigte … an"
    "bekanntgeben": (("gab", "gaben", "bekanntgab"), _V),  # "gab … bekannt", "gab … zu"
    "lauten": (("lautete", "lautet"), _V),  # "Seine Antwort lautete: „…“"
    "heißen": (("heißt", "hieß"), _V),  # "In der Erklärung heißt es: „…“"
    "twittern": (("twitterte", "twitterten"), _V),
    "schildern": (("schilderte", "schilderten"), _V),
    "begründen": (("begründete", "begründeten"), _V),
    "zeigen": (("zeigte", "zeigten"), _V),  # "zeigte sich zuversichtlich"
    # a separable verb is one word at a subordinate clause's end ("wie die Polizei
    # mitteilte", "wie er feststellte")
    "feststellen": (("feststellte", "feststellten", "festgestellt"), _V),
    "entgegnen": (("entgegnete", "entgegneten"), _V),
    "bezweifeln": (("bezweifelte", "bezweifelten"), _V),
    "melden": (("meldete", "meldeten", "meldet"), _V),
    "nennen": (("nannte", "nannten", "nennt"), _V),
    "begrüßen": (("begrüßte", "begrüßten", "begrüßt"), _V),
    "würdigen": (("würdigte", "würdigten"), _V),
    "einräumen": (("räumte", "räumten"), _V),  # "räumte … ein"
    "zurückweisen": (("wies", "wiesen", "zurückgewiesen"), _V),  # "wies … zurück"
    "beschreiben": (("beschrieb", "beschrieben"), _V),
    "bemängeln": (("bemängelte", "bemängelten"), _V),
    "vorwerfen": (("warf", "warfen"), _V),  # "warf … vor"
    "befürchten": (("befürchtete", "befürchteten", "befürchtet"), _V),
    "glauben": (("glaubte", "glaubten", "glaubt"), _V),
    "hoffen": (("hoffte", "hofften", "hofft"), _V),
    "appellieren": (("appellierte", "appellierten"), _V),
    "drohen": (("drohte", "drohten"), _V),
    "verweisen": (("verwies", "verwiesen", "verweist"), _V),
    "bilanzieren": (("bilanzierte",), _V),
    "resümieren": (("resümierte",), _V),
    "werten": (("wertete", "werteten"), _V),
    "urteilen": (("urteilte", "urteilten", "urteilt"), _V),  # "„…“, so urteilte X"
    "attestieren": (("attestierte", "attestierten", "attestiert"), _V),
    # "wie der Richter ausführte", "führte … aus"
    "ausführen": (("ausführte", "ausführten", "ausgeführt"), _V),
    "hinweisen": (("hinwies", "hinwiesen"), _V),  # "wie er hinwies"
}

#: The lemmas of :data:`SPEECH_VERBS`: a cue with one of these is a German one.
SPEECH_LEMMAS = frozenset(SPEECH_VERBS)

#: Articles, possessives and demonstratives that open a noun phrase.
ARTICLES = frozenset(
    {"der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "einen", "einem"}
    | {"eines", "sein", "seine", "seiner", "seinen", "seinem", "ihr", "ihre", "ihrer"}
    | {"ihren", "ihrem", "dieser", "diese", "dieses", "diesen", "diesem", "jener"}
    | {"mehrere", "einige", "viele", "alle", "beide", "zwei", "drei"}
)

#: The definite articles: before a name or a paper's title in marks ("die „Aktion
#: Deutschland hilft“", "schrieb die „Süddeutsche Zeitung“").
DEFINITE_ARTICLES = frozenset({"der", "die", "das", "den", "dem", "des"})

#: Subject pronouns, with agreement as in :mod:`newsparse.lexicon.pronouns`
#: ("sie" is a woman or a group: left open).
PRONOUNS: dict[str, str] = {"er": "m", "sie": "", "ich": "s", "wir": "p"}

#: Prepositions: a lower-case word of a phrase, never the finite verb.
PREPOSITIONS = frozenset(
    {"in", "im", "an", "am", "auf", "aus", "bei", "beim", "mit", "nach", "von", "vom"}
    | {"zu", "zum", "zur", "für", "über", "unter", "vor", "gegen", "seit", "um", "durch"}
    | {"ohne", "wegen", "trotz", "während", "gegenüber", "zwischen", "hinter", "neben"}
    | {"laut", "zufolge", "als", "bis", "ab", "ins", "aufs", "ans"}
)

#: Words that open a subordinate clause: its verb comes last, and the main clause
#: after it starts with the finite verb ("Als der Minister kam, sagte er: …").
SUBORDINATORS = frozenset(
    {"als", "wie", "nachdem", "weil", "da", "wenn", "obwohl", "während", "bevor", "dass"}
    | {"ob", "damit", "seit", "seitdem", "sobald", "falls"}
)

#: Words between a fronted verb and its subject, or after a subject: never the
#: subject or the verb ("sagte sich", "sagte dazu am Montag der Minister").
VERB_SUBJECT_FILLERS = frozenset(
    {"sich", "auch", "dazu", "dann", "noch", "jedoch", "aber", "weiter", "zudem"}
    | {"ebenfalls", "unterdessen", "außerdem", "bereits", "schon", "nun", "jetzt"}
    | {"damals", "später", "erneut", "deshalb", "daher", "darauf", "daraufhin"}
    | {"gestern", "heute", "zuvor", "nicht", "es", "einerseits", "andererseits"}
    | {"offenbar", "allerdings", "hingegen", "dagegen", "wörtlich", "so", "selbst"}
)

#: Object pronouns between a fronted verb and its subject ("so charakterisierte ihn
#: der Sprecher", "sagte ihm die Ministerin"): never the subject.
OBJECT_PRONOUNS = frozenset({"ihn", "ihm", "ihnen", "mich", "mir", "dich", "dir", "uns", "euch"})

#: Lower-case words that are never the finite verb: articles, conjunctions,
#: adverbs (besides :data:`ARTICLES`, :data:`PREPOSITIONS`, fillers).
NOT_VERBS = frozenset(
    {"und", "oder", "sowie", "aber", "sondern", "denn", "nicht", "nur", "sehr", "mehr"}
    | {"bisher", "bislang", "wieder", "immer", "ganz", "etwa", "rund", "fast", "kaum"}
    | {"ersten", "letzten", "neuen", "jüngsten", "vergangenen", "kommenden", "dpa"}
    # adverbs and particles that a clause may open with ("sondern genauso X „…“")
    | {"genauso", "ebenso", "ebenfalls", "auch", "noch", "schon", "bereits", "jedoch"}
    | {"doch", "zudem", "außerdem", "sogar", "vor", "allem", "insbesondere", "vielmehr"}
    # relative and indefinite pronouns, and "seitens" ("…, denen jedes Gefühl …",
    # "die Klage einiger „…“", "was sie „…“")
    | {"denen", "dessen", "deren", "was", "wer", "einiger", "einige", "seitens", "neu"}
)

#: "nach Angaben des Ministeriums", "nach Worten von X": the noun after "nach"
#: that makes the phrase a source (the cue is "nach"; the speaker follows).
SOURCE_NOUNS = frozenset(
    {"angaben", "worten", "auffassung", "ansicht", "meinung", "aussagen", "darstellung"}
    | {"einschätzung", "informationen", "berichten", "schätzungen", "überzeugung"}
    | {"ankündigung", "darstellungen", "aussage", "erkenntnissen", "schätzung", "bericht"}
    | {"idee", "vorstellung"}
    # the findings and judgements of an office or a paper ("nach Bewertung der
    # Polizei", "nach Auskunft des Amtes", "nach Recherchen des Senders")
    | {"bewertung", "auskunft", "recherchen", "schilderung", "schilderungen"}
    | {"berechnungen", "beobachtungen", "einschätzungen"}
)

#: The head nouns that end a German title before a name, alone or in a compound
#: ("Sprecher", "Bahnchef", "Innenministerin", "Regierungssprecher Steffen Seibert"):
#: German writes the office and its field as one word, so no list of titles holds
#: them all.  Lower case; a capitalised word ending in one is a title, not a name.
TITLE_ENDINGS = (
    *("chef", "chefin", "minister", "ministerin", "präsident", "präsidentin"),
    *("sprecher", "sprecherin", "vorsitzende", "vorsitzender", "leiter", "leiterin"),
    *("direktor", "direktorin", "kanzler", "kanzlerin", "bürgermeister", "bürgermeisterin"),
    *("senatorin", "abgeordnete", "abgeordneter", "expertin", "analystin", "sekretärin"),
    *("kommissar", "kommissarin", "botschafter", "botschafterin", "ökonom", "ökonomin"),
    *("politiker", "politikerin", "funktionär", "funktionärin", "managerin"),
)

#: The first words of a sentence that opens with its source: "Laut Müller ist …",
#: "Nach Angaben der Polizei wurden …", "Dem Bericht zufolge fehlen …" (an article
#: before "zufolge").
SOURCE_PHRASE_OPENERS = frozenset({"laut", "nach"}) | DEFINITE_ARTICLES

#: "X zufolge" / "laut X": source words before or after their speaker.
CLAUSE_LINKS = frozenset({"laut", "zufolge"})

#: Adverbs and particles that open a sentence before its verb ("Dazu sagte …",
#: "Weiter sagte …", "Bisher habe …"): never a speaker's name, though capitalised.
SENTENCE_ADVERBS = frozenset(
    {"dazu", "damit", "dabei", "daraus", "darin", "davon", "dafür", "dagegen", "hier"}
    | {"so", "dort", "weiter", "zwar", "bisher", "besonders", "inzwischen", "insgesamt"}
    | {"schließlich", "zunächst", "zuletzt", "ebenso", "trotzdem", "dennoch", "vielmehr"}
    | {"stattdessen", "auch", "zudem", "außerdem", "ferner", "danach", "davor", "seither"}
    | {"ursprünglich", "eigentlich", "gleichzeitig", "allerdings", "jedoch", "nun", "jetzt"}
    | {"gestern", "heute", "morgen", "bereits", "erst", "noch", "immer", "nur", "gerade"}
    | {"deshalb", "daher", "darum", "deswegen", "daraufhin", "anschließend", "später"}
    | {"ähnlich", "ebenfalls", "gegenüber", "wörtlich", "konkret", "erneut", "offenbar"}
    | {"derzeit", "angesichts", "warum", "insbesondere", "vor", "zuvor", "damals", "kürzlich"}
    | {"aktuell", "neuerdings", "mittlerweile", "bislang", "außerdem", "indes", "indessen"}
    # pronominal adverbs ("Daran wird eine Warnung angeschlossen"): da(r)- + preposition
    | {"daran", "darauf", "darüber", "darunter", "dadurch", "dahinter", "daneben", "dazwischen"}
)

#: Endings of adverbs and adjectives that may open a sentence ("Ursprünglich",
#: "Möglicherweise", "Kritisch"): few nouns and names end so.
ADVERB_ENDINGS = ("lich", "weise", "isch")

#: A present participle used as an adverb opens a sentence before its verb ("Relativierend
#: fügt Gall hinzu", "Ergänzend sagte sie"): a word this long in "-end" is no noun (not
#: "Abend", "Jugend").
PARTICIPLE_ADVERB_END = "end"
PARTICIPLE_ADVERB_MIN = 7

#: Endings of abstract nouns, which name no person: "Die Anwendung … stellte der
#: Vorsitzende in Frage" has its subject after the verb, the abstract noun fronted.
ABSTRACT_ENDINGS = ("ung", "heit", "keit", "schaft", "nis", "ismus", "tum", "tät")

#: Konjunktiv II and "würde" forms that report speech as Konjunktiv I does when the
#: Konjunktiv I form would look like the indicative ("sie hätten", "es wäre").
#: Konjunktiv I itself is read from the ending: stem + "e" ("sei" aside), never
#: "-te" ("habe", "müsse", "drohe"; not "sagte").
CONDITIONAL_FORMS = frozenset(
    {"sei", "seien", "seiest", "wäre", "wären", "hätte", "hätten", "würde", "würden"}
)


#: Verbs of holding a view, which make a quoted word somebody's ("Der Staatsanwalt hält
#: ihn für „gefährlich“", "Meteorologen rechnen mit „starkem Regen“", "sieht darin einen
#: „Angriff“"): no speech verbs, but the words in marks are the holder's.
VIEW_VERBS = frozenset(
    {"hält", "hielt", "halten", "hielten", "rechnet", "rechnen", "rechnete", "rechneten"}
    | {"sieht", "sehen", "sah", "sahen", "wertet", "werten", "spricht", "sprechen"}
)


def reported_form(low: str) -> bool:
    """True for a lower-case word that may be a verb form of reported speech: Konjunktiv
    I ("sei", "habe", "müsse", "drohe"), or II where I looks like the indicative
    ("hätten").  A heuristic on the ending: other words in "-e" pass too ("heute",
    "diese"), so callers test it only where a verb may stand.

    >>> [w for w in ("habe", "sagte", "wäre", "liegende", "müsse", "wurde") if reported_form(w)]
    ['habe', 'wäre', 'müsse']
    """
    return low in CONDITIONAL_FORMS or (
        low.endswith("e")
        and not low.endswith(("te", "ende"))
        and len(low) > 3
        and low not in _INDICATIVE_IN_E
    )


#: Indicative forms that end like Konjunktiv I: "wurde" (the past of *werden*, the
#: passive's auxiliary: "Der Plan wurde von X als „…“ bezeichnet").
_INDICATIVE_IN_E = frozenset({"wurde"})
