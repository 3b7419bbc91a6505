"""Encrypted key file (docs/key-file.md): round trip, wrong password, tampering, no plaintext."""

from __future__ import annotations

import json
import struct
from pathlib import Path

import pytest

from anonkit.anonymize.key import KeyEntity, PseudonymKey
from anonkit.anonymize.keyfile import (
    MAGIC,
    NONCE_SIZE,
    PREFIX_SIZE,
    KeyFile,
    KeyFileDamagedError,
    KeyFileError,
    KeyFileVersionError,
    KeyFileWrongPasswordError,
)
from anonkit.vault.kdf import KdfParams

PASSWORD = "correct horse battery staple"
ORIGINALS = ["Irene Johansen", "Irenes", "Tromsø", "12345678901"]


def make_key() -> PseudonymKey:
    key = PseudonymKey.new("nb")
    key.add_entity(KeyEntity(id="", type="PERSON", originals=ORIGINALS[:2],
                             parts={"first": "Irene", "last": "Johansen"},
                             pseudonym={"first": "Agnes", "last": "Berg"}))  # fmt: skip
    key.add_entity(
        KeyEntity(id="", type="LOCATION", originals=["Tromsø"], pseudonym={"name": "Bodø"})
    )
    key.add_entity(KeyEntity(id="", type="NATIONAL_ID", originals=["12345678901"],
                             pseudonym={"name": "[fødselsnummer]"}))  # fmt: skip
    return key


@pytest.fixture
def written(tmp_path: Path) -> tuple[Path, PseudonymKey]:
    path = tmp_path / "pseudonym-key.akey"
    key = make_key()
    KeyFile.create(path, PASSWORD, KdfParams.testing()).save(key)
    return path, key


def test_round_trip(written: tuple[Path, PseudonymKey]) -> None:
    path, key = written
    kf, loaded = KeyFile.open(path, PASSWORD, allow_weak=True)
    assert loaded == key
    loaded.accept("E0001")
    kf.save(loaded)  # saving again reuses the derived key, with a fresh nonce
    _, again = KeyFile.open(path, PASSWORD, allow_weak=True)
    assert again.entity("E0001").status == "accepted"


def test_layout(written: tuple[Path, PseudonymKey]) -> None:
    blob = written[0].read_bytes()
    assert blob[:7] == MAGIC == b"AKPSKEY" and blob[7] == 1
    (n,) = struct.unpack(">H", blob[8:10])
    kdf = json.loads(blob[PREFIX_SIZE : PREFIX_SIZE + n])
    assert kdf["algorithm"] == "argon2id" and len(bytes.fromhex(kdf["salt"])) == 16


def test_no_plaintext_in_the_file(written: tuple[Path, PseudonymKey]) -> None:
    path, key = written
    blob = path.read_bytes()
    for original in [*ORIGINALS, "Irene", "Johansen", "Agnes", key.seed]:
        assert original.encode() not in blob
        assert original.lower().encode() not in blob.lower()
    assert path.stat().st_mode & 0o077 == 0  # owner-only
    assert [p.name for p in path.parent.iterdir()] == [path.name]  # no temp files left


def test_wrong_password(written: tuple[Path, PseudonymKey]) -> None:
    with pytest.raises(KeyFileWrongPasswordError, match="wrong password"):
        KeyFile.open(written[0], "not the password", allow_weak=True)


def test_every_flipped_byte_is_detected(written: tuple[Path, PseudonymKey]) -> None:
    path, _ = written
    blob = path.read_bytes()
    for i in range(len(blob)):
        damaged = bytearray(blob)
        damaged[i] ^= 0x01
        path.write_bytes(bytes(damaged))
        with pytest.raises(KeyFileError):
            KeyFile.open(path, PASSWORD, allow_weak=True)


def test_ciphertext_tamper_is_damage_not_wrong_password(written: tuple[Path, PseudonymKey]) -> None:
    path, _ = written
    blob = bytearray(path.read_bytes())
    blob[-1] ^= 0xFF
    path.write_bytes(bytes(blob))
    with pytest.raises(KeyFileDamagedError, match="damaged or was modified"):
        KeyFile.open(path, PASSWORD, allow_weak=True)


@pytest.mark.parametrize("cut", [0, 5, 20, 60])
def test_truncated(written: tuple[Path, PseudonymKey], cut: int) -> None:
    path, _ = written
    path.write_bytes(path.read_bytes()[:cut])
    with pytest.raises(KeyFileDamagedError):
        KeyFile.open(path, PASSWORD, allow_weak=True)


def test_newer_version(written: tuple[Path, PseudonymKey]) -> None:
    path, _ = written
    blob = bytearray(path.read_bytes())
    blob[7] = 2
    path.write_bytes(bytes(blob))
    with pytest.raises(KeyFileVersionError, match="upgrade anonkit"):
        KeyFile.open(path, PASSWORD, allow_weak=True)


def test_weak_parameters_refused_for_real_use(
    written: tuple[Path, PseudonymKey], monkeypatch
) -> None:
    monkeypatch.delenv("ANONKIT_INSECURE_TEST_KDF", raising=False)
    with pytest.raises(KeyFileError, match="test-only"):
        KeyFile.open(written[0], PASSWORD)


def test_nonce_is_fresh_for_every_save(written: tuple[Path, PseudonymKey]) -> None:
    path, key = written
    kf, _ = KeyFile.open(path, PASSWORD, allow_weak=True)
    a, b = kf.seal(key), kf.seal(key)
    n = struct.unpack(">H", a[8:10])[0]
    start = PREFIX_SIZE + n + 16
    assert a[start : start + NONCE_SIZE] != b[start : start + NONCE_SIZE]


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(KeyFileError, match="no key file"):
        KeyFile.open(tmp_path / "none.akey", PASSWORD)


def test_vault_key_round_trip_and_leak_hook(tmp_path: Path) -> None:
    from anonkit.vault.vault import Vault
    from anonkit.workflow.project import load_key as load_key_from_vault
    from anonkit.workflow.project import save_key as save_key_to_vault
    from anonkit.workflow.verify import leak_problems as vault_leak_problems

    with Vault.create(tmp_path / "v", "steward", PASSWORD, KdfParams.testing()) as v:
        assert load_key_from_vault(v) is None
        assert vault_leak_problems(v) == []
        key = make_key()
        save_key_to_vault(v, key)
        save_key_to_vault(v, key)  # a steward's save shreds the older version
        assert len(v.list(tier="identifiable", kind="key")) == 1
        assert load_key_from_vault(v) == key
        v.put_bytes("anonymized", "transcript_pseudonymized", "Agnes Berg bor i Bodø.".encode())
        assert vault_leak_problems(v) == []
        leaky = json.dumps({"segments": [{"text": "Agnes sa at Irenes bror ringte"}]})
        bad = v.put_bytes("anonymized", "transcript_pseudonymized", leaky.encode())
        [problem] = vault_leak_problems(v)
        assert bad in problem and "E0001" in problem and "Irene" not in problem


def test_key_file_lock_is_exclusive(tmp_path: Path) -> None:
    import multiprocessing

    from anonkit.anonymize.keyfile import key_file_lock

    path = tmp_path / "k.akey"
    with key_file_lock(path):
        ctx = multiprocessing.get_context("fork")
        proc = ctx.Process(target=_try_lock, args=(str(path),))
        proc.start()
        proc.join(30)
        assert proc.exitcode == 3  # the other process was refused while we hold the lock
    proc = multiprocessing.get_context("fork").Process(target=_try_lock, args=(str(path),))
    proc.start()
    proc.join(30)
    assert proc.exitcode == 0


def _try_lock(path: str) -> None:
    import os

    from anonkit.anonymize.keyfile import key_file_lock

    try:
        with key_file_lock(path, timeout=0.2):
            os._exit(0)
    except KeyFileError:
        os._exit(3)
