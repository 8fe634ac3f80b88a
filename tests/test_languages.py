"""detect_language and the lang argument: English or German, from the text or given."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse import LANGUAGES, NewsparseError, attribute, detect_language, parse


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Der Minister sagte, die Lage sei ernst und nicht zu ändern.", "de"),
        ("„Wir bleiben hart“, sagte die Ministerin am Montag in Berlin.", "de"),
        # few of the commonest words: "uns", "unter", "es", "zum" still vote German
        ("Tausende Demonstranten skandierten unter anderem: „Gebt uns die Stimmen!“", "de"),
        ("Es geht zum Schluss um Geld.", "de"),
        ("The minister said the situation was serious and could not be changed.", "en"),
        ('"We stand firm," the minister said on Monday in Berlin.', "en"),
        ("DES MOINES, Iowa - Qtly div 10 cts vs 9 cts", "en"),  # capitals vote for nobody
        ("", "en"),
        ("12345", "en"),
    ],
)
def test_detect_language(text: str, lang: str) -> None:
    assert detect_language(text) == lang


@given(st.text())
def test_detect_language_never_raises_and_names_a_language(text: str) -> None:
    assert detect_language(text) in LANGUAGES


def test_the_language_given_wins_over_the_text() -> None:
    text = "Streik\n\nDer Minister sagte etwas."
    assert parse(text).lang == "de"
    assert parse(text, lang="en").lang == "en"


@pytest.mark.parametrize("bad", ["fr", "EN", ""])
def test_a_language_newsparse_does_not_read_is_an_error(bad: str) -> None:
    with pytest.raises(NewsparseError, match="not one newsparse reads"):
        parse("Text.", lang=bad)
    with pytest.raises(NewsparseError):
        attribute("Text.", lang=bad)


def test_a_language_that_is_not_a_str_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="lang must be a str"):
        parse("Text.", lang=1)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        detect_language(b"bytes")  # type: ignore[arg-type]


def test_the_language_goes_through_to_dict_and_back() -> None:
    from newsparse import Article

    text = "Streik\n\n„Wir bleiben hart“, sagte die Ministerin."
    article = parse(text)
    data = article.to_dict()
    assert data["lang"] == "de"
    assert Article.from_dict(data, text) == article
