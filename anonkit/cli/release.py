"""``anonkit approve | export``: the steward's sign-off and the release of approved text.

Thin: options, passwords, printing; the gate and the formats are ``anonkit.workflow``.
"""

from __future__ import annotations

from pathlib import Path

import click

from anonkit.cli.options import open_vault, password_options, quiet_option, vault_argument
from anonkit.workflow.formats import EXPORT_FORMATS


@click.command("approve")
@vault_argument
@click.argument("recording_id")
@click.option("--accept-flags", is_flag=True,
              help="Approve although flagged tokens are still open (needs --reason).")
@click.option("--reason", metavar="TEXT",
              help="Why the open flags may stay (kept encrypted; its digest is audited).")
@quiet_option
@password_options
def approve(vault: Path, recording_id: str, accept_flags: bool, reason: str | None,
            quiet: bool, password_file: str | None, user: str | None) -> None:
    """Sign off a pseudonymized transcript (steward only; leak check, open flags)."""
    from anonkit.workflow.errors import OpenFlagsError
    from anonkit.workflow.release import approve as do_approve
    from anonkit.workflow.release import open_flags

    with open_vault(vault, user, password_file) as v:
        try:
            result = do_approve(v, recording_id, accept_flags=accept_flags, reason=reason)
        except OpenFlagsError:
            for f in open_flags(v, recording_id):
                click.echo(f"open flag: {f['type']} at {f['start']}-{f['end']} "
                           f"(raw-text offsets; {f.get('source') or 'detector'})", err=True)
            raise
    if not quiet:
        click.echo(f"approved {result['id']} (sha256 {result['sha256']}"
                   + (f", {result['accepted_flags']} flag(s) accepted" if result["accepted_flags"]
                      else "") + ")", err=True)


@click.command("export")
@vault_argument
@click.argument("recording_ids", nargs=-1, metavar="[RECORDING_ID]...")
@click.option("--format", "fmt", type=click.Choice(EXPORT_FORMATS), required=True,
              help="txt, docx, nvivo (tab-delimited timespans), qdpx (REFI-QDA), vtt, srt, "
              "json (with the offset→time map).")
@click.option("-o", "--output", "out_dir", required=True,
              type=click.Path(file_okay=False, path_type=Path), help="Output folder.")
@click.option("--draft", is_flag=True,
              help="Steward only: export unapproved transcripts, every line marked DRAFT.")
@click.option("--speaker", "speakers", multiple=True, metavar="LABEL=NAME",
              help="Rename a speaker label, e.g. S1=Interviewer (repeatable).")
@quiet_option
@password_options
def export(vault: Path, recording_ids: tuple[str, ...], fmt: str, out_dir: Path, draft: bool,
           speakers: tuple[str, ...], quiet: bool, password_file: str | None,
           user: str | None) -> None:
    """Write approved transcripts (default: all approved) in a format for analysis."""
    from anonkit.workflow.release import export as do_export
    from anonkit.workflow.release import parse_speakers

    names = parse_speakers(speakers)
    with open_vault(vault, user, password_file) as v:
        paths = do_export(v, recording_ids or None, fmt, out_dir, draft=draft, speakers=names)
    for p in paths:
        click.echo(str(p))
    if not quiet:
        click.echo(f"exported {len(paths)} file(s) to {out_dir}", err=True)


@click.command("purge")
@vault_argument
@click.argument("recording_ids", nargs=-1, metavar="[RECORDING_ID]...")
@click.option("--expired", is_flag=True, help="Every recording past its retention date.")
@quiet_option
@password_options
def purge(vault: Path, recording_ids: tuple[str, ...], expired: bool, quiet: bool,
          password_file: str | None, user: str | None) -> None:
    """Destroy recordings' identifiable tier (audio, raw transcript, key entries) by
    crypto-shredding; the anonymized transcripts stay (steward only)."""
    from anonkit.errors import InputError
    from anonkit.workflow.retention import expired as find_expired
    from anonkit.workflow.retention import purge as do_purge

    if expired == bool(recording_ids):
        raise InputError("give either --expired or RECORDING_ID…")
    with open_vault(vault, user, password_file) as v:
        ids = find_expired(v) if expired else list(recording_ids)
        done = do_purge(v, ids)
    for rid, n in done.items():
        click.echo(rid)
        if not quiet:
            click.echo(f"{rid}: {n} identifiable object(s) shredded", err=True)
    if not done and not quiet:
        click.echo("nothing to purge", err=True)


def register(cli: click.Group) -> None:
    for cmd in (approve, export, purge):
        cli.add_command(cmd)
