"""Read the package's data files (``anonkit/anonymize/data``); one place for the format rules.

Format: UTF-8 text, one entry per line, ``#`` starts a comment line, tab-separated columns.
"""

from __future__ import annotations

from collections.abc import Iterator
from importlib.resources import files


def data_lines(name: str) -> Iterator[list[str]]:
    """Yield the tab-separated columns of each non-comment, non-blank line of ``name``."""
    text = files("anonkit.anonymize").joinpath("data", name).read_text(encoding="utf-8")
    for line in text.splitlines():
        if line and not line.startswith("#"):
            yield line.split("\t")
