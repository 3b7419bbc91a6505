"""Vault administration commands: ``init``, ``user …``, ``verify``, ``audit``
(docs/interfaces.md "Vault workflow"; format in docs/vault-format.md).

Why these are thin: every rule (who may do what, order of writes, locking, audit entries)
lives in ``anonkit.vault.vault.Vault``; the commands only collect passwords, call it and print.
Output for scripts goes to stdout (``--json``), messages to stderr.
"""

from __future__ import annotations

import json
from pathlib import Path

import click

from anonkit.cli.help import HelpGroup
from anonkit.cli.options import (
    get_password,
    new_password_option,
    open_vault,
    password_options,
    quiet_option,
    vault_argument,
)
from anonkit.vault.errors import AuditLogError, TamperedError

ROLES = ("steward", "interviewer", "analyst")


@click.command("init")
@vault_argument
@click.option("--user", "user", envvar="ANONKIT_USER", default="steward", show_default=True,
              metavar="NAME", help="Name of the first steward (an account handle, not a "
              "real name, is best).")
@click.option("--password-file", type=click.Path(dir_okay=False),
              envvar="ANONKIT_PASSWORD_FILE", show_envvar=True,
              help="File whose first line is the new steward's password (otherwise you are "
              "prompted twice).")
@quiet_option
def init(vault: Path, user: str, password_file: str | None, quiet: bool) -> None:
    """Create a new vault in VAULT (a new or empty directory) with USER as its steward."""
    from anonkit.vault.vault import Vault

    password = get_password(password_file, prompt=f"New password for {user}", new=True)
    with Vault.create(vault, user, password) as v:
        _say(quiet, f"created vault {vault} (steward: {v.user})")


@click.group("user", cls=HelpGroup)
def user_group() -> None:
    """Manage the vault's users (steward only, except `passwd` for your own password)."""


@user_group.command("add")
@vault_argument
@click.argument("name")
@click.option("--role", type=click.Choice(ROLES), required=True, help="What the user may see.")
@new_password_option
@password_options
@quiet_option
def user_add(vault: Path, name: str, role: str, new_password_file: str | None,
             password_file: str | None, user: str | None, quiet: bool) -> None:
    """Add user NAME with ROLE; their password comes from --new-password-file or a prompt."""
    with open_vault(vault, user, password_file) as v:
        new_password = get_password(new_password_file, prompt=f"New password for {name}",
                                    new=True)
        v.add_user(name, role, new_password)
    _say(quiet, f"added {name} ({role})")


@user_group.command("list")
@vault_argument
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
@password_options
def user_list(vault: Path, as_json: bool, password_file: str | None, user: str | None) -> None:
    """List users and roles (names are encrypted in the header: any member may list)."""
    with open_vault(vault, user, password_file) as v:
        users = v.users()
    if as_json:
        click.echo(json.dumps([{"name": n, "role": r.value} for n, r in users]))
        return
    for name, role in users:
        click.echo(f"{name}\t{role.value}")


@user_group.command("remove")
@vault_argument
@click.argument("name")
@password_options
@quiet_option
def user_remove(vault: Path, name: str, password_file: str | None, user: str | None,
                quiet: bool) -> None:
    """Remove user NAME. Run `anonkit user rotate-keys` afterwards if they may have kept a
    copy of the vault."""
    with open_vault(vault, user, password_file) as v:
        v.remove_user(name)
    _say(quiet, f"removed {name}; now run `anonkit user rotate-keys {vault}` if they may have "
         "kept a copy of the vault")


@user_group.command("passwd")
@vault_argument
@click.argument("name", required=False)
@new_password_option
@password_options
@quiet_option
def user_passwd(vault: Path, name: str | None, new_password_file: str | None,
                password_file: str | None, user: str | None, quiet: bool) -> None:
    """Change your own password, or (steward) reset NAME's password."""
    with open_vault(vault, user, password_file) as v:
        target = name or v.user
        new_password = get_password(new_password_file, prompt=f"New password for {target}",
                                    new=True)
        v.change_password(new_password, target)
    _say(quiet, f"changed the password of {target}")


@user_group.command("rotate-keys")
@vault_argument
@password_options
@quiet_option
def user_rotate_keys(vault: Path, password_file: str | None, user: str | None,
                     quiet: bool) -> None:
    """New tier keys and user keys; every object's key file is re-wrapped (data is not
    re-encrypted; passwords stay). Exit 1 if tampered key files were found (and repaired)."""
    with open_vault(vault, user, password_file) as v:
        n = v.rotate_keys()
        problems = v.rotation_problems
    for p in problems:
        click.echo(f"problem: {p}")
    _say(quiet, f"rotated keys; re-wrapped {n} key file(s)")
    if problems:
        raise SystemExit(1)


@click.command("verify")
@vault_argument
@click.option("--repair", is_flag=True,
              help="Also remove orphan files left by interrupted writes (takes the vault lock).")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@password_options
@quiet_option
def verify(vault: Path, repair: bool, as_json: bool, password_file: str | None,
           user: str | None, quiet: bool) -> None:
    """Check every object, the catalog, the header and the audit chain, and run the leak
    check (no original name from the project's key in any pseudonymized transcript).
    Exit 1 on any problem."""
    from anonkit.workflow.verify import verify_vault

    with open_vault(vault, user, password_file) as v:
        report = verify_vault(v, repair=repair)
    if as_json:
        click.echo(json.dumps(report.to_json(), indent=2))
    else:
        for w in [] if quiet else report.warnings:
            click.echo(f"warning: {w}", err=True)
        for p in report.problems:
            click.echo(f"problem: {p}")
        if report.ok and not quiet:
            click.echo(
                f"vault OK: {report.objects} object(s), {report.decrypted} decrypted, "
                f"{report.hash_checked} hash-checked; {report.audit_entries} audit entries"
            )
    if not report.ok:
        raise TamperedError(
            f"verify found {len(report.problems)} problem(s) in {vault} (listed above): restore "
            "damaged objects from a backup; fix leaks in review before any release"
        )


@click.command("audit")
@vault_argument
@click.option("--json", "as_json", is_flag=True, help="Print JSON (entries and chain head).")
@password_options
def audit(vault: Path, as_json: bool, password_file: str | None, user: str | None) -> None:
    """Show the audit log (user names resolved for current members)."""
    with open_vault(vault, user, password_file) as v:
        entries = v.audit_entries()
        names = v.user_names_by_slot()
        problems = v.audit_log.verify()
    rows = []
    for e in entries:
        d = e.to_json()
        d["user_name"] = names.get(e.user or "")
        target = e.details.get("target")
        if isinstance(target, str) and target in names:
            d["target_name"] = names[target]
        rows.append(d)
    head = {"seq": entries[-1].seq, "hash": entries[-1].hash} if entries else None
    if as_json:
        click.echo(json.dumps({"head": head, "chain_ok": not problems, "problems": problems,
                               "entries": rows}, indent=2))
    else:
        from rich.console import Console
        from rich.table import Table

        table = Table(title=f"audit log of {vault}")
        for col in ("seq", "time (UTC)", "event", "user", "recording", "object", "details"):
            table.add_column(col, no_wrap=col != "details")
        for d in rows:
            user_label = d["user_name"] or (f"[removed {d['user'][:8]}]" if d["user"] else "-")
            details = " ".join(f"{k}={v}" for k, v in sorted(d["details"].items())
                               if k not in {"failed_hash"})
            table.add_row(str(d["seq"]), d["ts"], d["event"], user_label,
                          (d["recording"] or "-")[:12], (d["object"] or "-")[:12], details)
        Console().print(table)
        if head:
            click.echo(f"chain head: seq {head['seq']} sha256 {head['hash']}")
    if problems:
        raise AuditLogError("the audit log is damaged: " + "; ".join(problems))


def _say(quiet: bool, message: str) -> None:
    """Status messages go to stderr, so stdout stays clean for scripts."""
    if not quiet:
        click.echo(message, err=True)


def register(cli: click.Group) -> None:
    """Attach this module's commands to the top-level group."""
    for cmd in (init, user_group, verify, audit):
        cli.add_command(cmd)
