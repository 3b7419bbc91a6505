"""A vault of header format 2 (no signing keys) from the frozen vector, end to end (spec
§17): it opens and works as it is, writes unsigned entries and key files; the next header a
steward signs (a real ``anonkit user add`` process) makes it version 3, after which entries
and key files are signed; a real ``anonkit user rotate-keys`` re-signs every key file; every
object opens for whom it opened before, throughout, and ``verify`` is clean at each step.
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
from pathlib import Path

import pytest
from vault_testlib import PYTHON, REPO, env_for_subprocess

from anonkit.vault import envelope
from anonkit.vault.catalog import Catalog, ObjectInfo, utc_now
from anonkit.vault.errors import AccessDeniedError
from anonkit.vault.header import VaultHeader
from anonkit.vault.meta import META_DIGEST, META_FAILED_IMPORTED, META_GENERATION, META_VAULT_ID
from anonkit.vault.storage import Layout, body_hasher, file_sha256
from anonkit.vault.vault import Vault

VECTOR = REPO / "tests" / "vectors" / "vault" / "v2-vault-golden.txt"
_spec = importlib.util.spec_from_file_location("make_vault_vectors",
                                               REPO / "scripts" / "make_vault_vectors.py")
assert _spec and _spec.loader
gen = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(gen)


def _write(path: Path, data: bytes) -> None:
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as f:
        f.write(data)


def vault_from_v2_vector(root: Path) -> tuple[dict[str, str], str]:
    """The vault directory an anonkit of header format 2 left: the frozen golden header, its
    (unsigned, version-1) key file and body, a catalog; no audit entries yet."""
    _expect, _comment, f = gen.parse(VECTOR.read_text("ascii"))
    passwords = {}
    for key in ("user1", "user2", "user3"):
        name, _role, pw = f[key].split("/")
        passwords[name] = bytes.fromhex(pw).decode()
    header = VaultHeader.from_bytes(bytes.fromhex(f["header"]))
    assert header.version == 2 and not header.signers
    root.mkdir(mode=0o700)
    layout = Layout(root)
    layout.make_dirs()
    oid = f["object_id"]
    body, keyfile = bytes.fromhex(f["object"]), bytes.fromhex(f["keyfile"])
    assert envelope.parse_keyfile(keyfile).version == 1
    _write(layout.object_path(oid), body)
    _write(layout.key_path(oid), keyfile)
    _write(layout.header, header.to_bytes())
    _write(layout.config, json.dumps({"format": "anonkit-vault", "version": 1,
                                      "default_user": "kari"}).encode())
    checksum = body_hasher("xxh3")
    checksum.update(body)
    catalog = Catalog(layout.catalog, create=True)
    with catalog.transaction() as db:
        catalog.set_meta(META_VAULT_ID, header.vault_id.hex(), db)
        catalog.set_meta(META_GENERATION, str(header.generation), db)
        catalog.set_meta(META_DIGEST, header.digest().hex(), db)
        catalog.set_meta(META_FAILED_IMPORTED, "0", db)
    catalog.add_object(ObjectInfo(
        id=oid, tier="identifiable", kind="audio", recording_id=None,
        plaintext_size=int(f["plaintext_len"]), ciphertext_size=len(body),
        body_checksum=f"xxh3:{checksum.hexdigest()}",
        key_sha256=file_sha256(layout.key_path(oid)),
        header_generation=header.generation, created_at=utc_now()))
    catalog.close()
    return passwords, oid


def anonkit(root: Path, *args: str, password: str) -> None:
    pw = root.parent / "pw-kari"
    pw.write_text(password + "\n")
    pw.chmod(0o600)
    res = subprocess.run([PYTHON, "-m", "anonkit.cli.main", *args, "--user", "kari",
                          "--password-file", str(pw)],
                         capture_output=True, text=True, timeout=300, env=env_for_subprocess())
    assert res.returncode == 0, (res.stdout, res.stderr)
    assert "Traceback" not in res.stderr


def test_header_version_2_vault_upgrades_and_everything_still_opens(tmp_path) -> None:
    root = tmp_path / "v"
    pw, golden = vault_from_v2_vector(root)
    plaintext = gen.pattern(100)

    def opened(user: str) -> Vault:
        return Vault.open(root, user, pw[user], allow_weak_kdf=True)

    def check_reads(extra: dict[str, bytes]) -> None:
        for user in ("kari", "ola"):  # the steward, and the interviewer who wrote them
            with opened(user) as v:
                assert v.get_bytes(golden) == plaintext
                for oid, data in extra.items():
                    assert v.get_bytes(oid) == data
        with opened("ana") as v, pytest.raises(AccessDeniedError):
            v.get_bytes(golden)

    # 1. As found: version 2, unsigned entries and key files, clean.
    with opened("ola") as v:
        assert v.header.version == 2 and not v.can_sign()
        before = v.put_bytes("identifiable", "audio", b"written by a v2 vault")
        assert envelope.parse_keyfile(v.layout.key_path(before).read_bytes()).version == 1
        v.audit_append("ingest", object_id=before)
        assert v.audit_entries()[-1].sig is None  # unsigned: no key listed yet
    check_reads({before: b"written by a v2 vault"})
    with opened("kari") as v:
        report = v.verify()
        assert report.ok and report.unsigned_key_files == 2, report.problems
        assert not v.object_author(before).signed

    # 2. The next header a steward signs (a real `anonkit user add`) is version 3.
    anonkit(root, "user", "add", str(root), "siv", "--role", "analyst",
            "--new-password-file", str(_pw_file(tmp_path, "siv password 6")),
            password=pw["kari"])
    with opened("kari") as v:
        assert v.header.version == 3
        assert {n for n, _ in v.users()} == {"kari", "ola", "ana", "siv"}
        assert all(v.header.signer_key(bytes.fromhex(s), 1) for s in v.user_names_by_slot())
    with opened("ola") as v:
        assert v.can_sign()
        after = v.put_bytes("identifiable", "audio", b"written after the upgrade")
        assert envelope.parse_keyfile(v.layout.key_path(after).read_bytes()).version == 2
        v.audit_append("ingest", object_id=after)
        assert v.audit_entries()[-1].sig is not None
    check_reads({before: b"written by a v2 vault", after: b"written after the upgrade"})
    with opened("kari") as v:
        report = v.verify()
        assert report.ok and report.unsigned_key_files == 2, report.problems
        assert any("audit entries are unsigned (older format" in w for w in report.warnings)
        assert v.object_author(after).author == "ola"

    # 3. A real rotation re-signs every key file; the interviewer keeps her own objects.
    anonkit(root, "user", "rotate-keys", str(root), password=pw["kari"])
    check_reads({before: b"written by a v2 vault", after: b"written after the upgrade"})
    with opened("kari") as v:
        report = v.verify()
        assert report.ok, report.problems
        assert (report.unsigned_key_files, report.unattributed_key_files) == (0, 2)
        for oid in v.catalog.list_objects():
            assert envelope.parse_keyfile(v.layout.key_path(oid.id).read_bytes()).version == 2
        who = v.object_author(after)
        assert (who.author, who.signer) == ("ola", "kari")
        assert v.object_author(golden).author is None


def _pw_file(tmp_path: Path, password: str) -> Path:
    p = tmp_path / f"pw-{abs(hash(password))}"
    p.write_text(password + "\n")
    p.chmod(0o600)
    return p
