"""The pseudonymized transcript as stored in the anonymized tier, and how it is made.

Layout (JSON, kind ``transcript_pseudonymized``, ``DOC_FORMAT`` version 1)::

    {"format": "anonkit-pseudonymized", "version": 1, "recording": "<id>",
     "language": "nb", "duration": 312.4, "model": "base",
     "text": "<all segments, one per line>",
     "segments": [{"start": 0.0, "end": 4.2, "speaker": "S1", "text": "…",
                   "offset": 0, "length": 57}]}

``offset``/``length`` locate each segment in ``text`` (Python string offsets): the
offset→time map the JSON export and the review app use. No word-level timing or raw words
are kept here: raw words are identifiable, and word times would tell a name's length.
Speaker labels are never pseudonymized (they are S1/S2 or names the team chose at export).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from anonkit.anonymize.linking import Replacement
    from anonkit.asr.transcript import Transcript

DOC_FORMAT = "anonkit-pseudonymized"
DOC_VERSION = 1


@dataclass(frozen=True)
class DocSegment:
    start: float
    end: float
    speaker: str | None
    text: str
    offset: int


@dataclass(frozen=True)
class PseudonymizedDoc:
    recording: str
    language: str
    duration: float
    model: str
    segments: tuple[DocSegment, ...]

    @property
    def text(self) -> str:
        return "\n".join(s.text for s in self.segments)

    @property
    def speakers(self) -> tuple[str, ...]:
        seen: dict[str, None] = {}
        for s in self.segments:
            if s.speaker:
                seen.setdefault(s.speaker, None)
        return tuple(seen)

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": DOC_FORMAT, "version": DOC_VERSION, "recording": self.recording,
            "language": self.language, "duration": self.duration, "model": self.model,
            "text": self.text,
            "segments": [{"start": s.start, "end": s.end, "speaker": s.speaker, "text": s.text,
                          "offset": s.offset, "length": len(s.text)} for s in self.segments],
        }  # fmt: skip

    def to_json(self) -> bytes:
        return json.dumps(self.to_dict(), ensure_ascii=False).encode("utf-8")

    @classmethod
    def from_json(cls, raw: bytes) -> PseudonymizedDoc:
        data = json.loads(raw)
        if data.get("format") != DOC_FORMAT or data.get("version") != DOC_VERSION:
            raise ValueError("not an anonkit pseudonymized transcript (version 1)")
        segs = tuple(DocSegment(float(s["start"]), float(s["end"]), s.get("speaker"),
                                s["text"], int(s["offset"])) for s in data["segments"])
        return cls(data["recording"], data["language"], float(data["duration"]),
                   data.get("model", ""), segs)


def raw_lines(transcript: Transcript) -> list[str]:
    """One line per segment (inner newlines folded), the text detection runs on."""
    return [" ".join(s.text.split()) for s in transcript.segments]


#: a replacement inside one segment's line: (start, end, new text), line offsets
Local = tuple[int, int, str]


def segment_replacements(lines: Sequence[str],
                         replacements: Sequence[Replacement]) -> list[list[Local]]:
    """Replacements (offsets into ``"\\n".join(lines)``) as local ones per line. One that
    crosses a line break (a name split across two segments) goes whole into the line where
    it starts, and the lines after it lose the covered part; so no original piece survives
    at a boundary."""
    out: list[list[Local]] = []
    ordered = sorted(replacements, key=lambda r: r.start)
    lo = 0
    for line in lines:
        hi = lo + len(line)
        local = []
        for r in ordered:
            if r.end <= lo or r.start >= hi:
                continue
            new = r.replacement if r.start >= lo else ""
            local.append((max(r.start, lo) - lo, min(r.end, hi) - lo, new))
        out.append(local)
        lo = hi + 1
    return out


def apply_local(line: str, local: Sequence[Local], lo: int = 0, hi: int | None = None) -> str:
    """``line[lo:hi]`` with the local replacements inside it applied."""
    hi = len(line) if hi is None else hi
    pieces, cur = [], lo
    for s, e, new in local:
        s, e = max(s, lo), min(e, hi)
        if e <= s:
            continue
        pieces += [line[cur:s], new]
        cur = max(cur, e)
    pieces.append(line[cur:hi])
    return "".join(pieces)


def build_doc(
    recording: str, transcript: Transcript, replacements: Sequence[Replacement]
) -> PseudonymizedDoc:
    """Apply ``replacements`` (offsets into ``"\\n".join(raw_lines)``) segment by segment
    (``segment_replacements``: a name across two segments goes whole into the first)."""
    lines = raw_lines(transcript)
    segments: list[DocSegment] = []
    offset = 0
    for seg, line, local in zip(transcript.segments, lines,
                                segment_replacements(lines, replacements), strict=True):
        text = apply_local(line, local)
        segments.append(DocSegment(seg.start, seg.end, seg.speaker, text, offset))
        offset += len(text) + 1
    return PseudonymizedDoc(recording, transcript.language, transcript.duration,
                            transcript.model, tuple(segments))
