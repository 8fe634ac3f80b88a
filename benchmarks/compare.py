"""Two trees of newsparse on the same texts, interleaved: the ratio per step.

    python benchmarks/throughput.py --compare REV [--quick] [--repeat N]

Checks out the source of git revision ``REV`` (``git archive``, into a temporary folder)
and starts two worker processes, one importing newsparse from that revision and one from
this working tree.  The parent asks them in turn to run one step over all the texts and
report the seconds, alternating which goes first, ``--repeat`` rounds, and keeps each
side's best time.  Each step gets the earlier steps' results from its own tree, so the
steps add up to ``parse()``.  Because the two run side by side on the same machine at
the same time, the ratio ``old / new`` holds on a noisy shared machine where absolute
figures do not.

It also compares the output: ``parse(text).to_dict()`` from each tree, document by
document, and prints how many are identical (and the first that are not).  It prints
figures; it asserts nothing about time.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path
from typing import IO, Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

#: The code each worker runs: read the texts, then answer commands on stdin.
WORKER = r"""
import gc, hashlib, json, sys, time
from newsparse import attribute, find_quotes, parse, parse_dateline, split_sections

texts = json.load(open(sys.argv[1], encoding="utf-8"))
layouts = [split_sections(t) for t in texts]
found = [find_quotes(t, layout=l) for t, l in zip(texts, layouts)]
# one article of about a megabyte: the texts in order, as paragraphs, until 1 MB
parts, size = [], 0
for t in texts:
    if size >= 1_000_000:
        break
    parts.append(t)
    size += len(t.encode("utf-8")) + 2
big = ["\n\n".join(parts)]
steps = {
    "parse()": (texts, lambda i, t: parse(t)),
    "split_sections": (texts, lambda i, t: split_sections(t)),
    "parse_dateline": (texts, lambda i, t: parse_dateline(t, layout=layouts[i])),
    "find_quotes": (texts, lambda i, t: find_quotes(t, layout=layouts[i])),
    "attribute": (texts, lambda i, t: attribute(t, found[i], layout=layouts[i])),
    "parse(1 MB article)": (big, lambda i, t: parse(t)),
}
import newsparse
build = "compiled with mypyc" if getattr(newsparse, "COMPILED", False) else "pure Python"
print(json.dumps({"ready": True, "build": build}), flush=True)
for line in sys.stdin:
    cmd = json.loads(line)
    if cmd["op"] == "time":
        items, fn = steps[cmd["step"]]
        gc.collect()
        start = time.perf_counter()
        for i, t in enumerate(items):
            fn(i, t)
        print(json.dumps({"seconds": time.perf_counter() - start}), flush=True)
    elif cmd["op"] == "digests":
        out = []
        for t in texts:
            d = parse(t).to_dict()
            d.pop("lang", None)  # a key older trees do not write
            out.append(hashlib.sha256(json.dumps(d, sort_keys=True).encode()).hexdigest())
        print(json.dumps({"digests": out}), flush=True)
    elif cmd["op"] == "quit":
        break
"""

STEPS = ("parse()", "split_sections", "parse_dateline", "find_quotes", "attribute")
#: Steps timed on one article made of the texts in order (about 1 MB; fewer when the
#: texts hold less): its seconds are the article's, not the corpus's.
ARTICLE_STEPS = ("parse(1 MB article)",)


def _export(rev: str, dest: Path) -> Path:
    """The ``src`` folder of revision ``rev``, extracted under ``dest``."""
    archive = dest / "rev.tar"
    with archive.open("wb") as out:
        subprocess.run(["git", "-C", str(ROOT), "archive", rev, "src"], check=True, stdout=out)
    with tarfile.open(archive) as tar:
        tar.extractall(dest, filter="data")
    return dest / "src"


class _Worker:
    """One worker process importing newsparse from ``src``, or, when ``src`` is
    ``None``, the newsparse installed for ``python``."""

    def __init__(self, src: Path | None, texts_file: Path, python: str = sys.executable) -> None:
        env = dict(os.environ)
        env.pop("PYTHONPATH", None)
        if src is not None:
            env["PYTHONPATH"] = str(src)
        self.proc = subprocess.Popen(
            [python, "-c", WORKER, str(texts_file)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=env,
            cwd=texts_file.parent,  # no newsparse folder in the way of the one wanted
        )
        self.build = str(self._read()["build"])

    def _read(self) -> dict[str, Any]:
        out: IO[str] | None = self.proc.stdout
        if out is None:
            raise SystemExit("compare: a worker has no stdout")
        line = out.readline()
        if not line:
            raise SystemExit("compare: a worker stopped; see the error above")
        data: dict[str, Any] = json.loads(line)
        return data

    def ask(self, **cmd: str) -> dict[str, Any]:
        if self.proc.stdin is None:
            raise SystemExit("compare: a worker has no stdin")
        self.proc.stdin.write(json.dumps(cmd) + "\n")
        self.proc.stdin.flush()
        return self._read()

    def close(self) -> None:
        if self.proc.stdin is not None:
            self.proc.stdin.write(json.dumps({"op": "quit"}) + "\n")
            self.proc.stdin.close()
        self.proc.wait(timeout=60)


def compare(
    rev: str,
    texts: list[str],
    megabytes: float,
    source: str,
    repeat: int,
    new_python: str | None = None,
    require_identical: bool = False,
) -> int:
    """Print the ratio old/new per step and how many outputs are identical.

    ``new_python``: the new side is the newsparse installed for that interpreter (a
    compiled build, say) instead of this working tree.  ``require_identical``: return 1
    when any output differs."""
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        old_src = _export(rev, tmp_path)
        texts_file = tmp_path / "texts.json"
        texts_file.write_text(json.dumps(texts), encoding="utf-8")
        old = _Worker(old_src, texts_file)
        if new_python is None:
            new = _Worker(ROOT / "src", texts_file)
        else:
            new = _Worker(None, texts_file, new_python)
        try:
            steps = STEPS + ARTICLE_STEPS
            best = {(side, step): float("inf") for side in ("old", "new") for step in steps}
            for rnd in range(repeat):
                for step in steps:
                    order = [("old", old), ("new", new)]
                    if (rnd + steps.index(step)) % 2:
                        order.reverse()
                    for side, worker in order:
                        seconds = float(worker.ask(op="time", step=step)["seconds"])
                        best[side, step] = min(best[side, step], seconds)
            old_digests = old.ask(op="digests")["digests"]
            new_digests = new.ask(op="digests")["digests"]
        finally:
            old.close()
            new.close()
    print(f"texts: {len(texts)} documents, {megabytes:.2f} MB UTF-8 ({source})")
    where = "the working tree" if new_python is None else f"newsparse installed for {new_python}"
    print(f"old: {rev} ({old.build}); new: {where} ({new.build}); best of {repeat}, interleaved")
    print(f"{'step':18}{'old s':>9}{'new s':>9}{'old MB/s':>10}{'new MB/s':>10}{'old/new':>9}")
    for step in STEPS:
        o, n = best["old", step], best["new", step]
        print(f"{step:18}{o:9.2f}{n:9.2f}{megabytes / o:10.2f}{megabytes / n:10.2f}{o / n:9.2f}")
    for step in ARTICLE_STEPS:
        o, n = best["old", step], best["new", step]
        print(f"{step:21}{o:6.2f}{n:9.2f}{'':20}{o / n:9.2f}  (seconds for the one article)")
    same = sum(a == b for a, b in zip(old_digests, new_digests, strict=True))
    print(f"output identical (parse().to_dict(), lang left out): {same} of {len(texts)}")
    differ = [i for i, (a, b) in enumerate(zip(old_digests, new_digests, strict=True)) if a != b]
    if differ:
        print(f"first documents that differ (index): {differ[:10]}")
    return 1 if differ and require_identical else 0
