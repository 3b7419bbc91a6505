"""Names for the speakers of a transcript: ``--speaker-names`` parsed and applied.

Why a module of its own: diarization (``speakers.py``) decides *who spoke when*; naming the
labels it produced (``S1`` -> ``Interviewer``) is plain bookkeeping on a ``Transcript`` that
needs no audio, numpy or model, so the CLI can use it without loading the diarizer.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from anonkit.asr.transcript import Transcript

__all__ = ["parse_speaker_names", "rename_speakers"]


def parse_speaker_names(text: str) -> tuple[str, ...]:
    """``"Interviewer,P07"`` -> ``("Interviewer", "P07")``; raises ``ValueError`` with the
    reason for an empty, repeated or unusable name (a ``:`` would break the txt layout)."""
    names = tuple(n.strip() for n in text.split(","))
    for name in names:
        if not name:
            raise ValueError("a speaker name is empty")
        if ":" in name or any(ch < " " for ch in name):
            raise ValueError(f"speaker name {name!r} contains ':' or a control character")
    if len(set(names)) != len(names):
        raise ValueError("speaker names repeat")
    return names


def rename_speakers(transcript: Transcript, names: Sequence[str]) -> Transcript:
    """Give the speakers ``names`` in order of first appearance (first speaker -> names[0]).

    Speakers beyond the names keep their label (``S3`` …); a label that would collide with a
    given name is suffixed, so two people never end up under one name.
    """
    order: list[str] = []
    for seg in transcript.segments:
        if seg.speaker is not None and seg.speaker not in order:
            order.append(seg.speaker)
    mapping = dict(zip(order, names, strict=False))
    for label in order[len(names):]:
        new = label
        while new in names:
            new += "'"
        mapping[label] = new
    segments = tuple(
        dataclasses.replace(s, speaker=mapping[s.speaker]) if s.speaker is not None else s
        for s in transcript.segments)
    return dataclasses.replace(transcript, segments=segments)
