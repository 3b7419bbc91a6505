"""Sign-off and release: ``approve`` (steward) and ``export`` (approved text only).

The approval is the release gate (design.md §4): the leak check must pass, every flag must
be decided (or accepted in bulk with a reason), and the exact text approved is pinned by
its SHA-256 in a ``sign_off`` audit entry signed with the steward's own Ed25519 key
(vault-format §4.7, §14), so ``export`` can prove it releases what a steward approved. Every
member holds the audit MAC key, so a MAC alone would let an interviewer write an
"approval"; the signature cannot be made without that steward's user key.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from anonkit.errors import InputError
from anonkit.fileio import write_atomic
from anonkit.workflow.errors import (
    LeakError,
    NotApprovedError,
    NotReadyError,
    OpenFlagsError,
    RoleError,
)
from anonkit.workflow.formats import EXPORT_FORMATS
from anonkit.workflow.recordings import IDENTIFIABLE, REVIEW, _newest, load_doc

if TYPE_CHECKING:
    from anonkit.vault.audit import AuditEntry
    from anonkit.vault.vault import Vault
    from anonkit.workflow.document import PseudonymizedDoc

SIGN_OFF = "sign_off"
FORMAT_CHOICES = EXPORT_FORMATS


def doc_digest(doc: PseudonymizedDoc) -> str:
    return hashlib.sha256(doc.to_json()).hexdigest()


def open_flags(vault: Vault, rid: str) -> list[dict[str, Any]]:
    """Flags of the recording's review record that no one has decided on yet."""
    oid = _newest(vault, rid, IDENTIFIABLE, REVIEW)
    if oid is None:
        return []
    review = json.loads(vault.get_bytes(oid))
    return [f for f in review.get("flags", []) if f.get("decision") is None]


def _require_steward(vault: Vault, action: str) -> None:
    if vault.role.value != "steward":
        raise RoleError(f"user {vault.user} ({vault.role.value}) may not {action}: "
                        "stewards only")


def record_approval(vault: Vault, rid: str, digest: str, *, accepted_flags: int,
                    reason: str | None) -> None:
    """Record who approved which text when. THE one place an approval is written: a
    ``sign_off`` audit entry (hash-chained, MAC'd) holding the SHA-256 of the approved
    document, *signed with the steward's own signing key* over that digest, the recording,
    the time and the steward's slot id (§14). A vault whose header does not list signing
    keys yet (format version 2) is upgraded first, so every approval is signed. The
    free-text reason is personal-ish: it is kept in the identifiable review record; the
    audit entry holds its digest."""
    if not vault.can_sign():
        vault.list_signing_keys()
    oid = _newest(vault, rid, IDENTIFIABLE, REVIEW)
    review = json.loads(vault.get_bytes(oid)) if oid else {"document": rid, "flags": []}
    now = dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    review["approval"] = {"user": vault.user, "at": now, "sha256": digest,
                          "accepted_flags": accepted_flags, "reason": reason}
    if accepted_flags:
        for f in review.get("flags", []):
            if f.get("decision") is None:
                f["decision"] = "accepted_at_sign_off"
    vault.put_bytes(IDENTIFIABLE, REVIEW, json.dumps(review).encode(), rid)
    details: dict[str, Any] = {"text_sha256": digest, "accepted_flags": accepted_flags}
    if reason:
        details["reason_sha256"] = hashlib.sha256(reason.encode()).hexdigest()
    entry = vault.audit_append(SIGN_OFF, recording_id=rid, **details)
    if not is_approval(vault, entry):  # cannot happen unless the vault code is broken
        raise RuntimeError("the approval was written without a valid steward signature")


def is_approval(vault: Vault, entry: AuditEntry) -> bool:
    """A ``sign_off`` entry is an approval only if it is signed by the steward it names,
    with the key the header lists for them (§14). Unsigned entries (vault format 2, or
    written by anyone with the shared MAC key) and entries whose signature does not verify
    are not approvals."""
    if entry.event != SIGN_OFF or entry.signer != entry.user:
        return False
    role = vault.signer_role(entry)
    return role is not None and role.value == "steward"


def approved_digest(vault: Vault, rid: str) -> str | None:
    """The digest of the last valid approval of ``rid`` (``is_approval``), or None."""
    digest = None
    for e in vault.audit_entries():
        if e.event == SIGN_OFF and e.recording == rid and is_approval(vault, e):
            digest = e.details.get("text_sha256")
    return digest if isinstance(digest, str) else None


def approve(vault: Vault, rid: str, *, accept_flags: bool = False,
            reason: str | None = None) -> dict[str, Any]:
    """Steward's sign-off of one recording (see the module docstring for the gate)."""
    from anonkit.anonymize.leakcheck import find_leaks
    from anonkit.workflow.project import load_key

    _require_steward(vault, "approve transcripts")
    rec = vault.recording(rid)
    # Approved without a valid signed approval (vault format 2, or a forged catalog flag):
    # a steward may approve it (again), which signs it.
    if rec.approved and approved_digest(vault, rid) is not None:
        raise InputError(f"recording {rid} is already approved")
    if rec.stage not in ("anonymized", "approved"):
        raise NotReadyError(f"recording {rid} is {rec.stage}, not anonymized: run "
                            "`anonkit process` first")
    doc = load_doc(vault, rid)
    key = load_key(vault)
    if key is not None:
        certain = [leak for leak in find_leaks(doc.text, key) if leak.certain]
        if certain:
            raise LeakError(f"leak check failed: {len(certain)} original name(s) from the key "
                            f"remain in recording {rid}; fix them in review, then approve")
    flags = open_flags(vault, rid)
    if flags and not accept_flags:
        raise OpenFlagsError(
            f"recording {rid} has {len(flags)} open flag(s) (listed above); decide them in "
            "`anonkit review`, or approve with --accept-flags --reason TEXT")
    if accept_flags and not (reason and reason.strip()):
        raise InputError("--accept-flags needs --reason TEXT (why the flags may stay)")
    digest = doc_digest(doc)
    record_approval(vault, rid, digest, accepted_flags=len(flags) if accept_flags else 0,
                    reason=reason.strip() if reason else None)
    vault.update_recording(rid, stage="approved", approved=True)
    return {"id": rid, "sha256": digest, "accepted_flags": len(flags) if accept_flags else 0}


def export(
    vault: Vault,
    recording_ids: Iterable[str] | None,
    fmt: str,
    out_dir: Path,
    *,
    draft: bool = False,
    speakers: Mapping[str, str] | None = None,
) -> list[Path]:
    """Write approved transcripts (a steward's ``draft``: any anonymized one, marked DRAFT)
    into ``out_dir``: ``<id>.<ext>`` each, or one ``anonkit-export.qdpx``. Checked before
    anything is written: every recording is approved and its text is the approved text."""
    from anonkit.workflow.export import FORMATS, ExportOptions, render_qdpx

    if fmt not in FORMAT_CHOICES:
        raise InputError(f"unknown format {fmt!r}; use one of {', '.join(FORMAT_CHOICES)}")
    if draft:
        _require_steward(vault, "export drafts")
    ids = list(recording_ids or [])
    if not ids:
        wanted = ("anonymized", "approved") if draft else ("approved",)
        ids = [r.id for r in vault.recordings() if r.stage in wanted]
        if not ids:
            raise NotApprovedError("no approved recording to export"
                                   + ("" if draft else " (a steward approves with "
                                      "`anonkit approve`)"))
    docs = []
    for rid in ids:
        rec = vault.recording(rid)
        if not rec.approved and not draft:
            raise NotApprovedError(f"recording {rid} has not been approved by a steward; "
                                   "export refuses it (stewards may export --draft)")
        doc = load_doc(vault, rid)
        if rec.approved and not draft:
            approved = approved_digest(vault, rid)
            if approved is None:
                raise NotApprovedError(
                    f"recording {rid} has no approval signed by a steward (a forged entry, or "
                    "one from before signing keys): a steward must approve it again")
            if approved != doc_digest(doc):
                raise NotApprovedError(f"recording {rid}: its text differs from the text a "
                                       "steward approved; it must be approved again")
        docs.append(doc)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise InputError(f"cannot create {out_dir}: {err.strerror}") from None
    opt = ExportOptions(speakers=dict(speakers or {}), draft=draft)
    suffix = ".draft" if draft else ""
    written = []
    if fmt == "qdpx":
        path = out_dir / f"anonkit-export{suffix}.qdpx"
        write_atomic(path, render_qdpx(docs, opt, user=vault.user))
        written.append(path)
    else:
        ext, render = FORMATS[fmt]
        for doc in docs:
            path = out_dir / f"{doc.recording}{suffix}.{ext}"
            write_atomic(path, render(doc, opt))
            written.append(path)
    for doc in docs:
        vault.audit_append("export", recording_id=doc.recording, format=fmt, draft=draft)
    return written


def parse_speakers(values: Iterable[str]) -> dict[str, str]:
    """``("S1=Interviewer", "S2=P07")`` → ``{"S1": "Interviewer", "S2": "P07"}``."""
    out = {}
    for v in values:
        label, sep, name = v.partition("=")
        if not sep or not label.strip() or not name.strip():
            raise InputError(f"--speaker takes LABEL=NAME (e.g. S1=Interviewer), not {v!r}")
        out[label.strip()] = name.strip()
    return out
