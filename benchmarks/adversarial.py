"""Linear time on adversarial inputs: parse() at size n and 10n, and the ratio (#6).

    python benchmarks/adversarial.py [--scale S] [--limit 12] [--timeout 120]

Each case builds an input of size n and of size 10n and times ``parse()`` and
each of its steps on both: CPU time of the process (so other load on the
machine does not count), with the cyclic garbage collector paused, best of a
few runs, each in a child process so a runaway case is stopped after
``--timeout`` seconds.  A linear parser takes
about 10x as long on 10n; the benchmark exits non-zero when any case's
``t(10n) / t(n)`` exceeds ``--limit`` (12 by default), and names the step
(``split_sections``, ``parse_dateline``, ``find_quotes``, ``attribute``...)
whose time grew most.  ``--scale`` multiplies every n (0.1 for a quick look).

Cases (the 10n size in brackets):

* ``alternating-marks``: straight and curly quote marks, alternating [10^5 marks]
* ``no-newline``: wire sentences with quotes and dashes, no line break [1 MB]
* ``nested``: brackets and quote marks nested deep, then closed [10^4 levels]
* ``one-char-paragraphs``: ``x`` paragraphs separated by blank lines [10^5]
* ``one-word``: a single upper-case word [1 MB]
* ``dateline-paragraphs``: paragraphs that each start like a dateline [10^4]
* ``dateline-lead``: one lead paragraph of place-like words joined by ``/`` and ``, `` [10^4]
* ``one-sentence-quotes``: one sentence of quoted fragments and appositives, no period [10^4]
* ``one-sentence-sources``: one sentence of clauses each credited ``according to`` a source [10^4]
* ``one-sentence-fragments``: one title-case sentence of quoted fragments [10^4 pairs]
* ``one-surname-people``: different people of one last name, each quoted, then "Mrs."
  [2,000 people]
"""

from __future__ import annotations

import argparse
import gc
import multiprocessing as mp
import sys
import time
from collections.abc import Callable

from newsparse import attribute, find_credited_source, find_quotes, parse_dateline, split_sections

SENTENCE = 'The minister said \u201cwe are ready \u2014 really,\u201d and then -- "no" -- left. '


OPENERS = "([{\u201c\u2018\u00ab\"'"
CLOSERS = ")]}\u201d\u2019\u00bb\"'"


def _fit(piece: str, size: int) -> str:
    return (piece * (size // len(piece) + 1))[:size]


def _given(i: int) -> str:
    """A different made-up given name for each ``i`` ("Anaa", "Anba", …)."""
    return "An" + "".join(chr(97 + i // 26**p % 26) for p in range(3))


#: name -> (builder of the input for a size, n, description of the size unit)
CASES: dict[str, tuple[Callable[[int], str], int, str]] = {
    "alternating-marks": (lambda k: _fit('\u201c"', k), 10_000, "marks"),
    "no-newline": (lambda k: "Headline\n\n" + _fit(SENTENCE, k), 100_000, "chars"),
    "nested": (lambda k: _fit(OPENERS, k) + "x" + _fit(CLOSERS, k)[::-1], 1_000, "levels"),
    "one-char-paragraphs": (lambda k: "x\n\n" * k, 10_000, "paragraphs"),
    "one-word": (lambda k: "A" * k, 100_000, "chars"),
    "dateline-paragraphs": (
        lambda k: "Headline\n\n" + "MOSCOW, Oct. 5 (Reuters) - said \u201cx\u201d\n\n" * k,
        1_000,
        "paragraphs",
    ),
    "one-sentence-quotes": (
        lambda k: "Headline\n\n" + "\u201cx,\u201d Ann Roe, the pollster, " * k + "said.",
        1_000,
        "quotes",
    ),
    "dateline-lead": (
        lambda k: "Headline\n\n" + "NEW YORK/SAN JUAN, Puerto Rico, " * k + "(AP) \u2014 x",
        1_000,
        "place groups",
    ),
    "one-sentence-sources": (
        lambda k: (
            "Headline\n\n" + "Lee leads by 27 points, according to a new count, and " * k + "x."
        ),
        1_000,
        "sources",
    ),
    "one-sentence-fragments": (
        lambda k: (
            "Headline\n\n"
            + "Lee Tweeted That She Was \u201ca con\u201d and urged fans to \u201csee\u201d " * k
            + "x."
        ),
        1_000,
        "fragment pairs",
    ),
    "one-surname-people": (
        lambda k: (
            "Headline\n\n"
            + " ".join(
                f"\u201cWe won,\u201d {_given(i)} Smith said. \u201cYes,\u201d Mrs. Smith said."
                for i in range(k)
            )
        ),
        200,
        "people",
    ),
    "german-one-sentence-series": (
        lambda k: "Streik\n\n" + "Von \u201ea\u201c oder \u201eb\u201c sprechen " * k + "x.",
        1_000,
        "series",
    ),
}


def _time_steps(text: str, repeat: int) -> dict[str, float]:
    """Best-of-``repeat`` seconds for each step of parse() and for the whole."""
    best: dict[str, float] = {}
    clock = time.process_time  # CPU time of this process: other load on the machine is left out
    for _ in range(repeat):
        gc.collect()
        gc.disable()  # the cyclic collector's pauses are noise here, not the parser's growth
        t0 = clock()
        layout = split_sections(text)
        t1 = clock()
        parse_dateline(text, layout=layout)
        t2 = clock()
        find_credited_source(text, layout=layout)
        t3 = clock()
        quotes = find_quotes(text, layout=layout)
        t4 = clock()
        attribute(text, quotes, layout=layout)
        t5 = clock()
        gc.enable()
        times = {
            "split_sections": t1 - t0,
            "parse_dateline": t2 - t1,
            "find_credited_source": t3 - t2,
            "find_quotes": t4 - t3,
            "attribute": t5 - t4,
            "parse": t5 - t0,
        }
        for key, value in times.items():
            best[key] = min(best.get(key, value), value)
    return best


def _child(name: str, size: int, repeat: int, out: mp.Queue[dict[str, float]]) -> None:
    out.put(_time_steps(CASES[name][0](size), repeat))


def measure(name: str, size: int, repeat: int, timeout: float) -> dict[str, float] | None:
    """Step times for case ``name`` at ``size``, or ``None`` when it ran past ``timeout``."""
    queue: mp.Queue[dict[str, float]] = mp.Queue()
    proc = mp.Process(target=_child, args=(name, size, repeat, queue))
    proc.start()
    try:
        return queue.get(timeout=timeout)
    except Exception:
        return None
    finally:
        proc.join(1)
        if proc.is_alive():
            proc.terminate()
            proc.join()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0, help="multiply every n")
    parser.add_argument("--limit", type=float, default=12.0, help="largest t(10n)/t(n)")
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds per measurement")
    parser.add_argument("--only", action="append", choices=sorted(CASES), help="run these cases")
    args = parser.parse_args(argv)

    print(f"{'case':<22}{'n':>9}{'t(n) s':>10}{'t(10n) s':>10}{'ratio':>8}  slowest-growing step")
    worst = 0.0
    for name in args.only or list(CASES):
        build, n, unit = CASES[name]
        n = max(1, int(n * args.scale))
        small = measure(name, n, 5, args.timeout)
        large = measure(name, 10 * n, 3, args.timeout)
        if small is None or large is None:
            print(f"{name:<22}{n:>9}  timed out after {args.timeout:.0f} s (not linear)")
            worst = float("inf")
            continue
        ratio = large["parse"] / max(small["parse"], 1e-9)
        steps = {k: large[k] / max(small[k], 1e-6) for k in large if k != "parse"}
        # The step that dominates the large run and grew the most.
        step = max(steps, key=lambda k: (large[k] >= 0.1 * large["parse"], steps[k]))
        flag = "  <-- over the limit" if ratio > args.limit else ""
        print(
            f"{name:<22}{n:>9}{small['parse']:>10.4f}{large['parse']:>10.4f}{ratio:>8.1f}"
            f"  {step} x{steps[step]:.1f} ({len(build(n))} chars at n, {unit}){flag}"
        )
        worst = max(worst, ratio)
    print(f"worst ratio: {worst:.1f} (limit {args.limit:g})")
    return 1 if worst > args.limit else 0


if __name__ == "__main__":
    sys.exit(main())
