"""One exception hierarchy for every failure a user can cause or fix.

Why: the CLI turns any ``AnonkitError`` into a one-line message on stderr and the class's
exit code, so an expected failure (wrong password, corrupt audio, missing model) never shows
a traceback. Programmer errors stay built-in exceptions and do show one.

Each package defines its own subclasses next to the code that raises them (``asr``,
``vault``, ``anonymize``); all of them derive from ``AnonkitError``.
"""

from __future__ import annotations


class AnonkitError(Exception):
    """Base class: the message is written for the user (what went wrong, what to do)."""

    exit_code: int = 1

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message or (self.__doc__ or self.__class__.__name__).strip())


class InputError(AnonkitError):
    """The input file could not be used."""


class ModelNotFoundError(AnonkitError):
    """A model that the command needs is not installed."""
