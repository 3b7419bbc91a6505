"""Errors of the workflow layer (docstring = the user's message; exit code 1)."""

from __future__ import annotations

import re

from anonkit.errors import AnonkitError


def failure_code(err: AnonkitError, default: str) -> str:
    """The catalog's ``error_code`` for a failed recording: a vault failure's class as an
    identifier (``TamperedError`` -> ``tampered``), ``default`` for any other failure.

    Why: the catalog stores identifiers only (never message text, which may hold names), and
    a vault error's ``code`` is its CamelCase class name, which the catalog refuses; storing
    it raw once turned one damaged object into a crash of the whole batch run.
    """
    name = getattr(err, "code", None)
    if not isinstance(name, str):
        return default
    code = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", re.sub(r"Error$", "", name)).lower()
    return code[:40] if re.fullmatch(r"[a-z0-9_]+", code) else default


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
