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
    """Transcribe the sample with speaker turns, then pseudonymize it; return both as txt.

    The pseudonym key stays in memory here (the sample is fictitious); in the real workflow
    it goes encrypted into the vault's identifiable tier (``anonkit anonymize --vault``).
    """
    from anonkit.asr.formats import to_txt
    from anonkit.asr.pipeline import transcribe_file
    from anonkit.cli.transcribe import audio_progress

    with audio_progress(not quiet, "sample_interview.flac") as (on_decoded, progress, stage):
        transcript = transcribe_file(sample_interview(), model=model, speakers="auto",
                                     progress=progress, on_decoded=on_decoded, on_stage=stage)
    raw = to_txt(transcript)
    header = (f"# sample interview: {transcript.duration:.1f} s, language "
              f"{transcript.language}, model {transcript.model}, "
              f"speakers {', '.join(transcript.speakers) or 'not labelled'}\n\n")
    return header + raw + "\n" + pseudonymized_section(raw, transcript.language)


def pseudonymized_section(raw: str, language: str) -> str:
    """The transcript after detection and consistent pseudonymization, with a summary of
    what was replaced and flagged (entity types and counts only, never the originals)."""
    from collections import Counter

    from anonkit.anonymize.detector import Detector
    from anonkit.anonymize.key import PseudonymKey
    from anonkit.anonymize.replace import anonymize_document

    lang = "nb" if language == "nb" else "en"
    key = PseudonymKey.new(lang)
    result = anonymize_document(raw, "sample_interview", Detector(lang), key)
    types = Counter(r.type for r in result.replacements)
    summary = ", ".join(f"{n} {t}" for t, n in sorted(types.items())) or "nothing"
    gate = "no original left (leak check passed)" if not result.leaks else (
        f"{len(result.leaks)} possible leak(s): review before release")
    return (f"# pseudonymized: replaced {summary}; {len(result.flags)} flag(s) for the "
            f"steward; {gate}\n\n{result.text}")


@click.command()
@click.option("--model", "-m", default="base", show_default=True, help="Whisper model.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar.")
def demo(model: str, quiet: bool) -> None:
    """Run anonkit on the bundled sample interview: transcript, then pseudonymized."""
    click.echo(run_demo(model, quiet))
