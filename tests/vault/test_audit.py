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


# --- per-user signatures (spec §4.7, §14, §16 N6) ------------------------------------------


def _rewrite_log(v, objs) -> None:
    """What a member can do with the shared audit key: rewrite the log, recompute every MAC,
    the whole hash chain and the MAC'd head in the catalog. Signatures are left as found
    (the forger does not hold the other members' signing keys)."""
    import hashlib

    from anonkit.vault.audit import canonical, entry_mac, genesis, head_mac
    from anonkit.vault.meta import META_AUDIT_HEAD

    prev, lines = genesis(v.vault_id), []
    for obj in objs:
        obj = {**obj, "prev": prev}
        body = {k: x for k, x in obj.items() if k not in ("mac", "sig")}
        obj["mac"] = entry_mac(v.keyring.subkey("audit", obj["epoch"]), body)
        line = canonical(obj)
        lines.append(line)
        prev = hashlib.sha256(line).hexdigest()
    v.layout.audit.write_bytes(b"".join(line + b"\n" for line in lines))
    last = objs[-1]
    key = v.keyring.subkey("audit", last["epoch"])
    mac = head_mac(key, last["seq"], prev)
    with v.catalog.transaction() as db:
        v.catalog.set_meta(META_AUDIT_HEAD, f"{last['seq']}:{prev}:{last['epoch']}:{mac}", db)


def _signature_problems(report) -> list[str]:
    # MACs, chain and head were recomputed: only signatures catch it (the per-machine
    # anti-rollback state may also notice a rewritten entry this test process saw before; a
    # forger on another machine would not trip it, so it is not counted on here).
    other = [p for p in report.problems if "sign" not in p and "on this machine" not in p]
    assert other == [], other
    return report.problems


def test_member_editing_another_members_entry_is_detected(tmp_path):
    """N6 closed: an interviewer edits the steward's entry and recomputes MAC, chain and head
    with the shared audit key; the steward's signature no longer verifies."""
    from vault_testlib import INTERVIEWER, INTERVIEWER_PW

    root = tmp_path / "v"
    steward = make_vault(root, interviewer=True)
    steward.audit_append("export", recording_id="ab" * 16, draft=False)
    steward.close()
    assert open_as(root).verify().ok  # every entry is signed by its writer
    ina = open_as(root, INTERVIEWER, INTERVIEWER_PW)
    objs = [json.loads(line) for line in ina.layout.audit.read_bytes().splitlines()]
    assert all("sig" in o and o["signer"] == o["user"] for o in objs)
    target = next(o for o in objs if o["event"] == "export")
    target["details"] = {"draft": True}
    _rewrite_log(ina, objs)
    problems = _signature_problems(open_as(root).verify())
    assert any(f"seq {target['seq']} " in p and "signature does not verify" in p
               for p in problems)


def test_member_forging_an_entry_in_another_members_name_is_detected(tmp_path):
    """The forger writes a new entry naming the steward: unsigned (caught: it follows
    signed entries), or signed with the forger's own key (caught: signer ≠ user), or with
    the signer field set to the steward (caught: the signature does not verify)."""
    from vault_testlib import INTERVIEWER, INTERVIEWER_PW

    root = tmp_path / "v"
    make_vault(root, interviewer=True).close()
    steward_slot = open_as(root).user_slot
    ina = open_as(root, INTERVIEWER, INTERVIEWER_PW)
    clean = ina.layout.audit.read_bytes()

    unsigned = AuditLog(ina.layout.audit, ina.vault_id,
                        lambda e: ina.keyring.subkey("audit", e), ina.keyring.key_epoch)
    unsigned.append("sign_off", user=steward_slot, recording_id="ab" * 16)
    assert any("is unsigned although entries before it are signed" in p
               for p in open_as(root).verify().problems)

    ina.layout.audit.write_bytes(clean)
    ina.audit_log.append("sign_off", user=steward_slot, recording="ab" * 16)
    assert any("names a user other than the member who signed it" in p
               for p in open_as(root).verify().problems)

    objs = [json.loads(line) for line in ina.layout.audit.read_bytes().splitlines()]
    objs[-1]["signer"] = steward_slot
    _rewrite_log(ina, objs)
    problems = _signature_problems(open_as(root).verify())
    assert any("signature does not verify" in p for p in problems)


def test_signing_keys_survive_rotation_and_removal(tmp_path):
    """Entries written before a rotation, and by a member removed since, stay verifiable: the
    header keeps every signing public key with the epoch it starts (§4.7)."""
    from vault_testlib import INTERVIEWER, INTERVIEWER_PW

    root = tmp_path / "v"
    make_vault(root, interviewer=True).close()
    ina = open_as(root, INTERVIEWER, INTERVIEWER_PW)
    ina.audit_append("ingest", recording_id="cd" * 16)
    ina_slot = ina.user_slot
    ina.close()
    v = open_as(root)
    v.remove_user(INTERVIEWER)
    v.rotate_keys()
    v.audit_append("verify")
    report = v.verify()
    assert report.ok, report.problems
    epochs = [e.epoch for e in v.audit_entries()]
    assert min(epochs) == 1 and max(epochs) == 2
    assert all(e.sig is not None for e in v.audit_entries())
    assert [k.from_epoch for k in v.header.signers[bytes.fromhex(v.user_slot)]] == [1, 2]
    assert bytes.fromhex(ina_slot) in v.header.signers  # removed, still verifiable
    assert v.header.version == 3


def test_unsigned_older_entries_are_warnings_then_unsigned_is_forged(tmp_path):
    """Upgrade path (§14, §17): entries written before the header listed signing keys are
    counted as "unsigned (older format)", not problems; once an entry is signed, an unsigned
    one after it is a problem. Real files and real keys, the AuditLog alone."""
    from anonkit.vault.keys import Role, new_x25519
    from anonkit.vault.signing import SignerKey, derive_signing_key, public_bytes

    sid, vault_id = "11" * 16, "22" * 16
    sign_sk = derive_signing_key(new_x25519(), bytes.fromhex(vault_id), bytes.fromhex(sid))
    listed = SignerKey(public_bytes(sign_sk), 1, Role.STEWARD)
    state: dict = {"signing": False, "head": None}
    log = AuditLog(tmp_path / "audit.log", vault_id, lambda e: b"k" * 32, 1,
                   load_head=lambda: state["head"],
                   save_head=lambda *head: state.update(head=head),
                   signer=lambda: (sid, sign_sk) if state["signing"] else None,
                   signer_key=lambda s, e: listed if s == sid else None)
    log.append("ingest", user=sid)
    log.append("transcribe", user=sid)
    assert log.verify() == [] and log.unsigned_older == 2
    state["signing"] = True
    entry = log.append("sign_off", user=sid)
    assert entry.sig is not None and log.signed_by(entry) == listed
    assert log.verify() == [] and log.unsigned_older == 2
    state["signing"] = False
    log.append("export", user=sid)
    assert any("seq 3" in p and "unsigned although" in p for p in log.verify())
