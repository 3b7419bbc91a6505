"""What the steward's review shows of one recording: turns split into plain text,
replacements and flags, with times for playing the audio.

Why built from the raw transcript and the review record (both identifiable tier) rather
than from the pseudonymized document: the review needs to know *which* span is a
replacement (its type, entity, original) and which is a flag, and where each word starts
in the audio. The rendering follows ``document.build_doc`` exactly, so the text shown is
the text that will be approved.

Originals are included only for stewards (``with_originals``); the review app never shows
them to anyone else.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from anonkit.workflow.recordings import IDENTIFIABLE, RAW, REVIEW, _newest

if TYPE_CHECKING:
    from anonkit.asr.transcript import Segment, Transcript
    from anonkit.vault.vault import Vault


@dataclass(frozen=True, slots=True)
class Piece:
    """One run of a turn: ``kind`` is ``text``, ``rep`` (a replacement) or ``flag``.

    ``index`` is the replacement's or flag's position in the review record (what a decision
    names); ``time`` is where the run starts in the audio (seconds)."""

    kind: str
    text: str
    time: float
    type: str = ""
    index: int = -1
    entity: str = ""
    original: str | None = None
    decision: str | None = None


@dataclass
class Turn:
    index: int
    start: float
    end: float
    speaker: str | None
    pieces: list[Piece] = field(default_factory=list)


@dataclass
class ReviewView:
    recording: str
    language: str
    duration: float
    turns: list[Turn]
    replacements: int
    open_flags: int
    flags: int


def load_raw(vault: Vault, rid: str) -> Transcript:
    """The newest raw transcript of ``rid`` (identifiable tier)."""
    from anonkit.asr.transcript import Transcript
    from anonkit.workflow.errors import NotReadyError

    oid = _newest(vault, rid, IDENTIFIABLE, RAW)
    if oid is None:
        raise NotReadyError(f"recording {rid} has no transcript yet; run `anonkit process`")
    return Transcript.from_json(vault.get_bytes(oid).decode("utf-8"))


def load_review(vault: Vault, rid: str) -> dict[str, Any]:
    """The recording's review record (replacements, flags with decisions, decision log)."""
    oid = _newest(vault, rid, IDENTIFIABLE, REVIEW)
    if oid is None:
        return {"document": rid, "replacements": [], "flags": []}
    return json.loads(vault.get_bytes(oid))


def _word_time(seg: Segment, line: str, pos: int) -> float:
    """Audio time of the word at ``pos`` in the segment's ``line``: the raw transcript's
    word time where Whisper gave words, else proportional to the position in the turn."""
    if seg.words:
        n = len(line[:pos].split())
        if n < len(seg.words):
            return float(seg.words[n].start)
    span = max(len(line), 1)
    return seg.start + (seg.end - seg.start) * pos / span


def build_view(vault: Vault, rid: str, *, with_originals: bool) -> ReviewView:
    """The transcript as turns of pieces (see ``Piece``); linear in the transcript size.

    Stewards and interviewers (their own recordings: the vault refuses others'); analysts
    are refused here, since the view is built from identifiable data."""
    from anonkit.vault.errors import AccessDeniedError
    from anonkit.workflow.document import raw_lines
    from anonkit.workflow.errors import RoleError
    from anonkit.workflow.project import require_writer

    require_writer(vault, "open a recording's review")
    try:
        transcript = load_raw(vault, rid)
        review = load_review(vault, rid)
    except AccessDeniedError:
        raise RoleError(f"user {vault.user} may not open recording {rid}: it is another "
                        "interviewer's (a steward reviews every recording)") from None
    lines = raw_lines(transcript)
    reps = sorted(enumerate(review.get("replacements", [])), key=lambda p: p[1]["start"])
    flags = sorted(enumerate(review.get("flags", [])), key=lambda p: p[1]["start"])
    turns: list[Turn] = []
    lo = 0
    ri = fi = 0
    for i, (seg, line) in enumerate(zip(transcript.segments, lines, strict=True)):
        hi = lo + len(line)
        turn = Turn(i, seg.start, seg.end, seg.speaker)
        cur = lo
        marks: list[tuple[int, int, str, int, dict[str, Any]]] = []
        while ri < len(reps) and reps[ri][1]["start"] < hi:
            idx, r = reps[ri]
            marks.append((r["start"], r["end"], "rep", idx, r))
            ri += 1
        while fi < len(flags) and flags[fi][1]["start"] < hi:
            idx, f = flags[fi]
            marks.append((f["start"], f["end"], "flag", idx, f))
            fi += 1
        for start, end, kind, idx, m in sorted(marks, key=lambda x: x[0]):
            if start < cur:  # began in an earlier turn, or overlaps: rendered already
                cur = max(cur, min(end, hi))
                continue
            if start > cur:
                turn.pieces.append(Piece("text", line[cur - lo : start - lo],
                                         _word_time(seg, line, cur - lo)))
            t = _word_time(seg, line, start - lo)
            surface = transcript_slice(lines, lo, line, start, end)
            if kind == "rep":
                turn.pieces.append(Piece("rep", m["replacement"], t, m["type"], idx,
                                         m.get("entity", ""),
                                         surface if with_originals else None))
            else:
                turn.pieces.append(Piece("flag", surface, t, m["type"], idx,
                                         decision=m.get("decision")))
            cur = min(end, hi)
        if cur < hi:
            turn.pieces.append(Piece("text", line[cur - lo :], _word_time(seg, line, cur - lo)))
        turns.append(turn)
        lo = hi + 1
    all_flags = review.get("flags", [])
    return ReviewView(rid, transcript.language, transcript.duration, turns,
                      len(review.get("replacements", [])),
                      sum(1 for f in all_flags if f.get("decision") is None), len(all_flags))


def transcript_slice(lines: list[str], lo: int, line: str, start: int, end: int) -> str:
    """``text[start:end]`` of the joined raw text, cut at the turn's end."""
    return line[start - lo : min(end - lo, len(line))]


def queue(vault: Vault) -> list[dict[str, Any]]:
    """Recordings waiting for review (stage ``anonymized``) and recently approved ones, with
    counts of replacements and open flags (from the review record)."""
    from anonkit.vault.errors import AccessDeniedError

    rows = []
    for rec in vault.recordings():
        if rec.stage not in ("anonymized", "approved"):
            continue
        try:
            review = load_review(vault, rec.id)
            participant = vault.get_metadata(rec.id).get("participant")
        except AccessDeniedError:
            continue
        flags = review.get("flags", [])
        rows.append({"id": rec.id, "participant": participant, "stage": rec.stage,
                     "approved": bool(rec.approved),
                     "replacements": len(review.get("replacements", [])),
                     "open_flags": sum(1 for f in flags if f.get("decision") is None),
                     "flags": len(flags)})
    return rows


_MIME = {".flac": "audio/flac", ".wav": "audio/wav", ".mp3": "audio/mpeg", ".m4a": "audio/mp4",
         ".ogg": "audio/ogg", ".opus": "audio/ogg", ".webm": "audio/webm"}


def load_audio(vault: Vault, rid: str) -> tuple[bytes, str]:
    """The recording's original audio bytes (decrypted in memory, never a file) and its
    MIME type from the original file name."""
    from pathlib import PurePath

    from anonkit.workflow.errors import NotReadyError
    from anonkit.workflow.recordings import AUDIO

    oid = _newest(vault, rid, IDENTIFIABLE, AUDIO)
    if oid is None:
        raise NotReadyError(f"recording {rid} has no audio in the vault")
    name = str(vault.get_metadata(rid).get("original_name") or "")
    return vault.get_bytes(oid), _MIME.get(PurePath(name).suffix.lower(),
                                           "application/octet-stream")
