"""How far can a quote extractor get on the PolNeAR gold?  Prints the ceiling beside newsparse.

    python benchmarks/quote_ceiling.py [--eval DIR] [--only NAME ...]

The gold's direct quotes are attribution *contents*: one content fragment can hold two quotes
and the reporter's words between them ("“duped” by “a con”"), or a lead-in without marks
("An ambassador's job, he said, should be to “…”"), and the scorer's ``quote_exact_r`` asks
the predicted words to equal everything from a fragment's first mark to its last.  A quote's
span, as newsparse defines it (and the scorer's README), is the words between one pair of
marks.  So this script builds the best predictions any such extractor could make, from the
gold itself: for every gold fragment, the words between its 1st and 2nd mark, its 3rd and 4th
and so on (an odd last mark runs to the fragment's end), and nothing for a fragment without
marks.  Those predictions hold no quote that the gold does not annotate, so their precision
is 1 and their ``quote_exact_r`` is the ceiling.

It also scores newsparse twice: as the scorer ships, and with kind ``other`` left out, which is
what the scorer's README says the scorer does (the shipped ``score.py`` counts it).
Exits 0; it prints figures and asserts nothing.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path
from typing import Any

from newsparse import parse

HERE = Path(__file__).resolve().parent
DEFAULT_EVAL = HERE.parent.parent / "shared" / "eval"
METRICS = ("quote_p", "quote_r", "quote_f1", "quote_exact_r")


def _scorer(path: Path) -> Any:
    spec = importlib.util.spec_from_file_location("newsparse_eval_score", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load the scorer {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def ceiling_quotes(doc: dict[str, Any], marks: set[str]) -> list[dict[str, Any]]:
    """The mark-to-mark spans inside the gold's direct content fragments."""
    text: str = doc["text"]
    quotes: list[dict[str, Any]] = []
    for gold in doc.get("quotes") or []:
        if not gold["direct"]:
            continue
        for start, end in gold["content"]:
            at = [i for i in range(start, end) if text[i] in marks]
            if len(at) == 1:  # the scorer's own reading of a fragment with one mark
                m = at[0]
                pairs = [(m + 1, end)] if m - start <= end - m else [(start, m)]
            else:
                pairs = [(a + 1, b) for a, b in zip(at[0::2], at[1::2], strict=False)]
                if len(at) % 2:
                    pairs.append((at[-1] + 1, end))
            quotes.extend({"start": a, "end": b, "kind": "direct"} for a, b in pairs)
    return quotes


def _score(
    scorer: Any, golds: list[dict[str, Any]], preds: list[dict[str, Any]]
) -> dict[str, float]:
    tally = scorer.Tally()
    for gold, pred in zip(golds, preds, strict=True):
        scorer.score_quotes(gold, pred, tally)
    result: dict[str, float] = scorer.summarize(tally)
    return result


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
    marks = set(scorer.MARKS)
    rows: dict[str, dict[str, dict[str, float]]] = {}
    for path in sorted(args.eval.glob("polnear-*.jsonl")):
        if args.only and path.stem not in args.only and path.name not in args.only:
            continue
        with path.open(encoding="utf-8") as f:
            golds = [json.loads(line) for line in f if line.strip()]
        golds = [g for g in golds if g.get("quotes") is not None]
        ours = [parse(g["text"]).to_dict() for g in golds]
        no_other = [{**p, "quotes": [q for q in p["quotes"] if q["kind"] != "other"]} for p in ours]
        ceiling = [{"quotes": ceiling_quotes(g, marks)} for g in golds]
        rows[path.stem] = {
            "ceiling (gold marks)": _score(scorer, golds, ceiling),
            "newsparse": _score(scorer, golds, ours),
            "newsparse, other left out": _score(scorer, golds, no_other),
        }
    if not rows:
        print(f"no polnear gold in {args.eval}: nothing to measure")
        return 0
    width = max(len(k) for r in rows.values() for k in r) + 2
    for name, table in rows.items():
        print(f"{name}")
        print(" " * width + "".join(f"{m:>15}" for m in METRICS))
        for label, result in table.items():
            cells = "".join(f"{result.get(m, float('nan')):>15.3f}" for m in METRICS)
            print(f"{label:<{width}}{cells}")
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
