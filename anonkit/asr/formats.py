"""Render a ``Transcript`` as json, txt, WebVTT or SubRip text.

Why writers return strings instead of writing files: the caller decides where text goes
(stdout, an atomic file write, or encryption into the vault); a transcript is personal data
and must not be written to disk by a formatter.

txt layout: one paragraph per speaker turn (``S1: ...``), consecutive segments of the same
speaker joined; a long turn is split into paragraphs (``anonkit.asr.paragraphs``: at a pause
at a sentence end, or at a sentence end past ~100 words), blank-line separated like turns,
the speaker label on the turn's first paragraph only; without speaker labels, one line per
segment. docx (``anonkit.asr.docx_format``) has the same paragraphs. Optional pause marks between
words, in the style common in qualitative transcription (and in noScribe):
``(.)`` a short pause (from the threshold up to 1 s), ``(..)`` 1-2 s, ``(3.2 s)`` longer.

Every format shows what is missing: a stretch with sound but no words
(``Transcript.gaps``) is a line ``[inaudible hh:mm:ss–hh:mm:ss]`` in txt and an
``[inaudible]`` cue in vtt/srt; an incomplete transcript (``Transcript.incomplete``, e.g.
after Ctrl+C) starts with ``[INCOMPLETE TRANSCRIPT: reason]`` in txt, a NOTE in vtt and a
last cue in srt; JSON carries both as keys.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from anonkit.asr.paragraphs import split_paragraphs
from anonkit.asr.transcript import Gap, Segment, Transcript

FORMATS = ("json", "txt", "vtt", "srt")


class _Turn:
    """Consecutive segments of one speaker (``None`` when speakers are unknown)."""

    def __init__(self, speaker: str | None, segments: list[Segment]) -> None:
        self.speaker = speaker
        self.segments = segments


def _turns(segments: Iterable[Segment], merge: bool,
           gaps: Iterable[Gap] = ()) -> list[_Turn | Gap]:
    """Speaker turns in time order, with each gap placed before the first segment after it
    (a gap ends a turn: the same speaker after it starts a new paragraph)."""
    items: list[_Turn | Gap] = []
    pending = sorted(gaps, key=lambda g: g.start)
    for seg in segments:
        while pending and pending[0].start <= seg.start:
            items.append(pending.pop(0))
        last = items[-1] if items else None
        if merge and isinstance(last, _Turn) and last.speaker == seg.speaker:
            last.segments.append(seg)
        else:
            items.append(_Turn(seg.speaker, [seg]))
    return items + pending


def gap_text(gap: Gap) -> str:
    """``[inaudible 00:01:05–00:01:12]``."""
    return f"[inaudible {_clock(gap.start, '.')[:-4]}–{_clock(gap.end, '.')[:-4]}]"


def incomplete_text(transcript: Transcript) -> str:
    return f"[INCOMPLETE TRANSCRIPT: {transcript.incomplete}]"


def pause_mark(gap: float, threshold: float) -> str | None:
    """The mark for a silence of ``gap`` seconds, or ``None`` below ``threshold``."""
    if gap < threshold:
        return None
    if gap < 1.0:
        return "(.)"
    if gap < 2.0:
        return "(..)"
    return f"({gap:.1f} s)"


def _text(segments: Sequence[Segment], pauses: float | None,
          after: float | None = None) -> str:
    """Text of consecutive segments; with ``pauses`` set, gaps between words become pause
    marks (``after``: where the previous paragraph of the same turn ended, so the pause
    that starts a paragraph is marked too)."""
    if pauses is None:
        return " ".join(s.text.strip() for s in segments if s.text.strip())
    parts: list[str] = []
    last_end: float | None = after
    for seg in segments:
        # Word timings when we have them; otherwise the segment is one unit.
        units = [(w.start, w.end, w.text) for w in seg.words] or [(seg.start, seg.end, seg.text)]
        for start, end, text in units:
            if last_end is not None:
                mark = pause_mark(start - last_end, pauses)
                if mark:
                    parts.append(mark)
            if text.strip():
                parts.append(text.strip())
            last_end = end
    return " ".join(parts)


@dataclass(frozen=True)
class Block:
    """One paragraph of readable output (txt, docx): a mark such as ``[inaudible …]``
    (``speaker`` and ``start`` ``None``) or text, with the speaker label on a turn's first
    paragraph only."""

    text: str
    speaker: str | None = None
    start: float | None = None


def blocks(transcript: Transcript, pause_marks: float | None = None) -> Iterator[Block]:
    """The readable paragraphs of ``transcript`` in order: the incomplete mark first, then
    speaker turns split into paragraphs, with ``[inaudible …]`` marks where they fall.
    Without speaker labels every segment is its own paragraph (one line in txt)."""
    has_speakers = any(s.speaker for s in transcript.segments)
    if transcript.incomplete:
        yield Block(incomplete_text(transcript))
    for turn in _turns(transcript.segments, merge=has_speakers, gaps=transcript.gaps):
        if isinstance(turn, Gap):
            yield Block(gap_text(turn))
            continue
        label = turn.speaker
        after: float | None = None
        for para in split_paragraphs(turn.segments) if has_speakers else [turn.segments]:
            text = _text(para, pause_marks, after)
            after = para[-1].words[-1].end if para[-1].words else para[-1].end
            if not text:
                continue
            yield Block(text, label, para[0].start)
            label = None


def clock_stamp(seconds: float) -> str:
    """``[hh:mm:ss]``: the paragraph time stamp of txt and docx."""
    return f"[{_clock(seconds, '.')[:-4]}]"


def _clock(seconds: float, sep: str) -> str:
    ms = max(0, round(seconds * 1000))
    h, rest = divmod(ms, 3_600_000)
    m, rest = divmod(rest, 60_000)
    s, ms = divmod(rest, 1000)
    return f"{h:02d}:{m:02d}:{s:02d}{sep}{ms:03d}"


def to_txt(transcript: Transcript, pause_marks: float | None = None,
           timestamps: bool = False) -> str:
    """Plain text: speaker turns as paragraphs (``S1: ...``), long turns split into
    paragraphs; optional pause marks and ``[hh:mm:ss]`` stamps on each paragraph."""
    has_speakers = any(s.speaker for s in transcript.segments)
    lines: list[str] = []
    for block in blocks(transcript, pause_marks):
        prefix = f"{clock_stamp(block.start)} " if timestamps and block.start is not None else ""
        label = f"{block.speaker}: " if block.speaker else ""
        lines.append(f"{prefix}{label}{block.text}")
    sep = "\n\n" if has_speakers else "\n"
    return sep.join(lines) + ("\n" if lines else "")


def _cue_text(seg: Segment) -> str:
    # A cue must not contain a blank line or "-->"; collapse whitespace defensively.
    return " ".join(seg.text.replace("-->", "->").split())


def _cues(transcript: Transcript) -> list[Segment]:
    """Segments and gaps (as ``[inaudible]`` cues without speaker) in time order."""
    marks = [Segment(start=g.start, end=g.end, text="[inaudible]") for g in transcript.gaps]
    return sorted([*transcript.segments, *marks], key=lambda s: s.start)


def to_vtt(transcript: Transcript) -> str:
    """WebVTT with ``<v S1>`` voice spans when speakers are known."""
    out = ["WEBVTT", ""]
    if transcript.incomplete:
        out += [f"NOTE {incomplete_text(transcript)}", ""]
    for seg in _cues(transcript):
        text = _cue_text(seg)
        if not text:
            continue
        out.append(f"{_clock(seg.start, '.')} --> {_clock(seg.end, '.')}")
        out.append(f"<v {seg.speaker}>{text}" if seg.speaker else text)
        out.append("")
    return "\n".join(out)


def to_srt(transcript: Transcript) -> str:
    """SubRip, numbered from 1, speaker label as a ``S1: `` prefix."""
    out: list[str] = []
    index = 0
    cues = _cues(transcript)
    if transcript.incomplete:
        end = max((c.end for c in cues), default=0.0)
        cues.append(Segment(start=end, end=end, text=incomplete_text(transcript)))
    for seg in cues:
        text = _cue_text(seg)
        if not text:
            continue
        index += 1
        out += [str(index), f"{_clock(seg.start, ',')} --> {_clock(seg.end, ',')}",
                f"{seg.speaker}: {text}" if seg.speaker else text, ""]
    return "\n".join(out)


def render(transcript: Transcript, fmt: str, pause_marks: float | None = None,
           timestamps: bool = False) -> str:
    """The transcript in ``fmt`` (one of ``FORMATS``) as text ending in a newline.

    ``pause_marks`` and ``timestamps`` apply to txt only.
    """
    if fmt == "json":
        return transcript.to_json() + "\n"
    if fmt == "txt":
        return to_txt(transcript, pause_marks=pause_marks, timestamps=timestamps)
    if fmt == "vtt":
        return to_vtt(transcript)
    if fmt == "srt":
        return to_srt(transcript)
    raise ValueError(f"unknown format {fmt!r}; choose one of {FORMATS}")
