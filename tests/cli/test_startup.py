"""A command loads only the engines it uses.

Why this matters: the detection engine (Presidio, spaCy, and through thinc torch) costs
seconds and about 300 MiB when imported. When the ``export`` command's format list was
imported from the workflow's release module at start-up, every command paid that, and
``anonkit transcribe`` with speaker turns peaked at 690 MiB against the 450 MiB target
(issue 13). Each check runs in a fresh interpreter, so nothing imported by other tests counts.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DETECTION_STACK = ("presidio_analyzer", "presidio_anonymizer", "spacy", "thinc", "torch")


def _modules_after(code: str) -> list[str]:
    """Run ``code`` in a fresh Python and return which heavy modules it left imported."""
    probe = (f"{code}\nimport json, sys\n"
             f"print(json.dumps([m for m in {DETECTION_STACK!r} if m in sys.modules]))")
    done = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True,
                          text=True, timeout=600, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_starting_the_cli_imports_no_engine() -> None:
    assert _modules_after("import anonkit.cli.main") == []


def test_help_of_every_command_imports_no_detection_engine() -> None:
    code = (
        "from click.testing import CliRunner\n"
        "from anonkit.cli.main import cli\n"
        "for name in sorted(cli.commands):\n"
        "    out = CliRunner().invoke(cli, [name, '--help'])\n"
        "    assert out.exit_code == 0, (name, out.output)\n"
    )
    assert _modules_after(code) == []


def test_transcribe_with_speaker_turns_never_loads_the_detection_stack() -> None:
    clip = ROOT / "tests" / "data" / "two_voices.wav"
    code = (
        "from click.testing import CliRunner\n"
        "from anonkit.cli.main import cli\n"
        f"out = CliRunner().invoke(cli, ['transcribe', {str(clip)!r}, '-m', 'tiny.en', '-q',\n"
        "                               '--speakers', 'auto', '--format', 'json'])\n"
        "assert out.exit_code == 0, out.output\n"
        "assert '\"speaker\"' in out.output, out.output[:500]\n"
    )
    assert _modules_after(code) == []
