"""How far can a quote extractor get on the PolNeAR gold?  Prints the ceiling beside newsparse,
and where newsparse loses its points.

    python benchmarks/quote_ceiling.py [--eval DIR] [--only NAME ...]

The scorer compares a gold direct quote's *quoted words*: the word characters inside its marks
(``quoted_ink`` in ``score.py``).  This script builds the best predictions an extractor whose
spans are "the words between one pair of marks" can make, from the gold itself: every run of
quoted words of every gold direct quote, cut where a quotation mark stands between two of its
words (so "“duped” by “a con”" gives two spans).  Those predictions hold no quote the gold does
not annotate, so their precision is 1 and their ``quote_exact_r`` is the ceiling (about 1.0).

Then it counts newsparse's misses by kind, so the next person sees where the points are:

* **not found**: a gold quote less than half covered by newsparse's direct or partial quotes,
  split into those newsparse found but called ``other`` (or ``indirect``) and those it did not
  find at all;
* **boundary**: found, but the words differ (``over``: newsparse's quote holds more words,
  ``under``: fewer, ``both``);
A third row scores newsparse without its ``''…''`` quotes that lie in content the gold calls
reported speech (see :func:`without_doubled_reported`): how much of the precision the gold's
reading of ``''…''`` fragments costs.

* **found but not annotated**: a direct or partial quote of newsparse's with less than half of
  its words in a gold direct quote, split into quotes inside content the gold calls reported
  speech (an attribution whose content holds no mark the gold counts: ``''…''`` fragments in the
  middle of a sentence are the bulk) and quotes outside every gold attribution (titles, scare
  quotes, slogans and quoted text nobody is said to have said, which PolNeAR does not annotate),
  each split by the rule that set newsparse's kind.

Exits 0; it prints figures and asserts nothing.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from newsparse import parse

HERE = Path(__file__).resolve().parent
DEFAULT_EVAL = HERE.parent.parent / "shared" / "eval"
METRICS = ("quote_p", "quote_r", "quote_f1", "quote_exact_r")
#: Characters that separate two runs of quoted words in one gold quote.
RUN_BREAKS = "\"“”„‟«»‘’‚‛'`‹›"


def _scorer(path: Path) -> Any:
    spec = importlib.util.spec_from_file_location("newsparse_eval_score", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load the scorer {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def ceiling_quotes(scorer: Any, doc: dict[str, Any]) -> list[dict[str, Any]]:
    """The runs of quoted words of the gold's direct quotes, one prediction each."""
    text: str = doc["text"]
    quotes: list[dict[str, Any]] = []
    for gold in doc.get("quotes") or []:
        if not gold["direct"]:
            continue
        chars = sorted(scorer.quoted_ink(text, gold))
        if not chars:
            continue
        start = prev = chars[0]
        for i in chars[1:]:
            if any(c in RUN_BREAKS for c in text[prev + 1 : i]):
                quotes.append({"start": start, "end": prev + 1, "kind": "direct"})
                start = i
            prev = i
        quotes.append({"start": start, "end": prev + 1, "kind": "direct"})
    return quotes


def _score(
    scorer: Any, golds: list[dict[str, Any]], preds: list[dict[str, Any]]
) -> dict[str, float]:
    tally = scorer.Tally()
    for gold, pred in zip(golds, preds, strict=True):
        scorer.score_quotes(gold, pred, tally)
    result: dict[str, float] = scorer.summarize(tally)
    return result


def _kind_rule(quote: dict[str, Any]) -> str:
    rule = str(quote.get("rule") or "")
    return rule.rsplit("/", 1)[-1] if "/" in rule else rule or "-"


def misses(scorer: Any, gold: dict[str, Any], pred: dict[str, Any], tally: Counter[str]) -> None:
    """Count newsparse's misses on one document, by kind (see the module docstring)."""
    text: str = gold["text"]
    quotes = [q for q in pred.get("quotes") or [] if "start" in q]
    spoken = [q for q in quotes if q["kind"] in ("direct", "partial")]
    unspoken = [q for q in quotes if q["kind"] not in ("direct", "partial")]
    gold_direct = [g for g in gold["quotes"] if g["direct"]]
    cores = [scorer.quoted_ink(text, g) for g in gold_direct]
    gold_chars: set[int] = set().union(*cores) if cores else set()
    reported: set[int] = set()
    for g in gold["quotes"]:
        if not g["direct"]:
            for s, e in g["content"]:
                reported |= scorer.ink(text, s, e)
    ink = [scorer.ink(text, q["start"], q["end"]) for q in spoken]
    spoken_chars: set[int] = set().union(*ink) if ink else set()
    other_ink = [scorer.ink(text, q["start"], q["end"]) for q in unspoken]
    other_chars: set[int] = set().union(*other_ink) if other_ink else set()
    for core in cores:
        if not core:
            continue
        if len(core & spoken_chars) < 0.5 * len(core):
            called = len(core & other_chars) >= 0.5 * len(core)
            tally["not found: called other or indirect" if called else "not found: no quote"] += 1
            continue
        near: set[int] = set().union(*[c for c in ink if c & core])
        if near != core:
            side = "over" if near > core else "under" if near < core else "both"
            tally[f"boundary: {side}"] += 1
    for q, chars in zip(spoken, ink, strict=True):
        if not chars or len(chars & gold_chars) >= 0.5 * len(chars):
            continue
        where = (
            "inside gold reported speech"
            if len(chars & reported) >= 0.5 * len(chars)
            else "outside gold attributions"
        )
        mark = (q.get("open_mark") or {}).get("text") or "no opening mark"
        tally[f"not annotated: {where}"] += 1
        tally[f"not annotated: {where}, {q['kind']}/{_kind_rule(q)} in {mark}"] += 1


def without_doubled_reported(
    scorer: Any, gold: dict[str, Any], pred: dict[str, Any]
) -> dict[str, Any]:
    """``pred`` without its ``''…''`` quotes that lie in content the gold calls reported
    speech: the gold calls a ``''…''`` fragment direct only when its content starts and
    ends with the marks, so a partial quote in the middle of a sentence (They ''had
    chemistry,'' he said) is reported speech there, while the same sentence in “…” is a
    direct quote. A diagnostic row, not a prediction anyone could make without the gold."""
    text: str = gold["text"]
    reported: set[int] = set()
    for g in gold["quotes"]:
        if not g["direct"]:
            for s, e in g["content"]:
                reported |= scorer.ink(text, s, e)
    kept = []
    for q in pred.get("quotes") or []:
        mark = (q.get("open_mark") or {}).get("text")
        chars = scorer.ink(text, q["start"], q["end"]) if "start" in q else set()
        if mark == "''" and chars and len(chars & reported) >= 0.5 * len(chars):
            continue
        kept.append(q)
    return {**pred, "quotes": kept}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--eval", type=Path, default=DEFAULT_EVAL, help="folder of gold files")
    parser.add_argument("--only", nargs="*", default=None, help="gold file names to run")
    args = parser.parse_args(argv)
    score_py = args.eval / "score.py"
    if not score_py.is_file():
        print(f"no scorer at {score_py}: nothing to measure")
        return 0
    scorer = _scorer(score_py)
    if not hasattr(scorer, "quoted_ink"):
        print(f"{score_py} predates quoted words (2026-12-03): nothing to measure")
        return 0
    shown = 0
    for path in sorted(args.eval.glob("polnear-*.jsonl")):
        if args.only and path.stem not in args.only and path.name not in args.only:
            continue
        with path.open(encoding="utf-8") as f:
            golds = [json.loads(line) for line in f if line.strip()]
        golds = [g for g in golds if g.get("quotes") is not None]
        ours = [parse(g["text"]).to_dict() for g in golds]
        ceiling = [{"quotes": ceiling_quotes(scorer, g)} for g in golds]
        rows = {
            "ceiling (gold quoted words)": _score(scorer, golds, ceiling),
            "newsparse": _score(scorer, golds, ours),
            "newsparse, '' in gold reported speech out": _score(
                scorer,
                golds,
                [without_doubled_reported(scorer, g, p) for g, p in zip(golds, ours, strict=True)],
            ),
        }
        tally: Counter[str] = Counter()
        for gold, pred in zip(golds, ours, strict=True):
            misses(scorer, gold, pred, tally)
        width = max(len(k) for k in rows) + 2
        print(path.stem)
        print(" " * width + "".join(f"{m:>15}" for m in METRICS))
        for label, result in rows.items():
            cells = "".join(f"{result.get(m, float('nan')):>15.3f}" for m in METRICS)
            print(f"{label:<{width}}{cells}")
        print("newsparse's misses:")
        for key in sorted(tally, key=lambda k: (k.split(",")[0], -tally[k], k)):
            indent = "      " if "," in key else "  "
            print(f"{indent}{tally[key]:6d}  {key.split(', ', 1)[-1] if ',' in key else key}")
        print()
        shown += 1
    if not shown:
        print(f"no polnear gold in {args.eval}: nothing to measure")
    return 0


if __name__ == "__main__":
    sys.exit(main())
