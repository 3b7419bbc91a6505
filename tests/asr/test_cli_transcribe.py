"""``anonkit transcribe`` / ``models`` / ``demo`` through click, with real inference.

CliRunner runs in-process, so ``cached_backend`` loads each model once for all these tests.
"""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest
from click.testing import CliRunner

from anonkit.asr.transcript import Transcript
from anonkit.cli.main import cli

pytestmark = pytest.mark.slow

EN = str(Path(__file__).resolve().parents[1] / "data" / "en_short.wav")
FAST = ["--model", "tiny.en", "--speakers", "0", "--beam-size", "1", "-q", "--threads", "2"]


@pytest.fixture(scope="module")
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture(scope="module")
def as_json(runner: CliRunner) -> dict:
    result = runner.invoke(cli, ["transcribe", EN, "--format", "json", *FAST])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_json_contract(as_json: dict) -> None:
    assert as_json["language"] == "en" and as_json["model"] == "tiny.en"
    assert abs(as_json["duration"] - 11.4) < 0.1
    seg = as_json["segments"][0]
    assert set(seg) >= {"start", "end", "speaker", "text", "words"}
    assert set(seg["words"][0]) == {"start", "end", "word", "probability"}
    assert "Thank you for coming in today" in seg["text"]
    Transcript.from_dict(as_json)  # readable by the library


@pytest.mark.parametrize(("fmt", "start"), [
    ("txt", "Thank you for coming in today."),
    ("vtt", "WEBVTT\n\n00:00:00.000 --> "),
    ("srt", "1\n00:00:00,000 --> "),
])
def test_text_formats(runner: CliRunner, fmt: str, start: str) -> None:
    result = runner.invoke(cli, ["transcribe", EN, "--format", fmt, *FAST])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith(start)
    assert result.stderr == ""  # -q: nothing but the result


def test_output_file_is_written_atomically_and_private(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "t.json"
    out.write_text("old")
    result = runner.invoke(cli, ["transcribe", EN, "--format", "json", "-o", str(out), *FAST])
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert json.loads(out.read_text())["language"] == "en"
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["t.json"]  # no temporary left behind


def test_progress_goes_to_stderr(runner: CliRunner) -> None:
    args = [a for a in FAST if a != "-q"]
    result = runner.invoke(cli, ["transcribe", EN, *args])
    assert result.exit_code == 0
    assert "s audio" in result.stderr and "s audio" not in result.stdout


def test_stdin(runner: CliRunner) -> None:
    data = Path(EN).read_bytes()
    result = runner.invoke(cli, ["transcribe", "-", *FAST], input=data)
    assert result.exit_code == 0, result.output
    assert "difficult year" in result.stdout


@pytest.mark.parametrize(("args", "message"), [
    (["--model", "nothere"], "error: Whisper model 'nothere' is not installed"),
    (["--language", "xx"], "error: unknown language code 'xx'"),
    (["--model", "tiny.en", "--language", "nb"], "error: model 'tiny.en' is English-only"),
])
def test_user_errors_are_one_line(runner: CliRunner, args: list[str], message: str) -> None:
    result = runner.invoke(cli, ["transcribe", EN, "-q", *args])
    assert result.exit_code == 1
    assert result.stderr.startswith(message) and result.stderr.count("\n") == 1


@pytest.mark.parametrize("name", ["empty.wav", "truncated.wav", "not_audio.mp3"])
def test_bad_audio(runner: CliRunner, name: str) -> None:
    path = str(Path(EN).parent / name)
    result = runner.invoke(cli, ["transcribe", path, *FAST])
    assert result.exit_code == 1
    assert result.stderr.startswith(f"error: {path}: ") and result.stderr.count("\n") == 1


def test_usage_error_exit_2(runner: CliRunner) -> None:
    assert runner.invoke(cli, ["transcribe", EN, "--format", "pdf"]).exit_code == 2


def test_docx_from_the_extension(runner: CliRunner, tmp_path: Path) -> None:
    import docx

    out = tmp_path / "t.docx"
    args = [("1" if a == "0" else a) for a in FAST]  # --speakers 1: one long turn, S1
    result = runner.invoke(cli, ["transcribe", EN, "-o", str(out), "--timestamps", *args])
    assert result.exit_code == 0, result.output
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    d = docx.Document(str(out))
    first = d.paragraphs[0].runs
    assert first[0].text == "[00:00:00] " and (first[1].text, first[1].bold) == ("S1:", True)
    assert "Thank you for coming in today" in first[2].text
    assert d.core_properties.author == "anonkit"
    # without -o it goes to stdout as bytes (a pipe), and a contradicting -o is refused
    piped = runner.invoke(cli, ["transcribe", EN, "--format", "docx", *FAST])
    assert piped.exit_code == 0 and piped.stdout_bytes.startswith(b"PK")
    bad = runner.invoke(cli, ["transcribe", EN, "--format", "docx", "-o", str(tmp_path / "t.txt")])
    assert bad.exit_code == 2 and "extension .txt" in bad.stderr


def test_demo_with_speaker_turns(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["demo", "--model", "tiny.en", "-q"])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("# sample interview:")
    assert "S1: " in result.stdout and "S2: " in result.stdout
    assert "Irene" in result.stdout
    raw, pseudonymized = result.stdout.split("# pseudonymized:", 1)
    assert "Irene" in raw and "Jonas" in raw
    # the same transcript after pseudonymization: the names are gone, the turns remain
    assert "Irene" not in pseudonymized and "Jonas" not in pseudonymized
    assert "S2: " in pseudonymized and "leak check passed" in pseudonymized
