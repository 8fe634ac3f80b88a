"""Import only what is used: ``import newsparse`` and the command's ``--version`` and
``--help`` load none of the parsing modules, and every public name still loads."""

from __future__ import annotations

import subprocess
import sys

import newsparse

HEAVY = ("newsparse.pipeline", "newsparse.attribution", "newsparse.quotes", "nltk", "regex")


def _loaded_after(code: str) -> set[str]:
    probe = code + "\nimport sys\nprint('\\n'.join(sorted(sys.modules)))"
    out = subprocess.run(
        [sys.executable, "-c", probe], check=True, capture_output=True, text=True
    ).stdout
    return set(out.split())


def test_import_newsparse_loads_no_parsing_module() -> None:
    loaded = _loaded_after("import newsparse")
    assert not loaded & set(HEAVY)


def test_version_and_help_load_no_parsing_module() -> None:
    for flag in ("--version", "--help"):
        code = (
            f"import sys\nfrom newsparse.cli import main\nsys.argv = ['newsparse', '{flag}']\n"
            "try:\n    main()\nexcept SystemExit:\n    pass"
        )
        loaded = _loaded_after(code)
        assert not loaded & set(HEAVY), flag


def test_every_public_name_loads_from_the_package() -> None:
    for name in newsparse.__all__:
        assert getattr(newsparse, name) is not None
    assert set(newsparse.__all__) <= set(dir(newsparse))


def test_an_unknown_name_is_an_attribute_error() -> None:
    try:
        newsparse.no_such_name  # type: ignore[attr-defined]  # noqa: B018
    except AttributeError as error:
        assert "no_such_name" in str(error)
    else:
        raise AssertionError("no AttributeError")
