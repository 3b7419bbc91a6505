"""Audit entries, the audit head in the catalog, and failed-unlock import (spec §14)."""

from __future__ import annotations

import contextlib
import fcntl
from typing import TYPE_CHECKING, Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from anonkit.vault.audit import AuditEntry
from anonkit.vault.errors import (
    VaultError,
    VaultLockedError,
)
from anonkit.vault.failed_unlocks import FailedUnlockLog
from anonkit.vault.keys import Role
from anonkit.vault.lock import vault_lock
from anonkit.vault.meta import (
    META_AUDIT_HEAD,
    META_FAILED_IMPORTED,
)
from anonkit.vault.signing import SignerKey, derive_signing_key, public_bytes
from anonkit.vault.slots import slot_id
from anonkit.vault.storage import (
    open_read,
)

if TYPE_CHECKING:
    pass


class AuditMixin:
    """The audit log as the ``Vault`` facade exposes it (spec §14)."""

    def _load_audit_head(self) -> tuple[int, str, int, str] | None:
        value = self.catalog.get_meta(META_AUDIT_HEAD)
        if value is None:
            return None
        seq, h, epoch, mac = value.split(":")
        return int(seq), h, int(epoch), mac

    def _save_audit_head(self, seq: int, h: str, epoch: int, mac: str) -> None:
        with self.catalog.transaction() as db:
            cur = self._load_audit_head()
            if cur is None or cur[0] < seq:
                self.catalog.set_meta(META_AUDIT_HEAD, f"{seq}:{h}:{epoch}:{mac}", db)

    def audit_append(
        self,
        event: str,
        *,
        recording_id: str | None = None,
        object_id: str | None = None,
        **details: Any,
    ) -> AuditEntry:
        """Record an event (ingest, transcribe, anonymize, review_decision, sign_off, export,
        …). ``details``: ids, numbers, short codes only; never text (it is refused)."""
        self._require_writable("record an audit entry")
        return self.audit_log.append(event, user=self.user_slot, recording=recording_id,
                                     object_id=object_id, **details)

    def audit_entries(self) -> list[AuditEntry]:
        return self.audit_log.entries()

    def _audit_signer(self) -> tuple[str, Ed25519PrivateKey] | None:
        """This user's signing key (§4.7), if the header lists it for the current key epoch
        (a version-2 vault not yet upgraded by a steward lists none: entries stay unsigned)."""
        sid = bytes.fromhex(self.user_slot)
        listed = self._listed_signer_key(sid, self.keyring.key_epoch)
        if listed is None:
            return None
        key = derive_signing_key(self.keyring.user_key, self.header.vault_id, sid)
        return (self.user_slot, key) if public_bytes(key) == listed.public else None

    def _listed_signer_key(self, sid: bytes, epoch: int) -> SignerKey | None:
        """``header.signer_key``; when it lists none, the header on disk may be newer (a
        steward listed signing keys after this process opened the vault): re-read it once,
        so this process neither writes an unsigned entry after signed ones nor reports
        another process's signed entries as unverifiable."""
        listed = self.header.signer_key(sid, epoch)
        if listed is None:
            with contextlib.suppress(VaultError, OSError):
                self._reload_header()
                listed = self.header.signer_key(sid, epoch)
        return listed

    def can_sign(self) -> bool:
        """True when this user's audit entries are signed (§4.7)."""
        return self._audit_signer() is not None

    def signer_role(self, entry: AuditEntry) -> Role | None:
        """The role of the member whose own key signed ``entry`` (as the header listed it),
        or None when the entry is unsigned or its signature does not verify (§14). Only the
        writer of an entry can produce this: the MAC key is shared, signing keys are not."""
        key = self.audit_log.signed_by(entry)
        return None if key is None else key.role

    def user_names_by_slot(self) -> dict[str, str]:
        """slot id (hex) → name, for showing the audit log (removed users are absent)."""
        return {slot_id(self.header.vault_id, n).hex(): n for n, _ in self.users()}

    def _import_failed_unlocks(self) -> None:
        """Copy new failed-unlock attempts into the MAC'd log (spec §14). Best effort: a
        busy or read-only vault must still open; the next unlock retries."""
        with contextlib.suppress(VaultLockedError, OSError):
            self._import_failed_unlocks_now()

    def _import_failed_unlocks_now(self) -> None:
        failed = FailedUnlockLog(self.layout.failed_audit, self.vault_id)
        if not self.layout.failed_audit.exists():
            return
        done = int(self.catalog.get_meta(META_FAILED_IMPORTED) or 0)
        if len(failed.entries()) <= done:
            return
        with (
            vault_lock(self.root, exclusive=False, timeout=min(self.lock_timeout, 1.0),
                       what="record failed unlock attempts"),
            open_read(self.layout.failed_audit) as fl,
        ):
            fcntl.flock(fl.fileno(), fcntl.LOCK_EX)
            done = int(self.catalog.get_meta(META_FAILED_IMPORTED) or 0)
            total = failed.import_into(self.audit_log, self.user_slot, done)
            with self.catalog.transaction() as db:
                self.catalog.set_meta(META_FAILED_IMPORTED, str(total), db)
