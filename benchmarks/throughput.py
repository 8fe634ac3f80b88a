"""Throughput and memory of parse() and of each capability, against a regex baseline.

    python benchmarks/throughput.py [--eval DIR] [--quick] [--repeat N] [--workers]
                                    [--every-eval] [--compare REV
                                    [--new-python PYTHON] [--require-identical]]

Parses the texts of the gold files in ../shared/eval (or, when they are absent,
the bundled sample replicated), and prints for ``parse()`` and for each step
alone (given the earlier steps' results, so the steps add up to ``parse()``):
articles/s, MB/s (UTF-8) and the time as a multiple of a baseline measured in
the same run: one compiled-regex pass over the same texts. Peak traced memory
is measured in a separate pass (tracemalloc slows the code it traces) at half
and at all of the documents, to show that it does not grow with their number.
``--workers`` instead times ``newsparse.corpus.parse_records`` with one worker and with
every core, and prints the speed-up.  ``--compare REV`` runs git revision ``REV`` and the
working tree side by side, interleaved, and prints the ratio per step and how many
outputs are identical (``benchmarks/compare.py``); with ``--new-python PYTHON`` the new
side is the newsparse installed for ``PYTHON`` (the compiled build, ``docs/speed.md``), and
``--require-identical`` makes a differing output exit 1.  ``--every-eval`` reads every
gold file.  It prints figures; it asserts nothing about time.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import re
import sys
import time
import tracemalloc
from collections.abc import Callable
from importlib import resources
from pathlib import Path

from newsparse import attribute, find_quotes, parse, parse_dateline, split_sections
from newsparse.corpus import parse_records

HERE = Path(__file__).resolve().parent
DEFAULT_EVAL = HERE.parent.parent / "shared" / "eval"
BASELINE = re.compile(r"\w+|[\"“”‘’«»]")


def load_texts(eval_dir: Path, quick: bool, every: bool = False) -> tuple[list[str], str]:
    names = ["polnear-train.jsonl"] if quick else ["polnear-train.jsonl", "reuters-dev.jsonl"]
    if every:
        names = sorted(p.name for p in eval_dir.glob("*.jsonl"))
    texts: list[str] = []
    for name in names:
        path = eval_dir / name
        if path.exists():
            with path.open(encoding="utf-8") as handle:
                texts.extend(json.loads(line)["text"] for line in handle if line.strip())
    if texts:
        return texts, " + ".join(n for n in names if (eval_dir / n).exists())
    sample = (
        resources.files("newsparse.samples")
        .joinpath("harbour-strike.txt")
        .read_text(encoding="utf-8")
    )
    return [sample] * 2000, "bundled sample x 2000"


def timed(texts: list[str], fn: Callable[[int, str], object], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        for i, text in enumerate(texts):
            fn(i, text)
        best = min(best, time.perf_counter() - start)
    return best


def peak_memory(texts: list[str], fn: Callable[[int, str], object]) -> tuple[float, float]:
    """Peak traced MiB after half of the documents and after all of them."""
    half = len(texts) // 2
    tracemalloc.start()
    peaks = []
    for lo, hi in ((0, half), (half, len(texts))):
        for i in range(lo, hi):
            fn(i, texts[i])
        peaks.append(tracemalloc.get_traced_memory()[1] / 2**20)
    tracemalloc.stop()
    return peaks[0], peaks[1]


def workers(texts: list[str], megabytes: float, source: str) -> int:
    """Documents and MB a second through ``parse_records`` with 1 worker and with every
    core, in one run, and the ratio (the cores' speed-up)."""
    records = [{"id": i, "text": t} for i, t in enumerate(texts)]
    cores = os.cpu_count() or 1
    print(f"texts: {len(texts)} documents, {megabytes:.2f} MB UTF-8 ({source}); {cores} cores")
    print(f"{'workers':10}{'seconds':>10}{'docs/s':>10}{'MB/s':>9}")
    seconds = {}
    for count in (1, cores):
        start = time.perf_counter()
        for _ in parse_records(records, workers=count):
            pass
        seconds[count] = time.perf_counter() - start
        rate = len(texts) / seconds[count]
        print(f"{count:<10}{seconds[count]:10.2f}{rate:10.0f}{megabytes / seconds[count]:9.2f}")
    print(f"speed-up with {cores} workers: {seconds[1] / seconds[cores]:.2f}x")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--eval", type=Path, default=DEFAULT_EVAL)
    parser.add_argument("--quick", action="store_true", help="polnear-train only, fewer repeats")
    parser.add_argument("--repeat", type=int, default=None, help="best of N timed runs")
    parser.add_argument(
        "--workers",
        action="store_true",
        help="parse_records with one worker and with every core, and the speed-up",
    )
    parser.add_argument(
        "--compare",
        metavar="REV",
        default=None,
        help="time git revision REV against the working tree, interleaved, as a ratio",
    )
    parser.add_argument(
        "--new-python",
        metavar="PYTHON",
        default=None,
        help="with --compare: the new side is the newsparse installed for PYTHON "
        "(a compiled build), not the working tree",
    )
    parser.add_argument(
        "--every-eval",
        action="store_true",
        help="the texts of every gold file in --eval (for --compare's output count)",
    )
    parser.add_argument(
        "--require-identical",
        action="store_true",
        help="with --compare: exit 1 when any output differs",
    )
    args = parser.parse_args(argv)
    if (args.new_python or args.require_identical) and not args.compare:
        parser.error("--new-python and --require-identical need --compare REV")
    repeat = args.repeat or (1 if args.quick else 3)

    texts, source = load_texts(args.eval, args.quick, args.every_eval)
    megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    if args.workers:
        return workers(texts, megabytes, source)
    if args.compare:
        sys.path.insert(0, str(HERE))
        from compare import compare

        return compare(
            args.compare,
            texts,
            megabytes,
            source,
            repeat,
            new_python=args.new_python,
            require_identical=args.require_identical,
        )
    layouts = [split_sections(t) for t in texts]
    found = [find_quotes(t, layout=lay) for t, lay in zip(texts, layouts, strict=True)]

    steps: list[tuple[str, Callable[[int, str], object]]] = [
        ("baseline: one regex pass", lambda i, t: BASELINE.findall(t)),
        ("parse()", lambda i, t: parse(t)),
        ("split_sections", lambda i, t: split_sections(t)),
        ("parse_dateline (given layout)", lambda i, t: parse_dateline(t, layout=layouts[i])),
        ("find_quotes (given layout)", lambda i, t: find_quotes(t, layout=layouts[i])),
        (
            "attribute (given quotes)",
            lambda i, t: attribute(t, found[i], layout=layouts[i]),
        ),
    ]
    print(f"texts: {len(texts)} documents, {megabytes:.2f} MB UTF-8 ({source}); best of {repeat}")
    header = f"{'step':32}{'articles/s':>12}{'MB/s':>9}{'x baseline':>12}{'peak MiB half/all':>20}"
    print(header)
    baseline = None
    for name, fn in steps:
        seconds = timed(texts, fn, repeat)
        if baseline is None:
            baseline = seconds
        half, whole = peak_memory(texts, fn)
        print(
            f"{name:32}{len(texts) / seconds:12.0f}{megabytes / seconds:9.2f}"
            f"{seconds / baseline:12.1f}{half:10.1f} /{whole:7.1f}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
