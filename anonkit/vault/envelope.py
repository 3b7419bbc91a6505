"""Objects: the encrypted body file and its small wrapped-key file (spec:
docs/vault-format.md §7).

    object  = OBJ_HEADER ‖ STREAM(payload_key, aad = OBJ_HEADER)                     (§7.1)
    OBJ_HEADER = "AKOBJ" ‖ u16 version ‖ object_id[16] ‖ tier:u8                       (24 bytes)
    keyfile = "AKKEY" ‖ u16 version ‖ object_id[16] ‖ tier:u8 ‖ key_epoch:u32 ‖ count:u8
              ‖ STANZA × count ‖ [author[16] ‖ author_epoch:u32 ‖ signer[16] ‖ SIG[64]]
              ‖ MAC[32]                                                              (§7.2)
              (the bracketed part in version 2 only: who wrote it, §7.3)
    STANZA  = kind:u8 ‖ KEY_ID[16] ‖ SEAL(pk, DEK, LABEL("dek") ‖ object_id ‖ tier ‖ kind)

Why the DEK lives in a separate key file: purging (crypto-shredding) and key rotation then
touch a few hundred bytes per object instead of rewriting multi-GB audio, and the body file
is written once and never modified.

Usage (the storage layer does the atomic writes):
    hdr = ObjectHeader(new_object_id(), Tier.IDENTIFIABLE); dek = new_dek()
    keyfile = seal_dek(dek, hdr, keyring)
    with encrypt_object(dek, hdr, tmpfile) as w: w.write(...)
    dek = open_dek(keyfile, keyring, hdr)
    for chunk in decrypt_object(dek, f, hdr): ...   # untrusted until the loop ends
"""

from __future__ import annotations

import hmac as _hmac
import os
import struct
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import BinaryIO

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives import hmac as crypto_hmac

from anonkit.vault import keyfile_signing
from anonkit.vault.errors import (
    AccessDeniedError,
    TamperedError,
    TruncatedError,
    UnsupportedFormatVersionError,
)
from anonkit.vault.keyfile_signing import Attribution, KeyfileSigner, SignerLookup
from anonkit.vault.keys import (
    KEY_ID_SIZE,
    KEY_SIZE,
    SEAL_OVERHEAD,
    KeyRing,
    Recipient,
    Rng,
    Role,
    Tier,
    hkdf,
    key_id,
    label,
    open_sealed,
    seal,
)
from anonkit.vault.stream import StreamEncryptor, ciphertext_size, decrypt_stream

OBJ_MAGIC = b"AKOBJ"
OBJ_VERSION = 1
KEY_MAGIC = b"AKKEY"
#: 2: signed by the writer (author, signer, SIG; §7.3). Version 1 (unsigned) is still read
#: and still written where the header lists no signing key for the writer (§17).
KEY_VERSION = 2
UNSIGNED_KEY_VERSION = 1
#: Objects (bodies) and key files have their own versions (§17).
MAX_SUPPORTED_VERSION = 1
KEY_MAX_SUPPORTED_VERSION = 2
OBJECT_ID_SIZE = 16
DEK_SIZE = KEY_SIZE
#: "AKOBJ" ‖ u16 ‖ object_id ‖ tier (§7.1)
OBJ_HEADER_SIZE = len(OBJ_MAGIC) + 2 + OBJECT_ID_SIZE + 1
#: kind ‖ KEY_ID ‖ SEAL(DEK) (§7.2)
STANZA_SIZE = 1 + KEY_ID_SIZE + SEAL_OVERHEAD + DEK_SIZE
#: "AKKEY" ‖ u16 ‖ object_id ‖ tier ‖ key_epoch:u32 ‖ count:u8 (§7.2)
KEYFILE_PREFIX_SIZE = len(KEY_MAGIC) + 2 + OBJECT_ID_SIZE + 1 + 4 + 1
MAC_SIZE = 32
MAX_STANZAS = 8
#: author[16] ‖ author_epoch:u32 ‖ signer[16] ‖ SIG[64] (version 2, §7.3)
SIGNATURE_BLOCK_SIZE = 2 * keyfile_signing.SLOT_ID_SIZE + 4 + keyfile_signing.SIGNATURE_SIZE


def new_object_id(rng: Rng = os.urandom) -> bytes:
    """128 random bits: ids leak nothing and concurrent writers never collide."""
    return rng(OBJECT_ID_SIZE)


def new_dek(rng: Rng = os.urandom) -> bytes:
    """A fresh random 256-bit data key, one per object, never reused."""
    return rng(DEK_SIZE)


def _version_check(version: int, what: str, maximum: int = MAX_SUPPORTED_VERSION) -> None:
    if version > maximum:
        raise UnsupportedFormatVersionError(
            f"{what}: vault format version {version} is newer than this anonkit supports "
            f"(max {maximum}); upgrade anonkit"
        )
    if version < 1:
        raise TamperedError(f"{what}: invalid format version {version}")


@dataclass(frozen=True)
class ObjectHeader:
    """Identity of an object: id and tier (§7.1). Its bytes are the STREAM AAD."""

    object_id: bytes
    tier: Tier

    def __post_init__(self) -> None:
        if len(self.object_id) != OBJECT_ID_SIZE:
            raise ValueError("object_id must be 16 bytes")
        object.__setattr__(self, "tier", Tier(self.tier))

    @property
    def name(self) -> str:
        """How errors name the object."""
        return f"object {self.object_id.hex()} ({self.tier.json_name})"

    def to_bytes(self) -> bytes:
        return OBJ_MAGIC + struct.pack(">H", OBJ_VERSION) + self.object_id + bytes([self.tier])

    @classmethod
    def from_bytes(cls, data: bytes, what: str = "object") -> ObjectHeader:
        if len(data) < OBJ_HEADER_SIZE:
            raise TruncatedError(f"{what}: file is shorter than an object header (truncated)")
        if not data.startswith(OBJ_MAGIC):
            raise TamperedError(f"{what}: not an anonkit object (wrong magic bytes)")
        (version,) = struct.unpack_from(">H", data, len(OBJ_MAGIC))
        _version_check(version, what)
        tier_byte = data[OBJ_HEADER_SIZE - 1]
        try:
            tier = Tier(tier_byte)
        except ValueError:
            raise TamperedError(f"{what}: unknown tier byte {tier_byte:#04x}") from None
        return cls(data[len(OBJ_MAGIC) + 2:OBJ_HEADER_SIZE - 1], tier)


def payload_key(dek: bytes, header: ObjectHeader) -> bytes:
    """payload_key = HKDF(DEK, salt=object_id, info=LABEL("payload") ‖ tier) (§7.1)."""
    if len(dek) != DEK_SIZE:
        raise ValueError("DEK must be 32 bytes")
    return hkdf(dek, header.object_id, label("payload") + bytes([header.tier]))


def object_size(plaintext_size: int) -> int:
    """Size of the body file for a plaintext of that size (§7.1)."""
    return OBJ_HEADER_SIZE + ciphertext_size(plaintext_size)


def encrypt_object(dek: bytes, header: ObjectHeader, dst: BinaryIO) -> StreamEncryptor:
    """Write OBJ_HEADER to ``dst`` and return the STREAM writer for the plaintext; use it as a
    context manager (``close()`` writes the final chunk, not closing ``dst``)."""
    aad = header.to_bytes()
    dst.write(aad)
    return StreamEncryptor(payload_key(dek, header), aad, dst)


def decrypt_object(
    dek: bytes, src: BinaryIO, expected: ObjectHeader | None = None
) -> Iterator[bytes]:
    """Yield the plaintext of an object, chunk by chunk, each after it authenticates.

    ``expected``: the identity the caller looked up (catalog / file name); a body file that
    holds another object (swapped files) is refused before any decryption. The output is
    untrusted until the iterator finishes without an exception (§6).
    """
    what = expected.name if expected else "object"
    raw = src.read(OBJ_HEADER_SIZE)
    header = ObjectHeader.from_bytes(raw, what)
    if expected is not None and header != expected:
        raise TamperedError(f"{what}: the file holds {header.name} instead (swapped or replaced)")
    yield from decrypt_stream(payload_key(dek, header), raw, src, what=header.name)


# --- key files (§7.2) ------------------------------------------------------------------------


@dataclass(frozen=True)
class Stanza:
    kind: int
    key_id: bytes
    sealed: bytes


@dataclass(frozen=True)
class KeyFile:
    """A parsed key file; ``parse_keyfile`` checks only the structure (no keys needed)."""

    header: ObjectHeader
    key_epoch: int
    stanzas: tuple[Stanza, ...]
    mac: bytes
    signed: bytes  # everything before MAC
    version: int = UNSIGNED_KEY_VERSION
    #: version 2 (§7.3): slot id of the author and the key epoch they signed in, slot id of
    #: the signer, and the signature
    author: bytes | None = None
    author_epoch: int | None = None
    signer: bytes | None = None
    signature: bytes | None = None

    @property
    def has_author_stanza(self) -> bool:
        return any(s.kind == Recipient.KIND_USER for s in self.stanzas)

    @property
    def signed_part(self) -> bytes:
        """KF_BODY (§7.3): magic up to and including ``signer``; what SIG covers."""
        return self.signed[:len(self.signed) - keyfile_signing.SIGNATURE_SIZE]


def _dek_context(header: ObjectHeader, kind: int) -> bytes:
    """DEK_LABEL = LABEL("dek") ‖ object_id ‖ tier ‖ kind (§7.2)."""
    return label("dek") + header.object_id + bytes([header.tier, kind])


def _mac(key: bytes, data: bytes) -> bytes:
    h = crypto_hmac.HMAC(key, hashes.SHA256())
    h.update(data)
    return h.finalize()


def seal_dek(
    dek: bytes,
    header: ObjectHeader,
    keyring: KeyRing,
    recipients: Sequence[Recipient] | None = None,
    *,
    signer: KeyfileSigner | None = None,
    author: tuple[bytes, int] | None = None,
    rng: Rng = os.urandom,
) -> bytes:
    """Key file bytes for a new object (§7.2). ``recipients`` default to
    ``keyring.recipients(header.tier)`` (tier key, plus the writer when it cannot read the
    tier). MAC'd with the keyring's current object-MAC key.

    ``signer``: the writer's signing key (§4.7) → a signed version-2 key file (§7.3) whose
    ``author`` (slot id, key epoch they signed in) is the signer at the current epoch unless
    given (a steward's re-wrap keeps the author it proved, or ``(NO_AUTHOR, 0)``). Without
    a signer (the header lists no signing key for the writer yet) an unsigned version-1 key
    file."""
    if len(dek) != DEK_SIZE:
        raise ValueError("DEK must be 32 bytes")
    recipients = list(keyring.recipients(header.tier) if recipients is None else recipients)
    if not 1 <= len(recipients) <= MAX_STANZAS:
        raise ValueError(f"a key file holds 1 to {MAX_STANZAS} recipients")
    version = UNSIGNED_KEY_VERSION if signer is None else KEY_VERSION
    out = bytearray(KEY_MAGIC + struct.pack(">H", version) + header.object_id
                    + bytes([header.tier]) + struct.pack(">IB", keyring.key_epoch,
                                                         len(recipients)))
    for r in recipients:
        out += bytes([r.kind]) + r.key_id + seal(r.public_key, dek, _dek_context(header, r.kind),
                                                 rng)
    if signer is not None:
        author_sid, author_epoch = (signer.sid, keyring.key_epoch) if author is None else author
        out += author_sid + struct.pack(">I", author_epoch) + signer.sid
        out += keyfile_signing.sign(signer, keyring.vault_id, bytes(out))
    out += _mac(keyring.subkey("object-mac"), bytes(out))
    return bytes(out)


def parse_keyfile(blob: bytes, what: str = "key file") -> KeyFile:
    """Structure only: magic, version, sizes. Raises TamperedError/TruncatedError/
    UnsupportedFormatVersionError."""
    if len(blob) < len(KEY_MAGIC) + 2:
        raise TruncatedError(f"{what}: truncated")
    if not blob.startswith(KEY_MAGIC):
        raise TamperedError(f"{what}: not an anonkit key file (wrong magic bytes)")
    (version,) = struct.unpack_from(">H", blob, len(KEY_MAGIC))
    _version_check(version, what, KEY_MAX_SUPPORTED_VERSION)
    sig_block = SIGNATURE_BLOCK_SIZE if version >= KEY_VERSION else 0
    if len(blob) < KEYFILE_PREFIX_SIZE + sig_block + MAC_SIZE:
        raise TruncatedError(f"{what}: truncated")
    pos = len(KEY_MAGIC) + 2
    object_id = blob[pos:pos + OBJECT_ID_SIZE]
    pos += OBJECT_ID_SIZE
    try:
        tier = Tier(blob[pos])
    except ValueError:
        raise TamperedError(f"{what}: unknown tier byte") from None
    epoch, count = struct.unpack_from(">IB", blob, pos + 1)
    pos += 1 + 5
    expected_len = KEYFILE_PREFIX_SIZE + count * STANZA_SIZE + sig_block + MAC_SIZE
    if not 1 <= count <= MAX_STANZAS:
        raise TamperedError(f"{what}: invalid recipient count")
    if len(blob) < expected_len:
        raise TruncatedError(f"{what}: truncated")
    if len(blob) > expected_len:
        raise TamperedError(f"{what}: unexpected data after the end (modified)")
    stanzas = []
    for _ in range(count):
        stanzas.append(Stanza(blob[pos], blob[pos + 1:pos + 1 + KEY_ID_SIZE],
                              blob[pos + 1 + KEY_ID_SIZE:pos + STANZA_SIZE]))
        pos += STANZA_SIZE
    author = signer = signature = author_epoch = None
    if sig_block:
        n = keyfile_signing.SLOT_ID_SIZE
        author = blob[pos:pos + n]
        (author_epoch,) = struct.unpack_from(">I", blob, pos + n)
        signer = blob[pos + n + 4:pos + 2 * n + 4]
        signature = blob[pos + 2 * n + 4:pos + sig_block]
        pos += sig_block
    return KeyFile(ObjectHeader(object_id, tier), epoch, tuple(stanzas), blob[pos:],
                   blob[:pos], version, author, author_epoch, signer, signature)


def verify_keyfile(
    blob: bytes,
    keyring: KeyRing,
    expected: ObjectHeader | None = None,
    signer_key: SignerLookup | None = None,
) -> KeyFile:
    """Parse, check the identity against ``expected`` and the MAC (any member can; §7.2);
    with ``signer_key`` (the header's signing keys, §4.7) also the signature of a version-2
    key file (§7.3; ``keyfile_signing.attribute``): a bad one is ``TamperedError``."""
    what = f"key file of {expected.name}" if expected else "key file"
    kf = parse_keyfile(blob, what)
    if expected is not None and kf.header != expected:
        raise TamperedError(f"{what}: holds the key of {kf.header.name} instead (swapped)")
    if kf.key_epoch > keyring.key_epoch:
        raise AccessDeniedError(
            f"{what}: claims key epoch {kf.key_epoch} (a rotation you are not part of, or "
            f"modified); user {keyring.user} holds keys up to epoch {keyring.key_epoch} only"
        )
    if kf.key_epoch not in keyring.member_secrets:
        raise TamperedError(f"{what}: claims unknown key epoch {kf.key_epoch} (modified)")
    good = _mac(keyring.subkey("object-mac", kf.key_epoch), kf.signed)
    if not _hmac.compare_digest(good, kf.mac):
        raise TamperedError(f"{what}: authentication failed (modified, damaged, or not written "
                            "by a member of this vault)")
    if signer_key is not None:
        keyfile_signing.attribute(kf, keyring.vault_id, signer_key, what)
    return kf


def keyfile_attribution(
    blob: bytes, keyring: KeyRing, expected: ObjectHeader | None, signer_key: SignerLookup
) -> Attribution:
    """Who the key file says wrote its object (§7.3), after every check ``verify_keyfile``
    makes; raises TamperedError where the claim does not hold."""
    kf = verify_keyfile(blob, keyring, expected)
    what = f"key file of {kf.header.name}"
    return keyfile_signing.attribute(kf, keyring.vault_id, signer_key, what)


def open_dek(
    blob: bytes,
    keyring: KeyRing,
    expected: ObjectHeader | None = None,
    signer_key: SignerLookup | None = None,
) -> bytes:
    """The object's DEK, if this keyring holds a recipient key (§7.2). With ``signer_key``
    a version-2 key file's signature is checked first (§7.3).

    Raises AccessDeniedError("user X (analyst) has no key for the identifiable tier …") when
    no stanza is for this user, TamperedError when the file or a matching stanza is damaged.
    """
    kf = verify_keyfile(blob, keyring, expected, signer_key)
    keys = keyring.private_keys_by_id()
    for st in kf.stanzas:
        sk = keys.get(st.key_id)
        if sk is None:
            continue
        dek = open_sealed(sk, st.sealed, _dek_context(kf.header, st.kind))
        if dek is None or len(dek) != DEK_SIZE:
            raise TamperedError(f"key file of {kf.header.name}: a key stanza does not open "
                                "(modified)")
        return dek
    if kf.header.tier in keyring.role.readable_tiers:
        hint = " (wrapped to other tier keys: stale key file or unfinished rotation?)"
    elif keyring.role is Role.INTERVIEWER:
        hint = " (interviewers can read only identifiable data they wrote themselves)"
    else:
        hint = ""
    raise AccessDeniedError(
        f"user {keyring.user} ({keyring.role.value}) has no key for the "
        f"{kf.header.tier.json_name} tier of {kf.header.name}{hint}"
    )


__all__ = [
    "DEK_SIZE",
    "KEY_MAGIC",
    "KEY_VERSION",
    "MAC_SIZE",
    "OBJECT_ID_SIZE",
    "OBJ_HEADER_SIZE",
    "OBJ_MAGIC",
    "OBJ_VERSION",
    "STANZA_SIZE",
    "KeyFile",
    "ObjectHeader",
    "Stanza",
    "decrypt_object",
    "encrypt_object",
    "key_id",
    "keyfile_attribution",
    "new_dek",
    "new_object_id",
    "object_size",
    "open_dek",
    "parse_keyfile",
    "payload_key",
    "seal_dek",
    "verify_keyfile",
]
