"""The ``newsparse`` command: article files or JSONL in, one JSON object per document out.

Documents are read and written one at a time, so memory stays flat however
many a run parses.  A document that cannot be read gets a message on stderr
naming it (and its line, for JSONL); the run goes on, and the exit status is 1
when anything failed.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterator, Sequence
from importlib import resources
from typing import IO, Any, TextIO

from newsparse import __version__
from newsparse.pipeline import parse

__all__ = ["main"]

SAMPLE = "harbour-strike.txt"


class _Failure(Exception):
    """A document could not be read; the message names it."""


def _sample_text() -> str:
    return resources.files("newsparse.samples").joinpath(SAMPLE).read_text(encoding="utf-8")


def _jsonl_documents(stream: IO[bytes], name: str) -> Iterator[tuple[Any, str] | _Failure]:
    for number, raw in enumerate(stream, start=1):
        where = f"{name}:{number}"
        if not raw.strip():
            continue
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as err:
            yield _Failure(f"{where}: invalid UTF-8 at byte {err.start}")
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            yield _Failure(f"{where}: invalid JSON: {err.msg} (column {err.colno})")
            continue
        if not isinstance(record, dict):
            yield _Failure(f"{where}: expected a JSON object, got {type(record).__name__}")
            continue
        text = record.get("text")
        doc_id = record.get("id", where)
        if not isinstance(text, str):
            problem = 'has no "text"' if text is None else 'has a "text" that is not a string'
            yield _Failure(f"{where} (id {doc_id!r}): the line {problem}")
            continue
        yield doc_id, text


def _file_document(path: str) -> tuple[Any, str] | _Failure:
    try:
        with open(path, "rb") as handle:
            data = handle.read()
    except OSError as err:
        return _Failure(f"{path}: cannot read: {err.strerror or err}")
    try:
        return path, data.decode("utf-8")
    except UnicodeDecodeError as err:
        return _Failure(f"{path}: invalid UTF-8 at byte {err.start}")


def _documents(args: argparse.Namespace, stdin: IO[bytes]) -> Iterator[tuple[Any, str] | _Failure]:
    if args.demo:
        yield f"newsparse:samples/{SAMPLE}", _sample_text()
        return
    if not args.paths:
        if args.jsonl:
            yield from _jsonl_documents(stdin, "<stdin>")
        else:
            data = stdin.read()
            try:
                yield "-", data.decode("utf-8")
            except UnicodeDecodeError as err:
                yield _Failure(f"<stdin>: invalid UTF-8 at byte {err.start}")
        return
    for path in args.paths:
        if path == "-":
            yield from _jsonl_documents(stdin, "<stdin>")
        elif path.endswith(".jsonl") or args.jsonl:
            try:
                handle = open(path, "rb")  # noqa: SIM115 - closed below, streamed line by line
            except OSError as err:
                yield _Failure(f"{path}: cannot read: {err.strerror or err}")
                continue
            with handle:
                yield from _jsonl_documents(handle, path)
        else:
            yield _file_document(path)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsparse",
        description=(
            "Parse news wire copy: write one JSON object per document (sections, "
            "dateline, quotes, attribution) to stdout."
        ),
    )
    parser.add_argument(
        "paths",
        nargs="*",
        help=(
            "article files (one article each, UTF-8), or JSONL files (ending in .jsonl) "
            'with {"id", "text"} per line; \'-\' reads JSONL from stdin. '
            "With no paths, stdin is read as one article (or as JSONL with --jsonl)."
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
    parser.add_argument("--version", action="version", version=f"newsparse {__version__}")
    return parser


def run(
    argv: Sequence[str] | None = None,
    *,
    stdin: IO[bytes] | None = None,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
) -> int:
    """Run the command with ``argv``; return the exit status (0 ok, 1 a document failed)."""
    parser = _parser()
    args = parser.parse_args(argv)
    if args.demo and (args.paths or args.jsonl):
        parser.error("--demo takes no paths and no --jsonl")
    if args.indent is not None and args.indent < 0:
        parser.error("--indent must be 0 or more")
    stdin = stdin if stdin is not None else sys.stdin.buffer
    out = stdout if stdout is not None else sys.stdout
    err = stderr if stderr is not None else sys.stderr
    doubled = {"auto": None, "always": True, "never": False}[args.doubled_marks]
    failed = 0
    for item in _documents(args, stdin):
        if isinstance(item, _Failure):
            failed += 1
            _say(err, f"newsparse: {item}")
            continue
        doc_id, text = item
        record: dict[str, Any] = {"id": doc_id}
        record.update(parse(text, doubled_marks=doubled).to_dict())
        _write(out, record, args.indent)
    out.flush()
    if failed:
        _say(err, f"newsparse: {failed} document(s) could not be read")
    return 1 if failed else 0


#: Line separators that ``json.dumps`` leaves raw but ``str.splitlines`` (and other
#: readers) split on: written as JSON escapes, so one record is one line for every reader.
_LINE_BREAKS = {0x85: "\\u0085", 0x2028: "\\u2028", 0x2029: "\\u2029"}


def _write(out: TextIO, record: dict[str, Any], indent: int | None) -> None:
    """One JSON line; where the stream cannot carry a character (a lone surrogate
    from the input, an en dash on a Latin-1 console) the line is written with
    JSON's ``\\uXXXX`` escapes instead, which read back to the same string."""
    line = json.dumps(record, ensure_ascii=False, indent=indent).translate(_LINE_BREAKS) + "\n"
    try:
        out.write(line)
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
