"""Growing a detected span over the words beside it (session 31).

Why a module: the rules that finish a name the layers took in part (``place_heads.py``,
``org_edges.py``) all do the same two things — test that no other replacement stands on the
words to take, and make the grown span with its text and a source that says which rule grew
it — and each did it by hand.
"""

from __future__ import annotations

from dataclasses import replace

from anonkit.anonymize.entities import REPLACE, DetectedEntity


def grown(
    text: str, d: DetectedEntity, start: int, end: int, tag: str, kind: str | None = None
) -> DetectedEntity:
    """``d`` over ``text[start:end]``, of ``kind`` (its own by default), ``tag`` in its source."""
    return replace(
        d,
        start=start,
        end=end,
        type=kind or d.type,
        text=text[start:end],
        source=f"{d.source}+{tag}",
    )


def free_of_replacements(
    found: list[DetectedEntity], start: int, end: int, keep: DetectedEntity
) -> bool:
    """No replacement but ``keep`` overlaps ``[start, end)``."""
    return not any(
        o is not keep and o.action == REPLACE and o.start < end and start < o.end for o in found
    )
