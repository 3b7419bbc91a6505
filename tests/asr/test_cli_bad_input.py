"""``anonkit transcribe`` fails before the work and never returns an empty or partial result
silently: every bad-input case of issue 7 on real files, through the real CLI.

Fail-fast tests pair the bad option with ``--model nothere``: if the model were loaded (or
audio decoded) first, the error would be about the model, so the message proves the order.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import audio_factory as af
import pytest
from click.testing import CliRunner

from anonkit.asr.device import available_cores, cuda_available
from anonkit.cli.main import cli

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
EN = str(af.DATA / "en_short.wav")
FAST = ["--model", "tiny.en", "--speakers", "0", "--beam-size", "1", "--threads", "2"]


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, ["transcribe", *args])
    return result.exit_code, result.stdout, result.stderr


def one_error_line(stderr: str) -> str:
    lines = stderr.splitlines()
    assert len(lines) == 1 and "Traceback" not in stderr, stderr
    return lines[0]


# ---------------------------------------------------------------- 2. fail before the work
@pytest.mark.parametrize(("output", "message"), [
    ("{tmp}/missing/out.txt", "error: {tmp}/missing/out.txt: the folder {tmp}/missing does "
                              "not exist"),
    ("/proc/out.txt", "error: /proc/out.txt: cannot write in the folder /proc"),
    ("{tmp}/file.txt/out.txt", "error: {tmp}/file.txt/out.txt: the folder {tmp}/file.txt is "
                               "not a folder"),
])
def test_unusable_output_fails_before_the_model_loads(tmp_path: Path, output: str,
                                                       message: str) -> None:
    (tmp_path / "file.txt").write_text("x")
    code, _, stderr = run(EN, "--model", "nothere", "-o", output.format(tmp=tmp_path))
    assert code == 1
    assert one_error_line(stderr).startswith(message.format(tmp=tmp_path))


@pytest.mark.parametrize(("args", "message"), [
    (["-o", "t.json", "--format", "txt"], "has the extension .json but --format is txt"),
    (["-o", "t.pdf"], "cannot tell the format from -o t.pdf"),
    (["--device", "tpu"], "Invalid value for '--device'"),
])
def test_format_and_device_usage_errors(args: list[str], message: str) -> None:
    code, _, stderr = run(EN, "--model", "nothere", *args)
    assert code == 2 and message in stderr


@pytest.mark.skipif(cuda_available("faster"), reason="this machine has CUDA")
def test_cuda_without_cuda_is_one_line() -> None:
    code, _, stderr = run(EN, "--model", "nothere", "--device", "cuda")
    assert code == 1
    assert one_error_line(stderr).startswith("error: --device cuda: no CUDA GPU is usable")


def test_bad_audio_fails_before_the_model_loads(tmp_path: Path) -> None:
    code, _, stderr = run(str(af.DATA / "not_audio.mp3"), "--model", "nothere")
    assert code == 1 and "not a readable audio file" in one_error_line(stderr)


def test_format_inferred_from_extension_and_threads_capped(tmp_path: Path) -> None:
    out = tmp_path / "t.srt"
    too_many = available_cores() + 5
    code, _, stderr = run(EN, *FAST[:-2], "--threads", str(too_many), "-o", str(out))
    assert code == 0, stderr
    assert out.read_text().startswith("1\n00:00:00,000 --> ")
    assert (f"note: --threads {too_many} is more than the {available_cores()} CPU core(s) "
            f"available; using {available_cores()}") in stderr


# ---------------------------------------------------------------- 3. no silent empty result
def test_half_copied_file_is_reported_and_exits_3(tmp_path: Path) -> None:
    cut = af.half_copied(tmp_path / "cut.wav")
    code, stdout, stderr = run(str(cut), *FAST)
    assert code == 3
    assert "Thank you for coming in today" in stdout  # the decoded part is kept
    assert "only 5.7 s of the 11.4 s the file declares could be decoded" in stderr


def test_half_copied_flac(tmp_path: Path) -> None:
    cut = af.half_copied(tmp_path / "cut.flac", ROOT / "anonkit/data/sample_interview.flac")
    code, _, stderr = run(str(cut), *FAST, "-o", str(tmp_path / "t.txt"))
    assert code == 3 and "of the 48.0 s the file declares" in stderr


def test_no_speech_is_reported_and_exits_3(tmp_path: Path) -> None:
    quiet = af.silence(tmp_path / "quiet.wav")
    code, stdout, stderr = run(str(quiet), *FAST)
    assert code == 3 and stdout == ""
    assert "warning: " + str(quiet) + ": no speech found in 4.0 s of audio" in stderr


def test_loud_stretch_marked_inaudible_silence_not(tmp_path: Path) -> None:
    clip = af.speech_hum_speech_silence_speech(tmp_path / "gaps.wav")
    code, stdout, stderr = run(str(clip), *FAST)
    assert code == 0, stderr
    marks = [line for line in stdout.splitlines() if line.startswith("[inaudible")]
    # speech ends 11.4 s, the hum lasts 8 s; the silence after the second clip is no mark
    assert len(marks) == 1, stdout
    assert marks[0].startswith("[inaudible 00:00:1") and "–00:00:19]" in marks[0]
    assert "with sound but no words, marked [inaudible" in stderr


def test_empty_and_broken_files_are_one_line_errors() -> None:
    for name in ("empty.wav", "truncated.wav", "not_audio.mp3"):
        code, stdout, stderr = run(str(af.DATA / name), *FAST, "-q")
        assert code == 1 and stdout == ""
        assert one_error_line(stderr).startswith(f"error: {af.DATA / name}: ")


# ---------------------------------------------------------------- 4. Ctrl+C keeps what is done
def interrupt_after_first_segment(args: list[str], cwd: Path) -> subprocess.CompletedProcess:
    """Run the real CLI, send SIGINT once it has transcribed its first segment."""
    env = os.environ | {"PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-m", "anonkit.cli.main", "transcribe", *args,
                             "-v"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=cwd,
                            env=env)
    stderr: list[str] = []
    sent = threading.Event()

    def watch() -> None:
        for raw in proc.stderr:  # type: ignore[union-attr]
            line = raw.decode(errors="replace")
            stderr.append(line)
            if "transcribed up to" in line and not sent.is_set():
                sent.set()
                proc.send_signal(signal.SIGINT)

    reader = threading.Thread(target=watch)
    reader.start()
    stdout = proc.stdout.read()  # type: ignore[union-attr]
    proc.wait(timeout=600)
    reader.join()
    assert sent.is_set(), "".join(stderr)
    return subprocess.CompletedProcess(args, proc.returncode, stdout.decode(), "".join(stderr))


@pytest.fixture(scope="module")
def long_clip(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return af.long_speech(tmp_path_factory.mktemp("long") / "long.wav")


def test_ctrl_c_keeps_the_segments_in_the_output_file(long_clip: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.txt"
    result = interrupt_after_first_segment([str(long_clip), *FAST, "-o", str(out)], tmp_path)
    assert result.returncode == 130, result.stderr
    text = out.read_text()
    assert text.startswith("[INCOMPLETE TRANSCRIPT: interrupted at 00:0")
    assert "of 00:02:29; the rest of the recording is not transcribed]" in text
    assert "Thank you for coming in today" in text
    assert "interrupted: kept" in result.stderr and "Traceback" not in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.txt"]  # nothing else written


def test_ctrl_c_without_output_file_prints_to_stdout(long_clip: Path, tmp_path: Path) -> None:
    result = interrupt_after_first_segment([str(long_clip), *FAST, "--format", "json"],
                                           tmp_path)
    assert result.returncode == 130, result.stderr
    import json

    partial = json.loads(result.stdout)
    assert partial["incomplete"].startswith("interrupted at ") and partial["segments"]
    assert list(tmp_path.iterdir()) == []  # no recovery file anywhere
