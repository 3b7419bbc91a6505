"""Append-only, hash-chained, MAC'd audit log (spec: docs/vault-format.md, "Audit log").

Why this construction:
- Each entry is one line of canonical JSON. ``prev`` is the SHA-256 of the previous line (the
  first entry chains to a genesis value bound to the vault id), so removing, reordering or
  editing an entry breaks the chain at that point; ``seq`` says which.
- ``mac`` is HMAC-SHA256 under the vault's audit key of key epoch ``epoch`` (a member subkey,
  vault-format §4.5, held by every user; rotation starts a new epoch, old keys stay in the
  bundles), so a person without a slot cannot forge a consistent chain after editing it.
- ``user`` is the acting user's slot id (vault-format §4.2), not the name: names are kept
  off the disk in clear; ``anonkit audit`` shows names through the roster key.
- The newest entry's (seq, hash) is also kept in the catalog with its own MAC: cutting entries
  off the end is detected too, unless an attacker rolls back log *and* catalog together to an
  older consistent copy. Only an anchor outside the vault stops that; ``anonkit audit --json``
  prints the head hash so a steward can record it elsewhere.
- Failed unlock attempts happen without any key. They go to a second file,
  ``audit-failed.log`` (``failed_unlocks.py``): hash-chained, not MAC'd (nothing secret is
  available to MAC with; a key derived from public vault bytes would be theatre). The next
  successful unlock copies each new attempt into the MAC'd log together with the failed
  entry's hash, after which editing or removing that attempt is detected. Attempts not yet
  copied can be erased by anyone with write access to the directory: a documented limit.
- Since vault format 3 every entry is also signed with its writer's own Ed25519 key
  (``signer``, ``sig``; spec §4.7, §14): the MAC key is shared by all members, so only the
  signature says *which* member wrote an entry. ``sig`` covers the same bytes as the MAC
  (the entry without ``mac`` and ``sig``); the hash chain covers the whole line.
- Entries hold ids, event names, user names and small identifier-like details. No free text:
  ``details`` values are validated, so personal data cannot slip in through a message.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import hmac
import json
import os
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from anonkit.vault.catalog import utc_now
from anonkit.vault.errors import VaultError
from anonkit.vault.keys import cjson, label
from anonkit.vault.signing import AUDIT_SIGNATURE_LABEL, SignerKey, verifies
from anonkit.vault.storage import open_nofollow, open_read

AUDIT_VERSION = 1
#: Entries signed by their writer (vault format 3, §14).
SIGNED_AUDIT_VERSION = 2
#: What ``AuditLog`` asks for to sign: (slot id hex, signing key), or None (no key listed).
SignerFn = Callable[[], "tuple[str, Ed25519PrivateKey] | None"]
#: (slot id hex, key epoch) → the signing key the header lists for that slot then.
SignerKeyFn = Callable[[str, int], "SignerKey | None"]
GENESIS_LABEL = label("audit-genesis")
MAC_LABEL = label("audit-entry")
HEAD_MAC_LABEL = label("audit-head")

#: Events the pipeline records. Others may be added; names must match ``EVENT_RE``.
EVENTS = frozenset(
    {
        "vault_created",
        "ingest",
        "transcribe",
        "anonymize",
        "review_decision",
        "sign_off",
        "export",
        "user_added",
        "user_removed",
        "password_changed",
        "keys_rotated",
        "purge",
        "object_deleted",
        "object_shredded",
        "unlock_failed",
        "header_change_recovered",
        "rollback_accepted",
        "verify",
        "signing_keys_listed",
    }
)
EVENT_RE = re.compile(r"^[a-z][a-z0-9_]{0,39}$")
#: Users appear as slot ids (32 hex digits), never as names.
USER_RE = re.compile(r"^[0-9a-f]{32}$")
_ID_RE = re.compile(r"^[0-9a-f]{32}$")
#: Strings allowed as detail values: identifiers, hex, codes, ISO timestamps. No spaces.
_DETAIL_STR_RE = re.compile(r"^[A-Za-z0-9_.:@+-]{0,80}$")
_DETAIL_KEY_RE = re.compile(r"^[a-z][a-z0-9_]{0,39}$")
_TAIL_READ = 64 * 1024


def canonical(obj: Any) -> bytes:
    """CJSON (vault-format §1): the one byte form that hashes and MACs cover."""
    return cjson(obj)


def genesis(vault_id: str, domain: bytes = GENESIS_LABEL) -> str:
    """prev of the first entry: H(LABEL ‖ vault_id[16]) (spec §14)."""
    return hashlib.sha256(domain + bytes.fromhex(vault_id)).hexdigest()


def signed_message(body: dict[str, Any]) -> bytes:
    """What an entry's ``sig`` signs (§14): the same body the MAC covers."""
    return AUDIT_SIGNATURE_LABEL + canonical(body)


def _body(obj: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in obj.items() if k not in ("mac", "sig")}


def entry_mac(key: bytes, body: dict[str, Any]) -> str:
    return hmac.new(key, MAC_LABEL + canonical(body), hashlib.sha256).hexdigest()


def head_mac(key: bytes, seq: int, entry_hash: str) -> str:
    msg = HEAD_MAC_LABEL + f"{seq}:{entry_hash}".encode()
    return hmac.new(key, msg, hashlib.sha256).hexdigest()


def validate_details(details: dict[str, Any]) -> dict[str, Any]:
    """Reject anything that could carry free text (and so personal data) into the log."""
    for k, v in details.items():
        if not _DETAIL_KEY_RE.match(k):
            raise ValueError(f"audit detail key {k!r} is not an identifier")
        if v is None or isinstance(v, bool | int):
            continue
        if isinstance(v, str) and _DETAIL_STR_RE.match(v):
            continue
        if isinstance(v, list) and all(isinstance(x, str) and _ID_RE.match(x) for x in v):
            continue
        raise ValueError(
            f"audit detail {k}={v!r} is not allowed: use ids, numbers or short codes, never text"
        )
    return details


@dataclass(frozen=True)
class AuditEntry:
    """One parsed line of the log."""

    seq: int
    ts: str
    epoch: int
    event: str
    user: str | None
    recording: str | None
    object: str | None
    details: dict[str, Any] = field(default_factory=dict)
    prev: str = ""
    mac: str | None = None
    hash: str = ""
    #: Slot id of the user whose key signed the entry, and the signature (hex); None for
    #: entries written before signing keys existed (§14).
    signer: str | None = None
    sig: str | None = None
    #: The bytes ``sig`` covers: LABEL("audit-signature") ‖ CJSON(entry without mac, sig).
    signed_bytes: bytes = field(default=b"", repr=False, compare=False)

    def to_json(self) -> dict[str, Any]:
        return {
            "seq": self.seq,
            "ts": self.ts,
            "epoch": self.epoch,
            "event": self.event,
            "user": self.user,
            "recording": self.recording,
            "object": self.object,
            "details": self.details,
            "hash": self.hash,
        }


def _read_tail_line(f: Any) -> tuple[bytes | None, int]:
    """(last complete line or None, offset where a torn partial line starts or file size)."""
    size = os.fstat(f.fileno()).st_size
    if size == 0:
        return None, 0
    start = max(0, size - _TAIL_READ)
    f.seek(start)
    buf = f.read()
    end = len(buf)
    if not buf.endswith(b"\n"):
        cut = buf.rfind(b"\n")
        end = cut + 1 if cut >= 0 else 0
    complete = buf[:end]
    if not complete:
        if start > 0:
            # No line break in the last 64 KiB: not a line anonkit wrote. Treat it as one
            # malformed last line (verify reports it); the next entry chains to its bytes.
            return buf.rstrip(b"\n") or b"?", size
        return None, start + end
    lines = complete.rstrip(b"\n").rsplit(b"\n", 1)
    return lines[-1], start + end


@contextlib.contextmanager
def _locked_append(path: Path) -> Iterator[Any]:
    fd = open_nofollow(path, os.O_RDWR | os.O_CREAT | os.O_APPEND)
    f = os.fdopen(fd, "r+b", buffering=0)
    try:
        fcntl.flock(f.fileno(), fcntl.LOCK_EX)
        yield f
    finally:
        f.close()


def _append_line(f: Any, line: bytes, torn_at: int) -> None:
    size = os.fstat(f.fileno()).st_size
    if torn_at < size:  # a crash cut the previous append short; it was never acknowledged
        os.ftruncate(f.fileno(), torn_at)
    os.write(f.fileno(), line + b"\n")
    os.fsync(f.fileno())


def _next_seq(f: Any, last: bytes) -> tuple[int, bool]:
    """(seq for the entry after ``last``, whether ``last`` was malformed).

    A malformed last line (edited, or damaged by something other than a torn write) must not
    turn an append into a traceback, nor lose the entry of a change already committed (G9):
    the new entry takes the next line number as its seq and chains to the malformed line's
    hash; ``verify`` reports the bad line."""
    try:
        seq = _parse(last)["seq"]
        if type(seq) is int and seq >= 0:
            return seq + 1, False
    except (ValueError, KeyError, TypeError):
        pass
    f.seek(0)
    return sum(1 for line in f if line.endswith(b"\n")), True


def _parse(line: bytes) -> dict[str, Any]:
    obj = json.loads(line)
    if not isinstance(obj, dict):
        raise ValueError("not an object")
    return obj


class AuditLog:
    """The MAC'd chain in ``VAULT/audit.log``.

    ``key_for_epoch(e)`` returns the audit key of key epoch ``e`` (``None``: verify the chain
    without MACs); ``epoch`` is the one new entries use. ``load_head``/``save_head`` persist
    (seq, hash, epoch, head MAC) outside the log (the catalog's meta table) so that cutting
    entries off the end is visible; callables keep this module free of SQLite.
    """

    def __init__(
        self,
        path: Path,
        vault_id: str,
        key_for_epoch: Callable[[int], bytes] | None,
        epoch: int = 1,
        *,
        load_head: Callable[[], tuple[int, str, int, str] | None] = lambda: None,
        save_head: Callable[[int, str, int, str], None] = lambda seq, h, e, m: None,
        signer: SignerFn = lambda: None,
        signer_key: SignerKeyFn = lambda sid, epoch: None,
    ) -> None:
        self.path = path
        self.vault_id = vault_id
        self._key_for_epoch = key_for_epoch
        self.epoch = epoch
        self._load_head = load_head
        self._save_head = save_head
        self._signer = signer
        self._signer_key = signer_key
        #: Set by ``verify``: the last line is incomplete (crash during an append).
        self.torn_tail = False
        #: Set by ``verify``: entries written before signing keys existed (not problems).
        self.unsigned_older = 0

    def _key(self, epoch: int) -> bytes | None:
        return None if self._key_for_epoch is None else self._key_for_epoch(epoch)

    def append(
        self,
        event: str,
        *,
        user: str | None,
        recording: str | None = None,
        object_id: str | None = None,
        **details: Any,
    ) -> AuditEntry:
        """Append one MAC'd entry (serialised across processes by a flock on the file)."""
        key = self._key(self.epoch)
        if key is None:
            raise RuntimeError("appending to the audit log needs the audit key")
        if not EVENT_RE.match(event):
            raise ValueError(f"bad audit event name {event!r}")
        if user is not None and not USER_RE.match(user):
            raise ValueError("audit entries name users by slot id")
        for what, val in (("recording", recording), ("object", object_id)):
            if val is not None and not _ID_RE.match(val):
                raise ValueError(f"bad {what} id for the audit log: {val!r}")
        validate_details(details)
        with _locked_append(self.path) as f:
            last, torn_at = _read_tail_line(f)
            if last is None:
                seq, prev = 0, genesis(self.vault_id)
            else:
                seq, malformed = _next_seq(f, last)
                prev = hashlib.sha256(last).hexdigest()
                if malformed:
                    details = {**details, "after_malformed_line": True}
            if torn_at < os.fstat(f.fileno()).st_size:
                details = {**details, "repaired_torn_tail": True}
            body = {
                "v": AUDIT_VERSION,
                "seq": seq,
                "ts": utc_now(),
                "epoch": self.epoch,
                "event": event,
                "user": user,
                "recording": recording,
                "object": object_id,
                "details": details,
                "prev": prev,
            }
            signer = self._signer()
            sig = None
            if signer is not None:
                body["v"] = SIGNED_AUDIT_VERSION
                body["signer"] = signer[0]
                sig = signer[1].sign(signed_message(body)).hex()
            mac = entry_mac(key, body)
            line = canonical({**body, "mac": mac} if sig is None
                             else {**body, "mac": mac, "sig": sig})
            _append_line(f, line, torn_at)
            h = hashlib.sha256(line).hexdigest()
            self._save_head(seq, h, self.epoch, head_mac(key, seq, h))
        return AuditEntry(
            seq, body["ts"], self.epoch, event, user, recording, object_id, details, prev, mac, h,
            body.get("signer"), sig, signed_message(body) if sig else b"",
        )

    def signed_by(self, entry: AuditEntry) -> SignerKey | None:
        """The header-listed key whose signature the entry carries, if it verifies (§14);
        None for an unsigned entry or one whose signature does not verify."""
        if entry.sig is None or not isinstance(entry.signer, str) or not USER_RE.match(
                entry.signer):
            return None
        key = self._signer_key(entry.signer, entry.epoch)
        try:
            sig = bytes.fromhex(entry.sig)
        except (TypeError, ValueError):
            return None
        if key is None or not verifies(key.public, sig, entry.signed_bytes):
            return None
        return key

    def entries(self) -> list[AuditEntry]:
        """All entries as stored, without checking them (``verify`` checks)."""
        out = []
        for _, line in _lines(self.path):
            try:
                obj = _parse(line)
                out.append(_entry(obj, hashlib.sha256(line).hexdigest()))
            except (ValueError, KeyError, TypeError):
                continue
        return out

    def parses_cleanly(self, entries: list[AuditEntry]) -> bool:
        """Every complete line parsed into ``entries`` with seq 0, 1, 2, … (cheap: no MACs).
        When False, the log is damaged and ``verify`` says how; the anti-rollback check
        then compares the header only."""
        complete = sum(1 for _, line in _lines(self.path) if line.endswith(b"\n"))
        return complete == len(entries) and all(e.seq == i for i, e in enumerate(entries))

    def verify(self) -> list[str]:
        """Problems found in the chain, as user-facing sentences ([] = intact)."""
        problems: list[str] = []
        self.torn_tail = False
        self.unsigned_older = 0
        seen_signed = False
        expected_prev = genesis(self.vault_id)
        expected_seq = 0
        hashes: dict[int, str] = {}
        for lineno, line in _lines(self.path):
            if not line.endswith(b"\n"):
                # A torn last line: a write cut short by a crash, never acknowledged (the
                # head in the catalog is updated only after it). The next append removes it;
                # entries that were acknowledged are checked against the head below.
                self.torn_tail = True
                break
            line = line[:-1]
            try:
                obj = _parse(line)
                entry = _entry(obj, hashlib.sha256(line).hexdigest())
            except (ValueError, KeyError, TypeError):
                problems.append(f"audit log line {lineno} is not a valid entry (edited)")
                break
            body = _body(obj)
            if entry.sig is not None:
                seen_signed = True
                if self.signed_by(entry) is None:
                    problems.append(
                        f"audit entry seq {entry.seq} (line {lineno}): its signature does not "
                        "verify against the signing key the header lists for its signer: it was "
                        "forged or edited")
                elif entry.signer != (entry.details.get("confirmed_by")
                                      if entry.event == "unlock_failed" else entry.user):
                    problems.append(
                        f"audit entry seq {entry.seq} (line {lineno}) names a user other than "
                        "the member who signed it: a forged attribution")
            elif seen_signed:
                problems.append(
                    f"audit entry seq {entry.seq} (line {lineno}) is unsigned although entries "
                    "before it are signed: it was forged (or the signature removed)")
            else:
                self.unsigned_older += 1
            key = self._entry_key(entry.epoch, problems)
            if key is not None and not hmac.compare_digest(
                str(obj.get("mac")), entry_mac(key, body)
            ):
                problems.append(
                    f"audit entry seq {entry.seq} (line {lineno}) fails its MAC: it was edited"
                )
            if entry.seq != expected_seq:
                how = "removed" if entry.seq > expected_seq else "reordered or duplicated"
                problems.append(
                    f"audit log line {lineno}: expected entry seq {expected_seq}, found "
                    f"{entry.seq}: entries were {how}"
                )
            elif entry.prev != expected_prev:
                problems.append(
                    f"audit entry seq {entry.seq} (line {lineno}) does not chain to the entry "
                    "before it: an entry was removed, reordered or edited"
                )
            hashes[entry.seq] = entry.hash
            expected_prev = entry.hash
            expected_seq = entry.seq + 1
        head = self._load_head()
        if head is None and hashes:
            problems.append("the catalog records no audit head although the log has entries: "
                            "the audit_head row was deleted (tampering)")
        if head is not None:
            seq, h, epoch, mac = head
            key = self._entry_key(epoch, problems)
            if key is not None and not hmac.compare_digest(mac, head_mac(key, seq, h)):
                problems.append("the audit head recorded in the catalog fails its MAC (edited)")
            elif hashes.get(seq) != h:
                problems.append(
                    f"the audit log ends before entry seq {seq} recorded in the catalog, or that "
                    "entry was changed: entries were cut off the end"
                )
        return problems

    def _entry_key(self, epoch: int, problems: list[str]) -> bytes | None:
        try:
            return self._key(epoch)
        except VaultError:
            msg = f"audit entries of key epoch {epoch} cannot be checked: you hold no key for it"
            if msg not in problems:
                problems.append(msg)
            return None


def _lines(path: Path) -> Iterator[tuple[int, bytes]]:
    if not os.path.lexists(path):
        return
    with open_read(path) as f:
        yield from enumerate(f, start=1)


def _entry(obj: dict[str, Any], h: str) -> AuditEntry:
    return AuditEntry(
        seq=int(obj["seq"]),
        ts=str(obj["ts"]),
        epoch=int(obj["epoch"]),
        event=str(obj["event"]),
        user=obj.get("user"),
        recording=obj.get("recording"),
        object=obj.get("object"),
        details=dict(obj.get("details") or {}),
        prev=str(obj["prev"]),
        mac=obj.get("mac"),
        hash=h,
        signer=obj.get("signer"),
        sig=obj.get("sig"),
        signed_bytes=signed_message(_body(obj)) if "sig" in obj else b"",
    )
