"""The parent's side: what the vault holds, claims, storing results. Only the process that
holds the unlocked vault calls these (workers never see the vault).

Two batch runs (or a batch and a killed one's leftovers) on one vault stay consistent by
three flocks in the vault folder, all released by the kernel when a process dies:
``batch-ingest.lock`` (look up a digest and ingest it as one step, so a file is ingested
once), ``batch-claims/<recording>.lock`` (one run works on a recording at a time) and the
workflow's ``pseudonym-key.lock`` (one read-modify-write of the project key at a time).
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from anonkit.languages import LANGUAGES
from anonkit.vault.lock import file_lock
from anonkit.workflow import recordings as wr
from anonkit.workflow.batch.scan import ArchiveFile

if TYPE_CHECKING:
    from anonkit.asr.transcript import Transcript
    from anonkit.vault.vault import Vault

SOURCE_TEXT = "transcript_source"


@dataclass
class VaultIndex:
    """SHA-256 → recording id of everything this user can see in the vault, kept up to date
    incrementally (each metadata object is decrypted once per run)."""

    digests: dict[str, str] = field(default_factory=dict)
    seen: set[str] = field(default_factory=set)
    interrupted: list[str] = field(default_factory=list)

    def refresh(self, vault: Vault) -> None:
        from anonkit.vault.errors import AccessDeniedError

        for rec in vault.recordings():
            if rec.id in self.seen:
                continue
            if rec.metadata_object is None:  # an ingest in progress or interrupted
                if rec.stage == "new" and rec.id not in self.interrupted:
                    self.interrupted.append(rec.id)
                continue
            self.seen.add(rec.id)
            try:
                digest = vault.get_metadata(rec.id).get("sha256")
            except AccessDeniedError:
                continue
            if digest:
                self.digests.setdefault(digest, rec.id)


@contextlib.contextmanager
def ingest_lock(vault: Vault) -> Iterator[None]:
    with file_lock(vault.root / "batch-ingest.lock", exclusive=True, timeout=600,
                   what="ingest (another batch is ingesting)"):
        yield


def ingest_file(vault: Vault, index: VaultIndex, item: ArchiveFile, digest: str,
                language: str | None) -> str | None:
    """Ingest ``item`` unless the vault holds its digest; the look-up and the ingest are one
    step under ``batch-ingest.lock``. Returns the new recording id or None (skipped)."""
    with ingest_lock(vault):
        index.refresh(vault)
        if digest in index.digests:
            return None
        if item.kind == "audio":
            rid = wr.ingest(vault, item.path, participant=item.participant, language=language)
        else:
            rid = ingest_transcript(vault, item.path, participant=item.participant,
                                    language=language)
        index.digests[digest] = rid
        index.seen.add(rid)
        return rid


def text_language(text: str) -> str:
    """Norwegian when the text has æ, ø or å, else English (``--language`` overrides)."""
    return "nb" if any(c in text.lower() for c in "æøå") and "nb" in LANGUAGES else "en"


def transcript_from_text(text: str, language: str) -> Transcript:
    """An existing transcript as a ``Transcript``: one segment per non-empty line (no
    times), so it goes through the same anonymize stage as a Whisper transcript."""
    from anonkit.asr.transcript import Segment, Transcript

    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return Transcript(language=language, duration=0.0, model="imported",
                      segments=tuple(Segment(0.0, 0.0, line) for line in lines),
                      backend="imported")


def ingest_transcript(vault: Vault, path: Path, *, participant: str | None,
                      language: str | None) -> str:
    """Store an existing .txt/.docx transcript: the original file (identifiable tier), its
    metadata, and its text as the raw transcript, so that ``process`` anonymizes it."""
    from anonkit.workflow.text import read_text

    if path.suffix.lower() == ".docx":
        from anonkit.anonymize.docx_io import DocxTranscript

        text = DocxTranscript(path).text
    else:
        text = read_text(path)
    data = path.read_bytes()
    lang = language or text_language(text)
    rid = vault.new_recording("new")
    src = vault.put_bytes(wr.IDENTIFIABLE, SOURCE_TEXT, data, rid)
    today = wr._today()
    vault.put_metadata(rid, {
        "participant": participant, "original_name": path.name, "source": "transcript",
        "sha256": hashlib.sha256(data).hexdigest(), "size": len(data), "language": lang,
        "interviewer": vault.user, "ingested_on": today.isoformat(),
        "recorded_on": today.isoformat(),
        "retention_until": wr.retention_date(
            today, wr.load_settings(vault).retention_years).isoformat(),
    })
    raw = vault.put_bytes(wr.IDENTIFIABLE, wr.RAW,
                          transcript_from_text(text, lang).to_json().encode("utf-8"), rid)
    vault.update_recording(rid, stage="transcribed")
    vault.audit_append("ingest", recording_id=rid, object_id=src, size=len(data))
    vault.audit_append("transcribe", recording_id=rid, object_id=raw, imported=True)
    return rid


class Claim:
    """A non-blocking flock on ``batch-claims/<rid>.lock``: held while this run works on the
    recording, released at ``release()`` or when the process dies."""

    def __init__(self, vault: Vault, rid: str) -> None:
        folder = vault.root / "batch-claims"
        folder.mkdir(exist_ok=True)
        self.fd = os.open(folder / f"{rid}.lock", os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(self.fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(self.fd)
            raise

    @classmethod
    def take(cls, vault: Vault, rid: str) -> Claim | None:
        try:
            return cls(vault, rid)
        except BlockingIOError:
            return None

    def release(self) -> None:
        if self.fd >= 0:
            os.close(self.fd)
            self.fd = -1


def needs_work(vault: Vault, rid: str) -> bool:
    """Re-checked after a claim is taken: another run may have finished it meanwhile."""
    rec = vault.recording(rid)
    return rec.stage in wr.PENDING


def has_raw(vault: Vault, rid: str) -> bool:
    return wr._newest(vault, rid, wr.IDENTIFIABLE, wr.RAW) is not None


def store_and_anonymize(vault: Vault, rid: str, transcript_json: str | None) -> wr.Processed:
    """Store the worker's transcript (unless a raw transcript is stored already), then run
    the workflow's anonymize stage (project key under its lock)."""
    from anonkit.asr.transcript import Transcript

    def from_worker() -> Transcript:
        assert transcript_json is not None
        return Transcript.from_json(transcript_json)

    transcript = wr.keep_transcript(vault, rid, from_worker)
    return wr.anonymize_recording(vault, rid, transcript)
