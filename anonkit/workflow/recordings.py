"""Recordings through the vault: ``ingest`` → ``process`` (transcribe, anonymize) → ``status``.

Stages (catalog ``recordings.stage``): ``new`` (row only: an ingest was interrupted),
``ingested`` (audio + metadata stored), ``transcribed`` (raw transcript stored),
``anonymized`` (pseudonymized transcript + review record stored, key updated),
``approved`` (signed off), ``purged`` (identifiable tier destroyed).

Crash safety and idempotence (docs/workflow.md "Resuming"): each stage stores its object
and only then moves the stage on. A rerun first looks for the stage's object (a catalog row
exists only for a complete, committed object): if it is there the stage is not repeated,
only the bookkeeping is finished. The pseudonymized transcript is the anonymize stage's
last write, so there is never more than one; the key is updated under ``key_lock`` after
``forget_document``, so a repeated anonymize never counts a document twice.

Nothing personal touches disk unencrypted: audio is decoded from the vault in memory, the
transcript and key go straight into vault objects.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from anonkit.errors import InputError
from anonkit.languages import LANGUAGES
from anonkit.workflow.errors import NotReadyError, failure_code
from anonkit.workflow.project import (
    key_lock,
    load_dictionary,
    load_key,
    load_settings,
    require_writer,
    save_key,
)

if TYPE_CHECKING:
    from anonkit.anonymize.detector import Detector
    from anonkit.asr.transcript import Transcript
    from anonkit.vault.vault import RecordingInfo, Vault

AUDIO = "audio"
RAW = "transcript_raw"
PSEUDONYMIZED = "transcript_pseudonymized"
REVIEW = "review"
IDENTIFIABLE, ANONYMIZED = "identifiable", "anonymized"
CHUNK = 1 << 20
PENDING = ("ingested", "transcribed")

Say = Callable[[str], None]


def _quiet(_: str) -> None:
    return None


def _today() -> dt.date:
    return dt.datetime.now(dt.UTC).date()


def retention_date(start: dt.date, years: int) -> dt.date:
    """``years`` after ``start`` (29 February → 28 February)."""
    try:
        return start.replace(year=start.year + years)
    except ValueError:
        return start.replace(year=start.year + years, day=28)


# --- ingest ----------------------------------------------------------------------------------


def ingest(
    vault: Vault,
    audio: Path,
    *,
    participant: str | None = None,
    language: str | None = None,
    interviewer: str | None = None,
    recorded_on: dt.date | None = None,
    retention_years: int | None = None,
    delete_source: bool = False,
) -> str:
    """Encrypt ``audio``'s original bytes into the identifiable tier; returns the new id.

    Streams (constant memory, any size) and hashes the bytes on the way (SHA-256 in the
    metadata, to recognise the same file later). Metadata (participant code, original file
    name, interviewer, language hint, dates, retention date) is personal data: it goes into
    the recording's encrypted metadata object, never into the catalog. With
    ``delete_source`` the file is overwritten and unlinked after everything is committed
    (limits: ``secure_delete``).
    """
    require_writer(vault, "ingest recordings")
    if language is not None and language not in LANGUAGES:
        raise InputError(f"language {language!r} is not supported; use one of "
                         f"{', '.join(LANGUAGES)} (or leave it out to detect it)")
    try:
        src = open(audio, "rb")  # noqa: SIM115 (closed below)
    except OSError as err:
        raise InputError(f"cannot read {audio}: {err.strerror}") from None
    years = retention_years or load_settings(vault).retention_years
    rid = vault.new_recording("new")
    digest = hashlib.sha256()
    with src, vault.open_writer(IDENTIFIABLE, AUDIO, rid) as w:
        while chunk := src.read(CHUNK):
            digest.update(chunk)
            w.write(chunk)
    today = _today()
    metadata = {
        "participant": participant,
        "original_name": Path(audio).name,
        "sha256": digest.hexdigest(),
        "size": w.size,
        "language": language,
        "interviewer": interviewer or vault.user,
        "recorded_on": (recorded_on or today).isoformat(),
        "ingested_on": today.isoformat(),
        "retention_until": retention_date(recorded_on or today, years).isoformat(),
    }
    vault.put_metadata(rid, metadata)
    vault.update_recording(rid, stage="ingested")
    vault.audit_append("ingest", recording_id=rid, object_id=w.object_id, size=w.size)
    if delete_source:
        secure_delete(Path(audio))
    return rid


def secure_delete(path: Path) -> None:
    """Overwrite the file with zeros (fsync), then unlink it.

    Limits (docs/workflow.md "Deleting the source"): on SSDs (wear levelling), copy-on-write
    or snapshotting file systems (btrfs, ZFS, APFS), network shares and backups the old
    blocks can survive an overwrite; only full-disk encryption or never writing the
    plaintext protects against that. The vault copy is what counts from here on.
    """
    size = path.stat().st_size
    with open(path, "r+b") as f:
        zeros = bytes(CHUNK)
        left = size
        while left > 0:
            n = min(left, CHUNK)
            f.write(zeros[:n])
            left -= n
        f.flush()
        os.fsync(f.fileno())
    path.unlink()


# --- process -------------------------------------------------------------------------------


@dataclass
class Processed:
    """One recording's outcome of ``process``."""

    recording: str
    stage: str
    error: str | None = None
    replaced: int = 0
    flags: int = 0
    asr_s: float = 0.0  # time inside Whisper (decode + transcribe + speakers), for benchmarks
    total_s: float = 0.0  # the whole ``process`` of this recording


def _newest(vault: Vault, rid: str, tier: str, kind: str) -> str | None:
    rows = vault.list(tier=tier, recording_id=rid, kind=kind)
    return rows[-1].id if rows else None


@cache
def _detector(lang: str) -> Detector:
    from anonkit.anonymize.detector import Detector

    return Detector(lang)


def pending(vault: Vault) -> list[str]:
    """Recordings that ``process`` would work on, in ingest order: for an interviewer only
    their own (others' audio does not open for them, and must not be marked failed)."""
    from anonkit.vault.errors import AccessDeniedError

    out = []
    for rec in vault.recordings():
        if rec.stage not in PENDING:
            continue
        if vault.role.value != "steward":
            try:
                vault.get_metadata(rec.id)
            except AccessDeniedError:
                continue
        out.append(rec.id)
    return out


def process(
    vault: Vault,
    recording_ids: Iterable[str] | None = None,
    *,
    model: str | None = None,
    say: Say = _quiet,
    progress: Any = None,
) -> list[Processed]:
    """Transcribe and anonymize each given (default: every pending) recording.

    A recording that fails (undecodable audio, a leak the gate caught) gets an
    ``error_code`` and the others go on; the error is reported in the result.
    """
    from anonkit.errors import AnonkitError

    require_writer(vault, "process recordings")
    ids = list(recording_ids) if recording_ids else pending(vault)
    out = []
    for rid in ids:
        rec = vault.recording(rid)
        if rec.stage in ("new", "purged"):
            raise NotReadyError(f"recording {rid} is {rec.stage}: there is nothing to process"
                                + (" (its ingest was interrupted; ingest the file again)"
                                   if rec.stage == "new" else ""))
        started = time.perf_counter()
        try:
            done = _process_one(vault, rec, model, say, progress)
            done.total_s = time.perf_counter() - started
            out.append(done)
        except AnonkitError as err:
            vault.update_recording(rid, error_code=failure_code(err, "process_failed"))
            out.append(Processed(rid, vault.recording(rid).stage, str(err)))
    return out


def _process_one(vault: Vault, rec: RecordingInfo, model: str | None, say: Say,
                 progress: Any) -> Processed:
    rid = rec.id
    if rec.stage in ("anonymized", "approved"):
        return Processed(rid, rec.stage)
    timing: dict[str, float] = {"asr_s": 0.0}

    def transcribe_now() -> Transcript:
        say(f"{rid}: transcribing")
        return transcribe_recording(vault, rid, model=model, progress=progress, timing=timing)

    transcript = keep_transcript(vault, rid, transcribe_now)
    say(f"{rid}: anonymizing")
    done = anonymize_recording(vault, rid, transcript)
    done.asr_s = timing["asr_s"]
    return done


def keep_transcript(vault: Vault, rid: str, make: Callable[[], Transcript]) -> Transcript:
    """The transcribe stage's bookkeeping, shared by ``process`` and ``batch``: the stored
    raw transcript when there is one (a re-run never transcribes twice), else ``make()``'s,
    stored and audited; the recording is then marked transcribed."""
    from anonkit.asr.transcript import Transcript

    raw_id = _newest(vault, rid, IDENTIFIABLE, RAW)
    if raw_id is None:
        transcript = make()
        raw_id = vault.put_bytes(IDENTIFIABLE, RAW, transcript.to_json().encode("utf-8"), rid)
        vault.audit_append("transcribe", recording_id=rid, object_id=raw_id,
                           segments=len(transcript.segments))
    else:
        transcript = Transcript.from_json(vault.get_bytes(raw_id).decode("utf-8"))
    if vault.recording(rid).stage != "transcribed":
        vault.update_recording(rid, stage="transcribed")
    return transcript


def transcribe_recording(vault: Vault, rid: str, *, model: str | None = None,
                         progress: Any = None, timing: dict[str, float] | None = None
                         ) -> Transcript:
    """Decode the recording's audio from the vault in memory and transcribe it; the
    project dictionary's names go to Whisper as its initial prompt (spelled right, then
    caught by detection)."""
    from anonkit.asr.options import TranscribeOptions
    from anonkit.asr.pipeline import parse_speakers, transcribe_file

    audio_id = _newest(vault, rid, IDENTIFIABLE, AUDIO)
    if audio_id is None:
        raise NotReadyError(f"recording {rid} has no audio in the vault")
    metadata = vault.get_metadata(rid)
    settings = load_settings(vault)
    language = metadata.get("language")
    prompt = hotword_prompt(vault, language or "en")
    options = TranscribeOptions(language=language, allowed_languages=LANGUAGES,
                                initial_prompt=prompt)
    data = vault.get_bytes(audio_id)  # in memory: never a plaintext temp file
    t0 = time.perf_counter()
    transcript = transcribe_file(data, model=model or settings.model, backend=settings.backend,
                                 options=options, speakers=parse_speakers(settings.speakers),
                                 progress=progress)
    if timing is not None:
        timing["asr_s"] = time.perf_counter() - t0
    return transcript


def hotword_prompt(vault: Vault, lang: str, limit: int = 40) -> str | None:
    """The project dictionary's names as a Whisper initial prompt (``None`` without any).

    Whisper conditions on the prompt's spelling, so "Solveig Aasen" is written that way
    instead of "Solvei Åsen" — and then the dictionary layer finds it (docs/benchmarks.md,
    "Dictionary names in the prompt")."""
    from anonkit.vault.errors import AccessDeniedError

    try:
        dictionary = load_dictionary(vault, lang)
    except AccessDeniedError:
        return None
    if dictionary is None:
        return None
    return names_prompt([e.name for e in dictionary.entries], limit)


def names_prompt(names: list[str], limit: int = 40) -> str | None:
    """``Names: A, B.`` (Whisper's prompt window is 224 tokens; ``limit`` keeps it short)."""
    return "Names: " + ", ".join(names[:limit]) + "." if names else None


def anonymize_recording(vault: Vault, rid: str, transcript: Transcript) -> Processed:
    """Detect, link into the project key, replace, leak-gate, store; idempotent."""
    from anonkit.anonymize.key import PseudonymKey
    from anonkit.anonymize.replace import anonymize_document
    from anonkit.workflow.document import build_doc, raw_lines

    # Done once both the document and its review record are stored. The document goes in
    # first: a run killed between the two writes finds the document and adds only the review
    # (written the other way round, a killed run left a second review record behind).
    stored_doc = _newest(vault, rid, ANONYMIZED, PSEUDONYMIZED)
    if stored_doc is not None and _newest(vault, rid, IDENTIFIABLE, REVIEW) is not None:
        if not any(
            e.event == "anonymize" and e.recording == rid and e.object == stored_doc
            for e in vault.audit_entries()
        ):
            # Killed after both writes but before the audit entry: the storing is recorded
            # now, once (test_kill_process found the entry missing). The stage moves only
            # after the entry, so a run killed in between comes back here.
            vault.audit_append("anonymize", recording_id=rid, object_id=stored_doc, resumed=True)
        vault.update_recording(rid, stage="anonymized", error_code=None)
        return Processed(rid, "anonymized")
    lang = transcript.language if transcript.language in LANGUAGES else LANGUAGES[0]
    text = "\n".join(raw_lines(transcript))
    with key_lock(vault):
        key = load_key(vault) or PseudonymKey.new(lang, load_settings(vault).style)
        key.forget_document(rid)
        dictionary = load_dictionary(vault, lang)
        result = anonymize_document(text, rid, _detector(lang), key, dictionary)
        certain = [leak for leak in result.leaks if leak.certain]
        if certain:
            vault.update_recording(rid, error_code="leak_check")
            vault.audit_append("anonymize", recording_id=rid, leaks=len(certain), stored=False)
            return Processed(rid, "transcribed",
                             f"leak check: {len(certain)} original name(s) would remain; "
                             "add them with `anonkit names add` and run process again")
        doc = build_doc(rid, transcript, result.replacements)
        save_key(vault, key)
    review = result.review_record(rid)
    review["flags"] = [dict(f, decision=None) for f in review["flags"]]  # type: ignore[attr-defined]
    oid = stored_doc or vault.put_bytes(ANONYMIZED, PSEUDONYMIZED, doc.to_json(), rid)
    vault.put_bytes(IDENTIFIABLE, REVIEW, json.dumps(review).encode(), rid)
    vault.audit_append("anonymize", recording_id=rid, object_id=oid,
                       replaced=len(result.replacements), flags=len(result.flags))
    vault.update_recording(rid, stage="anonymized", error_code=None)
    return Processed(rid, "anonymized", None, len(result.replacements), len(result.flags))


# --- status --------------------------------------------------------------------------------


def status(vault: Vault) -> list[dict[str, Any]]:
    """One row per recording: ``{"id", "participant", "stage", "approved", "error"}``.

    ``participant`` comes from the encrypted metadata: ``null`` where this user cannot read
    it (analysts; another interviewer's recording; purged)."""
    from anonkit.vault.errors import AccessDeniedError

    rows = []
    for rec in vault.recordings():
        participant = None
        if rec.metadata_object is not None:
            try:
                participant = vault.get_metadata(rec.id).get("participant")
            except AccessDeniedError:
                participant = None
        rows.append({"id": rec.id, "participant": participant, "stage": rec.stage,
                     "approved": bool(rec.approved), "error": rec.error_code})
    return rows


def load_doc(vault: Vault, rid: str) -> Any:
    """The recording's pseudonymized transcript (``PseudonymizedDoc``)."""
    from anonkit.workflow.document import PseudonymizedDoc

    oid = _newest(vault, rid, ANONYMIZED, PSEUDONYMIZED)
    if oid is None:
        raise NotReadyError(f"recording {rid} has no pseudonymized transcript yet; run "
                            "`anonkit process` first")
    return PseudonymizedDoc.from_json(vault.get_bytes(oid))
