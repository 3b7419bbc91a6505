"""Re-wrapping key files at a rotation, and what ``verify`` proves about author stanzas
(spec: docs/vault-format.md §7.2, §7.3, §9).

Kept apart from ``envelope`` (which reads and writes the key-file format) because this is
policy: which stanzas and which author a rotation may carry over, and what counts as
tampering. Nothing here touches files.
"""

from __future__ import annotations

import hmac as _hmac
import os
from collections.abc import Mapping
from dataclasses import dataclass

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from anonkit.vault import keyfile_signing
from anonkit.vault.envelope import (
    KEY_VERSION,
    ObjectHeader,
    _dek_context,
    open_dek,
    parse_keyfile,
    seal_dek,
    verify_keyfile,
)
from anonkit.vault.errors import TamperedError
from anonkit.vault.keyfile_signing import NO_AUTHOR, KeyfileSigner, SignerLookup
from anonkit.vault.keys import KeyRing, Recipient, Rng, Role, open_sealed


@dataclass(frozen=True)
class AuthorRekey:
    """A current member as rotation sees them (§9): their role, their old user key (from
    the escrow, to prove an author stanza) and their new user public key (to re-seal it)."""

    name: str
    role: Role
    old_key: X25519PrivateKey
    new_public: bytes


def rewrap_keyfile(
    blob: bytes,
    *,
    old: KeyRing,
    new: KeyRing,
    authors: Mapping[bytes, AuthorRekey],
    signer_key: SignerLookup | None = None,
    signer: KeyfileSigner | None = None,
    problems: list[str] | None = None,
    rng: Rng = os.urandom,
) -> bytes:
    """Rotation (§9): open the DEK with the old steward keyring, seal it to the new tier key,
    MAC'd at the new epoch and signed by the rotating steward (``signer``, §7.3). The body
    is untouched.

    The author is kept only when proven: a version-2 key file whose signature verifies
    (``signer_key``: the new header's signing keys, which include every older one) keeps
    its ``author``; an older unsigned key file gets ``NO_AUTHOR``, and so does one whose
    signature fails, which is also tampering (reported in ``problems``).

    An author stanza is carried over (re-sealed to the author's *new* user key) only when it
    is proven: its KEY_ID is a current member's old user key, that member's role may write
    the tier (§2), and the stanza opens with that key to the same DEK. A stanza of a former
    member is dropped (that is what rotation is for). Anything else (a stanza a member added
    for themselves to a tier they may not write, or one that does not open to this DEK, or
    an unknown stanza kind) is tampering: it is dropped and described in ``problems``.

    Idempotent: a key file already at the new epoch (a rotation resumed after a crash) is
    verified with the new keyring and returned unchanged.
    """
    if parse_keyfile(blob).key_epoch == new.key_epoch:
        verify_keyfile(blob, new, signer_key=signer_key)
        return blob
    kf = verify_keyfile(blob, old)
    what = f"key file of {kf.header.name}"
    author: tuple[bytes, int] = (NO_AUTHOR, 0)
    if kf.version >= KEY_VERSION and signer_key is not None:
        try:
            attr = keyfile_signing.attribute(kf, old.vault_id, signer_key, what)
        except TamperedError as err:
            _problem(problems, f"{err}; re-signed with its author unknown")
        else:
            if attr.author is not None and attr.author_epoch is not None:
                author = (attr.author, attr.author_epoch)
    dek = open_dek(blob, old, kf.header)
    tier = kf.header.tier
    recipients = [Recipient(Recipient.KIND_TIER, new.tier_public[tier])]
    carried: set[bytes] = set()
    for st in kf.stanzas:
        if st.kind == Recipient.KIND_TIER:
            continue
        if st.kind != Recipient.KIND_USER:
            _problem(problems, f"{what}: a stanza of unknown kind {st.kind} (tampering); "
                               "dropped")
            continue
        author_rekey = authors.get(st.key_id)
        if author_rekey is None:
            continue  # a former member's stanza: cut off by this rotation
        if tier not in author_rekey.role.writable_tiers:
            _problem(problems, f"{what}: an author stanza for {author_rekey.name} "
                               f"({author_rekey.role.value}), who may not write "
                               f"{tier.json_name} data (tampering); dropped")
            continue
        opened = open_sealed(author_rekey.old_key, st.sealed, _dek_context(kf.header, st.kind))
        if opened is None or not _hmac.compare_digest(opened, dek):
            _problem(problems, f"{what}: the author stanza for {author_rekey.name} does not "
                               "open to the object's data key (tampering); dropped")
            continue
        if st.key_id not in carried:
            carried.add(st.key_id)
            recipients.append(Recipient(Recipient.KIND_USER, author_rekey.new_public))
    return seal_dek(dek, kf.header, new, recipients, signer=signer, author=author, rng=rng)


def _problem(problems: list[str] | None, text: str) -> None:
    if problems is not None:
        problems.append(text)


def check_author_stanzas(
    blob: bytes,
    dek: bytes | None,
    expected: ObjectHeader,
    roles: Mapping[bytes, Role],
    keys: Mapping[bytes, tuple[str, Role, X25519PrivateKey]] | None = None,
) -> list[str]:
    """What ``verify`` can prove about a key file's author stanzas (§7.2): any member checks
    that a stanza of a current member is for a tier that member's role may write (roles are
    public); a steward (``keys``: the members' user keys from the escrows, and the ``dek``)
    also checks that it opens to the object's data key. Returns problems as sentences."""
    out: list[str] = []
    kf = parse_keyfile(blob)
    what = f"key file of {expected.name}"
    for st in kf.stanzas:
        if st.kind == Recipient.KIND_TIER:
            continue
        if st.kind != Recipient.KIND_USER:
            out.append(f"{what}: a stanza of unknown kind {st.kind} (tampering)")
            continue
        role = roles.get(st.key_id)
        if role is None:
            continue  # a former member's stanza (dropped at the next rotation)
        if expected.tier not in role.writable_tiers:
            out.append(f"{what}: an author stanza for a member whose role ({role.value}) may "
                       f"not write {expected.tier.json_name} data (tampering)")
            continue
        if keys is not None and dek is not None and st.key_id in keys:
            name, _role, sk = keys[st.key_id]
            opened = open_sealed(sk, st.sealed, _dek_context(expected, st.kind))
            if opened is None or not _hmac.compare_digest(opened, dek):
                out.append(f"{what}: the author stanza for {name} does not open to the "
                           "object's data key (tampering)")
    return out


__all__ = ["AuthorRekey", "check_author_stanzas", "rewrap_keyfile"]
