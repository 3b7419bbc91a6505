"""The Vault facade end to end (vault-requirements properties 2–6, 9, 10)."""

from __future__ import annotations

import hashlib
import io
import os
import shutil
import struct

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from vault_testlib import (
    ANALYST,
    ANALYST_PW,
    INTERVIEWER,
    INTERVIEWER_PW,
    STEWARD,
    STEWARD_PW,
    PatternReader,
    make_vault,
    open_as,
    pattern_sha256,
    tree_digest,
    weak,
)

from anonkit.vault import envelope
from anonkit.vault.errors import (
    AccessDeniedError,
    HeaderReplayError,
    ObjectNotFoundError,
    TamperedError,
    UnknownUserError,
    UnsupportedFormatVersionError,
    VaultError,
    VaultNotFoundError,
    WrongPasswordError,
)
from anonkit.vault.keys import Role, Tier
from anonkit.vault.stream import CHUNK_SIZE
from anonkit.vault.vault import Vault


@pytest.fixture
def vault(tmp_path):
    v = make_vault(tmp_path / "v", analyst=True, interviewer=True)
    yield v
    v.close()


def test_roundtrip_streamed_multi_chunk(vault):
    size = 3 * CHUNK_SIZE + 123
    oid = vault.put("identifiable", "audio", PatternReader(size))
    h = hashlib.sha256()
    for chunk in vault.open_reader(oid):
        h.update(chunk)
    assert h.hexdigest() == pattern_sha256(size)
    info = vault.info(oid)
    assert (info.plaintext_size, info.tier, info.kind) == (size, "identifiable", "audio")
    assert info.ciphertext_size == envelope.object_size(size)


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(size=st.one_of(st.sampled_from([0, 1, CHUNK_SIZE - 1, CHUNK_SIZE, CHUNK_SIZE + 1,
                                       2 * CHUNK_SIZE]), st.integers(0, 3 * CHUNK_SIZE)),
       write_size=st.sampled_from([1000, CHUNK_SIZE, 100_000]))
def test_roundtrip_sizes_around_chunk_boundaries(vault, size, write_size):
    data = bytes((i * 7) % 251 for i in range(size))
    with vault.open_writer("anonymized", "transcript_pseudonymized") as w:
        for i in range(0, size, write_size):
            w.write(data[i:i + write_size])
    assert vault.get_bytes(w.object_id) == data


def test_writer_exception_leaves_nothing(vault):
    with pytest.raises(RuntimeError), vault.open_writer("identifiable", "audio") as w:
        w.write(b"x" * 100_000)
        raise RuntimeError("caller failed mid-stream")
    assert vault.list() == []
    assert list(vault.layout.tmp.iterdir()) == []
    assert list(vault.layout.iter_object_files()) == []
    assert list(vault.layout.iter_key_files()) == []


def test_wrong_password_leaves_every_file_byte_identical(tmp_path):
    """Property 3: a wrong password changes nothing. The single exception, by design
    (spec §14), is one appended line in audit-failed.log (property 8: failed unlocks are
    audited); everything else, the catalog included, is byte-identical."""
    v = make_vault(tmp_path / "v", analyst=True)
    v.put_bytes("identifiable", "audio", b"secret audio")
    v.close()
    root = tmp_path / "v"
    before = tree_digest(root, exclude=frozenset({"audit-failed.log"}))
    failed_before = (root / "audit-failed.log").read_bytes() if (
        root / "audit-failed.log").exists() else b""
    with pytest.raises(WrongPasswordError, match="wrong password"):
        open_as(root, STEWARD, "not the password")
    with pytest.raises(UnknownUserError):
        open_as(root, "nobody", STEWARD_PW)
    assert tree_digest(root, exclude=frozenset({"audit-failed.log"})) == before
    failed_after = (root / "audit-failed.log").read_bytes()
    assert failed_after.startswith(failed_before)
    assert len(failed_after.splitlines()) == len(failed_before.splitlines()) + 2


def test_analyst_cannot_decrypt_identifiable_cryptographically(tmp_path):
    v = make_vault(tmp_path / "v", analyst=True)
    oid = v.put_bytes("identifiable", "transcript_raw", b"Kari Nordmann bor i Tromso")
    v.close()
    a = open_as(tmp_path / "v", ANALYST, ANALYST_PW)
    # The analyst's keyring holds no identifiable tier private key at all ...
    assert Tier.IDENTIFIABLE not in a.keyring.tier_private
    assert not a.keyring.can_read(Tier.IDENTIFIABLE)
    # ... and no private key the analyst holds opens any stanza of the key file: try every
    # key against every stanza with the raw primitive, bypassing all policy code.
    blob = a.layout.key_path(oid).read_bytes()
    kf = envelope.parse_keyfile(blob)
    from anonkit.vault.keys import open_sealed

    for stanza in kf.stanzas:
        for sk in [*a.keyring.tier_private.values(), a.keyring.user_key]:
            ctx = envelope._dek_context(kf.header, stanza.kind)
            assert open_sealed(sk, stanza.sealed, ctx) is None
    with pytest.raises(AccessDeniedError, match="no key for the identifiable tier"):
        a.get_bytes(oid)
    a.close()


def test_interviewer_reads_own_identifiable_objects_only(tmp_path):
    v = make_vault(tmp_path / "v", interviewer=True)
    v.add_user("ina2", "interviewer", "pw ina2", weak())
    stewards = v.put_bytes("identifiable", "audio", b"steward's audio")
    v.close()
    i1 = open_as(tmp_path / "v", INTERVIEWER, INTERVIEWER_PW)
    own = i1.put_bytes("identifiable", "audio", b"my interview")
    assert i1.get_bytes(own) == b"my interview"
    with pytest.raises(AccessDeniedError):
        i1.get_bytes(stewards)
    i1.close()
    i2 = open_as(tmp_path / "v", "ina2", "pw ina2")
    with pytest.raises(AccessDeniedError):
        i2.get_bytes(own)
    i2.close()
    s = open_as(tmp_path / "v")
    assert s.get_bytes(own) == b"my interview"
    s.close()


def test_analyst_reads_released_anonymized_only(vault):
    rid = vault.new_recording()
    oid = vault.put_bytes("anonymized", "transcript_pseudonymized", b"P1 said ...", rid)
    a = open_as(vault.root, ANALYST, ANALYST_PW)
    with pytest.raises(AccessDeniedError, match="not approved"):
        a.get_bytes(oid)
    vault.update_recording(rid, approved=True)
    assert a.get_bytes(oid) == b"P1 said ..."
    a.close()


def test_tampered_object_is_detected_never_returned(vault):
    oid = vault.put("anonymized", "transcript_pseudonymized", PatternReader(2 * CHUNK_SIZE + 5))
    path = vault.layout.object_path(oid)
    raw = bytearray(path.read_bytes())
    raw[envelope.OBJ_HEADER_SIZE + CHUNK_SIZE + 40] ^= 0x01  # a byte of chunk 1
    path.write_bytes(bytes(raw))
    with pytest.raises(TamperedError, match="chunk 1"):
        vault.get_to(oid, io.BytesIO())
    report = vault.verify()
    assert not report.ok
    assert any(oid in p and "ciphertext differs" in p for p in report.problems)


def test_truncated_and_swapped_objects_detected(vault):
    a = vault.put_bytes("anonymized", "transcript_pseudonymized", b"A" * 1000)
    b = vault.put_bytes("anonymized", "transcript_pseudonymized", b"B" * 1000)
    pa, pb = vault.layout.object_path(a), vault.layout.object_path(b)
    da, db = pa.read_bytes(), pb.read_bytes()
    pa.write_bytes(db)
    pb.write_bytes(da)
    with pytest.raises(TamperedError, match=r"swapped|instead"):
        vault.get_bytes(a)
    pa.write_bytes(da[:-10])
    with pytest.raises(TamperedError):
        vault.get_bytes(a)
    problems = " ".join(vault.verify().problems)
    assert a in problems and b in problems


def test_missing_files_reported(vault):
    a = vault.put_bytes("anonymized", "transcript_pseudonymized", b"A")
    vault.layout.key_path(a).unlink()
    with pytest.raises(TamperedError, match="key file is missing"):
        vault.get_bytes(a)
    assert any("key file is missing" in p for p in vault.verify().problems)


def test_header_replay_after_user_removal_is_detected(tmp_path):
    root = tmp_path / "v"
    v = make_vault(root, analyst=True)
    old_header = (root / "header").read_bytes()
    v.remove_user(ANALYST)
    v.close()
    with pytest.raises(UnknownUserError):
        open_as(root, ANALYST, ANALYST_PW)
    (root / "header").write_bytes(old_header)  # the removed analyst restores a copy
    with pytest.raises(HeaderReplayError, match="replay"):
        open_as(root, ANALYST, ANALYST_PW)
    with pytest.raises(HeaderReplayError):
        open_as(root)


def test_old_password_slot_replay_is_detected(tmp_path):
    root = tmp_path / "v"
    v = make_vault(root)
    old_header = (root / "header").read_bytes()
    v.change_password("new password", kdf=weak())
    v.close()
    (root / "header").write_bytes(old_header)  # same generation, old password slot
    with pytest.raises(HeaderReplayError):
        open_as(root, STEWARD, STEWARD_PW)


def test_bad_input_errors(tmp_path):
    with pytest.raises(VaultNotFoundError, match="does not exist"):
        open_as(tmp_path / "missing")
    root = tmp_path / "v"
    make_vault(root).close()
    header = (root / "header").read_bytes()
    # newer format version
    newer = header[:13] + struct.pack(">H", 4) + header[15:]
    (root / "header").write_bytes(newer)
    with pytest.raises(UnsupportedFormatVersionError, match="newer"):
        open_as(root)
    # corrupt header
    (root / "header").write_bytes(header[:50] + bytes([header[50] ^ 1]) + header[51:])
    with pytest.raises(TamperedError):
        open_as(root)
    # missing header
    (root / "header").unlink()
    with pytest.raises(VaultNotFoundError, match="header file is missing"):
        open_as(root)
    (root / "header").write_bytes(header)
    # missing catalog
    (root / "catalog.sqlite").rename(root / "catalog.bak")
    with pytest.raises(VaultError, match="catalog"):
        open_as(root)


def test_create_refuses_existing_vault_and_foreign_directory(tmp_path):
    make_vault(tmp_path / "v").close()
    with pytest.raises(VaultError, match="already exists"):
        make_vault(tmp_path / "v")
    (tmp_path / "home").mkdir()
    (tmp_path / "home" / "notes.txt").write_text("x")
    with pytest.raises(VaultError, match="not empty"):
        make_vault(tmp_path / "home")


def test_purge_destroys_identifiable_keeps_anonymized(vault):
    rid = vault.new_recording()
    audio = vault.put_bytes("identifiable", "audio", b"audio bytes", rid)
    raw = vault.put_bytes("identifiable", "transcript_raw", b"Kari said", rid)
    vault.put_metadata(rid, {"participant": "P07", "retain_until": "2030-01-01"})
    pseudo = vault.put_bytes("anonymized", "transcript_pseudonymized", b"P1 said", rid)
    assert vault.purge(rid) == 3
    for oid in (audio, raw):
        with pytest.raises(ObjectNotFoundError):
            vault.get_bytes(oid)
        assert not vault.layout.key_path(oid).exists()
        assert not vault.layout.object_path(oid).exists()
    assert vault.get_bytes(pseudo) == b"P1 said"
    assert vault.get_metadata(rid) == {}
    rec = vault.recording(rid)
    assert rec.stage == "purged" and rec.purged_at is not None
    assert vault.verify().ok
    assert [e.event for e in vault.audit_entries()][-1] == "purge"


def test_shred_makes_surviving_body_undecryptable(vault):
    """Crypto-shredding: even if the body's bytes survive (SSD, snapshot), without the key
    file nobody can decrypt them."""
    oid = vault.put_bytes("identifiable", "audio", b"to be destroyed")
    body = vault.layout.object_path(oid).read_bytes()
    keyfile = vault.layout.key_path(oid).read_bytes()
    vault.shred(oid)
    assert not vault.layout.key_path(oid).exists()
    # An attacker restores the body but has no key file: nothing in the vault opens it.
    vault.layout.object_path(oid).parent.mkdir(parents=True, exist_ok=True)
    vault.layout.object_path(oid).write_bytes(body)
    with pytest.raises(ObjectNotFoundError):
        vault.get_bytes(oid)
    assert keyfile  # (only a surviving copy of the key file would help: spec §10)
    assert any("orphan object" in w for w in vault.verify().warnings)
    assert vault.verify(repair=True).removed_orphans == [f"object {oid}"]


def test_rotation_rewraps_and_cuts_off_old_header(tmp_path):
    root = tmp_path / "v"
    v = make_vault(root, analyst=True)
    rid = v.new_recording()
    oid = v.put_bytes("anonymized", "transcript_pseudonymized", b"released", rid)
    v.update_recording(rid, approved=True)
    body_before = v.layout.object_path(oid).read_bytes()
    old_header = (root / "header").read_bytes()
    v.remove_user(ANALYST)
    assert v.rotate_keys() == 1
    assert v.layout.object_path(oid).read_bytes() == body_before  # bodies untouched
    assert v.get_bytes(oid) == b"released"
    assert v.verify().ok
    # The removed analyst's old header + password yields only retired keys.
    from anonkit.vault.header import VaultHeader

    old_ring = VaultHeader.from_bytes(old_header).unlock(ANALYST, ANALYST_PW,
                                                          allow_weak_kdf=True)
    with pytest.raises((AccessDeniedError, TamperedError)):
        envelope.open_dek(v.layout.key_path(oid).read_bytes(), old_ring)
    v.close()
    v = open_as(root)
    assert v.get_bytes(oid) == b"released"
    v.close()


def test_interrupted_rotation_is_finished_on_open(tmp_path, monkeypatch):
    root = tmp_path / "v"
    v = make_vault(root)
    oids = [v.put_bytes("anonymized", "transcript_pseudonymized", bytes([i]) * 10)
            for i in range(3)]
    # Crash right after the header commit: no pending key file renamed yet.
    monkeypatch.setattr(Vault, "_finish_rotation", lambda self, gen: (_ for _ in ()).throw(
        KeyboardInterrupt()))
    with pytest.raises(KeyboardInterrupt):
        v.rotate_keys()
    monkeypatch.undo()
    v.close()
    v = open_as(root)
    assert [v.get_bytes(o) for o in oids] == [bytes([i]) * 10 for i in range(3)]
    assert v.verify().ok
    v.close()


def test_interrupted_rotation_before_header_commit_is_discarded(tmp_path, monkeypatch):
    root = tmp_path / "v"
    v = make_vault(root)
    oid = v.put_bytes("anonymized", "transcript_pseudonymized", b"data")
    monkeypatch.setattr(Vault, "_commit_header", lambda self, new: (_ for _ in ()).throw(
        KeyboardInterrupt()))
    with pytest.raises(KeyboardInterrupt):
        v.rotate_keys()
    monkeypatch.undo()
    v.close()
    v = open_as(root)
    assert v.get_bytes(oid) == b"data"
    assert not list(v.layout.keys.rglob("*.g*"))
    assert v.verify().ok
    v.close()


def test_users_and_passwords(tmp_path):
    root = tmp_path / "v"
    v = make_vault(root, analyst=True)
    assert dict(v.users()) == {STEWARD: Role.STEWARD, ANALYST: Role.ANALYST}
    v.change_password("reset by steward", ANALYST, weak())
    v.close()
    with pytest.raises(WrongPasswordError):
        open_as(root, ANALYST, ANALYST_PW)
    a = open_as(root, ANALYST, "reset by steward")
    with pytest.raises(AccessDeniedError):
        a.add_user("eve", "steward", "x", weak())
    a.change_password("own new", kdf=weak())
    a.close()
    open_as(root, ANALYST, "own new").close()


def test_stale_keys_refused_after_rotation_elsewhere(tmp_path):
    root = tmp_path / "v"
    v1 = make_vault(root)
    v2 = open_as(root)
    v1.rotate_keys()
    from anonkit.vault.errors import StaleKeysError

    with pytest.raises(StaleKeysError):
        v2.put_bytes("anonymized", "transcript_pseudonymized", b"x")
    assert v1.verify().ok
    v1.close()
    v2.close()


def test_copy_of_vault_is_self_contained(tmp_path):
    v = make_vault(tmp_path / "v")
    oid = v.put_bytes("identifiable", "audio", b"abc")
    v.close()
    shutil.copytree(tmp_path / "v", tmp_path / "copy")
    c = open_as(tmp_path / "copy")
    assert c.get_bytes(oid) == b"abc" and c.verify().ok
    c.close()


@pytest.fixture(scope="module")
def sample_vault(tmp_path_factory):
    root = tmp_path_factory.mktemp("sample") / "v"
    v = make_vault(root, analyst=True)
    rid = v.new_recording()
    v.put("identifiable", "audio", PatternReader(CHUNK_SIZE + 100), rid)
    v.put_bytes("anonymized", "transcript_pseudonymized", b"P1: ok", rid)
    v.put_metadata(rid, {"participant": "P01"})
    v.audit_append("ingest", recording_id=rid)
    v.close()
    return root


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_any_flipped_byte_is_reported(sample_vault, tmp_path_factory, data):
    """Flip one bit anywhere in an object body, a key file or the audit log: the steward's
    verify reports a problem (never a silent pass)."""
    root = tmp_path_factory.mktemp("flip") / "v"
    shutil.copytree(sample_vault, root)
    # Every example opens its own copy of one vault id: a fresh anti-rollback state each
    # time, or an earlier example's audit head makes this copy look rolled back (spec §12).
    os.environ["ANONKIT_STATE_DIR"] = str(tmp_path_factory.mktemp("flip-state"))
    files = sorted(p for p in root.rglob("*") if p.is_file() and (
        p.parent.parent.name in ("objects", "keys") or p.name == "audit.log"))
    path = data.draw(st.sampled_from(files), label="file")
    raw = bytearray(path.read_bytes())
    offset = data.draw(st.integers(0, len(raw) - 1), label="offset")
    raw[offset] ^= 1 << data.draw(st.integers(0, 7), label="bit")
    path.write_bytes(bytes(raw))
    v = open_as(root)
    try:
        assert not v.verify().ok
    finally:
        v.close()


def test_header_written_but_catalog_not_updated_is_recovered(tmp_path):
    """A kill between the header write and the catalog update (spec §12): the newer header
    is accepted (it is signed), the catalog catches up, and the audit log says so."""
    root = tmp_path / "v"
    v = make_vault(root)
    old = (root / "header").read_bytes()
    new = v.header.add_user(v.keyring, ANALYST, "analyst", ANALYST_PW, weak())
    (root / "header").write_bytes(new.to_bytes())  # the crash state: catalog still at gen 1
    v.close()
    a = open_as(root, ANALYST, ANALYST_PW)
    assert a.catalog.get_meta("header_generation") == str(new.generation)
    assert a.audit_entries()[-1].event == "header_change_recovered"
    assert a.verify().ok
    a.close()
    (root / "header").write_bytes(old)  # ... and the old header is now a replay
    with pytest.raises(HeaderReplayError):
        open_as(root)
