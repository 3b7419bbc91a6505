"""``anonkit transcribe``: stand-alone transcription (no vault), per interfaces.md.

The result goes to stdout (or ``-o OUT``, written atomically with mode 0600 since a
transcript is personal data); progress goes to stderr as a bar measured in seconds of audio,
so it moves evenly whatever the speech density.
"""

from __future__ import annotations

import contextlib
import logging
import sys
from collections.abc import Iterator
from pathlib import Path

import click

from anonkit.fileio import write_atomic


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
    from anonkit.asr.speakers import parse_speaker_names

    try:
        return parse_speaker_names(value)
    except ValueError as err:
        raise click.BadParameter(str(err)) from None


@click.command()
@click.argument("audio", type=click.Path(dir_okay=False, allow_dash=True))
@click.option("--model", "-m", default="base", show_default=True,
              help="Installed model name (see `anonkit models list`) or a model folder.")
@click.option("--backend", type=click.Choice(["faster", "openai"]), default="faster",
              show_default=True, help="faster-whisper (CTranslate2) or openai-whisper.")
@click.option("--language", "-l", default="auto", show_default=True,
              help="Language code (en, nb; no/nn accepted) or 'auto' to detect.")
@click.option("--allowed-languages", default="en,nb", show_default=True,
              help="Comma-separated languages that auto-detection may choose from.")
@click.option("--format", "fmt", type=click.Choice(["json", "txt", "vtt", "srt"]),
              default="txt", show_default=True, help="Output format.")
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
@click.option("--timestamps", is_flag=True, help="Start each txt paragraph with [hh:mm:ss].")
@click.option("--beam-size", type=click.IntRange(1, 20), default=5, show_default=True)
@click.option("--no-vad", is_flag=True, help="Do not skip silence with Silero VAD.")
@click.option("--device", default="cpu", show_default=True, help="cpu or cuda.")
@click.option("--threads", type=click.IntRange(0), default=0,
              help="CPU threads for the model (0: CTranslate2's default).")
@click.option("-v", "--verbose", is_flag=True, help="Log details on stderr.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar.")
def transcribe(audio: str, model: str, backend: str, language: str, allowed_languages: str,
               fmt: str, output: Path | None, speakers: str | int,
               speaker_names: tuple[str, ...] | None, verbatim: bool,
               pause_marks: bool, min_pause: float, timestamps: bool, beam_size: int, no_vad: bool,
               device: str, threads: int, verbose: bool, quiet: bool) -> None:
    """Transcribe AUDIO (any common audio/video format; '-' reads stdin) offline."""
    from anonkit.asr.formats import render
    from anonkit.asr.options import TranscribeOptions, normalize_language
    from anonkit.asr.pipeline import cached_backend, transcribe_file

    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)
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
    engine = cached_backend(backend, model, device, threads)
    source = sys.stdin.buffer.read() if audio == "-" else audio
    label = "stdin" if audio == "-" else Path(audio).name
    show = not quiet and not verbose
    with audio_progress(show, label) as (on_decoded, progress, on_stage):
        result = transcribe_file(source, backend=engine, options=options,
                                 speakers=speakers, progress=progress,
                                 on_decoded=on_decoded, on_stage=on_stage)
    if speaker_names:
        from anonkit.asr.speakers import rename_speakers

        result = rename_speakers(result, speaker_names)
    flagged = [s for s in result.segments if s.flags]
    if flagged and not quiet:
        kinds = ", ".join(sorted({f for s in flagged for f in s.flags}))
        click.echo(f"warning: {len(flagged)} segment(s) flagged as possible hallucination "
                   f"({kinds}); --format json shows which", err=True)
    text = render(result, fmt, pause_marks=options.pause_marks, timestamps=timestamps)
    if output is None:
        click.echo(text, nl=False)
    else:
        write_atomic(output, text)
        if not quiet:
            click.echo(f"wrote {output}", err=True)
