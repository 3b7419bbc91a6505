"""Entry point of the ``anonkit`` command.

Why a custom group: every expected failure is an ``AnonkitError``; we print its message as
one line on stderr and exit with its code, so users never see a traceback for bad input.
Subcommands live in sibling modules and are registered below, one line each.
"""

from __future__ import annotations

import sys

import click

from anonkit import __version__
from anonkit.cli.help import HelpGroup
from anonkit.errors import AnonkitError

EXAMPLES = """\b
Examples:
  anonkit demo                          # the whole job on a bundled sample
  anonkit transcribe talk.m4a -o talk.txt
  anonkit anonymize talk.txt --lang nb  # -> talk.pseudonymized.txt
  anonkit init VAULT --user kari        # an encrypted project vault
  anonkit models list                   # the installed Whisper models

\b
Nothing leaves the machine: no command opens a network connection (README,
"Offline guarantee"). Exit status: 0 success, 1 error (one line on stderr),
2 usage error, 130 interrupted; `anonkit transcribe --help` adds 3.
"""


class AnonkitGroup(HelpGroup):
    """A click group that turns ``AnonkitError`` into ``error: message`` and its exit code."""

    def invoke(self, ctx: click.Context):  # type: ignore[override]
        try:
            return super().invoke(ctx)
        except AnonkitError as err:
            click.echo(f"error: {err}", err=True)
            sys.exit(err.exit_code)
        except KeyboardInterrupt:
            click.echo("error: interrupted", err=True)
            sys.exit(130)


@click.group(cls=AnonkitGroup, epilog=EXAMPLES,
             context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="anonkit")
def cli() -> None:
    """anonkit: turn interview recordings into anonymized transcripts, offline."""


def _register() -> None:
    """Attach the subcommands. Imports are local so that ``anonkit --help`` stays fast."""
    # Each package's CLI module adds its commands here, one line each.
    from anonkit.cli.transcribe import transcribe; cli.add_command(transcribe)  # noqa: E702, I001
    from anonkit.cli.models import models; cli.add_command(models)  # noqa: E702, I001
    from anonkit.cli.demo import demo; cli.add_command(demo)  # noqa: E702, I001
    from anonkit.cli.vault import register as register_vault; register_vault(cli)  # noqa: E702, I001
    from anonkit.cli.detect import detect; cli.add_command(detect)  # noqa: E702, I001
    from anonkit.cli.anonymize import anonymize; cli.add_command(anonymize)  # noqa: E702, I001
    from anonkit.cli.recordings import register as register_recordings; register_recordings(cli)  # noqa: E702, I001
    from anonkit.cli.release import register as register_release; register_release(cli)  # noqa: E702, I001
    from anonkit.cli.batch import batch; cli.add_command(batch)  # noqa: E702, I001
    from anonkit.cli.review import review; cli.add_command(review)  # noqa: E702, I001


_register()


def main() -> None:
    cli()


if __name__ == "__main__":
    main()
