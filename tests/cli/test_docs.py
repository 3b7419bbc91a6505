"""The CLI's documentation and contracts stay true to the code.

- ``docs/cli-reference.md`` is regenerated from ``--help`` and must match (stale = failure).
- Every command explains itself (a help text), and ``--help`` works everywhere.
- The options that ``docs/interfaces.md`` promises exist on the implemented commands.
- Every ``AnonkitError`` subclass carries a user-facing message (its docstring), borg-style.
"""

from __future__ import annotations

import importlib
import pkgutil
import subprocess
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

import anonkit
from anonkit.cli.main import cli
from anonkit.errors import AnonkitError

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
import make_cli_reference  # noqa: E402

COMMANDS = list(make_cli_reference.walk(cli))

# Contracts from interfaces.md for the commands that exist today: command → options.
CONTRACT = {
    ("transcribe",): {"--model", "--backend", "--language", "--format", "-o"},
    ("detect",): {"--lang", "-i", "--project"},
    ("anonymize",): {"--lang", "-o", "--vault"},
    ("init",): {"--user", "--password-file"},
    ("user", "add"): {"--role", "--new-password-file", "--password-file", "--user"},
    ("verify",): {"--password-file", "--user"},
    ("ingest",): {"--participant", "--language", "--delete-source", "--process",
                  "--password-file", "--user"},
    ("process",): {"--password-file", "--user"},
    ("status",): {"--json", "--password-file", "--user"},
    ("names", "add"): {"--password-file", "--user"},
    ("names", "list"): {"--password-file", "--user"},
    ("names", "remove"): {"--password-file", "--user"},
    ("approve",): {"--accept-flags", "--reason", "--password-file", "--user"},
    ("export",): {"--format", "-o", "--draft", "--password-file", "--user"},
    ("purge",): {"--expired", "--password-file", "--user"},
}


def test_cli_reference_is_current() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "make_cli_reference.py"), "--check"],
        capture_output=True, text=True,
    )
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize(
    "path,command", COMMANDS, ids=[" ".join(p) or "anonkit" for p, _ in COMMANDS]
)
def test_every_command_has_help(path: tuple[str, ...], command: click.Command) -> None:
    assert (command.help or "").strip(), f"anonkit {' '.join(path)} has no help text"
    result = CliRunner().invoke(cli, [*path, "--help"])
    assert result.exit_code == 0 and "Usage:" in result.output


@pytest.mark.parametrize("path,options", CONTRACT.items(), ids=[" ".join(p) for p in CONTRACT])
def test_interface_contract_options(path: tuple[str, ...], options: set[str]) -> None:
    command = dict(COMMANDS)[path]
    declared = {opt for param in command.params for opt in param.opts}
    assert options <= declared, f"missing {sorted(options - declared)}"


def test_usage_error_is_exit_2() -> None:
    assert CliRunner().invoke(cli, ["detect", "--lang", "xx"]).exit_code == 2


def _all_error_classes() -> set[type[AnonkitError]]:
    for module in pkgutil.walk_packages(anonkit.__path__, "anonkit."):
        if ".cli" not in module.name:
            importlib.import_module(module.name)
    found: set[type[AnonkitError]] = set()
    todo = [AnonkitError]
    while todo:
        cls = todo.pop()
        found.add(cls)
        todo.extend(cls.__subclasses__())
    return found


def test_every_error_class_has_a_user_message() -> None:
    classes = _all_error_classes()
    assert len(classes) > 10
    silent = sorted(c.__qualname__ for c in classes if not (c.__doc__ or "").strip())
    assert not silent, f"error classes without a message: {silent}"
    assert all(c.exit_code in (1, 2) for c in classes)
