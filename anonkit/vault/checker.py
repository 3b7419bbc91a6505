"""The checker: everything ``anonkit verify`` proves (spec §12–14)."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, BinaryIO

from anonkit.vault import envelope
from anonkit.vault.catalog import ObjectInfo
from anonkit.vault.errors import (
    AccessDeniedError,
    VaultError,
)
from anonkit.vault.failed_unlocks import FailedUnlockLog
from anonkit.vault.keys import Role
from anonkit.vault.lock import vault_lock
from anonkit.vault.objects import _obj_header, _tier
from anonkit.vault.rewrap import check_author_stanzas
from anonkit.vault.storage import (
    COPY_CHUNK,
    body_hasher,
    clean_tmp,
    file_sha256,
    find_links,
    open_read,
    read_bytes,
    remove_file,
)

if TYPE_CHECKING:
    pass


@dataclass
class VerifyReport:
    """What ``Vault.verify`` found. ``ok`` is False when anything is wrong."""

    problems: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    objects: int = 0
    decrypted: int = 0
    hash_checked: int = 0
    audit_entries: int = 0
    removed_temp_files: list[str] = field(default_factory=list)
    removed_orphans: list[str] = field(default_factory=list)
    #: key files of the older unsigned format (§7.3): a member wrote them, not proven which
    unsigned_key_files: int = 0
    #: signed key files whose author is unknown (re-signed at a rotation, §9)
    unattributed_key_files: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems

    def to_json(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "problems": self.problems,
            "warnings": self.warnings,
            "objects": self.objects,
            "decrypted": self.decrypted,
            "hash_checked": self.hash_checked,
            "audit_entries": self.audit_entries,
            "removed_temp_files": self.removed_temp_files,
            "removed_orphans": self.removed_orphans,
            "unsigned_key_files": self.unsigned_key_files,
            "unattributed_key_files": self.unattributed_key_files,
        }


class CheckerMixin:
    """``verify`` of the ``Vault`` facade (kept apart, as restic keeps its checker)."""

    def verify(self, *, repair: bool = False, decrypt: bool = True) -> VerifyReport:
        """Check everything this user can check (spec §12–14).

        Every catalog row has both files with the recorded sizes and hashes; every object the
        user may read decrypts completely (others: ciphertext SHA-256 only); files without a
        row are reported (orphans: left by a crash between rename and catalog commit, or put
        there from outside) and removed with ``repair``; dead writers' temp files are
        removed; the audit chain and the failed-unlock log are intact; the header matches the
        catalog. (The leak check is the workflow layer's: ``anonkit.workflow.verify``.)
        """
        rep = VerifyReport()
        if repair:
            self._require_writable("repair the vault")
        lock_cm: contextlib.AbstractContextManager[Any] = (
            vault_lock(self.root, exclusive=True, timeout=self.lock_timeout,
                       what="repair the vault")
            if repair else contextlib.nullcontext()
        )
        with lock_cm:
            for link in find_links(self.root):
                rep.problems.append(
                    f"{link} is a symbolic link: a vault never contains links (someone with "
                    "write access to the directory made it); nothing was done through it. "
                    "Remove it and restore the real file or directory from a backup")
            try:
                if not self.read_only:
                    rep.removed_temp_files = clean_tmp(self.layout.tmp, exclusive=repair)
            except VaultError as err:
                rep.problems.append(str(err))
            try:
                current = self.read_header(self.root)
                if current.digest() != self.header.digest():
                    self._reload_header()
                self._check_header_state()
            except VaultError as err:
                rep.problems.append(str(err))
            rows = {o.id: o for o in self.catalog.list_objects()}
            rep.objects = len(rows)
            for info in rows.values():
                self._verify_object(info, rep, decrypt)
            self._verify_orphans(rows, rep, repair)
        rep.problems.extend(self.audit_log.verify())
        state = getattr(self, "_rollback_state", None)
        if state is not None:
            by_seq = {e.seq: e.hash for e in self.audit_log.entries()}
            if (diverged := state.diverged(by_seq.get)) is not None:
                rep.problems.append(diverged)
        if self.audit_log.unsigned_older:
            rep.warnings.append(
                f"{self.audit_log.unsigned_older} audit entries are unsigned (older format, "
                "written before the header listed signing keys): they prove order, not who "
                "wrote them" + ("" if self.header.signers else
                                "; a steward signs from now on with `anonkit approve` or "
                                "any user change, or the API's Vault.list_signing_keys()"))
        if rep.unsigned_key_files:
            rep.warnings.append(
                f"{rep.unsigned_key_files} key files are unsigned (older format): they prove "
                "that a member wrote the object, not which; the next key rotation re-signs "
                "them, with the author unknown")
        if rep.unattributed_key_files:
            rep.warnings.append(
                f"{rep.unattributed_key_files} key files name no author (re-signed by a "
                "steward at a key rotation from an unsigned or tampered key file)")
        if self.audit_log.torn_tail:
            rep.warnings.append("the last audit line is incomplete (a crash during a write); "
                                "the next audit entry removes it")
        rep.audit_entries = len(self.audit_log.entries())
        imported = {
            int(e.details["failed_seq"]): str(e.details.get("failed_hash"))
            for e in self.audit_log.entries()
            if e.event == "unlock_failed" and "failed_seq" in e.details
        }
        failed = FailedUnlockLog(self.layout.failed_audit, self.vault_id)
        rep.problems.extend(failed.verify(imported))
        pending = len(failed.entries()) - len(imported)
        if pending > 0:
            rep.warnings.append(
                f"{pending} failed unlock attempt(s) not yet confirmed in the audit log"
            )
        return rep

    def _verify_object(self, info: ObjectInfo, rep: VerifyReport, decrypt: bool) -> None:
        obj_path, key_path = self.layout.object_path(info.id), self.layout.key_path(info.id)
        label = f"object {info.id} ({info.tier}/{info.kind})"
        missing = [n for n, p in (("body", obj_path), ("key file", key_path)) if not p.exists()]
        if missing:
            rep.problems.append(f"{label}: its {' and '.join(missing)} is missing")
            return
        if obj_path.stat().st_size != info.ciphertext_size:
            rep.problems.append(
                f"{label}: size {obj_path.stat().st_size} differs from the catalog's "
                f"{info.ciphertext_size} (truncated or extended)"
            )
            return
        if file_sha256(key_path) != info.key_sha256:
            rep.problems.append(f"{label}: the key file differs from the catalog (modified)")
        # Who wrote it (§7.3): every member checks the signature, whatever tier it can read.
        try:
            attr = envelope.keyfile_attribution(read_bytes(key_path), self.keyring,
                                                _obj_header(info), self._signer_lookup)
        except AccessDeniedError:
            pass  # a key epoch this keyring lacks: reported below by opening the key
        except VaultError as err:
            rep.problems.append(f"{label}: {err}")
            return
        else:
            rep.unsigned_key_files += not attr.signed
            rep.unattributed_key_files += attr.signed and attr.author is None
        dek: bytes | None = None
        if decrypt:
            try:
                dek = self._open_dek(info)
            except AccessDeniedError as err:
                if self.keyring.can_read(_tier(info.tier)):
                    # This user holds the tier key, so the key file should open for them:
                    # an object nobody can decrypt is a problem, not a skip (§12).
                    rep.problems.append(f"{label}: {err}")
                    return
                dek = None  # no key for it: the hash comparison is all this user can do
            except VaultError as err:
                rep.problems.append(f"{label}: {err}")
                return
        try:
            rep.problems.extend(check_author_stanzas(
                read_bytes(key_path), dek, _obj_header(info), self.header.author_roles(),
                self._author_keys()))
        except VaultError as err:
            rep.problems.append(f"{label}: {err}")
        # One pass over the body: hash it and (with a key) decrypt it at the same time.
        error: str | None = None
        n = 0
        algorithm = info.body_checksum.split(":", 1)[0]
        with open_read(obj_path) as f:
            reader = _HashingReader(f, algorithm)
            if dek is not None:
                try:
                    for chunk in envelope.decrypt_object(dek, reader, _obj_header(info)):
                        n += len(chunk)
                except VaultError as err:
                    error = str(err)
            sha = reader.finish()
        if sha != info.body_checksum:
            rep.problems.append(f"{label}: the ciphertext differs from the catalog (modified)"
                                + (f"; {error}" if error else ""))
            return
        rep.hash_checked += 1
        if dek is None:
            return
        if error:
            rep.problems.append(f"{label}: {error}")
        elif n != info.plaintext_size:
            rep.problems.append(f"{label}: decrypted size {n} differs from the catalog's")
        else:
            rep.decrypted += 1

    def _author_keys(self) -> dict[bytes, tuple[str, Role, Any]] | None:
        """Steward: every member's user key (escrows), cached per header, to prove author
        stanzas; others: None (they check roles only)."""
        if not self.keyring.is_admin or self.header.key_epoch != self.keyring.key_epoch:
            return None
        cached = getattr(self, "_author_keys_cache", None)
        if cached is None or cached[0] != self.header.digest():
            cached = (self.header.digest(), self.header.author_keys(self.keyring))
            self._author_keys_cache = cached
        return cached[1]

    def _verify_orphans(self, rows: dict[str, ObjectInfo], rep: VerifyReport,
                        repair: bool) -> None:
        for what, files in (("object", self.layout.iter_object_files()),
                            ("key file", self.layout.iter_key_files())):
            for name, path in files:
                if name in rows:
                    continue
                if repair:
                    remove_file(path)
                    rep.removed_orphans.append(f"{what} {name}")
                else:
                    rep.warnings.append(
                        f"orphan {what} {name} (no catalog row: left by an interrupted write or "
                        "delete, or copied in); `anonkit verify --repair` removes it"
                    )


class _HashingReader:
    """Wraps a binary file: body checksum of everything read, so ``verify`` reads a body
    once."""

    def __init__(self, f: BinaryIO, algorithm: str) -> None:
        self._f = f
        self._algorithm = algorithm
        self._hash = body_hasher(algorithm)

    def read(self, n: int = -1) -> bytes:
        data = self._f.read(n)
        self._hash.update(data)
        return data

    def finish(self) -> str:
        """Hash the rest of the file too (decryption may have stopped early) and return it."""
        while chunk := self._f.read(COPY_CHUNK):
            self._hash.update(chunk)
        return f"{self._algorithm}:{self._hash.hexdigest()}"
