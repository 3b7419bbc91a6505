"""Audit entries, the audit head in the catalog, and failed-unlock import (spec §14)."""

from __future__ import annotations

import contextlib
import fcntl
from typing import TYPE_CHECKING, Any

from anonkit.vault.audit import AuditEntry, FailedUnlockLog
from anonkit.vault.errors import (
    VaultLockedError,
)
from anonkit.vault.header import slot_id
from anonkit.vault.lock import vault_lock
from anonkit.vault.meta import (
    META_AUDIT_HEAD,
    META_FAILED_IMPORTED,
)
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
