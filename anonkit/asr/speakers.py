"""Speaker turns for interviews and focus groups, fully offline (see ``docs/speakers.md``).

Why this method: pyannote (what noScribe, aTrain and WhisperX use) needs weights from the
Hugging Face hub, which anonkit may not contact. ``resemblyzer`` ships its speaker encoder
(a 3-layer LSTM, 17 MB) inside its wheel, so it works with no network at all; anonkit runs
that network in numpy (``anonkit.asr.voice_encoder``), so torch is never imported. Measured on
``tests/data/two_voices.wav`` (``scripts/measure_speakers.py``), Ward linkage of 1.6 s window
embeddings separates every turn; numbers and limits are in ``docs/speakers.md``.

Pipeline (``diarize``):

1. speech regions: WebRTC VAD on 30 ms frames, gaps < ``MERGE_GAP_S`` bridged;
2. one 256-d embedding per window of ``WINDOW_S`` every ``STEP_S`` *inside* each region (a
   window never spans a pause, so it rarely mixes two voices); a region shorter than a window
   is embedded whole (the LSTM takes any length);
3. agglomerative clustering with Ward linkage (``scipy.cluster.hierarchy``) into
   ``num_speakers`` clusters (``anonkit.asr.speaker_clusters``); with ``num_speakers="auto"``
   a second voice needs a clear two-cluster split (``has_second_speaker``), and further
   voices a BIC-style rule on window embeddings whitened by one voice's own variation
   (``estimate_speakers``, at most ``MAX_AUTO_SPEAKERS``);
4. every 10 ms speech frame takes the majority label of the windows covering it; runs of one
   label become turns; turns shorter than ``MIN_TURN_S`` are merged into their neighbour;
5. labels are renamed ``S1``, ``S2``, … in order of first appearance, so ``S1`` is whoever
   speaks first (in a research interview usually the interviewer).

``assign_speakers`` then gives each transcript word the turn it overlaps most and splits a
segment at the word boundary where the speaker changes.
"""

from __future__ import annotations

import dataclasses
import threading
import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

import numpy as np

from anonkit.asr.speaker_clusters import (
    AUTO_DISTANCE_THRESHOLD,
    AUTO_MERGE_RATIO,
    MAX_AUTO_SPEAKERS,
    MAX_CLUSTER_WINDOWS,
    Linkage,
    centroid_distance,
    cluster_windows,
    estimate_speakers,
    has_second_speaker,
    second_speaker_evidence,
)
from anonkit.asr.transcript import Segment, Transcript, Word
from anonkit.errors import ModelNotFoundError

if TYPE_CHECKING:
    from resemblyzer import VoiceEncoder

__all__ = [
    "AUTO_DISTANCE_THRESHOLD",
    "AUTO_MERGE_RATIO",
    "MAX_AUTO_SPEAKERS",
    "MAX_CLUSTER_WINDOWS",
    "SpeakerModelMissingError",
    "SpeakerTurn",
    "assign_speakers",
    "centroid_distance",
    "cluster_windows",
    "diarize",
    "estimate_speakers",
    "has_second_speaker",
    "second_speaker_evidence",
    "turns_from_embeddings",
    "window_embeddings",
]

#: The encoder's sample rate (resemblyzer ``hparams.sampling_rate``).
SAMPLE_RATE = 16_000
#: Mel frames are 10 ms apart (resemblyzer ``mel_window_step``); all timing below uses them.
FRAME_S = 0.01
#: Embedding window: 160 mel frames, the length the encoder was trained on.
WINDOW_S = 1.6
#: Hop between windows.
STEP_S = 0.5
#: WebRTC VAD frame (10, 20 or 30 ms allowed) and aggressiveness (0 lenient .. 3 strict).
VAD_FRAME_S = 0.03
VAD_MODE = 2
#: Pauses shorter than this stay inside one speech region (commas, breaths).
MERGE_GAP_S = 0.3
#: Speech regions shorter than this are too short to embed and are left unlabelled
#: (their words take the nearest turn's label).
MIN_REGION_S = 0.25
#: Turns shorter than this are treated as clustering noise and merged into a neighbour.
MIN_TURN_S = 1.0


class SpeakerModelMissingError(ModelNotFoundError):
    """Speaker turns need the optional `diarize` extra, which is not installed."""

    def __init__(self, message: str | None = None) -> None:
        super().__init__(
            message
            or "speaker turns need the optional `diarize` extra (resemblyzer, webrtcvad-wheels),"
            ' which is not installed; install it with `pip install -e ".[diarize]"` and'
            " `pip install --no-deps resemblyzer==0.1.4` (scripts/setup.sh does both),"
            " or use one speaker"
        )


@dataclass(frozen=True)
class SpeakerTurn:
    """One speaker's stretch of speech, in seconds from the start of the recording."""

    start: float
    end: float
    speaker: str

    @property
    def duration(self) -> float:
        return self.end - self.start


#: torch threads for resemblyzer's reference encoder (``get_encoder``; comparisons only).
TORCH_THREADS = 2

# --------------------------------------------------------------------------- encoder

_ENCODER: VoiceEncoder | None = None
_ENCODER_LOCK = threading.Lock()


def _require_extra() -> Any:
    """The ``diarize`` extra: webrtcvad (imported) and resemblyzer's weights (located only).

    Why resemblyzer is never imported here: it imports torch, which more than doubled a
    transcription's memory; ``anonkit.asr.voice_encoder`` runs its network in numpy.
    """
    import importlib.util

    try:
        import webrtcvad
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise SpeakerModelMissingError() from exc
    if importlib.util.find_spec("resemblyzer") is None:
        raise SpeakerModelMissingError()
    return webrtcvad


def get_encoder() -> VoiceEncoder:
    """resemblyzer's own torch encoder: the reference for ``tests/asr/test_voice_encoder.py``
    and ``scripts/measure_speakers.py``; anonkit itself uses ``voice_encoder.load_encoder``."""
    global _ENCODER
    with _ENCODER_LOCK:
        if _ENCODER is None:
            with warnings.catch_warnings():
                # resemblyzer 0.1.4 imports scipy.ndimage.morphology (deprecated, still works).
                warnings.simplefilter("ignore", DeprecationWarning)
                import resemblyzer
            import torch

            if torch.get_num_threads() > TORCH_THREADS:
                torch.set_num_threads(TORCH_THREADS)
            _ENCODER = resemblyzer.VoiceEncoder("cpu", verbose=False)
        return _ENCODER


# --------------------------------------------------------------------------- audio helpers


def _as_mono_16k(audio: np.ndarray, sample_rate: int) -> np.ndarray:
    """float32 mono at 16 kHz; integer PCM is scaled to [-1, 1]."""
    x = np.asarray(audio)
    if x.ndim != 1:
        raise ValueError(f"audio must be mono (1-D), got shape {x.shape}")
    if np.issubdtype(x.dtype, np.integer):
        x = x.astype(np.float32) / float(np.iinfo(x.dtype).max + 1)
    x = x.astype(np.float32, copy=False)
    if sample_rate != SAMPLE_RATE and len(x):
        from math import gcd

        from scipy.signal import resample_poly

        g = gcd(int(sample_rate), SAMPLE_RATE)
        x = resample_poly(x, SAMPLE_RATE // g, int(sample_rate) // g).astype(np.float32)
    return x


def speech_regions(audio: np.ndarray) -> list[tuple[float, float]]:
    """Speech regions ``(start, end)`` in seconds of 16 kHz float32 ``audio`` (WebRTC VAD)."""
    webrtcvad = _require_extra()
    n = int(SAMPLE_RATE * VAD_FRAME_S)
    if len(audio) < n:
        return []
    pcm = (np.clip(audio, -1.0, 1.0) * 32767).astype("<i2")
    vad = webrtcvad.Vad(VAD_MODE)
    flags = [
        vad.is_speech(pcm[i : i + n].tobytes(), SAMPLE_RATE) for i in range(0, len(pcm) - n + 1, n)
    ]
    regions: list[list[float]] = []
    for i, is_speech in enumerate(flags):
        if not is_speech:
            continue
        start, end = i * VAD_FRAME_S, (i + 1) * VAD_FRAME_S
        if regions and start - regions[-1][1] < MERGE_GAP_S:
            regions[-1][1] = end
        else:
            regions.append([start, end])
    return [(round(s, 3), round(e, 3)) for s, e in regions if e - s >= MIN_REGION_S]


def _windows(regions: Sequence[tuple[float, float]], n_frames: int) -> list[tuple[int, int]]:
    """Window frame ranges inside each region: full windows every ``STEP_S``, the last one
    flush with the region's end; a short region is one window of its own length."""
    win, step = round(WINDOW_S / FRAME_S), round(STEP_S / FRAME_S)
    out: list[tuple[int, int]] = []
    for start_s, end_s in regions:
        a, b = round(start_s / FRAME_S), min(round(end_s / FRAME_S), n_frames)
        if b - a <= win:
            if b > a:
                out.append((a, b))
            continue
        starts = list(range(a, b - win + 1, step))
        if starts[-1] + win < b:
            starts.append(b - win)
        out.extend((s, s + win) for s in starts)
    return out


def window_embeddings(
    audio: np.ndarray, sample_rate: int = SAMPLE_RATE
) -> tuple[np.ndarray, list[tuple[float, float]], list[tuple[float, float]]]:
    """Embed ``audio`` in sliding windows over its speech regions.

    Returns ``(embeddings, windows, regions)``: an ``(n, 256)`` array of L2-normalised
    embeddings, each window's ``(start, end)`` in seconds, and the speech regions.
    """
    x = _as_mono_16k(audio, sample_rate)
    regions = speech_regions(x)
    if not regions:
        return np.zeros((0, 256), np.float32), [], []
    from anonkit.asr import voice_encoder

    encoder = voice_encoder.load_encoder()
    x = voice_encoder.normalize_volume(x) if np.any(x) else x
    mel = voice_encoder.mel_spectrogram(x)
    spans = _windows(regions, len(mel))
    full = [i for i, (a, b) in enumerate(spans) if b - a == round(WINDOW_S / FRAME_S)]
    embeddings = np.zeros((len(spans), 256), np.float32)
    for chunk in range(0, len(full), 64):  # bounded memory on long recordings
        idx = full[chunk : chunk + 64]
        embeddings[idx] = encoder(np.stack([mel[spans[i][0] : spans[i][1]] for i in idx]))
    for i, (a, b) in enumerate(spans):
        if b - a != round(WINDOW_S / FRAME_S):
            embeddings[i] = encoder(mel[None, a:b])[0]
    windows = [(a * FRAME_S, b * FRAME_S) for a, b in spans]
    return embeddings, windows, regions


# --------------------------------------------------------------------------- turns


def _frame_labels(
    labels: np.ndarray,
    windows: Sequence[tuple[float, float]],
    regions: Sequence[tuple[float, float]],
    n_frames: int,
    k: int,
) -> np.ndarray:
    """Per 10 ms frame: majority label of the windows covering it, -1 outside speech.

    Ties go to the window whose centre is nearest to the frame.
    """
    votes = np.zeros((n_frames, max(k, 1)), np.int32)
    nearest = np.full(n_frames, -1)
    best = np.full(n_frames, np.inf)
    frames = np.arange(n_frames)
    for label, (ws, we) in zip(labels, windows, strict=True):
        a, b = round(ws / FRAME_S), min(round(we / FRAME_S), n_frames)
        votes[a:b, label] += 1
        dist = np.abs(frames[a:b] - (a + b) / 2)
        closer = dist < best[a:b]
        best[a:b][closer] = dist[closer]
        nearest[a:b][closer] = label
    out = np.full(n_frames, -1)
    covered = votes.sum(1) > 0
    top = votes.max(1, keepdims=True)
    unique_top = (votes == top).sum(1) == 1
    out[covered & unique_top] = votes.argmax(1)[covered & unique_top]
    out[covered & ~unique_top] = nearest[covered & ~unique_top]
    speech = np.zeros(n_frames, bool)
    for s, e in regions:
        speech[round(s / FRAME_S) : min(round(e / FRAME_S), n_frames)] = True
    out[~speech] = -1
    return out


def _runs(frame_labels: np.ndarray) -> list[list[float]]:
    """Turns ``[start_s, end_s, label]`` from frame labels, bridging unlabelled gaps between
    frames of the same label."""
    turns: list[list[float]] = []
    for i in np.flatnonzero(frame_labels >= 0):
        label = int(frame_labels[i])
        if turns and turns[-1][2] == label:
            turns[-1][1] = (i + 1) * FRAME_S
        else:
            turns.append([i * FRAME_S, (i + 1) * FRAME_S, label])
    return turns


def _smooth(turns: list[list[float]], min_turn_s: float) -> list[list[float]]:
    """Merge turns shorter than ``min_turn_s`` into a neighbour, shortest first.

    With two speakers the neighbours of a short turn both belong to the other speaker, so the
    flip is absorbed and the three turns become one. With more, the nearer neighbour wins.
    """
    turns = [list(t) for t in turns]
    while len(turns) > 1:
        i = min(range(len(turns)), key=lambda j: turns[j][1] - turns[j][0])
        if turns[i][1] - turns[i][0] >= min_turn_s:
            break
        left = turns[i - 1] if i > 0 else None
        right = turns[i + 1] if i + 1 < len(turns) else None
        if left is None or (right is not None and right[0] - turns[i][1] < turns[i][0] - left[1]):
            target = right
        else:
            target = left
        assert target is not None
        turns[i][2] = target[2]
        merged: list[list[float]] = []
        for t in turns:
            if merged and merged[-1][2] == t[2]:
                merged[-1][1] = t[1]
            else:
                merged.append(t)
        turns = merged
    return turns


def diarize(
    audio: np.ndarray,
    sample_rate: int = SAMPLE_RATE,
    num_speakers: int | Literal["auto"] = 2,
    *,
    min_turn_s: float = MIN_TURN_S,
    method: Linkage = "ward",
) -> list[SpeakerTurn]:
    """Who speaks when: a time-ordered list of turns labelled ``S1``, ``S2``, …

    ``S1`` is whoever speaks first. Silence yields ``[]``. ``num_speakers=1`` returns one turn
    over the whole recording without loading the encoder. Raises
    ``SpeakerModelMissingError`` when the ``diarize`` extra is not installed.
    """
    if num_speakers != "auto" and int(num_speakers) < 1:
        raise ValueError("num_speakers must be >= 1 or 'auto'")
    duration = len(audio) / float(sample_rate) if sample_rate else 0.0
    if num_speakers == 1:
        return [SpeakerTurn(0.0, round(duration, 3), "S1")] if duration > 0 else []
    embeddings, windows, regions = window_embeddings(audio, sample_rate)
    return turns_from_embeddings(
        embeddings, windows, regions, num_speakers, min_turn_s=min_turn_s, method=method
    )


def turns_from_embeddings(
    embeddings: np.ndarray,
    windows: Sequence[tuple[float, float]],
    regions: Sequence[tuple[float, float]],
    num_speakers: int | Literal["auto"] = 2,
    *,
    min_turn_s: float = MIN_TURN_S,
    method: Linkage = "ward",
) -> list[SpeakerTurn]:
    """Steps 3-5 of ``diarize`` on the output of ``window_embeddings``.

    Why separate: embedding is the expensive step; measuring several clustering settings on one
    recording (``scripts/measure_speakers.py``) reuses it.
    """
    if not windows:
        return []
    labels = cluster_windows(embeddings, num_speakers, method, windows)
    n_frames = round(max(regions[-1][1], windows[-1][1]) / FRAME_S) + 1
    k = int(labels.max()) + 1
    turns = _smooth(_runs(_frame_labels(labels, windows, regions, n_frames, k)), min_turn_s)
    # Rename in order of first appearance *after* smoothing, so S1 really speaks first.
    names: dict[int, str] = {}
    for t in turns:
        names.setdefault(int(t[2]), f"S{len(names) + 1}")
    return [
        SpeakerTurn(round(float(s), 3), round(float(e), 3), names[int(lab)]) for s, e, lab in turns
    ]


# --------------------------------------------------------------------------- transcript


def speaker_at(turns: Sequence[SpeakerTurn], start: float, end: float) -> str:
    """The speaker of the turn overlapping ``[start, end]`` most; the nearest turn if none."""
    best, best_overlap = None, 0.0
    for t in turns:
        overlap = min(end, t.end) - max(start, t.start)
        if overlap > best_overlap:
            best, best_overlap = t.speaker, overlap
    if best is not None:
        return best
    mid = (start + end) / 2
    return min(turns, key=lambda t: max(t.start - mid, mid - t.end, 0.0)).speaker


def _join(words: Sequence[Word]) -> str:
    """Segment text from its words: Whisper words carry their leading space."""
    if all(w.text[:1].isspace() or not w.text for w in words):
        return "".join(w.text for w in words).strip()
    return " ".join(w.text.strip() for w in words)


def _split(segment: Segment, turns: Sequence[SpeakerTurn]) -> list[Segment]:
    """The segment with its speaker set, split where consecutive words change speaker."""
    if not segment.words:
        return [dataclasses.replace(segment, speaker=speaker_at(turns, segment.start, segment.end))]
    labels = [speaker_at(turns, w.start, w.end) for w in segment.words]
    if len(set(labels)) == 1:
        return [dataclasses.replace(segment, speaker=labels[0])]
    groups: list[tuple[str, list[Word]]] = []
    for label, word in zip(labels, segment.words, strict=True):
        if groups and groups[-1][0] == label:
            groups[-1][1].append(word)
        else:
            groups.append((label, [word]))
    out = []
    for i, (label, words) in enumerate(groups):
        out.append(
            dataclasses.replace(
                segment,
                start=segment.start if i == 0 else words[0].start,
                end=segment.end if i == len(groups) - 1 else words[-1].end,
                text=_join(words),
                speaker=label,
                words=tuple(words),
            )
        )
    return out


def assign_speakers(
    audio: np.ndarray,
    sample_rate: int,
    transcript: Transcript,
    num_speakers: int | Literal["auto"] = 2,
) -> Transcript:
    """A new transcript whose segments carry speaker labels ``S1``, ``S2`` (S1 speaks first).

    Each word takes the speaker of the turn it overlaps most; a segment whose words fall in
    different turns is split at the word boundary. Segments without words are labelled by
    their time span. ``num_speakers=1`` labels everything ``S1`` without loading a model;
    ``"auto"`` reports one speaker when no second voice is clearly present.
    """
    if num_speakers == 1:
        turns: list[SpeakerTurn] = []
    else:
        turns = diarize(audio, sample_rate, num_speakers)
    if not turns:
        # One speaker, or no speech the VAD could find: everything belongs to S1.
        segments = tuple(dataclasses.replace(s, speaker="S1") for s in transcript.segments)
    else:
        segments = tuple(piece for s in transcript.segments for piece in _split(s, turns))
    return dataclasses.replace(transcript, segments=segments)
