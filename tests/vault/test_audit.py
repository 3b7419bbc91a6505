"""Property 8: the audit log is append-only, hash-chained and MAC'd; verify detects a
removed, edited, reordered or cut-off entry; failed unlocks are recorded."""

from __future__ import annotations

import json

import pytest
from vault_testlib import STEWARD, make_vault, open_as

from anonkit.vault.audit import AuditLog, validate_details
from anonkit.vault.errors import WrongPasswordError


@pytest.fixture
def vault_with_log(tmp_path):
    v = make_vault(tmp_path / "v", analyst=True)
    rid = v.new_recording()
    for event in ("ingest", "transcribe", "anonymize", "review_decision", "sign_off", "export"):
        v.audit_append(event, recording_id=rid, stage=event)
    yield v
    v.close()


def _lines(v):
    return v.layout.audit.read_bytes().splitlines(keepends=True)


def _write(v, lines):
    v.layout.audit.write_bytes(b"".join(lines))


def test_intact_chain_verifies(vault_with_log):
    v = vault_with_log
    assert v.verify().ok
    events = [e.event for e in v.audit_entries()]
    assert events[:2] == ["vault_created", "user_added"]
    assert events[-1] == "export"
    assert all(e.user == v.user_slot for e in v.audit_entries())


def test_removed_entry_detected(vault_with_log):
    v = vault_with_log
    lines = _lines(v)
    _write(v, lines[:3] + lines[4:])
    problems = v.verify().problems
    assert any("expected entry seq 3, found 4" in p and "removed" in p for p in problems)


def test_edited_entry_detected(vault_with_log):
    v = vault_with_log
    lines = _lines(v)
    entry = json.loads(lines[4])
    entry["details"]["stage"] = "forged"
    lines[4] = json.dumps(entry, sort_keys=True, separators=(",", ":")).encode() + b"\n"
    _write(v, lines)
    problems = v.verify().problems
    assert any("seq 4" in p and "MAC" in p and "edited" in p for p in problems)


def test_reordered_entries_detected(vault_with_log):
    v = vault_with_log
    lines = _lines(v)
    lines[3], lines[4] = lines[4], lines[3]
    _write(v, lines)
    assert any("reordered" in p or "removed" in p for p in v.verify().problems)


def test_cut_off_tail_detected(vault_with_log):
    v = vault_with_log
    _write(v, _lines(v)[:-2])
    assert any("cut off the end" in p for p in v.verify().problems)


def test_forged_entry_without_key_detected(vault_with_log):
    """An attacker without a slot appends a well-chained entry with a made-up MAC."""
    v = vault_with_log
    forger = AuditLog(v.layout.audit, v.vault_id, lambda e: b"\0" * 32, 1)
    forger.append("export", user=v.user_slot)
    assert any("fails its MAC" in p for p in v.verify().problems)


def test_details_refuse_free_text():
    with pytest.raises(ValueError, match="never text"):
        validate_details({"note": "Kari Nordmann from Tromsø"})
    with pytest.raises(ValueError):
        validate_details({"Bad Key": 1})
    assert validate_details({"count": 3, "code": "asr_failed", "ok": True}) == {
        "count": 3, "code": "asr_failed", "ok": True}


def test_failed_unlock_recorded_then_confirmed(tmp_path):
    root = tmp_path / "v"
    make_vault(root).close()
    with pytest.raises(WrongPasswordError):
        open_as(root, STEWARD, "wrong")
    failed = (root / "audit-failed.log").read_text()
    assert "wrong_password" in failed and STEWARD not in failed  # slot id, not the name
    v = open_as(root)
    confirmed = [e for e in v.audit_entries() if e.event == "unlock_failed"]
    assert len(confirmed) == 1 and confirmed[0].details["reason"] == "wrong_password"
    assert v.verify().ok
    # Once confirmed, erasing the attempt from audit-failed.log is detected.
    (root / "audit-failed.log").write_bytes(b"")
    assert any("failed unlock attempt 0" in p for p in v.verify().problems)
    v.close()
    # Re-opening does not import the same attempt twice.
    v = open_as(root)
    assert len([e for e in v.audit_entries() if e.event == "unlock_failed"]) == 1
    v.close()


def test_torn_tail_from_crash_is_repaired_by_next_append(vault_with_log):
    v = vault_with_log
    with open(v.layout.audit, "ab") as f:
        f.write(b'{"v":1,"seq":99,"ts"')  # a write cut short by a crash
    rep = v.verify()
    assert rep.ok and any("incomplete" in w for w in rep.warnings)
    entry = v.audit_append("export")
    assert entry.details.get("repaired_torn_tail") is True
    rep = v.verify()
    assert rep.ok and not rep.warnings


def test_audit_survives_rotation(vault_with_log):
    v = vault_with_log
    v.rotate_keys()
    v.audit_append("export")
    assert {e.epoch for e in v.audit_entries()} == {1, 2}
    assert v.verify().ok
