"""The numpy speaker encoder against resemblyzer's own torch encoder, on a real clip."""

from __future__ import annotations

import io
import pickle
import subprocess
import sys
import warnings
from pathlib import Path

import numpy as np
import pytest

from anonkit.asr import speakers as sp
from anonkit.asr import voice_encoder as ve
from anonkit.asr.audio import decode_audio

DATA = Path(__file__).resolve().parents[1] / "data"


@pytest.fixture(scope="module")
def clip() -> np.ndarray:
    """12 s of two_voices.wav: both voices, several turns."""
    return decode_audio(DATA / "two_voices.wav")[: 12 * 16_000].astype(np.float32)


@pytest.fixture(scope="module")
def resemblyzer_mod():  # type: ignore[no-untyped-def]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        import resemblyzer
    return resemblyzer


def test_mel_matches_resemblyzer(clip: np.ndarray, resemblyzer_mod) -> None:  # type: ignore[no-untyped-def]
    theirs = resemblyzer_mod.wav_to_mel_spectrogram(
        resemblyzer_mod.normalize_volume(clip, -30, increase_only=True))
    ours = ve.mel_spectrogram(ve.normalize_volume(clip))
    assert ours.shape == theirs.shape
    np.testing.assert_allclose(ours, theirs, rtol=1e-4, atol=1e-5 * float(theirs.max()))


def test_embeddings_match_resemblyzer(clip: np.ndarray, resemblyzer_mod) -> None:  # type: ignore[no-untyped-def]
    import torch

    mel = resemblyzer_mod.wav_to_mel_spectrogram(
        resemblyzer_mod.normalize_volume(clip, -30, increase_only=True))
    full = np.stack([mel[s : s + 160] for s in range(0, len(mel) - 160, 50)])
    short = mel[None, 300:370]  # a region shorter than a window is embedded whole
    reference = sp.get_encoder()
    with torch.no_grad():
        want = reference(torch.from_numpy(full)).numpy()
        want_short = reference(torch.from_numpy(short)).numpy()
    encoder = ve.load_encoder()
    got, got_short = encoder(full), encoder(short)
    assert len(got) >= 20
    np.testing.assert_allclose(got, want, atol=2e-5)
    np.testing.assert_allclose(got_short, want_short, atol=2e-5)
    np.testing.assert_allclose(np.linalg.norm(got, axis=1), 1.0, atol=1e-5)
    # Different speakers still differ: the test would catch an encoder that ignores its input.
    assert float(got[0] @ got[-1]) < 0.999


def test_diarize_never_imports_torch() -> None:
    code = (
        "import sys\n"
        "from anonkit.asr.audio import decode_audio\n"
        "from anonkit.asr.speakers import diarize\n"
        f"a = decode_audio({str(DATA / 'two_voices.wav')!r})[: 16000 * 8]\n"
        "turns = diarize(a, 16000, 2)\n"
        "assert turns, turns\n"
        "bad = [m for m in ('torch', 'resemblyzer', 'librosa') if m in sys.modules]\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_weights_loader_refuses_code() -> None:
    """The restricted unpickler builds tensors and dicts only; a pickle that asks for any
    other global (here os.system) is refused before anything runs."""
    buf = io.BytesIO()
    for obj in (ve._LEGACY_MAGIC, 1001, {}):
        pickle.dump(obj, buf, protocol=2)
    buf.write(b"\x80\x02cos\nsystem\nq\x00X\x04\x00\x00\x00trueq\x01\x85q\x02Rq\x03.")
    buf.seek(0)
    with pytest.raises(pickle.UnpicklingError, match=r"refusing to load os\.system"):
        ve.read_legacy_torch(buf)
    with pytest.raises(ve.WeightsError):
        ve.read_legacy_torch(io.BytesIO(pickle.dumps(12345, protocol=2)))
