"""approve (steward, leak check, open flags, recorded approval) and export (approved only,
drafts marked, text pinned to the approved digest), on real vaults."""

from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path

import pytest

from anonkit.errors import InputError
from anonkit.workflow import release
from anonkit.workflow.errors import LeakError, NotApprovedError, OpenFlagsError, RoleError
from anonkit.workflow.recordings import load_doc
from tests.workflow.conftest import open_vault


def _add_open_flag(v, rid: str) -> None:
    [old] = v.list(recording_id=rid, kind="review")
    review = json.loads(v.get_bytes(old.id))
    review["flags"].append({"start": 0, "end": 7, "type": "CAPITALIZED", "score": 0.3,
                            "source": "flags", "decision": None})
    v.put_bytes("identifiable", "review", json.dumps(review).encode(), rid)


def test_export_refuses_unapproved(vault_copy, tmp_path: Path) -> None:
    v, rid = vault_copy
    with pytest.raises(NotApprovedError):
        release.export(v, [rid], "txt", tmp_path / "out")
    assert not (tmp_path / "out").exists()


def test_draft_by_steward_is_marked(vault_copy, tmp_path: Path) -> None:
    v, rid = vault_copy
    [path] = release.export(v, [rid], "txt", tmp_path / "out", draft=True)
    lines = [ln for ln in path.read_text().splitlines() if ln]
    assert path.name.endswith(".draft.txt") and all(ln.startswith("DRAFT") for ln in lines)


def test_open_flags_block_approval_unless_accepted_with_reason(vault_copy) -> None:
    v, rid = vault_copy
    _add_open_flag(v, rid)
    with pytest.raises(OpenFlagsError):
        release.approve(v, rid)
    with pytest.raises(InputError, match="reason"):
        release.approve(v, rid, accept_flags=True)
    out = release.approve(v, rid, accept_flags=True, reason="checked: a common word")
    assert out["accepted_flags"] >= 1
    entry = [e for e in v.audit_entries() if e.event == "sign_off"][-1]
    assert entry.recording == rid and entry.user == v.user_slot
    assert entry.details["text_sha256"] == release.doc_digest(load_doc(v, rid))
    assert entry.details["reason_sha256"] == hashlib.sha256(b"checked: a common word").hexdigest()
    assert release.open_flags(v, rid) == []
    assert v.recording(rid).approved


def test_approve_then_export_every_format(vault_copy, tmp_path: Path) -> None:
    v, rid = vault_copy
    if release.open_flags(v, rid):
        release.approve(v, rid, accept_flags=True, reason="test")
    else:
        release.approve(v, rid)
    for fmt in release.FORMAT_CHOICES:
        paths = release.export(v, None, fmt, tmp_path / "out", speakers={"S1": "Interviewer"})
        assert len(paths) == 1 and paths[0].stat().st_size > 0
    names = {p.name for p in (tmp_path / "out").iterdir()}
    assert f"{rid}.nvivo.txt" in names and "anonkit-export.qdpx" in names
    assert "Interviewer" in (tmp_path / "out" / f"{rid}.txt").read_text()
    with zipfile.ZipFile(tmp_path / "out" / "anonkit-export.qdpx") as z:
        assert "project.qde" in z.namelist()
    exports = [e for e in v.audit_entries() if e.event == "export"]
    assert len(exports) == len(release.FORMAT_CHOICES)


def test_export_refuses_text_changed_after_approval(vault_copy, tmp_path: Path) -> None:
    v, rid = vault_copy
    release.approve(v, rid, accept_flags=True, reason="test")
    doc = json.loads(v.get_bytes(v.list(recording_id=rid, kind="transcript_pseudonymized")[0].id))
    doc["segments"][0]["text"] = doc["segments"][0]["text"] + " (edited)"
    v.put_bytes("anonymized", "transcript_pseudonymized", json.dumps(doc).encode(), rid)
    with pytest.raises(NotApprovedError, match="differs"):
        release.export(v, [rid], "txt", tmp_path / "out")


def test_approve_runs_the_leak_check(vault_copy) -> None:
    v, rid = vault_copy
    doc = json.loads(v.get_bytes(v.list(recording_id=rid, kind="transcript_pseudonymized")[0].id))
    doc["segments"][0]["text"] += " Irene called."
    v.put_bytes("anonymized", "transcript_pseudonymized", json.dumps(doc).encode(), rid)
    with pytest.raises(LeakError):
        release.approve(v, rid, accept_flags=True, reason="x")
    assert not v.recording(rid).approved


def test_only_a_steward_approves(vault_copy) -> None:
    from anonkit.vault.kdf import KdfParams

    v, rid = vault_copy
    v.add_user("ingrid", "interviewer", "ingrid pw", KdfParams.testing())
    with open_vault(v.root, "ingrid", "ingrid pw") as iv, pytest.raises(RoleError):
        release.approve(iv, rid)


def test_forged_approval_does_not_release(vault_copy, tmp_path: Path) -> None:
    """An interviewer holds the shared audit MAC key, so they can write a well-formed
    ``sign_off`` entry with the right digest, even one naming the steward, and flip the
    catalog's ``approved`` flag. None of it is an approval: an approval is a signature by a
    steward's own key over the approved text's digest (vault-format §14), and export
    refuses."""
    from anonkit.vault.audit import AuditLog
    from anonkit.vault.kdf import KdfParams

    v, rid = vault_copy
    digest = release.doc_digest(load_doc(v, rid))
    v.add_user("ingrid", "interviewer", "ingrid pw", KdfParams.testing())
    with open_vault(v.root, "ingrid", "ingrid pw") as iv:
        # 1. signed with ingrid's own key, naming herself
        iv.audit_append("sign_off", recording_id=rid, text_sha256=digest, accepted_flags=0)
        # 2. signed with her key, naming the steward
        iv.audit_log.append("sign_off", user=v.user_slot, recording=rid, text_sha256=digest,
                            accepted_flags=0)
        # 3. unsigned, naming the steward, MAC'd with the shared key
        AuditLog(iv.layout.audit, iv.vault_id, lambda e: iv.keyring.subkey("audit", e),
                 iv.keyring.key_epoch).append("sign_off", user=v.user_slot, recording=rid,
                                              text_sha256=digest, accepted_flags=0)
    v.update_recording(rid, stage="approved", approved=True)  # the catalog is unauthenticated
    forged = [e for e in v.audit_entries() if e.event == "sign_off"]
    assert len(forged) == 3 and not any(release.is_approval(v, e) for e in forged)
    assert release.approved_digest(v, rid) is None
    with pytest.raises(NotApprovedError, match="no approval signed by a steward"):
        release.export(v, [rid], "txt", tmp_path / "out")
    assert not (tmp_path / "out").exists()
    # the steward's real approval is a signature over the digest, and releases the text
    release.approve(v, rid, accept_flags=True, reason="checked")
    [real] = [e for e in v.audit_entries() if e.event == "sign_off"][3:]
    assert release.is_approval(v, real) and real.signer == v.user_slot
    assert real.details["text_sha256"] == digest
    assert release.export(v, [rid], "txt", tmp_path / "out")
