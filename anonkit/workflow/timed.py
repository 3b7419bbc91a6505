"""Timed transcripts (what ``anonkit transcribe`` writes: .json, .srt, .vtt) through
``anonkit anonymize``: read them, give detection one text, put the pseudonyms back per
segment, and write the same format (or another one) without a trace of the originals.

Detection runs on the segments joined one per line (as the vault pipeline does,
``workflow.document.raw_lines``), so a name gets the context of the sentences around it and
the same person gets the same pseudonym in every segment; a name split across two segments
goes whole into the first, and the second loses its piece
(``workflow.document.segment_replacements``, shared with the vault's pipeline).

What is kept: segment times, speakers, cue timing lines (byte for byte) and settings.
What is not: JSON keys that could hold text the anonymizer did not see (``tokens``, a
top-level ``text``, ``initial_prompt`` in ``options``, a model folder's path) are dropped;
per-word arrays are rewritten (a name's words become one word with the pseudonym, spanning
their time); SRT/VTT cue identifiers, NOTE (except anonkit's INCOMPLETE note), STYLE and
REGION blocks are dropped, and inline tags (``<i>``, ``<c.x>``) are removed. The caller
still scans the whole output for every original in the key (the leak gate) before writing.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from anonkit.asr.transcript import Gap, Segment, Transcript
from anonkit.errors import InputError
from anonkit.workflow.document import Local, apply_local, segment_replacements

if TYPE_CHECKING:
    from anonkit.anonymize.linking import Replacement

TIMED = ("json", "srt", "vtt")

_SRT_TIME = r"(\d+):(\d{2}):(\d{2})[,.](\d{1,3})"
_SRT_TIMING = re.compile(rf"^\s*{_SRT_TIME}\s*-->\s*{_SRT_TIME}")
_VTT_TIME = r"(?:(\d+):)?(\d{2}):(\d{2})\.(\d{3})"
_VTT_TIMING = re.compile(rf"^\s*{_VTT_TIME}\s+-->\s+{_VTT_TIME}")
_VOICE = re.compile(r"^<v(?:\.[^\s>]*)?\s+([^>]*)>")
_TAG = re.compile(r"</?[^>]*>")
#: an SRT speaker prefix as ``transcribe`` writes it (``S1: ``, ``Interviewer: ``)
_SRT_SPEAKER = re.compile(r"^([^\s:]{1,32}): (?=\S)")
_DEFAULT_SPEAKER = re.compile(r"^S\d+$")
_INCOMPLETE = "[INCOMPLETE TRANSCRIPT:"
#: ``options`` values written as text that are settings, not content
_CODE = re.compile(r"^[A-Za-z0-9_.\-]{0,32}$")
_FREE_TEXT_OPTIONS = {"initial_prompt", "hotwords", "prompt", "prefix"}


@dataclass
class Cue:
    """One SRT/VTT cue: its timing line as written, an optional speaker, the text."""

    timing: str
    start: float
    end: float
    text: str
    speaker: str | None = None
    index: str | None = None  # SRT's number line, as written


@dataclass
class TimedDoc:
    """A parsed timed transcript; ``data`` is the JSON object for .json input."""

    fmt: str
    cues: list[Cue]
    data: dict[str, Any] | None = None
    incomplete: str | None = None  # VTT: anonkit's INCOMPLETE note
    words: list[list[dict[str, Any]]] = field(default_factory=list)

    def lines(self) -> list[str]:
        """One line per segment, the text detection runs on (inner newlines folded);
        anonkit's own marks (``[inaudible]``, the INCOMPLETE cue) are empty: not speech."""
        return ["" if is_mark(c.text) else " ".join(c.text.split()) for c in self.cues]

    def detection_text(self) -> str:
        return "\n".join(self.lines())


def is_mark(text: str) -> bool:
    """``[inaudible]`` or ``[INCOMPLETE TRANSCRIPT: …]``: what transcribe adds, not speech."""
    text = text.strip()
    return text == "[inaudible]" or text.startswith(_INCOMPLETE)


def _seconds(groups: Sequence[str | None]) -> float:
    h, m, s, ms = (int(g) if g else 0 for g in groups)
    return h * 3600 + m * 60 + s + int(str(ms).ljust(3, "0")[:3] if ms else 0) / 1000


def read_timed(path: Path, text: str) -> TimedDoc:
    """Parse ``text`` (the content of ``path``) by the file's extension."""
    fmt = path.suffix.lower().lstrip(".")
    if fmt == "json":
        return _read_json(path, text)
    blocks = [b for b in re.split(r"\n[ \t]*\n", text.replace("\r\n", "\n").strip()) if b]
    return _read_srt(path, blocks) if fmt == "srt" else _read_vtt(path, blocks)


def _read_json(path: Path, text: str) -> TimedDoc:
    try:
        data = json.loads(text)
        segments = data["segments"]
        cues = [Cue("", float(s["start"]), float(s["end"]), str(s.get("text") or ""),
                    s.get("speaker") if isinstance(s.get("speaker"), str) else None)
                for s in segments]
        words = [[w for w in s.get("words") or [] if isinstance(w, dict)] for s in segments]
    except (ValueError, KeyError, TypeError, AttributeError):
        raise InputError(f"{path}: not a transcript JSON (a 'segments' list with start, end "
                         "and text, as `anonkit transcribe --format json` writes)") from None
    return TimedDoc("json", cues, data=data, words=words)


def _read_srt(path: Path, blocks: list[str]) -> TimedDoc:
    cues = []
    for n, block in enumerate(blocks, 1):
        lines = block.split("\n")
        index = lines.pop(0).strip() if lines and lines[0].strip().isdigit() else None
        m = _SRT_TIMING.match(lines[0]) if lines else None
        if m is None:
            raise InputError(f"{path}: cue {n} is not SubRip (expected 'hh:mm:ss,mmm --> "
                             "hh:mm:ss,mmm')")
        text = " ".join(_TAG.sub("", line).strip() for line in lines[1:])
        cues.append(Cue(lines[0].rstrip(), _seconds(m.groups()[:4]), _seconds(m.groups()[4:]),
                        text, index=index))
    # "S1: text" is a speaker when it looks like anonkit's label or recurs as a prefix
    prefixes = [m.group(1) if (m := _SRT_SPEAKER.match(c.text)) else None for c in cues]
    for cue, label in zip(cues, prefixes, strict=True):
        if label and (_DEFAULT_SPEAKER.match(label) or prefixes.count(label) > 1):
            cue.speaker, cue.text = label, cue.text[len(label) + 2:]
    return TimedDoc("srt", cues)


def _read_vtt(path: Path, blocks: list[str]) -> TimedDoc:
    if not blocks or not blocks[0].lstrip("\ufeff").startswith("WEBVTT"):
        raise InputError(f"{path}: not WebVTT (the first line must be WEBVTT)")
    doc = TimedDoc("vtt", [])
    for block in blocks[1:]:
        lines = block.split("\n")
        head = lines[0].strip()
        if head.startswith(("NOTE", "STYLE", "REGION")):
            note = " ".join(block[4:].split())
            if head.startswith("NOTE") and note.startswith(_INCOMPLETE):
                doc.incomplete = note[len(_INCOMPLETE):].rstrip("]").strip()
            continue
        if "-->" not in lines[0]:
            lines.pop(0)  # a cue identifier: free text, not kept
        m = _VTT_TIMING.match(lines[0]) if lines else None
        if m is None:
            raise InputError(f"{path}: a cue is not WebVTT (expected 'hh:mm:ss.mmm --> "
                             "hh:mm:ss.mmm')")
        payload = " ".join(line.strip() for line in lines[1:])
        voice = _VOICE.match(payload)
        speaker = (voice.group(1).strip() or None) if voice else None
        text = _TAG.sub("", payload[voice.end():] if voice else payload)
        doc.cues.append(Cue(lines[0].rstrip(), _seconds(m.groups()[:4]),
                            _seconds(m.groups()[4:]), text, speaker))
    return doc


def rewrite_words(words: Sequence[dict[str, Any]], line: str,
                  local: Sequence[Local]) -> list[dict[str, Any]]:
    """The segment's words with every word touched by a replacement merged into one word
    holding the pseudonym (spanning their time); ``[]`` when the words cannot be placed in
    the segment text (edited by hand), since a word we cannot place might be a name."""
    spans = []
    pos = 0
    for w in words:
        t = str(w.get("word", w.get("text", ""))).strip()
        i = line.find(t, pos) if t else pos
        if i < 0:
            return []
        spans.append((i, i + len(t)))
        pos = i + len(t)
    out: list[dict[str, Any]] = []
    group: list[int] = []  # indexes of the words in the current group

    def hits(k: int) -> set[int]:
        a, b = spans[k]
        return {j for j, (s, e, _) in enumerate(local) if s < b and a < e}

    def flush() -> None:
        if not group:
            return
        first, last = words[group[0]], words[group[-1]]
        text = apply_local(line, local, spans[group[0]][0], spans[group[-1]][1]).strip()
        if text:
            lead = " " if str(first.get("word", "")).startswith(" ") else ""
            probs = [float(words[k].get("probability", 0.0)) for k in group]
            out.append({"start": first.get("start"), "end": last.get("end"),
                        "word": lead + text, "probability": min(probs)})
        group.clear()

    for k, w in enumerate(words):
        touched = hits(k)
        if touched and group and touched & set().union(*(hits(g) for g in group)):
            group.append(k)
            continue
        flush()
        if touched:
            group.append(k)
        else:
            out.append({key: w[key] for key in ("start", "end", "word", "probability")
                        if key in w})
    flush()
    return out


def readable_text(data: str, fmt: str) -> str:
    """What a reader of the output sees as text, for the leak gate: every string (keys
    included) of a JSON file, the non-timing lines of SRT/VTT, all of txt. Numbers and
    timing lines are left out: a time like ``00:02.800`` is not a 5-digit phone number."""
    if fmt == "json":
        strings: list[str] = []

        def walk(value: Any) -> None:
            if isinstance(value, str):
                strings.append(value)
            elif isinstance(value, dict):
                for k, v in value.items():
                    strings.append(str(k))
                    walk(v)
            elif isinstance(value, list):
                for v in value:
                    walk(v)

        walk(json.loads(data))
        return "\n".join(strings)
    if fmt in ("srt", "vtt"):
        return "\n".join(line for line in data.splitlines()
                         if "-->" not in line and not line.strip().isdigit())
    return data


def _scalar(value: Any) -> bool:
    return value is None or isinstance(value, bool | int | float)


def _json_out(doc: TimedDoc, texts: list[str], locals_: list[list[Local]]) -> str:
    """The input JSON with every text-bearing field pseudonymized or dropped."""
    assert doc.data is not None
    lines = doc.lines()
    segments = []
    for i, seg in enumerate(doc.data["segments"]):
        out: dict[str, Any] = {}
        for key, value in seg.items():
            if key == "text":
                out[key] = texts[i]
            elif key == "words":
                out[key] = rewrite_words(doc.words[i], lines[i], locals_[i])
            elif key == "speaker" and (value is None or isinstance(value, str)):
                out[key] = value
            elif key in ("offset", "length"):
                continue  # positions in a text that no longer exists
            elif key == "flags" and isinstance(value, list):
                out[key] = [f for f in value if isinstance(f, str) and _CODE.match(f)]
            elif _scalar(value):
                out[key] = value
        segments.append(out)
    data: dict[str, Any] = {}
    for key, value in doc.data.items():
        if key == "segments":
            data[key] = segments
        elif key == "model" and isinstance(value, str):
            data[key] = Path(value).name  # a model folder's path may name its owner
        elif key in ("language", "backend", "incomplete") and (
                value is None or isinstance(value, str)):
            data[key] = value
        elif key == "gaps" and isinstance(value, list):
            data[key] = [{k: g[k] for k in ("start", "end") if k in g and _scalar(g[k])}
                         for g in value if isinstance(g, dict)]
        elif key == "options" and isinstance(value, dict):
            data[key] = {k: v for k, v in value.items() if k not in _FREE_TEXT_OPTIONS and (
                _scalar(v) or (isinstance(v, str) and _CODE.match(v))
                or (isinstance(v, list) and all(_scalar(x) or (isinstance(x, str)
                                                               and _CODE.match(x)) for x in v)))}
        elif _scalar(value):
            data[key] = value
    data["pseudonymized"] = True
    return json.dumps(data, ensure_ascii=False) + "\n"


def _srt_out(doc: TimedDoc, texts: list[str]) -> str:
    out = []
    for n, (cue, text) in enumerate(zip(doc.cues, texts, strict=True), 1):
        label = f"{cue.speaker}: " if cue.speaker else ""
        out += [cue.index or str(n), cue.timing, f"{label}{text}", ""]
    return "\n".join(out)


def _vtt_out(doc: TimedDoc, texts: list[str]) -> str:
    out = ["WEBVTT", ""]
    if doc.incomplete:
        out += [f"NOTE {_INCOMPLETE} {doc.incomplete}]", ""]
    for cue, text in zip(doc.cues, texts, strict=True):
        out += [cue.timing, f"<v {cue.speaker}>{text}" if cue.speaker else text, ""]
    return "\n".join(out)


def to_transcript(doc: TimedDoc, texts: list[str], lang: str) -> Transcript:
    """The pseudonymized segments as a ``Transcript`` (to write another format)."""
    segments = tuple(Segment(c.start, c.end, t, c.speaker) for c, t in zip(doc.cues, texts,
                                                                            strict=True))
    if doc.data is not None:  # read leniently: openai-whisper's JSON has no duration
        data = doc.data
        gaps = tuple(Gap(float(g["start"]), float(g["end"])) for g in data.get("gaps") or ()
                     if isinstance(g, dict) and "start" in g and "end" in g)
        incomplete = data.get("incomplete")
        return Transcript(
            str(data.get("language") or lang),
            float(data.get("duration") or max((s.end for s in segments), default=0.0)),
            Path(str(data.get("model") or "")).name, segments, gaps=gaps,
            incomplete=incomplete if isinstance(incomplete, str) else None)
    # srt/vtt: anonkit's [inaudible] cues go back to gaps, the INCOMPLETE cue to its key
    gaps = tuple(Gap(s.start, s.end) for s in segments if s.text == "[inaudible]")
    incomplete = doc.incomplete
    kept = []
    for s in segments:
        if s.text.startswith(_INCOMPLETE) and s.speaker is None:
            incomplete = s.text[len(_INCOMPLETE):].rstrip("]").strip()
        elif s.text != "[inaudible]":
            kept.append(s)
    return Transcript(lang, max((s.end for s in segments), default=0.0), "", tuple(kept),
                      gaps=gaps, incomplete=incomplete)


def render_timed(doc: TimedDoc, replacements: Sequence[Replacement], fmt: str,
                 lang: str) -> str | bytes:
    """``doc`` with ``replacements`` applied, in ``fmt``: the input's own format keeps its
    structure (``_json_out``, cue timing lines); another one is rendered from the
    segments (txt with paragraphs, docx, json, srt, vtt)."""
    lines = doc.lines()
    locals_ = segment_replacements(lines, replacements)
    texts = [cue.text.strip() if is_mark(cue.text) else apply_local(line, local).strip()
             for cue, line, local in zip(doc.cues, lines, locals_, strict=True)]
    if fmt == doc.fmt:
        if fmt == "json":
            return _json_out(doc, texts, locals_)
        return _srt_out(doc, texts) if fmt == "srt" else _vtt_out(doc, texts)
    transcript = to_transcript(doc, texts, lang)
    if fmt == "json":
        data = transcript.to_dict() | {"pseudonymized": True}
        return json.dumps(data, ensure_ascii=False) + "\n"
    if fmt == "docx":
        from anonkit.asr.docx_format import to_docx

        return to_docx(transcript)
    from anonkit.asr.formats import render

    return render(transcript, fmt)
