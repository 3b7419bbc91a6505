"""``anonkit anonymize``: pseudonymize one text transcript (.txt or .docx), stand-alone.

Sequence: read → detect (project dictionary + names already in the key + NER + gazetteers +
patterns) → spread each found name to its other mentions → link to key entities →
replace → leak check → only then write the output and the key, each atomically.
Nothing is written when the leak check finds an original in the output.

The key goes into the vault (``--vault``) or an encrypted key file (``--key``, default
``pseudonym-key.akey`` next to the output). An existing key is reused, so the same person
gets the same pseudonym in every transcript of the project (docs/key-file.md).
"""

from __future__ import annotations

import contextlib
from collections import Counter
from pathlib import Path
from typing import Any

import click

from anonkit.cli.options import get_password, password_options
from anonkit.errors import AnonkitError, InputError
from anonkit.fileio import write_atomic

LANGS = ("en", "nb")
STYLES = ("pseudonym", "placeholder")


class LeakError(AnonkitError):
    """The leak check found original names in the pseudonymized text; nothing was written."""


def _read_text(path: Path) -> str:
    try:
        return path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{path} is not UTF-8 text; save it as UTF-8 and try again") from exc
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror}") from exc


def _gate(leaks: list[Any], where: str) -> None:
    """Raise LeakError for certain leaks; the message names types and offsets, not names."""
    certain = [leak for leak in leaks if leak.certain]
    if not certain:
        return
    types = Counter(leak.type for leak in certain)
    offsets = ", ".join(f"{leak.start}-{leak.end}" for leak in certain[:10])
    raise LeakError(
        f"leak check failed: {len(certain)} original name(s) still in {where} "
        f"({', '.join(f'{n} {t}' for t, n in types.items())}; at offsets {offsets}); "
        "nothing was written — add them to the project dictionary (or remove them from "
        "parts anonymize does not edit, such as footnotes) and run again"
    )


def default_output(path: Path) -> Path:
    """``interview.txt`` → ``interview.pseudonymized.txt`` next to it."""
    return path.with_name(f"{path.stem}.pseudonymized{path.suffix}")


@click.command("anonymize")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--lang", type=click.Choice(LANGS), required=True, help="Transcript language.")
@click.option(
    "-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
    help="Output file (default: FILE with .pseudonymized before the suffix).",
)  # fmt: skip
@click.option(
    "--style", type=click.Choice(STYLES), default=None,
    help="pseudonym: plausible names (default); placeholder: [PERSON-1], [sykehus-1]. "
    "An existing key keeps its style.",
)  # fmt: skip
@click.option(
    "--dictionary", type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Project dictionary (.json/.csv/.toml): known names with fixed pseudonyms.",
)  # fmt: skip
@click.option(
    "--key", "key_path", type=click.Path(dir_okay=False, path_type=Path),
    help="Encrypted key file (default: pseudonym-key.akey next to the output); reused if "
    "it exists.",
)  # fmt: skip
@click.option(
    "--vault", type=click.Path(file_okay=False, exists=True, path_type=Path),
    help="Keep the key (and read the project dictionary) in this vault instead of a key file.",
)  # fmt: skip
@click.option("--id", "doc_id", help="Document id in the key (default: FILE's name).")
@click.option("-q", "--quiet", is_flag=True, help="No summary on stderr (errors still show).")
@password_options
def anonymize(
    file: Path,
    lang: str,
    output: Path | None,
    style: str | None,
    dictionary: Path | None,
    key_path: Path | None,
    vault: Path | None,
    doc_id: str | None,
    quiet: bool,
    password_file: str | None,
    user: str | None,
) -> None:
    """Pseudonymize FILE (.txt or .docx); write the key encrypted, never in plaintext."""
    from anonkit.anonymize.detector import Detector
    from anonkit.anonymize.dictionary import ProjectDictionary
    from anonkit.anonymize.key import PseudonymKey
    from anonkit.anonymize.replace import anonymize_document

    suffix = file.suffix.lower()
    if suffix not in (".txt", ".docx"):
        raise InputError(f"{file}: anonymize reads .txt and .docx transcripts")
    output = output or default_output(file)
    if output.resolve() == file.resolve():
        raise InputError("the output must not overwrite the input transcript; choose another -o")
    output.parent.mkdir(parents=True, exist_ok=True)
    document = doc_id or file.name

    user_dictionary = ProjectDictionary.load(dictionary, lang) if dictionary else None
    with contextlib.ExitStack() as stack:
        # 1. The key (and the vault's dictionary) — unlocked before the slow work.
        store: Any
        if vault is not None:
            from anonkit.anonymize.keyfile import load_dictionary_from_vault, load_key_from_vault
            from anonkit.cli.options import open_vault

            store = stack.enter_context(open_vault(vault, user, password_file))
            key = load_key_from_vault(store)
            if user_dictionary is None:
                user_dictionary = load_dictionary_from_vault(store, lang)
        else:
            from anonkit.anonymize.keyfile import DEFAULT_NAME, KeyFile, key_file_lock

            key_path = key_path or output.parent / DEFAULT_NAME
            # One anonymize per key file at a time: the second waits, no update is lost.
            stack.enter_context(key_file_lock(key_path))
            if key_path.exists():
                prompt = f"Password for the key file {key_path}"
                store, key = KeyFile.open(key_path, get_password(password_file, prompt=prompt))
            else:
                prompt = f"New password for the key file {key_path}"
                password = get_password(password_file, prompt=prompt, new=True)
                store, key = KeyFile.create(key_path, password), None
        if key is None:
            key = PseudonymKey.new(lang, style or "pseudonym")
        elif key.lang != lang:
            raise InputError(
                f"the key was made for language {key.lang!r}, not {lang!r}; use another --key"
            )

        # 2. Read, detect, spread, link, replace, check.
        docx_doc = None
        if suffix == ".docx":
            from anonkit.anonymize.docx_io import DocxTranscript

            docx_doc = DocxTranscript(file)
            text = docx_doc.text
        else:
            text = _read_text(file)
        result = anonymize_document(text, document, Detector(lang), key, user_dictionary)
        _gate(result.leaks, "the text")
        docx_bytes = None
        if docx_doc is not None:
            from anonkit.anonymize.docx_io import package_texts, scrub_link_targets
            from anonkit.anonymize.leakcheck import find_leaks

            docx_doc.apply(result.replacements)
            docx_doc.clear_properties()
            docx_bytes = scrub_link_targets(
                docx_doc.to_bytes(),
                lambda target: any(leak.certain for leak in find_leaks(target, key)),
            )
            for part, part_text in package_texts(docx_bytes):
                _gate(find_leaks(part_text, key), f"the .docx part {part}")

        # 3. Write: output first, then the key (a crash in between leaves a key without the
        #    new document's occurrences, which re-running repairs).
        if docx_bytes is not None:

            write_atomic(output, docx_bytes)
        else:
            write_atomic(output, result.text, newline="")
        if vault is not None:
            from anonkit.anonymize.keyfile import save_key_to_vault

            save_key_to_vault(store, key)
            where_key = f"vault {vault}"
        else:
            store.save(key)
            where_key = str(store.path)

    if quiet:
        return
    counts = Counter(r.type for r in result.replacements)
    summary = ", ".join(f"{n} {t}" for t, n in sorted(counts.items())) or "nothing"
    click.echo(f"wrote {output}: replaced {summary}", err=True)
    click.echo(f"key: {where_key} ({len(key.entities)} entities)", err=True)
    if result.flags:
        click.echo(f"{len(result.flags)} flagged token(s) need a steward's review", err=True)
    for leak in result.leaks:
        if not leak.certain:
            click.echo(
                f"check: offset {leak.start}: a common word equals a name in the key", err=True
            )
    for warning in result.warnings:
        click.echo(f"warning: {warning}", err=True)
