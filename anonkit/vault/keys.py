"""Roles, tiers, key wrapping and the unlocked ``KeyRing``.

Spec: docs/vault-format.md §1 (labels, canonical JSON), §2 (roles → keys), §4.5 (member
subkeys), §5 (SEAL, KEY_ID), §7.2 (recipients).

Why public-key tiers: a writer needs only a tier's *public* key, so an interviewer can put
identifiable recordings into the vault without being able to read anyone else's. Why SEAL
is age's X25519 recipient construction: it is a small, reviewed composition of X25519, HKDF
and an AEAD, with a fresh ephemeral key per wrap (so a zero nonce is safe).
"""

from __future__ import annotations

import enum
import hashlib
import json
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from anonkit.vault.errors import AccessDeniedError, TamperedError

Rng = Callable[[int], bytes]

KEY_SIZE = 32
PUBLIC_KEY_SIZE = 32
AEAD_NONCE_SIZE = 12
TAG_SIZE = 16
KEY_ID_SIZE = 16
ZERO_NONCE = bytes(AEAD_NONCE_SIZE)
#: SEAL(pk, pt) = E[32] ‖ AEAD(k, 0^12, pt) (§5)
SEAL_OVERHEAD = PUBLIC_KEY_SIZE + TAG_SIZE
#: nonce[12] ‖ AEAD(k, nonce, pt) (§4.2 name, §4.3 WUK)
BOX_OVERHEAD = AEAD_NONCE_SIZE + TAG_SIZE


def label(name: str) -> bytes:
    """LABEL(name) = "anonkit/v1/" ‖ name ‖ \\x00 (§1)."""
    return b"anonkit/v1/" + name.encode("ascii") + b"\x00"


def cjson(value: Any) -> bytes:
    """CJSON (§1): the one canonical encoding of a JSON value."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode(
        "ascii"
    )


def parse_cjson(data: bytes, what: str) -> Any:
    """Parse canonical JSON and refuse any other encoding of the same value (§1)."""
    try:
        value = json.loads(data.decode("ascii"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise TamperedError(f"{what}: not valid JSON (damaged)") from exc
    if cjson(value) != data:
        raise TamperedError(f"{what}: not in canonical form (modified)")
    return value


def hkdf(ikm: bytes, salt: bytes | None, info: bytes, length: int = KEY_SIZE) -> bytes:
    """HKDF-SHA256 (RFC 5869) from ``cryptography``."""
    return HKDF(algorithm=hashes.SHA256(), length=length, salt=salt, info=info).derive(ikm)


def hmac_sha256(key: bytes, data: bytes) -> bytes:
    """HMAC-SHA256 from ``cryptography`` (§1)."""
    from cryptography.hazmat.primitives import hmac as crypto_hmac

    h = crypto_hmac.HMAC(key, hashes.SHA256())
    h.update(data)
    return h.finalize()


class Tier(enum.IntEnum):
    """Data tiers and their tier bytes (§2)."""

    IDENTIFIABLE = 0x01
    ANONYMIZED = 0x02

    @property
    def json_name(self) -> str:
        return self.name.lower()

    @classmethod
    def parse(cls, value: int | str | Tier) -> Tier:
        if isinstance(value, str):
            return cls[value.upper()]
        return cls(value)


class Role(enum.StrEnum):
    """Team roles (design.md §2) and which tier private keys their bundle holds (§2 table)."""

    STEWARD = "steward"
    INTERVIEWER = "interviewer"
    ANALYST = "analyst"

    @property
    def readable_tiers(self) -> frozenset[Tier]:
        if self is Role.STEWARD:
            return frozenset({Tier.IDENTIFIABLE, Tier.ANONYMIZED})
        return frozenset({Tier.ANONYMIZED})

    @property
    def writable_tiers(self) -> frozenset[Tier]:
        """Policy (not cryptography, §2): analysts do not write identifiable data."""
        if self is Role.ANALYST:
            return frozenset({Tier.ANONYMIZED})
        return frozenset({Tier.IDENTIFIABLE, Tier.ANONYMIZED})

    @property
    def is_admin(self) -> bool:
        return self is Role.STEWARD


def x25519_public_bytes(key: X25519PrivateKey) -> bytes:
    return key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)


def x25519_from_seed(seed: bytes) -> X25519PrivateKey:
    """Deterministic key from 32 bytes (the injectable RNG of tests and vectors)."""
    return X25519PrivateKey.from_private_bytes(seed)


def new_x25519(rng: Rng = os.urandom) -> X25519PrivateKey:
    return x25519_from_seed(rng(KEY_SIZE))


def new_ed25519(rng: Rng = os.urandom) -> Ed25519PrivateKey:
    return Ed25519PrivateKey.from_private_bytes(rng(KEY_SIZE))


def key_id(public_key: bytes) -> bytes:
    """KEY_ID(pk) = H(LABEL("key-id") ‖ pk)[:16] (§5)."""
    return hashlib.sha256(label("key-id") + public_key).digest()[:KEY_ID_SIZE]


def seal(recipient_public: bytes, plaintext: bytes, context: bytes, rng: Rng = os.urandom) -> bytes:
    """SEAL(pk, pt, label) = E ‖ AEAD(HKDF(X25519(e, pk), E ‖ pk, label), 0^12, pt, label) (§5)."""
    eph = new_x25519(rng)
    eph_public = x25519_public_bytes(eph)
    try:
        shared = eph.exchange(X25519PublicKey.from_public_bytes(recipient_public))
    except ValueError as exc:  # all-zero shared secret: a low-order "public key"
        raise TamperedError("invalid recipient public key") from exc
    k = hkdf(shared, eph_public + recipient_public, context)
    return eph_public + AESGCM(k).encrypt(ZERO_NONCE, plaintext, context)


def open_sealed(private_key: X25519PrivateKey, sealed: bytes, context: bytes) -> bytes | None:
    """Reverse of ``seal``; ``None`` when it does not open (wrong key, modified, other
    context): the caller decides whether that is tampering or missing access."""
    if len(sealed) < SEAL_OVERHEAD:
        return None
    eph_public, body = sealed[:PUBLIC_KEY_SIZE], sealed[PUBLIC_KEY_SIZE:]
    try:
        shared = private_key.exchange(X25519PublicKey.from_public_bytes(eph_public))
        k = hkdf(shared, eph_public + x25519_public_bytes(private_key), context)
        return AESGCM(k).decrypt(ZERO_NONCE, body, context)
    except (InvalidTag, ValueError):
        return None


def box(key: bytes, plaintext: bytes, aad: bytes, rng: Rng = os.urandom) -> bytes:
    """nonce[12] ‖ AEAD(key, nonce, pt, aad) with a random nonce (§4.2 name, §4.3 WUK)."""
    nonce = rng(AEAD_NONCE_SIZE)
    return nonce + AESGCM(key).encrypt(nonce, plaintext, aad)


def unbox(key: bytes, boxed: bytes, aad: bytes) -> bytes | None:
    """Reverse of ``box``; ``None`` when it does not authenticate."""
    if len(boxed) < BOX_OVERHEAD:
        return None
    try:
        return AESGCM(key).decrypt(boxed[:AEAD_NONCE_SIZE], boxed[AEAD_NONCE_SIZE:], aad)
    except InvalidTag:
        return None


def member_subkey(member_secret: bytes, vault_id: bytes, purpose: str) -> bytes:
    """K_x = HKDF(member_secret[e], salt=vault_id, info=LABEL(x)) (§4.5)."""
    if purpose not in {"audit", "roster", "object-mac"}:
        raise ValueError(f"unknown member subkey {purpose!r}")
    return hkdf(member_secret, vault_id, label(purpose))


@dataclass(frozen=True)
class Recipient:
    """Who a DEK is sealed to (§7.2): a tier key (kind 1) or an author's user key (kind 2)."""

    KIND_TIER = 0x01
    KIND_USER = 0x02

    kind: int
    public_key: bytes

    @property
    def key_id(self) -> bytes:
        return key_id(self.public_key)


@dataclass(frozen=True, repr=False)
class KeyRing:
    """What one unlocked user holds (§2 table, §4.5 bundle). Built by ``VaultHeader.unlock``.

    Secrets are absent, not merely hidden, when the role has no right to them: an analyst's
    ``tier_private`` simply has no identifiable key, because the analyst's bundle never
    contained one.
    """

    vault_id: bytes
    user: str
    role: Role
    key_epoch: int
    user_key: X25519PrivateKey
    tier_public: Mapping[Tier, bytes]
    tier_private: Mapping[Tier, X25519PrivateKey]
    member_secrets: Mapping[int, bytes]
    admin_public: bytes
    admin_key: Ed25519PrivateKey | None = None

    def __repr__(self) -> str:  # never print secrets
        tiers = ",".join(sorted(t.json_name for t in self.tier_private))
        return f"KeyRing(user={self.user!r}, role={self.role.value}, tiers=[{tiers}])"

    @property
    def user_public(self) -> bytes:
        return x25519_public_bytes(self.user_key)

    @property
    def is_admin(self) -> bool:
        """Holds the admin signing key: may add/remove users, reset passwords, rotate."""
        return self.admin_key is not None

    def can_read(self, tier: Tier) -> bool:
        """Holds the tier's private key (objects it authored are readable regardless)."""
        return tier in self.tier_private

    def subkey(self, purpose: str, epoch: int | None = None) -> bytes:
        """Member subkey ``purpose`` ("audit", "roster", "object-mac") of ``epoch``
        (default: current)."""
        epoch = self.key_epoch if epoch is None else epoch
        try:
            secret = self.member_secrets[epoch]
        except KeyError:
            raise AccessDeniedError(
                f"user {self.user} has no key of key epoch {epoch} (made before you joined, or "
                "after a rotation you are not part of)"
            ) from None
        return member_subkey(secret, self.vault_id, purpose)

    @property
    def audit_key(self) -> bytes:
        """HMAC key for audit entries of the current epoch (§4.5); older: subkey("audit", e)."""
        return self.subkey("audit")

    def recipients(self, tier: Tier) -> list[Recipient]:
        """Recipients for a new object of ``tier`` (§7.2): the tier key, plus the writer's
        own key when the writer cannot read the tier (so they can read back what they wrote).

        Raises AccessDeniedError when the role may not write the tier (policy, §2).
        """
        if tier not in self.role.writable_tiers:
            raise AccessDeniedError(
                f"user {self.user} ({self.role.value}) may not write {tier.json_name} data"
            )
        out = [Recipient(Recipient.KIND_TIER, self.tier_public[tier])]
        if not self.can_read(tier):
            out.append(Recipient(Recipient.KIND_USER, self.user_public))
        return out

    def private_keys_by_id(self) -> dict[bytes, X25519PrivateKey]:
        """KEY_ID → private key for every X25519 key this user holds (tier keys + own)."""
        keys = {key_id(x25519_public_bytes(sk)): sk for sk in self.tier_private.values()}
        keys[key_id(self.user_public)] = self.user_key
        return keys
