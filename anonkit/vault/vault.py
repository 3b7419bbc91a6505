"""The ``Vault`` facade: what the pipeline, the CLI and the review UI use.

Spec: docs/vault-format.md (crypto §1–11, storage §12–15). This module only composes:
``header`` (key slots), ``envelope`` + ``stream`` (object encryption), ``storage`` (files),
``catalog`` (SQLite), ``audit`` (log), ``lock`` (flock). Why a facade: callers must not be
able to get the order of operations wrong (temp file → fsync → rename → catalog row; header
write under the exclusive lock; audit entry after the change), so they never see those steps.

Typical use::

    with Vault.open(path, "kari", password) as v:
        rid = v.new_recording()
        with open(audio, "rb") as src:
            oid = v.put("identifiable", "audio", src, recording_id=rid)
        for chunk in v.open_reader(oid): ...
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import json
import os
import re
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from anonkit.vault import envelope
from anonkit.vault.audit import AuditEntry, AuditLog, FailedUnlockLog
from anonkit.vault.catalog import Catalog, ObjectInfo, RecordingInfo, utc_now
from anonkit.vault.errors import (
    AccessDeniedError,
    DiskFullError,
    HeaderReplayError,
    ObjectNotFoundError,
    StaleKeysError,
    TamperedError,
    UnknownUserError,
    VaultError,
    VaultLockedError,
    VaultNotFoundError,
    VaultReadOnlyError,
    WrongPasswordError,
)
from anonkit.vault.header import VaultHeader, slot_id
from anonkit.vault.kdf import KdfParams
from anonkit.vault.keys import KeyRing, Role, Tier
from anonkit.vault.lock import DEFAULT_TIMEOUT_S, vault_lock
from anonkit.vault.rollback import RollbackState, Seen, rollback_accepted, rollback_error
from anonkit.vault.storage import (
    COPY_CHUNK,
    Layout,
    TempFile,
    atomic_write_bytes,
    body_hasher,
    check_id,
    clean_tmp,
    disk_full_error,
    file_sha256,
    find_links,
    fsync_dir,
    is_disk_full,
    new_id,
    open_read,
    read_bytes,
    remove_file,
)
from anonkit.vault.stream import StreamEncryptor

#: Object kinds the pipeline uses (any ``[a-z0-9_]{1,40}`` is accepted by the catalog).
KINDS = ("audio", "transcript_raw", "transcript_pseudonymized", "key", "metadata", "review")
METADATA_KIND = "metadata"
#: Names a leftover of a crashed ``init`` may have; ``init`` reuses such a directory.
_LAYOUT_NAMES = {"catalog.sqlite", "catalog.sqlite-wal", "catalog.sqlite-shm", "config.json",
                 "audit.log", "audit-failed.log", "lock", "objects", "keys", "tmp"}
#: Catalog meta keys (spec §13).
META_VAULT_ID = "vault_id"
META_GENERATION = "header_generation"
META_DIGEST = "header_digest"
META_PENDING_DIGEST = "header_digest_pending"
META_ROTATION = "rotation_pending"
META_AUDIT_HEAD = "audit_head"
META_FAILED_IMPORTED = "failed_unlocks_imported"

#: Extra checks ``verify`` runs (e.g. the leak check): each gets the open vault and returns
#: problems as sentences. Other packages append to this list.
VERIFY_HOOKS: list[Callable[[Vault], list[str]]] = []


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
        }


class ObjectWriter:
    """File-like sink handed out by ``Vault.open_writer``: plaintext in, ciphertext to disk."""

    def __init__(self, object_id: str, encryptor: StreamEncryptor) -> None:
        self.object_id = object_id
        self._enc = encryptor

    def write(self, data: bytes | bytearray | memoryview) -> int:
        return self._enc.write(data)

    def writable(self) -> bool:
        return True

    @property
    def size(self) -> int:
        """Plaintext bytes written so far."""
        return self._enc.plaintext_bytes


# --- crypto adapter: the only place that knows envelope's call signatures ------------------
def _tier(value: str | Tier) -> Tier:
    try:
        return Tier.parse(value)
    except (KeyError, ValueError):
        raise VaultError(f"unknown tier {value!r}: use identifiable or anonymized") from None


def _read_json(path: Path) -> dict[str, Any]:
    try:
        return json.loads(read_bytes(path).decode("utf-8"))
    except FileNotFoundError:
        return {}
    except (ValueError, OSError) as err:
        raise VaultError(f"cannot read {path}: {err}") from None


class Vault:
    """An unlocked vault. Open with ``Vault.create`` or ``Vault.open``; close when done."""

    def __init__(
        self,
        layout: Layout,
        header: VaultHeader,
        keyring: KeyRing,
        catalog: Catalog,
        *,
        lock_timeout: float = DEFAULT_TIMEOUT_S,
    ) -> None:
        self.layout = layout
        self.header = header
        self.keyring = keyring
        self.catalog = catalog
        self.lock_timeout = lock_timeout
        self.vault_id = header.vault_id.hex()
        #: What the last ``rotate_keys`` refused to carry over (tampering), as sentences.
        self.rotation_problems: list[str] = []
        #: Opened from read-only media: reads only (``open(read_only=...)``).
        self.read_only = False
        self.audit_log = AuditLog(
            layout.audit,
            self.vault_id,
            lambda e: self.keyring.subkey("audit", e),
            keyring.key_epoch,
            load_head=self._load_audit_head,
            save_head=self._save_audit_head,
        )

    # --- opening ---------------------------------------------------------------------------
    @property
    def root(self) -> Path:
        return self.layout.root

    @property
    def user(self) -> str:
        return self.keyring.user

    @property
    def role(self) -> Role:
        return self.keyring.role

    @property
    def user_slot(self) -> str:
        """The acting user's slot id (hex): how the audit log names users."""
        return slot_id(self.header.vault_id, self.keyring.user).hex()

    @classmethod
    def create(
        cls,
        path: Path | str,
        user: str,
        password: str,
        kdf: KdfParams | None = None,
        *,
        set_default_user: bool = True,
        lock_timeout: float = DEFAULT_TIMEOUT_S,
    ) -> Vault:
        """A new vault at ``path`` (empty or missing directory) with ``user`` as steward.

        The header is written last: it is the commit point, so a crash leaves either no vault
        (``init`` can be run again on the leftovers) or a complete one.
        """
        layout = Layout(Path(path))
        root = layout.root
        if layout.header.exists():
            raise VaultError(f"a vault already exists at {root}; open it instead")
        if root.exists():
            if not root.is_dir():
                raise VaultError(f"{root} is a file; give a directory for the new vault")
            extra = {p.name for p in root.iterdir()} - _LAYOUT_NAMES
            if extra:
                raise VaultError(
                    f"{root} is not empty; create the vault in a new or empty directory"
                )
        try:
            root.mkdir(mode=0o700, parents=True, exist_ok=True)
            os.chmod(root, 0o700)  # an existing (empty) directory too: §12 says 0700
        except OSError as err:
            if is_disk_full(err):
                raise disk_full_error(root) from None
            raise VaultError(f"cannot create {root}: {err.strerror}") from None
        with vault_lock(root, exclusive=True, timeout=lock_timeout, what="create the vault"):
            if layout.header.exists():
                raise VaultError(f"a vault already exists at {root}; open it instead")
            for leftover in ("catalog.sqlite", "catalog.sqlite-wal", "catalog.sqlite-shm",
                             "audit.log", "audit-failed.log"):
                with contextlib.suppress(FileNotFoundError):
                    (root / leftover).unlink()
            layout.make_dirs()
            header, keyring = VaultHeader.create(user, password, kdf)
            catalog = Catalog(layout.catalog, create=True)
            with catalog.transaction() as db:
                catalog.set_meta(META_VAULT_ID, header.vault_id.hex(), db)
                catalog.set_meta(META_GENERATION, str(header.generation), db)
                catalog.set_meta(META_DIGEST, header.digest().hex(), db)
                catalog.set_meta(META_FAILED_IMPORTED, "0", db)
            config = {"format": "anonkit-vault", "version": 1}
            if set_default_user:
                config["default_user"] = keyring.user
            atomic_write_bytes(layout.tmp, layout.config, json.dumps(config).encode() + b"\n")
            atomic_write_bytes(layout.tmp, layout.header, header.to_bytes())
            vault = cls(layout, header, keyring, catalog)
            vault.audit_append("vault_created", role=keyring.role.value)
            vault._rollback_state = RollbackState(vault.vault_id, vault.user_slot)
            vault._rollback_state.save(vault._seen_now())
        return vault

    @staticmethod
    def default_user(path: Path | str) -> str | None:
        """The user created by ``init`` (from ``config.json``), if the vault records one."""
        value = _read_json(Layout(Path(path)).config).get("default_user")
        return value if isinstance(value, str) else None

    @staticmethod
    def read_header(path: Path | str) -> VaultHeader:
        """Parse and authenticate the header without a password (clear errors otherwise)."""
        layout = Layout(Path(path))
        try:
            data = read_bytes(layout.header)
        except FileNotFoundError:
            if not layout.root.exists():
                raise VaultNotFoundError(
                    f"no vault at {layout.root}: the directory does not exist. Check the path, "
                    "or create one with `anonkit init`"
                ) from None
            raise VaultNotFoundError(
                f"no vault at {layout.root}: the header file is missing. Check the path, "
                "restore the header from a backup, or create a vault with `anonkit init`"
            ) from None
        except IsADirectoryError:
            raise TamperedError(f"{layout.header} is a directory, not a vault header") from None
        return VaultHeader.from_bytes(data)

    @classmethod
    def open(
        cls,
        path: Path | str,
        user: str | None,
        password: str,
        *,
        allow_weak_kdf: bool = False,
        lock_timeout: float = DEFAULT_TIMEOUT_S,
        read_only: bool = False,
    ) -> Vault:
        """Unlock as ``user`` (default: the user created by ``init``).

        ``read_only`` (automatic when the vault directory or catalog is not writable, e.g. a
        backup on read-only media): everything that reads works (get, list, users, audit,
        verify without --repair); anything that writes raises ``VaultReadOnlyError``
        (spec §12 "Read-only vaults").

        A wrong password or unknown user writes nothing but one line to
        ``audit-failed.log`` (spec §14). Checks the format version, the header's signature,
        and the header against the catalog (replay, §12).
        """
        layout = Layout(Path(path))
        header = cls.read_header(path)
        if user is None:
            user = cls.default_user(path)
            if user is None:
                raise VaultError("say which user you are: --user NAME (or ANONKIT_USER)")
        failed = FailedUnlockLog(layout.failed_audit, header.vault_id.hex())
        try:
            keyring = header.unlock(user, password, allow_weak_kdf=allow_weak_kdf)
        except WrongPasswordError:
            failed.record(slot_id(header.vault_id, user).hex(), "wrong_password")
            raise
        except UnknownUserError:
            failed.record(None, "unknown_user")
            raise
        read_only = read_only or _read_only_media(layout)
        catalog = Catalog(layout.catalog, read_only=read_only)
        vault = cls(layout, header, keyring, catalog, lock_timeout=lock_timeout)
        vault.read_only = read_only
        try:
            vault._check_header_state()
            if not read_only:
                vault._recover_rotation()
            vault._check_rollback()
            if not read_only:
                vault._import_failed_unlocks()
        except BaseException:
            catalog.close()
            raise
        return vault

    def close(self) -> None:
        """Remember the newest state seen (anti-rollback, §12), then close the catalog."""
        state = getattr(self, "_rollback_state", None)
        if state is not None:
            with contextlib.suppress(VaultError, sqlite3.Error):
                state.save(self._seen_now())
        self.catalog.close()

    # --- anti-rollback state outside the vault (spec §12 "Rollback") ----------------------
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

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- header state: replay detection and header commits (spec §12) --------------------
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

    # --- objects ---------------------------------------------------------------------------
    @contextlib.contextmanager
    def open_writer(
        self, tier: str | Tier, kind: str, recording_id: str | None = None
    ) -> Iterator[ObjectWriter]:
        """Stream an object in: ``with v.open_writer(...) as w: w.write(...)``.

        Memory stays at about one 64 KiB chunk whatever the size. The object becomes visible
        (catalog row) only when the block ends without an exception; on an exception, a
        full disk or a kill, nothing is visible and the temp file is gone (or, after a kill,
        removed by the next ``verify``). ``w.object_id`` is the new id.
        """
        self._require_writable("store an object")
        t = _tier(tier)
        _check_kind(kind)
        if recording_id is not None:
            self.recording(recording_id)  # exists?
        with vault_lock(self.root, exclusive=False, timeout=self.lock_timeout,
                        what="store an object"):
            self._reload_header()
            object_id = new_id()
            obj_header = envelope.ObjectHeader(bytes.fromhex(object_id), t)
            dek = envelope.new_dek()
            keyfile = envelope.seal_dek(dek, obj_header, self.keyring)
            obj_tmp = TempFile(self.layout.tmp, body_checksum=True)
            key_committed = False
            try:
                enc = envelope.encrypt_object(dek, obj_header, obj_tmp)  # type: ignore[arg-type]
                writer = ObjectWriter(object_id, enc)
                yield writer
                enc.close()
                key_sha = atomic_write_bytes(self.layout.tmp, self.layout.key_path(object_id),
                                             keyfile)
                key_committed = True
                obj_tmp.commit(self.layout.object_path(object_id))
                info = ObjectInfo(
                    id=object_id,
                    tier=t.json_name,
                    kind=kind,
                    recording_id=recording_id,
                    plaintext_size=writer.size,
                    ciphertext_size=obj_tmp.size,
                    body_checksum=obj_tmp.hexdigest,
                    key_sha256=key_sha,
                    header_generation=self.header.generation,
                    created_at=utc_now(),
                )
                try:
                    self.catalog.add_object(info)
                except sqlite3.OperationalError as err:
                    if "full" in str(err):
                        raise OSError(errno.ENOSPC, str(err)) from err
                    raise
            except BaseException as err:
                obj_tmp.discard()
                if key_committed:
                    remove_file(self.layout.key_path(object_id))
                    with contextlib.suppress(FileNotFoundError):
                        os.unlink(self.layout.object_path(object_id))
                if is_disk_full(err):
                    raise disk_full_error(self.layout.tmp) from None
                raise

    def put(
        self, tier: str | Tier, kind: str, src: BinaryIO, recording_id: str | None = None
    ) -> str:
        """Copy a readable binary stream into a new object; returns its id."""
        with self.open_writer(tier, kind, recording_id) as w:
            while chunk := src.read(COPY_CHUNK):
                w.write(chunk)
        return w.object_id

    def put_bytes(
        self, tier: str | Tier, kind: str, data: bytes, recording_id: str | None = None
    ) -> str:
        """Small objects (metadata, keys): ``put`` for bytes already in memory."""
        with self.open_writer(tier, kind, recording_id) as w:
            w.write(data)
        return w.object_id

    def info(self, object_id: str) -> ObjectInfo:
        check_id(object_id)
        info = self.catalog.get_object(object_id)
        if info is None:
            raise ObjectNotFoundError(f"no object {object_id} in this vault")
        return info

    def _check_read_policy(self, info: ObjectInfo) -> None:
        """design.md §2: analysts read released (approved) anonymized data only (policy; the
        identifiable tier is refused cryptographically anyway)."""
        if (self.role is Role.ANALYST and info.recording_id is not None
                and info.tier == Tier.ANONYMIZED.json_name):
            rec = self.catalog.get_recording(info.recording_id)
            if rec is None or not rec.approved:
                raise AccessDeniedError(
                    f"object {info.id} belongs to a recording a steward has not approved yet; "
                    "analysts read released data only"
                )

    def _open_dek(self, info: ObjectInfo) -> bytes:
        try:
            keyfile = read_bytes(self.layout.key_path(info.id))
        except FileNotFoundError:
            raise TamperedError(
                f"object {info.id}: its key file is missing (deleted or lost); the object cannot "
                "be decrypted. Restore it from a backup"
            ) from None
        return envelope.open_dek(keyfile, self.keyring, _obj_header(info))

    def open_reader(self, object_id: str) -> Iterator[bytes]:
        """Plaintext chunks of an object, each released only after it authenticates.

        Treat the data as untrusted until the iterator ends without an exception (a
        truncation is found at the end): write it to its destination, then use it.
        """
        info = self.info(object_id)
        self._check_read_policy(info)
        return self._decrypt(info)

    def _decrypt(self, info: ObjectInfo) -> Iterator[bytes]:
        """Open the key and the body now (so access and missing-file errors surface at the
        call), decrypt lazily."""
        dek = self._open_dek(info)
        try:
            f = open_read(self.layout.object_path(info.id))
        except FileNotFoundError:
            raise TamperedError(
                f"object {info.id}: its file is missing (deleted or lost); restore it from a "
                "backup"
            ) from None
        return _plaintext(f, dek, _obj_header(info))

    def get_to(self, object_id: str, dst: BinaryIO) -> int:
        """Decrypt into ``dst``; returns the plaintext size. On an exception ``dst`` holds a
        prefix that must be discarded."""
        n = 0
        for chunk in self.open_reader(object_id):
            dst.write(chunk)
            n += len(chunk)
        return n

    def get_bytes(self, object_id: str) -> bytes:
        """Whole plaintext of a small object, returned only once all of it authenticated."""
        return b"".join(self.open_reader(object_id))

    def list(
        self,
        tier: str | Tier | None = None,
        recording_id: str | None = None,
        kind: str | None = None,
    ) -> list[ObjectInfo]:
        """Catalog rows in the order they were stored (the last is the newest; ``created_at``
        has one-second resolution, so do not sort by it). Nothing is decrypted."""
        t = None if tier is None else _tier(tier).json_name
        return self.catalog.list_objects(tier=t, recording_id=recording_id, kind=kind)

    def _require_writable(self, action: str) -> None:
        if self.read_only:
            raise VaultReadOnlyError(
                f"the vault at {self.root} is read-only (read-only media or permissions), so "
                f"anonkit cannot {action}. Reading, listing and `anonkit verify` work; copy the "
                "vault to writable storage to change it"
            )

    def _require_steward(self, action: str) -> None:
        if self.role is not Role.STEWARD:
            raise AccessDeniedError(
                f"user {self.user} ({self.role.value}) may not {action}: steward only"
            )

    def shred(self, object_id: str, *, _event: str | None = "object_shredded") -> None:
        """Crypto-shred: remove the catalog row, then the key file (the only wrapped copy of
        the object's data key), then the body. A crash in between leaves orphan files that
        ``verify`` reports and ``verify --repair`` removes; the data is unreadable as soon as
        the key file is gone. Limits: spec §10 (SSDs, snapshots, backups)."""
        self._require_steward("delete objects")
        self._require_writable("delete objects")
        info = self.info(object_id)
        self.catalog.delete_object(object_id)
        remove_file(self.layout.key_path(object_id))
        remove_file(self.layout.object_path(object_id))
        if _event:
            self.audit_append(_event, recording_id=info.recording_id, object_id=object_id,
                              tier=info.tier, kind=info.kind)

    def delete(self, object_id: str) -> None:
        """Delete an object. Always a crypto-shred (key file first): there is no weaker delete."""
        self.shred(object_id, _event="object_deleted")

    # --- recordings ----------------------------------------------------------------------
    def new_recording(self, stage: str = "new") -> str:
        """A new random recording id with a catalog row (no personal data)."""
        self._require_writable("add a recording")
        _check_kind(stage, "stage")
        rid = new_id()
        self.catalog.add_recording(rid, stage)
        return rid

    def recording(self, recording_id: str) -> RecordingInfo:
        check_id(recording_id, "recording id")
        rec = self.catalog.get_recording(recording_id)
        if rec is None:
            raise VaultError(f"no recording {recording_id} in this vault")
        return rec

    def recordings(self) -> list[RecordingInfo]:
        return self.catalog.list_recordings()

    def update_recording(
        self,
        recording_id: str,
        *,
        stage: str | None = None,
        approved: bool | None = None,
        error_code: Any = ...,
    ) -> None:
        """Pipeline bookkeeping; ``error_code`` is an identifier (``asr_failed``), never text."""
        fields: dict[str, object] = {}
        if stage is not None:
            fields["stage"] = _check_kind(stage, "stage")
        if approved is not None:
            fields["approved"] = approved
        if error_code is not ...:
            fields["error_code"] = None if error_code is None else _check_kind(
                str(error_code), "error code")
        if fields:
            self._require_writable("update a recording")
            self.recording(recording_id)
            self.catalog.update_recording(recording_id, **fields)

    def put_metadata(self, recording_id: str, metadata: dict[str, Any]) -> str:
        """Store a recording's possibly personal metadata (participant code, original file
        name, retention date, interviewer, language) encrypted in the identifiable tier,
        replacing the previous version."""
        old = self.recording(recording_id).metadata_object
        data = json.dumps(metadata, sort_keys=True, ensure_ascii=False).encode("utf-8")
        oid = self.put_bytes(Tier.IDENTIFIABLE, METADATA_KIND, data, recording_id)
        self.catalog.update_recording(recording_id, metadata_object=oid)
        if old is not None:
            with contextlib.suppress(ObjectNotFoundError):
                info = self.info(old)
                self.catalog.delete_object(old)
                remove_file(self.layout.key_path(old))
                remove_file(self.layout.object_path(old))
                del info
        return oid

    def get_metadata(self, recording_id: str) -> dict[str, Any]:
        """The recording's metadata ({} if none). Needs identifiable-tier access (or
        authorship)."""
        oid = self.recording(recording_id).metadata_object
        if oid is None:
            return {}
        return json.loads(self.get_bytes(oid).decode("utf-8"))

    def purge(self, recording_id: str) -> int:
        """Retention: crypto-shred every identifiable-tier object of a recording (audio, raw
        transcript, re-identification key, metadata). The anonymized tier stays readable.
        Returns the number of objects destroyed."""
        self._require_steward("purge recordings")
        self._require_writable("purge recordings")
        rec = self.recording(recording_id)
        n = 0
        with vault_lock(self.root, exclusive=True, timeout=self.lock_timeout,
                        what="purge a recording"):
            for info in self.list(Tier.IDENTIFIABLE, recording_id=recording_id):
                self.shred(info.id, _event=None)
                n += 1
            self.catalog.update_recording(recording_id, stage="purged", purged_at=utc_now(),
                                          metadata_object=None)
        self.audit_append("purge", recording_id=rec.id, objects=n)
        return n

    # --- users ---------------------------------------------------------------------------
    def users(self) -> list[tuple[str, Role]]:
        """(name, role) of every member (names are sealed in the header; members only)."""
        return self.header.users(self.keyring)

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

    def rotate_keys(self) -> int:
        """New tier keys, admin key, member secret and user key pairs (passwords stay); every
        key file re-wrapped (bodies untouched). Returns the number of key files re-wrapped.

        Author stanzas are carried over only when proven (§9); what was refused as tampering
        is listed in ``self.rotation_problems`` afterwards and in the ``keys_rotated`` audit
        entry (``tampered_key_files``).

        Crash safety (spec §12): new key files are first written next to the old ones as
        ``<id>.g<generation>``; then the header is committed; then each is renamed over its
        old file. ``open`` finishes an interrupted rotation (header committed) or discards
        it (header not committed).
        """
        with self._header_change("rotate keys"):
            new, new_keyring, rewrap = self.header.rotate(self.keyring)
            gen = new.generation
            objects = self.list()
            with self.catalog.transaction() as db:
                self.catalog.set_meta(META_ROTATION, str(gen), db)
            problems: list[str] = rewrap.problems  # type: ignore[attr-defined]
            tampered: list[str] = []
            for info in objects:
                try:
                    old_kf = read_bytes(self.layout.key_path(info.id))
                except FileNotFoundError:
                    raise TamperedError(
                        f"object {info.id}: its key file is missing, so keys cannot be rotated; "
                        "run `anonkit verify` and restore or delete the object first"
                    ) from None
                before = len(problems)
                atomic_write_bytes(self.layout.tmp, _pending_key(self.layout, info.id, gen),
                                   rewrap(old_kf))
                if len(problems) > before:
                    tampered.append(info.id)
            self._commit_header(new)
            self.keyring = new_keyring
            self.audit_log.epoch = new_keyring.key_epoch
            n = self._finish_rotation(gen)
        self.rotation_problems = list(problems)
        self.audit_append("keys_rotated", key_epoch=new_keyring.key_epoch, objects=n,
                          generation=gen, tampered_key_files=tampered)
        return n

    def _finish_rotation(self, gen: int) -> int:
        """Rename every pending ``<id>.g<gen>`` over its key file, then record the key files'
        hashes. The hashes are recomputed for *all* objects: a kill after some renames but
        before the catalog commit leaves renamed files whose new hash is not yet recorded."""
        n = 0
        for info in self.catalog.list_objects():
            pending = _pending_key(self.layout, info.id, gen)
            if pending.exists():
                os.replace(pending, self.layout.key_path(info.id))
                n += 1
        with self.catalog.transaction() as db:
            for info in self.catalog.list_objects():
                final = self.layout.key_path(info.id)
                if final.exists():
                    sha = file_sha256(final)
                    if sha != info.key_sha256:
                        self.catalog.set_key_sha256(info.id, sha, gen, db)
            db.execute("DELETE FROM meta WHERE key = ?", (META_ROTATION,))
        for d in {self.layout.key_path(i.id).parent for i in self.catalog.list_objects()}:
            fsync_dir(d)
        return n

    def _recover_rotation(self) -> None:
        pending = self.catalog.get_meta(META_ROTATION)
        if pending is None:
            return
        with vault_lock(self.root, exclusive=True, timeout=self.lock_timeout,
                        what="finish an interrupted key rotation"):
            pending = self.catalog.get_meta(META_ROTATION)
            if pending is None:
                return
            gen = int(pending)
            if self.header.generation >= gen:
                self._finish_rotation(gen)
            else:  # the header was never committed: the rotation did not happen
                for _, path in self.layout.iter_key_files():
                    if path.name.endswith(f".g{gen}"):
                        path.unlink()
                with self.catalog.transaction() as db:
                    db.execute("DELETE FROM meta WHERE key = ?", (META_ROTATION,))

    # --- audit ---------------------------------------------------------------------------
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

    # --- verify --------------------------------------------------------------------------
    def verify(self, *, repair: bool = False, decrypt: bool = True) -> VerifyReport:
        """Check everything this user can check (spec §12–14).

        Every catalog row has both files with the recorded sizes and hashes; every object the
        user may read decrypts completely (others: ciphertext SHA-256 only); files without a
        row are reported (orphans: left by a crash between rename and catalog commit, or put
        there from outside) and removed with ``repair``; dead writers' temp files are
        removed; the audit chain and the failed-unlock log are intact; the header matches the
        catalog; then every ``VERIFY_HOOKS`` check runs.
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
        for hook in VERIFY_HOOKS:
            rep.problems.extend(hook(self))
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
            rep.problems.extend(envelope.check_author_stanzas(
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


def _plaintext(f: BinaryIO, dek: bytes, header: envelope.ObjectHeader) -> Iterator[bytes]:
    with f:
        yield from envelope.decrypt_object(dek, f, header)


def _obj_header(info: ObjectInfo) -> envelope.ObjectHeader:
    return envelope.ObjectHeader(bytes.fromhex(info.id), _tier(info.tier))


def _pending_key(layout: Layout, object_id: str, gen: int) -> Path:
    final = layout.key_path(object_id)
    return final.with_name(f"{final.name}.g{gen}")


def _read_only_media(layout: Layout) -> bool:
    """The vault cannot be written here (read-only file system, or no write permission on
    the directory or the catalog): open it read-only instead of failing (§12)."""
    return not (os.access(layout.root, os.W_OK) and os.access(layout.catalog, os.W_OK))


def _check_kind(value: str, what: str = "kind") -> str:
    if not re.fullmatch(r"[a-z0-9_]{1,40}", value or ""):
        raise VaultError(f"bad {what} {value!r}: use lowercase letters, digits and _")
    return value


__all__ = [
    "KINDS",
    "VERIFY_HOOKS",
    "DiskFullError",
    "ObjectInfo",
    "ObjectWriter",
    "RecordingInfo",
    "Vault",
    "VerifyReport",
]
