"""Load every word table detection reads when a detector is built, not inside its first texts.

Why: about a hundred word tables (names, places, word classes, lexicons) are built by
``functools.cache`` functions on their first call. Left lazy, they were built inside the first
transcript a detector saw: on the Norwegian development texts the first pass ran at about
4,900 words per CPU second and every later pass at about 7,300 (docs/benchmarks.md, session
41). A detector is built once per run and then streams, so the tables belong to its load time:
the first transcript is then as fast as the rest, and the load time says what loading costs.

The loaders are found, not listed, so that a table added later is loaded too: every cached
function of a detection module that takes no argument or only the language, plus each module's
``preload(lang)`` hook for tables keyed by more than the language (word classes, the
non-entity phrases of a language). Pseudonym tables are left to the replacement step, which
not every caller runs.
"""

from __future__ import annotations

import functools
import inspect
import sys
from collections.abc import Callable

_PACKAGE = "anonkit.anonymize"
# Replacement, not detection: loaded by whoever replaces.
_NOT_DETECTION = frozenset({f"{_PACKAGE}.pseudonyms", f"{_PACKAGE}.org_pseudonyms"})
_LOADED: set[str] = set()


def load_tables(lang: str) -> None:
    """Build every detection table for ``lang`` (once per process and language)."""
    if lang in _LOADED:
        return
    for call in _loaders(lang):
        call()
    _LOADED.add(lang)


def _loaders(lang: str) -> list[Callable[[], object]]:
    """The table loaders of the detection modules imported so far, as calls with no argument."""
    calls: list[Callable[[], object]] = []
    for name, module in sorted(sys.modules.items()):
        if not name.startswith(_PACKAGE + ".") or name in _NOT_DETECTION or module is None:
            continue
        for value in list(vars(module).values()):
            if getattr(value, "__module__", None) != name:
                continue  # imported from another module: loaded there
            if isinstance(value, functools._lru_cache_wrapper):
                required = _required_parameters(value)
                if required == ():
                    calls.append(value)
                elif required == ("lang",):
                    calls.append(functools.partial(value, lang))
            elif getattr(value, "__name__", None) == "preload" and callable(value):
                takes_lang = "lang" in inspect.signature(value).parameters
                calls.append(functools.partial(value, lang) if takes_lang else value)
    return calls


def _required_parameters(function: Callable[..., object]) -> tuple[str, ...] | None:
    """The names of ``function``'s parameters without a default (None: no signature)."""
    try:
        parameters = inspect.signature(function).parameters.values()
    except (TypeError, ValueError):
        return None
    return tuple(p.name for p in parameters if p.default is inspect.Parameter.empty)
