"""Words that tell speech from a name, a title or a scare quote, per language.

:func:`newsparse.find_quotes` calls a quote ``direct`` or ``partial`` when it holds what a
person said or wrote, and ``other`` when it names a thing (a title, an organisation, a
product, an event, a nickname), mentions a word as a word ("the word “X”") or holds scare
quotes.  Most of its evidence is language-neutral (where the marks stand in the sentence,
capitals, final punctuation inside the marks); the words below are what is not.  Each list
is a frozenset of lower-case words per language code (``"en"``, ``"de"``); the quote finder
reads the union over the languages it knows, so a German title in English copy is still a
title.  Adding a language is adding its entries here.

Conventions (ids of ``wire-conventions.md`` §8): Q-13, quoted words inside narration that no
one is said to have said (scare quotes, titles); Q-8, headline quotes; AP's rule that
composition titles (books, films, shows, songs, works of art) go in quotation marks; German
copy marks titles, slogans and quotes alike with „…“ (Duden, "Anführungszeichen").

>>> "sogenannt" in SCARE_LEADS["de"], "so-called" in SCARE_LEADS["en"]
(True, True)
"""

from __future__ import annotations

__all__ = [
    "BE_FORMS",
    "COMMUNICATION_NOUNS",
    "FOREIGN_NAME_WORDS",
    "KIND_LANGUAGES",
    "LABELLED_NOUNS",
    "LABEL_VERBS",
    "LEGAL_FORMS",
    "NAMING_LEADS",
    "PARTIAL_LEADS",
    "SCARE_LEADS",
    "SMALL_WORDS",
    "SPOKEN_LEADS",
    "TITLED_VERBS",
    "TITLE_FOLLOWERS",
    "TITLE_LEADS",
    "TITLE_PREPOSITIONS",
    "WORD_AS_WORD",
    "WORK_NOUNS",
    "union",
]


def _words(words: str) -> frozenset[str]:
    """A word list written as one string, split on white space."""
    return frozenset(words.split())


def union(table: dict[str, frozenset[str]]) -> frozenset[str]:
    """Every language's entries of one list together."""
    out: frozenset[str] = frozenset()
    for words in table.values():
        out |= words
    return out


#: The languages these lists cover.
KIND_LANGUAGES = ("en", "de")

#: Words just before an opening mark that make the quote part of the reporter's own
#: sentence (a partial quote, Q-13: "the allegations that “…”").
PARTIAL_LEADS: dict[str, frozenset[str]] = {
    "en": _words(
        """
        that as of the a an to be is was were are been being its his her their our my your
        this these those with for from about on in at by into and or but than like called
        dubbed termed labeled labelled branded deemed described calling dubbing labeling
        labelling branding describing what which who whose how very most more some any no
        not
        """
    ),
    # Not the articles and prepositions: German marks names and titles with „…“ after
    # them ("mit der „Financial Times“"), and a lower-case fragment is partial anyway.
    "de": _words("dass als wie sei seien wäre wären ist war sind waren"),
}

#: Composition titles (AP: books, films, shows, songs, works of art): a quote right after
#: one of these nouns, or after one and a comma, names the work.
WORK_NOUNS: dict[str, frozenset[str]] = {
    "en": _words(
        """
        film films movie movies book books novel novels memoir memoirs song songs album
        albums show shows series sitcom program programs programme programmes play plays
        musical musicals documentary documentaries poem poems podcast podcasts opera
        thriller drama comedy comedies classic sequel prequel reboot bestseller
        best-seller painting paintings exhibit exhibition sculpture anthem hymn ballad
        single soundtrack episode episodes segment column newsletter newspaper magazine
        tabloid blog website game video-game franchise
        """
    ),
    "de": _words(
        """
        film filme buch bücher roman romane lied lieder song songs album alben sendung
        sendungen serie serien show talkshow theaterstück stück stücks musical oper
        dokumentation doku gedicht podcast zeitung zeitschrift magazin kolumne ausstellung
        titel bestseller klassiker werke hits
        """
    ),
}

#: Words before a quoted phrase that make it a title (Q-13 "other"): the works above, and
#: the words that introduce a title or a motto.
TITLE_LEADS: dict[str, frozenset[str]] = {
    "en": WORK_NOUNS["en"]
    | _words("article essay report headline titled entitled headlined slogan hashtag motto"),
    "de": WORK_NOUNS["de"]
    | _words("motto slogan überschrift schlagzeile betitelt titel erstwerk werk debüt"),
}

#: A noun that names, then a verb that gives the name ("Der Name lautet „…“", "Das Motto
#: lautet „…“"): the quoted words are a name or a title, not speech (Q-13 "other").
#: English copy reads signs aloud ("the sign read “…”"): none there.
LABELLED_NOUNS: dict[str, frozenset[str]] = {
    "en": frozenset(),
    "de": _words("name namen titel motto slogan überschrift schlagzeile bezeichnung"),
}
LABEL_VERBS: dict[str, frozenset[str]] = {
    "en": frozenset(),
    "de": _words("lautet lautete lauten lauteten"),
}

#: Head nouns right after a closing mark that make the quoted words the name of a thing, not
#: somebody's words: “Daily Show” host, the “Fight for 15” movement, “Settle For X” shirts
#: (Q-13 "other").  Plural forms are listed where copy uses them.
TITLE_FOLLOWERS: dict[str, frozenset[str]] = {
    "en": _words(
        """
        host hosts co-host anchor anchors star stars actor actress cast creator creators
        film movie show shows series program programme episode segment album song book
        novel documentary musical play sketch slogan slogans movement campaign initiative
        project document bill act amendment hashtag shirt shirts t-shirt t-shirts hat hats
        sign signs banner banners sticker stickers tour franchise brand network channel
        podcast broadcast
        """
    ),
    "de": _words(
        """
        moderator moderatorin sendung serie film buch kampagne bewegung initiative projekt
        gesetz plakat plakate banner
        """
    ),
}

#: Short words a title leaves in lower case ("Face the Nation", "Hart aber fair" keeps its
#: nouns capitalised, German-style), Q-13 "other".
SMALL_WORDS: dict[str, frozenset[str]] = {
    "en": _words("a an and at by for in of on or the to with"),
    "de": _words(
        """
        der die das des dem den ein eine einer eines im in für von vom und oder mit zu zum
        zur am an auf aus bei nach über unter aber ohne gegen um durch vor ins beim
        """
    ),
}

#: Words before a title-cased quote that make it a title: on “Face the Nation”, an episode
#: of “…” (Q-13 "other").
TITLE_PREPOSITIONS: dict[str, frozenset[str]] = {
    "en": _words("on of in from"),
    "de": _words("in im bei aus"),
}

#: Words before a quoted word that mark scare quotes (Q-13 "other").
SCARE_LEADS: dict[str, frozenset[str]] = {
    "en": _words("so-called supposed alleged self-styled self-described would-be"),
    "de": _words(
        """
        sogenannt sogenannte sogenannten sogenannter sogenanntes sog. angeblich angebliche
        angeblichen angeblicher selbsternannte selbsternannten selbsternannter
        """
    ),
}

#: Small words of names and titles in other languages, by the language of the copy they
#: stand in: in German copy a short quoted phrase made with them and without German
#: small words is a foreign name or title ("L’Alliance pour la Planète", "Correio da
#: Manhã", "Second Life", "in dubio pro reo"), Q-13 "other".  English copy has no
#: entry: its names are read by their capitals.
FOREIGN_NAME_WORDS: dict[str, frozenset[str]] = {
    "de": _words(
        """
        the of and a for with on at to it its is my your our this that against from by
        or not we you be new
        le la les du de pour et au aux sur avec une un
        do dos el los las y del di della delle e em no na para por con
        sine cum ad
        """
    ),
}

#: Legal forms that end the name of a company or an association ("Ener1 Group Inc.",
#: "Freunde der Oper e.V.", "con energy ag"): a quoted phrase ending in one is a name.
LEGAL_FORMS: frozenset[str] = frozenset(
    {"e.V.", "e. V.", "AG", "ag", "GmbH", "gGmbH", "KG", "Inc.", "Inc", "Ltd.", "Ltd"}
    | {"LLC", "Corp.", "Corp", "Co", "Co.", "S.A.", "plc", "PLC", "N.V.", "B.V."}
)

#: Forms of *be* (and German *werden* for the passive): before a naming verb or a
#: participle they make it passive ("was called “X”", "wurde „X“ genannt").
BE_FORMS: dict[str, frozenset[str]] = {
    "en": _words("is was were are be been being"),
    "de": _words("ist wird wurde"),
}

#: Naming words: a quote right after one is a name for something ("a group called “X”",
#: "known as “X”"), unless the naming has a speaker ("Trump called her “X”": an object
#: stands between the word and the quote, which makes it what the speaker called it).
NAMING_LEADS: dict[str, frozenset[str]] = {
    "en": _words(
        """
        called calls calling dubbed dubs dubbing termed terms labeled labelled labels
        described describes describing branded brands referred deemed derided mocked
        nicknamed christened word words phrase term named known
        """
    ),
    "de": _words(
        """
        genannt genannte genannten nennt nannte nannten bezeichnet bezeichnete bezeichneten
        wort begriff namens heißt hieß titulierte
        """
    ),
}

#: Verbs that give a title to what comes before them ("an email titled “…”"): the title of
#: a communication (email, memo, ad) is what its author wrote; the title of a work
#: (book, film) is its name.
TITLED_VERBS: dict[str, frozenset[str]] = {
    "en": _words("titled entitled headlined subtitled"),
    "de": _words("betitelt überschrieben titel"),
}

#: Things people write or send: what they are titled, or say, is the author's words.
COMMUNICATION_NOUNS: dict[str, frozenset[str]] = {
    "en": _words(
        """
        email e-mail emails memo memos letter letters statement statements message messages
        post posts tweet tweets ad ads advertisement advertisements spot spots commercial
        editorial editorials op-ed op-eds petition petitions release note notes speech
        speeches text texts sign signs placard placards banner banners poster posters
        shirt shirts t-shirt t-shirts hat hats
        """
    ),
    "de": _words(
        """
        e-mail mail brief briefe erklärung mitteilung nachricht nachrichten beitrag tweet
        anzeige werbespot spot rede plakat plakate transparent transparente schild
        """
    ),
}

#: Words right before a quote that give its words to somebody who chanted, wrote or said
#: them (the crowd chanted “Lock her up”, students wrote “Trump 2016”, a sign that read
#: “…”, chants of “…”): the quote is speech (``partial``) even when it is a slogan.
SPOKEN_LEADS: dict[str, frozenset[str]] = {
    "en": _words(
        """
        chant chants chanted chanting shout shouts shouted shouting yell yells yelled
        yelling scream screamed screaming cry cries cried crying sang sing sings singing
        sung wrote write writes writing written read reads reading tweeted tweet tweets
        tweeting posted posting chants cheers cheered cheering exclaimed declared
        proclaimed proclaiming proclaims signed scrawled scribbled painted spray-painted
        emblazoned printed bearing saying said says reply replied replies answered
        """
    ),
    "de": _words(
        """
        riefen rief rufen ruft skandierten skandierte skandieren sangen sang singen schrieb
        schrieben schreibt twitterte twitterten postete posteten sagte sagten sagt
        erklärte antwortete stand steht lautete lautet sprechchöre parolen parole sprüche spruch
        aufschrift aufschriften worten feststellung bezeichnung losung spruch sprüche
        """
    ),
}

#: A word mentioned as a word, not used: "the word “X”", "the term “X”", "das Wort „X“"
#: (Q-13 "other").  Only after an article or a demonstrative: "in his words, “…”" quotes.
WORD_AS_WORD: dict[str, frozenset[str]] = {
    "en": _words("word term phrase expression label"),
    "de": _words("wort begriff ausdruck formulierung bezeichnung"),
}
