"""Errors of the workflow layer (docstring = the user's message; exit code 1)."""

from __future__ import annotations

from anonkit.errors import AnonkitError


class WorkflowError(AnonkitError):
    """The workflow step could not be done."""


class LeakError(WorkflowError):
    """The leak check found original names in the pseudonymized text; nothing was written."""


class NotApprovedError(WorkflowError):
    """The recording has not been approved by a steward; export refuses it (a steward may
    export a marked draft with --draft)."""


class OpenFlagsError(WorkflowError):
    """The recording still has flagged tokens no one has decided on; review them, or approve
    with --accept-flags --reason TEXT."""


class NotReadyError(WorkflowError):
    """The recording has not reached the stage this step needs; run `anonkit process` first."""


class RoleError(WorkflowError):
    """Your role in this vault does not allow this step."""


class FormatMismatchError(WorkflowError):
    """The output format (-o's extension) cannot be made from this input: a .txt or .docx
    transcript has no segment times, so it is written back in its own format."""

    exit_code = 2  # a usage error: checked before any work
