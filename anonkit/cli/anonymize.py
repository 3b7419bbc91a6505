"""``anonkit anonymize``: pseudonymize one transcript (.txt, .docx, or the .json/.srt/.vtt
that ``anonkit transcribe`` writes), stand-alone.

The work (detect → link → replace → leak gate → write output, then key) is
``anonkit.workflow.text.anonymize_file``; this module only parses options, asks for
passwords and prints the summary. The key goes into the vault (``--vault``) or an encrypted
key file (``--key``, default ``pseudonym-key.akey`` next to the output); an existing key is
reused, so the same person gets the same pseudonym in every transcript (docs/key-file.md).
"""

from __future__ import annotations

import contextlib
import json
from collections import Counter
from pathlib import Path

import click

from anonkit.cli.options import get_password, password_options
from anonkit.fileio import write_atomic
from anonkit.languages import LANGUAGES

STYLES = ("pseudonym", "placeholder")


@click.command("anonymize")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--lang", type=click.Choice(LANGUAGES), required=True,
              help="Transcript language.")
@click.option(
    "-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
    help="Output file (default: FILE with .pseudonymized before the suffix). Its extension "
    "sets the format: a .json/.srt/.vtt input may be written as .txt, .docx, .json, .srt or "
    ".vtt; a .txt or .docx as .txt or .docx.",
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
@click.option("--show-flags", is_flag=True,
              help="List every flagged token (line, type, word, context) on stderr.")
@click.option(
    "--report", "report_path", type=click.Path(dir_okay=False, path_type=Path),
    help="Write a JSON report: replacements per type and every flagged token with its "
    "offsets in the output (holds nothing the output does not).",
)  # fmt: skip
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
    show_flags: bool,
    report_path: Path | None,
    quiet: bool,
    password_file: str | None,
    user: str | None,
) -> None:
    """Pseudonymize FILE (.txt, .docx, .json, .srt, .vtt); write the key encrypted, never
    in plaintext.

    A .json/.srt/.vtt from `anonkit transcribe` keeps its segments, times and speakers;
    names are found in the whole text and replaced segment by segment.
    """
    from anonkit.anonymize.dictionary import ProjectDictionary
    from anonkit.anonymize.keyfile import DEFAULT_NAME
    from anonkit.workflow.text import (
        SUFFIXES,
        FileKeyStore,
        VaultKeyStore,
        anonymize_file,
        default_output,
        output_format,
    )

    if file.suffix.lower() in SUFFIXES:
        output_format(file, output)  # a format -o cannot have: exit 2 before any password
    output = output or default_output(file)
    user_dictionary = ProjectDictionary.load(dictionary, lang) if dictionary else None
    with contextlib.ExitStack() as stack:
        # The key (and the vault's dictionary) is unlocked before the slow work.
        store: VaultKeyStore | FileKeyStore
        if vault is not None:
            from anonkit.cli.options import open_vault
            from anonkit.workflow.project import key_lock

            v = stack.enter_context(open_vault(vault, user, password_file))
            stack.enter_context(key_lock(v))
            store = VaultKeyStore(v)
        else:
            path = key_path or output.parent / DEFAULT_NAME

            def password(new: bool) -> str:
                what = "New password" if new else "Password"
                return get_password(password_file, prompt=f"{what} for the key file {path}",
                                    new=new)

            store = stack.enter_context(FileKeyStore.locked(path, password))
        done = anonymize_file(file, lang, store, output=output, style=style,
                              dictionary=user_dictionary, document=doc_id)

    if report_path is not None:
        write_atomic(report_path, json.dumps(done.report(), ensure_ascii=False, indent=2) + "\n")
    if show_flags:
        for f in done.flags:
            click.echo(f"flag: line {f['line']} {f['type']} {f['text']!r}: …{f['context']}…",
                       err=True)
    if quiet:
        return
    result = done.result
    counts = Counter(r.type for r in result.replacements)
    summary = ", ".join(f"{n} {t}" for t, n in sorted(counts.items())) or "nothing"
    click.echo(f"wrote {done.output}: replaced {summary}", err=True)
    click.echo(f"key: {done.key_where} ({len(done.key.entities)} entities)", err=True)
    if result.flags:
        hint = "" if show_flags or report_path else " (list them with --show-flags or --report)"
        click.echo(f"{len(result.flags)} flagged token(s) need a steward's review{hint}",
                   err=True)
    for leak in result.leaks:
        if not leak.certain:
            click.echo(
                f"check: offset {leak.start}: a common word equals a name in the key", err=True
            )
    for warning in result.warnings:
        click.echo(f"warning: {warning}", err=True)
