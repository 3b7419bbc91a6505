"""Vault header (docs/vault-format.md §4): slots, roles, passwords, rotation, tampering,
replay. Weak KDF parameters throughout (KdfParams.testing(), explicit allow_weak_kdf)."""

from __future__ import annotations

import hashlib
import json
import struct

import pytest
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat
from hypothesis import given, settings
from hypothesis import strategies as st

from anonkit.vault.envelope import ObjectHeader, new_dek, new_object_id, open_dek, seal_dek
from anonkit.vault.errors import (
    AccessDeniedError,
    TamperedError,
    UnknownUserError,
    UnsupportedFormatVersionError,
    UserExistsError,
    VaultError,
    WeakKdfParametersError,
    WrongPasswordError,
)
from anonkit.vault.header import HEADER_FIXED_SIZE, MAGIC, VaultHeader
from anonkit.vault.kdf import INSECURE_TEST_ENV, KdfParams
from anonkit.vault.keys import Role, Tier, unbox
from anonkit.vault.slots import _bundle_ctx, bundle_key

WEAK = KdfParams.testing()
#: A one-user vault for the fuzz test (made once: hypothesis calls the test many times).
_SMALL = VaultHeader.create("kari", "pw", WEAK)


def unlock(header: VaultHeader, name: str, password: str):
    return header.unlock(name, password, allow_weak_kdf=True)


def raw_sk(key) -> bytes:
    return key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())


@pytest.fixture(autouse=True)
def _no_test_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(INSECURE_TEST_ENV, raising=False)


@pytest.fixture
def team() -> tuple[VaultHeader, dict[str, str]]:
    """kari (steward), ola and per (interviewers), siri (analyst)."""
    pw = {"kari": "kari-pw", "ola": "ola-pw", "per": "per-pw", "siri": "siri-pw"}
    header, steward = VaultHeader.create("kari", pw["kari"], WEAK)
    for name, role in (("ola", Role.INTERVIEWER), ("per", Role.INTERVIEWER),
                       ("siri", Role.ANALYST)):
        header = header.add_user(steward, name, role, pw[name], WEAK)
    return VaultHeader.from_bytes(header.to_bytes()), pw


def test_create_round_trip_and_layout() -> None:
    header, steward = VaultHeader.create("kari", "pw", WEAK)
    raw = header.to_bytes()
    assert raw.startswith(MAGIC + b"\x00\x03")
    assert len(raw) > HEADER_FIXED_SIZE
    assert raw[-32:] == hashlib.sha256(raw[:-32]).digest()
    again = VaultHeader.from_bytes(raw)
    assert again.to_bytes() == raw and again.digest() == header.digest()
    assert again.generation == 1 and again.key_epoch == 1
    ring = unlock(again, "kari", "pw")
    assert ring.role is Role.STEWARD and ring.is_admin
    assert ring.can_read(Tier.IDENTIFIABLE) and ring.can_read(Tier.ANONYMIZED)
    assert ring.audit_key == steward.audit_key and len(ring.audit_key) == 32
    assert "pw" not in repr(ring) and "kari" in repr(ring)


def test_user_names_are_not_stored_in_clear(team) -> None:
    header, pw = team
    long_name = "Ingrid Kristiansen-Haugland"  # long: no chance match in random bytes
    header = header.add_user(unlock(header, "kari", pw["kari"]), long_name, Role.ANALYST,
                             "x", WEAK)
    raw = header.to_bytes()
    for form in ("utf-8", "utf-16-le"):
        assert long_name.encode(form) not in raw
        assert long_name.encode(form).hex().encode() not in raw
    for name in pw:  # short names: only their plain form (hex of 3 bytes may occur by chance)
        assert f'"{name}"'.encode() not in raw
    assert header.users(unlock(header, "siri", pw["siri"])) == [
        (long_name, Role.ANALYST), ("kari", Role.STEWARD), ("ola", Role.INTERVIEWER),
        ("per", Role.INTERVIEWER), ("siri", Role.ANALYST)]
    assert sorted(header.roles()) == sorted([Role.STEWARD, Role.INTERVIEWER,
                                             Role.INTERVIEWER, Role.ANALYST, Role.ANALYST])
    assert header.has_user("ola") and not header.has_user("olav")
    assert header.role_of("per") is Role.INTERVIEWER


def test_wrong_password_unknown_user_and_nothing_changes(team) -> None:
    header, _ = team
    before = header.to_bytes()
    with pytest.raises(WrongPasswordError, match="wrong password for user ola"):
        unlock(header, "ola", "kari-pw")
    with pytest.raises(UnknownUserError):
        unlock(header, "olav", "ola-pw")
    assert header.to_bytes() == before


def test_weak_parameters_refused_without_explicit_permission(team) -> None:
    header, pw = team
    with pytest.raises(WeakKdfParametersError):
        header.unlock("kari", pw["kari"])


def test_weak_parameters_accepted_in_env_test_mode(team, monkeypatch) -> None:
    header, pw = team
    monkeypatch.setenv(INSECURE_TEST_ENV, "1")
    assert header.unlock("kari", pw["kari"]).role is Role.STEWARD


def _bundle_plaintext(header: VaultHeader, name: str, password: str) -> bytes:
    ring = unlock(header, name, password)
    slot = header._slot(name)
    raw = unbox(bundle_key(ring.user_key, header.vault_id, slot.id), slot.bundle,
                _bundle_ctx(header.vault_id, slot.id))
    assert raw is not None
    return raw


def test_analyst_bundle_holds_no_identifiable_key(team) -> None:
    """Cryptographic role separation (§2): the identifiable tier private key is simply not in
    what an analyst's or interviewer's password opens."""
    header, pw = team
    steward = unlock(header, "kari", pw["kari"])
    ident = raw_sk(steward.tier_private[Tier.IDENTIFIABLE])
    anon = raw_sk(steward.tier_private[Tier.ANONYMIZED])
    admin = steward.admin_key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
    for name in ("siri", "ola"):
        bundle = _bundle_plaintext(header, name, pw[name])
        assert ident.hex().encode() not in bundle and ident not in bundle
        assert admin.hex().encode() not in bundle
        assert anon.hex().encode() in bundle  # sanity: the search does find present keys
        ring = unlock(header, name, pw[name])
        assert not ring.can_read(Tier.IDENTIFIABLE) and ring.admin_key is None
        assert set(json.loads(bundle)["tiers"]) == {"anonymized"}
    steward_bundle = _bundle_plaintext(header, "kari", pw["kari"])
    assert ident.hex().encode() in steward_bundle
    # And no secret is in the header file in clear.
    raw = header.to_bytes()
    for secret in (ident, anon, admin):
        assert secret not in raw and secret.hex().encode() not in raw


def test_only_stewards_administer(team) -> None:
    header, pw = team
    ola = unlock(header, "ola", pw["ola"])
    with pytest.raises(AccessDeniedError, match="steward only"):
        header.add_user(ola, "eve", Role.STEWARD, "x", WEAK)
    with pytest.raises(AccessDeniedError):
        header.remove_user(ola, "per")
    with pytest.raises(AccessDeniedError):
        header.rotate(ola)
    with pytest.raises(AccessDeniedError, match="only their own password"):
        header.change_password(ola, "per", "hijack", WEAK)


def test_add_user_rules(team) -> None:
    header, pw = team
    kari = unlock(header, "kari", pw["kari"])
    with pytest.raises(UserExistsError):
        header.add_user(kari, "ola", Role.ANALYST, "x", WEAK)
    with pytest.raises(VaultError, match="invalid user name"):
        header.add_user(kari, " ola", Role.ANALYST, "x", WEAK)
    with pytest.raises(VaultError, match="empty"):
        header.add_user(kari, "eve", Role.ANALYST, "", WEAK)
    h2 = header.add_user(kari, "Åse", "steward", "åse-pw", WEAK)
    assert h2.generation == header.generation + 1
    assert unlock(h2, "A\u030ase", "åse-pw").is_admin  # NFC user names


def test_remove_user(team) -> None:
    header, pw = team
    kari = unlock(header, "kari", pw["kari"])
    h2 = VaultHeader.from_bytes(header.remove_user(kari, "ola").to_bytes())
    assert h2.generation == header.generation + 1
    with pytest.raises(UnknownUserError):
        unlock(h2, "ola", pw["ola"])
    # No working copy of the slot remains in the new header ...
    assert header._slot("ola").bundle.hex() not in h2.to_bytes().decode("latin-1")
    # ... but an old header copy still unlocks (documented, §16 N5): rotation is the cure.
    assert unlock(header, "ola", pw["ola"]).role is Role.INTERVIEWER
    with pytest.raises(VaultError, match="last steward"):
        h2.remove_user(kari, "kari")


def test_change_own_password_needs_no_admin_key(team) -> None:
    header, pw = team
    ana = unlock(header, "siri", pw["siri"])
    h2 = VaultHeader.from_bytes(header.change_password(ana, "siri", "new-siri", WEAK).to_bytes())
    assert unlock(h2, "siri", "new-siri").role is Role.ANALYST
    with pytest.raises(WrongPasswordError):
        unlock(h2, "siri", pw["siri"])
    # Signed body untouched, other users unaffected, file digest changes.
    assert h2.body_bytes == header.body_bytes and h2.generation == header.generation
    assert h2.digest() != header.digest()
    assert unlock(h2, "ola", pw["ola"]).role is Role.INTERVIEWER


def test_steward_resets_a_password_through_the_escrow(team) -> None:
    header, pw = team
    kari = unlock(header, "kari", pw["kari"])
    before = unlock(header, "ola", pw["ola"])
    h2 = header.change_password(kari, "ola", "reset-pw", WEAK)
    after = unlock(h2, "ola", "reset-pw")
    assert after.user_public == before.user_public  # same user key: own objects stay readable


def test_unsupported_version_message() -> None:
    header, _ = VaultHeader.create("kari", "pw", WEAK)
    raw = bytearray(header.to_bytes())
    raw[13:15] = (7).to_bytes(2, "big")
    with pytest.raises(UnsupportedFormatVersionError,
                       match=r"vault format version 7 is newer than this anonkit supports "
                             r"\(max 3\); upgrade anonkit"):
        VaultHeader.from_bytes(bytes(raw))


@pytest.mark.parametrize("data", [b"", b"ANONKIT", MAGIC, MAGIC + b"\x00\x01",
                                  b"PK\x03\x04" + bytes(200), bytes(300)])
def test_garbage_and_truncated_headers(data: bytes) -> None:
    with pytest.raises(TamperedError):
        VaultHeader.from_bytes(data)


def _fix_checksum(raw: bytes) -> bytes:
    return raw[:-32] + hashlib.sha256(raw[:-32]).digest()


def _flip_every_byte(raw: bytes, password: str, fix_checksum: bool) -> None:
    # With a recomputed checksum, flipping the checksum itself changes nothing: skip it.
    for pos in range(len(raw) - (32 if fix_checksum else 0)):
        bad = bytearray(raw)
        bad[pos] ^= 0x01 if pos % 2 else 0x80
        data = _fix_checksum(bytes(bad)) if fix_checksum else bytes(bad)
        try:
            header = VaultHeader.from_bytes(data)
            header.unlock("kari", password, allow_weak_kdf=True)
        except (TamperedError, WrongPasswordError, UnsupportedFormatVersionError):
            continue
        pytest.fail(f"flipping header byte {pos} went unnoticed")


def test_flipping_any_header_byte_is_detected() -> None:
    header, _ = VaultHeader.create("kari", "pw", WEAK)
    _flip_every_byte(header.to_bytes(), "pw", fix_checksum=False)


def test_flipping_any_header_byte_is_detected_even_with_a_fixed_checksum() -> None:
    """The attacker recomputes the (keyless) checksum: the signature, the canonical-JSON
    rule and the password-slot AEAD must still catch every change. A changed password slot
    looks like a wrong password (the slot cannot tell the two apart, §4.4)."""
    header, _ = VaultHeader.create("kari", "pw", WEAK)
    _flip_every_byte(header.to_bytes(), "pw", fix_checksum=True)


def _split(raw: bytes) -> tuple[bytes, bytes, bytes]:
    """(MAGIC‖VERSION‖BODY_LEN‖BODY‖SIG, SLOTS_LEN‖SLOTS, CHECKSUM) of a header file."""
    (body_len,) = struct.unpack_from(">I", raw, 15)
    cut = 19 + body_len + 64
    return raw[:cut], raw[cut:-32], raw[-32:]


def _with_password_slots(raw: bytes, pslots: bytes) -> bytes:
    signed, _, _ = _split(raw)
    return _fix_checksum(signed + struct.pack(">I", len(pslots)) + pslots + bytes(32))


def test_replay_what_the_header_alone_detects(team) -> None:
    """§4.3 / §16 N3. Detected by the header itself: mixing signed parts of two headers,
    and moving a password slot to another user. Not detected: putting back the *whole* old
    header, or an old password slot of the same user; the storage layer catches those by
    comparing generation and digest() with its catalog."""
    old, pw = team
    kari = unlock(old, "kari", pw["kari"])
    new = old.remove_user(kari, "per")
    # 1. Old signed body (with per's slot) + new signature: refused.
    old_signed, _, _ = _split(old.to_bytes())
    new_signed, new_slots, _ = _split(new.to_bytes())
    mixed = old_signed[:-64] + new_signed[-64:] + new_slots + bytes(32)
    with pytest.raises(TamperedError):
        VaultHeader.from_bytes(_fix_checksum(mixed))
    # 2. Password slots of another user swapped in: refused (AAD binds slot id + user key).
    slots = json.loads(_split(old.to_bytes())[1][4:])
    ola_id, per_id = old._slot("ola").id.hex(), old._slot("per").id.hex()
    slots[ola_id] = slots[per_id]
    swapped = _with_password_slots(old.to_bytes(), json.dumps(
        slots, sort_keys=True, separators=(",", ":")).encode())
    with pytest.raises(WrongPasswordError):
        unlock(VaultHeader.from_bytes(swapped), "ola", pw["per"])
    with pytest.raises(WrongPasswordError):
        unlock(VaultHeader.from_bytes(swapped), "ola", pw["ola"])
    # 3. Whole old header replayed: parses and unlocks (documented); its generation is lower
    #    and its digest differs, which is what the catalog check compares.
    replayed = VaultHeader.from_bytes(old.to_bytes())
    assert unlock(replayed, "per", pw["per"]).role is Role.INTERVIEWER
    assert replayed.generation < new.generation and replayed.digest() != new.digest()
    # 4. Old password slot of the same user after a password change: accepted (documented).
    ola = unlock(old, "ola", pw["ola"])
    changed = old.change_password(ola, "ola", "new-ola", WEAK)
    old_slots = _split(old.to_bytes())[1][4:]
    restored = VaultHeader.from_bytes(_with_password_slots(changed.to_bytes(), old_slots))
    assert unlock(restored, "ola", pw["ola"]).user == "ola"
    assert restored.digest() != changed.digest() and restored.generation == changed.generation


def test_rotation_rewraps_and_cuts_off_removed_users(team) -> None:
    header, pw = team
    kari = unlock(header, "kari", pw["kari"])
    ola, per, ana = (unlock(header, n, pw[n]) for n in ("ola", "per", "siri"))
    # Objects before rotation: one by ola (identifiable), one by kari (anonymized).
    o1 = ObjectHeader(new_object_id(), Tier.IDENTIFIABLE)
    o2 = ObjectHeader(new_object_id(), Tier.ANONYMIZED)
    d1, d2 = new_dek(), new_dek()
    k1, k2 = seal_dek(d1, o1, ola), seal_dek(d2, o2, kari)

    removed = header.remove_user(kari, "per")
    rotated, kari2, rewrap = removed.rotate(kari)
    rotated = VaultHeader.from_bytes(rotated.to_bytes())
    assert rotated.key_epoch == header.key_epoch + 1
    assert rotated.generation == removed.generation + 1
    assert rotated.tier_public[Tier.IDENTIFIABLE] != header.tier_public[Tier.IDENTIFIABLE]
    assert rotated.admin_public != header.admin_public
    n1, n2 = rewrap(k1), rewrap(k2)
    assert rewrap(n1) == n1  # idempotent: a resumed rotation may see rewrapped files

    # Remaining users unlock with unchanged passwords and read what they could before.
    ola2 = unlock(rotated, "ola", pw["ola"])
    ana2 = unlock(rotated, "siri", pw["siri"])
    assert open_dek(n1, kari2, o1) == d1 and open_dek(n1, ola2, o1) == d1
    assert open_dek(n2, ana2, o2) == d2
    with pytest.raises(AccessDeniedError):
        open_dek(n1, ana2, o1)
    assert ana2.subkey("audit", 1) == ana.audit_key  # old audit entries still verify
    assert ana2.audit_key != ana.audit_key
    assert [n for n, _ in rotated.users(kari2)] == ["kari", "ola", "siri"]

    # per (removed) with the old header + password: key files in the vault no longer open.
    for blob, oh in ((n1, o1), (n2, o2)):
        with pytest.raises(AccessDeniedError):
            open_dek(blob, per, oh)
    # Documented limit (§9, §16 N5): a key file per copied before rotation still opens.
    assert open_dek(k2, per, o2) == d2
    # Old keyrings are refused for changes on the new header.
    with pytest.raises(VaultError, match="unlock the vault again"):
        rotated.add_user(kari, "eve", Role.ANALYST, "x", WEAK)


def test_rotation_drops_removed_authors() -> None:
    header, kari = VaultHeader.create("kari", "k", WEAK)
    header = header.add_user(kari, "ola", Role.INTERVIEWER, "o", WEAK)
    ola = unlock(header, "ola", "o")
    oh = ObjectHeader(new_object_id(), Tier.IDENTIFIABLE)
    dek = new_dek()
    blob = seal_dek(dek, oh, ola)
    header = header.remove_user(kari, "ola")
    _, kari2, rewrap = header.rotate(kari)
    from anonkit.vault.envelope import parse_keyfile

    assert parse_keyfile(blob).has_author_stanza
    new_blob = rewrap(blob)
    assert not parse_keyfile(new_blob).has_author_stanza
    assert open_dek(new_blob, kari2, oh) == dek
    with pytest.raises(AccessDeniedError):
        open_dek(new_blob, ola, oh)


def test_forged_bundle_from_public_information_is_refused(team) -> None:
    """An attacker who can write the header knows every public key in it. They re-sign the
    body with their own admin key, swap in their own tier public keys and give ola a bundle
    that pins their admin key, built from public information only (sealed to ola's public
    key). If ola accepted it, ola would encrypt new recordings to the attacker. The bundle
    key is derived from ola's *private* key (§4.5), so the forgery does not open."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.serialization import PublicFormat

    from anonkit.vault.keys import cjson, new_x25519, seal, x25519_public_bytes

    header, pw = team
    raw = header.to_bytes()
    signed, pslots, _ = _split(raw)
    body = json.loads(signed[19:-64])
    attacker = Ed25519PrivateKey.generate()
    attacker_pub = attacker.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    ident, anon = new_x25519(), new_x25519()
    body["admin_public"] = attacker_pub.hex()
    body["tiers"] = {"identifiable": x25519_public_bytes(ident).hex(),
                     "anonymized": x25519_public_bytes(anon).hex()}
    slot = header._slot("ola")
    forged_bundle = {"vault_id": header.vault_id.hex(), "role": "interviewer", "key_epoch": 1,
                     "admin_public": attacker_pub.hex(),
                     "tiers": {"anonymized": raw_sk(anon).hex()},
                     "member_secrets": {"1": bytes(32).hex()}}
    for entry in body["slots"]:
        if entry["id"] == slot.id.hex():
            entry["bundle"] = seal(slot.user_public, cjson(forged_bundle),
                                   _bundle_ctx(header.vault_id, slot.id)).hex()
    new_body = cjson(body)
    prefix = MAGIC + struct.pack(">HI", header.version, len(new_body)) + new_body
    forged = VaultHeader.from_bytes(_fix_checksum(prefix + attacker.sign(prefix) + pslots
                                                  + bytes(32)))
    with pytest.raises(TamperedError):
        unlock(forged, "ola", pw["ola"])
    with pytest.raises(TamperedError, match="not this vault's admin key"):
        unlock(forged, "kari", pw["kari"])


_edits = st.lists(st.tuples(st.sampled_from(["set", "insert", "delete"]),
                            st.integers(0, 10**6), st.integers(0, 255)), min_size=1, max_size=3)


@settings(max_examples=150, deadline=None)
@given(edits=_edits, fix=st.booleans(), junk=st.binary(max_size=400))
def test_fuzz_header_parser_raises_only_vault_errors(edits, fix, junk) -> None:
    header, _ = _SMALL
    raw = header.to_bytes()
    data = bytearray(raw)
    for op, pos, value in edits:
        pos %= len(data) + 1
        if op == "insert":
            data.insert(pos, value)
        elif op == "delete" and data:
            del data[min(pos, len(data) - 1)]
        elif data:
            data[min(pos, len(data) - 1)] = value
    mutated = _fix_checksum(bytes(data)) if fix and len(data) > 32 else bytes(data)
    for candidate in (junk, MAGIC + b"\x00\x01" + junk, mutated):
        try:
            VaultHeader.from_bytes(candidate).unlock("kari", "pw", allow_weak_kdf=True)
        except VaultError:
            continue
        assert candidate == raw



def test_version_1_header_upgrade_path() -> None:
    """§17: a version-1 header (frozen vector) still unlocks; rotation is refused while a
    member has a legacy password slot (it cannot be re-keyed without the password), naming
    them; a password change writes the version-2 slot; then rotation works and every member
    keeps their password."""
    from pathlib import Path

    vec = Path(__file__).resolve().parents[1] / "vectors" / "vault" / "v1-vault-golden.txt"
    fields = dict(line.split(": ", 1) for line in vec.read_text("ascii").splitlines())
    header = VaultHeader.from_bytes(bytes.fromhex(fields["header"]))
    assert header.version == 1
    users = {}
    for key in ("user1", "user2", "user3"):
        name, _role, pw_hex = fields[key].split("/")
        users[name] = bytes.fromhex(pw_hex).decode()
    steward_name = fields["user1"].split("/")[0]
    steward = unlock(header, steward_name, users[steward_name])
    with pytest.raises(VaultError, match="password slot from vault format version 1"):
        header.rotate(steward)
    for name, pw in users.items():
        ring = unlock(header, name, pw)
        header = header.change_password(ring, name, pw, WEAK)
    steward = unlock(header, steward_name, users[steward_name])
    rotated, _, _ = header.rotate(steward)
    rotated = VaultHeader.from_bytes(rotated.to_bytes())
    assert rotated.version == 3  # now lists every member's signing key (§4.7)
    assert len(rotated.signers) == len(users)
    for name, pw in users.items():
        assert unlock(rotated, name, pw).user == name
