"""txt, NVivo, WebVTT, SRT, JSON and docx renderings of one pseudonymized transcript.

- txt: ``[hh:mm:ss] Speaker: text`` per segment.
- nvivo: NVivo's transcript import format: tab-delimited rows ``Timespan\\tSpeaker\\tContent``
  with a header row; Timespan ``hh:mm:ss.s-hh:mm:ss.s``.
- vtt/srt: one cue per segment, ``Speaker: text``.
- json: the stored document (text + segments with ``offset``/``length``: the offset→time
  map) plus ``speakers`` (label → shown name) and ``draft``.
- docx: a heading, then one paragraph per segment: timestamp, speaker in bold, text.

A draft (steward only, before approval) carries ``DRAFT`` on every line / cue / row /
paragraph, so no page of it can pass as released.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from anonkit.workflow.document import DocSegment, PseudonymizedDoc

DRAFT = "DRAFT"


@dataclass(frozen=True)
class ExportOptions:
    """``speakers``: label → name shown (``{"S1": "Interviewer", "S2": "P07"}``); labels
    are never pseudonymized, only renamed as the team decides."""

    speakers: Mapping[str, str] = field(default_factory=dict)
    draft: bool = False
    title: str | None = None

    def speaker(self, seg: DocSegment) -> str:
        label = seg.speaker or "Speaker"
        return self.speakers.get(label, label)

    def mark(self, text: str) -> str:
        return f"{DRAFT} {text}" if self.draft else text


def clock(seconds: float, *, tenths: bool = False, sep: str = ".") -> str:
    """``hh:mm:ss`` (or ``hh:mm:ss.s`` with ``tenths``)."""
    if tenths:
        whole = int(seconds * 10 + 0.5)  # half up (round() would give 4.2 for 4.25)
        h, rest = divmod(whole, 36000)
        m, rest = divmod(rest, 600)
        s, t = divmod(rest, 10)
        return f"{h:02d}:{m:02d}:{s:02d}{sep}{t}"
    whole = int(seconds)
    return f"{whole // 3600:02d}:{whole % 3600 // 60:02d}:{whole % 60:02d}"


def _cue_clock(seconds: float, sep: str) -> str:
    ms = round(seconds * 1000)
    h, rest = divmod(ms, 3_600_000)
    m, rest = divmod(rest, 60_000)
    s, ms = divmod(rest, 1000)
    return f"{h:02d}:{m:02d}:{s:02d}{sep}{ms:03d}"


def _title(doc: PseudonymizedDoc, opt: ExportOptions) -> str:
    return opt.title or f"Transcript {doc.recording}"


def to_txt(doc: PseudonymizedDoc, opt: ExportOptions) -> bytes:
    lines = [opt.mark(f"# {_title(doc, opt)} (pseudonymized)"), ""]
    lines += [opt.mark(f"[{clock(s.start)}] {opt.speaker(s)}: {s.text}") for s in doc.segments]
    return ("\n".join(lines) + "\n").encode("utf-8")


def to_nvivo(doc: PseudonymizedDoc, opt: ExportOptions) -> bytes:
    rows = ["Timespan\tSpeaker\tContent"]
    for s in doc.segments:
        span = f"{clock(s.start, tenths=True)}-{clock(s.end, tenths=True)}"
        content = opt.mark(s.text).replace("\t", " ")
        rows.append(f"{span}\t{opt.speaker(s)}\t{content}")
    return ("\r\n".join(rows) + "\r\n").encode("utf-8")


def to_vtt(doc: PseudonymizedDoc, opt: ExportOptions) -> bytes:
    out = ["WEBVTT", ""]
    for s in doc.segments:
        out += [f"{_cue_clock(s.start, '.')} --> {_cue_clock(s.end, '.')}",
                opt.mark(f"<v {opt.speaker(s)}>{s.text}"), ""]
    return "\n".join(out).encode("utf-8")


def to_srt(doc: PseudonymizedDoc, opt: ExportOptions) -> bytes:
    out = []
    for i, s in enumerate(doc.segments, 1):
        out += [str(i), f"{_cue_clock(s.start, ',')} --> {_cue_clock(s.end, ',')}",
                opt.mark(f"{opt.speaker(s)}: {s.text}"), ""]
    return "\n".join(out).encode("utf-8")


def to_json(doc: PseudonymizedDoc, opt: ExportOptions) -> bytes:
    data = doc.to_dict()
    data["speakers"] = {label: opt.speakers.get(label, label) for label in doc.speakers}
    data["draft"] = opt.draft
    if opt.draft:
        for seg in data["segments"]:
            seg["draft"] = True
    return json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8")


def to_docx(doc: PseudonymizedDoc, opt: ExportOptions) -> bytes:
    from anonkit.asr.docx_format import DocxParagraph, build_docx

    return build_docx(
        (DocxParagraph(s.text, opt.speaker(s), stamp=f"[{clock(s.start)}]",
                       prefix=DRAFT if opt.draft else None) for s in doc.segments),
        heading=opt.mark(f"{_title(doc, opt)} (pseudonymized)"),
        header="DRAFT — not approved for release" if opt.draft else None,
    )


Renderer = Callable[[PseudonymizedDoc, ExportOptions], bytes]

#: format → (file extension, renderer)
FORMATS: dict[str, tuple[str, Renderer]] = {
    "txt": ("txt", to_txt),
    "docx": ("docx", to_docx),
    "nvivo": ("nvivo.txt", to_nvivo),
    "vtt": ("vtt", to_vtt),
    "srt": ("srt", to_srt),
    "json": ("json", to_json),
}
