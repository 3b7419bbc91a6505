"""Recordings: catalog bookkeeping, encrypted metadata, purge (spec §10, §13)."""

from __future__ import annotations

import contextlib
import json
from typing import TYPE_CHECKING, Any

from anonkit.vault.catalog import RecordingInfo, utc_now
from anonkit.vault.errors import (
    ObjectNotFoundError,
    VaultError,
)
from anonkit.vault.keys import Tier
from anonkit.vault.lock import vault_lock
from anonkit.vault.meta import (
    METADATA_KIND,
)
from anonkit.vault.objects import _check_kind
from anonkit.vault.storage import (
    check_id,
    new_id,
    remove_file,
)

if TYPE_CHECKING:
    pass


class RecordingsMixin:
    """Recordings of the ``Vault`` facade: rows, metadata objects, retention purge (§13)."""

    def new_recording(self, stage: str = "new") -> str:
        """A new random recording id with a catalog row (no personal data)."""
        self._require_writable("add a recording")
        _check_kind(stage, "stage")
        rid = new_id()
        self.catalog.add_recording(rid, stage)
        return rid

    def recording(self, recording_id: str) -> RecordingInfo:
        check_id(recording_id, "recording id")
        rec = self.catalog.get_recording(recording_id)
        if rec is None:
            raise VaultError(f"no recording {recording_id} in this vault")
        return rec

    def recordings(self) -> list[RecordingInfo]:
        return self.catalog.list_recordings()

    def update_recording(
        self,
        recording_id: str,
        *,
        stage: str | None = None,
        approved: bool | None = None,
        error_code: Any = ...,
    ) -> None:
        """Pipeline bookkeeping; ``error_code`` is an identifier (``asr_failed``), never text."""
        fields: dict[str, object] = {}
        if stage is not None:
            fields["stage"] = _check_kind(stage, "stage")
        if approved is not None:
            fields["approved"] = approved
        if error_code is not ...:
            fields["error_code"] = None if error_code is None else _check_kind(
                str(error_code), "error code")
        if fields:
            self._require_writable("update a recording")
            self.recording(recording_id)
            self.catalog.update_recording(recording_id, **fields)

    def put_metadata(self, recording_id: str, metadata: dict[str, Any]) -> str:
        """Store a recording's possibly personal metadata (participant code, original file
        name, retention date, interviewer, language) encrypted in the identifiable tier,
        replacing the previous version."""
        old = self.recording(recording_id).metadata_object
        data = json.dumps(metadata, sort_keys=True, ensure_ascii=False).encode("utf-8")
        oid = self.put_bytes(Tier.IDENTIFIABLE, METADATA_KIND, data, recording_id)
        self.catalog.update_recording(recording_id, metadata_object=oid)
        if old is not None:
            with contextlib.suppress(ObjectNotFoundError):
                info = self.info(old)
                self.catalog.delete_object(old)
                remove_file(self.layout.key_path(old))
                remove_file(self.layout.object_path(old))
                del info
        return oid

    def get_metadata(self, recording_id: str) -> dict[str, Any]:
        """The recording's metadata ({} if none). Needs identifiable-tier access (or
        authorship)."""
        oid = self.recording(recording_id).metadata_object
        if oid is None:
            return {}
        return json.loads(self.get_bytes(oid).decode("utf-8"))

    def purge(self, recording_id: str) -> int:
        """Retention: crypto-shred every identifiable-tier object of a recording (audio, raw
        transcript, re-identification key, metadata). The anonymized tier stays readable.
        Returns the number of objects destroyed."""
        self._require_steward("purge recordings")
        self._require_writable("purge recordings")
        rec = self.recording(recording_id)
        n = 0
        with vault_lock(self.root, exclusive=True, timeout=self.lock_timeout,
                        what="purge a recording"):
            for info in self.list(Tier.IDENTIFIABLE, recording_id=recording_id):
                self.shred(info.id, _event=None)
                n += 1
            self.catalog.update_recording(recording_id, stage="purged", purged_at=utc_now(),
                                          metadata_object=None)
        self.audit_append("purge", recording_id=rec.id, objects=n)
        return n
