"""Users and the header state: add/remove/password changes, header commits, replay and
rollback checks (spec §4.6, §12).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import TYPE_CHECKING

from anonkit.vault.audit import AuditEntry
from anonkit.vault.errors import (
    HeaderReplayError,
    StaleKeysError,
    TamperedError,
)
from anonkit.vault.header import VaultHeader
from anonkit.vault.kdf import KdfParams
from anonkit.vault.keys import Role
from anonkit.vault.lock import vault_lock
from anonkit.vault.meta import (
    META_AUDIT_HEAD,
    META_DIGEST,
    META_GENERATION,
    META_PENDING_DIGEST,
    META_VAULT_ID,
)
from anonkit.vault.rollback import RollbackState, Seen, rollback_accepted, rollback_error
from anonkit.vault.slots import slot_id
from anonkit.vault.storage import (
    atomic_write_bytes,
)

if TYPE_CHECKING:
    pass


class UsersMixin:
    """Members and header commits of the ``Vault`` facade (spec §4.6, §12)."""

    def users(self) -> list[tuple[str, Role]]:
        """(name, role) of every member (names are sealed in the header; members only)."""
        return self.header.users(self.keyring)

    def member_publics(self, role: Role | str) -> list[bytes]:
        """User public keys of every member with ``role`` (public header data): the
        ``readers`` to pass to ``put_bytes`` for an object those members must read."""
        wanted = Role(role)
        return [slot.user_public for slot in self.header.slots if slot.role is wanted]

    @contextlib.contextmanager
    def _header_change(self, what: str) -> Iterator[None]:
        self._require_writable(what)
        with vault_lock(self.root, exclusive=True, timeout=self.lock_timeout, what=what):
            self._reload_header()
            yield

    def add_user(
        self, name: str, role: Role | str, password: str, kdf: KdfParams | None = None
    ) -> None:
        with self._header_change("add a user"):
            new = self.header.add_user(self.keyring, name, role, password, kdf)
            self._commit_header(new)
        self.audit_append("user_added", target=slot_id(new.vault_id, name).hex(),
                          role=Role(role).value, generation=new.generation)

    def remove_user(self, name: str) -> None:
        """Remove a member's slot. Rotate keys afterwards if they may have kept a copy of the
        old header (spec §9)."""
        with self._header_change("remove a user"):
            new = self.header.remove_user(self.keyring, name)
            self._commit_header(new)
        self.audit_append("user_removed", target=slot_id(new.vault_id, name).hex(),
                          generation=new.generation)

    def change_password(
        self, new_password: str, name: str | None = None, kdf: KdfParams | None = None
    ) -> None:
        """Own password (any user) or, for a steward, reset another user's."""
        target = name or self.user
        with self._header_change("change a password"):
            new = self.header.change_password(self.keyring, target, new_password, kdf)
            self._commit_header(new)
        self.audit_append("password_changed", target=slot_id(new.vault_id, target).hex())

    def list_signing_keys(self) -> None:
        """Steward: list every member's signing public key in the header (§4.7), upgrading
        a version-2 vault to version 3. From then on every audit entry is signed. No-op when
        every member already has one for the current key epoch."""
        with self._header_change("list signing keys"):
            new = self.header.with_signing_keys(self.keyring)
            if new is None:
                return
            self._commit_header(new)
        self.audit_append("signing_keys_listed", generation=new.generation)

    def _check_header_state(self) -> None:
        """Refuse a header older than the catalog says (replay of a copied old header)."""
        cat_vault = self.catalog.get_meta(META_VAULT_ID)
        if cat_vault != self.vault_id:
            raise TamperedError(
                "the catalog belongs to another vault (its vault id differs from the header's); "
                "restore the vault from a backup"
            )
        gen_raw = self.catalog.get_meta(META_GENERATION)
        if gen_raw is None or not gen_raw.isdigit():
            raise TamperedError(
                "the catalog has no valid header_generation row: it was deleted or edited "
                "(tampering; it is what detects an old header copied back). Restore the vault "
                "from a backup and run `anonkit verify`"
            )
        if self.catalog.get_meta(META_AUDIT_HEAD) is None and self.audit_log.entries():
            raise TamperedError(
                "the catalog has no audit_head row although the audit log has entries: it was "
                "deleted (tampering; it is what detects entries cut off the log). Restore the "
                "vault from a backup and run `anonkit verify`"
            )
        gen = int(gen_raw)
        digest = self.catalog.get_meta(META_DIGEST)
        pending = self.catalog.get_meta(META_PENDING_DIGEST)
        mine = self.header.digest().hex()
        if self.header.generation < gen:
            raise HeaderReplayError(
                f"the vault header is generation {self.header.generation} but the catalog "
                f"records generation {gen}: an old header was copied back (header replay), "
                "perhaps to restore a removed user. Restore the current header from a backup "
                "and run `anonkit verify`"
            )
        if self.header.generation == gen and mine != digest and mine != pending:
            raise HeaderReplayError(
                "the vault header differs from the one the catalog records for its generation "
                "(an old password slot was copied back?). Restore the current header from a "
                "backup and run `anonkit verify`"
            )
        if (self.header.generation > gen or mine == pending) and self.read_only:
            return  # a signed, newer header: accept it; the catalog catches up when writable
        if self.header.generation > gen or mine == pending:
            # A header commit was interrupted after the header was written: finish it, and
            # say so in the audit log (the change's own entry may never have been written).
            with self.catalog.transaction() as db:
                self.catalog.set_meta(META_GENERATION, str(self.header.generation), db)
                self.catalog.set_meta(META_DIGEST, mine, db)
                db.execute("DELETE FROM meta WHERE key = ?", (META_PENDING_DIGEST,))
            self.audit_append("header_change_recovered", generation=self.header.generation)

    def _commit_header(self, new: VaultHeader) -> None:
        """Write a changed header (caller holds the exclusive lock), then the catalog.

        Order: pending digest in the catalog → header file (atomic) → generation + digest.
        A crash anywhere leaves a header that ``_check_header_state`` accepts.
        """
        with self.catalog.transaction() as db:
            self.catalog.set_meta(META_PENDING_DIGEST, new.digest().hex(), db)
        atomic_write_bytes(self.layout.tmp, self.layout.header, new.to_bytes())
        with self.catalog.transaction() as db:
            self.catalog.set_meta(META_GENERATION, str(new.generation), db)
            self.catalog.set_meta(META_DIGEST, new.digest().hex(), db)
            db.execute("DELETE FROM meta WHERE key = ?", (META_PENDING_DIGEST,))
        self.header = new

    def _reload_header(self) -> None:
        """Under a lock: pick up header changes made by other processes since we opened.

        Public parts are enough for writing (tier public keys); if the keys were rotated our
        keyring is stale and writing would seal data keys to retired keys: refuse.
        """
        if self.catalog.get_meta(META_DIGEST) == self.header.digest().hex():
            return
        current = self.read_header(self.root)
        if current.vault_id != self.header.vault_id:
            raise TamperedError("the vault header was replaced by another vault's header")
        if current.key_epoch != self.keyring.key_epoch:
            raise StaleKeysError()
        self.header = current

    def _seen_now(self, entries: list[AuditEntry] | None = None) -> Seen:
        entries = self.audit_log.entries() if entries is None else entries
        last = entries[-1] if entries and self.audit_log.parses_cleanly(entries) else None
        return Seen(self.header.generation, self.header.key_epoch,
                    last.seq if last else -1, last.hash if last else "")

    def _check_rollback(self) -> None:
        """Compare with what this user last saw of this vault on this machine; older is a
        rollback (``HeaderReplayError``) unless the user accepts a restore by naming the vault
        id in ``ANONKIT_ACCEPT_ROLLBACK`` (then audited as ``rollback_accepted``)."""
        state = RollbackState(self.vault_id, self.user_slot)
        entries = self.audit_log.entries()
        now = self._seen_now(entries)
        # A damaged log (reported by verify) cannot say how far it reaches: compare the
        # header only, and keep the audit head already recorded.
        clean = self.audit_log.parses_cleanly(entries)
        reasons = state.check(now, audit=clean)
        if reasons:
            if not rollback_accepted(self.vault_id):
                raise rollback_error(self.vault_id, reasons)
            seen = state.load()
            assert seen is not None
            self._require_writable("accept a restored vault (the acceptance is audited)")
            self.audit_append("rollback_accepted", seen_generation=seen.generation,
                              generation=now.generation, seen_key_epoch=seen.key_epoch,
                              key_epoch=now.key_epoch, seen_audit_seq=seen.audit_seq,
                              audit_seq=now.audit_seq)
            state.save(self._seen_now(), replace=True)
        elif clean:
            state.save(now)
        self._rollback_state = state
