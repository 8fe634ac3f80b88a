"""Records go out as JSON and come back: ``from_dict(to_dict(x)) == x`` for every record.

Made from generated wire copy (:mod:`newsparse.strategies`) and messy text, through
``json.dumps``/``json.loads`` as a pipeline stores them; and the command's own output
read back into the article that ``parse`` gives.
"""

from __future__ import annotations

import io
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse import (
    Article,
    Attribution,
    Dateline,
    Layout,
    NewsparseError,
    Quote,
    Section,
    Span,
    attribute,
    find_quotes,
    parse,
    parse_dateline,
    split_sections,
)
from newsparse.cli import run
from newsparse.records import Cue, Diagnostic, Mention
from newsparse.strategies import messy_text, wire_text


def _json(data: object) -> object:
    return json.loads(json.dumps(data))


def _all_quotes(quotes: tuple[Quote, ...]) -> list[Quote]:
    out: list[Quote] = []
    for q in quotes:
        out.append(q)
        out.extend(_all_quotes(q.children))
    return out


texts = st.one_of(wire_text(), messy_text())


@given(text=texts)
def test_article_round_trips_through_json(text: str) -> None:
    article = parse(text)
    data = _json(article.to_dict())
    assert Article.from_dict(data, text) == article  # type: ignore[arg-type]
    assert article.to_dict(text) == article.to_dict()


@given(text=texts)
def test_every_record_round_trips_through_json(text: str) -> None:
    layout = split_sections(text)
    assert Layout.from_dict(_json(layout.to_dict(text))) == layout  # type: ignore[arg-type]
    for section in layout.sections:
        assert Section.from_dict(_json(section.to_dict(text))) == section  # type: ignore[arg-type]
    dateline = parse_dateline(text, layout=layout)
    if dateline is not None:
        assert Dateline.from_dict(_json(dateline.to_dict(text))) == dateline  # type: ignore[arg-type]
    quotes = attribute(text, find_quotes(text, layout=layout), layout=layout)
    for quote in _all_quotes(quotes):
        assert Quote.from_dict(_json(quote.to_dict(text))) == quote  # type: ignore[arg-type]
        for d in quote.diagnostics:
            assert Diagnostic.from_dict(_json(d.to_dict(text))) == d  # type: ignore[arg-type]
        att = quote.attribution
        if att is not None:
            assert Attribution.from_dict(_json(att.to_dict(text))) == att  # type: ignore[arg-type]
            for mention in (att.speaker, att.relay, att.addressee):
                if mention is not None:
                    back = Mention.from_dict(_json(mention.to_dict(text)))  # type: ignore[arg-type]
                    assert back == mention
            if att.cue is not None:
                assert Cue.from_dict(_json(att.cue.to_dict(text))) == att.cue  # type: ignore[arg-type]


@given(text=wire_text(), other=wire_text())
def test_an_article_dict_from_another_text_is_refused(text: str, other: str) -> None:
    data = parse(text).to_dict()
    if other == text:
        return
    with pytest.raises(NewsparseError, match=r"another text|characters"):
        Article.from_dict(data, other)


@given(docs=st.lists(wire_text(), min_size=1, max_size=4))
def test_the_commands_output_reads_back_into_the_parsed_articles(docs: list[str]) -> None:
    lines = "".join(json.dumps({"id": i, "text": t}) + "\n" for i, t in enumerate(docs))
    out = io.StringIO()
    stdin = io.BytesIO(lines.encode("utf-8"))
    status = run(["--jsonl", "-"], stdin=stdin, stdout=out, stderr=io.StringIO())
    assert status == 0
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [r["id"] for r in records] == list(range(len(docs)))
    for record, text in zip(records, docs, strict=True):
        assert Article.from_dict(record, text) == parse(text)


def test_article_to_dict_refuses_another_text() -> None:
    article = parse("Port Strike\n\nLISBON - Dockers struck.")
    with pytest.raises(NewsparseError, match="not the text of this article"):
        article.to_dict("Another text")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"start": 1}, "'end'"),
        ({"start": "1", "end": 2}, "must be int"),
        ([1, 2], "mapping"),
        ({"start": 5, "end": 2}, "before its start"),
    ],
)
def test_a_bad_span_dict_is_a_newsparse_error(data: object, message: str) -> None:
    with pytest.raises(NewsparseError, match=message):
        Span.from_dict(data)  # type: ignore[arg-type]


def test_bad_record_dicts_are_newsparse_errors() -> None:
    text = "Port Strike\n\nLISBON - Dockers struck."
    data = parse(text).to_dict()
    with pytest.raises(NewsparseError, match="schema"):
        Article.from_dict({**data, "schema": 99}, text)
    with pytest.raises(NewsparseError, match="must be a list"):
        Layout.from_dict({**data, "header": "not a list"})
    # a part left out is not an empty part: the dict is not the shape
    for key in ("quotes", "sections", "headline", "dateline"):
        partial = {k: v for k, v in data.items() if k != key}
        with pytest.raises(NewsparseError, match=f"needs the keys '{key}'"):
            Article.from_dict(partial, text)
    with pytest.raises(NewsparseError, match="needs the keys 'headline'"):
        Layout.from_dict({"header": []})
    with pytest.raises(NewsparseError, match="'kind'"):
        Quote.from_dict({"start": 0, "end": 4})
    with pytest.raises(NewsparseError, match="kind"):
        Quote.from_dict({"start": 0, "end": 4, "kind": "shouted"})
    with pytest.raises(TypeError, match="text must be str"):
        Article.from_dict(data, None)  # type: ignore[arg-type]
