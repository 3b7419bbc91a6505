"""What is in the archive: audio files and existing transcripts, each with its SHA-256
(to skip what the vault already holds) and its participant code (from ``--participant-from``).
"""

from __future__ import annotations

import hashlib
import string
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from anonkit.errors import InputError

AUDIO_SUFFIXES = (".wav", ".flac", ".mp3", ".m4a", ".ogg", ".opus", ".aac", ".wma", ".mp4",
                  ".webm", ".aiff", ".aif")
TEXT_SUFFIXES = (".txt", ".docx")
#: fields of ``--participant-from``: ``{dir}`` the folder holding the file, ``{top}`` the
#: first folder under the archive root, ``{stem}`` the name without suffix, ``{name}``.
FIELDS = ("dir", "top", "stem", "name")


@dataclass(frozen=True)
class ArchiveFile:
    path: Path
    label: str  # path relative to the archive root (shown on the terminal, never stored)
    kind: str  # "audio" | "transcript"
    participant: str | None


def check_pattern(pattern: str | None) -> None:
    """Refuse unknown ``{fields}`` before any work starts."""
    if pattern is None:
        return
    try:
        names = [f for _, f, _, _ in string.Formatter().parse(pattern) if f is not None]
    except ValueError as err:
        raise InputError(f"--participant-from {pattern!r}: {err}") from None
    bad = [n for n in names if n not in FIELDS]
    if bad:
        raise InputError(f"--participant-from: unknown field {{{bad[0]}}}; use "
                         + ", ".join(f"{{{f}}}" for f in FIELDS))


def participant_code(pattern: str | None, root: Path, path: Path) -> str | None:
    if not pattern:
        return None
    rel = path.relative_to(root)
    fields = {"dir": path.parent.name if rel.parent != Path() else root.name,
              "top": rel.parts[0] if len(rel.parts) > 1 else root.name,
              "stem": path.stem, "name": path.name}
    return pattern.format(**fields).strip() or None


def walk(root: Path, pattern: str | None = None) -> Iterator[ArchiveFile]:
    """Every audio file and transcript under ``root`` in a stable (sorted) order; hidden
    files and our own outputs (``*.pseudonymized.*``) are left out."""
    if not root.is_dir():
        raise InputError(f"{root} is not a folder")
    check_pattern(pattern)
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        rel = path.relative_to(root)
        if any(part.startswith(".") for part in rel.parts) or ".pseudonymized." in path.name:
            continue
        suffix = path.suffix.lower()
        kind = ("audio" if suffix in AUDIO_SUFFIXES
                else "transcript" if suffix in TEXT_SUFFIXES else None)
        if kind:
            yield ArchiveFile(path, str(rel), kind, participant_code(pattern, root, path))


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()
