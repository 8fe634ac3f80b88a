"""Atheris harness: ``parse()`` must return for any text and keep every span valid (#6).

Run it (atheris is a development tool, not a dependency of newsparse)::

    pip install atheris
    mkdir -p fuzz/corpus
    python fuzz/fuzz_parse.py fuzz/corpus fuzz/seeds -dict=fuzz/newsparse.dict \\
        -max_len=1024 -timeout=20 -atheris_runs=1000000

``NEWSPARSE_FUZZ_NO_COVERAGE=1`` skips the coverage instrumentation: about four
times as many inputs a second, mutated from the corpus without coverage
guidance (for long runs after a guided one has grown the corpus).

With ``NEWSPARSE_FUZZ_KEEP_GOING=DIR`` set, a failing input does not stop the
run: its bytes and traceback go to ``DIR`` (one file per distinct failure site)
and fuzzing goes on, so one long unattended run reports every distinct crash.

The same :func:`check` runs without atheris in the test suite
(``tests/property/test_fuzz_targets.py``) on a few thousand pseudo-random inputs.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import traceback
from pathlib import Path

if __name__ == "__main__" and not os.environ.get("NEWSPARSE_FUZZ_NO_COVERAGE"):
    import atheris  # coverage for newsparse only, not for nltk and the rest

    with atheris.instrument_imports(include=["newsparse"]):
        from newsparse import find_quotes, parse, split_sections
        from newsparse.strategies import span_violations
else:
    from newsparse import find_quotes, parse, split_sections
    from newsparse.strategies import span_violations

#: The first byte picks how the rest becomes text, so the fuzzer reaches every
#: kind of str: UTF-8 with undecodable bytes as lone surrogates (U+DC80..U+DCFF),
#: UTF-16 code units (any BMP character, lone surrogates included), Latin-1
#: (C1 controls, NBSP, soft hyphen) and cp1252 mojibake.
_DECODERS = (
    lambda b: b.decode("utf-8", "surrogateescape"),
    lambda b: b[: len(b) // 2 * 2].decode("utf-16-le", "surrogatepass"),
    lambda b: b.decode("latin-1"),
    lambda b: b.decode("cp1252", "replace"),
)


def text_from_bytes(data: bytes) -> str:
    """The text a fuzzer input stands for.

    >>> text_from_bytes(b"\\x00MOSCOW \\xe2\\x80\\x94 x")
    'MOSCOW — x'
    """
    if not data:
        return ""
    return _DECODERS[data[0] % len(_DECODERS)](data[1:])


def check(data: bytes) -> None:
    """Parse the text ``data`` stands for; raise if anything breaks an invariant.

    One input in sixteen also runs the steps alone and checks that they agree
    with ``parse()`` (kept rare: it triples the cost of an input).
    """
    text = text_from_bytes(data)
    article = parse(text)
    problems = span_violations(article, text)
    if problems:
        raise AssertionError(f"span violations for {text!r}:\n" + "\n".join(problems))
    out = article.to_dict()
    if json.loads(json.dumps(out)) != out:
        raise AssertionError(f"to_dict is not plain JSON for {text!r}")
    if len(data) % 16 == 1:
        layout = split_sections(text)
        if layout.sections != article.sections or layout.headline != article.headline:
            raise AssertionError(f"split_sections differs from parse() for {text!r}")
        quotes = find_quotes(text, layout=layout)
        problems = span_violations(quotes, text)
        if problems:
            raise AssertionError(
                f"find_quotes span violations for {text!r}:\n" + "\n".join(problems)
            )


def _keep_going(folder: Path) -> object:
    """``check`` that records failures in ``folder`` instead of stopping the fuzzer."""

    def run(data: bytes) -> None:
        try:
            check(data)
        except Exception as exc:
            frames = traceback.extract_tb(exc.__traceback__)
            site = f"{type(exc).__name__} {frames[-1].filename}:{frames[-1].lineno}"
            if isinstance(exc, AssertionError):
                site += " " + str(exc).splitlines()[-1].split(":")[0]
            name = hashlib.sha1(site.encode()).hexdigest()[:12]
            target = folder / f"{name}.txt"
            if not target.exists():
                folder.mkdir(parents=True, exist_ok=True)
                (folder / f"{name}.bin").write_bytes(data)
                target.write_text(
                    f"site: {site}\ntext: {text_from_bytes(data)!r}\n\n"
                    + "".join(traceback.format_exception(exc)),
                    encoding="utf-8",
                    errors="backslashreplace",
                )

    return run


def main() -> None:
    import atheris  # only here: the test suite imports check() without it

    keep = os.environ.get("NEWSPARSE_FUZZ_KEEP_GOING")
    atheris.Setup(sys.argv, _keep_going(Path(keep)) if keep else check)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
