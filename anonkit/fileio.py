"""Atomic file output shared by every command that writes a result next to the user's files.

Why one function: a reader must never see half a transcript, key file or document, and a
crash must leave the old file (or none). Writing to a temporary file in the *same* folder,
fsyncing it and renaming it over the target gives exactly that on POSIX file systems; the
folder is fsynced too so the rename survives a power cut. Files are created 0600 because
they may hold personal data (a raw transcript) or key material.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from anonkit.errors import AnonkitError


def write_atomic(path: str | Path, data: bytes | str, *, newline: str | None = None) -> None:
    """Write ``data`` (bytes, or text as UTF-8) to ``path`` atomically, mode 0600.

    ``newline`` is passed to ``open`` for text (``""`` keeps line endings as given).
    """
    path = Path(path).expanduser()
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise AnonkitError(f"{path}: folder {folder} does not exist")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        os.fchmod(fd, 0o600)
        if isinstance(data, str):
            with os.fdopen(fd, "w", encoding="utf-8", newline=newline) as text_file:
                text_file.write(data)
                text_file.flush()
                os.fsync(text_file.fileno())
        else:
            with os.fdopen(fd, "wb") as binary_file:
                binary_file.write(data)
                binary_file.flush()
                os.fsync(binary_file.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
    _fsync_dir(folder)


def _fsync_dir(folder: Path) -> None:
    """Make a rename durable (best effort: some file systems refuse a directory fsync)."""
    with contextlib.suppress(OSError):
        dfd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(dfd)
        finally:
            os.close(dfd)
