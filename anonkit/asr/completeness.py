"""Say what a transcript is missing, instead of returning an empty or partial one silently.

Three checks, each cheap and run after transcription:

* **truncated input**: the container declares a longer duration than could be decoded (a
  recorder that crashed, a half-copied file). Tolerance: 1 s or 1 %, whichever is larger
  (codec padding and rounding differ by milliseconds).
* **no speech**: not a single word was transcribed.
* **gaps** (``[inaudible hh:mm:ss–hh:mm:ss]``): a stretch of at least ``GAP_SECONDS``
  without transcribed words *that has sound in it*. The rule, and why: VAD and Whisper's
  no-speech filter drop silence on purpose, and a long silence in an interview is a pause,
  not lost speech, so marking every long gap would cry wolf. A stretch counts as inaudible
  when at least ``LOUD_SECONDS`` of it is as loud as the recording's speech (RMS of 30 ms
  frames within ``LOUD_DB`` dB of the median of the transcribed stretches, and above
  ``FLOOR_DBFS``): there was something at speaking level that produced no words —
  mumbling, cross-talk, a noisy passage, or speech the model dropped. A reviewer should
  listen to it. Pauses stay unmarked (``--pause-marks`` shows them).

Exit statuses built on these (``anonkit transcribe``): 0 complete; 3 written but truncated
input or no speech found; 130 interrupted (partial result kept, marked incomplete).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from anonkit.asr.audio import SAMPLE_RATE
from anonkit.asr.transcript import Gap, Transcript

#: shortest stretch without words that may be marked inaudible (seconds)
GAP_SECONDS = 5.0
#: how much of the stretch must be at speaking level (seconds)
LOUD_SECONDS = 1.0
#: "at speaking level": within this many dB of the median transcribed frame
LOUD_DB = 15.0
#: never count frames quieter than this as sound (dB relative to full scale)
FLOOR_DBFS = -45.0
FRAME_SECONDS = 0.03


@dataclass(frozen=True)
class Completeness:
    """What the checks found; ``warnings`` are one-line messages for stderr."""

    warnings: tuple[str, ...]
    truncated: bool
    no_speech: bool

    @property
    def exit_code(self) -> int:
        """3 when the result needs a look before use (see the module docstring), else 0."""
        return 3 if self.truncated or self.no_speech else 0


def truncation_warning(name: str, declared: float | None, decoded: float) -> str | None:
    """A warning when ``decoded`` seconds fall short of the ``declared`` duration."""
    if declared is None or declared <= 0:
        return None
    if declared - decoded <= max(1.0, 0.01 * declared):
        return None
    return (f"{name}: only {decoded:.1f} s of the {declared:.1f} s the file declares could be "
            "decoded; the file may be truncated or only partly copied, and the transcript "
            "covers the decoded part only")


def _frame_db(audio: np.ndarray) -> np.ndarray:
    """RMS level of consecutive 30 ms frames in dBFS."""
    n = int(FRAME_SECONDS * SAMPLE_RATE)
    usable = len(audio) // n * n
    if usable == 0:
        return np.zeros(0, dtype=np.float32)
    frames = np.ascontiguousarray(audio[:usable], dtype=np.float32).reshape(-1, n)  # a view
    # einsum sums the squares frame by frame without a second copy of the audio in memory
    # (an hour is 230 MB as float32)
    rms = np.sqrt(np.einsum("ij,ij->i", frames, frames) / n)
    return 20.0 * np.log10(np.maximum(rms, 1e-10))


def find_gaps(audio: np.ndarray, transcript: Transcript,
              min_gap: float = GAP_SECONDS) -> tuple[Gap, ...]:
    """Stretches of at least ``min_gap`` s without words that hold speech-level sound."""
    db = _frame_db(audio)
    if db.size == 0:
        return ()
    frame_of = lambda t: int(t / FRAME_SECONDS)  # noqa: E731
    spoken = np.zeros(db.size, dtype=bool)
    for seg in transcript.segments:
        if seg.text.strip():
            spoken[frame_of(seg.start):frame_of(seg.end) + 1] = True
    if not spoken.any():
        return ()
    threshold = max(FLOOR_DBFS, float(np.median(db[spoken])) - LOUD_DB)
    duration = len(audio) / SAMPLE_RATE
    edges = [0.0]
    for seg in sorted(transcript.segments, key=lambda s: s.start):
        if seg.text.strip():
            edges += [seg.start, seg.end]
    edges.append(duration)
    gaps: list[Gap] = []
    for start, end in zip(edges[::2], edges[1::2], strict=True):
        if end - start < min_gap:
            continue
        loud = int(np.count_nonzero(db[frame_of(start):frame_of(end)] >= threshold))
        if loud * FRAME_SECONDS >= LOUD_SECONDS:
            gaps.append(Gap(round(start, 3), round(end, 3)))
    return tuple(gaps)


def check(transcript: Transcript, name: str, declared: float | None) -> Completeness:
    """The warnings for ``transcript`` of input ``name`` (declared duration if known)."""
    warnings: list[str] = []
    truncated = truncation_warning(name, declared, transcript.duration)
    if truncated:
        warnings.append(truncated)
    no_speech = not transcript.text.strip()
    if no_speech and not transcript.incomplete:
        warnings.append(f"{name}: no speech found in {transcript.duration:.1f} s of audio; "
                        "the transcript is empty")
    if transcript.gaps:
        total = sum(g.end - g.start for g in transcript.gaps)
        warnings.append(f"{name}: {len(transcript.gaps)} stretch(es), {total:.0f} s in all, "
                        "with sound but no words, marked [inaudible …]")
    return Completeness(tuple(warnings), truncated is not None,
                        no_speech and not transcript.incomplete)
