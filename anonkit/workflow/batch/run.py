"""``anonkit batch``'s loop: walk the archive, ingest what is new, send audio to workers,
store what comes back — all vault writes in this (the parent) process.

Order per recording: ingest (under ``batch-ingest.lock``) → claim → audio bytes to a
worker → transcript back → raw transcript stored → anonymize (project key under its lock)
→ claim released. Every step is a workflow stage that is kept once committed, so a run
killed anywhere is continued by the next one (docs/batch.md "Resuming").
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from anonkit.errors import AnonkitError
from anonkit.languages import LANGUAGES
from anonkit.workflow import recordings as wr
from anonkit.workflow.batch import store
from anonkit.workflow.batch.compute import Job, Result
from anonkit.workflow.batch.executors import Executor, WorkerLost
from anonkit.workflow.batch.interrupt import stop_on_ctrl_c
from anonkit.workflow.batch.scan import sha256_file, walk
from anonkit.workflow.errors import failure_code
from anonkit.workflow.project import load_settings, require_writer

if TYPE_CHECKING:
    from anonkit.vault.vault import Vault

#: a recording whose worker died this many times is reported failed (it may be what kills it)
MAX_ATTEMPTS = 2


@dataclass
class Outcome:
    """One archive file's (or left-over recording's) result, for the summary table."""

    label: str
    status: str  # done | skipped | failed | busy | interrupted
    reason: str = ""
    recording: str | None = None
    participant: str | None = None
    replaced: int = 0
    flags: int = 0


@dataclass
class BatchSummary:
    outcomes: list[Outcome] = field(default_factory=list)
    executor: str = "local"
    workers: int = 0
    threads: int = 0
    interrupted: bool = False
    wall_s: float = 0.0
    audio_s: float = 0.0  # seconds of audio transcribed in this run
    asr_s: float = 0.0  # worker seconds spent in Whisper
    worker_rss_mib: dict[int, float] = field(default_factory=dict)
    leftover_new: int = 0  # rows of interrupted ingests (stage "new"), not touched

    def count(self, status: str) -> int:
        return sum(1 for o in self.outcomes if o.status == status)


class Reporter(Protocol):
    """What the CLI's progress display is told."""

    def planned(self, total: int) -> None: ...
    def started(self, key: str, label: str) -> None: ...
    def finished(self, key: str, outcome: Outcome) -> None: ...


class _Silent:
    def planned(self, total: int) -> None: ...
    def started(self, key: str, label: str) -> None: ...
    def finished(self, key: str, outcome: Outcome) -> None: ...


@dataclass
class _Flight:
    rid: str
    label: str
    participant: str | None
    claim: store.Claim
    job: Job
    attempts: int = 1


def run_batch(
    vault: Vault,
    archive: Path,
    make_executor: Callable[[], Executor],
    *,
    participant_from: str | None = None,
    language: str | None = None,
    retry_failed: bool = False,
    reporter: Reporter | None = None,
) -> BatchSummary:
    """Convert everything under ``archive`` that the vault does not hold yet, and finish
    recordings a previous run left pending. Ctrl+C stops the run at its next safe point
    (within half a second while workers transcribe, or once the recording in hand is
    stored; see ``interrupt``), stops the workers, keeps what is stored and returns the
    summary with ``interrupted`` set. A second Ctrl+C stops at once."""
    require_writer(vault, "convert an archive")
    if language is not None and language not in LANGUAGES:
        raise AnonkitError(f"language {language!r} is not supported; use one of "
                           f"{', '.join(LANGUAGES)}")
    report = reporter or _Silent()
    summary = BatchSummary()
    started = time.perf_counter()
    files = list(walk(archive, participant_from))
    index = store.VaultIndex()
    index.refresh(vault)
    digests: dict[Path, str] = {}
    unreadable: dict[Path, str] = {}
    for item in files:
        try:
            digests[item.path] = sha256_file(item.path)
        except OSError as err:
            unreadable[item.path] = f"cannot read: {err.strerror}"
    leftovers = _leftovers(vault, {str(k): v for k, v in digests.items()}, index)
    report.planned(len(files) + len(leftovers))
    executor: Executor | None = None
    flights: dict[Any, _Flight] = {}

    def finish(key: str, outcome: Outcome) -> None:
        summary.outcomes.append(outcome)
        report.finished(key, outcome)

    def items() -> Iterator[tuple[str, str, str | None]]:
        """(recording id, label, participant) to work on: pending recordings first, then
        archive files, each ingested only when it is its turn."""
        for rid in leftovers:
            yield rid, _label_of(vault, rid), None
        for item in files:
            if item.path in unreadable:
                finish(item.label, Outcome(item.label, "failed", unreadable[item.path],
                                           participant=item.participant))
                continue
            digest = digests[item.path]
            known = index.digests.get(digest)
            if known is None:
                try:
                    rid = store.ingest_file(vault, index, item, digest, language)
                except AnonkitError as err:
                    finish(item.label, Outcome(item.label, "failed", str(err),
                                               participant=item.participant))
                    continue
                known = rid or index.digests[digest]
            yield known, item.label, item.participant

    with stop_on_ctrl_c() as stop:
        try:
            for rid, label, participant in items():
                stop.check()
                if rid in {f.rid for f in flights.values()}:
                    continue  # the same content twice in the archive
                outcome = _start(vault, rid, label, participant, retry_failed)
                if isinstance(outcome, Outcome):
                    finish(label, outcome)
                    continue
                claim, job_or_none = outcome
                if job_or_none is None:  # transcript stored already: anonymize here
                    report.started(label, label)
                    finish(label, _store(vault, rid, label, participant, None, claim))
                    continue
                if executor is None:
                    executor = make_executor()
                    summary.executor, summary.workers = executor.name, executor.workers
                    summary.threads = executor.threads
                job = _with_threads(job_or_none, executor.threads)
                report.started(label, label)
                flights[executor.submit(job)] = _Flight(rid, label, participant, claim, job)
                while len(flights) >= 2 * executor.workers:
                    stop.check()
                    _collect(vault, executor, flights, summary, finish)
            while flights:
                assert executor is not None
                stop.check()
                _collect(vault, executor, flights, summary, finish)
        except KeyboardInterrupt:
            summary.interrupted = True
            if executor is not None:
                executor.close(cancel=True)
                executor = None
            for flight in flights.values():
                flight.claim.release()
                finish(flight.label, Outcome(flight.label, "interrupted", "stopped by Ctrl+C; "
                                             "run batch again to continue", flight.rid,
                                             flight.participant))
            flights.clear()
        finally:
            if executor is not None:
                executor.close(cancel=bool(flights))
    index.interrupted.clear()
    index.refresh(vault)
    summary.leftover_new = len(index.interrupted)
    summary.wall_s = time.perf_counter() - started
    return summary


def _leftovers(vault: Vault, digests: dict[str, str], index: store.VaultIndex) -> list[str]:
    """Pending recordings of earlier runs (or plain ``ingest``) that are not archive files
    of this run (those are picked up in the walk, in archive order)."""
    mine = {index.digests.get(d) for d in digests.values()}
    return [rid for rid in wr.pending(vault) if rid not in mine]


def _label_of(vault: Vault, rid: str) -> str:
    try:
        return str(vault.get_metadata(rid).get("original_name") or rid)
    except AnonkitError:
        return rid


def _start(vault: Vault, rid: str, label: str, participant: str | None, retry_failed: bool
           ) -> Outcome | tuple[store.Claim, Job | None]:
    """Claim ``rid`` and decide: nothing to do (an ``Outcome``), anonymize only (no job),
    or transcribe (a ``Job`` with the audio bytes)."""
    rec = vault.recording(rid)
    if rec.stage not in wr.PENDING:
        return Outcome(label, "skipped", f"in the vault already ({rec.stage})", rid, participant)
    if rec.error_code and not retry_failed:
        return Outcome(label, "failed", f"failed in an earlier run ({rec.error_code}); "
                       "use --retry-failed to try again", rid, participant)
    claim = store.Claim.take(vault, rid)
    if claim is None:
        return Outcome(label, "busy", "another batch run is working on it", rid, participant)
    if not store.needs_work(vault, rid):
        claim.release()
        return Outcome(label, "skipped", "finished by another run", rid, participant)
    if store.has_raw(vault, rid):
        return claim, None
    try:
        return claim, _job(vault, rid)
    except AnonkitError as err:
        claim.release()
        vault.update_recording(rid, error_code="asr_failed")
        return Outcome(label, "failed", str(err), rid, participant)


def _job(vault: Vault, rid: str) -> Job:
    from anonkit.asr.options import TranscribeOptions

    audio = wr._newest(vault, rid, wr.IDENTIFIABLE, wr.AUDIO)
    if audio is None:
        raise AnonkitError(f"recording {rid} has no audio in the vault")
    settings = load_settings(vault)
    language = vault.get_metadata(rid).get("language")
    options = TranscribeOptions(language=language, allowed_languages=LANGUAGES,
                                initial_prompt=wr.hotword_prompt(vault, language or "en"))
    return Job(rid, vault.get_bytes(audio), settings.model, settings.backend, options,
               settings.speakers, 0)


def _with_threads(job: Job, threads: int) -> Job:
    from dataclasses import replace

    return replace(job, threads=threads)


def _collect(vault: Vault, executor: Executor, flights: dict[Any, _Flight],
             summary: BatchSummary, finish: Callable[[str, Outcome], None]) -> None:
    for handle, result in executor.wait(flights, timeout=0.5):
        flight = flights.pop(handle)
        if isinstance(result, BaseException):
            if isinstance(result, WorkerLost | OSError) and flight.attempts < MAX_ATTEMPTS:
                flights[executor.submit(flight.job)] = flight
                flight.attempts += 1
                continue
            vault.update_recording(flight.rid, error_code="worker_failed")
            flight.claim.release()
            finish(flight.label, Outcome(flight.label, "failed", f"{result}", flight.rid,
                                         flight.participant))
            continue
        assert isinstance(result, Result)
        summary.worker_rss_mib[result.pid] = max(result.rss_mib,
                                                 summary.worker_rss_mib.get(result.pid, 0.0))
        if result.error is not None:
            vault.update_recording(flight.rid, error_code="asr_failed")
            flight.claim.release()
            finish(flight.label, Outcome(flight.label, "failed", result.error, flight.rid,
                                         flight.participant))
            continue
        summary.audio_s += result.duration_s
        summary.asr_s += result.asr_s
        finish(flight.label, _store(vault, flight.rid, flight.label, flight.participant,
                                    result.transcript, flight.claim))


def _store(vault: Vault, rid: str, label: str, participant: str | None,
           transcript: str | None, claim: store.Claim) -> Outcome:
    try:
        done = store.store_and_anonymize(vault, rid, transcript)
    except AnonkitError as err:
        vault.update_recording(rid, error_code=failure_code(err, "process_failed"))
        return Outcome(label, "failed", str(err), rid, participant)
    finally:
        claim.release()
    if done.error:
        return Outcome(label, "failed", done.error, rid, participant)
    return Outcome(label, "done", "", rid, participant, done.replaced, done.flags)
