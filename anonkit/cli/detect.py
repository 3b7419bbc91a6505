"""``anonkit detect``: detection only, JSON Lines in and out (docs/interfaces.md contract).

Input line: ``{"id": "s1", "text": "…"}``. Output line, same order, one per input:
``{"id": "s1", "entities": [{"start", "end", "type", "action", "score", "text"}]}``.
Offsets are Python ``str`` indices into ``text``. Models load once; lines stream through
spaCy in small batches, so any input size runs in bounded memory. A malformed line stops
the run with ``error: line N: …`` (exit 1) after the lines before it were answered.
"""

from __future__ import annotations

import io
import json
import sys
from collections import deque
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

import click

from anonkit.cli.options import password_options
from anonkit.errors import InputError
from anonkit.languages import LANGUAGES

LANGS = LANGUAGES


def load_project_dictionary(
    project: Path, lang: str, user: str | None, password_file: str | None
) -> Any:
    """A dictionary file (.json/.csv/.toml) or a vault directory (dictionary + key names)."""
    from anonkit.anonymize.dictionary import ProjectDictionary

    if project.is_dir():
        from anonkit.cli.options import open_vault
        from anonkit.workflow.project import vault_detection_dictionary

        with open_vault(project, user, password_file) as vault:
            return vault_detection_dictionary(vault, lang) or ProjectDictionary((), lang)
    return ProjectDictionary.load(project, lang)


def _read_jsonl(stream: IO[str], ids: deque[Any], errors: list[InputError]) -> Iterator[str]:
    """Yield texts; record ids in order; on a bad line record the error and stop."""
    for n, line in enumerate(stream, 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            errors.append(InputError(f"line {n}: not valid JSON ({exc.msg})"))
            return
        if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
            errors.append(InputError(f'line {n}: expected an object with a string "text" field'))
            return
        ids.append(obj.get("id"))
        yield obj["text"]


@click.command("detect")
@click.option("--lang", type=click.Choice(LANGS), required=True, help="Language of the texts.")
@click.option(
    "-i", "--input", "input_path", default="-", show_default=True, metavar="FILE|-",
    help="JSON Lines input ({\"id\", \"text\"} per line); - reads stdin.",
)  # fmt: skip
@click.option(
    "--project", type=click.Path(exists=True, path_type=Path), metavar="VAULT_OR_DICT_FILE",
    help="Project dictionary file (.json/.csv/.toml) or a vault holding one.",
)  # fmt: skip
@click.option("--batch-size", default=128, show_default=True, help="Texts per spaCy batch.")
@password_options
def detect(
    lang: str,
    input_path: str,
    project: Path | None,
    batch_size: int,
    password_file: str | None,
    user: str | None,
) -> None:
    """Find personal data in JSON Lines texts; print one JSON line of entities per input."""
    from anonkit.anonymize.detector import Detector

    dictionary = load_project_dictionary(project, lang, user, password_file) if project else None
    detector = Detector(lang, dictionary, batch_size=batch_size)
    if input_path == "-":
        stream: IO[str] = io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8-sig")
    else:
        try:
            stream = open(input_path, encoding="utf-8-sig")  # noqa: SIM115 (closed below)
        except OSError as exc:
            raise InputError(f"cannot read {input_path}: {exc.strerror}") from exc
    ids: deque[Any] = deque()
    errors: list[InputError] = []
    out = sys.stdout.buffer
    try:
        for entities in detector.detect_many(_read_jsonl(stream, ids, errors)):
            record = {"id": ids.popleft(), "entities": [e.to_json() for e in entities]}
            out.write((json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8"))
            out.flush()
    except UnicodeDecodeError as exc:
        raise InputError(f"{input_path}: not UTF-8 text ({exc.reason})") from exc
    finally:
        if input_path != "-":
            stream.close()
    if errors:
        raise errors[0]
