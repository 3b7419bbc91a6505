"""The vault header: layout, signature, and the operations on it (spec: docs/vault-format.md §4).

Layout (§4.1):
    header = MAGIC[13] ‖ VERSION:u16 ‖ BODY_LEN:u32 ‖ BODY ‖ SIG[64]
             ‖ SLOTS_LEN:u32 ‖ SLOTS ‖ CHECKSUM[32]

Why two JSON documents: the signed BODY (who is a member, with which role and which tier
keys) changes only when a steward signs it with the admin Ed25519 key; the password SLOTS
hold each user's password-wrapped private key and change when a user changes their own
password, which needs no admin key. Each password slot is AEAD-bound to its signed slot, so
neither part can be swapped for an attacker's. Each user's bundle (their share of the keys,
and the pinned admin public key that authenticates the body) is encrypted under a key derived
from the user's private key, so it is authentic as well as secret (§4.5). The per-member part
(the slots, the bundles and what each member's password opens) lives in ``anonkit.vault.slots``;
the membership changes (add, remove, change password, rotate) in ``anonkit.vault.membership``.

Every operation returns a new ``VaultHeader``; nothing here touches the disk (the storage
layer writes ``to_bytes()`` atomically and records ``generation`` and ``digest()``).
"""

from __future__ import annotations

import hashlib
import hmac as _hmac
import os
import struct
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from anonkit.vault import membership
from anonkit.vault.errors import (
    AccessDeniedError,
    TamperedError,
    UnknownUserError,
    UnsupportedFormatVersionError,
    VaultError,
    WrongPasswordError,
)
from anonkit.vault.kdf import KdfParams
from anonkit.vault.keys import (
    PUBLIC_KEY_SIZE,
    KeyRing,
    Rng,
    Role,
    Tier,
    cjson,
    key_id,
    new_ed25519,
    new_x25519,
    open_sealed,
    parse_cjson,
    unbox,
    x25519_from_seed,
    x25519_public_bytes,
)
from anonkit.vault.signing import SignerKey, Signers, key_for
from anonkit.vault.slots import (
    _WHAT,
    MEMBER_SECRET_SIZE,
    SLOT_ID_SIZE,
    VAULT_ID_SIZE,
    PasswordSlot,
    Slot,
    _binding,
    _bundle_ctx,
    _ed25519_public,
    _escrow_ctx,
    _hex,
    _keyring_from_bundle,
    _make_password_slot,
    _make_slot,
    _name_aad,
    _password_key,
    _user_key_aad,
    bundle_key,
    normalize_name,
    slot_id,
)

MAGIC = b"ANONKIT\x00VAULT"
#: 2: password slots hold a password key pair (§4.3) so that rotation can replace user key
#: pairs (§9). Version-1 headers are still read; their legacy password slots keep working
#: until the user's password is changed once (§17).
#: 3: the signed body lists each user's signing public keys (``signers``, §4.7). A header
#: is written as version 3 once it lists any; a version-2 vault stays byte-identical until
#: a steward next signs its header.
HEADER_VERSION = 3
SIGNERLESS_VERSION = 2
MIN_SUPPORTED_VERSION = 1
MAX_SUPPORTED_VERSION = 3
VERSION_SIZE = 2
LEN_SIZE = 4
SIGNATURE_SIZE = 64
CHECKSUM_SIZE = 32
#: MAGIC ‖ VERSION ‖ BODY_LEN ‖ SIG ‖ SLOTS_LEN ‖ CHECKSUM (§4.1)
HEADER_FIXED_SIZE = len(MAGIC) + VERSION_SIZE + LEN_SIZE + SIGNATURE_SIZE + LEN_SIZE + CHECKSUM_SIZE
#: A header larger than this is refused before parsing (a few hundred users fit easily).
MAX_HEADER_SIZE = 4 * 1024 * 1024

_BODY_FIELDS = {"vault_id", "generation", "key_epoch", "admin_public", "tiers", "slots"}
_SIGNER_FIELDS = {"public", "from_epoch", "role"}


# --- small helpers ---------------------------------------------------------------------------


def _int(value: Any, what: str) -> int:
    if type(value) is not int or value < 1 or value >= 1 << 63:
        raise TamperedError(f"{_WHAT}: {what} is malformed")
    return value


# --- the header ------------------------------------------------------------------------------


@dataclass(frozen=True)
class VaultHeader:
    """A parsed, signature-checked vault header (§4). Immutable: changes return a new one."""

    version: int
    vault_id: bytes
    generation: int
    key_epoch: int
    admin_public: bytes
    tier_public: Mapping[Tier, bytes]
    slots: tuple[Slot, ...]
    password_slots: Mapping[bytes, PasswordSlot]
    body_bytes: bytes
    signature: bytes
    #: slot id → its signing public keys, oldest first (§4.7); kept after removal.
    signers: Signers = field(default_factory=dict)

    # -- creation and (de)serialisation --

    @classmethod
    def create(
        cls,
        first_user: str,
        password: str | bytes,
        kdf: KdfParams | None = None,
        *,
        rng: Rng = os.urandom,
    ) -> tuple[VaultHeader, KeyRing]:
        """A new vault whose only member is the steward ``first_user`` (§4.6).

        ``kdf``: cost template (a fresh salt is always drawn); default production, or
        ``KdfParams.testing()`` when ANONKIT_INSECURE_TEST_KDF=1. ``rng`` is injectable so
        that test vectors are reproducible; never pass anything but os.urandom otherwise.
        """
        name = normalize_name(first_user)
        vault_id = rng(VAULT_ID_SIZE)
        ident, anon = new_x25519(rng), new_x25519(rng)
        admin = new_ed25519(rng)
        member_secret = rng(MEMBER_SECRET_SIZE)
        user_key = new_x25519(rng)
        steward = KeyRing(
            vault_id=vault_id,
            user=name,
            role=Role.STEWARD,
            key_epoch=1,
            user_key=user_key,
            tier_public={Tier.IDENTIFIABLE: x25519_public_bytes(ident),
                         Tier.ANONYMIZED: x25519_public_bytes(anon)},
            tier_private={Tier.IDENTIFIABLE: ident, Tier.ANONYMIZED: anon},
            member_secrets={1: member_secret},
            admin_public=_ed25519_public(admin),
            admin_key=admin,
        )
        slot = _make_slot(steward, name, Role.STEWARD, user_key, rng)
        pslot = _make_password_slot(vault_id, slot, user_key, password, kdf, rng, name)
        signers = {slot.id: (SignerKey(membership._signing_public(user_key, vault_id, slot.id),
                                       1, Role.STEWARD),)}
        header = cls._signed(steward, generation=1, slots=[slot], password_slots={slot.id: pslot},
                             signers=signers)
        return header, steward

    @classmethod
    def _signed(
        cls,
        steward: KeyRing,
        *,
        generation: int,
        slots: list[Slot],
        password_slots: Mapping[bytes, PasswordSlot],
        signers: Signers,
    ) -> VaultHeader:
        """Assemble and sign a body with the steward's admin key (§4.1, §4.2, §4.7)."""
        if steward.admin_key is None:
            raise AccessDeniedError(f"user {steward.user} ({steward.role.value}) is not a steward")
        slots = sorted(slots, key=lambda s: s.id)
        body = {
            "vault_id": steward.vault_id.hex(),
            "generation": generation,
            "key_epoch": steward.key_epoch,
            "admin_public": steward.admin_public.hex(),
            "tiers": {t.json_name: pk.hex() for t, pk in steward.tier_public.items()},
            "slots": [s.to_json() for s in slots],
            "signers": {sid.hex(): [k.to_json() for k in keys]
                        for sid, keys in sorted(signers.items())},
        }
        body_bytes = cjson(body)
        signature = steward.admin_key.sign(_signed_prefix(HEADER_VERSION, body_bytes))
        return cls(
            signers=dict(signers),
            version=HEADER_VERSION,
            vault_id=steward.vault_id,
            generation=generation,
            key_epoch=steward.key_epoch,
            admin_public=steward.admin_public,
            tier_public=dict(steward.tier_public),
            slots=tuple(slots),
            password_slots={s.id: password_slots[s.id] for s in slots},
            body_bytes=body_bytes,
            signature=signature,
        )

    def to_bytes(self) -> bytes:
        """The exact file bytes (§4.1)."""
        slots_bytes = cjson({sid.hex(): ps.to_json() for sid, ps in self.password_slots.items()})
        out = (
            _signed_prefix(self.version, self.body_bytes)
            + self.signature
            + struct.pack(">I", len(slots_bytes))
            + slots_bytes
        )
        return out + hashlib.sha256(out).digest()

    def digest(self) -> bytes:
        """SHA-256 of ``to_bytes()``: the storage layer records it with ``generation`` to
        detect a replayed header (§4.3, §16 N3)."""
        return hashlib.sha256(self.to_bytes()).digest()

    @classmethod
    def from_bytes(cls, data: bytes) -> VaultHeader:
        """Parse and authenticate (§4.1 reading order). Raises TamperedError,
        UnsupportedFormatVersionError. Does not need a password."""
        if len(data) > MAX_HEADER_SIZE:
            raise TamperedError(f"{_WHAT}: too large to be a vault header")
        if not data.startswith(MAGIC):
            raise TamperedError(f"{_WHAT}: not an anonkit vault header (wrong magic bytes)")
        pos = len(MAGIC)
        if len(data) < pos + VERSION_SIZE:
            raise TamperedError(f"{_WHAT}: truncated")
        (version,) = struct.unpack_from(">H", data, pos)
        if version > MAX_SUPPORTED_VERSION:
            raise UnsupportedFormatVersionError(
                f"vault format version {version} is newer than this anonkit supports "
                f"(max {MAX_SUPPORTED_VERSION}); upgrade anonkit"
            )
        if version < MIN_SUPPORTED_VERSION:
            raise TamperedError(f"{_WHAT}: invalid format version {version}")
        if len(data) < HEADER_FIXED_SIZE:
            raise TamperedError(f"{_WHAT}: truncated")
        content, checksum = data[:-CHECKSUM_SIZE], data[-CHECKSUM_SIZE:]
        if hashlib.sha256(content).digest() != checksum:
            raise TamperedError(f"{_WHAT}: checksum mismatch (damaged, truncated or modified)")
        pos += VERSION_SIZE
        (body_len,) = struct.unpack_from(">I", content, pos)
        pos += LEN_SIZE
        if pos + body_len + SIGNATURE_SIZE + LEN_SIZE > len(content):
            raise TamperedError(f"{_WHAT}: lengths do not match (damaged)")
        body_bytes = content[pos:pos + body_len]
        pos += body_len
        signature = content[pos:pos + SIGNATURE_SIZE]
        pos += SIGNATURE_SIZE
        (slots_len,) = struct.unpack_from(">I", content, pos)
        pos += LEN_SIZE
        if pos + slots_len != len(content):
            raise TamperedError(f"{_WHAT}: lengths do not match (damaged or extra data)")
        slots_bytes = content[pos:]

        body = parse_cjson(body_bytes, _WHAT)
        fields = _BODY_FIELDS | {"signers"} if version >= HEADER_VERSION else _BODY_FIELDS
        if not isinstance(body, dict) or set(body) != fields:
            raise TamperedError(f"{_WHAT}: body is malformed")
        admin_public = _hex(body["admin_public"], PUBLIC_KEY_SIZE, "admin public key")
        try:
            Ed25519PublicKey.from_public_bytes(admin_public).verify(
                signature, _signed_prefix(version, body_bytes))
        except (InvalidSignature, ValueError):
            raise TamperedError(
                f"{_WHAT}: signature does not verify (modified or damaged); nothing was used"
            ) from None
        tiers = body["tiers"]
        if not isinstance(tiers, dict) or set(tiers) != {t.json_name for t in Tier}:
            raise TamperedError(f"{_WHAT}: tier keys are malformed")
        if not isinstance(body["slots"], list) or not body["slots"]:
            raise TamperedError(f"{_WHAT}: has no user slots")
        slots = tuple(Slot.from_json(s) for s in body["slots"])
        ids = [s.id for s in slots]
        if ids != sorted(set(ids)):
            raise TamperedError(f"{_WHAT}: user slots are out of order or duplicated")
        pslots_json = parse_cjson(slots_bytes, _WHAT)
        if not isinstance(pslots_json, dict) or set(pslots_json) != {i.hex() for i in ids}:
            raise TamperedError(f"{_WHAT}: password slots do not match the user slots")
        return cls(
            version=version,
            vault_id=_hex(body["vault_id"], VAULT_ID_SIZE, "vault id"),
            generation=_int(body["generation"], "generation"),
            key_epoch=_int(body["key_epoch"], "key epoch"),
            admin_public=admin_public,
            tier_public={Tier.parse(k): _hex(v, PUBLIC_KEY_SIZE, "tier public key")
                         for k, v in tiers.items()},
            slots=slots,
            password_slots={bytes.fromhex(k): PasswordSlot.from_json(v)
                            for k, v in pslots_json.items()},
            body_bytes=body_bytes,
            signature=signature,
            signers=_parse_signers(body.get("signers", {})),
        )

    # -- queries --

    def _slot(self, name: str) -> Slot:
        sid = slot_id(self.vault_id, name)
        for slot in self.slots:
            if slot.id == sid:
                return slot
        raise UnknownUserError(f"no user {name!r} in this vault; a steward can add one with "
                               "`anonkit user add`")

    def has_user(self, name: str) -> bool:
        try:
            self._slot(name)
        except UnknownUserError:
            return False
        return True

    def role_of(self, name: str) -> Role:
        """A member's role (needs only the name: roles are public, §16 N2)."""
        return self._slot(name).role

    def roles(self) -> list[Role]:
        """Roles of all slots, without names (no key needed)."""
        return [s.role for s in self.slots]

    def users(self, keyring: KeyRing) -> list[tuple[str, Role]]:
        """(name, role) of every member, sorted by name. Needs a member's keyring: names are
        sealed with the roster key (§4.2). (Changed from the brief's ``users()``: plaintext
        names would leak the team to anyone holding the header.)"""
        self._check_keyring(keyring)
        roster = keyring.subkey("roster")
        out = []
        for slot in self.slots:
            raw = unbox(roster, slot.name, _name_aad(slot.id))
            if raw is None:
                raise TamperedError(f"{_WHAT}: a sealed user name does not open (modified)")
            out.append((raw.decode("utf-8"), slot.role))
        return sorted(out)

    def _check_keyring(self, keyring: KeyRing) -> None:
        if keyring.vault_id != self.vault_id or keyring.key_epoch != self.key_epoch:
            raise VaultError("this keyring belongs to another vault or an older key epoch; "
                             "unlock the vault again")

    # -- unlock --

    def unlock(self, name: str, password: str | bytes, *, allow_weak_kdf: bool = False) -> KeyRing:
        """Password → KeyRing (§4.4). Read-only: nothing is written, whatever happens.

        Raises UnknownUserError, WrongPasswordError, WeakKdfParametersError, TamperedError.
        """
        name = normalize_name(name)
        slot = self._slot(name)
        pslot = self.password_slots[slot.id]
        pslot.kdf.validate(allow_weak=allow_weak_kdf)
        kek = pslot.kdf.derive(password)
        aad = _user_key_aad(self.vault_id, slot.id, slot.user_public, pslot.kdf)
        wrong = WrongPasswordError(f"wrong password for user {name}: nothing was changed")
        if pslot.password_public is None:  # legacy version-1 slot
            raw = unbox(kek, pslot.wrapped_user_key, aad)
            if raw is None:
                raise wrong
        else:
            pw_key = _password_key(kek, self.vault_id, slot.id)
            if x25519_public_bytes(pw_key) != pslot.password_public:
                raise wrong
            raw = open_sealed(pw_key, pslot.wrapped_user_key, aad + pslot.password_public)
            if raw is None:
                raise TamperedError(f"{_WHAT}: the password slot of user {name} was modified")
        user_key = x25519_from_seed(raw)
        if x25519_public_bytes(user_key) != slot.user_public:
            raise TamperedError(f"{_WHAT}: the password slot of user {name} was replaced")
        if pslot.password_public is not None and not _hmac.compare_digest(
            pslot.binding or b"",
            _binding(user_key, self.vault_id, slot.id, pslot.password_public, pslot.kdf),
        ):
            raise TamperedError(f"{_WHAT}: the password slot of user {name} was modified")
        bundle_raw = unbox(bundle_key(user_key, self.vault_id, slot.id), slot.bundle,
                           _bundle_ctx(self.vault_id, slot.id))
        if bundle_raw is None:
            raise TamperedError(f"{_WHAT}: the key bundle of user {name} does not open (modified)")
        bundle = parse_cjson(bundle_raw, f"{_WHAT} key bundle")
        return _keyring_from_bundle(bundle, name, slot, user_key, self)

    # -- changes (§4.6, §9): the code is in ``membership``; these methods keep the API --

    def add_user(self, keyring: KeyRing, name: str, role: Role | str, password: str | bytes,
                 kdf: KdfParams | None = None, *, rng: Rng = os.urandom) -> VaultHeader:
        """A new member; steward only (``membership.add_user``)."""
        return membership.add_user(self, keyring, name, role, password, kdf, rng=rng)

    def remove_user(self, keyring: KeyRing, name: str) -> VaultHeader:
        """Drop a member; steward only (``membership.remove_user``)."""
        return membership.remove_user(self, keyring, name)

    def change_password(self, keyring: KeyRing, name: str, new_password: str | bytes,
                        kdf: KdfParams | None = None, *, rng: Rng = os.urandom) -> VaultHeader:
        """New password slot for ``name`` (``membership.change_password``)."""
        return membership.change_password(self, keyring, name, new_password, kdf, rng=rng)

    def rotate(
        self, keyring: KeyRing, *, rng: Rng = os.urandom
    ) -> tuple[VaultHeader, KeyRing, Callable[[bytes], bytes]]:
        """New keys for everyone (§9); steward only (``membership.rotate``)."""
        return membership.rotate(self, keyring, rng=rng)

    def _name(self, roster: bytes, slot: Slot) -> str:
        raw = unbox(roster, slot.name, _name_aad(slot.id))
        if raw is None:
            raise TamperedError(f"{_WHAT}: a sealed user name does not open (modified)")
        return raw.decode("utf-8")

    def author_keys(self, keyring: KeyRing) -> dict[bytes, tuple[str, Role, X25519PrivateKey]]:
        """Steward only: KEY_ID(user_public) → (name, role, user_sk) of every member, from the
        escrows. ``verify`` uses it to prove that each author stanza opens to the object's
        DEK (§7.2, §12)."""
        self._require_admin(keyring, "check author stanzas")
        roster = keyring.subkey("roster")
        return {key_id(s.user_public): (self._name(roster, s), s.role,
                                        self._escrowed_key(keyring, s))
                for s in self.slots}

    def author_roles(self) -> dict[bytes, Role]:
        """KEY_ID(user_public) → role of every member (public, §16 N2): what any member can
        check about an author stanza without keys."""
        return {key_id(s.user_public): s.role for s in self.slots}

    def _require_admin(self, keyring: KeyRing, action: str) -> None:
        self._check_keyring(keyring)
        if not keyring.is_admin:
            raise AccessDeniedError(
                f"user {keyring.user} ({keyring.role.value}) may not {action}: steward only"
            )

    def with_signing_keys(self, keyring: KeyRing) -> VaultHeader | None:
        """The header re-signed with every member's signing key listed (§4.7, the upgrade
        of a version-2 vault); None when nothing is missing. Steward only (escrows)."""
        self._require_admin(keyring, "list signing keys")
        signers = membership._signers_after(self, keyring, list(self.slots), {}, self.key_epoch)
        if signers == dict(self.signers) and self.version >= HEADER_VERSION:
            return None
        return VaultHeader._signed(keyring, generation=self.generation + 1,
                                   slots=list(self.slots), password_slots=self.password_slots,
                                   signers=signers)

    def signer_key(self, sid: bytes, epoch: int) -> SignerKey | None:
        """The signing public key slot ``sid`` used in key epoch ``epoch`` (§4.7)."""
        return key_for(self.signers, sid, epoch)

    def _escrowed_key(self, keyring: KeyRing, slot: Slot) -> X25519PrivateKey:
        raw = open_sealed(keyring.tier_private[Tier.IDENTIFIABLE], slot.escrow,
                          _escrow_ctx(self.vault_id, slot.id))
        if raw is None:
            raise TamperedError(f"{_WHAT}: a key escrow does not open (modified)")
        user_key = x25519_from_seed(raw)
        if x25519_public_bytes(user_key) != slot.user_public:
            raise TamperedError(f"{_WHAT}: a key escrow does not match its slot (modified)")
        return user_key


def _parse_signers(obj: Any) -> dict[bytes, tuple[SignerKey, ...]]:
    if not isinstance(obj, dict):
        raise TamperedError(f"{_WHAT}: signing keys are malformed")
    out = {}
    for sid, keys in obj.items():
        if not isinstance(keys, list) or not keys:
            raise TamperedError(f"{_WHAT}: signing keys are malformed")
        parsed = []
        for k in keys:
            if not isinstance(k, dict) or set(k) != _SIGNER_FIELDS:
                raise TamperedError(f"{_WHAT}: a signing key is malformed")
            try:
                role = Role(k["role"])
            except ValueError:
                raise TamperedError(f"{_WHAT}: a signing key has an unknown role") from None
            parsed.append(SignerKey(_hex(k["public"], PUBLIC_KEY_SIZE, "signing key"),
                                    _int(k["from_epoch"], "signing key epoch"), role))
        if [k.from_epoch for k in parsed] != sorted(k.from_epoch for k in parsed):
            raise TamperedError(f"{_WHAT}: signing keys are out of order")
        out[_hex(sid, SLOT_ID_SIZE, "signer slot id")] = tuple(parsed)
    return out


def _signed_prefix(version: int, body_bytes: bytes) -> bytes:
    """MAGIC ‖ VERSION ‖ BODY_LEN ‖ BODY: the bytes the admin key signs (§4.1)."""
    return MAGIC + struct.pack(">HI", version, len(body_bytes)) + body_bytes
