"""docs/reference.md names every public name, record field, rule and diagnostic code.

The rules and codes are those newsparse reports on the bundled sample, on sentences
written for each rule family below, and on generated wire copy; a new rule that is not
in the reference fails here.
"""

from __future__ import annotations

import re
from importlib import resources
from pathlib import Path

import attrs
import pytest
from hypothesis import given, settings

import newsparse
from newsparse import Article, parse
from newsparse.strategies import messy_text, wire_text

REFERENCE = (Path(__file__).resolve().parents[1] / "docs" / "reference.md").read_text(
    encoding="utf-8"
)
RECORDS = [
    newsparse.Span,
    newsparse.Section,
    newsparse.Layout,
    newsparse.Dateline,
    newsparse.Quote,
    newsparse.Attribution,
    newsparse.Mention,
    newsparse.Cue,
    newsparse.Diagnostic,
    newsparse.Article,
]

#: Sentences of our own that make the rule families fire.
SENTENCES = [
    'Port Strike\n\nLISBON, May 3 (Reuters) - "We are ready," the minister said.\n\n'
    '"We will not stop," said Ana Ruiz, a union leader. She said talks would resume.\n\n'
    "According to the ministry, the port will open. The port will open, officials said.\n\n"
    "(Editing by Al Poe)",
    "Budget Cuts Will Hurt Schools: Governor\n\nBOSTON (AP) _ Gov. Ann Mills spoke.\n\n"
    "Mills told reporters: \u201cWe cut what we could.\u201d\n\n\u201cAnd no more.\n\n"
    "\u201cNever again,\u201d she added, noting that the \u201cundercard\u201d debate ended."
    "\n\n___\n\nAssociated Press writer Jo Lee contributed to this report.",
    "Talks\n\nTEHRAN: The crowd chanted \u201cLock Her Up\u201d near a group called "
    "\u201cCitizens for Sense\u201d and the book \u201cClinton Cash\u201d. \u201cWe can win.\u2019 "
    'Then she left "never closed',
    # reported speech without a verb of saying: an owner's claim, a view after "To"
    "Vote\n\nTo many voters in the county, the vote was a warning to the party. "
    "Her claim that the count was rigged drew scorn from the judge.",
    # German: a sentence opened by its source
    "Brand\n\nLaut Polizeisprecher Jan Roth ist die Lage in der Stadt ruhig.",
]


def _section(name: str) -> str:
    m = re.search(rf"^### `{name}`\n(.*?)(?=^### |^## )", REFERENCE, flags=re.M | re.S)
    assert m is not None, f"docs/reference.md has no section for {name}"
    return m.group(1)


@pytest.mark.parametrize("name", sorted(newsparse.__all__))
def test_every_public_name_is_in_the_reference(name: str) -> None:
    assert f"`{name}" in REFERENCE


@pytest.mark.parametrize(
    "name",
    [
        *(f"newsparse.corpus:{n}" for n in __import__("newsparse.corpus").corpus.__all__),
        "newsparse.view:render_article",
        "newsparse.view:speaker_colours",
        "newsparse.view:PALETTE",
        "newsparse.report:render_report",
    ],
)
def test_every_name_of_the_corpus_view_and_report_modules_is_in_the_reference(name: str) -> None:
    module, _, attr = name.partition(":")
    assert f"`{module}`" in REFERENCE and f"`{attr}" in REFERENCE


@pytest.mark.parametrize("record", RECORDS, ids=lambda r: r.__name__)
def test_every_record_field_is_in_its_section(record: type) -> None:
    section = _section(record.__name__)
    for field in attrs.fields(record):
        assert f"`{field.name}`" in section, f"{record.__name__}.{field.name}"


def _reported(article: Article) -> set[str]:
    names: set[str] = set(article.trailer_rules)
    if article.dateline is not None:
        names |= set(re.split(r"[+:]", article.dateline.rule)) - {""}
        names |= {d.code for d in article.dateline.diagnostics}

    def walk(quotes: tuple[newsparse.Quote, ...]) -> None:
        for q in quotes:
            pairing, _, kind_rule = q.rule.partition("/")
            if pairing.startswith("indirect:"):
                names.add(pairing.removeprefix("indirect:"))
            else:
                names.add(pairing)
                names.add(kind_rule)
            names.update(d.code for d in q.diagnostics)
            if q.attribution is not None:
                names.add(re.sub(r"-(running|later)$", "", q.attribution.rule))
            walk(q.children)

    walk(article.quotes)
    return names


def _documented(names: set[str]) -> list[str]:
    return sorted(n for n in names if f"`{n}`" not in REFERENCE)


def test_the_rules_of_our_sentences_and_the_sample_are_in_the_reference() -> None:
    sample = resources.files("newsparse.samples").joinpath("harbour-strike.txt")
    texts = [*SENTENCES, sample.read_text(encoding="utf-8")]
    names: set[str] = set()
    for text in texts:
        names |= _reported(parse(text))
    assert len(names) > 25  # the sentences do make the families fire
    assert _documented(names) == []


@settings(max_examples=50)
@given(text=wire_text() | messy_text())
def test_the_rules_of_generated_copy_are_in_the_reference(text: str) -> None:
    assert _documented(_reported(parse(text))) == []


def test_every_key_of_the_json_is_in_the_reference() -> None:
    data = parse(SENTENCES[0]).to_dict()
    keys = set(data) | set(data["dateline"]) | set(data["quotes"][0])
    keys |= set(data["quotes"][0]["speaker"]) | set(data["quotes"][0]["cue"])
    assert sorted(k for k in keys if f"`{k}`" not in REFERENCE) == []


def test_every_calibrated_rule_is_a_documented_rule() -> None:
    from newsparse.lexicon.confidence import RULE_CONFIDENCE

    for rule, value in RULE_CONFIDENCE.items():
        base = rule.removesuffix("-later").removesuffix("-running")  # documented suffixes
        assert f"`{base}`" in REFERENCE, rule
        assert 0.0 < value <= 0.95, rule
