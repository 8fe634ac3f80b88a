"""Records: frozen, hashable, picklable, comparable; to_dict gives plain JSON types."""

from __future__ import annotations

import json
import pickle

import attrs
import pytest

from newsparse import (
    Article,
    Attribution,
    Cue,
    Dateline,
    Diagnostic,
    Mention,
    NewsparseError,
    Quote,
    Section,
    Span,
    parse,
)

TEXT = 'Quake Hits Coast\n\nLIMA, Peru (AP) — "We felt it twice," Ana Ruiz said.'


def _article() -> Article:
    quote = Quote(
        span=Span(37, 54),
        kind="direct",
        open_mark=Span(36, 37),
        close_mark=Span(54, 55),
        pieces=(Span(37, 54),),
        diagnostics=(Diagnostic(36, "example", "an example diagnostic"),),
        rule="pair",
        attribution=Attribution(
            speaker=Mention(Span(56, 64), "name", Span(56, 64)),
            cue=Cue(Span(65, 69), "say"),
            rule="quote-name-cue",
            confidence=0.9,
        ),
    )
    dateline = Dateline(
        span=Span(18, 33),
        rule="ap",
        place=Span(18, 28),
        places=(Span(18, 22),),
        agency=Span(30, 32),
        separator=Span(34, 35),
    )
    return Article(
        text=TEXT,
        headline=Span(0, 16),
        dateline=dateline,
        sections=(Section(None, (Span(18, 70),)),),
        quotes=(quote,),
    )


def test_fixture_offsets_match_the_text():
    article = _article()
    assert article.headline.of(TEXT) == "Quake Hits Coast"
    assert article.quotes[0].span.of(TEXT) == "We felt it twice,"
    assert article.quotes[0].speaker.span.of(TEXT) == "Ana Ruiz"
    assert article.dateline.agency.of(TEXT) == "AP"


def test_records_are_frozen_hashable_picklable_and_comparable():
    article = _article()
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        article.headline = None  # type: ignore[misc]
    assert hash(article) == hash(_article())
    assert article == _article()
    assert pickle.loads(pickle.dumps(article)) == article
    assert article != attrs.evolve(article, headline=Span(0, 5))


def test_to_dict_is_plain_json_in_the_scorer_shape():
    out = _article().to_dict()
    assert json.loads(json.dumps(out)) == out
    assert out["headline"] == {"start": 0, "end": 16, "text": "Quake Hits Coast"}
    assert out["dateline"]["place"] == "LIMA, Peru"
    assert out["dateline"]["agency"] == "AP"
    quote = out["quotes"][0]
    assert (quote["start"], quote["end"], quote["kind"]) == (37, 54, "direct")
    assert quote["speaker"] == {
        "start": 56,
        "end": 64,
        "text": "Ana Ruiz",
        "name": "Ana Ruiz",
        "kind": "name",
        "name_span": {"start": 56, "end": 64, "text": "Ana Ruiz"},
    }
    assert quote["cue"]["text"] == "said"
    assert out["sections"][0]["heading"] is None
    assert out["sections"][0]["paragraphs"][0]["start"] == 18
    assert out["trailer"] is None and out["byline"] is None


def test_parse_output_serialises(seed_text):
    out = parse(seed_text).to_dict()
    assert json.loads(json.dumps(out, ensure_ascii=False)) == out


@pytest.mark.parametrize("value", [1.5, True, "1", None])
def test_span_offsets_must_be_int(value):
    with pytest.raises(TypeError, match="must be int"):
        Span(value, 2)


def test_quote_kind_and_confidence_are_checked():
    with pytest.raises(NewsparseError, match="kind"):
        Quote(span=Span(0, 1), kind="bogus")  # type: ignore[arg-type]
    for bad in (7.0, -0.1, float("nan")):
        with pytest.raises(NewsparseError, match="confidence"):
            Attribution(confidence=bad)
    assert Attribution(confidence=1.0).confidence == 1.0


def test_quote_shortcuts_read_the_attribution():
    quote = _article().quotes[0]
    assert quote.speaker is quote.attribution.speaker
    assert quote.cue is quote.attribution.cue
    assert quote.relay is None and quote.addressee is None
    bare = attrs.evolve(quote, attribution=None)
    assert (bare.speaker, bare.cue, bare.relay, bare.addressee) == (None, None, None, None)


def test_article_and_layout_agree_on_paragraphs_lead_and_subheads(seed_text):
    from newsparse import split_sections

    layout = split_sections(seed_text)
    article = parse(seed_text)
    assert article.paragraphs == layout.paragraphs and len(article.paragraphs) == 20
    assert article.lead == layout.lead
    assert article.subheads == layout.subheads and len(article.subheads) == 2


def test_article_says_which_rules_found_the_trailer_and_the_paragraphs():
    text = (
        "Port Reopens\n\n    GENOA, March 3 - The port reopened on Monday\n"
        "after a strike.\n    Ships queued outside.\n Reuter\n"
    )
    article = parse(text)
    assert article.style == "indent"
    assert [p.of(text) for p in article.trailer_parts] == ["Reuter"]
    assert article.trailer_rules == ("reuter-signoff",)
    data = article.to_dict()
    assert data["style"] == "indent" and data["trailer_rules"] == list(article.trailer_rules)
