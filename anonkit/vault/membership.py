"""Membership changes to a vault header: add, remove, change password, rotate (spec:
docs/vault-format.md §4.6, §9).

Why a module of its own: these are the operations that *write* a new header, the steward's
membership changes and a user's own password change, and they are most of what
``VaultHeader`` did. ``header`` keeps the file layout, parsing, the admin signature
(``VaultHeader._signed``), unlock and the read-only queries; ``slots`` keeps what belongs to
one member. Each function here takes a ``VaultHeader`` and returns a new one (nothing touches
the disk), and ``VaultHeader`` keeps thin methods of the same names that call them, so callers
see the same API. The functions use the header's private queries (``_slot``,
``_check_keyring``, ``_require_admin``, ``_escrowed_key``, ``_name``) and sign through
``header._signed``.

No import cycle: ``header`` imports this module; this module imports ``VaultHeader`` only
for type checking. ``with_signing_keys`` (the §4.7 re-sign, which depends on the header
version) stays in ``header`` and calls ``_signers_after`` from here.
"""

from __future__ import annotations

import functools
import hmac as _hmac
import os
from collections.abc import Callable, Mapping
from dataclasses import replace
from typing import TYPE_CHECKING

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from anonkit.vault.errors import (
    AccessDeniedError,
    TamperedError,
    UserExistsError,
    VaultError,
)
from anonkit.vault.kdf import KdfParams
from anonkit.vault.keyfile_signing import KeyfileSigner
from anonkit.vault.keys import (
    KeyRing,
    Rng,
    Role,
    Tier,
    key_id,
    new_ed25519,
    new_x25519,
    x25519_public_bytes,
)
from anonkit.vault.passwords import check_not_confusable
from anonkit.vault.rewrap import AuthorRekey, rewrap_keyfile
from anonkit.vault.signing import SignerKey, derive_signing_key, key_for, public_bytes
from anonkit.vault.slots import (
    _WHAT,
    MEMBER_SECRET_SIZE,
    PasswordSlot,
    Slot,
    _binding,
    _ed25519_public,
    _make_password_slot,
    _make_slot,
    _seal_password_slot,
    normalize_name,
    slot_id,
)

if TYPE_CHECKING:
    from anonkit.vault.header import VaultHeader


def add_user(
    header: VaultHeader,
    keyring: KeyRing,
    name: str,
    role: Role | str,
    password: str | bytes,
    kdf: KdfParams | None = None,
    *,
    rng: Rng = os.urandom,
) -> VaultHeader:
    """A new member with a fresh user key pair; signed by the steward; generation + 1."""
    header._require_admin(keyring, "add users")
    name = normalize_name(name)
    if header.has_user(name):
        raise UserExistsError(f"user {name!r} already exists in this vault")
    check_not_confusable(name, [n for n, _ in header.users(keyring)])
    _check_not_removed_this_epoch(header, name)
    role = Role(role)
    user_key = new_x25519(rng)
    slot = _make_slot(keyring, name, role, user_key, rng)
    pslot = _make_password_slot(header.vault_id, slot, user_key, password, kdf, rng, name)
    return header._signed(
        keyring,
        generation=header.generation + 1,
        slots=[*header.slots, slot],
        password_slots={**header.password_slots, slot.id: pslot},
        signers=_signers_after(header, keyring, [*header.slots, slot], {slot.id: user_key},
                               header.key_epoch),
    )


def _check_not_removed_this_epoch(header: VaultHeader, name: str) -> None:
    """A name is its slot id (§4.2), and the header finds a signing key by slot id and key
    epoch (§4.7). A former member whose key is listed for the current epoch may have
    signed entries and key files in it; re-adding the name now would list a second key
    for the same slot and epoch, and those signatures would be checked against the new
    key and reported as forged. So the name must wait for the next rotation (which a
    removal calls for anyway, §9)."""
    sid = slot_id(header.vault_id, name)
    listed = header.signers.get(sid, ())
    if listed and listed[-1].from_epoch == header.key_epoch:
        raise VaultError(
            f"{name!r} was removed in the current key epoch: rotate keys first (`anonkit "
            f"user rotate-keys`), then add {name!r} again, so that what the former "
            f"{name!r} signed stays verifiable")


def remove_user(header: VaultHeader, keyring: KeyRing, name: str) -> VaultHeader:
    """Drop a member's slot and password slot; signed; generation + 1. Refuses to remove
    the last steward. Rotate afterwards to cut off copies of old headers (§9)."""
    header._require_admin(keyring, "remove users")
    gone = header._slot(name)
    rest = [s for s in header.slots if s.id != gone.id]
    if not any(s.role is Role.STEWARD for s in rest):
        raise VaultError("cannot remove the last steward: add another steward first")
    pslots = {k: v for k, v in header.password_slots.items() if k != gone.id}
    return header._signed(keyring, generation=header.generation + 1, slots=rest,
                          password_slots=pslots,
                          signers=_signers_after(header, keyring, rest, {}, header.key_epoch))


def change_password(
    header: VaultHeader,
    keyring: KeyRing,
    name: str,
    new_password: str | bytes,
    kdf: KdfParams | None = None,
    *,
    rng: Rng = os.urandom,
) -> VaultHeader:
    """New password slot for ``name`` (fresh salt). Own password: any user, with their
    keyring. Someone else's: a steward (reset via the escrow, §4.2). The signed body and
    ``generation`` do not change; ``digest()`` does."""
    header._check_keyring(keyring)
    name = normalize_name(name)
    slot = header._slot(name)
    if slot.id == slot_id(header.vault_id, keyring.user):
        user_key = keyring.user_key
    elif keyring.is_admin:
        user_key = header._escrowed_key(keyring, slot)
    else:
        raise AccessDeniedError(
            f"user {keyring.user} ({keyring.role.value}) may change only their own password"
        )
    pslot = _make_password_slot(header.vault_id, slot, user_key, new_password, kdf, rng, name)
    return replace(header, password_slots={**header.password_slots, slot.id: pslot})


def rotate(
    header: VaultHeader, keyring: KeyRing, *, rng: Rng = os.urandom
) -> tuple[VaultHeader, KeyRing, Callable[[bytes], bytes]]:
    """New tier key pairs, admin key, member secret *and user key pairs* (§9).

    Returns the new header, the steward's new keyring and
    ``rewrap(keyfile_bytes) -> keyfile_bytes`` to apply to every key file; ``rewrap``
    records what it refused to carry over in ``rewrap.problems`` (list of sentences,
    see ``rewrap.rewrap_keyfile``).

    Why user key pairs are replaced: every old escrow (which a removed steward could
    open) gives every member's old user key, and an old user key opens that member's
    bundle. New user keys are sealed to each member's password key (§4.3), which no
    escrow ever held, so passwords do not change and nothing a removed member kept
    opens anything this rotation writes. Raises VaultError while a member still has a
    legacy (version-1) password slot: they must change their password once, or a
    steward resets it, first.
    """
    header._require_admin(keyring, "rotate keys")
    old_roster = keyring.subkey("roster")
    legacy = [s for s in header.slots if header.password_slots[s.id].legacy]
    if legacy:
        names = ", ".join(header._name(old_roster, s) for s in legacy)
        raise VaultError(
            f"cannot rotate keys yet: {names} still use(s) a password slot from vault "
            "format version 1, which a rotation cannot re-key without the password. Each "
            "must change their password once (`anonkit user passwd`), or a steward resets "
            "it (`anonkit user passwd NAME`); then rotate"
        )
    ident, anon = new_x25519(rng), new_x25519(rng)
    admin = new_ed25519(rng)
    new_epoch = keyring.key_epoch + 1
    me = slot_id(header.vault_id, keyring.user)
    new_user_keys = {s.id: new_x25519(rng) for s in header.slots}
    steward = KeyRing(
        vault_id=header.vault_id,
        user=keyring.user,
        role=keyring.role,
        key_epoch=new_epoch,
        user_key=new_user_keys[me],
        tier_public={Tier.IDENTIFIABLE: x25519_public_bytes(ident),
                     Tier.ANONYMIZED: x25519_public_bytes(anon)},
        tier_private={Tier.IDENTIFIABLE: ident, Tier.ANONYMIZED: anon},
        member_secrets={**keyring.member_secrets, new_epoch: rng(MEMBER_SECRET_SIZE)},
        admin_public=_ed25519_public(admin),
        admin_key=admin,
    )
    slots: list[Slot] = []
    pslots: dict[bytes, PasswordSlot] = {}
    authors: dict[bytes, AuthorRekey] = {}
    for slot in header.slots:
        name = header._name(old_roster, slot)
        old_user_key = header._escrowed_key(keyring, slot)
        pslot = header.password_slots[slot.id]
        assert pslot.password_public is not None and pslot.binding is not None
        good = _binding(old_user_key, header.vault_id, slot.id, pslot.password_public,
                        pslot.kdf)
        if not _hmac.compare_digest(good, pslot.binding):
            raise TamperedError(
                f"{_WHAT}: the password slot of user {name} is not bound to their key "
                "(modified); reset their password (`anonkit user passwd NAME`), then rotate"
            )
        new_key = new_user_keys[slot.id]
        new_slot = _make_slot(steward, name, slot.role, new_key, rng)
        slots.append(new_slot)
        pslots[slot.id] = _seal_password_slot(header.vault_id, new_slot, new_key, pslot.kdf,
                                              pslot.password_public, rng)
        authors[key_id(slot.user_public)] = AuthorRekey(
            name, slot.role, old_user_key, new_slot.user_public)
    new_header = header._signed(steward, generation=header.generation + 1, slots=slots,
                                password_slots=pslots,
                                signers=_signers_after(header, keyring, slots, new_user_keys,
                                                       new_epoch))
    problems: list[str] = []
    # Every re-wrapped key file is signed by this steward's new signing key (§7.3, §9);
    # the new header's ``signers`` keep every older key, so it checks the old ones too.
    signer = KeyfileSigner(me, derive_signing_key(new_user_keys[me], header.vault_id, me))
    rewrap = functools.partial(rewrap_keyfile, old=keyring, new=steward,
                               authors=authors, problems=problems, rng=rng,
                               signer_key=new_header.signer_key, signer=signer)
    rewrap.problems = problems  # type: ignore[attr-defined]
    return new_header, steward, rewrap


def _signers_after(header: VaultHeader, keyring: KeyRing, slots: list[Slot],
                   known: Mapping[bytes, X25519PrivateKey], epoch: int) -> dict:
    """``signers`` for the next body (§4.7): every earlier key is kept; a slot whose key
    for ``epoch`` is missing or differs (new user, new user key at rotation, a version-2
    vault being upgraded) gets one. Keys not in ``known`` come from the escrows
    (steward only), so a vault upgrades at the first header change a steward signs."""
    out = dict(header.signers)
    for s in slots:
        cur = key_for(out, s.id, epoch)
        if s.id not in known and cur is not None and cur.role is s.role:
            continue
        user_key = known[s.id] if s.id in known else header._escrowed_key(keyring, s)
        pk = _signing_public(user_key, header.vault_id, s.id)
        if cur is not None and cur.public == pk and cur.role is s.role:
            continue
        out[s.id] = (*out.get(s.id, ()), SignerKey(pk, epoch, s.role))
    return out



def _signing_public(user_key: X25519PrivateKey, vault_id: bytes, sid: bytes) -> bytes:
    return public_bytes(derive_signing_key(user_key, vault_id, sid))
