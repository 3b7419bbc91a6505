"""The transcript data model: frozen dataclasses with a stable JSON form.

Why frozen: a transcript passes through several stages (speaker assignment, pseudonymization,
review); each stage returns a *new* transcript (``dataclasses.replace``) so that no stage can
silently change what an earlier stage produced.

The JSON form is the contract of ``anonkit transcribe --format json`` in
``docs/interfaces.md``::

    {"language": "en", "duration": 11.0, "model": "...",
     "segments": [{"start": 0.0, "end": 4.2, "speaker": "S1", "text": "...",
                   "words": [{"start": 0.0, "end": 0.3, "word": "And", "probability": 0.98}]}]}

Extra keys (``language_probability``, ``backend``, ``options``, ``gaps``, ``incomplete`` on
the transcript;
``avg_logprob``, ``no_speech_prob``, ``compression_ratio``, ``flags`` on a segment) are
allowed by the contract and are written too; readers ignore keys they do not know.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

#: Version of the JSON layout; bump when a key changes meaning.
FORMAT_VERSION = 1


def _r(value: float, digits: int = 3) -> float:
    """Round times/probabilities for JSON: milliseconds are the precision Whisper has."""
    return round(float(value), digits)


@dataclass(frozen=True)
class Word:
    """One recognized word with its time span (seconds) and the model's confidence.

    ``text`` keeps Whisper's leading space (" hello"), so joining words with "" restores the
    segment text exactly; JSON names this field ``word`` as faster-whisper does.
    """

    start: float
    end: float
    text: str
    probability: float

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": _r(self.start),
            "end": _r(self.end),
            "word": self.text,
            "probability": _r(self.probability, 4),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Word:
        return cls(
            start=float(data["start"]),
            end=float(data["end"]),
            text=str(data.get("word", data.get("text", ""))),
            probability=float(data.get("probability", 0.0)),
        )


@dataclass(frozen=True)
class Segment:
    """A stretch of speech: text, time span, optional speaker label, and its words.

    ``flags`` carries quality warnings a reviewer should see (e.g. ``"repetition"`` when the
    loop guard suspects a hallucinated loop); the segment is kept so that nothing is lost
    silently.
    """

    start: float
    end: float
    text: str
    speaker: str | None = None
    words: tuple[Word, ...] = ()
    avg_logprob: float | None = None
    no_speech_prob: float | None = None
    compression_ratio: float | None = None
    flags: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "start": _r(self.start),
            "end": _r(self.end),
            "speaker": self.speaker,
            "text": self.text,
            "words": [w.to_dict() for w in self.words],
        }
        if self.avg_logprob is not None:
            out["avg_logprob"] = _r(self.avg_logprob, 4)
        if self.no_speech_prob is not None:
            out["no_speech_prob"] = _r(self.no_speech_prob, 4)
        if self.compression_ratio is not None:
            out["compression_ratio"] = _r(self.compression_ratio, 4)
        if self.flags:
            out["flags"] = list(self.flags)
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Segment:
        def opt(key: str) -> float | None:
            value = data.get(key)
            return None if value is None else float(value)

        return cls(
            start=float(data["start"]),
            end=float(data["end"]),
            text=str(data.get("text", "")),
            speaker=data.get("speaker"),
            words=tuple(Word.from_dict(w) for w in data.get("words") or ()),
            avg_logprob=opt("avg_logprob"),
            no_speech_prob=opt("no_speech_prob"),
            compression_ratio=opt("compression_ratio"),
            flags=tuple(data.get("flags") or ()),
        )


@dataclass(frozen=True)
class Gap:
    """A stretch with sound but no transcribed words (``[inaudible hh:mm:ss–hh:mm:ss]``).

    Why kept apart from segments: it is not something anyone said; a reviewer should listen
    to it. ``anonkit.asr.completeness`` decides which stretches count (quiet ones are pauses).
    """

    start: float
    end: float

    def to_dict(self) -> dict[str, Any]:
        return {"start": _r(self.start), "end": _r(self.end)}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Gap:
        return cls(start=float(data["start"]), end=float(data["end"]))


@dataclass(frozen=True)
class Transcript:
    """The result of transcribing one recording.

    ``language`` is anonkit's code (``"en"``, ``"nb"``; see ``anonkit.asr.options`` for the
    mapping from Whisper's ``"no"``). ``options`` echoes the settings used, like
    faster-whisper's ``TranscriptionInfo``, so a transcript documents how it was made.
    """

    language: str
    duration: float
    model: str
    segments: tuple[Segment, ...] = ()
    language_probability: float | None = None
    backend: str | None = None
    # A dict cannot be hashed; it is excluded from the hash but still compared.
    options: dict[str, Any] = field(default_factory=dict, hash=False)
    #: stretches with sound but no words, marked ``[inaudible …]`` in text output
    gaps: tuple[Gap, ...] = ()
    #: why the transcript is incomplete (e.g. interrupted at 00:12:03), ``None`` when complete
    incomplete: str | None = None

    @property
    def text(self) -> str:
        """All segment texts joined with single spaces (for WER checks and previews)."""
        return " ".join(s.text.strip() for s in self.segments if s.text.strip())

    @property
    def words(self) -> tuple[Word, ...]:
        return tuple(w for s in self.segments for w in s.words)

    @property
    def speakers(self) -> tuple[str, ...]:
        """Distinct speaker labels in order of first appearance."""
        seen: dict[str, None] = {}
        for s in self.segments:
            if s.speaker is not None:
                seen.setdefault(s.speaker, None)
        return tuple(seen)

    def to_dict(self) -> dict[str, Any]:
        return {
            "language": self.language,
            "duration": _r(self.duration),
            "model": self.model,
            "segments": [s.to_dict() for s in self.segments],
            "language_probability": (
                None if self.language_probability is None else _r(self.language_probability, 4)
            ),
            "backend": self.backend,
            "options": dict(self.options),
            "gaps": [g.to_dict() for g in self.gaps],
            "incomplete": self.incomplete,
            "format_version": FORMAT_VERSION,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Transcript:
        lp = data.get("language_probability")
        return cls(
            language=str(data["language"]),
            duration=float(data["duration"]),
            model=str(data.get("model", "")),
            segments=tuple(Segment.from_dict(s) for s in data.get("segments") or ()),
            language_probability=None if lp is None else float(lp),
            backend=data.get("backend"),
            options=dict(data.get("options") or {}),
            gaps=tuple(Gap.from_dict(g) for g in data.get("gaps") or ()),
            incomplete=data.get("incomplete"),
        )

    def to_json(self, indent: int | None = None) -> str:
        """JSON text; ``ensure_ascii=False`` keeps æøå readable in the file."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_json(cls, text: str) -> Transcript:
        return cls.from_dict(json.loads(text))
