"""Shared test set-up: hypothesis profiles and the location of the evaluation gold.

``HYPOTHESIS_PROFILE=ci`` (the default) keeps the suite quick with a hundred
examples a property; ``dev`` runs a thousand, ``thorough`` ten thousand.
"""

from __future__ import annotations

import os
from pathlib import Path

from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci",
    max_examples=100,
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile(
    "dev",
    max_examples=1_000,
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.register_profile(
    "thorough",
    max_examples=10_000,
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

#: The shared folder beside the checkout (``NEWSPARSE_SHARED`` names another, as CI does
#: when it runs the tests from a copy next to the installed wheel).
SHARED_DIR = Path(
    os.environ.get("NEWSPARSE_SHARED") or Path(__file__).resolve().parents[2] / "shared"
)
#: The evaluation gold, read in place when it is present (never copied).
EVAL_DIR = SHARED_DIR / "eval"
EXAMPLES_DIR = SHARED_DIR / "examples"


import gc  # noqa: E402
from collections.abc import Iterator  # noqa: E402
from typing import Any  # noqa: E402

import pytest  # noqa: E402


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "eval_corpus: reads every text of ../shared/eval (about 12,000 documents); "
        'deselect with -m "not eval_corpus" for a quick run',
    )


@pytest.fixture
def eval_dir() -> Path:
    """``../shared/eval`` beside the checkout; the test is skipped when it is absent."""
    if not EVAL_DIR.is_dir():
        pytest.skip("evaluation gold (../shared/eval) not present")
    return EVAL_DIR


@pytest.fixture
def seed_text() -> str:
    """The reference article from ``../shared/examples``; skipped when absent."""
    path = EXAMPLES_DIR / "putin-fox-interview.txt"
    if not path.exists():
        pytest.skip("reference article (../shared/examples) not present")
    return path.read_text(encoding="utf-8")


@pytest.fixture
def young_passes() -> Iterator[list[int]]:
    """Counts of CPython's collector passes per generation while the test runs,
    with the young generation's threshold at 700 objects (its default).

    A pass runs each time the objects the collector tracks (lists, class
    instances, tuples until a pass finds them atomic) grow by that threshold,
    so the count measures the tracked objects a call creates, whatever the
    machine's speed.
    """
    counts = [0, 0, 0]

    def count(phase: str, info: dict[str, Any]) -> None:
        if phase == "start":
            counts[info["generation"]] += 1

    saved = gc.get_threshold()
    gc.collect()
    gc.set_threshold(700, 10, 10)
    gc.callbacks.append(count)
    try:
        yield counts
    finally:
        gc.callbacks.remove(count)
        gc.set_threshold(*saved)
