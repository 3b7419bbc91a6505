"""Key slots: what each member's password opens (spec: docs/vault-format.md §4.2–§4.5).

Why a module of its own: the slots are the per-member part of the vault header. A ``Slot``
(in the signed body) holds one member's role, user public key, sealed name, key escrow and
key bundle; a ``PasswordSlot`` (outside the signature) holds that member's user key wrapped
under their password. Everything here is about one member: deriving a slot id from a name,
sealing and opening a bundle, binding a password key to a slot. ``header`` keeps the file
layout, the admin signature and the ``VaultHeader`` operations that combine many slots
(create, unlock); ``membership`` has the changes (add, remove, change password, rotate). Both
import what they need from here.

Nothing here touches the disk or checks the header signature: ``_keyring_from_bundle``
cross-checks a bundle against a ``VaultHeader`` that ``header`` has already authenticated.
"""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from anonkit.vault.errors import TamperedError, VaultError
from anonkit.vault.kdf import KdfParams, encode_password
from anonkit.vault.keys import (
    KEY_SIZE,
    PUBLIC_KEY_SIZE,
    SEAL_OVERHEAD,
    KeyRing,
    Rng,
    Role,
    Tier,
    box,
    cjson,
    hkdf,
    hmac_sha256,
    label,
    seal,
    x25519_from_seed,
    x25519_public_bytes,
)
from anonkit.vault.passwords import check_password

if TYPE_CHECKING:
    from anonkit.vault.header import VaultHeader

VAULT_ID_SIZE = 16
SLOT_ID_SIZE = 16
MEMBER_SECRET_SIZE = 32
#: legacy (version 1) slot: nonce[12] ‖ AEAD(KEK, user_sk[32]) (§4.3)
LEGACY_WRAPPED_USER_KEY_SIZE = 12 + KEY_SIZE + 16
#: SEAL(password_public, user_sk[32]) (§4.3)
WRAPPED_USER_KEY_SIZE = SEAL_OVERHEAD + KEY_SIZE
BINDING_SIZE = 32
MAX_NAME_CHARS = 64

#: Errors in a slot are errors in the vault header file that holds it.
_WHAT = "vault header"
_SLOT_FIELDS = {"id", "role", "user_public", "bundle", "escrow", "name"}
_LEGACY_PSLOT_FIELDS = {"kdf", "wrapped_user_key"}
_PSLOT_FIELDS = {"kdf", "password_public", "wrapped_user_key", "binding"}


# --- small helpers ---------------------------------------------------------------------------


def normalize_name(name: str) -> str:
    """NFC user name, 1–64 characters, no control characters or outer spaces."""
    name = unicodedata.normalize("NFC", name)
    if not (1 <= len(name) <= MAX_NAME_CHARS) or name != name.strip():
        raise VaultError(f"invalid user name {name!r}: use 1–{MAX_NAME_CHARS} characters "
                         "without leading or trailing spaces")
    if any(unicodedata.category(c).startswith("C") for c in name):
        raise VaultError(f"invalid user name {name!r}: control characters are not allowed")
    return name


def slot_id(vault_id: bytes, name: str) -> bytes:
    """SLOT_ID = H(LABEL("slot-id") ‖ vault_id ‖ NFC-UTF-8(name))[:16] (§4.2)."""
    data = label("slot-id") + vault_id + normalize_name(name).encode("utf-8")
    return hashlib.sha256(data).digest()[:SLOT_ID_SIZE]


def _ed25519_public(key: Ed25519PrivateKey) -> bytes:
    return key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)


def _ed25519_secret(key: Ed25519PrivateKey) -> bytes:
    from cryptography.hazmat.primitives.serialization import NoEncryption, PrivateFormat

    return key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())


def _x25519_secret(key: X25519PrivateKey) -> bytes:
    from cryptography.hazmat.primitives.serialization import NoEncryption, PrivateFormat

    return key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())


def _hex(value: Any, size: int | None, what: str) -> bytes:
    if not isinstance(value, str):
        raise TamperedError(f"{_WHAT}: {what} is malformed")
    try:
        raw = bytes.fromhex(value)
    except ValueError:
        raise TamperedError(f"{_WHAT}: {what} is malformed") from None
    if raw.hex() != value or (size is not None and len(raw) != size):
        raise TamperedError(f"{_WHAT}: {what} is malformed")
    return raw


def _bundle_ctx(vault_id: bytes, sid: bytes) -> bytes:
    return label("bundle") + vault_id + sid


def bundle_key(user_key: X25519PrivateKey, vault_id: bytes, sid: bytes) -> bytes:
    """K_bundle = HKDF(user_sk, salt=vault_id, info=LABEL("bundle") ‖ SLOT_ID) (§4.5).

    Why symmetric and derived from the user's *private* key: the bundle must be authentic,
    not merely confidential. Sealing to the user's public key would let anyone who can write
    the header give a user forged tier keys (and a forged pinned admin key). Only the user
    (password) and a steward (escrow, §4.2) know user_sk, so only they can produce a bundle
    that opens.
    """
    return hkdf(_x25519_secret(user_key), vault_id, _bundle_ctx(vault_id, sid))


def _escrow_ctx(vault_id: bytes, sid: bytes) -> bytes:
    return label("escrow") + vault_id + sid


def _name_aad(sid: bytes) -> bytes:
    return label("name") + sid


def _user_key_aad(vault_id: bytes, sid: bytes, user_public: bytes, kdf: KdfParams) -> bytes:
    """AAD_UK = LABEL("user-key") ‖ vault_id ‖ SLOT_ID ‖ user_public ‖ CJSON(kdf) (§4.3)."""
    return label("user-key") + vault_id + sid + user_public + cjson(kdf.to_json())


# --- data model ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Slot:
    """One member in the signed body (§4.2). ``name`` is sealed with the roster key."""

    id: bytes
    role: Role
    user_public: bytes
    bundle: bytes
    escrow: bytes
    name: bytes

    def to_json(self) -> dict[str, str]:
        return {
            "id": self.id.hex(),
            "role": self.role.value,
            "user_public": self.user_public.hex(),
            "bundle": self.bundle.hex(),
            "escrow": self.escrow.hex(),
            "name": self.name.hex(),
        }

    @classmethod
    def from_json(cls, obj: Any) -> Slot:
        if not isinstance(obj, dict) or set(obj) != _SLOT_FIELDS:
            raise TamperedError(f"{_WHAT}: a user slot is malformed")
        try:
            role = Role(obj["role"])
        except ValueError:
            raise TamperedError(f"{_WHAT}: a user slot has an unknown role") from None
        return cls(
            id=_hex(obj["id"], SLOT_ID_SIZE, "slot id"),
            role=role,
            user_public=_hex(obj["user_public"], PUBLIC_KEY_SIZE, "user public key"),
            bundle=_hex(obj["bundle"], None, "bundle"),
            escrow=_hex(obj["escrow"], None, "escrow"),
            name=_hex(obj["name"], None, "sealed name"),
        )


@dataclass(frozen=True)
class PasswordSlot:
    """A user's password-wrapped private key (§4.3).

    Current form: ``password_public`` is an X25519 key derived from the KEK, the user key is
    SEALed to it, and ``binding`` (an HMAC under a key derived from the user key) lets a
    steward check that the password key really is the user's before sealing a *new* user key
    to it at rotation (§9). Legacy (version-1) form: ``wrapped_user_key`` is an AEAD under the
    KEK and ``password_public``/``binding`` are None.
    """

    kdf: KdfParams
    wrapped_user_key: bytes
    password_public: bytes | None = None
    binding: bytes | None = None

    @property
    def legacy(self) -> bool:
        return self.password_public is None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"kdf": self.kdf.to_json(),
                               "wrapped_user_key": self.wrapped_user_key.hex()}
        if self.password_public is not None:
            assert self.binding is not None
            out["password_public"] = self.password_public.hex()
            out["binding"] = self.binding.hex()
        return out

    @classmethod
    def from_json(cls, obj: Any) -> PasswordSlot:
        if not isinstance(obj, dict) or set(obj) not in (_PSLOT_FIELDS, _LEGACY_PSLOT_FIELDS):
            raise TamperedError(f"{_WHAT}: a password slot is malformed")
        if set(obj) == _LEGACY_PSLOT_FIELDS:
            return cls(
                kdf=KdfParams.from_json(obj["kdf"]),
                wrapped_user_key=_hex(obj["wrapped_user_key"], LEGACY_WRAPPED_USER_KEY_SIZE,
                                      "wrapped user key"),
            )
        return cls(
            kdf=KdfParams.from_json(obj["kdf"]),
            wrapped_user_key=_hex(obj["wrapped_user_key"], WRAPPED_USER_KEY_SIZE,
                                  "wrapped user key"),
            password_public=_hex(obj["password_public"], PUBLIC_KEY_SIZE, "password key"),
            binding=_hex(obj["binding"], BINDING_SIZE, "password binding"),
        )


def _password_key(kek: bytes, vault_id: bytes, sid: bytes) -> X25519PrivateKey:
    """pw_sk = X25519(HKDF(KEK, salt=vault_id, info=LABEL("password-key") ‖ SLOT_ID)) (§4.3).

    Why a key pair rather than the KEK itself: a steward rotating keys can seal a *new* user
    key to ``pw_pk`` without knowing the password, so nobody's password has to change, and
    nothing a removed member kept (old escrows, old user keys) opens the new slot."""
    return x25519_from_seed(hkdf(kek, vault_id, label("password-key") + sid))


def _binding(user_key: X25519PrivateKey, vault_id: bytes, sid: bytes, pw_public: bytes,
             kdf: KdfParams) -> bytes:
    """binding = HMAC(HKDF(user_sk, vault_id, LABEL("password-binding") ‖ SLOT_ID),
    pw_pk ‖ CJSON(kdf)) (§4.3): only the user (or a steward through the escrow) can bind a
    password key to a slot, so an attacker who can write the header cannot make a rotation
    seal the new user key to a password key of their own."""
    key = hkdf(_x25519_secret(user_key), vault_id, label("password-binding") + sid)
    return hmac_sha256(key, pw_public + cjson(kdf.to_json()))


def _bundle_json(role: Role, steward: KeyRing) -> dict[str, Any]:
    """§4.5: what a member of ``role`` receives, taken from a steward's keyring."""
    tiers = {t.json_name: _x25519_secret(steward.tier_private[t]).hex()
             for t in role.readable_tiers}
    out: dict[str, Any] = {
        "vault_id": steward.vault_id.hex(),
        "role": role.value,
        "key_epoch": steward.key_epoch,
        "admin_public": steward.admin_public.hex(),
        "tiers": tiers,
        "member_secrets": {str(e): s.hex() for e, s in sorted(steward.member_secrets.items())},
    }
    if role.is_admin:
        assert steward.admin_key is not None
        out["admin_secret"] = _ed25519_secret(steward.admin_key).hex()
    return out


def _keyring_from_bundle(
    bundle: Any, name: str, slot: Slot, user_key: X25519PrivateKey, header: VaultHeader
) -> KeyRing:
    """Parse and cross-check a bundle against the signed header (§4.4 step 6)."""
    fields = {"vault_id", "role", "key_epoch", "admin_public", "tiers", "member_secrets"}
    if slot.role.is_admin:
        fields.add("admin_secret")
    if not isinstance(bundle, dict) or set(bundle) != fields:
        raise TamperedError(f"{_WHAT}: the key bundle of user {name} is malformed")
    if _hex(bundle["vault_id"], VAULT_ID_SIZE, "bundle vault id") != header.vault_id:
        raise TamperedError(f"{_WHAT}: the key bundle of user {name} belongs to another vault")
    if bundle["role"] != slot.role.value or bundle["key_epoch"] != header.key_epoch:
        raise TamperedError(f"{_WHAT}: the key bundle of user {name} does not match its slot")
    admin_public = _hex(bundle["admin_public"], PUBLIC_KEY_SIZE, "pinned admin key")
    if admin_public != header.admin_public:
        raise TamperedError(
            f"{_WHAT}: signed by a key that is not this vault's admin key (forged or replaced "
            "header); nothing was used"
        )
    tiers = bundle["tiers"]
    if not isinstance(tiers, dict) or set(tiers) != {t.json_name for t in slot.role.readable_tiers}:
        raise TamperedError(f"{_WHAT}: the key bundle of user {name} is malformed")
    tier_private: dict[Tier, X25519PrivateKey] = {}
    for tname, hexkey in tiers.items():
        tier = Tier.parse(tname)
        sk = x25519_from_seed(_hex(hexkey, KEY_SIZE, "tier key"))
        if x25519_public_bytes(sk) != header.tier_public[tier]:
            raise TamperedError(f"{_WHAT}: tier public key does not match the bundle (modified)")
        tier_private[tier] = sk
    secrets = bundle["member_secrets"]
    if not isinstance(secrets, dict) or str(header.key_epoch) not in secrets:
        raise TamperedError(f"{_WHAT}: the key bundle of user {name} is malformed")
    if not all(e.isdigit() and e == str(int(e)) for e in secrets):
        raise TamperedError(f"{_WHAT}: the key bundle of user {name} is malformed")
    member_secrets = {int(e): _hex(s, MEMBER_SECRET_SIZE, "member secret")
                      for e, s in secrets.items()}
    admin_key = None
    if slot.role.is_admin:
        admin_key = Ed25519PrivateKey.from_private_bytes(
            _hex(bundle["admin_secret"], KEY_SIZE, "admin key"))
        if _ed25519_public(admin_key) != header.admin_public:
            raise TamperedError(f"{_WHAT}: admin key does not match (modified)")
    return KeyRing(
        vault_id=header.vault_id,
        user=name,
        role=slot.role,
        key_epoch=header.key_epoch,
        user_key=user_key,
        tier_public=dict(header.tier_public),
        tier_private=tier_private,
        member_secrets=member_secrets,
        admin_public=header.admin_public,
        admin_key=admin_key,
    )


def _make_slot(
    steward: KeyRing, name: str, role: Role, user_key: X25519PrivateKey, rng: Rng
) -> Slot:
    """Seal bundle, escrow and name of one member with the steward's current keys (§4.2)."""
    sid = slot_id(steward.vault_id, name)
    user_public = x25519_public_bytes(user_key)
    roster = steward.subkey("roster")
    return Slot(
        id=sid,
        role=role,
        user_public=user_public,
        bundle=box(bundle_key(user_key, steward.vault_id, sid),
                   cjson(_bundle_json(role, steward)), _bundle_ctx(steward.vault_id, sid), rng),
        escrow=seal(steward.tier_public[Tier.IDENTIFIABLE], _x25519_secret(user_key),
                    _escrow_ctx(steward.vault_id, sid), rng),
        name=box(roster, normalize_name(name).encode("utf-8"), _name_aad(sid), rng),
    )


def _make_password_slot(
    vault_id: bytes, slot: Slot, user_key: X25519PrivateKey, password: str | bytes,
    kdf: KdfParams | None, rng: Rng, name: str | None = None,
) -> PasswordSlot:
    """A new password slot for ``password`` (fresh salt, §4.3). Weak passwords are refused
    (§3 "Passwords") before any key derivation, except in test-only KDF slots."""
    params = (kdf or KdfParams.default(rng)).with_new_salt(rng)
    params.validate(allow_weak=True)  # range checks; weak is the caller's explicit choice
    if not encode_password(password):
        raise VaultError("the password is empty: choose a password")
    if not params.is_weak:
        check_password(password, user=name)
    pw_public = x25519_public_bytes(_password_key(params.derive(password), vault_id, slot.id))
    return _seal_password_slot(vault_id, slot, user_key, params, pw_public, rng)


def _seal_password_slot(
    vault_id: bytes, slot: Slot, user_key: X25519PrivateKey, params: KdfParams,
    pw_public: bytes, rng: Rng,
) -> PasswordSlot:
    """WUK = SEAL(pw_pk, user_sk, AAD_UK ‖ pw_pk) plus the binding (§4.3). Needs no password:
    rotation uses it to hand each member their new user key (§9)."""
    aad = _user_key_aad(vault_id, slot.id, slot.user_public, params) + pw_public
    return PasswordSlot(
        params,
        seal(pw_public, _x25519_secret(user_key), aad, rng),
        pw_public,
        _binding(user_key, vault_id, slot.id, pw_public, params),
    )
