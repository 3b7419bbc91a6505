"""Shared identifiable objects: sealed to the tier key *and* to named members' user keys.

Why (issue 9, roles): interviewers must use the project's pseudonym key and dictionary
(identifiable: they hold real names) without holding the identifiable tier key, which would
open every other interviewer's audio and raw transcripts. The key-file format already has
what is needed — kind 0x02 (user) stanzas, up to ``MAX_STANZAS`` per key file (spec §7.2);
until now only the writer itself was ever added as a user recipient. This module adds the
one missing call: write an object whose DEK is sealed to extra members' public keys. Reading
needs no change (``open_dek`` opens any stanza matching a key the reader holds); rotation
keeps user stanzas of current members (``rewrap_keyfile``); a removed member's stanza is
dropped at the next rotation, and their copy of old key files is covered by spec §9.

Kept apart from ``vault.py`` (the facade) so the change is small and isolated; it uses the
facade's own write path pieces in the same order as ``Vault.open_writer`` (spec §12).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Sequence
from typing import TYPE_CHECKING

from anonkit.vault import envelope
from anonkit.vault.catalog import ObjectInfo, utc_now
from anonkit.vault.errors import VaultError
from anonkit.vault.keys import Recipient, Role, Tier
from anonkit.vault.lock import vault_lock
from anonkit.vault.storage import TempFile, atomic_write_bytes, new_id, remove_file

if TYPE_CHECKING:
    from anonkit.vault.vault import Vault


def member_publics(vault: Vault, role: Role | str) -> list[bytes]:
    """User public keys of every member with ``role`` (public header data, no names)."""
    r = Role(role)
    return [slot.user_public for slot in vault.header.slots if slot.role is r]


def put_bytes_shared(
    vault: Vault,
    tier: str | Tier,
    kind: str,
    data: bytes,
    readers: Sequence[bytes],
    recording_id: str | None = None,
) -> str:
    """``Vault.put_bytes`` whose DEK is also sealed to each public key in ``readers``.

    At most ``MAX_STANZAS`` recipients in all (tier key, the writer when it cannot read the
    tier, the readers): callers split larger reader lists over several objects.
    """
    t = Tier.parse(tier)
    if recording_id is not None:
        vault.recording(recording_id)
    with vault_lock(vault.root, exclusive=False, timeout=vault.lock_timeout,
                    what="store an object"):
        vault._reload_header()
        recipients = list(vault.keyring.recipients(t))
        have = {r.public_key for r in recipients}
        for pk in readers:
            if pk not in have:
                recipients.append(Recipient(Recipient.KIND_USER, pk))
                have.add(pk)
        if len(recipients) > envelope.MAX_STANZAS:
            raise VaultError(f"an object can be shared with at most {envelope.MAX_STANZAS} "
                             "keys; split the readers over several objects")
        object_id = new_id()
        header = envelope.ObjectHeader(bytes.fromhex(object_id), t)
        dek = envelope.new_dek()
        keyfile = envelope.seal_dek(dek, header, vault.keyring, recipients)
        body = TempFile(vault.layout.tmp, body_checksum=True)
        key_committed = False
        try:
            enc = envelope.encrypt_object(dek, header, body)  # type: ignore[arg-type]
            enc.write(data)
            enc.close()
            key_sha = atomic_write_bytes(vault.layout.tmp, vault.layout.key_path(object_id),
                                         keyfile)
            key_committed = True
            body.commit(vault.layout.object_path(object_id))
            vault.catalog.add_object(ObjectInfo(
                id=object_id, tier=t.json_name, kind=kind, recording_id=recording_id,
                plaintext_size=len(data), ciphertext_size=body.size,
                ciphertext_blake3=body.hexdigest, key_sha256=key_sha,
                header_generation=vault.header.generation, created_at=utc_now(),
            ))
        except BaseException:
            body.discard()
            if key_committed:
                remove_file(vault.layout.key_path(object_id))
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(vault.layout.object_path(object_id))
            raise
    return object_id
