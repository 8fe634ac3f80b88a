"""German datelines, dates and service lines (#18), in sentences written for the test."""

from __future__ import annotations

import pytest

from newsparse import find_quotes, parse, parse_dateline, split_sections

HEAD = "Titel der Meldung\n\n"


@pytest.mark.parametrize(
    ("lead", "place", "agency"),
    [
        ("BERLIN (dpa) - Die Regierung hat beraten.", "BERLIN", "dpa"),
        ("Frankfurt/Main (dpa/lhe) - Die Börse schloss fester.", "Frankfurt/Main", "dpa/lhe"),
        ("Wien (APA) - Der Nationalrat tagt am Montag.", "Wien", "APA"),
        ("Zürich (awp/sda) - Die Bank meldet Gewinne.", "Zürich", "awp/sda"),
        ("Kiel (dpa/lno) - Der Landtag debattiert.", "Kiel", "dpa/lno"),
    ],
)
def test_german_service_datelines(lead: str, place: str, agency: str) -> None:
    text = HEAD + lead + "\n\nEin zweiter Absatz folgt."
    d = parse_dateline(text)
    assert d is not None and d.place.of(text) == place
    assert d.agency is not None and d.agency.of(text) == agency


@pytest.mark.parametrize(
    ("lead", "date", "month", "day", "year"),
    [
        ("Berlin, 3. März (Reuters) - Die Koalition streitet.", "3. März", 3, 3, None),
        ("Wien, 12. Jänner 2024 (APA) - Der Rat tagt.", "12. Jänner 2024", 1, 12, 2024),
    ],
)
def test_german_dates_with_an_ordinal_day(
    lead: str, date: str, month: int, day: int, year: int | None
) -> None:
    text = HEAD + lead + "\n\nEin zweiter Absatz folgt."
    d = parse_dateline(text)
    assert d is not None and d.date is not None and d.date.of(text) == date
    assert (d.month, d.day, d.year) == (month, day, year)


def test_an_unknown_town_with_an_english_credit_is_still_no_dateline() -> None:
    # "Madrid (AFP) -" needs a known city; only German services credit any town
    text = "Title\n\nAustralian Federal Police (AFP) - Officers said.\n\nMore."
    assert parse_dateline(text) is None


@pytest.mark.parametrize("line", ["dpa xy yy n1 ab", "dpa/lhe ks yyhe a3 jk"])
def test_the_dpa_service_line_is_trailer(line: str) -> None:
    text = HEAD + "BERLIN (dpa) - Die Regierung hat beraten.\n\nZweiter Absatz.\n\n" + line
    layout = split_sections(text)
    assert layout.trailer is not None and layout.trailer.of(text) == line
    assert layout.trailer_rules == ("service-line",)


def test_a_sentence_of_lower_case_words_is_no_service_line() -> None:
    text = HEAD + "BERLIN (dpa) - Die Regierung hat beraten.\n\ndpa is great here ok"
    assert split_sections(text).trailer is None


def test_a_german_article_end_to_end() -> None:
    text = (
        "Streik im Hafen\n\nHAMBURG, 3. März (dpa) - Die Hafenarbeiter legen die Arbeit "
        "nieder. „Wir bleiben hart“, sagte Verdi-Sprecherin Anna Berg.\n\ndpa xy yy n1 ab"
    )
    article = parse(text)
    assert article.lang == "de"
    assert article.dateline is not None and article.dateline.place.of(text) == "HAMBURG"
    (q,) = article.quotes
    assert q.speaker is not None and q.speaker.span.of(text) == "Verdi-Sprecherin Anna Berg"
    assert article.trailer is not None and article.trailer.of(text) == "dpa xy yy n1 ab"


def test_two_apostrophes_in_german_copy_are_italics_not_a_quotation() -> None:
    text = (
        "Zeitungen\n\nDer Minister las am Morgen ''Le Monde'' und die ''Zeit''. "
        "„Das ist ein guter Tag“, sagte er danach."
    )
    article = parse(text)
    assert article.lang == "de"
    assert [q.span.of(text) for q in article.quotes] == ["Das ist ein guter Tag"]
    # English archive copy keeps reading them as double marks, and asking still works
    english = "Report\n\n''We will see,'' the senator said on Monday in the capital."
    assert [q.span.of(english) for q in parse(english).quotes] == ["We will see,"]
    assert len(parse(text, doubled_marks=True).quotes) == 3


@pytest.mark.parametrize(
    ("sentence", "quoted"),
    [
        ("Die Firma (Motto: „Entsorgung ist Vertrauenssache“) wird angeklagt.",
         "Entsorgung ist Vertrauenssache"),
        ("Das Buch ist ihr literarisches Erstwerk: „Sie befinden sich hier“. Es ist gut.",
         "Sie befinden sich hier"),
        ("Der wissenschaftliche Name lautet „Tiktaalik roseae“ und ist neu.", "Tiktaalik roseae"),
        ("Der Name lautet also „riesige Boa von Cerrejón“.", "riesige Boa von Cerrejón"),
        ("Jakutsk liegt in Jakutien, dessen Bezeichnung „Republik Sacha“ lautet.",
         "Republik Sacha"),
        ("Die Zahl der Toten der Operation „Cast Lead“ („gegossenes Blei“) stieg.",
         "gegossenes Blei"),
        ("Der Vorfall wurde mit INES 1 bewertet und gilt damit nicht als „Störfall“.",
         "Störfall"),
    ],
)  # fmt: skip
def test_a_name_a_title_or_a_gloss_in_german_marks_is_no_speech(sentence: str, quoted: str) -> None:
    """A motto or a work after a colon, a name given by "lautet", a short gloss alone
    in brackets: the words are a name, not anybody's speech."""
    text = "Streik\n\nDie Lage ist ernst. " + sentence
    q = next(q for q in parse(text).quotes if q.span.of(text) == quoted)
    assert q.kind == "other"


@pytest.mark.parametrize(
    "sentence",
    [
        "Seine Antwort lautete: „Wir übernehmen Verantwortung.“",
        "Gratuliert hat auch Karl Huber („Mir fällt niemand ein, der es mehr verdient hätte.“).",
    ],
)
def test_speech_after_lautete_or_in_brackets_stays_speech(sentence: str) -> None:
    text = "Streik\n\nDie Lage ist ernst. " + sentence
    (q,) = parse(text).quotes
    assert q.kind == "direct"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Wegen seines Umfangs stets „der Dicke“ genannt, galt er als mächtig.", "other"),
        ("Er hat ihn „einen Lügner“ genannt.", "partial"),
        ("Seine Werke werden von Kennern als „Meilensteine der Musik“ bezeichnet.", "partial"),
    ],
)  # fmt: skip
def test_a_passive_naming_participle_after_the_marks(text: str, kind: str) -> None:
    """„X“ genannt: a passive names it (kind ``other``, ``named``); "hat ihn „X“
    genannt" and a source's "als „X“ bezeichnet" stay speech."""
    (q,) = find_quotes(text)
    assert q.kind == kind


def test_a_quote_listed_after_a_title_is_a_title_too() -> None:
    """#18: 'in „Nackt unter Wölfen“ oder „Jeder stirbt für sich allein“' lists two
    films; the second reads like a sentence but is a title like the first. English
    lists of scare quotes and words stay as they were."""
    text = "Film\n\nEr spielte in „Nackt unter Wölfen“ oder „Jeder stirbt für sich allein“ mit."
    kinds = [(q.span.of(text), q.kind) for q in find_quotes(text)]
    assert kinds == [("Nackt unter Wölfen", "other"), ("Jeder stirbt für sich allein", "other")]
    english = "Lee called them “Weak Men” and “they lost the vote.”"
    assert find_quotes(english)[-1].kind != "other"


def test_a_company_name_alone_in_marks_is_a_name_even_near_a_cue() -> None:
    """#18: „Ener1 Group Inc.“ is a company's name also in a sentence with a speech
    verb ("meldete"); a sentence that ends with one stays speech."""
    text = "Akku\n\nDie Gruppe „Ener1 Group Inc.“ meldete am Montag Insolvenz an."
    assert [(q.kind, q.kind_rule) for q in find_quotes(text)] == [("other", "name-or-title")]
    english = "Lee said: “We sold it to Acme Inc.”"
    assert [q.kind for q in find_quotes(english)] == ["direct"]
