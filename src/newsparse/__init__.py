"""newsparse: raw news wire copy in, spans you can trust out.

>>> from newsparse import parse
>>> text = "Putin Speaks\\n\\nMOSCOW - He spoke."
>>> article = parse(text)
>>> article.headline.of(text)
'Putin Speaks'

The pure functions :func:`split_sections`, :func:`parse_dateline`,
:func:`find_quotes` and :func:`attribute` are what :func:`parse` combines.
"""

import importlib
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the names below, for type checkers; at run time they load on first use
    from newsparse.attribution import attribute
    from newsparse.datelines import find_credited_source, parse_dateline
    from newsparse.errors import NewsparseError
    from newsparse.languages import LANGUAGES, detect_language
    from newsparse.pipeline import parse
    from newsparse.quotes import find_quotes
    from newsparse.records import (
        Article,
        Attribution,
        Cue,
        Dateline,
        Diagnostic,
        Layout,
        Mention,
        Quote,
        QuoteKind,
        Section,
    )
    from newsparse.sections import split_sections
    from newsparse.spans import Span

__version__ = "0.2.0"

#: The modules a compiled build (mypyc, ``docs/speed.md``) ships as extension modules
#: beside their ``.py`` source: the attribution rules and the quote kinds, where the
#: time goes.  The modules with public functions stay Python, so that their argument
#: checks raise newsparse's own errors.
COMPILED_MODULES = (
    "newsparse.attribution.direct",
    "newsparse.attribution.german",
    "newsparse.attribution.headlines",
    "newsparse.attribution.indirect",
    "newsparse.attribution.mentions",
    "newsparse.attribution.quote_rules",
    "newsparse.attribution.registry",
    "newsparse.attribution.resolve",
    "newsparse.attribution.speakers",
    "newsparse.attribution.tokens",
    "newsparse.quote_kinds",
)


def _is_compiled() -> bool:
    """True when this installation runs the compiled modules: their extension
    files sit beside the source, and Python imports an extension module first."""
    here = Path(__file__).parent
    return all(
        any(
            (here.parent / (name.replace(".", "/") + suffix)).exists()
            for suffix in EXTENSION_SUFFIXES
        )
        for name in COMPILED_MODULES
    )


#: ``True`` in a compiled build (``HATCH_BUILD_HOOK_ENABLE_MYPYC=1 pip install .``),
#: ``False`` in the pure-Python one; both give the same output.
#:
#: >>> import newsparse
#: >>> isinstance(newsparse.COMPILED, bool)
#: True
COMPILED = _is_compiled()

__all__ = [
    "COMPILED",
    "COMPILED_MODULES",
    "LANGUAGES",
    "Article",
    "Attribution",
    "Cue",
    "Dateline",
    "Diagnostic",
    "Layout",
    "Mention",
    "NewsparseError",
    "Quote",
    "QuoteKind",
    "Section",
    "Span",
    "attribute",
    "detect_language",
    "find_credited_source",
    "find_quotes",
    "parse",
    "parse_dateline",
    "split_sections",
]

#: Where each public name lives: ``import newsparse`` loads none of them, the first use
#: of a name loads its module (and what that module needs), so the command's
#: ``--version`` and ``--help`` and a program that uses one function pay for what they use.
_HOMES = {
    "attribute": "newsparse.attribution",
    "find_credited_source": "newsparse.datelines",
    "parse_dateline": "newsparse.datelines",
    "NewsparseError": "newsparse.errors",
    "LANGUAGES": "newsparse.languages",
    "detect_language": "newsparse.languages",
    "parse": "newsparse.pipeline",
    "find_quotes": "newsparse.quotes",
    "Article": "newsparse.records",
    "Attribution": "newsparse.records",
    "Cue": "newsparse.records",
    "Dateline": "newsparse.records",
    "Diagnostic": "newsparse.records",
    "Layout": "newsparse.records",
    "Mention": "newsparse.records",
    "Quote": "newsparse.records",
    "QuoteKind": "newsparse.records",
    "Section": "newsparse.records",
    "split_sections": "newsparse.sections",
    "Span": "newsparse.spans",
}


def __getattr__(name: str) -> Any:
    """A public name, loaded from its module on first use (PEP 562)."""
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'newsparse' has no attribute {name!r}")
    value = getattr(importlib.import_module(home), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_HOMES))
