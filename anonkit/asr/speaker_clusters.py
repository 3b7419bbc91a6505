"""How many voices, and which window belongs to which: clustering of speaker embeddings.

Split from ``anonkit.asr.speakers`` (which re-exports these names): the statistics that
decide the number of speakers are the part most likely to be re-tuned, and they need no
audio. Measurements behind every constant: docs/speakers.md.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

import numpy as np

Linkage = Literal["ward", "average"]

#: ``num_speakers="auto"`` reports a second speaker only when (a) the cosine distance between
#: the two Ward cluster centroids is at least ``AUTO_DISTANCE_THRESHOLD`` and (b) Ward's last
#: merge is at least ``AUTO_MERGE_RATIO`` times the one before. Measured
#: (docs/speakers.md, scripts/measure_speakers.py): one espeak voice, 5 clips: distance
#: 0.059-0.089, ratio 1.06-1.30; two voices that Ward separates 10/10: distance 0.116-0.398,
#: ratio 1.64-3.2. Requiring both keeps a margin on each statistic.
AUTO_DISTANCE_THRESHOLD = 0.10
AUTO_MERGE_RATIO = 1.4
#: ``num_speakers="auto"`` reports at most this many voices (a large focus group).
MAX_AUTO_SPEAKERS = 8
#: Window pairs this many steps apart (1 s) sample one voice's variation; fewer such pairs
#: than ``WHITEN_MIN_PAIRS`` and "auto" stops at two voices.
WHITEN_LAG = 2
WHITEN_MIN_PAIRS = 8
#: Fewer windows than this (about 3 s of speech) are too few to claim a second voice.
AUTO_MIN_WINDOWS = 4
#: At most this many windows (about 35 minutes of speech) go into the linkage; see
#: ``cluster_windows``.
MAX_CLUSTER_WINDOWS = 4000


def _within_speaker_whitening(
    embeddings: np.ndarray, windows: Sequence[tuple[float, float]]
) -> np.ndarray | None:
    """Embeddings centred and whitened by an estimate of *one voice's* variation.

    Why: the voices of a group differ along a few directions only, and by less than one voice
    varies along others, so plain distances cannot tell "two similar voices" from "one voice,
    different sounds". Windows ``WHITEN_LAG`` steps apart inside one speech region (1 s apart,
    chained by overlap, so almost surely one speaker) sample that within-voice variation; its
    covariance, shrunk halfway to a multiple of the identity (the estimate comes from few
    pairs), whitens the space. ``None`` when fewer than ``WHITEN_MIN_PAIRS`` pairs exist.
    """
    pairs = [
        embeddings[i + WHITEN_LAG] - embeddings[i]
        for i in range(len(windows) - WHITEN_LAG)
        if all(windows[t + 1][0] < windows[t][1] for t in range(i, i + WHITEN_LAG))
    ]
    if len(pairs) < WHITEN_MIN_PAIRS:
        return None
    diffs = np.asarray(pairs, dtype=np.float64)
    cov = diffs.T @ diffs / len(diffs) / 2.0  # Var(a - b) = 2 Var(a) for one voice
    cov += np.trace(cov) / cov.shape[0] * np.eye(cov.shape[0])
    values, vectors = np.linalg.eigh(cov)
    centred = embeddings.astype(np.float64) - embeddings.mean(0)
    whitened: np.ndarray = centred @ (vectors / np.sqrt(values))
    return whitened


def estimate_speakers(
    embeddings: np.ndarray,
    windows: Sequence[tuple[float, float]],
    max_speakers: int = MAX_AUTO_SPEAKERS,
) -> int:
    """How many voices: 1 unless ``has_second_speaker``; then a BIC-style stopping rule.

    In the within-voice-whitened space (``_within_speaker_whitening``) one voice's windows
    scatter like a unit Gaussian, so Ward's merge height ``h`` (``h^2 / 2`` is the increase of
    the squared error) is worth a separate cluster when the likelihood gain ``h^2 / 4`` beats
    BIC's price of a 256-d mean, ``d / 2 * ln n``: ``h >= sqrt(2 d ln n)``. The count is one
    plus the number of such merges, at least 2 and at most ``max_speakers``. Measured margins
    (docs/speakers.md): real splits 1.08-1.25 of the threshold, splits inside one voice
    0.84-0.86.
    """
    from scipy.cluster.hierarchy import linkage

    if not has_second_speaker(embeddings):
        return 1
    sample = np.linspace(0, len(embeddings) - 1, min(len(embeddings), MAX_CLUSTER_WINDOWS))
    idx = sample.round().astype(int)
    whitened = _within_speaker_whitening(embeddings, windows)
    if whitened is None:
        return 2
    points = whitened[idx]
    n, dim = points.shape
    heights = linkage(points, method="ward", metric="euclidean")[:, 2][::-1]
    threshold = np.sqrt(2.0 * dim * np.log(n))
    k = 1 + int(np.sum(heights[: max_speakers - 1] >= threshold))
    return int(min(max(k, 2), max_speakers))


def cluster_windows(
    embeddings: np.ndarray,
    num_speakers: int | Literal["auto"] = 2,
    method: Linkage = "ward",
    windows: Sequence[tuple[float, float]] | None = None,
) -> np.ndarray:
    """Cluster labels ``0..k-1`` for each embedding (numbered in order of first appearance).

    ``"auto"`` estimates the number of voices with ``estimate_speakers`` (needs the window
    times; without them it decides between one and two with ``has_second_speaker``).
    ``method="average"`` (cosine distance) is kept for the comparison in docs/speakers.md.
    """
    from scipy.cluster.hierarchy import fcluster, linkage

    n = len(embeddings)
    if num_speakers == "auto" and windows is not None:
        k = estimate_speakers(embeddings, windows)
    elif num_speakers == "auto":
        k = 2 if has_second_speaker(embeddings) else 1
    else:
        k = int(num_speakers)
    if k <= 1 or n < 2:
        return np.zeros(n, int)
    k = min(k, n)
    # Linkage needs all pairwise distances (n^2/2 floats: 200 MB at n=7,000, about an hour of
    # speech). Longer recordings: cluster an even subsample, then give every window the
    # label of the nearest cluster centroid.
    sample = np.linspace(0, n - 1, min(n, MAX_CLUSTER_WINDOWS)).round().astype(int)
    points = embeddings[sample]
    if method == "ward":
        tree = linkage(points, method="ward", metric="euclidean")
    else:
        tree = linkage(points, method="average", metric="cosine")
    raw = fcluster(tree, k, criterion="maxclust")
    if len(sample) < n:
        names = np.unique(raw)
        centroids = np.stack([points[raw == c].mean(0) for c in names])
        raw = names[np.argmin(((embeddings[:, None, :] - centroids[None]) ** 2).sum(-1), axis=1)]
    order: dict[int, int] = {}
    for label in raw:
        order.setdefault(int(label), len(order))
    return np.array([order[int(label)] for label in raw])


def second_speaker_evidence(embeddings: np.ndarray) -> tuple[float, float]:
    """``(centroid_distance, merge_ratio)`` of the two-cluster Ward split of ``embeddings``.

    ``merge_ratio`` is the height of Ward's last merge over the one before it: two voices make
    one merge stand out, one voice gives a smooth staircase. ``(0, 1)`` for < 3 windows.
    """
    from scipy.cluster.hierarchy import fcluster, linkage

    if len(embeddings) < 3:
        return 0.0, 1.0
    n = len(embeddings)
    embeddings = embeddings[np.linspace(0, n - 1, min(n, MAX_CLUSTER_WINDOWS)).round().astype(int)]
    tree = linkage(embeddings, method="ward", metric="euclidean")
    labels = fcluster(tree, 2, criterion="maxclust")
    ratio = float(tree[-1, 2] / max(tree[-2, 2], 1e-12))
    return centroid_distance(embeddings, labels), ratio


def has_second_speaker(embeddings: np.ndarray) -> bool:
    """True when a second voice is clearly present (both ``AUTO_*`` thresholds are met)."""
    if len(embeddings) < AUTO_MIN_WINDOWS:
        return False
    distance, ratio = second_speaker_evidence(embeddings)
    return distance >= AUTO_DISTANCE_THRESHOLD and ratio >= AUTO_MERGE_RATIO


def centroid_distance(embeddings: np.ndarray, labels: np.ndarray) -> float:
    """Cosine distance between the centroids of the two largest clusters (0 if fewer).

    Why this statistic for "is there a second voice": unlike Ward's merge height it does not
    grow with the number of windows, so one threshold serves a 10 s clip and an hour.
    """
    values, counts = np.unique(labels, return_counts=True)
    if len(values) < 2:
        return 0.0
    a, b = values[np.argsort(-counts)[:2]]
    ca, cb = embeddings[labels == a].mean(0), embeddings[labels == b].mean(0)
    return float(1.0 - ca @ cb / (np.linalg.norm(ca) * np.linalg.norm(cb) + 1e-12))


