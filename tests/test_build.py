"""The two builds: pure Python and compiled with mypyc (``docs/speed.md``).

Both must give the same output (CI compares them on every evaluation text); these tests
check that ``newsparse.COMPILED`` tells the truth, that the build hook compiles exactly
the modules ``COMPILED_MODULES`` names, and that no public function lives in one of
them (mypyc would check its argument types with its own, less helpful error).
"""

from __future__ import annotations

import importlib
import os
import subprocess
import sys
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

import pytest

import newsparse

ROOT = Path(__file__).resolve().parent.parent


def test_compiled_says_what_python_imports() -> None:
    for name in newsparse.COMPILED_MODULES:
        module = importlib.import_module(name)
        is_extension = str(module.__file__).endswith(tuple(EXTENSION_SUFFIXES))
        assert is_extension == newsparse.COMPILED, name


def test_the_build_ci_asked_for_is_the_one_installed() -> None:
    expected = os.environ.get("NEWSPARSE_EXPECT_COMPILED")
    if expected is None:
        pytest.skip("NEWSPARSE_EXPECT_COMPILED is not set (CI sets it for each build)")
    assert newsparse.COMPILED is (expected == "1")


def test_version_names_the_build() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "newsparse", "--version"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    build = "compiled with mypyc" if newsparse.COMPILED else "pure Python"
    assert out.strip() == f"newsparse {newsparse.__version__} ({build})"


def test_no_public_function_is_in_a_compiled_module() -> None:
    for name in newsparse.__all__:
        value = getattr(newsparse, name)
        assert getattr(value, "__module__", None) not in newsparse.COMPILED_MODULES, name


def test_the_build_hook_compiles_the_modules_named() -> None:
    tomllib = pytest.importorskip("tomllib")  # Python 3.11+
    source = ROOT / "src"
    if not source.is_dir():
        pytest.skip("no source tree here (the installed wheel is tested)")
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    hook = config["tool"]["hatch"]["build"]["targets"]["wheel"]["hooks"]["mypyc"]
    assert hook["enable-by-default"] is False
    files: set[Path] = set()
    for entry in hook["include"]:
        path = ROOT / entry
        files.update(path.rglob("*.py") if path.is_dir() else [path])
    files -= {ROOT / entry for entry in hook["exclude"]}
    names = {".".join(f.relative_to(source).with_suffix("").parts) for f in files}
    assert names == set(newsparse.COMPILED_MODULES)
