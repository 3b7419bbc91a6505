"""Per-user Ed25519 signing keys (spec: docs/vault-format.md §4.7, §7.3, §14, §16 G14, G15).

Why: every member holds the audit MAC key and can write objects, so a MAC cannot say *which*
member wrote an entry. Each user's signing key is derived from their own X25519 user key
(HKDF), so it needs no new secret storage, is exactly as well protected as the user key,
and changes when rotation replaces user keys (§9). Its public half is published in the
admin-signed header (``signers``), per slot and per key epoch, and kept there after the
user is removed, so entries written before a rotation or by a removed member stay
verifiable.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    PublicFormat,
)

from anonkit.vault.keys import Role, hkdf, label

SIGNING_KEY_LABEL = label("user-signing-key")
AUDIT_SIGNATURE_LABEL = label("audit-signature")


def _raw_x25519(key: X25519PrivateKey) -> bytes:
    return key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())


def derive_signing_key(
    user_key: X25519PrivateKey, vault_id: bytes, sid: bytes
) -> Ed25519PrivateKey:
    """sign_sk = Ed25519 key with seed
    HKDF(user_sk, salt=vault_id, info=LABEL("user-signing-key") ‖ SLOT_ID, 32) (§4.7)."""
    seed = hkdf(_raw_x25519(user_key), vault_id, SIGNING_KEY_LABEL + sid, 32)
    return Ed25519PrivateKey.from_private_bytes(seed)


def public_bytes(key: Ed25519PrivateKey) -> bytes:
    return key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)


def verifies(public: bytes, signature: bytes, message: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(public).verify(signature, message)
    except (InvalidSignature, ValueError):
        return False
    return True


@dataclass(frozen=True)
class SignerKey:
    """One signing public key of one slot, valid from key epoch ``from_epoch`` until the next
    key of the same slot (§4.7). ``role`` is the slot's role when the key was listed."""

    public: bytes
    from_epoch: int
    role: Role

    def to_json(self) -> dict[str, object]:
        return {"public": self.public.hex(), "from_epoch": self.from_epoch,
                "role": self.role.value}


Signers = Mapping[bytes, tuple[SignerKey, ...]]


def key_for(signers: Signers, sid: bytes, epoch: int) -> SignerKey | None:
    """The key slot ``sid`` signed with in key epoch ``epoch``: the last listed key whose
    ``from_epoch`` ≤ ``epoch`` (None: the slot had no signing key then)."""
    found = None
    for k in signers.get(sid, ()):
        if k.from_epoch <= epoch:
            found = k
    return found
