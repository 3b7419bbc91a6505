"""Anti-rollback state kept *outside* the vault, per user and vault (spec §12 "Rollback").

Why outside: everything inside the vault directory can be put back by someone with write
access to it (attacker A1, §16): an old header together with an old catalog, or the whole
vault from an old copy. Like borg's per-repository security directory on the client, each
user's machine remembers the highest header generation, key epoch and audit head it has seen
for each vault; finding less than that when opening is a rollback, refused loudly. A restore
from a backup is the one legitimate rollback: it is accepted only when the user names the
vault id in ``ANONKIT_ACCEPT_ROLLBACK``, and the acceptance is written to the audit log.

Where: ``$ANONKIT_STATE_DIR`` if set (tests), else ``$XDG_STATE_HOME/anonkit``, else
``~/.local/state/anonkit``; file ``vaults/<vault id>/<slot id>.json`` (no names), 0600 in
0700 directories. The file holds no secret: ids, counters and a hash.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import sys
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

from anonkit.vault.errors import HeaderReplayError, VaultError

STATE_ENV = "ANONKIT_STATE_DIR"
ACCEPT_ENV = "ANONKIT_ACCEPT_ROLLBACK"
STATE_VERSION = 1


def state_dir() -> Path:
    """The user's anonkit state directory (not created here)."""
    if os.environ.get(STATE_ENV):
        return Path(os.environ[STATE_ENV])
    base = os.environ.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
    return Path(base) / "anonkit"


@dataclass(frozen=True)
class Seen:
    """The newest state of one vault this user has seen."""

    generation: int
    key_epoch: int
    audit_seq: int  # -1: no entry seen
    audit_hash: str

    def merged(self, other: Seen) -> Seen:
        """Field-wise newest (two processes of the same user may save in any order)."""
        audit = max((self.audit_seq, self.audit_hash), (other.audit_seq, other.audit_hash))
        return Seen(max(self.generation, other.generation), max(self.key_epoch, other.key_epoch),
                    audit[0], audit[1])


class RollbackState:
    """Load, check and save one user's ``Seen`` for one vault."""

    def __init__(self, vault_id: str, slot: str) -> None:
        self.vault_id = vault_id
        self.path = state_dir() / "vaults" / vault_id / f"{slot}.json"

    def load(self) -> Seen | None:
        try:
            raw = self.path.read_text("utf-8")
        except FileNotFoundError:
            return None
        except OSError as err:
            raise VaultError(f"cannot read the anti-rollback state {self.path}: "
                             f"{err.strerror}") from None
        try:
            obj = json.loads(raw)
            if obj.pop("v") != STATE_VERSION:
                raise ValueError("version")
            seen = Seen(**obj)
            if not all(isinstance(x, int) for x in (seen.generation, seen.key_epoch,
                                                     seen.audit_seq)):
                raise ValueError("types")
            return seen
        except (ValueError, TypeError, KeyError, AttributeError):
            raise VaultError(
                f"the anti-rollback state {self.path} is damaged; if you trust the vault as it "
                "is, delete that file (the vault is then trusted as first seen)"
            ) from None

    def check(self, now: Seen, *, audit: bool = True) -> list[str]:
        """Why ``now`` is older than what this user saw (empty: not older). ``audit=False``:
        the log is damaged, compare the header only."""
        seen = self.load()
        if seen is None:
            return []
        out = []
        if now.generation < seen.generation:
            out.append(f"header generation {now.generation}, but you have seen "
                       f"{seen.generation}")
        if now.key_epoch < seen.key_epoch:
            out.append(f"key epoch {now.key_epoch}, but you have seen {seen.key_epoch}")
        if not audit:
            pass
        elif now.audit_seq < seen.audit_seq:
            out.append(f"the audit log ends at entry {now.audit_seq}, but you have seen "
                       f"entry {seen.audit_seq}")
        return out

    def diverged(self, hash_at: Callable[[int], str | None]) -> str | None:
        """``verify``: the audit entry this user saw last is no longer the same (the log was
        edited or replaced by another history that is not shorter). Not refused at open:
        it may be damage, which ``verify`` describes; a rollback is what ``check`` refuses."""
        try:
            seen = self.load()
        except VaultError as err:
            return str(err)
        if seen is None or seen.audit_seq < 0:
            return None
        if hash_at(seen.audit_seq) != seen.audit_hash:
            return (f"audit entry {seen.audit_seq} is not the one you saw on this machine: the "
                    "audit log was edited or replaced")
        return None

    def save(self, now: Seen, *, replace: bool = False) -> None:
        """Remember ``now`` (merged with what is stored unless ``replace``). Best effort: a
        machine where the state cannot be written still opens vaults, with a warning."""
        try:
            self.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            fd = os.open(self.path.parent / ".lock", os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW,
                         0o600)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX)
                if not replace:
                    with contextlib.suppress(VaultError):
                        old = self.load()
                        if old is not None:
                            now = old.merged(now)
                tmp = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
                with open(tmp, "w", encoding="utf-8", opener=_opener_0600) as f:
                    json.dump({"v": STATE_VERSION, **asdict(now)}, f, sort_keys=True)
                    f.flush()
                    os.fsync(f.fileno())
                os.replace(tmp, self.path)
            finally:
                os.close(fd)
        except OSError as err:
            print(f"warning: cannot record the anti-rollback state in {self.path.parent} "
                  f"({err.strerror}); a rollback of this vault would go unnoticed on this "
                  "machine", file=sys.stderr)


def _opener_0600(path: str, flags: int) -> int:
    return os.open(path, flags | os.O_NOFOLLOW, 0o600)


def rollback_error(vault_id: str, reasons: list[str]) -> HeaderReplayError:
    return HeaderReplayError(
        "this vault is older than the last state you saw (" + "; ".join(reasons) + "): it "
        "was rolled back (an old header, catalog or audit log copied back) or restored from "
        "a backup. If you restored it from a backup on purpose, run the command again with "
        f"{ACCEPT_ENV}={vault_id}; the acceptance is recorded in the audit log"
    )


def rollback_accepted(vault_id: str) -> bool:
    """The user named this vault in ``ANONKIT_ACCEPT_ROLLBACK`` (a deliberate restore)."""
    return os.environ.get(ACCEPT_ENV, "").strip().lower() == vault_id
