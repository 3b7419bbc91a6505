"""The detector's output record (interfaces.md `detect`).

Frozen so that results can be cached, hashed and shared between the CLI, the pipeline and
the review app without anyone changing a span under someone else's feet.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

Action = Literal["replace", "flag"]
REPLACE: Action = "replace"
FLAG: Action = "flag"


@dataclass(frozen=True, slots=True)
class DetectedEntity:
    """One span of ``text[start:end]`` that is (``replace``) or may be (``flag``) personal data.

    ``source`` names the layer/recognizer(s) that found it (joined with ``+`` after merging),
    for the steward's review and for per-layer evaluation; it is not part of the JSONL contract.
    """

    start: int
    end: int
    type: str
    action: Action
    score: float
    text: str
    source: str = ""

    def to_json(self) -> dict[str, Any]:
        """The `anonkit detect` output object, fields in contract order."""
        return {
            "start": self.start,
            "end": self.end,
            "type": self.type,
            "action": self.action,
            "score": round(float(self.score), 4),
            "text": self.text,
        }

    @property
    def length(self) -> int:
        return self.end - self.start

    def overlaps(self, other: DetectedEntity) -> bool:
        return self.start < other.end and other.start < self.end
