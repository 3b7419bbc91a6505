"""``anonkit review``: the steward's local web app (anonkit.review).

Thin: the password is asked here, in the terminal, before anything is served; then the
URL with its one-time token is the first line on stdout.
"""

from __future__ import annotations

from pathlib import Path

import click

from anonkit.cli.options import open_vault, password_options, vault_argument


@click.command("review")
@vault_argument
@click.argument("recording_id", required=False)
@click.option("--port", type=click.IntRange(0, 65535), default=0, show_default=True,
              help="Port on 127.0.0.1 (0: any free port).")
@click.option("--no-browser", is_flag=True, help="Print the URL only; do not open a browser.")
@password_options
def review(vault: Path, recording_id: str | None, port: int, no_browser: bool,
           password_file: str | None, user: str | None) -> None:
    """Review pseudonymized transcripts in the browser (local only; Ctrl+C ends).

    Prints the URL with a one-time access token as the first line on stdout."""
    try:
        import uvicorn  # noqa: F401
    except ImportError:
        from anonkit.errors import InputError

        raise InputError("the review app needs the 'review' extra: "
                         "pip install 'anonkit[review]'") from None
    from anonkit.review.server import serve

    def ready(url: str) -> None:
        click.echo(url)
        click.echo("review: serving on 127.0.0.1 until Ctrl+C; the link works once",
                   err=True)
        if not no_browser:
            import webbrowser

            webbrowser.open(url)

    with open_vault(vault, user, password_file) as v:
        if recording_id is not None:
            v.recording(recording_id)  # an unknown id fails here, before serving
        serve(v, port=port, path=f"/r/{recording_id}" if recording_id else "/",
              on_ready=ready)
