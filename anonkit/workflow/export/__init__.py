"""Export formats for approved pseudonymized transcripts (docs/workflow.md "Exports").

Each module renders a ``PseudonymizedDoc`` (plus speaker names and the draft mark) into
bytes; nothing here touches the vault. ``FORMATS`` maps a format name to (extension,
renderer); qdpx is a project of many sources, so it has its own entry point.
"""

from __future__ import annotations

from anonkit.workflow.export.qdpx import render_qdpx
from anonkit.workflow.export.text import FORMATS, ExportOptions

__all__ = ["FORMATS", "ExportOptions", "render_qdpx"]
