"""Parse a corpus: many documents, in order, on several cores, none of them lost.

:func:`parse_records` takes records (``{"id": …, "text": …}``, any other keys ignored) and
yields one dict per record, in the order given: the article (``id`` and
``Article.to_dict()``, the JSON the command writes) or, for a record that could not be
parsed, a failure record (``id`` and ``error``: ``{"code", "message"}``); a failure record
given (a reader's, for a line it could not read) is passed on in its place.  With
``workers`` above 1 the records are parsed in worker processes, a few batches ahead of
the reader, so memory stays flat however long the corpus; a worker that crashes loses no
document: its batch is parsed again one record at a time, and the record that crashes a
worker again becomes a failure record.  The output is the same for any number of workers.

:func:`quote_rows` flattens articles into one row per quote (the table most corpus work
wants); :func:`to_pandas` makes it a DataFrame where pandas is installed.

>>> records = [{"id": "a1", "text": 'Port Talks\\n\\n"We are ready," Ana Ruiz said.'}]
>>> (article,) = parse_records(records)
>>> article["id"], article["headline"]["text"]
('a1', 'Port Talks')
>>> [(row["doc_id"], row["text"], row["speaker"], row["rule"]) for row in quote_rows([article])]
[('a1', 'We are ready,', 'Ana Ruiz', 'quote-speaker-cue')]
"""

from __future__ import annotations

import json
import os
from collections import deque
from collections.abc import Iterable, Iterator, Mapping
from concurrent.futures import CancelledError, Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from newsparse.records import Article

__all__ = ["ROW_COLUMNS", "failure", "json_line", "parse_records", "quote_rows", "to_pandas"]

#: The columns of :func:`quote_rows`, in order.
ROW_COLUMNS = (
    "doc_id",
    "quote",
    "paragraph",
    "kind",
    "kind_rule",
    "start",
    "end",
    "text",
    "speaker",
    "speaker_start",
    "speaker_end",
    "speaker_kind",
    "name",
    "cue",
    "cue_lemma",
    "relay",
    "addressee",
    "rule",
    "confidence",
)

#: Records a worker takes at a time, and batches kept in flight per worker.
_BATCH = 8
_AHEAD = 4


#: Line separators that ``json.dumps`` leaves raw but ``str.splitlines`` (and other
#: readers) split on: written as JSON escapes, so one record is one line for every reader.
_LINE_BREAKS = {0x85: "\\u0085", 0x2028: "\\u2028", 0x2029: "\\u2029"}


def json_line(record: Mapping[str, Any], indent: int | None = None) -> str:
    """One record as the command writes it (without the newline): UTF-8 JSON with
    U+0085, U+2028 and U+2029 escaped, and wholly ``\\uXXXX``-escaped when the text
    holds a lone surrogate, which UTF-8 cannot carry.

    >>> json_line({"id": 1, "text": "caf\u00e9 \u2028"})
    '{"id": 1, "text": "caf\u00e9 \\\\u2028"}'
    >>> json_line({"id": 1, "text": "lone " + chr(0xD83D)})
    '{"id": 1, "text": "lone \\\\ud83d"}'
    """
    line = json.dumps(record, ensure_ascii=False, indent=indent).translate(_LINE_BREAKS)
    try:
        line.encode("utf-8")
    except UnicodeEncodeError:
        return json.dumps(record, ensure_ascii=True, indent=indent)
    return line


def failure(doc_id: Any, code: str, message: str) -> dict[str, Any]:
    """The record for a document that could not be parsed.

    >>> failure(7, "no-text", 'the record has no "text"')
    {'id': 7, 'error': {'code': 'no-text', 'message': 'the record has no "text"'}}
    """
    return {"id": doc_id, "error": {"code": code, "message": message}}


def parse(text: str, *, doubled_marks: bool | None = None, lang: str | None = None) -> Article:
    """:func:`newsparse.parse`, imported on the first record: the command's ``--help``
    and ``--version`` load none of the parsing modules."""
    from newsparse.pipeline import parse as parse_article

    return parse_article(text, doubled_marks=doubled_marks, lang=lang)


#: What every record is parsed with: ``doubled_marks`` and ``lang`` of :func:`parse`.
_Options = tuple[bool | None, str | None]


def _parse_one(record: Mapping[str, Any], options: _Options) -> dict[str, Any]:
    if not isinstance(record, Mapping):
        return failure(None, "not-a-record", f"expected a mapping, got {type(record).__name__}")
    if "error" in record and "text" not in record:
        return dict(record)  # a record its reader could not read: passed on, in its place
    doc_id = record.get("id")
    text = record.get("text")
    if not isinstance(text, str):
        what = 'has no "text"' if text is None else 'has a "text" that is not a string'
        return failure(doc_id, "no-text", f"the record {what}")
    try:
        article = parse(text, doubled_marks=options[0], lang=options[1])
    except Exception as error:  # parse never raises for a str; a bug must not lose the rest
        return failure(doc_id, "parse-error", f"{type(error).__name__}: {error}")
    out: dict[str, Any] = {"id": doc_id}
    out.update(article.to_dict())
    return out


def _parse_batch(records: list[Mapping[str, Any]], options: _Options) -> list[dict[str, Any]]:
    return [_parse_one(record, options) for record in records]


def _batches(records: Iterable[Mapping[str, Any]], size: int) -> Iterator[list[Mapping[str, Any]]]:
    batch: list[Mapping[str, Any]] = []
    for record in records:
        batch.append(record)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def parse_records(
    records: Iterable[Mapping[str, Any]],
    *,
    workers: int | None = 1,
    doubled_marks: bool | None = None,
    lang: str | None = None,
) -> Iterator[dict[str, Any]]:
    """Parse each record's ``text``; yield one dict per record, in order (see the module).

    ``workers``: 1 parses in this process; ``None`` or 0 uses every core; more starts
    that many worker processes. ``doubled_marks`` and ``lang`` are
    :func:`~newsparse.parse`'s (``lang=None``: each record's own language).

    Raises :class:`TypeError` for ``workers`` that is not an int or None, and
    :class:`ValueError` for a negative one; a record is never an error.
    """
    if workers is not None and (not isinstance(workers, int) or isinstance(workers, bool)):
        raise TypeError(f"workers must be an int or None, not {type(workers).__name__}")
    if workers is not None and workers < 0:
        raise ValueError(f"workers must be 0 or more, got {workers}")
    if lang is not None:
        from newsparse.checks import check_lang

        lang = check_lang("", lang)  # one clear error now, not one per record
    options: _Options = (doubled_marks, lang)
    count = workers or os.cpu_count() or 1
    if count == 1:
        for record in records:
            yield _parse_one(record, options)
        return
    yield from _in_workers(records, count, options)


def _in_workers(
    records: Iterable[Mapping[str, Any]], count: int, options: _Options
) -> Iterator[dict[str, Any]]:
    pool = ProcessPoolExecutor(max_workers=count)
    pending: deque[tuple[list[Mapping[str, Any]], Future[list[dict[str, Any]]]]] = deque()
    try:
        for batch in _batches(records, _BATCH):
            pending.append((batch, pool.submit(_parse_batch, batch, options)))
            while len(pending) >= count * _AHEAD:
                batch_done, future = pending.popleft()
                results, pool = _results(pool, count, batch_done, future, options)
                yield from results
        while pending:
            batch_done, future = pending.popleft()
            results, pool = _results(pool, count, batch_done, future, options)
            yield from results
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _results(
    pool: ProcessPoolExecutor,
    count: int,
    batch: list[Mapping[str, Any]],
    future: Future[list[dict[str, Any]]],
    options: _Options,
) -> tuple[list[dict[str, Any]], ProcessPoolExecutor]:
    """The batch's records; after a worker crash, each of them parsed again alone in a
    fresh pool, so only the record that crashes a worker is lost, as a failure record.
    Returns the pool to go on with (a new one after a crash)."""
    try:
        return future.result(), pool
    except (BrokenProcessPool, CancelledError):
        pass
    out = []
    for record in batch:
        single = ProcessPoolExecutor(max_workers=1)
        try:
            out.extend(single.submit(_parse_batch, [record], options).result())
        except BrokenProcessPool:
            doc_id = record.get("id") if isinstance(record, Mapping) else None
            out.append(failure(doc_id, "worker-crash", "the worker process parsing it died"))
        finally:
            single.shutdown(wait=True)
    if not getattr(pool, "_broken", False):
        return out, pool
    # the pool is broken: the batches still in flight in it fail as this one did, and are
    # parsed again one record at a time when their turn comes; new batches go to a new pool
    pool.shutdown(wait=False, cancel_futures=True)
    return out, ProcessPoolExecutor(max_workers=count)


def quote_rows(articles: Iterable[Mapping[str, Any]]) -> Iterator[dict[str, Any]]:
    """One flat row per quote of each article dict (:func:`parse_records`'s output, or
    ``Article.to_dict()`` with an ``id``), with the columns of :data:`ROW_COLUMNS`.

    ``paragraph`` is the index of the body paragraph the quote starts in (-1 for the
    headline and header); ``speaker`` the mention as written, ``name`` the fullest
    name; ``rule`` the attribution rule and ``confidence`` its confidence. Failure
    records give no rows.
    """
    for article in articles:
        if "error" in article or "quotes" not in article:
            continue
        starts = [
            (p["start"], p["end"])
            for section in article.get("sections") or ()
            for p in section.get("paragraphs") or ()
        ]
        for k, q in enumerate(article["quotes"]):
            speaker = q.get("speaker") or {}
            cue = q.get("cue") or {}
            paragraph = next((i for i, (s, e) in enumerate(starts) if s <= q["start"] < e), -1)
            yield {
                "doc_id": article.get("id"),
                "quote": k,
                "paragraph": paragraph,
                "kind": q.get("kind"),
                "kind_rule": q.get("kind_rule"),
                "start": q["start"],
                "end": q["end"],
                "text": q.get("text"),
                "speaker": speaker.get("text"),
                "speaker_start": speaker.get("start"),
                "speaker_end": speaker.get("end"),
                "speaker_kind": speaker.get("kind"),
                "name": speaker.get("name"),
                "cue": cue.get("text"),
                "cue_lemma": cue.get("lemma"),
                "relay": (q.get("relay") or {}).get("text"),
                "addressee": (q.get("addressee") or {}).get("text"),
                "rule": q.get("attribution_rule"),
                "confidence": q.get("confidence"),
            }


def to_pandas(rows: Iterable[Mapping[str, Any]]) -> Any:
    """The rows as a ``pandas.DataFrame`` with the columns of :data:`ROW_COLUMNS`.

    Raises :class:`ImportError` with a hint when pandas is not installed.
    """
    try:
        import pandas
    except ImportError as missing:  # pragma: no cover - depends on the environment
        raise ImportError(
            "to_pandas needs pandas: pip install pandas (or newsparse[parquet])"
        ) from missing
    return pandas.DataFrame(list(rows), columns=list(ROW_COLUMNS))
