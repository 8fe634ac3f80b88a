"""Score newsparse on every gold file in ../shared/eval and check the floors.

    python benchmarks/accuracy.py [--eval DIR] [--only NAME ...] [--keep DIR]

Runs ``parse()`` over each ``*.jsonl`` gold file, writes the predictions in the
JSON shape the scorer reads, scores them with the scorer that ships beside the
gold (``score.py``), and prints one table: metrics as rows, files as columns.
Exits 1 when a metric falls below its floor (or above its ceiling) in
``benchmarks/floors.json``; exits 0 with a notice when the gold is absent.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from newsparse import parse

HERE = Path(__file__).resolve().parent
DEFAULT_EVAL = HERE.parent.parent / "shared" / "eval"


def predict(gold: Path, out: Path) -> int:
    count = 0
    with gold.open(encoding="utf-8") as src, out.open("w", encoding="utf-8") as dst:
        for line in src:
            if not line.strip():
                continue
            doc = json.loads(line)
            record = {"id": doc["id"]}
            record.update(parse(doc["text"]).to_dict())
            dst.write(json.dumps(record, ensure_ascii=False) + "\n")
            count += 1
    return count


def score(scorer: Path, gold: Path, pred: Path) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, str(scorer), str(gold), str(pred), "--json"],
        check=True,
        capture_output=True,
        text=True,
    )
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def check_floors(
    results: dict[str, dict[str, float]], floors: dict[str, dict[str, dict[str, float]]]
) -> list[str]:
    failures = []
    for name, metrics in floors.items():
        if name.startswith("_") or name not in results:
            continue
        for metric, bound in metrics.items():
            value = results[name].get(metric)
            if value is None:
                failures.append(f"{name}: {metric} missing from the scores")
                continue
            if "min" in bound and value < bound["min"]:
                failures.append(f"{name}: {metric} {value:.4f} below its floor {bound['min']}")
            if "max" in bound and value > bound["max"]:
                failures.append(f"{name}: {metric} {value:.4f} above its ceiling {bound['max']}")
    return failures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--eval", type=Path, default=DEFAULT_EVAL, help="folder of gold files")
    parser.add_argument("--only", nargs="*", default=None, help="gold file names to run")
    parser.add_argument("--keep", type=Path, default=None, help="keep predictions in this folder")
    parser.add_argument("--floors", type=Path, default=HERE / "floors.json")
    args = parser.parse_args(argv)

    scorer = args.eval / "score.py"
    golds = sorted(args.eval.glob("*.jsonl")) if args.eval.is_dir() else []
    if args.only:
        golds = [g for g in golds if g.name in args.only]
    if not golds or not scorer.exists():
        print(f"accuracy: no gold files or scorer in {args.eval}; nothing to score")
        return 0

    results: dict[str, dict[str, float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        out_dir = args.keep or Path(tmp)
        out_dir.mkdir(parents=True, exist_ok=True)
        for gold in golds:
            pred = out_dir / gold.name.replace(".jsonl", ".pred.jsonl")
            predict(gold, pred)
            results[gold.name] = score(scorer, gold, pred)

    floors = json.loads(args.floors.read_text()) if args.floors.exists() else {}
    metrics: list[str] = []
    for res in results.values():
        metrics.extend(m for m in res if m not in metrics)
    names = list(results)
    width = max(len(m) for m in metrics) + 2
    cols = [max(len(n), 8) + 2 for n in names]
    print("metric".ljust(width) + "".join(n.rjust(c) for n, c in zip(names, cols, strict=True)))
    for metric in metrics:
        row = metric.ljust(width)
        for name, col in zip(names, cols, strict=True):
            value = results[name].get(metric)
            if value is None:
                cell = "-"
            elif isinstance(value, float):
                bound = floors.get(name, {}).get(metric)
                mark = "*" if bound else ""
                cell = f"{value:.3f}{mark}"
            else:
                cell = str(value)
            row += cell.rjust(col)
        print(row)
    print("(* = metric has a floor or ceiling in benchmarks/floors.json)")
    failures = check_floors(results, floors)
    for failure in failures:
        print(f"FLOOR BROKEN: {failure}")
    if failures:
        return 1
    print("all floors hold")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
