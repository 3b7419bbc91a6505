"""``anonkit ingest | process | status | names``: recordings into the vault and through it.

Thin: options, passwords and printing; the work is ``anonkit.workflow``. stdout carries
only results (recording ids, JSON); messages go to stderr.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import click

from anonkit.cli.help import HelpGroup
from anonkit.cli.options import open_vault, password_options, quiet_option, vault_argument
from anonkit.languages import LANGUAGES

if TYPE_CHECKING:
    from anonkit.workflow.recordings import Processed


def _say(quiet: bool) -> Callable[[str], None]:
    return (lambda _m: None) if quiet else (lambda m: click.echo(m, err=True))


def _report_processed(results: list[Processed], quiet: bool) -> None:
    failed = [r for r in results if r.error]
    for r in results:
        if r.error:
            click.echo(f"{r.recording}: {r.stage}; error: {r.error}", err=True)
        elif not quiet:
            extra = f" ({r.replaced} replaced, {r.flags} flagged)" if r.replaced or r.flags else ""
            click.echo(f"{r.recording}: {r.stage}{extra}", err=True)
    if failed:
        from anonkit.workflow.errors import WorkflowError

        raise WorkflowError(f"{len(failed)} of {len(results)} recording(s) failed (see above); "
                            "fix the cause and run `anonkit process` again")


@click.command("ingest")
@vault_argument
@click.argument("audio", nargs=-1, required=True,
                type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--participant", metavar="CODE", help="Participant code (e.g. P07).")
@click.option("--language", type=click.Choice(LANGUAGES),
              help="Language spoken (default: detected).")
@click.option("--interviewer", metavar="NAME", help="Interviewer (default: the acting user).")
@click.option("--retention-years", type=click.IntRange(1, 100),
              help="Keep the identifiable tier this many years (default: project setting, 5).")
@click.option("--delete-source", is_flag=True,
              help="Overwrite and delete each AUDIO file once it is safely in the vault "
              "(limits on SSDs and copy-on-write file systems: docs/workflow.md).")
@click.option("--process", "then_process", is_flag=True,
              help="Transcribe and anonymize right away (the interviewer's one command).")
@click.option("--model", "-m", help="Whisper model for --process (default: project setting).")
@quiet_option
@password_options
def ingest(vault: Path, audio: tuple[Path, ...], participant: str | None,
           language: str | None, interviewer: str | None, retention_years: int | None,
           delete_source: bool, then_process: bool, model: str | None, quiet: bool,
           password_file: str | None, user: str | None) -> None:
    """Encrypt recordings into the vault; print their new ids, one per line."""
    from anonkit.workflow.recordings import ingest as do_ingest
    from anonkit.workflow.recordings import process

    with open_vault(vault, user, password_file) as v:
        ids = []
        for path in audio:
            rid = do_ingest(v, path, participant=participant, language=language,
                            interviewer=interviewer, retention_years=retention_years,
                            delete_source=delete_source)
            click.echo(rid)
            ids.append(rid)
        if then_process:
            _report_processed(process(v, ids, model=model, say=_say(quiet)), quiet)


@click.command("process")
@vault_argument
@click.argument("recording_ids", nargs=-1, metavar="[RECORDING_ID]...")
@click.option("--model", "-m", help="Whisper model (default: project setting, base).")
@quiet_option
@password_options
def process(vault: Path, recording_ids: tuple[str, ...], model: str | None, quiet: bool,
            password_file: str | None, user: str | None) -> None:
    """Transcribe and anonymize pending recordings (resumable; each stage is kept)."""
    from anonkit.workflow.recordings import process as do_process

    with open_vault(vault, user, password_file) as v:
        results = do_process(v, recording_ids or None, model=model, say=_say(quiet))
    if not results and not quiet:
        click.echo("nothing to process", err=True)
    _report_processed(results, quiet)


@click.command("status")
@vault_argument
@click.option("--json", "as_json", is_flag=True,
              help='Print a JSON list of {"id", "participant", "stage", "approved", "error"}.')
@password_options
def status(vault: Path, as_json: bool, password_file: str | None, user: str | None) -> None:
    """Show every recording's stage, approval and error."""
    from anonkit.workflow.recordings import status as do_status

    with open_vault(vault, user, password_file) as v:
        rows = do_status(v)
    if as_json:
        click.echo(json.dumps(rows, indent=2))
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"recordings in {vault}")
    table.add_column("id", no_wrap=True, min_width=32)  # full ids: approve/export need them
    for col in ("participant", "stage", "approved", "error"):
        table.add_column(col, no_wrap=True)
    for r in rows:
        table.add_row(r["id"], r["participant"] or "-", r["stage"],
                      "yes" if r["approved"] else "no", r["error"] or "")
    Console(stderr=False).print(table)


@click.group("names", cls=HelpGroup)
def names() -> None:
    """Project dictionary: known names with fixed pseudonyms (identifiable tier)."""


@names.command("add")
@vault_argument
@click.argument("name")
@click.option("--type", "type_", default="PERSON", show_default=True,
              help="Entity type (PERSON, LOCATION, ORGANIZATION, …).")
@click.option("--pseudonym", help="Fixed pseudonym (default: drawn on first use).")
@click.option("--alias", "aliases", multiple=True, help="Another form of the name (repeatable).")
@click.option("--lang", type=click.Choice(LANGUAGES), default=LANGUAGES[0], show_default=True,
              help="Language whose inflection rules apply when matching.")
@password_options
def names_add(vault: Path, name: str, type_: str, pseudonym: str | None,
              aliases: tuple[str, ...], lang: str, password_file: str | None,
              user: str | None) -> None:
    """Add NAME (or replace its entry) in the project dictionary."""
    from anonkit.workflow.project import add_name

    with open_vault(vault, user, password_file) as v:
        n = add_name(v, name, type_=type_, pseudonym=pseudonym, aliases=aliases, lang=lang)
    click.echo(f"project dictionary: {n} name(s)", err=True)


@names.command("list")
@vault_argument
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@password_options
def names_list(vault: Path, as_json: bool, password_file: str | None, user: str | None) -> None:
    """List the project dictionary (names are personal data: print with care)."""
    from anonkit.workflow.project import load_dictionary

    with open_vault(vault, user, password_file) as v:
        d = load_dictionary(v, LANGUAGES[0])
    entries = [e.to_json() for e in d.entries] if d else []
    if as_json:
        click.echo(json.dumps(entries, ensure_ascii=False, indent=2))
        return
    for e in entries:
        extra = f" → {e['pseudonym']}" if e.get("pseudonym") else ""
        aliases = f" (also: {', '.join(e['aliases'])})" if e.get("aliases") else ""
        click.echo(f"{e['name']}\t{e['type']}{extra}{aliases}")


@names.command("remove")
@vault_argument
@click.argument("name")
@password_options
def names_remove(vault: Path, name: str, password_file: str | None, user: str | None) -> None:
    """Remove NAME from the project dictionary."""
    from anonkit.workflow.project import remove_name

    with open_vault(vault, user, password_file) as v:
        n = remove_name(v, name)
    click.echo(f"project dictionary: {n} name(s)", err=True)


@click.command("share")
@vault_argument
@password_options
def share(vault: Path, password_file: str | None, user: str | None) -> None:
    """Re-seal the project key and dictionary to the current interviewers (steward; run
    after adding or removing an interviewer)."""
    from anonkit.workflow.project import reshare

    with open_vault(vault, user, password_file) as v:
        n = reshare(v)
    click.echo(f"shared {n} object(s) with the current interviewers", err=True)


def _speakers_setting(ctx: click.Context, param: click.Parameter,
                      value: str | None) -> str | None:
    """``settings --speakers``: the same values as ``transcribe --speakers``, stored as text
    (``"auto"``, ``"3"``); a bad value is a usage error (exit 2)."""
    if value is None:
        return None
    from anonkit.asr.pipeline import parse_speakers
    from anonkit.errors import AnonkitError

    try:
        return str(parse_speakers(value))
    except AnonkitError as err:
        raise click.BadParameter(str(err)) from None


@click.command("settings")
@vault_argument
@click.option("--retention-years", type=click.IntRange(1, 100),
              help="Years the identifiable tier is kept after the recording date.")
@click.option("--model", help="Whisper model `process` uses (e.g. base, small).")
@click.option("--speakers", metavar="auto|N", callback=_speakers_setting,
              help="Speaker turns `process` labels: auto (estimates 1-8 voices), N (exactly "
                   "N, up to 20), 1 (all S1), 0 (no labels).")
@click.option("--style", type=click.Choice(["pseudonym", "placeholder"]),
              help="Pseudonyms for a new project key: names or typed placeholders.")
@password_options
def settings(vault: Path, retention_years: int | None, model: str | None,
             speakers: str | None, style: str | None, password_file: str | None,
             user: str | None) -> None:
    """Show the project settings as JSON; with options, change them (steward)."""
    from dataclasses import asdict

    from anonkit.workflow.project import load_settings, save_settings

    changes = {"retention_years": retention_years, "model": model, "speakers": speakers,
               "style": style}
    with open_vault(vault, user, password_file) as v:
        if any(value is not None for value in changes.values()):
            current = save_settings(v, **changes)
        else:
            current = load_settings(v)
    click.echo(json.dumps(asdict(current), indent=2))


def register(cli: click.Group) -> None:
    for cmd in (ingest, process, status, names, share, settings):
        cli.add_command(cmd)
