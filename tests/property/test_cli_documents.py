"""The command never loses a document: every non-blank JSONL line is written or reported.

Generated JSONL mixes good lines, broken ones (invalid JSON, invalid UTF-8, a JSON value
that is not an object, no "text"), texts with lone surrogates (legal JSON: "\\ud83d"),
huge lines and blank ones; stdout is UTF-8, or strict ASCII as on a console that cannot
carry an en dash. Documents written + failures reported = non-blank lines given, and each
written line is one JSON object that reads back to its document's text.
"""

from __future__ import annotations

import io
import json
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse.cli import run
from newsparse.strategies import messy_text, wire_text

_GOOD, _BROKEN, _BLANK = "good", "broken", "blank"


@st.composite
def _lines(draw: st.DrawFn) -> tuple[str, bytes]:
    """One JSONL line and what it is."""
    what = draw(st.sampled_from([_GOOD, _GOOD, _GOOD, _BROKEN, _BLANK]))
    if what == _BLANK:
        return _BLANK, draw(st.sampled_from([b"", b"   ", b"\t"]))
    if what == _BROKEN:
        raw = draw(
            st.sampled_from(
                [
                    b'{"id": 1, "text": "unclosed',  # invalid JSON
                    b'{"id": 2, "text": "caf\xe9"}',  # invalid UTF-8
                    b"[1, 2, 3]",  # not an object
                    b'{"id": 4}',  # no text
                    b'{"id": 5, "text": 12}',  # text not a string
                ]
            )
        )
        return _BROKEN, raw
    text = draw(
        st.one_of(
            wire_text(),
            messy_text(),
            st.sampled_from(
                [
                    "Talks \ud83d\n\nLISBON \u2013 \u201cWe are ready,\u201d he said.",
                    "\udc80 lone low surrogate, said Ana.",
                    "Caf\u00e9 \u2014 \u201cVoil\u00e0\u201d \u2028 next \x85 line",
                ]
            ),
            st.just("Port Talks\n\n" + "The port is open. " * 3000),  # a huge line
        )
    )
    doc_id = draw(st.one_of(st.integers(0, 10**6), st.text(max_size=8)))
    return _GOOD, json.dumps({"id": doc_id, "text": text}).encode("ascii")


def _run(lines: list[tuple[str, bytes]], encoding: str) -> tuple[int, list[str], str]:
    data = b"".join(raw + b"\n" for _, raw in lines)
    buffer = io.BytesIO()
    out = io.TextIOWrapper(buffer, encoding=encoding, errors="strict", newline="\n")
    err = io.TextIOWrapper(io.BytesIO(), encoding=encoding, errors="strict", newline="\n")
    status = run(["--jsonl", "-"], stdin=io.BytesIO(data), stdout=out, stderr=err)
    out.flush()
    err.flush()
    written = buffer.getvalue().decode(encoding).split("\n")
    assert written[-1] == ""
    err_text = err.buffer.getvalue().decode(encoding)  # type: ignore[attr-defined]
    return status, written[:-1], err_text


def _check(lines: list[tuple[str, bytes]], encoding: str) -> None:
    status, written, err = _run(lines, encoding)
    good = [raw for what, raw in lines if what == _GOOD]
    broken = sum(1 for what, _ in lines if what == _BROKEN)
    reported = len(re.findall(r"^newsparse: <stdin>:\d+", err, flags=re.MULTILINE))
    assert len(written) + reported == len(good) + broken
    assert len(written) == len(good) and reported == broken
    assert status == (1 if broken else 0)
    if broken:
        assert f"newsparse: {broken} document(s) could not be read" in err
    for line, raw in zip(written, good, strict=True):
        record = json.loads(line)
        assert record["id"] == json.loads(raw)["id"]
        assert record["text_length"] == len(json.loads(raw)["text"])


@settings(max_examples=60)
@given(lines=st.lists(_lines(), max_size=8))
def test_every_line_is_written_or_reported(lines: list[tuple[str, bytes]]) -> None:
    _check(lines, "utf-8")


@settings(max_examples=60)
@given(lines=st.lists(_lines(), max_size=8))
def test_every_line_is_written_or_reported_on_an_ascii_console(
    lines: list[tuple[str, bytes]],
) -> None:
    _check(lines, "ascii")


def test_a_lone_surrogate_does_not_stop_the_run() -> None:
    lines = [
        (
            _GOOD,
            json.dumps({"id": "a", "text": "Talks \ud83d\n\nHe said \u201chi.\u201d"}).encode(),
        ),
        (_GOOD, json.dumps({"id": "b", "text": "Second story."}).encode()),
    ]
    status, written, err = _run(lines, "utf-8")
    assert status == 0 and err == ""
    assert [json.loads(line)["id"] for line in written] == ["a", "b"]
    assert "\\ud83d" in written[0]  # escaped, reads back as the same character
    assert json.loads(written[0])["headline"]["text"] == "Talks \ud83d"


def test_an_en_dash_on_a_latin1_console_is_escaped() -> None:
    text = "Talks\n\nLISBON \u2013 Ships docked."
    status, written, _ = _run([(_GOOD, json.dumps({"id": 1, "text": text}).encode())], "latin-1")
    assert status == 0
    assert json.loads(written[0])["dateline"]["text"].startswith("LISBON")
    assert "\\u2013" in written[0]


def test_a_failure_message_with_a_character_the_console_lacks_is_escaped() -> None:
    raw = json.dumps({"id": "caf\u00e9\u2013", "note": "no text"}).encode()
    status, written, err = _run([(_BROKEN, raw)], "ascii")
    assert status == 1 and written == []
    assert "\\u2013" in err or "\\xe9" in err
