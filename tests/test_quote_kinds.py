"""Speech or not: the kind find_quotes gives a quotation, and the rule that set it.

Every sentence here is made up; each row is labelled by hand with the kind a reader would
give the quoted words (``direct``/``partial``: somebody said or wrote them; ``other``: a
title, a name, a slogan nobody is said to chant, a word mentioned as a word, scare quotes)
and the rule that should say why.
"""

from __future__ import annotations

import pytest

from newsparse import find_quotes, parse
from newsparse.lexicon.kinds import KIND_LANGUAGES, SCARE_LEADS, SMALL_WORDS, union

HEAD = "Port Talks\n\n"

ENGLISH = [
    # a quoted sentence cut in two by its attribution: the second piece goes on it
    ("“The plan,” she said, “is dead on arrival.”", "is dead on arrival.", "direct", "sentence"),
    ("Lee spoke. “We fight,” he said, “and we win.”", "and we win.", "direct", "sentence"),
    ("“Our plan,” said Ann Lee, an aide, “is dead.”", "is dead.", "direct", "sentence"),
    # ... after a dateline or two spaces too
    ("BONN (AP) — “The plan,” she said, “is dead.”", "is dead.", "direct", "sentence"),
    ("It ended.  “The plan,” she said, “is dead.”", "is dead.", "direct", "sentence"),
    # ... not a fragment cut so: a partial quote's words go on as one
    ("He called it “bad,” she said, “and worse.”", "and worse.", "partial", None),
    # ... nor words after more than the speaker and the cue
    ("“We will win,” she said, calling the plan, “a fraud.”", "a fraud.", "partial", None),
    # slogans, subject lines and hashtags given to whoever chanted, wrote or sent them
    ("The crowd chanted “Lock Her Up” as he spoke.", "Lock Her Up", "partial", "attributed"),
    ("Students wrote “Trump 2016” on the pavement.", "Trump 2016", "partial", "attributed"),
    (
        "An email titled “Budget Cuts Ahead” reached staff on Monday.",
        "Budget Cuts Ahead",
        "partial",
        "attributed",
    ),
    ("Protesters held signs that read “No Deal” outside.", "No Deal", "partial", "attributed"),
    (
        "There were chants of “Four More Years” in the hall.",
        "Four More Years",
        "partial",
        "attributed",
    ),
    # the title of a work stays a title, whoever is in the sentence
    ("Sales of the book “Clinton Cash” rose again.", "Clinton Cash", "other", "title"),
    ("He wrote the book “Clinton Cash” in a year.", "Clinton Cash", "other", "title"),
    ("She starred in the drama, “Harbour Lights,” last year.", "Harbour Lights,", "other", "title"),
    # a naming verb with nobody who names
    ("A group called “Citizens for Sense” met on Monday.", "Citizens for Sense", "other", "named"),
    (
        "The plan, dubbed “Operation Clean Sweep,” began Monday.",
        "Operation Clean Sweep,",
        "other",
        "named",
    ),
    ("He chaired the company, known as “the Firm,” for years.", "the Firm,", "other", "named"),
    # … but a naming with a speaker is what the speaker called it
    ("Trump called her “Miss Piggy” in 1996.", "Miss Piggy", "partial", "fragment"),
    ("It was what he called “a witch hunt” on Friday.", "a witch hunt", "partial", "fragment"),
    ("The deal was called “a disgrace” by the mayor.", "a disgrace", "partial", "fragment"),
    # a word mentioned as a word
    ("The word “sanctuary” appeared twice in the bill.", "sanctuary", "other", "word-as-word"),
    ("In his words, “we are done here.”", "we are done here.", "partial", "fragment"),
    # scare quotes: a word in a noun phrase with no speech cue in the sentence
    ("The “undercard” debate drew fewer viewers.", "undercard", "other", "modifier"),
    ("Its so-called “reform” passed.", "reform", "other", "scare-quotes"),
    # … inside reported speech, the same words are the speaker's
    (
        "The senator said the “undercard” debate was unfair.",
        "undercard",
        "partial",
        "in-reported-speech",
    ),
    (
        "The minister said a group called “Citizens for Sense” was behind it.",
        "Citizens for Sense",
        "partial",
        "in-reported-speech",
    ),
    (
        "The rules led to reactions that would “horrify” him, she said.",
        "horrify",
        "partial",
        "fragment",
    ),
    # sentences and nicknames, as before
    ("“We will not back down,” the mayor said.", "We will not back down,", "direct", "sentence"),
    ("Marine John “Tig” Tiegen spoke first.", "Tig", "other", "nickname"),
]

GERMAN = [
    # ein von der Zuschreibung geteilter Satz: das zweite Stück setzt ihn fort
    ("„Wir kämpfen“, sagte er, „und wir gewinnen.“", "und wir gewinnen.", "direct", "sentence"),
    # a quote right after a noun is that noun's name (German copy capitalises nouns)
    (
        "Gestern ist das Forschungsflugzeug „Polar 7“ gelandet.",
        "Polar 7",
        "other",
        "title-after-noun",
    ),
    (
        "Die Tiere der Art „Bufo viridis“ laichen im März.",
        "Bufo viridis",
        "other",
        "title-after-noun",
    ),
    (
        "Er fährt einen Wagen vom Typ „Käfer Cabrio“ seit Jahren.",
        "Käfer Cabrio",
        "other",
        "title-after-noun",
    ),
    # but not after a speech noun, and not a sentence
    (
        "Die Demonstranten trugen die Parole „Nie wieder“ vor sich her.",
        "Nie wieder",
        "partial",
        "attributed",
    ),
    ("Die Sprecherin sagte „Wir warten ab.“ und ging.", "Wir warten ab.", "direct", None),
    # a web address is a name
    (
        "Die Seite „beispiel.de“ ist seit Montag abgeschaltet.",
        "beispiel.de",
        "other",
        "name-or-title",
    ),
    ("„Wir schaffen das“, sagte die Kanzlerin.", "Wir schaffen das", "direct", "sentence"),
    (
        "»Das ist ein guter Tag«, sagte der Bürgermeister.",
        "Das ist ein guter Tag",
        "direct",
        "sentence",
    ),
    (
        "Die Ministerin sagte, das sei „völlig inakzeptabel“.",
        "völlig inakzeptabel",
        "partial",
        "fragment",
    ),
    ("Er nannte den Plan „eine Katastrophe“.", "eine Katastrophe", "partial", "fragment"),
    (
        "Demonstranten riefen „Wir sind das Volk“ vor dem Rathaus.",
        "Wir sind das Volk",
        "partial",
        None,
    ),
    # titles: German capitalises the noun before the title
    ("Der Film „Das Boot“ lief am Abend im Fernsehen.", "Das Boot", "other", "title"),
    ("Die Zeitung „Die Welt“ berichtete am Montag darüber.", "Die Welt", "other", "title"),
    ("Die Sendung »Hart aber fair« lief am Montag.", "Hart aber fair", "other", "title"),
    # Swiss copy: «…»
    (
        "Die Tiere der Art «Bufo viridis» laichen im März.",
        "Bufo viridis",
        "other",
        "title-after-noun",
    ),
    (
        "Tausende zogen unter dem Motto „Wir sind das Volk“ durch die Stadt.",
        "Wir sind das Volk",
        "other",
        "title",
    ),
    # names, scare quotes, word-as-word
    ("Ein Verein namens „Freunde der Oper“ lud ein.", "Freunde der Oper", "other", "named"),
    (
        "Die Partei ist als „Alternative für Deutschland“ bekannt.",
        "Alternative für Deutschland",
        "other",
        "named",
    ),
    ("Die Firma, bekannt als „Haus am See“, schloss.", "Haus am See", "other", "named"),
    (
        "Die sogenannte „Flüchtlingskrise“ beschäftigte die Regierung.",
        "Flüchtlingskrise",
        "other",
        "scare-quotes",
    ),
    ("Das Wort „Heimat“ fiel in der Rede zwölfmal.", "Heimat", "other", "word-as-word"),
    # a lower-case word between an article and its capitalised noun
    ("Im Landtag entstand ein „schwarz-gelbes“ Lager.", "schwarz-gelbes", "other", "modifier"),
    # a short fragment in a sentence where nobody speaks is nobody's words
    (
        "Die Gäste müssen am Sonntag „nur“ noch einmal antreten.",
        "nur",
        "other",
        "unspoken",
    ),
    (
        "Die Firma hat mit einer „virtuellen Kampagne“ ihre Kunden erreicht.",
        "virtuellen Kampagne",
        "other",
        "unspoken",
    ),
    # with a speech cue, reported speech, a source phrase, a view or more words it stays
    # partial
    ("Der Anwalt hält ihn für „sehr gefährlich“.", "sehr gefährlich", "partial", "fragment"),
    ("Der Sprecher nannte die Lage „sehr ernst“.", "sehr ernst", "partial", "fragment"),
    ("Die Lage sei „sehr ernst“, hieß es am Abend.", "sehr ernst", "partial", "fragment"),
    (
        "Der Fall wird nach Angaben der Polizei „sehr sorgfältig“ geprüft.",
        "sehr sorgfältig",
        "partial",
        "fragment",
    ),
    (
        "Der Plan hat am Montag „keine Aussicht auf Erfolg“ gehabt.",
        "keine Aussicht auf Erfolg",
        "partial",
        "fragment",
    ),
    (
        "Die Regierung hatte den Bericht als „falsch“ zurückgewiesen.",
        "falsch",
        "partial",
        "fragment",
    ),
]


def _one(sentence: str, quoted: str) -> tuple[str, str]:
    text = HEAD + sentence
    found = [q for q in find_quotes(text) if q.span.of(text) == quoted]
    assert len(found) == 1, [q.span.of(text) for q in find_quotes(text)]
    return found[0].kind, found[0].kind_rule


@pytest.mark.parametrize(("sentence", "quoted", "kind", "rule"), ENGLISH)
def test_english_kinds(sentence: str, quoted: str, kind: str, rule: str | None) -> None:
    got_kind, got_rule = _one(sentence, quoted)
    assert got_kind == kind
    if rule is not None:
        assert got_rule == rule


@pytest.mark.parametrize(("sentence", "quoted", "kind", "rule"), GERMAN)
def test_german_kinds(sentence: str, quoted: str, kind: str, rule: str | None) -> None:
    got_kind, got_rule = _one(sentence, quoted)
    assert got_kind == kind
    if rule is not None:
        assert got_rule == rule


def test_every_quote_says_why_it_has_its_kind() -> None:
    text = HEAD + "The crowd chanted “Lock Her Up” near the “Apprentice” star."
    article = parse(text)
    rules = [(q.kind, q.kind_rule) for q in article.quotes]
    assert rules == [("partial", "attributed"), ("other", "title-before-noun")]
    dumped = article.to_dict()["quotes"]
    assert [q["kind_rule"] for q in dumped] == ["attributed", "title-before-noun"]
    assert all(q["rule"].endswith("/" + q["kind_rule"]) for q in dumped)


def test_an_other_quote_gets_no_speaker_a_slogan_does() -> None:
    text = HEAD + "Protesters chanted “Lock Her Up” outside. The “undercard” debate ended."
    chant, scare = parse(text).quotes
    assert chant.kind == "partial" and chant.speaker is not None
    assert "Protesters" in chant.speaker.span.of(text)
    assert scare.kind == "other" and scare.speaker is None


def test_kind_word_lists_cover_each_language() -> None:
    assert set(KIND_LANGUAGES) == {"en", "de"}
    for table in (SCARE_LEADS, SMALL_WORDS):
        assert set(table) == set(KIND_LANGUAGES)
        assert all(w == w.casefold() and " " not in w for w in union(table))


@pytest.mark.parametrize(
    ("sentence", "quoted", "kind"),
    [
        ("Die „Deutsche Krebshilfe“ warb am Montag für Vorsorge.", "Deutsche Krebshilfe",
         "other"),
        ("Sie erhielt das „Glas der Vernunft“ im Rathaus.", "Glas der Vernunft", "other"),
        # after "als"/"wie" a name, unless a speech cue or a word of chanting is near
        ("Die Stadt wurde als „Stadt der Musik“ ausgezeichnet.", "Stadt der Musik", "other"),
        ("Er sah Filme wie „Die Blaue Stunde“ im Kino.", "Die Blaue Stunde", "other"),
        ("Es gab Sprüche wie „Nieder Mit Der Steuer“ am Rand.", "Nieder Mit Der Steuer",
         "partial"),
        # a short phrase in another language is a foreign name or title
        ("Sie trat der „Ligue pour la Nature“ im Mai bei.", "Ligue pour la Nature", "other"),
        ("Er las am Morgen „Diario do Norte“ im Zug.", "Diario do Norte", "other"),
        ("Die Band spielte „Walk on the Moon“ als Zugabe.", "Walk on the Moon", "other"),
        # ... but not with German small words in it
        ("Er nannte das „ein Spiel für die Fans“ am Montag.", "ein Spiel für die Fans",
         "partial"),
        # where German copy names a source: after "laut", after a "wie" opening a clause
        ("Laut „Tagesblatt“ ist der Plan gescheitert.", "Tagesblatt", "other"),
        ("Wie „Nordwelle Online“ berichtet, fiel der Strom aus.", "Nordwelle Online", "other"),
        ("Er sah es wie „ein Geschenk“ an.", "ein Geschenk", "partial"),
        # one capitalised word after an indefinite article, with a speech cue: a noun the
        # speaker uses (German capitalises every noun); after a definite one, a name
        ("Er nannte die Absage einen „Vertrauensbruch“.", "Vertrauensbruch", "partial"),
        ("Das schreibt die „Morgenpost“ am Montag.", "Morgenpost", "other"),
        # a name that ends in a legal form
        ("Die „Freunde der Oper e.V.“ luden ein.", "Freunde der Oper e.V.", "other"),
        ("Die Firma „Nordlicht Group Inc.“ baut Akkus.", "Nordlicht Group Inc.", "other"),
        # what somebody calls something stays their words
        ("Er bezeichnete ihn als „Großen Führer“ der Partei.", "Großen Führer", "partial"),
    ],
)  # fmt: skip
def test_a_german_phrase_of_capitalised_words_is_a_name(
    sentence: str, quoted: str, kind: str
) -> None:
    text = "Titel\n\n" + sentence
    (q,) = [q for q in find_quotes(text) if q.span.of(text) == quoted]
    assert q.kind == kind


def test_an_english_name_with_a_legal_form_is_a_name_a_sentence_is_not() -> None:
    text = "Title\n\nShe joined “Acme Holdings Ltd” last year."
    (q,) = find_quotes(text)
    assert (q.kind, q.kind_rule) == ("other", "name-or-title")
    text = (
        "Title\n\nThe letter spoke of “a plan to enter into a merger transaction with "
        "Acme Motors Corp.”"
    )
    (q,) = find_quotes(text)
    assert q.kind != "other"


def test_a_first_line_that_reads_as_a_sentence_reads_its_capitals_as_body_text() -> None:
    # no headline: the copy opens with its lead, a sentence with its period
    text = (
        "Im Kölner „Haus am Dom“ ist am späten Samstagnachmittag ein großer Brand "
        "ausgebrochen.\n\nDie Feuerwehr war schnell vor Ort."
    )
    (q,) = find_quotes(text)
    assert (q.kind, q.kind_rule) == ("other", "title-after-noun")


@pytest.mark.parametrize(
    "text",
    [
        "Laut einem Test des Magazins „auto, motor und sport“ gibt es 113 Modelle.",
        "In der Ausgabe des Wochenmagazins „profil“ werden die Verträge genannt.",
    ],
)
def test_german_words_after_a_work_noun_are_its_title(text: str) -> None:
    """#18: German marks after a noun whose head names a work ("des Magazins",
    "Wochenmagazins") give its title, lower-case or not (was: a partial quote)."""
    (q,) = find_quotes(text)
    assert q.kind == "other" and q.rule.endswith("/title-after-noun")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Wie die „Aktion Deutschland hilft“ heute mitteilte, fehlt Wasser.", "other"),
        ("Er wurde in den „Rat für nationale Sicherheit“ berufen.", "other"),
        # too many words for a name: the speaker's words
        ("Er hoffte, dass der „Heilige Geist wach ist und sich nicht irrt“ bei der Wahl.",
         "partial"),
    ],
)  # fmt: skip
def test_german_a_name_in_marks_after_its_article(text: str, kind: str) -> None:
    """#18: capitalised words in German marks right after a definite article, two to
    six of them, are a name ("die „Aktion Deutschland hilft“"; was a partial quote)."""
    (q,) = find_quotes(text)
    assert q.kind == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Die Grünen sprachen von einem „Feldzug gegen die Gemeinschaftsschule zum Beginn"
         " der Anmeldewoche“.", "partial"),
        ("„Wer in Zeiten der Krise Tausende Stellen Streicht, obwohl er Gewinne macht,"
         " Handelt Falsch“, so der Bischof.", "direct"),
        ("Das Land ehrte ihn mit dem „Großen Goldenen Ehrenzeichen für Verdienste um die"
         " Republik“.", "other"),
    ],
)  # fmt: skip
def test_german_a_capitalised_run_is_a_title_unless_said(text: str, kind: str) -> None:
    """#18: capitalised words in German marks are a title, but not after an indefinite
    article ("von einem „Feldzug gegen …“": a noun somebody used) nor with a clause
    inside (a comma and a lower-case word: a sentence)."""
    (q,) = find_quotes(text)
    assert q.kind == kind


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Er wurde berühmt für Lieder wie „Kalinka“, „Moskauer Nächte“ und andere.", "Kalinka"),
        ("Die Liste enthält Klassiker wie „Der Fänger im Roggen“ und mehr.",
         "Der Fänger im Roggen"),
    ],
)  # fmt: skip
def test_a_title_after_works_and_wie_is_no_speech(text: str, words: str) -> None:
    """German copy lists works after 'Lieder wie', 'Klassiker wie': their titles."""
    text = "Kultur\n\n" + text
    q = next(q for q in find_quotes(text) if q.span.of(text) == words)
    assert (q.kind, q.kind_rule) == ("other", "title-after-noun")


def test_a_noun_phrase_after_an_indefinite_article_by_a_cue_is_speech() -> None:
    """#18: 'sprach von einer „Gefahr für Leib und Leben“': several capitalised words
    after an indefinite article with a cue near are the speaker's words, not a name."""
    text = "Spiel\n\nKarl Roth, Dezernent der Stadt, sprach von einer „Gefahr für Leib und Leben“."
    (q,) = find_quotes(text)
    assert (q.kind, q.kind_rule) == ("partial", "in-reported-speech")


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Er war Präsident und galt schon damals als „heimlicher Regierungschef“.", "other"),
        ("Damals wollte er „alles anders machen“.", "partial"),
    ],
)
def test_a_pronoun_speaks_a_verb_phrase_in_marks_not_a_noun(sentence: str, kind: str) -> None:
    """German marks a noun phrase with no speech around it as nobody's words, even
    with "er" in the sentence; a verb phrase may be his."""
    text = "Nachruf\n\n" + sentence + " Er starb 2017."
    (q,) = find_quotes(text)
    assert q.kind == kind


@pytest.mark.parametrize(
    "text",
    ["„Nein“, sagte die Ministerin.", "„Niemals“, antwortete er.", "“Never”, said the queen."],
)
def test_one_word_in_marks_before_a_comma_and_a_speech_verb_is_speech(text: str) -> None:
    """A single capitalised word standing alone in marks is a name, unless the comma
    after the marks (German and British setting) leads to a verb of saying."""
    (q,) = find_quotes(text)
    assert q.kind == "direct", q


def test_one_word_in_marks_before_a_comma_and_no_speech_verb_stays_a_name() -> None:
    (q,) = find_quotes("„Berlin“, das Buch von Karl Huber, kam gut an.")
    assert q.kind == "other"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Der Strom kommt von der Sonne und wird als „Sonnenwind“ bezeichnet.", "other"),
        ("Der Strom, der als „Sonnenwind“ bezeichnet wird, ist stark.", "other"),
        ("Das nennt man einen „Aktiensplit“.", "other"),
        ("Dann nennt sie sich „documenta 12“ und findet im Juni statt.", "other"),
        # somebody describes or names: speech
        ("Müller, der die Lage als „sehr ernst“ bezeichnet, schweigt.", "partial"),
        ("Die Lage wurde von Müller als „sehr ernst“ bezeichnet.", "partial"),
        ("Müller nannte den Plan einen „Wortbruch“.", "partial"),
    ],
)
def test_a_german_passive_or_impersonal_naming_gives_a_name(text: str, kind: str) -> None:
    """ "wird als „X“ bezeichnet" without an agent, "nennt sich „X“" and "nennt man
    „X“" name or term something: nobody's words, unlike a description by somebody."""
    (q,) = find_quotes(text)
    assert q.kind == kind, q


def test_a_fronted_agent_keeps_a_german_passive_description_speech() -> None:
    (q,) = find_quotes("Von der Opposition wurde der Plan als „Wortbruch“ bezeichnet.")
    assert q.kind == "partial", q


def test_a_german_modifier_in_marks_stays_a_modifier_in_reported_speech() -> None:
    """German copy marks an adjective before its noun for emphasis or irony, also in a
    sentence of reported speech: no quote of the speaker's."""
    text = "Müller sagte, die Schulden stiegen nur wegen der „drastischen“ Erhöhung der Steuer."
    (q,) = find_quotes(text)
    assert (q.kind, q.kind_rule) == ("other", "modifier"), q


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Kläger war ein Mitglied der Partei „Die Linke.“ und drei Anwälte.", "other"),
        (
            "Vor Ort setzte die Arbeit ein. „Ärzte ohne Grenzen“ sowie das Rote Kreuz "
            "kündigten Hilfe an.",
            "other",
        ),
        ("„Wir gehen jetzt“ und die Menge jubelte.", "direct"),
    ],
)
def test_a_german_name_with_its_period_or_joined_to_another_noun(text: str, kind: str) -> None:
    """A period inside the marks ends no sentence when a lower-case word goes on after
    them (a party's name, "„Die Linke.“ und"); a title-case phrase joined by "sowie"/
    "und" to another noun phrase is a name; a sentence before "und" stays speech."""
    q = find_quotes(text)[-1]
    assert q.kind == kind, q


@pytest.mark.parametrize(
    "text",
    [
        'Lee was not at the "Three Amigos" summit on Friday.',
        'Ohio ended its "Golden Week" voting period.',
        'They met at the "Blue Door" restaurant.',
        'Few thought the "Prague Spring" was over so soon.',
    ],
)
def test_a_title_case_name_before_its_noun_is_no_speech(text: str) -> None:
    """A name in title case between a determiner and a lower-case word ("the “Three
    Amigos” summit", "the “Prague Spring” was") is `other`, like a lower-case modifier;
    before, "the" made it a partial quote."""
    (q,) = find_quotes(text)
    assert (q.kind, q.kind_rule) == ("other", "title-before-noun"), q


@pytest.mark.parametrize(
    "text",
    [
        'The network dropped the low-rated "Night Court." Ratings had fallen.',
        'Lee still enjoys "Modern Family." She left early.',
    ],
)
def test_a_title_case_name_that_ends_the_sentence_is_no_speech(text: str) -> None:
    """American copy sets the period inside the marks, also after a title: "dropped the
    low-rated “Night Court.”" is a name, not a quoted sentence."""
    q = find_quotes(text)[0]
    assert (q.kind, q.kind_rule) == ("other", "name-or-title"), q


@pytest.mark.parametrize(
    "text", ['He then yelled "Get Out Now." and left.', 'Lee told the crowd "Thank You."']
)
def test_title_case_words_in_a_sentence_with_a_cue_stay_a_quoted_sentence(text: str) -> None:
    """ "yelled “Get Out Now.”", "told the crowd “Thank You.”": a verb of saying in the
    sentence makes the words said."""
    (q,) = find_quotes(text)
    assert q.kind == "direct", q


@pytest.mark.parametrize(
    "text",
    [
        'The troupe opened Friday.\n\n"Harbour Lights" is a comedy about dockworkers.',
        'Rain fell. "Blue Harvest Days" opened to small crowds.',
        '"Open Doors Now" became the campaign\'s slogan in May.',
        # commas inside, but what follows calls it a thing of a kind
        'Rain fell. "Dogs, Cats, Love" is a comedy about pets.',
        'Rain fell. "Stay, Fight, Win" was an anthem of the strike.',
    ],
)
def test_a_title_case_name_that_opens_its_sentence_as_subject_is_no_speech(text: str) -> None:
    """Title-case words that open a sentence and run into its lower-case verb, with no
    punctuation inside the marks ("“Harbour Lights” is a comedy") or followed by "is a"
    ("“Crazy, Stupid, Love” is a comedy"), name something; a quoted sentence ends on a
    comma or a period inside the marks."""
    (q,) = find_quotes(text)
    assert (q.kind, q.kind_rule) == ("other", "name-or-title"), q


@pytest.mark.parametrize(
    "text",
    [
        'Rain fell. "We Will Win" she said.',
        'Rain fell. "Lock Them Up" chanted the crowd.',
        'Rain fell. "We Will Win," she said.',
        'Rain fell. "Fake News" the president tweeted.',
        'Rain fell. "Thank You All" was all she said.',
        'Rain fell. "No Justice, No Peace" rang out.',
        # "was a message": a noun for words said
        'Rain fell. "Go Home, Stay Safe" was a message repeated by officials.',
        'Rain fell. "No Justice, No Peace" was a common refrain at the march.',
    ],
)
def test_title_case_words_before_their_speaker_stay_speech(text: str) -> None:
    """The same shape before a pronoun or a verb of saying (among the four words after
    it) is what somebody said, and so is a slogan of clauses ("No Justice, No Peace")."""
    (q,) = find_quotes(text)
    assert q.kind == "direct", q
