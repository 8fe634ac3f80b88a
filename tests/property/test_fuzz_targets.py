"""The atheris harness's check, run without atheris on pseudo-random inputs (#6).

Like idna's ``tests/test_idna_fuzz_targets.py``: a few thousand inputs, half
random bytes and half the harness's seeds with bytes spliced in, so the
harness itself stays runnable and its invariants hold between fuzzing runs.
"""

from __future__ import annotations

import importlib.util
import random
from pathlib import Path
from types import ModuleType

import pytest

FUZZ = Path(__file__).resolve().parents[2] / "fuzz"
RUNS = 2000


def _harness() -> ModuleType:
    spec = importlib.util.spec_from_file_location("fuzz_parse", FUZZ / "fuzz_parse.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def harness() -> ModuleType:
    return _harness()


def _seeds() -> list[bytes]:
    return [p.read_bytes() for p in sorted((FUZZ / "seeds").iterdir())]


def _inputs(count: int, seed: int = 6) -> list[bytes]:
    rng = random.Random(seed)
    seeds = _seeds()
    interesting = [
        b"\n\n",
        b"\xe2\x80\x9c",
        b"\xe2\x80\x9d",
        b'"',
        b"(AP) \xe2\x80\x94 ",
        b"\xc2\xa0",
        b"\x02",
        b"\r\n",
    ]
    out: list[bytes] = []
    for i in range(count):
        if i % 2:
            out.append(rng.randbytes(rng.randrange(0, 300)))
            continue
        data = bytearray(rng.choice(seeds))
        for _ in range(rng.randrange(1, 8)):
            at = rng.randrange(0, len(data) + 1)
            piece = rng.choice(interesting) if rng.random() < 0.5 else rng.randbytes(3)
            if rng.random() < 0.3 and len(data) > at:
                del data[at : at + rng.randrange(1, 20)]
            else:
                data[at:at] = piece
        data[0] = rng.randrange(0, 4)  # every decoder
        out.append(bytes(data))
    return out


def test_seeds_pass(harness: ModuleType) -> None:
    for data in _seeds():
        harness.check(data)


def test_text_from_bytes_reaches_surrogates_and_controls(harness: ModuleType) -> None:
    assert "\udc80" in harness.text_from_bytes(b"\x00\x80")  # undecodable UTF-8
    assert harness.text_from_bytes(b"\x01\x00\xd8") == "\ud800"  # UTF-16 lone surrogate
    assert harness.text_from_bytes(b"\x02\x85\xa0") == "\x85\xa0"  # Latin-1 C1 and NBSP
    assert harness.text_from_bytes(b"") == ""


def test_check_fails_on_a_broken_invariant(harness: ModuleType, monkeypatch) -> None:
    """The harness must be able to fail: a parse() that loses an offset is caught."""
    import attrs

    from newsparse import Span

    real = harness.parse
    monkeypatch.setattr(
        harness, "parse", lambda text: attrs.evolve(real(text), headline=Span(0, len(text) + 1))
    )
    with pytest.raises(AssertionError, match="outside"):
        harness.check(b"\x00Title\n\nBody.")


def test_pseudo_random_inputs(harness: ModuleType) -> None:
    failures = []
    for data in _inputs(RUNS):
        try:
            harness.check(data)
        except Exception as exc:  # noqa: PERF203 - collect every failure
            failures.append(f"{harness.text_from_bytes(data)!r}: {type(exc).__name__}: {exc}")
    assert not failures, f"{len(failures)} of {RUNS} inputs failed:\n" + "\n".join(failures[:10])
