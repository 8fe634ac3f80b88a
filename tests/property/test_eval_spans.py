"""On every text of the evaluation gold, parse() returns and keeps every span valid (#6).

The texts are read in place from ``../shared/eval`` (the ``eval_dir`` fixture
skips when it is absent); nothing of them is copied.  About 12,000 documents,
18 MB: marked ``eval_corpus`` so a quick local run can leave it out with
``-m "not eval_corpus"``; CI runs it.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsparse import parse
from newsparse.strategies import span_violations

FILES = [
    "seed.jsonl",
    "polnear-dev.jsonl",
    "polnear-train.jsonl",
    "reuters-dev.jsonl",
    "german-dev.jsonl",
    "german-train.jsonl",
]


@pytest.mark.eval_corpus
@pytest.mark.parametrize("name", FILES)
def test_every_eval_text_parses_with_valid_spans(eval_dir: Path, name: str) -> None:
    path = eval_dir / name
    if not path.exists():
        pytest.skip(f"{name} not in {eval_dir}")
    failures: list[str] = []
    count = 0
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            text = record["text"]
            count += 1
            try:
                article = parse(text)
            except Exception as exc:
                failures.append(f"{record['id']}: {type(exc).__name__}: {exc}")
                continue
            problems = span_violations(article, text)
            if problems:
                failures.append(f"{record['id']}: {problems[0]} (+{len(problems) - 1} more)")
    assert count > 0
    assert not failures, f"{len(failures)} of {count} documents:\n" + "\n".join(failures[:20])
