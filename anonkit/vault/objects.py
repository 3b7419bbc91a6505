"""Objects: streamed writes, reads, listing and crypto-shredding (spec §7, §12).

A mixin of the ``Vault`` facade (``anonkit/vault/vault.py``): the facade holds the state
(layout, header, keyring, catalog); this module holds what it does with objects.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, BinaryIO

from anonkit.vault import envelope
from anonkit.vault.catalog import ObjectInfo, utc_now
from anonkit.vault.errors import (
    AccessDeniedError,
    ObjectNotFoundError,
    TamperedError,
    VaultError,
)
from anonkit.vault.keyfile_signing import KeyfileSigner
from anonkit.vault.keys import Recipient, Role, Tier
from anonkit.vault.lock import vault_lock
from anonkit.vault.signing import SignerKey
from anonkit.vault.storage import (
    COPY_CHUNK,
    TempFile,
    atomic_write_bytes,
    check_id,
    disk_full_error,
    is_disk_full,
    new_id,
    open_read,
    read_bytes,
    remove_file,
)
from anonkit.vault.stream import StreamEncryptor

if TYPE_CHECKING:
    pass


@dataclass(frozen=True)
class ObjectAuthor:
    """``Vault.object_author``: who wrote an object (spec §7.3). ``signed`` False: an older
    unsigned key file (a member wrote it; which one is not proven). ``author`` None on a
    signed file: re-wrapped by a steward (``signer``) who could not prove the author.
    Names are those of current members; a removed one shows as ``[removed <slot…>]``."""

    object_id: str
    signed: bool
    author_slot: str | None
    author: str | None
    author_role: str | None
    signer_slot: str | None
    signer: str | None
    #: re-signed by a steward at a key rotation (not the author's own signature)
    rewrapped: bool = False

    def describe(self) -> str:
        if not self.signed:
            return "unsigned (older format): written by a member, not proven which"
        if self.author is None:
            return f"author unknown (re-signed by {self.signer}, steward, at a key rotation)"
        if self.rewrapped:
            return (f"written by {self.author} ({self.author_role}); re-signed by "
                    f"{self.signer} (steward) at a key rotation")
        return f"written by {self.author} ({self.author_role}), signed by them"


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


def _with_readers(recipients: list[Recipient], readers: Sequence[bytes]) -> list[Recipient]:
    """The writer's recipients plus a user stanza per extra reader (no duplicates)."""
    out = list(recipients)
    have = {r.public_key for r in out}
    for pk in readers:
        if pk not in have:
            out.append(Recipient(Recipient.KIND_USER, pk))
            have.add(pk)
    if len(out) > envelope.MAX_STANZAS:
        raise VaultError(f"an object can be shared with at most {envelope.MAX_STANZAS} keys; "
                         "split the readers over several objects")
    return out


def _tier(value: str | Tier) -> Tier:
    try:
        return Tier.parse(value)
    except (KeyError, ValueError):
        raise VaultError(f"unknown tier {value!r}: use identifiable or anonymized") from None


def _plaintext(f: BinaryIO, dek: bytes, header: envelope.ObjectHeader) -> Iterator[bytes]:
    with f:
        yield from envelope.decrypt_object(dek, f, header)


def _obj_header(info: ObjectInfo) -> envelope.ObjectHeader:
    return envelope.ObjectHeader(bytes.fromhex(info.id), _tier(info.tier))


def _check_kind(value: str, what: str = "kind") -> str:
    if not re.fullmatch(r"[a-z0-9_]{1,40}", value or ""):
        raise VaultError(f"bad {what} {value!r}: use lowercase letters, digits and _")
    return value


class ObjectsMixin:
    """Object I/O of the ``Vault`` facade (spec §12 "Storing an object", "Deleting")."""

    @contextlib.contextmanager
    def open_writer(
        self, tier: str | Tier, kind: str, recording_id: str | None = None,
        readers: Sequence[bytes] = (),
    ) -> Iterator[ObjectWriter]:
        """Stream an object in: ``with v.open_writer(...) as w: w.write(...)``.

        ``readers``: extra members' user public keys the DEK is also sealed to (spec §7.2
        kind-0x02 stanzas), so that e.g. every interviewer can read the project's pseudonym
        key without holding the identifiable tier key. At most ``MAX_STANZAS`` recipients in
        all; callers split larger reader lists over several objects.

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
            keyfile = envelope.seal_dek(dek, obj_header, self.keyring,
                                        _with_readers(self.keyring.recipients(t), readers),
                                        signer=self._keyfile_signer())
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
                if key_committed and not self._row_committed(object_id):
                    remove_file(self.layout.key_path(object_id))
                    with contextlib.suppress(FileNotFoundError):
                        os.unlink(self.layout.object_path(object_id))
                if is_disk_full(err):
                    raise disk_full_error(self.layout.tmp) from None
                raise

    def _row_committed(self, object_id: str) -> bool:
        """Whether the catalog row of a failed write is there after all.

        Why: Ctrl+C (an asynchronous ``KeyboardInterrupt``) can land after the catalog's
        COMMIT but before ``add_object`` returns. The object is then complete and listed;
        removing its files would leave a row whose object can never be read again (a
        ``TamperedError`` for every later reader). When the catalog cannot be asked, keep the
        files: an unlisted file is harmless and ``verify`` reports it.
        """
        try:
            return self.catalog.get_object(object_id) is not None
        except sqlite3.Error:
            return True

    def put(
        self, tier: str | Tier, kind: str, src: BinaryIO, recording_id: str | None = None
    ) -> str:
        """Copy a readable binary stream into a new object; returns its id."""
        with self.open_writer(tier, kind, recording_id) as w:
            while chunk := src.read(COPY_CHUNK):
                w.write(chunk)
        return w.object_id

    def put_bytes(
        self, tier: str | Tier, kind: str, data: bytes, recording_id: str | None = None,
        readers: Sequence[bytes] = (),
    ) -> str:
        """Small objects (metadata, keys): ``put`` for bytes already in memory."""
        with self.open_writer(tier, kind, recording_id, readers) as w:
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
        return envelope.open_dek(keyfile, self.keyring, _obj_header(info), self._signer_lookup)

    # --- who wrote an object (signed key files, spec §7.3) --------------------------------

    def _keyfile_signer(self) -> KeyfileSigner | None:
        """This user's signing key for new key files (§7.3): the audit signer (§4.7); None
        while the header lists no key for this user (an unsigned version-1 key file)."""
        own = self._audit_signer()
        return None if own is None else KeyfileSigner(bytes.fromhex(own[0]), own[1])

    def _signer_lookup(self, sid: bytes, epoch: int) -> SignerKey | None:
        return self._listed_signer_key(sid, epoch)

    def object_author(self, object_id: str) -> ObjectAuthor:
        """Who wrote an object, as its key file proves it (§7.3; any member can check).

        Raises TamperedError when the key file's signature or claim does not hold. An older
        unsigned key file gives ``signed=False`` (it proves only that a member wrote it)."""
        info = self.info(object_id)
        try:
            keyfile = read_bytes(self.layout.key_path(info.id))
        except FileNotFoundError:
            raise TamperedError(f"object {info.id}: its key file is missing") from None
        attr = envelope.keyfile_attribution(keyfile, self.keyring, _obj_header(info),
                                            self._signer_lookup)
        names = self.user_names_by_slot()

        def name(sid: bytes | None) -> str | None:
            if sid is None:
                return None
            return names.get(sid.hex(), f"[removed {sid.hex()[:8]}]")

        return ObjectAuthor(
            object_id=info.id, signed=attr.signed,
            author_slot=attr.author.hex() if attr.author else None,
            author=name(attr.author),
            author_role=attr.author_role.value if attr.author_role else None,
            signer_slot=attr.signer.hex() if attr.signer else None,
            signer=name(attr.signer), rewrapped=attr.rewrapped)

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
