"""Retention: destroy a recording's identifiable tier by crypto-shredding; keep the
anonymized tier (design.md "retention", vault spec §10).

What goes: the audio, the raw transcript, the metadata, the review record (their key files
first, so the bodies are undecryptable even if their blocks survive), and the recording's
entries in the project key: its occurrences, and every entity found only in it. The key is
saved anew and a steward's save shreds the old key versions that still held those names.
What stays: the pseudonymized transcript, its approval, the audit trail.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import TYPE_CHECKING

from anonkit.workflow.errors import RoleError
from anonkit.workflow.project import key_lock, load_key, save_key

if TYPE_CHECKING:
    from anonkit.vault.vault import Vault


def _require_steward(vault: Vault) -> None:
    if vault.role.value != "steward":
        raise RoleError(f"user {vault.user} ({vault.role.value}) may not purge: stewards only")


def expired(vault: Vault, today: dt.date | None = None) -> list[str]:
    """Recordings whose retention date (in their encrypted metadata) has passed."""
    _require_steward(vault)
    today = today or dt.datetime.now(dt.UTC).date()
    out = []
    for rec in vault.recordings():
        if rec.stage == "purged" or rec.metadata_object is None:
            continue
        until = vault.get_metadata(rec.id).get("retention_until")
        if until and dt.date.fromisoformat(until) < today:
            out.append(rec.id)
    return out


def forget_recordings(vault: Vault, recording_ids: Iterable[str]) -> int:
    """Drop the recordings' occurrences from the key, and entities left without any
    occurrence (project-dictionary entities stay: the team listed them on purpose).
    Returns the number of entities removed."""
    ids = set(recording_ids)
    with key_lock(vault):
        key = load_key(vault)
        if key is None:
            return 0
        removed = 0
        for rid in ids:
            key.forget_document(rid)
        for entity in list(key.entities):
            if not entity.occurrences and entity.source != "dictionary":
                key.remove_entity(entity.id)
                removed += 1
        save_key(vault, key)
    return removed


def purge(vault: Vault, recording_ids: Iterable[str]) -> dict[str, int]:
    """Crypto-shred the identifiable tier of each recording; returns id → objects shredded.
    Idempotent: a purged recording is skipped, a crashed purge is finished by a rerun."""
    _require_steward(vault)
    ids = [vault.recording(rid).id for rid in recording_ids]
    forget_recordings(vault, ids)
    out = {}
    for rid in ids:
        out[rid] = 0 if vault.recording(rid).stage == "purged" else vault.purge(rid)
    return out
