"""Help that teaches: every option is described, and the top-level list shows each
command's first sentence in full (click cuts it at the line's end by default)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from anonkit.cli.main import cli

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
import make_cli_reference

COMMANDS = list(make_cli_reference.walk(cli))


@pytest.mark.parametrize("path,command", COMMANDS,
                         ids=[" ".join(p) or "anonkit" for p, _ in COMMANDS])
def test_every_option_has_help(path: tuple[str, ...], command: click.Command) -> None:
    silent = [p.opts[0] for p in command.params
              if isinstance(p, click.Option) and not p.hidden and not (p.help or "").strip()]
    assert not silent, f"anonkit {' '.join(path)}: options without help: {silent}"


def _flat(text: str) -> str:
    """Whitespace collapsed; a word wrapped after its hyphen ("crypto-\\n shredding") joined."""
    return " ".join(re.sub(r"(\w)-\n\s*", r"\1-", text).split())


@pytest.mark.parametrize("width", [60, 80, 120])
def test_top_level_lists_full_first_sentences(width: int) -> None:
    out = CliRunner().invoke(cli, ["--help"], terminal_width=width).output
    listing = _flat(out.split("Commands:", 1)[1])
    for name, command in cli.commands.items():
        sentence = command.get_short_help_str(limit=10_000)
        assert not sentence.endswith("..."), name
        assert _flat(f"{name} {sentence}") in listing, f"{name}: description cut off"


GROUPS = [name for name, command in cli.commands.items() if isinstance(command, click.Group)]


@pytest.mark.parametrize("group", GROUPS)
def test_every_group_lists_full_first_sentences(group: str) -> None:
    """`user`, `names`, `models` … list their sub-commands as the top level does."""
    out = CliRunner().invoke(cli, [group, "--help"], terminal_width=60).output
    listing = _flat(out.split("Commands:", 1)[1])
    for name, command in cli.commands[group].commands.items():  # type: ignore[attr-defined]
        sentence = command.get_short_help_str(limit=10_000)
        assert _flat(f"{name} {sentence}") in listing, f"{group} {name}: description cut off"


def test_top_level_help_has_examples() -> None:
    out = CliRunner().invoke(cli, ["--help"]).output
    assert "Examples:" in out and "anonkit transcribe talk.m4a -o talk.txt" in out
    assert all(len(line) <= 80 for line in out.splitlines())


def test_transcribe_help_documents_interrupts_and_exit_statuses() -> None:
    out = _flat(CliRunner().invoke(cli, ["transcribe", "--help"]).output)
    assert "Ctrl+C keeps what is done" in out and "not resumable" in out
    assert "3 written, but the input was truncated or had no speech" in out
    assert "130 interrupted" in out
