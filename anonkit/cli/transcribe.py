"""``anonkit transcribe``: stand-alone transcription (no vault), per interfaces.md.

The result goes to stdout (or ``-o OUT``, written atomically with mode 0600 since a
transcript is personal data); progress goes to stderr as a bar measured in seconds of audio,
so it moves evenly whatever the speech density. Everything that can fail without the audio
is checked first (output, format, device, threads, model, the input's header); what the
result lacks (truncation, no speech, inaudible stretches, an interruption) is said on stderr
and in the exit status (see ``EPILOG``).
"""

from __future__ import annotations

import contextlib
import logging
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import click

from anonkit.asr.device import DEVICES
from anonkit.asr.formats import FORMATS, render
from anonkit.cli.output import check_writable, format_for
from anonkit.fileio import write_atomic

#: what ``--format`` takes: the text formats of ``anonkit.asr.formats`` and docx
OUTPUT_FORMATS = (*FORMATS, "docx")

if TYPE_CHECKING:
    from anonkit.asr.transcript import Transcript


@contextlib.contextmanager
def audio_progress(enabled: bool, label: str) -> Iterator[tuple]:
    """A rich progress bar on stderr whose total is the audio duration in seconds.

    Yields ``(on_decoded, progress, on_stage)`` callbacks for ``transcribe_file``.
    """
    if not enabled:
        yield None, None, None
        return
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    bar = Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        TextColumn("{task.fields[audio]}"),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
        console=Console(stderr=True),
        transient=False,
    )
    state: dict[str, float] = {"duration": 0.0}
    with bar:
        task = bar.add_task(f"decoding {label}", total=None, audio="")

        def on_decoded(duration: float) -> None:
            state["duration"] = duration
            bar.update(task, description=f"transcribing {label}", total=duration, completed=0,
                       audio=f"0.0/{duration:.1f} s audio")

        def progress(fraction: float) -> None:
            done = fraction * state["duration"]
            bar.update(task, completed=done, audio=f"{done:.1f}/{state['duration']:.1f} s audio")

        def on_stage(stage: str) -> None:
            bar.update(task, description=f"{stage} {label}")

        yield on_decoded, progress, on_stage


def _speakers_option(ctx: click.Context, param: click.Parameter, value: str) -> str | int:
    """``--speakers``: auto or a count; a bad value is a usage error (exit 2)."""
    from anonkit.asr.pipeline import parse_speakers
    from anonkit.errors import AnonkitError

    try:
        return parse_speakers(value)
    except AnonkitError as err:
        raise click.BadParameter(str(err)) from None


def _speaker_names_option(ctx: click.Context, param: click.Parameter,
                          value: str | None) -> tuple[str, ...] | None:
    if value is None:
        return None
    from anonkit.asr.speaker_names import parse_speaker_names

    try:
        return parse_speaker_names(value)
    except ValueError as err:
        raise click.BadParameter(str(err)) from None


EPILOG = """\b
Examples:
  anonkit transcribe interview.m4a -o interview.txt --speakers auto
  anonkit transcribe interview.m4a --language nb -o interview.json
  anonkit transcribe - --format srt < clip.wav > clip.srt

\b
Before any audio is decoded, the output folder, the format, the device, the
model and the input's header are checked; a problem is a one-line error.

\b
Gaps and warnings: a stretch of 5 s or more with speech-level sound but no
words is marked [inaudible hh:mm:ss–hh:mm:ss] (quiet stretches are pauses and
are not marked). A file that decodes shorter than it declares (truncated,
half-copied) and a recording without speech are reported on stderr.

\b
Ctrl+C keeps what is done: the segments so far are written where the output
was asked for (-o, else stdout), marked INCOMPLETE, nowhere else; the run is
not resumable. (With --backend openai nothing is kept.)

\b
Exit status: 0 complete; 1 error, nothing written; 2 usage error; 3 written,
but the input was truncated or had no speech; 130 interrupted (partial kept).
"""


@click.command(epilog=EPILOG)
@click.argument("audio", type=click.Path(dir_okay=False, allow_dash=True))
@click.option("--model", "-m", default="base", show_default=True,
              help="Installed model name (see `anonkit models list`) or a model folder.")
@click.option("--backend", type=click.Choice(["faster", "openai"]), default="faster",
              show_default=True, help="faster-whisper (CTranslate2) or openai-whisper.")
@click.option("--language", "-l", default="auto", show_default=True,
              help="Language code (en, nb; no/nn accepted) or 'auto' to detect.")
@click.option("--allowed-languages", default="en,nb", show_default=True,
              help="Comma-separated languages that auto-detection may choose from.")
@click.option("--format", "fmt", type=click.Choice(OUTPUT_FORMATS), default=None,
              help="Output format [default: from the -o extension, else txt]; docx is an "
                   "editable Word document (speaker in bold).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Write here (atomically, mode 0600) instead of stdout.")
@click.option("--speakers", default="auto", show_default=True, callback=_speakers_option,
              help="Speaker turns: auto (estimates 1-8 voices), N (exactly N, up to 20), "
                   "1 (all S1), 0 (no labels).")
@click.option("--speaker-names", callback=_speaker_names_option,
              help="Comma-separated names for the speakers in order of first appearance, "
                   "e.g. Interviewer,P07 (others keep S3, S4, ...).")
@click.option("--verbatim", is_flag=True,
              help="Keep fillers (um, eh) and repetitions (initial-prompt steering).")
@click.option("--pause-marks", is_flag=True,
              help="Mark pauses in txt output: (.) <1 s, (..) 1-2 s, (3.2 s) longer.")
@click.option("--min-pause", type=click.FloatRange(0.05), default=0.5, show_default=True,
              help="Shortest gap (seconds) that --pause-marks marks.")
@click.option("--timestamps", is_flag=True,
              help="Start each txt/docx paragraph with [hh:mm:ss].")
@click.option("--beam-size", type=click.IntRange(1, 20), default=5, show_default=True,
              help="Hypotheses kept while decoding: 1 is greedy and fastest, higher is "
              "slower and slightly more accurate.")
@click.option("--no-vad", is_flag=True,
              help="Transcribe silence too instead of skipping it with Silero VAD.")
@click.option("--device", type=click.Choice(DEVICES), default="auto", show_default=True,
              help="Where the model runs: auto (CUDA GPU if usable, else CPU), cpu, cuda.")
@click.option("--threads", type=click.IntRange(0), default=0,
              help="CPU threads for the model (0: the backend's default; more than the "
              "machine's cores is capped, with a note).")
@click.option("-v", "--verbose", is_flag=True, help="Log details on stderr.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar, no notes or warnings.")
def transcribe(audio: str, model: str, backend: str, language: str, allowed_languages: str,
               fmt: str | None, output: Path | None, speakers: str | int,
               speaker_names: tuple[str, ...] | None, verbatim: bool,
               pause_marks: bool, min_pause: float, timestamps: bool, beam_size: int, no_vad: bool,
               device: str, threads: int, verbose: bool, quiet: bool) -> None:
    """Transcribe AUDIO (any common audio/video format; '-' reads stdin) offline."""
    from anonkit.asr.audio import probe_audio
    from anonkit.asr.backends import TranscriptionInterrupted
    from anonkit.asr.completeness import check
    from anonkit.asr.device import clamp_threads, resolve_device
    from anonkit.asr.options import TranscribeOptions, normalize_language
    from anonkit.asr.pipeline import cached_backend, transcribe_file

    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)

    def note(message: str) -> None:
        if not quiet:
            click.echo(message, err=True)

    # --- everything that can fail without the audio, before decoding a second of it
    fmt = format_for(output, fmt, OUTPUT_FORMATS, default="txt")
    if output is not None:
        check_writable(output)
    elif fmt == "docx" and sys.stdout.isatty():
        raise click.UsageError("docx is a binary file: give -o FILE.docx (or redirect stdout)")
    allowed = tuple(
        normalize_language(c) or "" for c in allowed_languages.split(",") if c.strip()
    )
    options = TranscribeOptions(
        language=normalize_language(language),
        allowed_languages=tuple(c for c in allowed if c) or ("en", "nb"),
        beam_size=beam_size,
        vad=not no_vad,
        verbatim=verbatim,
        pause_marks=min_pause if pause_marks else None,
    )
    threads, capped = clamp_threads(threads)
    if capped:
        note(f"note: {capped}")
    device = resolve_device(device, backend)
    source = sys.stdin.buffer.read() if audio == "-" else audio
    label = "stdin" if audio == "-" else Path(audio).name
    info = probe_audio(source)
    engine = cached_backend(backend, model, device, threads)

    show = not quiet and not verbose
    try:
        with audio_progress(show, label) as (on_decoded, progress, on_stage):
            result = transcribe_file(source, backend=engine, options=options,
                                     speakers=speakers, progress=progress,
                                     on_decoded=on_decoded, on_stage=on_stage)
    except TranscriptionInterrupted as stop:
        partial = _named(stop.partial, speaker_names)
        _emit(_render(partial, fmt, options.pause_marks, timestamps), output, quiet=True)
        where = output or "stdout"
        click.echo(f"interrupted: kept {len(partial.segments)} segment(s) in {where}, marked "
                   f"INCOMPLETE ({partial.incomplete})", err=True)
        sys.exit(130)
    result = _named(result, speaker_names)
    flagged = [s for s in result.segments if s.flags]
    if flagged:
        kinds = ", ".join(sorted({f for s in flagged for f in s.flags}))
        note(f"warning: {len(flagged)} segment(s) flagged as possible hallucination "
             f"({kinds}); --format json shows which")
    report = check(result, audio if audio != "-" else "stdin", info.declared_seconds)
    for warning in report.warnings:
        note(f"warning: {warning}")
    _emit(_render(result, fmt, options.pause_marks, timestamps), output, quiet=quiet)
    if report.exit_code:
        sys.exit(report.exit_code)


def _named(result: Transcript, speaker_names: tuple[str, ...] | None) -> Transcript:
    """``--speaker-names``: rename speakers in order of first appearance."""
    if not speaker_names:
        return result
    from anonkit.asr.speaker_names import rename_speakers

    return rename_speakers(result, speaker_names)


def _render(result: Transcript, fmt: str, pause_marks: float | None,
            timestamps: bool) -> str | bytes:
    if fmt == "docx":
        from anonkit.asr.docx_format import to_docx

        return to_docx(result, pause_marks=pause_marks, timestamps=timestamps)
    return render(result, fmt, pause_marks=pause_marks, timestamps=timestamps)


def _emit(text: str | bytes, output: Path | None, *, quiet: bool) -> None:
    """The result to stdout, or atomically (0600) to ``output``."""
    if output is None:
        if isinstance(text, bytes):
            sys.stdout.buffer.write(text)
            sys.stdout.flush()
        else:
            click.echo(text, nl=False)
        return
    write_atomic(output, text)
    if not quiet:
        click.echo(f"wrote {output}", err=True)
