"""Signed key files: who wrote an object (spec: docs/vault-format.md §7.3, §16 G15).

Why: every member holds the object-MAC key, so the MAC of a key file (§7.2) says "a member
wrote this", never *which* member. A version-2 key file therefore also carries an Ed25519
signature by its writer's own signing key (§4.7), over everything that identifies the
object and its keys: object id, tier, key epoch, every stanza, and the ``author`` and
``signer`` fields. Appending, removing or swapping a stanza, moving the signature to another
key file, or changing who the file names as its author breaks the signature; only the member
it names can make one.

Two fields, because a key file is rewritten by others than its author: rotation (§9)
re-seals every DEK, which changes the stanzas, so the author's signature cannot survive it.
The steward who rotates checks the author's signature first and then signs the new file
themselves with ``author`` kept: ``signer`` = the steward, ``author`` = who wrote the object
(or ``NO_AUTHOR`` when that was not proven: an older unsigned key file, or one whose
signature failed). So an object names its author either by the author's own signature or by
a steward's signature vouching for one it checked.

This module has no file access and no knowledge of the key-file byte layout beyond "the
bytes before the signature" (``envelope`` parses and builds); it decides what a signature
proves.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from anonkit.vault.errors import TamperedError
from anonkit.vault.keys import Role, Tier, label
from anonkit.vault.signing import SignerKey, verifies

if TYPE_CHECKING:
    from anonkit.vault.envelope import KeyFile

KEYFILE_SIGNATURE_LABEL = label("keyfile-signature")
SLOT_ID_SIZE = 16
SIGNATURE_SIZE = 64
#: ``author`` of a key file re-signed by a steward whose author was not proven (§7.3).
NO_AUTHOR = bytes(SLOT_ID_SIZE)

#: (slot id, key epoch) → the signing key the header lists for that slot then (§4.7).
SignerLookup = Callable[[bytes, int], SignerKey | None]


@dataclass(frozen=True)
class KeyfileSigner:
    """Who signs a key file being written: the writer's slot id and signing key (§4.7)."""

    sid: bytes
    key: Ed25519PrivateKey


@dataclass(frozen=True)
class Attribution:
    """Who a key file says wrote its object, as far as it is proven (§7.3).

    ``signed`` False: an older (version-1) key file, which proves only that a member wrote
    it. Otherwise the signature verified: ``signer`` made this file; ``author`` (None when
    not known) wrote the object, by their own signature (``author == signer``) or as checked
    by the steward who re-wrapped it at a rotation."""

    signed: bool
    author: bytes | None = None
    signer: bytes | None = None
    author_role: Role | None = None
    signer_role: Role | None = None
    #: the key epoch the author signed in (their key then, §4.7); None when not known
    author_epoch: int | None = None
    #: re-signed by a steward at a rotation (§9), not the author's own signature
    rewrapped: bool = False


def signed_message(vault_id: bytes, signed_part: bytes) -> bytes:
    """What SIG signs: LABEL("keyfile-signature") ‖ vault_id ‖ KF_BODY (§7.3), KF_BODY being
    the key file from its magic up to and including the ``signer`` field."""
    return KEYFILE_SIGNATURE_LABEL + vault_id + signed_part


def sign(signer: KeyfileSigner, vault_id: bytes, signed_part: bytes) -> bytes:
    return signer.key.sign(signed_message(vault_id, signed_part))


def attribute(kf: KeyFile, vault_id: bytes, signer_key: SignerLookup,
              what: str = "key file") -> Attribution:
    """Check a parsed key file's signature and what it claims (§7.3). Raises TamperedError
    (the words "tampering" and what failed) for a signature that does not verify, a signer
    the header does not list for the key file's epoch, an author whose role may not write
    the tier, or a re-signature by anyone but a steward. The MAC must have been checked
    already (``envelope.verify_keyfile``): this is the second, per-member proof."""
    if kf.version < 2:
        return Attribution(signed=False)
    assert kf.author is not None and kf.signer is not None and kf.signature is not None
    tier: Tier = kf.header.tier
    key = signer_key(kf.signer, kf.key_epoch)
    if key is None:
        raise TamperedError(
            f"{what}: signed by a member the vault header does not list for key epoch "
            f"{kf.key_epoch} (slot {kf.signer.hex()[:8]}): tampering or forged")
    if not verifies(key.public, kf.signature, signed_message(vault_id, kf.signed_part)):
        raise TamperedError(
            f"{what}: its signature does not verify (tampering: modified, stanzas added or "
            "swapped, or not written by the member it names)")
    if kf.author == kf.signer and kf.author_epoch == kf.key_epoch:  # the author's own
        if tier not in key.role.writable_tiers:
            raise TamperedError(
                f"{what}: signed by a member whose role ({key.role.value}) may not write "
                f"{tier.json_name} data (tampering)")
        return Attribution(True, kf.author, kf.signer, key.role, key.role, kf.key_epoch)
    # Re-signed (a rotation, §9): another author, or the signer's own object of an earlier
    # key epoch. Only a steward does that.
    if key.role is not Role.STEWARD:
        raise TamperedError(
            f"{what}: names another author or an earlier author epoch but was signed by a "
            f"{key.role.value}; only a steward re-signs key files (rotation): tampering")
    if kf.author == NO_AUTHOR:
        if kf.author_epoch != 0:
            raise TamperedError(f"{what}: an unknown author with an epoch (tampering)")
        return Attribution(True, None, kf.signer, None, key.role, rewrapped=True)
    assert kf.author_epoch is not None
    author_key = (signer_key(kf.author, kf.author_epoch)
                  if 1 <= kf.author_epoch <= kf.key_epoch else None)
    if author_key is None:
        raise TamperedError(f"{what}: names an author the vault header does not list "
                            "(tampering)")
    if tier not in author_key.role.writable_tiers:
        raise TamperedError(
            f"{what}: names an author whose role ({author_key.role.value}) may not write "
            f"{tier.json_name} data (tampering)")
    return Attribution(True, kf.author, kf.signer, author_key.role, key.role, kf.author_epoch,
                       rewrapped=True)


__all__ = [
    "KEYFILE_SIGNATURE_LABEL", "NO_AUTHOR", "Attribution", "KeyfileSigner", "SignerLookup",
    "attribute", "sign", "signed_message",
]
