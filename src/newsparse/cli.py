"""The ``newsparse`` command: articles, JSON and JSONL in; articles or a quotes table out.

A thin shell over :mod:`newsparse.corpus`.  Inputs are read by name and by content:
article files (one article each), JSONL (``.jsonl``, ``.ndjson``), JSON (``.json``: an
array of records, or lines), any of them compressed (``.gz``, ``.bz2``, ``.xz``, also
told by their first bytes), and directories (the ``.txt`` files inside, recursively, in
sorted order).  Documents are parsed in worker processes (``--workers``), read and
written one batch at a time, so memory stays flat however many a run parses; the output
is the same for any number of workers.  A document that cannot be read or parsed gets a
message on stderr naming it (and its line, for JSONL); the run goes on, and the exit
status is 1 when anything failed.  Ctrl-C stops the run cleanly with status 130.
"""

from __future__ import annotations

import argparse
import bz2
import csv
import gzip
import importlib.util
import io
import json
import lzma
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from importlib import resources
from pathlib import Path
from typing import IO, Any, TextIO, cast

from newsparse import COMPILED, __version__
from newsparse.corpus import ROW_COLUMNS, failure, json_line, parse_records, quote_rows

__all__ = ["main", "run"]

SAMPLE = "harbour-strike.txt"

_Opener = Callable[[Path], IO[bytes]]


#: What ``--version`` says of the build: compiled or pure Python (the same output).
_BUILD = "compiled with mypyc" if COMPILED else "pure Python"


def _gzip(path: Path) -> IO[bytes]:
    return cast(IO[bytes], gzip.open(path, "rb"))


def _bz2(path: Path) -> IO[bytes]:
    return cast(IO[bytes], bz2.open(path, "rb"))


def _xz(path: Path) -> IO[bytes]:
    return cast(IO[bytes], lzma.open(path, "rb"))


#: The first bytes of each compressed format, and how to open it.
_MAGIC: tuple[tuple[bytes, _Opener], ...] = (
    (b"\x1f\x8b", _gzip),
    (b"BZh", _bz2),
    (b"\xfd7zXZ\x00", _xz),
)
_COMPRESSED: dict[str, _Opener] = {".gz": _gzip, ".bz2": _bz2, ".xz": _xz}
_JSONL = (".jsonl", ".ndjson")
_BATCH_ROWS = 10_000


def _sample_text() -> str:
    return resources.files("newsparse.samples").joinpath(SAMPLE).read_text(encoding="utf-8")


def _decode(data: bytes, encoding: str) -> str:
    """Bytes as text; a UTF-8 byte-order mark is dropped (offsets are into the text as
    decoded, and a BOM would shift every one of them)."""
    if _utf8(encoding):
        return data.decode("utf-8-sig")
    return data.decode(encoding)


def _utf8(encoding: str) -> bool:
    return encoding.replace("_", "-").lower() in ("utf-8", "utf8")


def _invalid(where: str, encoding: str, err: UnicodeDecodeError, hint: bool = False) -> str:
    name = "UTF-8" if _utf8(encoding) else encoding
    tip = " (a legacy file? try --encoding latin-1)" if hint and _utf8(encoding) else ""
    return f"{where}: invalid {name} at byte {err.start}{tip}"


def _record(raw: Any, where: str) -> dict[str, Any]:
    """A JSON value as a record to parse, or a failure record naming ``where``."""
    if not isinstance(raw, dict):
        got = type(raw).__name__
        return failure(where, "not-an-object", f"{where}: expected a JSON object, got {got}")
    text = raw.get("text")
    doc_id = raw.get("id", where)
    if not isinstance(text, str):
        problem = 'has no "text"' if text is None else 'has a "text" that is not a string'
        return failure(doc_id, "no-text", f"{where} (id {doc_id!r}): the record {problem}")
    return {"id": doc_id, "text": text}


def _jsonl_records(stream: IO[bytes], name: str, encoding: str) -> Iterator[dict[str, Any]]:
    for number, raw in enumerate(stream, start=1):
        where = f"{name}:{number}"
        if not raw.strip():
            continue
        try:
            line = _decode(raw, encoding) if number == 1 else raw.decode(encoding)
        except UnicodeDecodeError as err:
            yield failure(where, "bad-encoding", _invalid(where, encoding, err))
            continue
        except LookupError:
            yield failure(where, "bad-encoding", f"{where}: unknown encoding {encoding!r}")
            continue
        try:
            value = json.loads(line)
        except json.JSONDecodeError as err:
            message = f"{where}: invalid JSON: {err.msg} (column {err.colno})"
            yield failure(where, "bad-json", message)
            continue
        yield _record(value, where)


def _json_records(data: bytes, name: str, encoding: str) -> Iterator[dict[str, Any]]:
    """A ``.json`` file: an array of records, or one record a line."""
    try:
        text = _decode(data, encoding)
    except UnicodeDecodeError as err:
        yield failure(name, "bad-encoding", _invalid(name, encoding, err, hint=True))
        return
    if not text.lstrip().startswith("["):
        if text.lstrip().startswith("{") and "\n" in text.strip():
            # one record over several lines (pretty-printed), else JSON lines
            try:
                value = json.loads(text)
            except json.JSONDecodeError:
                pass
            else:
                yield _record(value, name)
                return
        yield from _jsonl_records(io.BytesIO(text.encode("utf-8")), name, "utf-8")
        return
    try:
        values = json.loads(text)
    except json.JSONDecodeError as err:
        yield failure(name, "bad-json", f"{name}: invalid JSON: {err.msg} (line {err.lineno})")
        return
    for k, value in enumerate(values):
        yield _record(value, f"{name}[{k}]")


def _open(path: Path) -> tuple[IO[bytes], str]:
    """The file's bytes, uncompressed, and its name without the compression suffix."""
    raw = path.open("rb")
    head = raw.read(6)
    raw.seek(0)
    name = path.name
    opener = _COMPRESSED.get(path.suffix.lower())
    if opener is not None:
        name = path.stem
    for magic, by_content in _MAGIC:
        if head.startswith(magic):
            opener = by_content
    if opener is None:
        return raw, name
    raw.close()
    return opener(path), name


def _path_records(path: Path, args: argparse.Namespace) -> Iterator[dict[str, Any]]:
    where = str(path)
    if path.is_dir():
        texts = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() == ".txt")
        if not texts:
            # a folder given by mistake is said, not passed over in silence
            yield failure(where, "no-documents", f"{where}: no .txt file in the folder")
        for found in texts:
            yield from _path_records(found, args)
        return
    try:
        stream, name = _open(path)
    except OSError as err:
        yield failure(where, "unreadable", f"{where}: cannot read: {err.strerror or err}")
        return
    suffix = Path(name).suffix.lower()
    try:
        with stream:
            if suffix in _JSONL or args.jsonl:
                yield from _jsonl_records(stream, where, args.encoding)
                return
            data = stream.read()
    except (OSError, EOFError, lzma.LZMAError) as err:
        yield failure(where, "unreadable", f"{where}: cannot read: {err}")
        return
    if suffix == ".json":
        yield from _json_records(data, where, args.encoding)
        return
    try:
        yield {"id": where, "text": _decode(data, args.encoding)}
    except UnicodeDecodeError as err:
        yield failure(where, "bad-encoding", _invalid(where, args.encoding, err, hint=True))


def _records(args: argparse.Namespace, stdin: IO[bytes]) -> Iterator[dict[str, Any]]:
    if args.demo:
        yield {"id": f"newsparse:samples/{SAMPLE}", "text": _sample_text()}
        return
    if not args.paths:
        if args.jsonl:
            yield from _jsonl_records(stdin, "<stdin>", args.encoding)
            return
        data = stdin.read()
        try:
            yield {"id": "-", "text": _decode(data, args.encoding)}
        except UnicodeDecodeError as err:
            yield failure("-", "bad-encoding", _invalid("<stdin>", args.encoding, err, hint=True))
        return
    for path in args.paths:
        if path == "-":
            yield from _jsonl_records(stdin, "<stdin>", args.encoding)
        else:
            yield from _path_records(Path(path), args)


def _input_size(args: argparse.Namespace) -> int | None:
    """The bytes the paths hold (for the progress bar's estimate), or ``None``."""
    if args.demo or not args.paths or "-" in args.paths:
        return None
    total = 0
    for name in args.paths:
        path = Path(name)
        files = path.rglob("*.txt") if path.is_dir() else [path]
        total += sum(f.stat().st_size for f in files if f.is_file())
    return total or None


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsparse",
        description=(
            "Parse news wire copy: one JSON object per document (sections, dateline, quotes, "
            "attribution) on stdout, or a table of quotes (--to csv|parquet)."
        ),
    )
    parser.add_argument(
        "paths",
        nargs="*",
        help=(
            "article files (one article each), JSONL (.jsonl, .ndjson), JSON (.json: an array "
            "or lines), any of them compressed (.gz, .bz2, .xz), or directories (their .txt "
            "files); '-' reads JSONL from stdin. With no paths, stdin is one article (or "
            "JSONL with --jsonl)."
        ),
    )
    parser.add_argument("--jsonl", action="store_true", help="read stdin (and paths) as JSONL")
    parser.add_argument("--demo", action="store_true", help="parse the bundled sample article")
    parser.add_argument("--indent", type=int, default=None, help="pretty-print the JSON")
    parser.add_argument(
        "--doubled-marks",
        choices=("auto", "always", "never"),
        default="auto",
        help=(
            "read two backticks and two apostrophes as a double quotation mark, as archive "
            "and tokenised copy writes them: 'auto' (the default) where a document pairs "
            "them as quotation marks, 'always', or 'never'"
        ),
    )
    parser.add_argument(
        "--lang",
        choices=("auto", "en", "de"),
        default="auto",
        help="the language of the documents: 'auto' (the default) finds it in each one",
    )
    parser.add_argument(
        "--workers",
        type=int,
        default=0,
        help="worker processes (default 0: one per core; 1 parses in this process)",
    )
    parser.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="a progress bar on stderr (default: when stderr is a terminal)",
    )
    parser.add_argument(
        "--to",
        choices=("jsonl", "csv", "parquet"),
        default="jsonl",
        help="jsonl: one article per line; csv or parquet: one row per quote",
    )
    parser.add_argument("--out", default=None, help="write to this file instead of stdout")
    parser.add_argument(
        "--encoding", default="utf-8", help="the encoding of the input files (default utf-8)"
    )
    parser.add_argument(
        "--version", action="version", version=f"newsparse {__version__} ({_BUILD})"
    )
    return parser


def _check(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    if args.demo and (args.paths or args.jsonl):
        parser.error("--demo takes no paths and no --jsonl")
    if args.indent is not None and args.indent < 0:
        parser.error("--indent must be 0 or more")
    if args.workers < 0:
        parser.error("--workers must be 0 or more")
    if args.to == "parquet" and args.out is None:
        parser.error("--to parquet needs --out FILE")
    _check_encoding(parser, args.encoding)


def _check_encoding(parser: argparse.ArgumentParser, encoding: str) -> None:
    """A usage error for an encoding Python does not know (``--encoding foo``)."""
    try:
        # one byte (Python decodes b"" without looking the codec up); a codec that is
        # no text encoding ("base64") is refused too
        b"x".decode(encoding, errors="ignore")
    except LookupError:
        parser.error(f"--encoding {encoding!r} is no text encoding Python knows (e.g. latin-1)")


class _Progress:
    """A tqdm bar on stderr over the input's bytes, with documents and docs/s; nothing
    when it is off or tqdm is not installed."""

    def __init__(self, on: bool, total: int | None, err: TextIO) -> None:
        self.bar: Any = None
        if on:
            try:
                from tqdm import tqdm
            except ImportError:  # pragma: no cover - tqdm comes with nltk
                return
            self.bar = tqdm(
                total=total, unit="B", unit_scale=True, file=err, desc="newsparse", leave=True
            )
        self.docs = 0

    def update(self, size: int) -> None:
        if self.bar is not None:
            self.docs += 1
            self.bar.update(size)
            self.bar.set_postfix(docs=self.docs, refresh=False)

    def finish(self) -> None:
        """The whole input was read: the bar at its total (the bytes a document takes
        in its file are only estimated by its characters while the run goes on)."""
        if self.bar is not None and self.bar.total is not None:
            self.bar.update(max(0, self.bar.total - self.bar.n))
        self.close()

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def run(
    argv: Sequence[str] | None = None,
    *,
    stdin: IO[bytes] | None = None,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
) -> int:
    """Run the command with ``argv``; the exit status: 0 ok, 1 a document failed,
    2 a usage error, 130 interrupted."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] in ("view", "report"):
        return _pages(argv, stdin, stdout, stderr)
    parser = _parser()
    args = parser.parse_args(argv)
    _check(parser, args)
    err = stderr if stderr is not None else sys.stderr
    if stdin is None and not (args.paths or args.demo) and sys.stdin.isatty():
        parser.print_usage(err)
        _say(err, "newsparse: give files, directories or '-' (JSONL on stdin); --help says more")
        return 2
    stdin = stdin if stdin is not None else sys.stdin.buffer
    doubled = {"auto": None, "always": True, "never": False}[args.doubled_marks]
    progress = _Progress(
        args.progress if args.progress is not None else err.isatty(), _input_size(args), err
    )
    lang = None if args.lang == "auto" else args.lang
    results = parse_records(
        _records(args, stdin), workers=args.workers, doubled_marks=doubled, lang=lang
    )
    counts = {"written": 0, "failed": 0}
    try:
        if args.out is not None:
            out_path = Path(args.out)
            if args.to == "parquet":
                _parquet(out_path, _count(results, counts, err, progress))
            else:
                with out_path.open("w", encoding="utf-8", newline="") as handle:
                    _emit(args, handle, _count(results, counts, err, progress))
        else:
            out = stdout if stdout is not None else sys.stdout
            _emit(args, out, _count(results, counts, err, progress))
            out.flush()
    except KeyboardInterrupt:
        close = getattr(results, "close", None)
        if close is not None:
            close()  # stops the worker processes
        progress.close()
        _say(err, f"newsparse: interrupted; {counts['written']} document(s) written")
        return 130
    progress.finish()
    if counts["failed"]:
        _say(err, f"newsparse: {counts['failed']} document(s) could not be read")
    return 1 if counts["failed"] else 0


def _needs_the_view_extra(command: str) -> None:
    """Raise ImportError, saying what to install, when the view extra is missing."""
    needed = ["jinja2", "markupsafe"] + (["matplotlib"] if command == "report" else [])
    for name in needed:
        if importlib.util.find_spec(name) is None:
            raise ImportError(
                f"{command} needs {name}, which is not installed: pip install 'newsparse[view]'"
            )


def _pages(
    argv: list[str], stdin: IO[bytes] | None, stdout: TextIO | None, stderr: TextIO | None
) -> int:
    """``newsparse view FILE [-o page.html]`` and ``newsparse report FILE… -o folder``."""
    command = argv[0]
    parser = argparse.ArgumentParser(
        prog=f"newsparse {command}",
        description=(
            "One article as an HTML page: quotes in their speakers' colours."
            if command == "view"
            else "A corpus report (report/index.html) and one view per document (report/docs/)."
        ),
    )
    parser.add_argument("paths", nargs="+" if command == "report" else 1, help="the input")
    parser.add_argument("-o", "--out", required=command == "report", help="where to write")
    parser.add_argument("--encoding", default="utf-8", help="the input's encoding")
    parser.add_argument("--jsonl", action="store_true", help="read the input as JSONL")
    args = parser.parse_args(argv[1:])
    args.demo = False
    _check_encoding(parser, args.encoding)
    err = stderr if stderr is not None else sys.stderr
    from newsparse.pipeline import parse
    from newsparse.view import render_article

    try:
        _needs_the_view_extra(command)
    except ImportError as missing:
        _say(err, f"newsparse: {missing}")
        return 1
    records = _records(args, stdin if stdin is not None else sys.stdin.buffer)
    failed = 0
    if command == "view":
        records = iter(records)
        record = next(records, None)
        if record is None:
            _say(err, f"newsparse: no document in {' '.join(args.paths)}")
            return 1
        if next(records, None) is not None:
            _say(
                err,
                "newsparse: view shows the input's first document only; "
                "'newsparse report' shows them all",
            )
        if "error" in record:
            _say(err, f"newsparse: {record['error']['message']}")
            return 1
        page = render_article(record["text"])
        if args.out is None:
            out = stdout if stdout is not None else sys.stdout
            out.write(page)
        else:
            Path(args.out).write_text(page, encoding="utf-8")
        return 0
    from newsparse.report import render_report

    folder = Path(args.out)
    (folder / "docs").mkdir(parents=True, exist_ok=True)
    articles: list[dict[str, Any]] = []
    views: dict[Any, str] = {}
    for k, record in enumerate(records):
        if "error" in record:
            failed += 1
            _say(err, f"newsparse: {record['error']['message']}")
            articles.append(record)
            continue
        article = parse(record["text"])
        name = f"docs/{k:06d}.html"
        (folder / name).write_text(render_article(record["text"], article), encoding="utf-8")
        data: dict[str, Any] = {"id": record["id"]}
        data.update(article.to_dict())
        articles.append(data)
        views[record["id"]] = name
    (folder / "index.html").write_text(render_report(articles, views=views), encoding="utf-8")
    if failed:
        _say(err, f"newsparse: {failed} document(s) could not be read")
    return 1 if failed else 0


def _count(
    results: Iterable[dict[str, Any]], counts: dict[str, int], err: TextIO, progress: _Progress
) -> Iterator[dict[str, Any]]:
    """The parsed articles; each failure said on stderr and counted."""
    for record in results:
        if "error" in record:
            counts["failed"] += 1
            _say(err, f"newsparse: {record['error']['message']}")
            continue
        counts["written"] += 1
        progress.update(record.get("text_length", 0))
        yield record


def _emit(args: argparse.Namespace, out: TextIO, articles: Iterable[dict[str, Any]]) -> None:
    if args.to == "csv":
        writer = csv.DictWriter(out, fieldnames=list(ROW_COLUMNS), lineterminator="\n")
        writer.writeheader()
        for row in quote_rows(articles):
            writer.writerow({k: _csv_safe(v) for k, v in row.items()})
        return
    for article in articles:
        _write(out, article, args.indent)


def _csv_safe(value: Any) -> Any:
    """A cell the stream can carry: lone surrogates escaped."""
    if isinstance(value, str):
        return value.encode("utf-8", "backslashreplace").decode("utf-8")
    return value


def _parquet(path: Path, articles: Iterable[dict[str, Any]]) -> None:
    """The quote rows as Parquet, written a batch at a time (pyarrow, newsparse[parquet])."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as missing:
        raise SystemExit(
            "newsparse: --to parquet needs pyarrow: pip install 'newsparse[parquet]'"
        ) from missing

    def column_type(name: str) -> Any:
        if name in _INT_COLUMNS:
            return pa.int64()
        return pa.float64() if name == "confidence" else pa.string()

    schema = pa.schema([(name, column_type(name)) for name in ROW_COLUMNS])
    with pq.ParquetWriter(str(path), schema) as writer:
        batch: list[dict[str, Any]] = []
        for row in quote_rows(articles):
            row["doc_id"] = None if row["doc_id"] is None else str(row["doc_id"])
            batch.append({k: _csv_safe(v) for k, v in row.items()})
            if len(batch) >= _BATCH_ROWS:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                batch = []
        writer.write_table(pa.Table.from_pylist(batch, schema=schema))


_INT_COLUMNS = frozenset({"quote", "paragraph", "start", "end", "speaker_start", "speaker_end"})


def _write(out: TextIO, record: dict[str, Any], indent: int | None) -> None:
    """One JSON line (:func:`~newsparse.corpus.json_line`); where the stream cannot carry
    a character (an en dash on a Latin-1 console) the line is written with JSON's
    ``\\uXXXX`` escapes instead, which read back to the same string."""
    try:
        out.write(json_line(record, indent) + "\n")
    except UnicodeEncodeError:
        out.write(json.dumps(record, ensure_ascii=True, indent=indent) + "\n")


def _say(err: TextIO, message: str) -> None:
    """A line on stderr, with what the stream cannot carry backslash-escaped."""
    try:
        print(message, file=err)
    except UnicodeEncodeError:
        print(message.encode("ascii", "backslashreplace").decode("ascii"), file=err)


def main(argv: Sequence[str] | None = None) -> None:
    """Entry point of the ``newsparse`` command."""
    try:
        status = run(argv)
    except BrokenPipeError:
        # The reader went away (``newsparse big.jsonl | head``): stop quietly, as
        # other filters do. Point stdout at devnull so the interpreter's final
        # flush does not raise again.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        status = 141
    raise SystemExit(status)
