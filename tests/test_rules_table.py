"""The reported-speech table of benchmarks/rules.py: each rule's words, and how many of
them lie inside the gold's reported speech, counted on a document of our own."""

from __future__ import annotations

import importlib.util
import json
import unicodedata
from pathlib import Path
from typing import Any

_PATH = Path(__file__).resolve().parents[1] / "benchmarks" / "rules.py"
_SPEC = importlib.util.spec_from_file_location("newsparse_rules_table", _PATH)
assert _SPEC is not None and _SPEC.loader is not None
rules = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(rules)


class _Scorer:
    """The three helpers of the evaluation scorer that the table uses."""

    @staticmethod
    def load(path: str) -> dict[str, Any]:
        with open(path, encoding="utf-8") as f:
            return {str(d["id"]): d for d in map(json.loads, f) if d}

    @staticmethod
    def ink(text: str, s: int, e: int) -> set[int]:
        return {
            i
            for i in range(s, e)
            if not text[i].isspace() and not unicodedata.category(text[i]).startswith("P")
        }

    @staticmethod
    def no_that(text: str, s: int, e: int) -> tuple[int, int]:
        return (s + 5, e) if text.startswith("that ", s) else (s, e)


def test_each_reported_speech_rule_gets_its_words_and_their_share_in_the_gold(
    tmp_path: Path,
) -> None:
    text = "Vote\n\nThe mayor said the bridge would reopen in May. Lee doubts the plan will work."
    content = text.index("the bridge would reopen in May")
    gold = {
        "id": "one",
        "text": text,
        "quotes": [
            {"direct": False, "content": [[content, content + 30]], "source": [], "cue": []}
        ],
    }
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(gold) + "\n", encoding="utf-8")
    rows = rules.score_indirect(_Scorer(), path)
    said = len(_Scorer.ink(text, content, content + 30))
    doubt = text.index("the plan will work")
    assert rows["speaker-cue-clause"] == [1, said, said]
    assert rows["stance-clause"] == [1, len(_Scorer.ink(text, doubt, doubt + 18)), 0]
