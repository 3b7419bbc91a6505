"""Key rotation: re-wrap every key file, commit the header, finish or roll back an
interrupted rotation (spec §9, §12).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from anonkit.vault.errors import (
    TamperedError,
)
from anonkit.vault.lock import vault_lock
from anonkit.vault.meta import (
    META_ROTATION,
)
from anonkit.vault.storage import (
    Layout,
    atomic_write_bytes,
    file_sha256,
    fsync_dir,
    read_bytes,
)

if TYPE_CHECKING:
    pass


class RotationMixin:
    """Key rotation of the ``Vault`` facade (spec §9, §12 "Rotation")."""

    def rotate_keys(self) -> int:
        """New tier keys, admin key, member secret and user key pairs (passwords stay); every
        key file re-wrapped (bodies untouched). Returns the number of key files re-wrapped.

        Author stanzas are carried over only when proven (§9); what was refused as tampering
        is listed in ``self.rotation_problems`` afterwards and in the ``keys_rotated`` audit
        entry (``tampered_key_files``).

        Crash safety (spec §12): new key files are first written next to the old ones as
        ``<id>.g<generation>``; then the header is committed; then each is renamed over its
        old file. ``open`` finishes an interrupted rotation (header committed) or discards
        it (header not committed).
        """
        with self._header_change("rotate keys"):
            new, new_keyring, rewrap = self.header.rotate(self.keyring)
            gen = new.generation
            objects = self.list()
            with self.catalog.transaction() as db:
                self.catalog.set_meta(META_ROTATION, str(gen), db)
            problems: list[str] = rewrap.problems  # type: ignore[attr-defined]
            tampered: list[str] = []
            for info in objects:
                try:
                    old_kf = read_bytes(self.layout.key_path(info.id))
                except FileNotFoundError:
                    raise TamperedError(
                        f"object {info.id}: its key file is missing, so keys cannot be rotated; "
                        "run `anonkit verify` and restore or delete the object first"
                    ) from None
                before = len(problems)
                atomic_write_bytes(self.layout.tmp, _pending_key(self.layout, info.id, gen),
                                   rewrap(old_kf))
                if len(problems) > before:
                    tampered.append(info.id)
            self._commit_header(new)
            self.keyring = new_keyring
            self.audit_log.epoch = new_keyring.key_epoch
            n = self._finish_rotation(gen)
        self.rotation_problems = list(problems)
        self.audit_append("keys_rotated", key_epoch=new_keyring.key_epoch, objects=n,
                          generation=gen, tampered_key_files=tampered)
        return n

    def _finish_rotation(self, gen: int) -> int:
        """Rename every pending ``<id>.g<gen>`` over its key file, then record the key files'
        hashes. The hashes are recomputed for *all* objects: a kill after some renames but
        before the catalog commit leaves renamed files whose new hash is not yet recorded."""
        n = 0
        for info in self.catalog.list_objects():
            pending = _pending_key(self.layout, info.id, gen)
            if pending.exists():
                os.replace(pending, self.layout.key_path(info.id))
                n += 1
        with self.catalog.transaction() as db:
            for info in self.catalog.list_objects():
                final = self.layout.key_path(info.id)
                if final.exists():
                    sha = file_sha256(final)
                    if sha != info.key_sha256:
                        self.catalog.set_key_sha256(info.id, sha, gen, db)
            db.execute("DELETE FROM meta WHERE key = ?", (META_ROTATION,))
        for d in {self.layout.key_path(i.id).parent for i in self.catalog.list_objects()}:
            fsync_dir(d)
        return n

    def _recover_rotation(self) -> None:
        pending = self.catalog.get_meta(META_ROTATION)
        if pending is None:
            return
        with vault_lock(self.root, exclusive=True, timeout=self.lock_timeout,
                        what="finish an interrupted key rotation"):
            pending = self.catalog.get_meta(META_ROTATION)
            if pending is None:
                return
            gen = int(pending)
            if self.header.generation >= gen:
                self._finish_rotation(gen)
            else:  # the header was never committed: the rotation did not happen
                for _, path in self.layout.iter_key_files():
                    if path.name.endswith(f".g{gen}"):
                        path.unlink()
                with self.catalog.transaction() as db:
                    db.execute("DELETE FROM meta WHERE key = ?", (META_ROTATION,))


def _pending_key(layout: Layout, object_id: str, gen: int) -> Path:
    final = layout.key_path(object_id)
    return final.with_name(f"{final.name}.g{gen}")
