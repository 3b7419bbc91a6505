"""A small mixed archive for ``anonkit batch``: short real clips, old transcripts that
name the same person, one broken audio file."""

from __future__ import annotations

import os
import subprocess
import sys
import wave
from pathlib import Path

import pytest

from tests.workflow.conftest import DATA, PASSWORD, ROOT, new_vault

#: a person named in two transcripts of two participants: one pseudonym in both
PERSON = "Solveig Aasen"


SOURCES = ("en_short.wav", "asr_fillers_en.wav")


def clip(dst: Path, source: str, seconds: float = 3.0, start: float = 0.0) -> Path:
    """A cut of a test recording (real speech; ASR is the slow part, so keep it short)."""
    with wave.open(str(DATA / source)) as src, wave.open(str(dst), "wb") as out:
        out.setparams(src.getparams())
        rate = src.getframerate()
        src.setpos(int(rate * start))
        out.writeframes(src.readframes(int(rate * seconds)))
    return dst


def make_archive(root: Path, clips: int = 2) -> Path:
    for i in range(clips):
        (root / f"P0{i + 1}").mkdir(parents=True, exist_ok=True)
        clip(root / f"P0{i + 1}" / "interview.wav", SOURCES[i % 2], start=3.0 * (i // 2))
    (root / "P03").mkdir(exist_ok=True)
    (root / "P03" / "notes-2019.txt").write_text(
        f"Interviewer: How did it go?\nParticipant: I talked to {PERSON} about it, and "
        f"{PERSON} said the ward in Tromsø was full.\n", encoding="utf-8")
    (root / "P04").mkdir(exist_ok=True)
    (root / "P04" / "notes-2020.txt").write_text(
        f"Participant: After that, {PERSON} called me again.\n", encoding="utf-8")
    (root / "P04" / "broken.wav").write_bytes((DATA / "not_audio.mp3").read_bytes())
    return root


def batch_vault(path: Path) -> Path:
    from anonkit.workflow.project import save_settings

    with new_vault(path) as v:
        save_settings(v, speakers="0")
    return path


def cli_env(tmp: Path) -> dict[str, str]:
    pw = tmp / "pw"
    pw.write_text(PASSWORD + "\n")
    return dict(os.environ, ANONKIT_INSECURE_TEST_KDF="1", ANONKIT_PASSWORD_FILE=str(pw),
                PYTHONPATH=str(ROOT), OMP_NUM_THREADS="1")


def anonkit(*args: str, env: dict[str, str], timeout: float = 600
            ) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "anonkit.cli.main", *args], env=env,
                          capture_output=True, text=True, timeout=timeout)


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    return make_archive(tmp_path / "archive")
