"""The encrypted pseudonym key file (spec: docs/key-file.md).

Inside a vault the key is a vault object instead (``anonkit.workflow.project``): this engine
module does not know the ``Vault`` facade.

The key links pseudonyms back to real people, so it is never written as plaintext: outside a
vault it lives in one small password-protected file next to the pseudonymized outputs.

Layout (integers big-endian; docs/key-file.md §2)::

    offset  size  field
    0       7     MAGIC       b"AKPSKEY"
    7       1     VERSION     0x01
    8       2     KDF_LEN     length n of KDF_JSON
    10      n     KDF_JSON    anonkit.vault.kdf.KdfParams.to_json(), sorted keys, compact
    10+n    16    CHECK       HMAC-SHA256(K_check, "anonkit/keyfile/v1/check")[:16]
    26+n    12    NONCE       random, fresh for every save
    38+n    ...   SEALED      AES-256-GCM(K_enc, NONCE, key JSON, aad = bytes[0 : 26+n])
                              (ciphertext ‖ 16-byte tag)

    KEK     = Argon2id(NFC-UTF-8(password), salt, m, t, p) -> 32 bytes   (vault spec §3)
    K_enc   = HKDF-SHA256(KEK, salt=None, info="anonkit/keyfile/v1/enc")
    K_check = HKDF-SHA256(KEK, salt=None, info="anonkit/keyfile/v1/check")

Why CHECK: AES-GCM alone cannot tell a wrong password from a modified file; the check value
lets the user hear "wrong password" for the first and "damaged" for the second. It costs an
attacker nothing extra: guessing still needs one Argon2id derivation per password.
"""

from __future__ import annotations

import contextlib
import hmac
import json
import os
import struct
from collections.abc import Iterator
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from anonkit.anonymize.key import KeyFormatError, PseudonymKey
from anonkit.errors import AnonkitError
from anonkit.fileio import write_atomic
from anonkit.vault.errors import TamperedError, VaultError, WeakKdfParametersError
from anonkit.vault.kdf import KdfParams

MAGIC = b"AKPSKEY"
VERSION = 1
CHECK_SIZE = 16
NONCE_SIZE = 12
TAG_SIZE = 16
PREFIX_SIZE = len(MAGIC) + 1 + 2  # MAGIC ‖ VERSION ‖ KDF_LEN
MIN_SIZE = PREFIX_SIZE + CHECK_SIZE + NONCE_SIZE + TAG_SIZE
INFO_ENC = b"anonkit/keyfile/v1/enc"
INFO_CHECK = b"anonkit/keyfile/v1/check"
CHECK_MESSAGE = b"anonkit/keyfile/v1/check"
DEFAULT_NAME = "pseudonym-key.akey"


class KeyFileError(AnonkitError):
    """The pseudonym key file could not be used."""


class KeyFileWrongPasswordError(KeyFileError):
    """Wrong password for the pseudonym key file: nothing was changed. Use the password the
    key file was created with."""


class KeyFileDamagedError(KeyFileError):
    """The pseudonym key file is damaged or was modified: nothing from it was used. Restore
    it from a backup."""


class KeyFileVersionError(KeyFileError):
    """The pseudonym key file was written by a newer anonkit: upgrade anonkit to read it."""


def _subkey(kek: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=info).derive(kek)


def _check_value(kek: bytes) -> bytes:
    return hmac.new(_subkey(kek, INFO_CHECK), CHECK_MESSAGE, "sha256").digest()[:CHECK_SIZE]


def _header(params: KdfParams, check: bytes) -> bytes:
    kdf_json = json.dumps(params.to_json(), sort_keys=True, separators=(",", ":")).encode()
    return MAGIC + bytes([VERSION]) + struct.pack(">H", len(kdf_json)) + kdf_json + check


def _parse(blob: bytes, path: Path) -> tuple[KdfParams, bytes, bytes, bytes, bytes]:
    """Split a key file into (params, check, nonce, sealed, aad); structural errors only."""
    if len(blob) < MIN_SIZE or not blob.startswith(MAGIC):
        raise KeyFileDamagedError(f"{path} is not an anonkit pseudonym key file (or it is damaged)")
    version = blob[len(MAGIC)]
    if version != VERSION:
        raise KeyFileVersionError(
            f"{path} has key file format version {version}; this anonkit reads version "
            f"{VERSION}: upgrade anonkit"
        )
    (kdf_len,) = struct.unpack(">H", blob[len(MAGIC) + 1 : PREFIX_SIZE])
    end_kdf = PREFIX_SIZE + kdf_len
    if len(blob) < end_kdf + CHECK_SIZE + NONCE_SIZE + TAG_SIZE:
        raise KeyFileDamagedError(f"{path} is truncated: restore it from a backup")
    try:
        params = KdfParams.from_json(json.loads(blob[PREFIX_SIZE:end_kdf]))
    except (ValueError, TamperedError) as exc:
        raise KeyFileDamagedError(f"{path}: its password-hashing parameters are damaged") from exc
    check = blob[end_kdf : end_kdf + CHECK_SIZE]
    nonce = blob[end_kdf + CHECK_SIZE : end_kdf + CHECK_SIZE + NONCE_SIZE]
    sealed = blob[end_kdf + CHECK_SIZE + NONCE_SIZE :]
    return params, check, nonce, sealed, blob[: end_kdf + CHECK_SIZE]


@contextlib.contextmanager
def key_file_lock(path: str | Path, timeout: float = 120.0) -> Iterator[None]:
    """Exclusive inter-process lock for read-modify-write of one key file.

    The lock is an empty ``<key file>.lock`` next to it (flock: released when the process
    ends, kill -9 included). Two ``anonymize`` runs on one project then take turns instead
    of the second silently dropping the first one's new entities.
    """
    from anonkit.vault.errors import VaultLockedError
    from anonkit.vault.lock import file_lock

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with contextlib.ExitStack() as stack:
        try:
            lock = file_lock(path.with_name(path.name + ".lock"), exclusive=True, timeout=timeout)
            stack.enter_context(lock)
        except VaultLockedError:
            raise KeyFileError(
                f"the key file {path} is in use by another anonkit process; try again when it "
                "has finished"
            ) from None
        yield


class KeyFile:
    """An unlocked key file: keeps the derived key so that saving needs no second Argon2id."""

    def __init__(self, path: Path, params: KdfParams, kek: bytes) -> None:
        self.path = Path(path)
        self.params = params
        self._kek = kek

    @classmethod
    def create(cls, path: str | Path, password: str, params: KdfParams | None = None) -> KeyFile:
        """A new key file (written on the first :meth:`save`); production Argon2id by default
        (weak test parameters only with ``ANONKIT_INSECURE_TEST_KDF=1`` or explicit params)."""
        params = params or KdfParams.default()
        return cls(Path(path), params, params.derive(password))

    @classmethod
    def open(
        cls, path: str | Path, password: str, *, allow_weak: bool = False
    ) -> tuple[KeyFile, PseudonymKey]:
        """Unlock and decrypt; raises KeyFileWrongPasswordError / KeyFileDamagedError."""
        path = Path(path)
        try:
            blob = path.read_bytes()
        except FileNotFoundError:
            raise KeyFileError(f"no key file at {path}") from None
        params, check, nonce, sealed, aad = _parse(blob, path)
        try:
            params.validate(allow_weak=allow_weak)
        except WeakKdfParametersError:
            raise KeyFileError(
                f"{path} uses test-only password hashing parameters; refusing to use it for "
                "real data (set ANONKIT_INSECURE_TEST_KDF=1 only in tests)"
            ) from None
        except VaultError as exc:
            raise KeyFileDamagedError(f"{path}: {exc}") from exc
        kek = params.derive(password)
        if not hmac.compare_digest(_check_value(kek), check):
            raise KeyFileWrongPasswordError(
                f"wrong password for the pseudonym key file {path}: nothing was changed"
            )
        try:
            plaintext = AESGCM(_subkey(kek, INFO_ENC)).decrypt(nonce, sealed, aad)
        except InvalidTag:
            raise KeyFileDamagedError(
                f"the pseudonym key file {path} is damaged or was modified: nothing from it was "
                "used; restore it from a backup"
            ) from None
        try:
            key = PseudonymKey.from_json(plaintext)
        except KeyFormatError as exc:
            raise KeyFileDamagedError(f"{path}: {exc}") from exc
        return cls(path, params, kek), key

    def seal(self, key: PseudonymKey) -> bytes:
        """The file's bytes for ``key`` (fresh nonce each time)."""
        aad = _header(self.params, _check_value(self._kek))
        nonce = os.urandom(NONCE_SIZE)
        return aad + nonce + AESGCM(_subkey(self._kek, INFO_ENC)).encrypt(nonce, key.to_json(), aad)

    def save(self, key: PseudonymKey) -> None:
        """Encrypt and write atomically (mode 0600)."""
        write_atomic(self.path, self.seal(key))
