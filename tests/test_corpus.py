"""Corpus scale: newsparse.corpus and the command over many documents (#16).

Every corpus here is made up in the tests; none loses a document: documents written +
failures reported = documents given.
"""

from __future__ import annotations

import bz2
import gzip
import io
import json
import lzma
import multiprocessing
import os
import sys
from pathlib import Path

import pytest

import newsparse.corpus as corpus
from newsparse import NewsparseError
from newsparse.cli import run
from newsparse.corpus import ROW_COLUMNS, parse_records, quote_rows, to_pandas

ARTICLE = 'Storm Closes Ports\n\nGENOA, Italy (AP) \u2014 "We shut at dawn," Ana Ruiz said.\n'


def _docs(n: int) -> list[dict[str, object]]:
    return [
        {"id": f"d{i}", "text": ARTICLE.replace("dawn", f"dawn {i}") + "More text." * (i % 5)}
        for i in range(n)
    ]


def _jsonl(docs: list[dict[str, object]]) -> bytes:
    return "".join(json.dumps(d) + "\n" for d in docs).encode("utf-8")


def _run(argv: list[str], stdin: bytes = b"") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = run(argv, stdin=io.BytesIO(stdin), stdout=out, stderr=err)
    return status, out.getvalue(), err.getvalue()


# --------------------------------------------------------------------------- workers


def test_two_workers_write_the_same_bytes_as_one() -> None:
    data = _jsonl(_docs(60))
    one = _run(["--jsonl", "--workers", "1"], stdin=data)
    two = _run(["--jsonl", "--workers", "2"], stdin=data)
    assert one[0] == two[0] == 0
    assert one[1] == two[1]
    assert len(one[1].splitlines()) == 60


def test_parse_records_keeps_order_and_reports_failures_in_place() -> None:
    records: list[object] = [*_docs(3), {"id": "x"}, {"id": "y", "text": 5}, *_docs(2)]
    out = list(parse_records(records, workers=2))  # type: ignore[arg-type]
    assert [r["id"] for r in out] == ["d0", "d1", "d2", "x", "y", "d0", "d1"]
    assert [r["error"]["code"] for r in out if "error" in r] == ["no-text", "no-text"]


@pytest.mark.parametrize(("workers", "error"), [("2", TypeError), (-1, ValueError)])
def test_parse_records_checks_workers(workers: object, error: type) -> None:
    with pytest.raises(error):
        list(parse_records(_docs(1), workers=workers))  # type: ignore[arg-type]


def _crash_on_seven(
    text: str, *, doubled_marks: bool | None = None, lang: str | None = None
) -> object:
    if "dawn 7" in text:
        os._exit(3)  # a worker dies as a segfault would kill it
    return _real_parse(text, doubled_marks=doubled_marks, lang=lang)


_real_parse = corpus.parse


@pytest.mark.skipif(
    sys.platform != "linux" or multiprocessing.get_start_method() != "fork",
    reason="the crash is injected into forked workers",
)
def test_a_worker_crash_loses_only_the_document_that_crashes_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(corpus, "parse", _crash_on_seven)
    out = list(parse_records(_docs(30), workers=2))
    assert [r["id"] for r in out] == [f"d{i}" for i in range(30)]
    crashed = [r for r in out if "error" in r]
    assert [(r["id"], r["error"]["code"]) for r in crashed] == [("d7", "worker-crash")]


# --------------------------------------------------------------------------- tables


def test_quote_rows_load_in_pandas_with_the_documented_columns() -> None:
    pytest.importorskip("pandas")
    frame = to_pandas(quote_rows(parse_records(_docs(4))))
    assert list(frame.columns) == list(ROW_COLUMNS)
    assert len(frame) == 4
    assert set(frame["speaker"]) == {"Ana Ruiz"}
    assert set(frame["paragraph"]) == {0}


def test_csv_gives_one_row_per_quote(tmp_path: Path) -> None:
    pandas = pytest.importorskip("pandas")
    source = tmp_path / "corpus.jsonl"
    source.write_bytes(_jsonl(_docs(5)))
    out = tmp_path / "quotes.csv"
    status, _, err = _run([str(source), "--to", "csv", "--out", str(out)])
    assert status == 0, err
    frame = pandas.read_csv(out)
    assert list(frame.columns) == list(ROW_COLUMNS)
    assert list(frame["doc_id"]) == [f"d{i}" for i in range(5)]
    assert set(frame["rule"]) == {"quote-speaker-cue"}


def test_parquet_loads_with_pyarrow(tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    source = tmp_path / "corpus.jsonl"
    source.write_bytes(_jsonl(_docs(5)))
    out = tmp_path / "quotes.parquet"
    status, _, err = _run([str(source), "--to", "parquet", "--out", str(out)])
    assert status == 0, err
    table = pq.read_table(out)
    assert table.column_names == list(ROW_COLUMNS)
    assert table.num_rows == 5
    assert table.column("text").to_pylist()[0].startswith("We shut at dawn")


def test_parquet_needs_an_out_file() -> None:
    with pytest.raises(SystemExit):
        run(["--to", "parquet", "-"])


# --------------------------------------------------------------------------- inputs


@pytest.mark.parametrize(
    ("name", "pack"),
    [
        ("corpus.jsonl.gz", gzip.compress),
        ("corpus.jsonl.bz2", bz2.compress),
        ("corpus.jsonl.xz", lzma.compress),
        ("corpus.ndjson", lambda b: b),
        ("CORPUS.JSONL", lambda b: b),
        ("corpus.json", lambda b: b),
        ("compressed-without-a-suffix.jsonl", gzip.compress),
    ],
)
def test_jsonl_in_every_packing(tmp_path: Path, name: str, pack: object) -> None:
    path = tmp_path / name
    path.write_bytes(pack(_jsonl(_docs(3))))  # type: ignore[operator]
    status, out, err = _run([str(path)])
    assert status == 0, err
    assert [json.loads(line)["id"] for line in out.splitlines()] == ["d0", "d1", "d2"]


def test_a_json_array(tmp_path: Path) -> None:
    path = tmp_path / "corpus.json"
    path.write_text(json.dumps([*_docs(2), {"text": ARTICLE}, "not a record"]), encoding="utf-8")
    status, out, err = _run([str(path)])
    assert status == 1
    assert [json.loads(line)["id"] for line in out.splitlines()] == ["d0", "d1", f"{path}[2]"]
    assert f"{path}[3]: expected a JSON object" in err


def test_a_directory_is_its_txt_files_recursively_in_sorted_order(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "skip.md").write_text("not a story", encoding="utf-8")
    status, out, _ = _run([str(tmp_path)])
    assert status == 0
    ids = [json.loads(line)["id"] for line in out.splitlines()]
    assert ids == [str(tmp_path / "a.txt"), str(tmp_path / "b" / "two.txt")]


def test_a_latin1_file_needs_its_encoding_and_says_so(tmp_path: Path) -> None:
    path = tmp_path / "legacy.txt"
    path.write_bytes("Caf\u00e9 Opens\n\nLYON - The caf\u00e9 opened.".encode("latin-1"))
    status, out, err = _run([str(path)])
    assert status == 1 and out == ""
    assert "try --encoding latin-1" in err
    status, out, err = _run([str(path), "--encoding", "latin-1"])
    assert status == 0, err
    assert json.loads(out)["headline"]["text"] == "Caf\u00e9 Opens"


def test_a_byte_order_mark_is_dropped_so_offsets_are_the_texts(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + ARTICLE.encode("utf-8"))
    status, out, _ = _run([str(path)])
    assert status == 0
    record = json.loads(out)
    assert record["headline"] == {"start": 0, "end": 18, "text": "Storm Closes Ports"}
    assert record["text_length"] == len(ARTICLE)


def test_no_arguments_at_a_terminal_print_the_usage(monkeypatch: pytest.MonkeyPatch) -> None:
    class Terminal(io.BytesIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr(sys, "stdin", Terminal())
    err = io.StringIO()
    assert run([], stdout=io.StringIO(), stderr=err) == 2
    assert "usage: newsparse" in err.getvalue()


def test_ctrl_c_stops_cleanly_and_says_how_many_were_written(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls = {"n": 0}

    def interrupt_third(
        text: str, *, doubled_marks: bool | None = None, lang: str | None = None
    ) -> object:
        calls["n"] += 1
        if calls["n"] == 3:
            raise KeyboardInterrupt
        return _real_parse(text, doubled_marks=doubled_marks, lang=lang)

    monkeypatch.setattr(corpus, "parse", interrupt_third)
    status, out, err = _run(["--jsonl", "--workers", "1"], stdin=_jsonl(_docs(10)))
    assert status == 130
    assert len(out.splitlines()) == 2
    assert "interrupted; 2 document(s) written" in err


def test_the_progress_bar_counts_documents() -> None:
    err = io.StringIO()
    status = run(
        ["--jsonl", "--progress", "--workers", "1"],
        stdin=io.BytesIO(_jsonl(_docs(3))),
        stdout=io.StringIO(),
        stderr=err,
    )
    assert status == 0
    assert "newsparse" in err.getvalue() and "docs=3" in err.getvalue()


def test_the_progress_bar_ends_at_100_percent_on_a_file_with_curly_quotes(
    tmp_path: Path,
) -> None:
    """The bar counts characters against the file's bytes while it runs; a finished run
    shows the whole file (before: 89% for JSON lines, 98% with curly quotes)."""
    path = tmp_path / "docs.jsonl"
    path.write_bytes(_jsonl(_docs(3)).replace(b"Storm", "“Storm”".encode()))
    err = io.StringIO()
    status = run([str(path), "--progress"], stdout=io.StringIO(), stderr=err)
    assert status == 0
    assert "100%" in err.getvalue()


def test_every_document_is_written_or_reported(tmp_path: Path) -> None:
    good = tmp_path / "good.jsonl.gz"
    good.write_bytes(gzip.compress(_jsonl(_docs(4))))
    bad = tmp_path / "bad.jsonl"
    bad.write_bytes(b'{"id": 1}\n{nope\n' + _jsonl(_docs(1)))
    missing = tmp_path / "missing.txt"
    status, out, err = _run([str(good), str(bad), str(missing)])
    written = len(out.splitlines())
    reported = err.count("newsparse: ") - 1  # the closing count is the last line
    assert status == 1
    assert written + reported == 4 + 3 + 1
    assert "3 document(s) could not be read" in err


def test_the_language_given_to_parse_records_is_every_records() -> None:
    records = [{"id": "a", "text": "Strike\n\nDer Minister sagte nichts."}]
    assert next(parse_records(records))["lang"] == "de"
    assert next(parse_records(records, lang="en"))["lang"] == "en"
    with pytest.raises(NewsparseError):
        list(parse_records(records, lang="fr"))


def test_the_command_takes_a_language() -> None:
    doc = json.dumps({"id": "a", "text": "Streik\n\nDer Minister sagte nichts."})
    status, out, _ = _run(["--jsonl", "--lang", "en"], stdin=(doc + "\n").encode())
    assert status == 0 and json.loads(out)["lang"] == "en"
