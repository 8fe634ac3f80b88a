"""How often is each attribution rule right?  Speaker and cue accuracy per rule, on the gold.

    python benchmarks/rules.py [--eval DIR] [--only NAME ...] [--errors RULE] [--limit N]

For every gold direct quote that newsparse finds (the scorer's test: its predictions cover at
least half of the quote's words), the prediction that covers most of its words is scored as
``score.py`` scores it: the speaker is right when the predicted mention overlaps the gold
source, the cue when it overlaps the gold cue.  The figures are grouped by the rule the
prediction reports (``Quote.attribution.rule``), with the mean ``confidence`` beside them, so a
user choosing a confidence threshold sees what each rule's answers are worth.  Quotes with no
attribution count under ``(none)``.  For reported speech (quotes of kind ``indirect``), each
rule's share of words that lie inside the gold's reported speech is printed as well.

``--errors RULE`` prints, for that rule, the quotes whose speaker or cue is wrong with the
sentence around them: for reading the misses, never for copying into the project.

Exits 0; it prints figures and asserts nothing.  The gold files are read from ``../shared/eval``
and skipped when absent.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

from newsparse import parse

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from quote_ceiling import _scorer  # noqa: E402  # the scorer beside the gold, loaded once

DEFAULT_EVAL = HERE.parent.parent / "shared" / "eval"
DEFAULT_FILES = ("polnear-train.jsonl", "polnear-dev.jsonl", "german-dev.jsonl")


def _agrees(sc: Any, predicted: Any, gold_spans: list[list[int]]) -> bool:
    """The scorer's test: the predicted span overlaps one of the gold spans."""
    span = sc.span_of(predicted)
    return bool(span and sc.overlaps(span, gold_spans))


class Row:
    """Counts for one rule."""

    def __init__(self) -> None:
        self.n = 0
        self.spk_n = 0
        self.spk_ok = 0
        self.cue_n = 0
        self.cue_ok = 0
        self.conf = 0.0


def _context(text: str, start: int, end: int, width: int = 160) -> str:
    left = max(0, start - width)
    return (text[left:start] + "[[" + text[start:end] + "]]" + text[end : end + 60]).replace(
        "\n", " / "
    )


def score_file(sc: Any, gold_path: Path, errors: str | None, limit: int) -> dict[str, Row]:
    rows: dict[str, Row] = defaultdict(Row)
    shown = 0
    for gold in sc.load(str(gold_path)).values():
        if not gold.get("quotes"):
            continue
        text = gold["text"]
        quotes = parse(text).to_dict()["quotes"]
        direct_p = [q for q in quotes if q.get("kind") not in ("indirect", "other")]
        pchars = [sc.ink(text, q["start"], q["end"]) for q in direct_p]
        pall = set().union(*pchars) if pchars else set()
        for g in gold["quotes"]:
            if not g["direct"]:
                continue
            c = sc.quoted_ink(text, g)
            if not c or len(c & pall) < 0.5 * len(c):
                continue
            best = max(direct_p, key=lambda q: len(sc.ink(text, q["start"], q["end"]) & c))
            rule = best.get("attribution_rule") or "(none)"
            row = rows[rule]
            row.n += 1
            row.conf += float(best.get("confidence") or 0.0)
            spk_bad = cue_bad = False
            if g["source"]:
                row.spk_n += 1
                spk_bad = not _agrees(sc, best.get("speaker"), g["source"])
                row.spk_ok += not spk_bad
            if g["cue"]:
                row.cue_n += 1
                cue_bad = not _agrees(sc, best.get("cue"), g["cue"])
                row.cue_ok += not cue_bad
            if errors == rule and (spk_bad or cue_bad) and shown < limit:
                shown += 1
                spk = (best.get("speaker") or {}).get("text")
                cue = (best.get("cue") or {}).get("text")
                gs = " | ".join(text[s:e] for s, e in g["source"])
                gc = " | ".join(text[s:e] for s, e in g["cue"])
                print(f"--- {gold['id']}: speaker {spk!r} (gold {gs!r}), cue {cue!r} (gold {gc!r})")
                print("   ", _context(text, best["start"], best["end"]))
    return rows


def score_indirect(sc: Any, gold_path: Path) -> dict[str, list[int]]:
    """Per reported-speech rule: the characters it reports and how many of them lie in
    the gold's reported speech (the scorer's words, "that" left out), as
    ``[quotes, chars, chars in gold]``."""
    rows: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for gold in sc.load(str(gold_path)).values():
        if gold.get("quotes") is None:
            continue
        text = gold["text"]
        g_all: set[int] = set()
        for g in gold["quotes"]:
            if not g["direct"]:
                for s, e in g["content"]:
                    g_all |= sc.ink(text, *sc.no_that(text, s, e))
        for q in parse(text).to_dict()["quotes"]:
            if q.get("kind") != "indirect":
                continue
            chars = sc.ink(text, *sc.no_that(text, q["start"], q["end"]))
            row = rows[q.get("attribution_rule") or "(none)"]
            row[0] += 1
            row[1] += len(chars)
            row[2] += len(chars & g_all)
    return rows


def _ratio(ok: int, n: int) -> str:
    return f"{ok / n:.3f}" if n else "-"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--eval", type=Path, default=DEFAULT_EVAL, help="folder of gold files")
    parser.add_argument("--only", nargs="*", default=list(DEFAULT_FILES), help="gold file names")
    parser.add_argument("--errors", default=None, help="print the misses of this rule")
    parser.add_argument("--limit", type=int, default=40, help="at most this many misses")
    args = parser.parse_args(argv)
    scorer = args.eval / "score.py"
    if not scorer.exists():
        print(f"rules: no scorer in {args.eval}; nothing to score")
        return 0
    sc = _scorer(scorer)
    for name in args.only:
        path = args.eval / name
        if not path.exists():
            print(f"rules: {name} not in {args.eval}; skipped")
            continue
        rows = score_file(sc, path, args.errors, args.limit)
        total = sum(r.n for r in rows.values())
        print(f"\n{name}: {total} found gold direct quotes")
        print(f"{'rule':38} {'n':>5} {'share':>6} {'speaker':>8} {'cue':>6} {'conf':>5}")
        for rule, row in sorted(rows.items(), key=lambda kv: -kv[1].n):
            print(
                f"{rule:38} {row.n:5d} {row.n / total:6.1%} {_ratio(row.spk_ok, row.spk_n):>8}"
                f" {_ratio(row.cue_ok, row.cue_n):>6} {row.conf / row.n:5.2f}"
            )
        spk_ok = sum(r.spk_ok for r in rows.values())
        spk_n = sum(r.spk_n for r in rows.values())
        cue_ok = sum(r.cue_ok for r in rows.values())
        cue_n = sum(r.cue_n for r in rows.values())
        print(f"{'all':38} {total:5d} {'':6} {_ratio(spk_ok, spk_n):>8} {_ratio(cue_ok, cue_n):>6}")
        ind = score_indirect(sc, path)
        if ind:
            print(f"\n{name}: reported speech, the share of each rule's words in the gold's")
            print(f"{'rule':38} {'n':>5} {'chars':>7} {'in gold':>8}")
            for rule, (n, chars, hit) in sorted(ind.items(), key=lambda kv: -kv[1][1]):
                print(f"{rule:38} {n:5d} {chars:7d} {_ratio(hit, chars):>8}")
            n, chars, hit = (sum(r[k] for r in ind.values()) for k in range(3))
            print(
                f"{'all (nested quotes count twice)':38} {n:5d} {chars:7d} {_ratio(hit, chars):>8}"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
