"""split_sentences: Punkt built in code with news abbreviations (no download)."""

from __future__ import annotations

import pytest

from newsparse.sentences import NEWS_ABBREVIATIONS, _punkt, split_sentences
from newsparse.spans import Span


def _texts(text: str, span: Span | None = None) -> list[str]:
    return [s.of(text) for s in split_sentences(text, span)]


@pytest.mark.parametrize("abbrev", ["Gov.", "Sen.", "Rep.", "Lt.", "Gen.", "Mr.", "Dr.", "St."])
def test_titles_do_not_end_a_sentence(abbrev: str) -> None:
    text = f"Then {abbrev} Carver arrived at noon. Nobody spoke."
    assert _texts(text) == [f"Then {abbrev} Carver arrived at noon.", "Nobody spoke."]


@pytest.mark.parametrize("abbrev", ["Jan.", "Sept.", "Oct.", "Dec."])
def test_months_do_not_end_a_sentence(abbrev: str) -> None:
    text = f"It happened on {abbrev} 11 in the capital. Crowds gathered."
    assert _texts(text) == [f"It happened on {abbrev} 11 in the capital.", "Crowds gathered."]


def test_company_suffixes_and_country_initials() -> None:
    text = "Acme Inc. and Dyna Corp. sued the U.S. Army over the contract. A judge agreed."
    assert _texts(text) == [
        "Acme Inc. and Dyna Corp. sued the U.S. Army over the contract.",
        "A judge agreed.",
    ]


def test_sentence_ends_after_a_closing_quote() -> None:
    text = "“We are ready,” she said. “We go now.” Then she left."
    assert _texts(text) == ["“We are ready,” she said.", "“We go now.”", "Then she left."]


def test_spans_point_into_the_original_text() -> None:
    text = "Headline\n\n  Mr. Lee spoke.  He left.  "
    span = Span(10, len(text))
    got = split_sentences(text, span)
    assert [s.of(text) for s in got] == ["Mr. Lee spoke.", "He left."]
    assert all(span.contains(s) for s in got)


def test_a_paragraph_without_a_sentence_end_is_one_sentence() -> None:
    assert _texts("  no end mark here ") == ["no end mark here"]


@pytest.mark.parametrize("text", ["", "   ", "\x00", "\ud800.", "...", "\u2028\u2029", ". . ."])
def test_messy_text_never_raises(text: str) -> None:
    for s in split_sentences(text):
        assert 0 <= s.start < s.end <= len(text)


def test_abbreviations_are_lower_case_without_the_final_period() -> None:
    assert all(a == a.lower() and not a.endswith(".") for a in NEWS_ABBREVIATIONS)


def test_non_str_raises_type_error() -> None:
    with pytest.raises(TypeError):
        split_sentences(b"bytes")  # type: ignore[arg-type]


_FAST_CONTEXTS = [
    'It was over." Then he left.',
    "It was over.” Then he left.",
    "She had won.' Nobody spoke.",
    "Why? Because it mattered.",
    "Stop!” he said. Then he left.",
    "Is it Acme Corp.” or not?",
    "He cited Gov.” Smith then.",
    "What?\x1c Next.",
]


@pytest.mark.parametrize("text", _FAST_CONTEXTS)
def test_quick_decisions_agree_with_punkt(text: str) -> None:
    # the contexts newsparse decides without Punkt's tokens ("word.”", "?" or
    # "!" before a mark or a word) split exactly as Punkt itself splits them
    from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

    params = PunktParameters()
    params.abbrev_types = set(NEWS_ABBREVIATIONS)
    punkt = PunktSentenceTokenizer(params)
    expected = [text[a:b].strip() for a, b in punkt.span_tokenize(text)]
    # newsparse's own Punkt, before split_sentences joins pieces on purpose (an
    # exclamation in quotes before a lower-case word: "Stop!” he said.")
    got = [text[a:b].strip() for a, b in _punkt().spans(text)]
    assert [g for g in got if g] == [e for e in expected if e]


def test_question_and_exclamation_marks_end_sentences() -> None:
    text = "Why? Because it mattered! Really? She asked."
    assert [s.of(text) for s in split_sentences(text)] == [
        "Why?",
        "Because it mattered!",
        "Really?",
        "She asked.",
    ]


def test_a_pronoun_after_an_abbreviation_opens_a_sentence() -> None:
    from newsparse.sentences import split_sentences

    text = "Cox spoke in the U.S. He says maybe. Gov. He Lifeng spoke."
    assert [s.of(text) for s in split_sentences(text)] == [
        "Cox spoke in the U.S.",
        "He says maybe.",
        "Gov. He Lifeng spoke.",
    ]


def test_german_abbreviations_end_no_sentence() -> None:
    from newsparse.sentences import split_sentences

    text = "Es kostet 5 Mio. Euro mehr, ca. 30 Prozent. Die Straße Nr. 5 ist zu. Gut."
    assert [s.of(text) for s in split_sentences(text)] == [
        "Es kostet 5 Mio. Euro mehr, ca. 30 Prozent.",
        "Die Straße Nr. 5 ist zu.",
        "Gut.",
    ]


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        # "No." and "Nr." abbreviate "number" before a number only
        ("It is No. 1 in the polls. He said so.", ["It is No. 1 in the polls.", "He said so."]),
        ("Die Nr. 5 gewann. Dann kam Regen.", ["Die Nr. 5 gewann.", "Dann kam Regen."]),
        ("He said no. The plan failed.", ["He said no.", "The plan failed."]),
        ("The answer was “no.” Then he left.", ["The answer was “no.”", "Then he left."]),
        # a German ordinal after an article or a joined preposition
        ("Der 3. Platz ging an Kiel. Dann kam Bonn.", ["Der 3. Platz ging an Kiel.",
                                                       "Dann kam Bonn."]),
        ("Er siegte zum 5. Mal. Dann ging er.", ["Er siegte zum 5. Mal.", "Dann ging er."]),
        ("Im 19. Jahrhundert wuchs die Stadt.", ["Im 19. Jahrhundert wuchs die Stadt."]),
        ("Er wurde der 100. Gast. Dann ging er.", ["Er wurde der 100. Gast.", "Dann ging er."]),
        # a number ending an English sentence still ends it, also after "am"
        ("He won 3. Then he lost.", ["He won 3.", "Then he lost."]),
        ("I am 25. She is 30.", ["I am 25.", "She is 30."]),
    ],
)  # fmt: skip
def test_number_abbreviations_and_german_ordinals(text: str, sentences: list[str]) -> None:
    assert _texts(text) == sentences


def test_a_bracketed_party_tag_before_a_lower_case_word_ends_no_sentence() -> None:
    text = (
        "Sen. Ana Ruiz (Tex.) has said no. Rep. Bo Kim (R-Fla.) said yes. It rained (see p.) Then"
    )
    assert [s.of(text) for s in split_sentences(text)] == [
        "Sen. Ana Ruiz (Tex.) has said no.",
        "Rep. Bo Kim (R-Fla.) said yes.",
        "It rained (see p.)",
        "Then",
    ]


def test_a_quoted_question_or_exclamation_before_a_lower_case_word_ends_no_sentence() -> None:
    text = "Crowds chanted “Bobby!” at the rally, Roe said. “Why?” she asked. It is “over!” Then"
    assert _texts(text) == [
        "Crowds chanted “Bobby!” at the rally, Roe said.",
        "“Why?” she asked.",
        "It is “over!”",
        "Then",
    ]


def test_a_period_before_an_opening_mark_and_a_lower_case_word_ends_no_sentence() -> None:
    text = "Später sagte Lee, Benedikt XVI. „ist und bleibt ein Denker“. Es war so."
    assert _texts(text) == [
        "Später sagte Lee, Benedikt XVI. „ist und bleibt ein Denker“.",
        "Es war so.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Er sagte: „Wir bleiben.“ Berg widersprach.",
        "Er sagte: »Wir bleiben.« Berg widersprach.",
        "Il a dit : « Nous restons. » Berg a refusé.",
    ],
)
def test_a_sentence_ends_after_a_german_or_french_closing_mark(text: str) -> None:
    """„…“, »…« and «…»: the closing mark is not one of the English ones, and a
    paragraph whose only sentence end comes before such a mark is split all the same."""
    first, second = (s.of(text) for s in split_sentences(text))
    assert second.startswith("Berg") and first.endswith(("“", "«", "»"))


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        # initials glued together inside a name, also opening the paragraph
        ("Ex-Governor Ted H.W. Marsh said no. Then", ["Ex-Governor Ted H.W. Marsh said no.",
                                                     "Then"]),
        ("J.R.R. Vance wrote it. Then", ["J.R.R. Vance wrote it.", "Then"]),
        ("Author J.R.R. Vance wrote it.", ["Author J.R.R. Vance wrote it."]),
        # a word that opens a sentence after them: the initials end the sentence
        ("He met Jon D.B. He left.", ["He met Jon D.B.", "He left."]),
        # a title or a company's word before them
        ("Commerce Secretary A.B.M. Rahim spoke.", ["Commerce Secretary A.B.M. Rahim spoke."]),
        ("It holds Telefon AB L.M. Erikson stock.", ["It holds Telefon AB L.M. Erikson stock."]),
        # after an owner, a name goes on with two capitalised words
        ("Pullman Inc's M.W. Kellam Co unit spoke.", ["Pullman Inc's M.W. Kellam Co unit spoke."]),
        ("He left Boston's M.G.K. Doctors said so.", ["He left Boston's M.G.K.",
                                                      "Doctors said so."]),
        ("Boston's J.D. Ruiz hit a home run.", ["Boston's J.D. Ruiz hit a home run."]),
        ("The Yankees' C.C. Ruiz pitched.", ["The Yankees' C.C. Ruiz pitched."]),
        ("The British M.P. Ann Lee spoke.", ["The British M.P. Ann Lee spoke."]),
        # after a nationality, an agency's initials end the sentence
        ("He served the Soviet K.V.B. Western officials said so.",
         ["He served the Soviet K.V.B.", "Western officials said so."]),
        # a known abbreviation is left to Punkt ("Washington D.C." before "The")
        ("They moved to Washington D.C. The city grew.",
         ["They moved to Washington D.C. The city grew."]),
    ],
)  # fmt: skip
def test_initials_glued_together_in_a_name_end_no_sentence(text: str, sentences: list[str]) -> None:
    assert _texts(text) == sentences
