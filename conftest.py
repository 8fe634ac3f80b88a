"""Import newsparse before pytest collects its modules' doctests.

pytest's ``importlib`` import mode (needed for the two ``test_quotes.py`` of
tests/ and tests/property/) imports each collected module of src/newsparse
afresh; a module that nothing had imported yet would then exist twice, and its
classes with it. Importing every module here first makes pytest reuse them.
"""

from __future__ import annotations

import importlib
import importlib.util
import pkgutil

import newsparse

for _module in pkgutil.walk_packages(newsparse.__path__, "newsparse."):
    if _module.name == "newsparse.__main__":
        continue  # running it would run the command
    if _module.name != "newsparse.strategies" or importlib.util.find_spec("hypothesis"):
        importlib.import_module(_module.name)


#: Pages and doctests that need the optional ``view`` extra (jinja2, matplotlib) are not
#: collected without it, so ``pip install -e ".[test]" && python -m pytest`` passes too.
collect_ignore: list[str] = []
if importlib.util.find_spec("jinja2") is None or importlib.util.find_spec("matplotlib") is None:
    collect_ignore += ["src/newsparse/view.py", "src/newsparse/report.py", "docs/view.md"]
