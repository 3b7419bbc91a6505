"""Names of the export formats, in a module of their own.

Why apart from ``release``: the CLI builds its ``--format`` choice list when it starts, and
``release`` pulls in the detection engine (Presidio, spaCy, and through them torch). Importing
it at start-up made every command, ``transcribe`` included, pay seconds and ~300 MiB for an
engine it never uses (tests/cli/test_startup.py).
"""

from __future__ import annotations

#: What ``anonkit export --format`` accepts; ``workflow.export.FORMATS`` renders all but qdpx.
EXPORT_FORMATS = ("txt", "docx", "nvivo", "qdpx", "vtt", "srt", "json")
