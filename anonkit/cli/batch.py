"""``anonkit batch``: convert an archive folder into the vault (progress, summary, exit code).

Thin: options, password, the rich display. The work is ``anonkit.workflow.batch``.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from anonkit.cli.options import open_vault, password_options, quiet_option, vault_argument
from anonkit.languages import LANGUAGES

if TYPE_CHECKING:
    from anonkit.workflow.batch import BatchSummary, Outcome


class RichReporter:
    """An overall bar plus one line per running file (stderr)."""

    def __init__(self, progress: Any) -> None:
        self.progress = progress
        self.overall = progress.add_task("archive", total=None)
        self.lines: dict[str, Any] = {}

    def planned(self, total: int) -> None:
        self.progress.update(self.overall, total=total)

    def started(self, key: str, label: str) -> None:
        self.lines[key] = self.progress.add_task(f"  {label}", total=None)

    def finished(self, key: str, outcome: Outcome) -> None:
        task = self.lines.pop(key, None)
        if task is not None:
            self.progress.remove_task(task)
        self.progress.advance(self.overall)


class QuietReporter:
    def planned(self, total: int) -> None: ...
    def started(self, key: str, label: str) -> None: ...
    def finished(self, key: str, outcome: Outcome) -> None: ...


def _summary(summary: BatchSummary, quiet: bool) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console(stderr=True, width=max(Console(stderr=True).width, 110))
    failed = [o for o in summary.outcomes if o.status == "failed"]
    if not quiet:
        table = Table(title="batch summary")
        table.add_column("file", min_width=16, overflow="fold")
        for col in ("participant", "recording", "result", "replaced", "flagged"):
            table.add_column(col, no_wrap=True)
        for o in summary.outcomes:
            table.add_row(o.label, o.participant or "-", o.recording or "-", o.status,
                          str(o.replaced) if o.status == "done" else "",
                          str(o.flags) if o.status == "done" else "")
        console.print(table)
    counts = ", ".join(f"{summary.count(s)} {s}" for s in
                       ("done", "skipped", "failed", "busy", "interrupted") if summary.count(s))
    click.echo(f"{counts or 'nothing to do'} in {summary.wall_s:.0f} s"
               + (f" ({summary.executor}, {summary.workers} worker(s) × {summary.threads} "
                  "thread(s))" if summary.workers else ""), err=True)
    if summary.leftover_new:
        click.echo(f"{summary.leftover_new} interrupted ingest(s) (stage new) left as they "
                   "are; their files were ingested again", err=True)
    for o in failed:
        click.echo(f"failed: {o.label}: {o.reason}", err=True)


@click.command("batch")
@vault_argument
@click.argument("archive_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--workers", "-j", type=click.IntRange(1, 256), default=1, show_default=True,
              help="Worker processes (local) or local-cluster workers (dask); threads per "
              "worker are set so that workers × threads ≤ cores.")
@click.option("--executor", type=click.Choice(["local", "dask"]), default="local",
              show_default=True, help="Where transcription runs (dask: the 'cluster' extra).")
@click.option("--scheduler", metavar="ADDR",
              help="Dask scheduler (tls://host:port; certificates from Dask's configuration). "
              "Without it --executor dask starts a local TLS cluster.")
@click.option("--participant-from", "participant_from", metavar="PATTERN",
              help="Participant code from the path: {dir} (the file's folder), {top} (first "
              "folder under ARCHIVE_DIR), {stem}, {name}; e.g. \"{dir}\".")
@click.option("--language", type=click.Choice(LANGUAGES),
              help="Language spoken/written (default: detected).")
@click.option("--retry-failed", is_flag=True, help="Try again recordings that failed before.")
@quiet_option
@password_options
def batch(vault: Path, archive_dir: Path, workers: int, executor: str, scheduler: str | None,
          participant_from: str | None, language: str | None, retry_failed: bool, quiet: bool,
          password_file: str | None, user: str | None) -> None:
    """Convert an archive folder (audio, .txt/.docx transcripts) into the vault: skips what
    the vault holds, resumable (run it again after Ctrl+C or a crash)."""
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        SpinnerColumn,
        TextColumn,
        TimeElapsedColumn,
    )

    from anonkit.workflow.batch import run_batch
    from anonkit.workflow.batch.executors import DaskExecutor, LocalExecutor
    from anonkit.workflow.batch.scan import check_pattern
    from anonkit.workflow.errors import WorkflowError
    from anonkit.workflow.project import load_settings

    check_pattern(participant_from)
    if scheduler and executor != "dask":
        raise WorkflowError("--scheduler needs --executor dask")
    if scheduler and not scheduler.startswith("tls://"):
        raise WorkflowError(f"--scheduler {scheduler}: use a tls:// address (audio and "
                            "transcripts must not travel unencrypted)")
    with open_vault(vault, user, password_file) as v:
        settings = load_settings(v)

        def make() -> Any:
            if executor == "dask":
                return DaskExecutor(workers, settings.model, settings.backend, scheduler)
            return LocalExecutor(workers, settings.model, settings.backend)

        if quiet:
            summary = run_batch(v, archive_dir, make, participant_from=participant_from,
                                language=language, retry_failed=retry_failed,
                                reporter=QuietReporter())
        else:
            with Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(),
                          MofNCompleteColumn(), TimeElapsedColumn(), transient=False,
                          console=_stderr_console()) as progress:
                summary = run_batch(v, archive_dir, make, participant_from=participant_from,
                                    language=language, retry_failed=retry_failed,
                                    reporter=RichReporter(progress))
    _summary(summary, quiet)
    if summary.interrupted:
        click.echo("error: interrupted; what finished is stored — run batch again to "
                   "continue", err=True)
        sys.exit(130)
    if summary.count("failed"):
        raise WorkflowError(f"{summary.count('failed')} file(s) failed (listed above); the "
                            "others are stored")


def _stderr_console() -> Any:
    from rich.console import Console

    return Console(stderr=True)
