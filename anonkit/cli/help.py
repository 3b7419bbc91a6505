"""Command listings that teach: each command's first sentence in full, never cut off.

Why: click shortens a command's description in ``--help`` listings to the space left on
the line ("Pseudonymize FILE (.txt or .docx); write the key encrypted,..."), which hides
exactly the part that tells a new user which command to pick. ``HelpGroup`` lists the whole
first sentence and lets the formatter wrap it onto the next lines instead.
"""

from __future__ import annotations

import click


class HelpGroup(click.Group):
    """A click group whose command list shows full first sentences, wrapped."""

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = []
        for name in self.list_commands(ctx):
            command = self.get_command(ctx, name)
            if command is None or command.hidden:
                continue
            rows.append((name, command.get_short_help_str(limit=10_000)))
        if rows:
            with formatter.section("Commands"):
                formatter.write_dl(rows)
