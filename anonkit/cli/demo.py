"""``anonkit demo``: the main job on the bundled sample interview, end to end, in a vault.

The work is ``anonkit.workflow.demo``; this prints the transcript before and after (stdout)
and, on stderr, the temporary vault, its password (shown once) and what to run next.
"""

from __future__ import annotations

import click

NEXT_STEPS = """\
next, with your own recording:
  anonkit init VAULT --user YOU                       # your project's vault (you: steward)
  anonkit names add VAULT "Known Name"                # names you expect, fixed pseudonyms
  anonkit ingest VAULT interview.m4a --participant P07 --process
  anonkit status VAULT
  anonkit approve VAULT RECORDING_ID                  # after review
  anonkit export VAULT --format docx -o out/          # or nvivo, qdpx, txt, vtt, srt, json"""


@click.command()
@click.option("--model", "-m", default="base", show_default=True, help="Whisper model.")
@click.option("-q", "--quiet", is_flag=True, help="Print the transcripts only.")
def demo(model: str, quiet: bool) -> None:
    """Run the whole chain on the bundled sample in a temporary vault."""
    from anonkit.workflow.demo import run_demo_chain

    if not quiet:
        click.echo("demo: ingest → transcribe → pseudonymize → approve → export, in a new "
                   "temporary vault …", err=True)
    r = run_demo_chain(model)
    click.echo(f"{r.header}\n\n{r.raw_text}\n\n{r.summary}\n\n{r.pseudonymized}")
    click.echo(f"vault: {r.vault} (user {'steward'}; password, shown once: {r.password})",
               err=True)
    click.echo(f"export: {r.export_dir}; verify: {'OK' if r.verify_ok else 'PROBLEMS'}",
               err=True)
    if not quiet:
        click.echo(NEXT_STEPS, err=True)
