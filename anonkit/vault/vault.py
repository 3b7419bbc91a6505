"""The ``Vault`` facade: what the pipeline, the CLI and the review UI use.

Spec: docs/vault-format.md (crypto §1–11, storage §12–15). ``Vault`` is a small facade: it
holds the state (layout, header, keyring, catalog, audit log) and opens/creates/closes; what
it does lives in one module per job, mixed in: ``objects`` (object I/O), ``recordings``,
``users`` (members, header commits, replay and rollback checks), ``rotation``, ``auditing``
and ``checker`` (``verify``). Below them it only composes:
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
import json
import os
import sqlite3
from pathlib import Path
from typing import Any

from anonkit.vault.audit import AuditLog
from anonkit.vault.auditing import AuditMixin
from anonkit.vault.catalog import Catalog, ObjectInfo, RecordingInfo
from anonkit.vault.checker import CheckerMixin, VerifyReport
from anonkit.vault.errors import (
    AccessDeniedError,
    DiskFullError,
    TamperedError,
    UnknownUserError,
    VaultError,
    VaultNotFoundError,
    VaultReadOnlyError,
    WrongPasswordError,
)
from anonkit.vault.failed_unlocks import FailedUnlockLog
from anonkit.vault.header import VaultHeader
from anonkit.vault.kdf import KdfParams
from anonkit.vault.keys import KeyRing, Role
from anonkit.vault.lock import DEFAULT_TIMEOUT_S, vault_lock
from anonkit.vault.meta import (
    _LAYOUT_NAMES,
    KINDS,
    META_DIGEST,
    META_FAILED_IMPORTED,
    META_GENERATION,
    META_VAULT_ID,
)
from anonkit.vault.objects import ObjectsMixin, ObjectWriter
from anonkit.vault.recordings import RecordingsMixin
from anonkit.vault.rollback import RollbackState
from anonkit.vault.rotation import RotationMixin
from anonkit.vault.slots import slot_id
from anonkit.vault.storage import (
    Layout,
    atomic_write_bytes,
    disk_full_error,
    is_disk_full,
    read_bytes,
)
from anonkit.vault.users import UsersMixin

# --- crypto adapter: the only place that knows envelope's call signatures ------------------


def _read_json(path: Path) -> dict[str, Any]:
    try:
        return json.loads(read_bytes(path).decode("utf-8"))
    except FileNotFoundError:
        return {}
    except (ValueError, OSError) as err:
        raise VaultError(f"cannot read {path}: {err}") from None


class Vault(ObjectsMixin, RecordingsMixin, UsersMixin, RotationMixin, AuditMixin,
            CheckerMixin):
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
            signer=self._audit_signer,
            signer_key=lambda sid, epoch: self._listed_signer_key(bytes.fromhex(sid), epoch),
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


    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- header state: replay detection and header commits (spec §12) --------------------


    # --- objects ---------------------------------------------------------------------------


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


    # --- recordings ----------------------------------------------------------------------


    # --- users ---------------------------------------------------------------------------


    # --- audit ---------------------------------------------------------------------------


    # --- verify --------------------------------------------------------------------------


def _read_only_media(layout: Layout) -> bool:
    """The vault cannot be written here (read-only file system, or no write permission on
    the directory or the catalog): open it read-only instead of failing (§12)."""
    return not (os.access(layout.root, os.W_OK) and os.access(layout.catalog, os.W_OK))


__all__ = [
    "KINDS",
    "DiskFullError",
    "ObjectInfo",
    "ObjectWriter",
    "RecordingInfo",
    "Vault",
    "VerifyReport",
]
