"""Focus groups: ``--speakers auto`` counts 3 and 4 voices, ``N`` labels them, names rename.

Clips: ``three_voices.flac`` and ``four_voices.flac`` (scripts/make_test_audio.py: espeak-ng
voices, a moderator and two or three participants, 0.7 s between turns); their JSON holds
each turn's speaker and reference start/end, so turn accuracy needs no silence heuristics.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner

from anonkit.asr import speaker_names
from anonkit.asr import speakers as sp
from anonkit.asr.audio import decode_audio
from anonkit.asr.speaker_eval import turn_accuracy
from anonkit.asr.transcript import Segment, Transcript
from anonkit.cli.main import cli

DATA = Path(__file__).resolve().parents[1] / "data"

pytestmark = pytest.mark.slow


def _reference(name: str) -> tuple[list[tuple[float, float]], list[str]]:
    turns = json.loads((DATA / f"{name}.json").read_text())
    return [(t["start"], t["end"]) for t in turns], [t["speaker"] for t in turns]


@pytest.fixture(scope="module", params=["three_voices", "four_voices"])
def group(request: pytest.FixtureRequest) -> tuple[str, tuple]:
    name = request.param
    audio = decode_audio(DATA / f"{name}.flac")
    return name, sp.window_embeddings(audio, 16_000)


def test_auto_counts_the_voices(group: tuple[str, tuple]) -> None:
    name, (emb, windows, regions) = group
    spans, refs = _reference(name)
    assert sp.estimate_speakers(emb, windows) == len(set(refs))
    turns = sp.turns_from_embeddings(emb, windows, regions, "auto")
    assert len({t.speaker for t in turns}) == len(set(refs))
    assert turn_accuracy(spans, refs, turns) >= 0.9


def test_given_count_labels_every_turn(group: tuple[str, tuple]) -> None:
    name, (emb, windows, regions) = group
    spans, refs = _reference(name)
    turns = sp.turns_from_embeddings(emb, windows, regions, len(set(refs)))
    assert turn_accuracy(spans, refs, turns) >= 0.9
    assert turns[0].speaker == "S1"  # the moderator speaks first
    # One voice too few cannot be right on every turn: the measure can fail.
    fewer = sp.turns_from_embeddings(emb, windows, regions, len(set(refs)) - 1)
    assert turn_accuracy(spans, refs, fewer) < 0.9


def test_auto_without_within_voice_pairs_stops_at_two(group: tuple[str, tuple]) -> None:
    """Windows that never overlap give no estimate of one voice's variation."""
    _, (emb, _, _) = group
    spaced = [(i * 2.0, i * 2.0 + 1.6) for i in range(len(emb))]
    assert sp.estimate_speakers(emb, spaced) == 2


def _transcript(labels: list[str | None]) -> Transcript:
    segs = tuple(Segment(float(i), i + 1.0, f"t{i}", speaker=lab) for i, lab in enumerate(labels))
    return Transcript("en", float(len(labels)), "m", segs)


def test_rename_in_order_of_first_appearance() -> None:
    t = _transcript(["S1", "S2", "S1", "S3", None])
    out = speaker_names.rename_speakers(t, ("Interviewer", "P07"))
    assert [s.speaker for s in out.segments] == ["Interviewer", "P07", "Interviewer", "S3", None]
    # Order follows the transcript, not the label numbers; a colliding label is kept apart.
    t2 = _transcript(["S2", "S1", "S2"])
    renamed = speaker_names.rename_speakers(t2, ("S1",))
    assert [s.speaker for s in renamed.segments] == ["S1", "S1'", "S1"]


@pytest.mark.parametrize(("text", "message"), [
    ("A,,B", "empty"), ("A,A", "repeat"), ("Dr: X", "':'"), ("A\tB", "control")])
def test_bad_speaker_names(text: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        speaker_names.parse_speaker_names(text)
    assert speaker_names.parse_speaker_names(" Interviewer , P07 ") == ("Interviewer", "P07")


def test_cli_speakers_and_names(tmp_path: Path) -> None:
    out = tmp_path / "t.json"
    result = CliRunner().invoke(cli, [
        "transcribe", str(DATA / "two_voices.wav"), "--model", "tiny.en", "--beam-size", "1",
        "--threads", "2", "-q", "--speakers", "2", "--speaker-names", "Interviewer,P07",
        "--format", "json", "-o", str(out)])
    assert result.exit_code == 0, result.output
    labels = [s["speaker"] for s in json.loads(out.read_text())["segments"]]
    assert labels[0] == "Interviewer" and set(labels) == {"Interviewer", "P07"}
    bad = CliRunner().invoke(cli, ["transcribe", str(DATA / "two_voices.wav"),
                                   "--speakers", "many"])
    assert bad.exit_code == 2 and "auto or a number" in bad.output
    bad = CliRunner().invoke(cli, ["transcribe", str(DATA / "two_voices.wav"),
                                   "--speaker-names", "A,A"])
    assert bad.exit_code == 2 and "repeat" in bad.output


def test_estimate_is_one_for_one_voice() -> None:
    rng = np.random.default_rng(0)
    emb = rng.normal(size=(40, 256)).astype(np.float32) * 0.01 + 1.0
    emb /= np.linalg.norm(emb, axis=1, keepdims=True)
    windows = [(i * 0.5, i * 0.5 + 1.6) for i in range(40)]
    assert sp.estimate_speakers(emb, windows) == 1
