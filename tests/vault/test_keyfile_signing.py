"""Signed key files (docs/vault-format.md §7.3, §16 G15): an object says which member wrote
it, and no other member can make it say so. Real vault directories, real keys; the attacker
is a member (A2) who holds the shared object-MAC key, so every forged key file here carries a
valid MAC and only the signature can catch it. Rotation runs as a real ``anonkit`` process.
"""

from __future__ import annotations

import sqlite3
import subprocess
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from vault_testlib import (
    ANALYST,
    ANALYST_PW,
    INTERVIEWER,
    INTERVIEWER_PW,
    PYTHON,
    STEWARD,
    STEWARD_PW,
    env_for_subprocess,
    make_vault,
    open_as,
)

from anonkit.vault import envelope, keyfile_signing
from anonkit.vault.errors import AccessDeniedError, TamperedError, VaultError
from anonkit.vault.header import VaultHeader
from anonkit.vault.kdf import KdfParams
from anonkit.vault.keyfile_signing import NO_AUTHOR, KeyfileSigner
from anonkit.vault.keys import KeyRing, Role, Tier
from anonkit.vault.signing import derive_signing_key
from anonkit.vault.slots import slot_id
from anonkit.vault.storage import file_sha256
from anonkit.vault.vault import Vault


def rotate_keys(vault: Path, code: int = 0) -> subprocess.CompletedProcess:
    """``anonkit user rotate-keys`` as the steward, a real process."""
    pw = vault.parent / "pw-steward"
    pw.write_text(STEWARD_PW + "\n")
    pw.chmod(0o600)
    res = subprocess.run(
        [PYTHON, "-m", "anonkit.cli.main", "user", "rotate-keys", str(vault), "--user", STEWARD,
         "--password-file", str(pw)],
        capture_output=True, text=True, timeout=300, env=env_for_subprocess())
    assert res.returncode == code, (res.stdout, res.stderr)
    assert "Traceback" not in res.stderr
    return res


def signer_of(v: Vault) -> KeyfileSigner:
    """The member's own key-file signer: what a member can sign with (§4.7)."""
    sid = slot_id(v.header.vault_id, v.user)
    return KeyfileSigner(sid, derive_signing_key(v.keyring.user_key, v.header.vault_id, sid))


def write_keyfile(v: Vault, object_id: str, blob: bytes) -> None:
    """A member puts a key file in place and fixes the catalog's hash (the catalog is not
    authenticated, §13), so that only the key file's own checks can catch it."""
    path = v.layout.key_path(object_id)
    path.write_bytes(blob)
    db = sqlite3.connect(v.root / "catalog.sqlite")
    with db:
        db.execute("UPDATE objects SET key_sha256 = ? WHERE id = ?", (file_sha256(path), object_id))
    db.close()


def resign(v: Vault, blob: bytes, *, author: bytes, signer: KeyfileSigner | None = None,
           signature: bytes | None = None, fields_signer: bytes | None = None) -> bytes:
    """A member rebuilds a version-2 key file with other ``author``/``signer`` fields: signed
    with the member's own key (``signer``), or carrying a given ``signature``; MAC recomputed
    with the member's object-MAC key."""
    kf = envelope.parse_keyfile(blob)
    head = kf.signed_part[:-36]  # author[16] ‖ author_epoch:u32 ‖ signer[16]
    sid = fields_signer if fields_signer is not None else signer.sid  # type: ignore[union-attr]
    part = head + author + kf.key_epoch.to_bytes(4, "big") + sid
    sig = signature if signature is not None else keyfile_signing.sign(
        signer, v.header.vault_id, part)  # type: ignore[arg-type]
    body = part + sig
    return body + envelope._mac(v.keyring.subkey("object-mac", kf.key_epoch), body)


def tamper_problems(v: Vault, oid: str) -> list[str]:
    return [p for p in v.verify().problems if oid in p and "tampering" in p]


def test_new_objects_say_who_wrote_them(tmp_path) -> None:
    """Every new key file is version 2 and signed by its writer; ``object_author`` names
    them (any member can check it, whatever tier they may read)."""
    root = tmp_path / "v"
    make_vault(root, analyst=True, interviewer=True).close()
    with open_as(root, INTERVIEWER, INTERVIEWER_PW) as v:
        audio = v.put_bytes("identifiable", "audio", b"voice")
    with open_as(root, ANALYST, ANALYST_PW) as v:
        notes = v.put_bytes("anonymized", "review", b"notes")
    with open_as(root) as v:
        shared = v.put_bytes("identifiable", "key", b"pseudonym key",
                             readers=v.member_publics("interviewer"))
        for oid in (audio, notes, shared):
            assert envelope.parse_keyfile(v.layout.key_path(oid).read_bytes()).version == 2
        report = v.verify()
        assert report.ok and report.unsigned_key_files == 0, report.problems
    for user, pw in ((STEWARD, STEWARD_PW), (ANALYST, ANALYST_PW), (INTERVIEWER, INTERVIEWER_PW)):
        with open_as(root, user, pw) as v:
            a = v.object_author(audio)
            assert (a.signed, a.author, a.author_role, a.signer) == (
                True, INTERVIEWER, "interviewer", INTERVIEWER)
            assert v.object_author(notes).author == ANALYST
            assert v.object_author(shared).author == STEWARD
            assert "written by ina (interviewer)" in a.describe()
    with open_as(root, INTERVIEWER, INTERVIEWER_PW) as v:  # the reader stanza still opens
        assert v.get_bytes(shared) == b"pseudonym key"


def test_a_flipped_signature_byte_is_tampering(tmp_path) -> None:
    root = tmp_path / "v"
    make_vault(root, analyst=True, interviewer=True).close()
    with open_as(root, INTERVIEWER, INTERVIEWER_PW) as v:
        oid = v.put_bytes("identifiable", "audio", b"voice")
        blob = bytearray(v.layout.key_path(oid).read_bytes())
        blob[-envelope.MAC_SIZE - 1] ^= 0x01  # last byte of SIG
        body = bytes(blob[:-envelope.MAC_SIZE])
        write_keyfile(v, oid, body + envelope._mac(v.keyring.subkey("object-mac"), body))
    with open_as(root) as v:
        with pytest.raises(TamperedError, match="signature does not verify"):
            v.get_bytes(oid)
        assert tamper_problems(v, oid)
    with open_as(root, ANALYST, ANALYST_PW) as v:  # no key for the tier, still checks it
        assert tamper_problems(v, oid)
        with pytest.raises(TamperedError):
            v.object_author(oid)


def test_a_signature_from_another_key_file_is_refused(tmp_path) -> None:
    """The signature covers the object id and every stanza: moved to another key file of
    the same writer (same author and signer fields), it does not verify."""
    root = tmp_path / "v"
    make_vault(root, interviewer=True).close()
    with open_as(root, INTERVIEWER, INTERVIEWER_PW) as v:
        a = v.put_bytes("identifiable", "audio", b"a")
        b = v.put_bytes("identifiable", "audio", b"b")
        kf_a = envelope.parse_keyfile(v.layout.key_path(a).read_bytes())
        kf_b = envelope.parse_keyfile(v.layout.key_path(b).read_bytes())
        assert kf_a.author == kf_b.author == kf_a.signer
        write_keyfile(v, a, resign(v, v.layout.key_path(a).read_bytes(), author=kf_a.author,
                                   fields_signer=kf_a.signer, signature=kf_b.signature))
    with open_as(root) as v:
        with pytest.raises(TamperedError, match="signature does not verify"):
            v.get_bytes(a)
        assert tamper_problems(v, a)
        assert v.get_bytes(b) == b"b"


def test_a_member_cannot_make_an_object_say_another_member_wrote_it(tmp_path) -> None:
    """The interviewer (holding the object-MAC key) tries to attribute their own key file to
    the steward: naming the steward as author and signer (the interviewer's signature does not
    verify with the steward's key); naming the steward as author and signing as themselves (a
    re-signature naming another author is a steward's act, rotation); keeping their own
    signature and changing only the author (breaks it). Signing as themselves only ever
    names themselves: a member can sign only as themselves (decided: that is allowed, and it
    is the only thing allowed)."""
    root = tmp_path / "v"
    make_vault(root, interviewer=True).close()
    with open_as(root) as v:
        kari = slot_id(v.header.vault_id, STEWARD)
    with open_as(root, INTERVIEWER, INTERVIEWER_PW) as v:
        oid = v.put_bytes("identifiable", "audio", b"voice")
        good = v.layout.key_path(oid).read_bytes()
        me = signer_of(v)
        kf = envelope.parse_keyfile(good)
        forgeries = {
            "signature does not verify": resign(v, good, author=kari, fields_signer=kari,
                                                signature=envelope.parse_keyfile(
                                                    resign(v, good, author=kari, signer=me)
                                                ).signature),
            "only a steward re-signs": resign(v, good, author=kari, signer=me),
            "signature does not verify ": resign(v, good, author=kari, fields_signer=me.sid,
                                                 signature=kf.signature),
        }
    for expected, forged in forgeries.items():
        with open_as(root, INTERVIEWER, INTERVIEWER_PW) as v:
            write_keyfile(v, oid, forged)
        with open_as(root) as v:
            with pytest.raises(TamperedError, match=expected.strip()):
                v.object_author(oid)
            with pytest.raises(TamperedError):
                v.get_bytes(oid)
            assert tamper_problems(v, oid), expected
    with open_as(root, INTERVIEWER, INTERVIEWER_PW) as v:
        write_keyfile(v, oid, good)
    with open_as(root) as v:
        assert v.object_author(oid).author == INTERVIEWER
        assert v.verify().ok


def test_an_analyst_signed_identifiable_key_file_is_rejected(tmp_path) -> None:
    """An analyst may not write identifiable data (§2): a key file they sign as its author
    for that tier is tampering, though the signature itself is theirs and valid."""
    root = tmp_path / "v"
    make_vault(root, analyst=True, interviewer=True).close()
    with open_as(root, INTERVIEWER, INTERVIEWER_PW) as v:
        oid = v.put_bytes("identifiable", "audio", b"voice")
    with open_as(root, ANALYST, ANALYST_PW) as v:
        me = signer_of(v)
        write_keyfile(v, oid, resign(v, v.layout.key_path(oid).read_bytes(), author=me.sid,
                                     signer=me))
    with open_as(root) as v:
        with pytest.raises(TamperedError, match=r"role \(analyst\) may not write identifiable"):
            v.get_bytes(oid)
        assert tamper_problems(v, oid)
    rotate_keys(root, code=1)  # the steward's rotation reports it and re-signs, author unknown
    with open_as(root) as v:
        assert v.get_bytes(oid) == b"voice"
        who = v.object_author(oid)
        assert who.signed and who.author is None and who.signer == STEWARD
        report = v.verify()
        assert report.ok and report.unattributed_key_files == 1, report.problems
        entry = [e for e in v.audit_entries() if e.event == "keys_rotated"][-1]
        assert entry.details["tampered_key_files"] == [oid]


def _as_version_1(v: Vault, oid: str) -> None:
    """Replace a key file by the unsigned version-1 key file an older anonkit wrote for the
    same object (same DEK, same recipients)."""
    old = v.layout.key_path(oid).read_bytes()
    kf = envelope.parse_keyfile(old)
    info = v.info(oid)
    oh = envelope.ObjectHeader(bytes.fromhex(oid), Tier.parse(info.tier))
    dek = envelope.open_dek(old, v.keyring, oh)
    recipients = v.keyring.recipients(oh.tier)
    blob = envelope.seal_dek(dek, oh, v.keyring, recipients)
    assert envelope.parse_keyfile(blob).version == 1 and len(kf.stanzas) == len(recipients)
    write_keyfile(v, oid, blob)


def test_version_1_key_files_still_open_and_rotation_re_signs_them(tmp_path) -> None:
    root = tmp_path / "v"
    make_vault(root, interviewer=True).close()
    with open_as(root, INTERVIEWER, INTERVIEWER_PW) as v:
        old = v.put_bytes("identifiable", "audio", b"older voice")
        _as_version_1(v, old)
        new = v.put_bytes("identifiable", "audio", b"newer voice")
    with open_as(root) as v:
        assert v.get_bytes(old) == b"older voice"
        who = v.object_author(old)
        assert not who.signed and who.author is None
        assert "unsigned (older format)" in who.describe()
        report = v.verify()
        assert report.ok and report.unsigned_key_files == 1, report.problems
        assert any("unsigned (older format)" in w for w in report.warnings)
    with open_as(root, INTERVIEWER, INTERVIEWER_PW) as v:
        assert v.get_bytes(old) == b"older voice"
    rotate_keys(root)
    with open_as(root) as v:
        for oid in (old, new):
            assert envelope.parse_keyfile(v.layout.key_path(oid).read_bytes()).version == 2
        assert v.object_author(old).author is None  # not proven: not invented either
        who = v.object_author(new)
        assert (who.author, who.signer, who.author_role) == (INTERVIEWER, STEWARD,
                                                            "interviewer")
        assert "re-signed by kari (steward)" in who.describe()
        report = v.verify()
        assert report.ok, report.problems
        assert (report.unsigned_key_files, report.unattributed_key_files) == (0, 1)
    with open_as(root, INTERVIEWER, INTERVIEWER_PW) as v:  # author stanza carried over
        assert v.get_bytes(new) == b"newer voice"
        assert v.get_bytes(old) == b"older voice"


def test_rotation_keeps_the_author_of_a_removed_member(tmp_path) -> None:
    """After remove + rotate the removed member's stanza is gone (§9) but the object still
    names them as its author (their signing key stays listed, §4.7)."""
    root = tmp_path / "v"
    make_vault(root, interviewer=True).close()
    with open_as(root, INTERVIEWER, INTERVIEWER_PW) as v:
        oid = v.put_bytes("identifiable", "audio", b"voice")
        ina = v.user_slot
    with open_as(root) as v:
        own = v.put_bytes("anonymized", "review", b"the steward's own")
        v.remove_user(INTERVIEWER)
    rotate_keys(root)
    with open_as(root) as v:
        who = v.object_author(oid)
        assert who.author_slot == ina and who.author == f"[removed {ina[:8]}]"
        assert who.signer == STEWARD and who.rewrapped
        mine = v.object_author(own)  # the rotating steward's own object of epoch 1
        assert (mine.author, mine.signer, mine.rewrapped) == (STEWARD, STEWARD, True)
        assert v.get_bytes(own) == b"the steward's own"
        assert not envelope.parse_keyfile(v.layout.key_path(oid).read_bytes()).has_author_stanza
        assert v.verify().ok


def test_a_non_steward_re_signature_is_refused_in_the_api() -> None:
    """``attribute`` alone, real keys: a key file naming another author is accepted only
    when a steward signed it."""
    weak = KdfParams.testing()
    header, kari = VaultHeader.create("kari", "k", weak)
    header = header.add_user(kari, "per", Role.INTERVIEWER, "p", weak)
    per = header.unlock("per", "p", allow_weak_kdf=True)
    oh = envelope.ObjectHeader(envelope.new_object_id(), Tier.ANONYMIZED)
    dek = envelope.new_dek()
    sid = {n: slot_id(header.vault_id, n) for n in ("kari", "per")}
    signer = {n: KeyfileSigner(sid[n], derive_signing_key(r.user_key, header.vault_id, sid[n]))
              for n, r in (("kari", kari), ("per", per))}
    by_steward = envelope.seal_dek(dek, oh, kari, signer=signer["kari"], author=(sid["per"], 1))
    attr = envelope.keyfile_attribution(by_steward, per, oh, header.signer_key)
    assert attr.rewrapped and attr.author == sid["per"] and attr.signer_role is Role.STEWARD
    assert (attr.author_role, attr.author_epoch) == (Role.INTERVIEWER, 1)
    by_member = envelope.seal_dek(dek, oh, per, signer=signer["per"], author=(sid["kari"], 1))
    with pytest.raises(TamperedError, match="only a steward re-signs"):
        envelope.keyfile_attribution(by_member, kari, oh, header.signer_key)
    for author in ((b"\x07" * 16, 1), (sid["per"], 0), (sid["per"], 2)):  # unlisted / epochs
        unknown = envelope.seal_dek(dek, oh, kari, signer=signer["kari"], author=author)
        with pytest.raises(TamperedError, match="does not list"):
            envelope.keyfile_attribution(unknown, per, oh, header.signer_key)
    own_earlier = envelope.seal_dek(dek, oh, per, signer=signer["per"], author=(sid["per"], 0))
    with pytest.raises(TamperedError, match="only a steward re-signs"):
        envelope.keyfile_attribution(own_earlier, per, oh, header.signer_key)
    own = envelope.keyfile_attribution(envelope.seal_dek(dek, oh, per, signer=signer["per"]),
                                       kari, oh, header.signer_key)
    assert not own.rewrapped and own.author == own.signer == sid["per"]
    nobody = envelope.seal_dek(dek, oh, kari, signer=signer["kari"], author=(NO_AUTHOR, 0))
    assert envelope.keyfile_attribution(nobody, per, oh, header.signer_key).author is None
    # a signer the header does not list (a forged slot) is refused
    stranger = KeyfileSigner(b"\x09" * 16, derive_signing_key(per.user_key, header.vault_id,
                                                              b"\x09" * 16))
    forged = envelope.seal_dek(dek, oh, per, signer=stranger)
    with pytest.raises(TamperedError, match="does not list"):
        envelope.open_dek(forged, kari, oh, header.signer_key)


# --- property: any flipped byte of a signed key file is detected ----------------------------

_WEAK = KdfParams.testing()
_HEADER, _KARI = VaultHeader.create("kari", "k", _WEAK)
_HEADER = _HEADER.add_user(_KARI, "ola", Role.INTERVIEWER, "o", _WEAK)
_OLA: KeyRing = _HEADER.unlock("ola", "o", allow_weak_kdf=True)
_OH = envelope.ObjectHeader(bytes(range(16)), Tier.IDENTIFIABLE)
_DEK = bytes(range(32, 64))
_SID = slot_id(_HEADER.vault_id, "ola")
_BLOB = envelope.seal_dek(_DEK, _OH, _OLA, signer=KeyfileSigner(
    _SID, derive_signing_key(_OLA.user_key, _HEADER.vault_id, _SID)))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pos=st.integers(0, len(_BLOB) - 1), mask=st.integers(1, 255), remac=st.booleans())
def test_any_flipped_byte_of_a_signed_key_file_is_detected(pos, mask, remac) -> None:
    """Flip any bit pattern of any byte; with ``remac`` a member also recomputes the MAC
    (every member can), so that only the signature stands between them and the forgery.
    Either way the reader raises a vault error and never returns a key or an author."""
    bad = bytearray(_BLOB)
    bad[pos] ^= mask
    if remac and pos < len(_BLOB) - envelope.MAC_SIZE:
        epoch = int.from_bytes(bad[24:28], "big")
        if epoch in _KARI.member_secrets:
            body = bytes(bad[:-envelope.MAC_SIZE])
            bad[-envelope.MAC_SIZE:] = envelope._mac(_KARI.subkey("object-mac", epoch), body)
    with pytest.raises(VaultError) as info:
        envelope.open_dek(bytes(bad), _KARI, _OH, _HEADER.signer_key)
    if isinstance(info.value, AccessDeniedError):
        assert 24 <= pos < 28  # key_epoch raised beyond the keyring's: reported as such
    with pytest.raises(VaultError):
        envelope.keyfile_attribution(bytes(bad), _KARI, _OH, _HEADER.signer_key)
    assert envelope.open_dek(_BLOB, _KARI, _OH, _HEADER.signer_key) == _DEK


def test_re_adding_a_removed_name_waits_for_a_rotation(tmp_path) -> None:
    """A name is its slot id: re-added within the key epoch it was removed in, the header
    would list a second signing key for the same slot and epoch, and everything the former
    member signed in that epoch would be checked against the new key and reported as forged
    (before: ``verify`` flagged the former member's key file and audit entry). Refused until
    a rotation; afterwards both the former and the new member's signatures verify."""
    root = tmp_path / "v"
    make_vault(root, interviewer=True).close()
    with open_as(root, INTERVIEWER, INTERVIEWER_PW) as v:
        old = v.put_bytes("identifiable", "audio", b"former ina")
        v.audit_append("ingest", recording_id="ab" * 16)
    with open_as(root) as v:
        v.remove_user(INTERVIEWER)
        with pytest.raises(VaultError, match="rotate keys first"):
            v.add_user(INTERVIEWER, "analyst", "new password 5", KdfParams.testing())
        assert not v.header.has_user(INTERVIEWER)
        v.rotate_keys()
        v.add_user(INTERVIEWER, "analyst", "new password 5", KdfParams.testing())
    with open_as(root, INTERVIEWER, "new password 5") as v:
        new = v.put_bytes("anonymized", "review", b"new ina")
        v.audit_append("verify")
        with pytest.raises(AccessDeniedError):  # the former interviewer's audio: not theirs
            v.get_bytes(old)
    with open_as(root) as v:
        report = v.verify()
        assert report.ok, report.problems
        assert v.object_author(old).author == INTERVIEWER  # the same name, an older key
        assert v.object_author(old).author_role == "interviewer"
        assert v.object_author(new).author_role == "analyst"
