"""The failed-unlock log ``VAULT/audit-failed.log`` (spec: docs/vault-format.md §14).

Why a module of its own: a failed unlock happens before anyone holds a key, so this log
cannot be MAC'd or signed like ``audit.log`` (nothing secret is available; a key derived
from public vault bytes would be theatre). It is only hash-chained, its lines are
unauthenticated input, and the next successful unlock copies each new attempt into the
MAC'd log (``import_into``), after which editing or removing that attempt is detected.
Keeping it apart from ``audit`` keeps that weaker, keyless chain from being mistaken for
(or mixed up with) the authenticated one; it shares only the line format and the
append/read helpers of ``audit``.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path
from typing import Any

from anonkit.vault.audit import (
    AUDIT_VERSION,
    USER_RE,
    AuditLog,
    _append_line,
    _lines,
    _locked_append,
    _next_seq,
    _parse,
    _read_tail_line,
    canonical,
    genesis,
)
from anonkit.vault.catalog import utc_now
from anonkit.vault.keys import label

FAILED_GENESIS_LABEL = label("audit-failed-genesis")


class FailedUnlockLog:
    """``VAULT/audit-failed.log``: failed unlocks, chained but (necessarily) not MAC'd."""

    def __init__(self, path: Path, vault_id: str) -> None:
        self.path = path
        self.vault_id = vault_id

    def record(self, user: str | None, reason: str) -> None:
        """Best effort: a read-only vault must still report the wrong password."""
        if user is not None and not USER_RE.match(user):
            user = None  # never log what might be a mistyped password
        try:
            with _locked_append(self.path) as f:
                last, torn_at = _read_tail_line(f)
                if last is None:
                    seq, prev = 0, genesis(self.vault_id, FAILED_GENESIS_LABEL)
                else:
                    seq, prev = _next_seq(f, last)[0], hashlib.sha256(last).hexdigest()
                body = {
                    "v": AUDIT_VERSION,
                    "seq": seq,
                    "ts": utc_now(),
                    "event": "unlock_failed",
                    "user": user,
                    "reason": reason,
                    "prev": prev,
                }
                _append_line(f, canonical(body), torn_at)
        except OSError:
            pass

    def entries(self) -> list[tuple[dict[str, Any], str]]:
        """(entry, its hash) for every complete line."""
        out = []
        for _, line in _lines(self.path):
            if not line.endswith(b"\n"):
                break
            try:
                out.append((_parse(line[:-1]), hashlib.sha256(line[:-1]).hexdigest()))
            except ValueError:
                out.append(({}, hashlib.sha256(line[:-1]).hexdigest()))
        return out

    def verify(self, imported: dict[int, str]) -> list[str]:
        """Chain check, plus: every attempt copied into the MAC'd log is still as copied."""
        problems = []
        expected_prev = genesis(self.vault_id, FAILED_GENESIS_LABEL)
        entries = self.entries()
        for i, (obj, h) in enumerate(entries):
            if obj.get("seq") != i or obj.get("prev") != expected_prev:
                problems.append(
                    f"failed-unlock log entry {i} does not chain: an entry was removed, "
                    "reordered or edited"
                )
                break
            expected_prev = h
        by_seq = {obj.get("seq"): h for obj, h in entries}
        for seq, h in sorted(imported.items()):
            if by_seq.get(seq) != h:
                problems.append(
                    f"failed unlock attempt {seq}, confirmed in the audit log, was removed or "
                    "edited in audit-failed.log"
                )
        return problems

    def import_into(self, log: AuditLog, user: str | None, already: int) -> int:
        """Copy attempts with seq >= ``already`` into ``log``; returns the new count."""
        entries = self.entries()
        for obj, h in entries[already:]:
            log.append(
                "unlock_failed",
                user=obj.get("user") if isinstance(obj.get("user"), str) else None,
                failed_seq=_safe(obj.get("seq"), int, -1),
                failed_hash=h,
                attempt_ts=_safe(obj.get("ts"), str, "malformed", _TS_RE),
                reason=_safe(obj.get("reason"), str, "malformed", _CODE_RE),
                confirmed_by=user,
            )
        return max(already, len(entries))


_TS_RE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$")
_CODE_RE = re.compile(r"^[a-z_]{1,40}$")


def _safe(value: Any, kind: type, default: Any, pattern: re.Pattern[str] | None = None) -> Any:
    """A field of an unauthenticated failed-unlock line, or ``default`` if it is not what
    anonkit writes (so a hand-edited line can never make an import raise, G9)."""
    if type(value) is not kind or (pattern is not None and not pattern.match(value)):
        return default
    return value
