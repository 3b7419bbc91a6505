"""Checks on an output path, made before the work starts.

Why: a transcription can take an hour; learning at the end that the folder does not exist
or is read-only (formerly a 39-line traceback) wastes it. ``write_atomic`` still checks
again when it writes, since the folder can change during the run.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import click

from anonkit.errors import AnonkitError


class OutputError(AnonkitError):
    """The output path cannot be written."""


def format_for(output: Path | None, fmt: str | None, formats: tuple[str, ...],
               default: str) -> str:
    """The format to write: ``--format`` if given, else from ``-o``'s extension, else
    ``default``. A known extension that contradicts ``--format``, or an unknown one with
    no ``--format``, is a usage error (exit 2)."""
    suffix = output.suffix.lower().lstrip(".") if output is not None else ""
    if fmt is not None:
        if suffix in formats and suffix != fmt:
            raise click.UsageError(
                f"-o {output} has the extension .{suffix} but --format is {fmt}; "
                f"name the file .{fmt}, or drop --format to write {suffix}")
        return fmt
    if not suffix:
        return default
    if suffix not in formats:
        raise click.UsageError(
            f"cannot tell the format from -o {output}: use one of the extensions "
            f"{', '.join('.' + f for f in formats)}, or give --format")
    return suffix


def check_writable(output: Path) -> None:
    """Fail now if ``output`` cannot be created: missing folder, a directory in the way,
    or a folder this user cannot write in (tried for real: root ignores permission bits)."""
    path = output.expanduser()
    folder = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        raise OutputError(f"{output}: is a directory; give a file name")
    if not folder.is_dir():
        what = "is not a folder" if folder.exists() else "does not exist"
        raise OutputError(f"{output}: the folder {folder} {what}")
    try:
        with tempfile.TemporaryFile(dir=folder):
            pass
    except OSError as err:
        raise OutputError(f"{output}: cannot write in the folder {folder} "
                          f"({err.strerror or err})") from None
