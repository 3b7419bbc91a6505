"""``verify`` at workflow level: the vault's own checks plus the release gate (leak check).

Why not a hook inside ``Vault.verify``: a registry filled from above made the library alone
behave differently from the CLI (the leak check ran only after the CLI registered it). Here
the composition is explicit and the same for every caller.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from anonkit.workflow.project import load_key

if TYPE_CHECKING:
    from anonkit.vault.vault import Vault, VerifyReport

PSEUDONYMIZED_KIND = "transcript_pseudonymized"


def _strings(value: object) -> list[str]:
    """Every string inside a JSON value (a pseudonymized transcript stored as JSON)."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


def stored_text(raw: bytes) -> str:
    """All text of a stored pseudonymized transcript (JSON document or plain text)."""
    decoded = raw.decode("utf-8", errors="replace")
    try:
        return "\n".join(_strings(json.loads(decoded)))
    except ValueError:
        return decoded


def leak_problems(vault: Vault) -> list[str]:
    """The release gate over a whole vault: every pseudonymized transcript checked against
    the project's key. Sentences name objects, entity ids and counts, never the names.
    Users who cannot read the key (analysts; interviewers before the key is shared with
    them) cannot run it: nothing is reported for them (``verify`` says so)."""
    from anonkit.anonymize.leakcheck import find_leaks
    from anonkit.vault.errors import AccessDeniedError

    try:
        key = load_key(vault)
    except AccessDeniedError:
        return []
    if key is None:
        return []
    problems = []
    for info in vault.list(tier="anonymized", kind=PSEUDONYMIZED_KIND):
        try:
            text = stored_text(vault.get_bytes(info.id))
        except AccessDeniedError:
            continue
        certain = [leak for leak in find_leaks(text, key) if leak.certain]
        if certain:
            ids = sorted({leak.entity_id for leak in certain})
            problems.append(
                f"pseudonymized transcript {info.id} still contains {len(certain)} original "
                f"name(s) from the key (entities {', '.join(ids)})"
            )
    return problems


def verify_vault(vault: Vault, *, repair: bool = False) -> VerifyReport:
    """Integrity of objects, header and audit chain (``Vault.verify``), then the leak check."""
    from anonkit.vault.errors import AccessDeniedError

    report = vault.verify(repair=repair)
    try:
        load_key(vault)
    except AccessDeniedError:
        report.warnings.append(f"leak check skipped: user {vault.user} "
                               f"({vault.role.value}) cannot read the project key")
    report.problems.extend(leak_problems(vault))
    return report
