"""``anonkit demo``: the main job on the bundled sample interview, end to end.

Kept as a small function that calls library APIs, so later stages (pseudonymization, the
vault) can be added here one call each.
"""

from __future__ import annotations

from pathlib import Path

import click


def sample_interview() -> Path:
    """Path of the bundled two-speaker sample (synthetic voices, fictitious content)."""
    import anonkit

    return Path(anonkit.__file__).resolve().parent / "data" / "sample_interview.flac"


def run_demo(model: str = "base", quiet: bool = False) -> str:
    """Transcribe the sample with speaker turns; return the transcript as txt."""
    from anonkit.asr.formats import to_txt
    from anonkit.asr.pipeline import transcribe_file
    from anonkit.cli.transcribe import audio_progress

    with audio_progress(not quiet, "sample_interview.flac") as (on_decoded, progress, stage):
        transcript = transcribe_file(sample_interview(), model=model, speakers="auto",
                                     progress=progress, on_decoded=on_decoded, on_stage=stage)
    header = (f"# sample interview: {transcript.duration:.1f} s, language "
              f"{transcript.language}, model {transcript.model}, "
              f"speakers {', '.join(transcript.speakers) or 'not labelled'}\n\n")
    return header + to_txt(transcript)


@click.command()
@click.option("--model", "-m", default="base", show_default=True, help="Whisper model.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar.")
def demo(model: str, quiet: bool) -> None:
    """Run anonkit on the bundled sample interview and print the result."""
    click.echo(run_demo(model, quiet))
