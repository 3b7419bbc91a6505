"""The project's shared state in a vault: pseudonym key, dictionary, settings.

Why here and not in ``anonymize``: storing the key needs the ``Vault`` facade, and an engine
must not import another engine's facade. ``anonymize`` knows how a key looks; this module
knows where it lives and who may read it.

Storage (docs/workflow.md "Where things live"):
- pseudonym key: identifiable tier, kind ``key``, no recording; a new object per save (vault
  objects are write-once); the newest one this user can open is current; a steward's save
  shreds the older versions. Sealed to the tier key and to every interviewer's user key
  (``Vault.put_bytes(..., readers=vault.member_publics("interviewer"))``), so interviewers
  use it without the identifiable tier key.
- project dictionary: identifiable tier, kind ``project_dictionary`` (a list of real names),
  shared the same way.
- settings: anonymized tier, kind ``project_settings`` (no personal data: retention years,
  model): every member can read them.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator
from dataclasses import asdict, dataclass, fields
from typing import TYPE_CHECKING, Any

from anonkit.anonymize.dictionary import DictionaryEntry, ProjectDictionary
from anonkit.anonymize.key import PseudonymKey
from anonkit.errors import InputError
from anonkit.workflow.errors import RoleError, WorkflowError

if TYPE_CHECKING:
    from anonkit.vault.vault import Vault

KEY_KIND = "key"
DICTIONARY_KIND = "project_dictionary"
SETTINGS_KIND = "project_settings"
IDENTIFIABLE = "identifiable"
ANONYMIZED = "anonymized"
#: interviewers per copy of a shared object: 8 stanzas - tier key - the writer itself.
READERS_PER_COPY = 6


def _newest(vault: Vault, tier: str, kind: str) -> str | None:
    """Id of the newest project-wide object of ``kind`` (catalog order: last is newest)."""
    rows = [r for r in vault.list(tier=tier, kind=kind) if r.recording_id is None]
    return rows[-1].id if rows else None


def _load_shared(vault: Vault, kind: str) -> bytes | None:
    """The newest version of a shared identifiable object that this user can open.

    A save writes one copy per group of interviewers (``_save_shared``); an interviewer
    opens the copy sealed to them. None when there is no version at all; the last
    ``AccessDeniedError`` when versions exist but none is sealed to this user."""
    from anonkit.vault.errors import AccessDeniedError

    rows = [r for r in vault.list(tier=IDENTIFIABLE, kind=kind) if r.recording_id is None]
    denied: AccessDeniedError | None = None
    for row in reversed(rows):
        try:
            return vault.get_bytes(row.id)
        except AccessDeniedError as err:
            denied = err
    if denied is not None:
        raise denied
    return None


def _save_shared(vault: Vault, kind: str, data: bytes) -> list[str]:
    """Store project-wide identifiable data readable by stewards (tier key) and by every
    interviewer (their user keys; docs/workflow.md "Roles"), never by analysts. A key file
    holds at most 8 recipients, so interviewers are split into groups of
    ``READERS_PER_COPY``, one copy each. A steward's save shreds the older versions."""
    old = [r.id for r in vault.list(tier=IDENTIFIABLE, kind=kind) if r.recording_id is None]
    readers = vault.member_publics("interviewer")
    groups = [readers[i : i + READERS_PER_COPY]
              for i in range(0, len(readers), READERS_PER_COPY)] or [[]]
    new = [vault.put_bytes(IDENTIFIABLE, kind, data, readers=group) for group in groups]
    if vault.role.value == "steward":
        for previous in old:
            vault.shred(previous)
    return new


def require_writer(vault: Vault, action: str) -> None:
    """Stewards and interviewers handle recordings; analysts see released text only."""
    if vault.role.value == "analyst":
        raise RoleError(f"user {vault.user} (analyst) may not {action}: analysts read "
                        "approved, anonymized transcripts only (anonkit export)")


# --- pseudonym key ---------------------------------------------------------------------------


def load_key(vault: Vault) -> PseudonymKey | None:
    """The project's current pseudonym key, or None before the first transcript."""
    raw = _load_shared(vault, KEY_KIND)
    return None if raw is None else PseudonymKey.from_json(raw)


def save_key(vault: Vault, key: PseudonymKey) -> str:
    """Store ``key`` as new shared identifiable object(s); returns the first id."""
    return _save_shared(vault, KEY_KIND, key.to_json())[0]


@contextlib.contextmanager
def key_lock(vault: Vault, timeout: float = 600.0) -> Iterator[None]:
    """One read-modify-write of the project key at a time (processes of any user): the
    second waits, so no process drops the entities another one added. The lock is a flock
    on ``pseudonym-key.lock`` in the vault directory (released on exit, kill -9 included)."""
    from anonkit.anonymize.keyfile import key_file_lock

    with key_file_lock(vault.root / "pseudonym-key", timeout=timeout):
        yield


# --- project dictionary ----------------------------------------------------------------------


def load_dictionary(vault: Vault, lang: str) -> ProjectDictionary | None:
    """The project dictionary (known names with fixed pseudonyms), or None."""
    raw = _load_shared(vault, DICTIONARY_KIND)
    return None if raw is None else ProjectDictionary.from_json(raw, lang)


def save_dictionary(vault: Vault, dictionary: ProjectDictionary) -> str:
    """Store the dictionary (identifiable: a list of real names), shared like the key."""
    return _save_shared(vault, DICTIONARY_KIND, dictionary.to_json())[0]


def detection_dictionary(
    dictionary: ProjectDictionary | None, key: PseudonymKey | None, lang: str
) -> ProjectDictionary | None:
    """What detection looks for first: the project dictionary plus every name the key
    already holds (a name learned from one transcript is found again in the next even where
    NER misses it). One function for ``detect --project``, ``anonymize`` and ``process``."""
    from anonkit.anonymize.linking import key_entries

    entries: list[DictionaryEntry] = list(dictionary.entries) if dictionary else []
    if key is not None:
        entries += key_entries(key)
    return ProjectDictionary(tuple(entries), lang) if entries else None


def vault_detection_dictionary(vault: Vault, lang: str) -> ProjectDictionary | None:
    """``detection_dictionary`` from a vault's dictionary and key."""
    return detection_dictionary(load_dictionary(vault, lang), load_key(vault), lang)


# --- settings ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class ProjectSettings:
    """Per-project defaults. Retention: 5 years after ingest, as in the study this tool
    serves (a recording's own date is in its metadata and wins)."""

    retention_years: int = 5
    model: str = "base"
    backend: str = "faster"
    speakers: str = "auto"
    style: str = "pseudonym"

    @classmethod
    def from_json(cls, raw: bytes) -> ProjectSettings:
        try:
            data = json.loads(raw)
        except ValueError as err:
            raise WorkflowError(f"the project settings are damaged ({err})") from None
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in known})

    def to_json(self) -> bytes:
        return json.dumps(asdict(self), sort_keys=True).encode()


def load_settings(vault: Vault) -> ProjectSettings:
    oid = _newest(vault, ANONYMIZED, SETTINGS_KIND)
    return ProjectSettings() if oid is None else ProjectSettings.from_json(vault.get_bytes(oid))


def save_settings(vault: Vault, **changes: Any) -> ProjectSettings:
    """Change settings (steward only: they decide retention)."""
    if vault.role.value != "steward":
        raise InputError("only a steward changes project settings")
    if changes.get("speakers") is not None:
        from anonkit.asr.pipeline import parse_speakers
        from anonkit.errors import AnonkitError

        try:  # the same values as `transcribe --speakers`, kept as text ("auto", "3")
            changes["speakers"] = str(parse_speakers(changes["speakers"]))
        except AnonkitError as err:
            raise InputError(str(err)) from None
    current = load_settings(vault)
    data = asdict(current) | {k: v for k, v in changes.items() if v is not None}
    new = ProjectSettings(**data)
    vault.put_bytes(ANONYMIZED, SETTINGS_KIND, new.to_json())
    return new


def add_name(vault: Vault, name: str, *, type_: str = "PERSON", pseudonym: str | None = None,
             aliases: tuple[str, ...] = (), lang: str = "en") -> int:
    """Add (or replace) an entry of the project dictionary; returns the entry count."""
    from anonkit.anonymize.dictionary import normalize_type

    require_writer(vault, "change the project dictionary")
    name = " ".join(name.split())
    if not name:
        raise InputError("give a name to add")
    current = load_dictionary(vault, lang)
    entries = [e for e in (current.entries if current else ()) if e.name.lower() != name.lower()]
    entries.append(DictionaryEntry(name=name, type=normalize_type(type_),
                                   pseudonym=pseudonym or None, aliases=tuple(aliases)))
    save_dictionary(vault, ProjectDictionary(tuple(entries), lang))
    return len(entries)


def remove_name(vault: Vault, name: str) -> int:
    """Remove an entry (by its name, any case); returns the entry count left."""
    require_writer(vault, "change the project dictionary")
    current = load_dictionary(vault, "en")
    entries = [e for e in (current.entries if current else ()) if e.name.lower() != name.lower()]
    if current is None or len(entries) == len(current.entries):
        raise InputError("that name is not in the project dictionary")
    save_dictionary(vault, ProjectDictionary(tuple(entries), "en"))
    return len(entries)


def reshare(vault: Vault) -> int:
    """Seal the current key and dictionary again to the current interviewers (after
    ``user add``/``user remove``); steward only. Returns the number of objects saved."""
    if vault.role.value != "steward":
        raise InputError("only a steward re-shares the project key")
    n = 0
    for kind in (KEY_KIND, DICTIONARY_KIND):
        raw = _load_shared(vault, kind)
        if raw is not None:
            n += len(_save_shared(vault, kind, raw))
    return n
