"""Attacks from the vault review (issue 8), replayed on real vault directories, with the
steward's commands run as real ``anonkit`` processes. Each test is written so that it fails
on the code the review attacked (see each docstring) and passes now.

Attackers (docs/vault-format.md §16): A1 writes the vault directory; A2 is a member with
their own password (analyst, interviewer) or a removed member who kept an old copy.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import time
from dataclasses import replace
from pathlib import Path

import pytest
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
    weak,
)

from anonkit.vault import envelope
from anonkit.vault.errors import AccessDeniedError, TamperedError
from anonkit.vault.header import VaultHeader
from anonkit.vault.keys import (
    Recipient,
    Role,
    Tier,
    new_x25519,
    open_sealed,
    seal,
    unbox,
    x25519_from_seed,
    x25519_public_bytes,
)
from anonkit.vault.slots import _bundle_ctx, _escrow_ctx, bundle_key, slot_id
from anonkit.vault.storage import file_sha256


def anonkit(
    vault: Path,
    *args: str,
    extra: tuple[str, ...] = (),
    user: str = STEWARD,
    password: str = STEWARD_PW,
    code: int = 0,
) -> subprocess.CompletedProcess:
    """``anonkit ARGS VAULT EXTRA --user … --password-file …`` as a real process."""
    pw = vault.parent / f"pw-{user}"
    pw.write_text(password + "\n")
    pw.chmod(0o600)
    res = subprocess.run(
        [
            PYTHON,
            "-m",
            "anonkit.cli.main",
            *args,
            str(vault),
            *extra,
            "--user",
            user,
            "--password-file",
            str(pw),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        env=env_for_subprocess(),
    )
    assert res.returncode == code, (res.stdout, res.stderr)
    assert "Traceback" not in res.stderr
    return res


def append_own_stanza(vault: Path, object_id: str, user: str, password: str) -> None:
    """A2 (a member) adds an author stanza for their own user key to a key file, re-MACs it
    with the member object-MAC key and fixes the catalog's hash: the review's point 1.
    The member cannot know the DEK of an object they cannot read, so they seal a DEK of
    their own choosing."""
    with open_as(vault, user, password) as v:
        ring = v.keyring
        path = v.layout.key_path(object_id)
    kf = envelope.parse_keyfile(path.read_bytes())
    prefix = bytearray(kf.signed[: envelope.KEYFILE_PREFIX_SIZE])
    prefix[-1] = len(kf.stanzas) + 1
    end = envelope.KEYFILE_PREFIX_SIZE + len(kf.stanzas) * envelope.STANZA_SIZE
    body = bytes(prefix) + kf.signed[envelope.KEYFILE_PREFIX_SIZE : end]
    kind = Recipient.KIND_USER
    ctx = envelope._dek_context(kf.header, kind)
    body += (
        bytes([kind])
        + Recipient(kind, ring.user_public).key_id
        + seal(ring.user_public, b"\x42" * 32, ctx)
    )
    body += kf.signed[end:]  # the author's signature (§7.3), which no longer matches
    body += envelope._mac(ring.subkey("object-mac", kf.key_epoch), body)
    path.write_bytes(body)
    db = sqlite3.connect(vault / "catalog.sqlite")
    with db:
        db.execute("UPDATE objects SET key_sha256 = ? WHERE id = ?", (file_sha256(path), object_id))
    db.close()


@pytest.mark.parametrize("attacker", ["analyst", "interviewer"])
def test_member_cannot_reach_identifiable_tier_through_rotation(tmp_path, attacker) -> None:
    """Review point 1. Before: the rotation re-sealed the DEK to every author stanza of a
    current user, so the attacker read the audio afterwards and ``verify`` was clean."""
    vault = tmp_path / "vault"
    with make_vault(vault, analyst=True, interviewer=True) as v:
        rid = v.new_recording()
        oid = v.put_bytes("identifiable", "audio", b"participant voice", rid)
    user, pw = (ANALYST, ANALYST_PW) if attacker == "analyst" else (INTERVIEWER, INTERVIEWER_PW)
    append_own_stanza(vault, oid, user, pw)

    with open_as(vault) as v:  # verify (steward) sees it before any rotation
        assert any("tampering" in p and oid in p for p in v.verify().problems)
    res = anonkit(vault, "user", "rotate-keys", code=1)
    assert "tampering" in res.stdout and oid in res.stdout

    with open_as(vault, user, pw) as v, pytest.raises(AccessDeniedError):
        v.get_bytes(oid)
    with open_as(vault) as v:
        assert v.get_bytes(oid) == b"participant voice"
        assert v.verify().ok, v.verify().problems
        entry = [e for e in v.audit_entries() if e.event == "keys_rotated"][-1]
        assert entry.details["tampered_key_files"] == [oid]


def test_interviewer_keeps_reading_what_they_wrote_after_rotation(tmp_path) -> None:
    """The legitimate author stanza is proven and carried over (to the new user key)."""
    vault = tmp_path / "vault"
    make_vault(vault, interviewer=True).close()
    with open_as(vault, INTERVIEWER, INTERVIEWER_PW) as v:
        oid = v.put_bytes("identifiable", "audio", b"mine")
    anonkit(vault, "user", "rotate-keys")
    with open_as(vault, INTERVIEWER, INTERVIEWER_PW) as v:
        assert v.get_bytes(oid) == b"mine"
        kf = envelope.parse_keyfile(v.layout.key_path(oid).read_bytes())
        assert [s.key_id for s in kf.stanzas if s.kind == Recipient.KIND_USER] == [
            Recipient(Recipient.KIND_USER, v.keyring.user_public).key_id
        ]


def _user_keys_from_old_escrows(old: VaultHeader, ident_sk) -> dict[bytes, object]:
    out = {}
    for slot in old.slots:
        raw = open_sealed(ident_sk, slot.escrow, _escrow_ctx(old.vault_id, slot.id))
        assert raw is not None
        out[slot.id] = x25519_from_seed(raw)
    return out


def test_removed_steward_is_cut_off_by_remove_and_rotate(tmp_path) -> None:
    """Review point 2. Before: user key pairs survived rotation, so the removed steward's old
    identifiable key opened the old escrows, which gave every member's user key, which
    opened the members' new bundles (and with them the new identifiable key)."""
    vault = tmp_path / "vault"
    with make_vault(vault, analyst=True, interviewer=True) as v:
        v.add_user("sam", Role.STEWARD, "sam password 4", weak())
    # sam keeps a copy of the header (and knows their own password) ...
    old = VaultHeader.from_bytes((vault / "header").read_bytes())
    sam = old.unlock("sam", "sam password 4", allow_weak_kdf=True)
    anonkit(vault, "user", "remove", extra=("sam",))
    anonkit(vault, "user", "rotate-keys")
    with open_as(vault, INTERVIEWER, INTERVIEWER_PW) as v:
        oid = v.put_bytes("identifiable", "audio", b"written after rotation")
        kf_after = v.layout.key_path(oid).read_bytes()

    new = VaultHeader.from_bytes((vault / "header").read_bytes())
    old_user_keys = _user_keys_from_old_escrows(old, sam.tier_private[Tier.IDENTIFIABLE])
    for slot in new.slots:  # no old user key opens any new bundle or new escrow
        assert slot.user_public not in {
            k.public_key().public_bytes_raw() for k in old_user_keys.values()
        }
        for uk in old_user_keys.values():
            assert (
                unbox(
                    bundle_key(uk, new.vault_id, slot.id),
                    slot.bundle,
                    _bundle_ctx(new.vault_id, slot.id),
                )
                is None
            )
        assert (
            open_sealed(
                sam.tier_private[Tier.IDENTIFIABLE], slot.escrow, _escrow_ctx(new.vault_id, slot.id)
            )
            is None
        )
    # ... and no key sam holds or can derive opens what was written after the rotation.
    hdr = envelope.ObjectHeader(bytes.fromhex(oid), Tier.IDENTIFIABLE)
    with pytest.raises(AccessDeniedError):
        envelope.open_dek(kf_after, sam, hdr)
    kf = envelope.parse_keyfile(kf_after)
    for st in kf.stanzas:
        for sk in [*old_user_keys.values(), *sam.tier_private.values()]:
            assert open_sealed(sk, st.sealed, envelope._dek_context(hdr, st.kind)) is None
    # Members keep their passwords.
    for user, pw in ((STEWARD, STEWARD_PW), (ANALYST, ANALYST_PW)):
        open_as(vault, user, pw).close()


def test_rotation_refuses_a_password_key_an_attacker_substituted(tmp_path) -> None:
    """A1 puts their own password key into a member's slot so that the rotation would seal
    the member's new user key to it: the binding (§4.3) refuses it."""
    vault = tmp_path / "vault"
    make_vault(vault, analyst=True).close()
    raw = (vault / "header").read_bytes()
    hdr = VaultHeader.from_bytes(raw)
    sid = slot_id(hdr.vault_id, ANALYST)
    evil = x25519_public_bytes(new_x25519())
    ps = hdr.password_slots[sid]
    forged = replace(
        hdr, password_slots={**hdr.password_slots, sid: replace(ps, password_public=evil)}
    )
    (vault / "header").write_bytes(forged.to_bytes())
    db = sqlite3.connect(vault / "catalog.sqlite")
    with db:
        db.execute(
            "UPDATE meta SET value = ? WHERE key = 'header_digest'", (forged.digest().hex(),)
        )
    db.close()
    res = anonkit(vault, "user", "rotate-keys", code=1)
    assert "not bound" in res.stderr
    assert VaultHeader.from_bytes((vault / "header").read_bytes()).key_epoch == 1


# --- review point 3: symbolic links put into the vault by A1 --------------------------------


def _victim(tmp_path: Path, names: tuple[str, ...]) -> dict[Path, bytes]:
    """Files outside the vault that a planted link points at, some 1 h old."""
    target = tmp_path / "victim"
    target.mkdir()
    files = {}
    for name in names:
        p = target / name
        p.write_bytes(b"precious " + name.encode())
        os.utime(p, (time.time() - 3600, time.time() - 3600))
        files[p] = p.read_bytes()
    return files


def _intact(files: dict[Path, bytes]) -> None:
    for p, data in files.items():
        assert p.read_bytes() == data, f"{p} was touched through a link"


def test_symlinked_tmp_is_not_followed_by_verify(tmp_path) -> None:
    """Before: any member's ``verify`` deleted every file older than 30 s wherever a
    symlinked ``tmp/`` pointed."""
    vault = tmp_path / "vault"
    make_vault(vault, analyst=True).close()
    files = _victim(tmp_path, ("thesis.docx", "1234-0123456789abcdef.part"))
    shutil.rmtree(vault / "tmp")
    (vault / "tmp").symlink_to(tmp_path / "victim")
    res = anonkit(vault, "verify", user=ANALYST, password=ANALYST_PW, code=1)
    assert "symbolic link" in res.stdout
    _intact(files)


def test_symlinked_shard_is_not_followed_by_verify_repair(tmp_path) -> None:
    """Before: ``verify --repair`` deleted every file in the directory a symlinked shard
    pointed to (names were not checked against the id pattern)."""
    vault = tmp_path / "vault"
    with make_vault(vault) as v:
        oid = v.put_bytes("anonymized", "transcript_pseudonymized", b"text")
    # a shard the vault does not use yet (the object's own shard is random: 1 in 256 was "ab")
    shard = next(
        name
        for name in ("ab", "cd", "ef")
        if not (vault / "objects" / name).exists() and not (vault / "keys" / name).exists()
    )
    files = _victim(tmp_path, ("notes.txt", shard + "0" * 30))
    (vault / "objects" / shard).symlink_to(tmp_path / "victim")
    (vault / "keys" / shard).symlink_to(tmp_path / "victim")
    res = anonkit(vault, "verify", extra=("--repair",), code=1)
    assert f"objects/{shard} is a symbolic link" in res.stdout
    _intact(files)
    with open_as(vault) as v:
        assert v.get_bytes(oid) == b"text"


def test_symlinked_failed_audit_log_is_not_written_through(tmp_path) -> None:
    """Before: with ``audit-failed.log`` a symlink, a wrong-password attempt by anyone
    truncated and overwrote the file it pointed to."""
    vault = tmp_path / "vault"
    make_vault(vault).close()
    files = _victim(tmp_path, ("passwd-like",))
    (vault / "audit-failed.log").unlink(missing_ok=True)
    (vault / "audit-failed.log").symlink_to(next(iter(files)))
    res = anonkit(vault, "verify", password="wrong password here", code=1)
    assert "symbolic link" in res.stderr
    _intact(files)


def test_symlinked_object_and_header_are_refused(tmp_path) -> None:
    """Reads never go through a link either (O_NOFOLLOW)."""
    vault = tmp_path / "vault"
    with make_vault(vault) as v:
        oid = v.put_bytes("anonymized", "review", b"x")
        path = v.layout.object_path(oid)
    moved = tmp_path / "elsewhere"
    path.rename(moved)
    path.symlink_to(moved)
    with open_as(vault) as v, pytest.raises(TamperedError, match="symbolic link"):
        v.get_bytes(oid)
    (vault / "header").rename(tmp_path / "header")
    (vault / "header").symlink_to(tmp_path / "header")
    with pytest.raises(TamperedError, match="symbolic link"):
        open_as(vault)


# --- review point 4: rollback, detected with state kept outside the vault -------------------


def _catalog_set(vault: Path, key: str, value: str | None) -> None:
    db = sqlite3.connect(vault / "catalog.sqlite")
    with db:
        if value is None:
            db.execute("DELETE FROM meta WHERE key = ?", (key,))
        else:
            db.execute("UPDATE meta SET value = ? WHERE key = ?", (value, key))
    db.close()


def test_header_replay_with_catalog_edit_is_caught(tmp_path) -> None:
    """Before: putting back an old header and updating ``header_generation`` and
    ``header_digest`` in the catalog unlocked silently at the old key epoch."""
    vault = tmp_path / "vault"
    make_vault(vault, analyst=True).close()
    old = (vault / "header").read_bytes()
    old_hdr = VaultHeader.from_bytes(old)
    anonkit(vault, "user", "remove", extra=(ANALYST,))
    anonkit(vault, "user", "rotate-keys")
    # A1 puts the old header back and makes the catalog agree with it.
    (vault / "header").write_bytes(old)
    _catalog_set(vault, "header_generation", str(old_hdr.generation))
    _catalog_set(vault, "header_digest", old_hdr.digest().hex())
    res = anonkit(vault, "verify", code=1)
    assert "rolled back" in res.stderr and "header generation" in res.stderr


def test_whole_vault_rollback_is_caught_and_a_restore_can_be_accepted(tmp_path) -> None:
    """A copy of the whole directory put back is refused for a user who saw a newer state;
    naming the vault id in ANONKIT_ACCEPT_ROLLBACK accepts it and audits that."""
    vault = tmp_path / "vault"
    with make_vault(vault) as v:
        vault_id = v.vault_id
    backup = tmp_path / "backup"
    shutil.copytree(vault, backup, symlinks=True)
    with open_as(vault) as v:
        oid = v.put_bytes("anonymized", "review", b"after the backup")
        v.audit_append("ingest", object_id=oid)
    shutil.rmtree(vault)
    shutil.copytree(backup, vault, symlinks=True)
    res = anonkit(vault, "verify", code=1)
    assert "rolled back" in res.stderr and f"ANONKIT_ACCEPT_ROLLBACK={vault_id}" in res.stderr
    os.environ["ANONKIT_ACCEPT_ROLLBACK"] = vault_id
    try:
        with open_as(vault) as v:
            entry = v.audit_entries()[-1]
            assert entry.event == "rollback_accepted"
            assert entry.details["seen_audit_seq"] > entry.details["audit_seq"]
    finally:
        del os.environ["ANONKIT_ACCEPT_ROLLBACK"]
    assert "vault OK" in anonkit(vault, "verify").stdout  # accepted once, trusted again


@pytest.mark.parametrize("row", ["header_generation", "audit_head"])
def test_missing_catalog_rows_are_tampering(tmp_path, row) -> None:
    """Before: a missing ``header_generation`` or ``audit_head`` row was taken as 0/none."""
    vault = tmp_path / "vault"
    make_vault(vault).close()
    _catalog_set(vault, row, None)
    with pytest.raises(TamperedError, match=row):
        open_as(vault)


def test_rollback_state_is_outside_the_vault_and_per_user(tmp_path) -> None:
    vault = tmp_path / "vault"
    with make_vault(vault, analyst=True) as v:
        vid, steward_slot = v.vault_id, v.user_slot
    state = Path(os.environ["ANONKIT_STATE_DIR"]) / "vaults" / vid
    assert (state / f"{steward_slot}.json").is_file()
    assert (state / f"{steward_slot}.json").stat().st_mode & 0o777 == 0o600
    assert vault not in state.parents
    with open_as(vault, ANALYST, ANALYST_PW) as v:
        assert (state / f"{v.user_slot}.json").is_file()


# --- review point 5 ---------------------------------------------------------------------------


def test_verify_reports_an_object_the_steward_cannot_decrypt(tmp_path) -> None:
    """Before: a steward's AccessDenied on an object was skipped as "no key for it", so an
    object that nobody can decrypt (key file sealed to some other key, MAC'd by a member)
    counted as fine."""
    vault = tmp_path / "vault"
    with make_vault(vault, analyst=True) as v:
        oid = v.put_bytes("anonymized", "review", b"text")
        ring = v.keyring
        path = v.layout.key_path(oid)
    hdr = envelope.ObjectHeader(bytes.fromhex(oid), Tier.ANONYMIZED)
    stranger = Recipient(Recipient.KIND_TIER, x25519_public_bytes(new_x25519()))
    path.write_bytes(envelope.seal_dek(b"\x01" * 32, hdr, ring, [stranger]))
    _catalog_key_hash(vault, oid, path)
    res = anonkit(vault, "verify", code=1)
    assert oid in res.stdout and "has no key" in res.stdout
    # an analyst (who may read this tier) sees it too
    assert oid in anonkit(vault, "verify", user=ANALYST, password=ANALYST_PW, code=1).stdout


def _catalog_key_hash(vault: Path, oid: str, path: Path) -> None:
    db = sqlite3.connect(vault / "catalog.sqlite")
    with db:
        db.execute("UPDATE objects SET key_sha256 = ? WHERE id = ?", (file_sha256(path), oid))
    db.close()


# --- review point 7: robustness -----------------------------------------------------------------


@pytest.mark.parametrize(
    "junk", [b'{"seq": "x"}\n', b"not json at all\n", b"\xff\xfe\n", b"[1, 2]\n"]
)
def test_malformed_last_audit_line_never_loses_a_committed_change(tmp_path, junk) -> None:
    """Before: a malformed last line in ``audit.log`` gave a raw traceback, and a committed
    ``user add`` lost its audit entry."""
    vault = tmp_path / "vault"
    make_vault(vault).close()
    with open(vault / "audit.log", "ab") as f:
        f.write(junk)
    newpw = tmp_path / "newpw"
    newpw.write_text(ANALYST_PW + "\n")
    anonkit(
        vault,
        "user",
        "add",
        extra=(ANALYST, "--role", "analyst", "--new-password-file", str(newpw)),
    )
    with open_as(vault) as v:
        entry = v.audit_entries()[-1]
        assert entry.event == "user_added" and entry.details["after_malformed_line"] is True
        assert any("not a valid entry" in p for p in v.verify().problems)
    res = anonkit(vault, "audit", code=1)
    assert "Traceback" not in res.stderr


@pytest.mark.parametrize("junk", [b'{"seq": "x", "ts": "evil text"}\n', b"garbage\n"])
def test_malformed_failed_unlock_log_is_no_traceback(tmp_path, junk) -> None:
    vault = tmp_path / "vault"
    make_vault(vault).close()
    anonkit(vault, "verify", password="a wrong password", code=1)
    with open(vault / "audit-failed.log", "ab") as f:
        f.write(junk)
    res = anonkit(vault, "verify", password="another wrong one", code=1)
    assert "wrong password" in res.stderr
    res = anonkit(vault, "verify", code=1)  # imports the attempts, reports the bad line
    assert "failed-unlock log entry" in res.stdout
    with open_as(vault) as v:
        imported = [e for e in v.audit_entries() if e.event == "unlock_failed"]
        assert len(imported) == 3


def test_modes_are_0600_and_0700(tmp_path) -> None:
    """Before: catalog.sqlite (and -wal/-shm) were 0644 and an existing directory stayed
    0755 (§12 says 0600/0700)."""
    vault = tmp_path / "vault"
    vault.mkdir(mode=0o755)
    vault.chmod(0o755)
    old = os.umask(0o022)
    try:
        with make_vault(vault, analyst=True) as v:
            v.put_bytes("anonymized", "review", b"x")
            anonkit(vault, "verify", password="wrong password here", code=1)
            for p in [vault, *vault.rglob("*")]:
                mode = p.stat().st_mode & 0o777
                assert mode == (0o700 if p.is_dir() else 0o600), (p, oct(mode))
            assert (vault / "catalog.sqlite-wal").exists()
    finally:
        os.umask(old)


def _ro_bind_available() -> bool:
    if not shutil.which("unshare"):
        return False
    res = subprocess.run(
        ["unshare", "-rm", "sh", "-c", "mount --bind / /mnt 2>/dev/null || mount --bind /tmp /tmp"],
        capture_output=True,
        timeout=30,
    )
    return res.returncode == 0


@pytest.mark.skipif(not _ro_bind_available(), reason="needs unshare -rm and bind mounts")
def test_read_only_vault_opens_reads_and_verifies(tmp_path) -> None:
    """Before: a vault on read-only media could not be opened ("restore from a backup").
    Here it really is read-only: a read-only bind mount in a private mount namespace."""
    vault = tmp_path / "vault"
    with make_vault(vault) as v:
        oid = v.put_bytes("anonymized", "review", b"readable from a backup")
        vault_id = v.vault_id
    ro = tmp_path / "ro"
    ro.mkdir()
    (tmp_path / "pw").write_text(STEWARD_PW + "\n")
    env = env_for_subprocess()
    script = (
        "import sys\n"
        "from anonkit.vault.vault import Vault\n"
        "from anonkit.vault.errors import VaultReadOnlyError\n"
        f"v = Vault.open({str(ro)!r}, {STEWARD!r}, {STEWARD_PW!r})\n"
        "assert v.read_only\n"
        f"assert v.get_bytes({oid!r}) == b'readable from a backup'\n"
        "rep = v.verify(); assert rep.ok, rep.problems\n"
        "try:\n"
        "    v.put_bytes('anonymized', 'review', b'y')\n"
        "except VaultReadOnlyError as e:\n"
        "    print('refused:', e)\n"
        "v.close()\n"
    )
    cmd = (
        f"mount --bind {vault} {ro} && mount -o remount,bind,ro {ro} && "
        f"touch {ro}/x 2>/dev/null && exit 9; "
        f'{PYTHON} -c "$SCRIPT" && '
        f"{PYTHON} -m anonkit.cli.main verify {ro} --user {STEWARD} "
        f"--password-file {tmp_path / 'pw'}"
    )
    res = subprocess.run(
        ["unshare", "-rm", "sh", "-c", cmd],
        capture_output=True,
        text=True,
        timeout=300,
        env={**env, "SCRIPT": script},
    )
    assert res.returncode == 0, (res.stdout, res.stderr)
    assert "refused: the vault at" in res.stdout and "read-only" in res.stdout
    assert "vault OK" in res.stdout and "Traceback" not in res.stderr
    assert vault_id
