"""Review point 8: passwords (strength, BOM, file permissions), the Argon2 cost cap, and
confusable user names. Each test fails on the code the review attacked."""

from __future__ import annotations

import subprocess
from dataclasses import replace

import pytest
from vault_testlib import PYTHON, STEWARD, STEWARD_PW, env_for_subprocess, make_vault, weak

from anonkit.vault.errors import TamperedError, UserExistsError, VaultError, WeakPasswordError
from anonkit.vault.header import VaultHeader
from anonkit.vault.kdf import KdfParams
from anonkit.vault.keys import Role
from anonkit.vault.passwords import skeleton
from anonkit.vault.slots import slot_id

MINIMUM = replace(KdfParams.production(), memory_kib=65536, iterations=3, lanes=1)


@pytest.mark.parametrize("password", ["", " ", "\t  \n", "a", "kari", "password1234",
                                      "qwertyuiop123", "kari kari kari", "aaaaaaaaaaaaaaaa"])
def test_weak_passwords_are_refused_for_real_vaults(password) -> None:
    """Before: any non-empty password (one character, whitespace) was accepted. Checked
    before any Argon2 work (production cost costs nothing here)."""
    with pytest.raises(VaultError) as info:
        VaultHeader.create("kari", password, KdfParams.production())
    assert isinstance(info.value, WeakPasswordError) or "empty" in str(info.value)


def test_strong_passphrase_is_accepted_and_test_kdf_waives_the_rule() -> None:
    header, steward = VaultHeader.create("kari", "pw", weak())  # test-only KDF: waived
    with pytest.raises(WeakPasswordError):
        header.add_user(steward, "ola", Role.ANALYST, "ola", MINIMUM)
    header.add_user(steward, "ola", Role.ANALYST, "violet tractor umbrella seven", MINIMUM)


@pytest.mark.parametrize("lookalike", ["kаri", "Kari", "ｋａｒｉ", "KARI"])
def test_confusable_user_names_are_refused(lookalike) -> None:
    """Before: ``kаri`` (Cyrillic а) was added next to ``kari``."""
    header, steward = VaultHeader.create("kari", "pw", weak())
    with pytest.raises(UserExistsError, match="confusable"):
        header.add_user(steward, lookalike, Role.ANALYST, "pw", weak())
    header.add_user(steward, "karin", Role.ANALYST, "pw", weak())
    assert skeleton("ola") == skeleton("oIa") and skeleton("ola") != skeleton("ina")


@pytest.mark.parametrize("field,value", [("memory_kib", 4194304), ("iterations", 64),
                                         ("lanes", 64), ("memory_kib", 1048576)])
def test_argon2_cost_a_slot_may_demand_is_capped(field, value) -> None:
    """Before: a slot could demand 4 GiB × 64 passes before the password was checked. The
    cap refuses it before any derivation (``memory_kib`` 1 GiB with t=3 is within the
    per-field limits but over the cost cap only with t > 4: it is accepted here)."""
    header, _ = VaultHeader.create("kari", "pw", weak())
    sid = slot_id(header.vault_id, "kari")
    ps = header.password_slots[sid]
    kdf = replace(KdfParams.production(), **{field: value})
    forged = replace(header, password_slots={sid: replace(ps, kdf=kdf)})
    parsed = VaultHeader.from_bytes(forged.to_bytes())
    if field == "memory_kib" and value == 1048576:
        kdf.validate()  # 1 GiB × 3 passes: allowed
        return
    with pytest.raises(TamperedError, match="out of range"):
        parsed.unlock("kari", "pw")


def test_password_file_bom_and_permissions(tmp_path) -> None:
    """Before: a UTF-8 BOM became part of the password, and a world-readable password file
    was used silently."""
    vault = tmp_path / "vault"
    make_vault(vault).close()
    pw = tmp_path / "pw"
    pw.write_bytes(b"\xef\xbb\xbf" + STEWARD_PW.encode() + b"\r\n")
    pw.chmod(0o644)
    res = subprocess.run([PYTHON, "-m", "anonkit.cli.main", "verify", str(vault), "--user",
                          STEWARD, "--password-file", str(pw)], capture_output=True, text=True,
                         timeout=300, env=env_for_subprocess())
    assert res.returncode == 0, res.stderr
    assert "readable by other users" in res.stderr and "chmod 600" in res.stderr
    pw.chmod(0o600)
    res = subprocess.run([PYTHON, "-m", "anonkit.cli.main", "verify", str(vault), "--user",
                          STEWARD, "--password-file", str(pw)], capture_output=True, text=True,
                         timeout=300, env=env_for_subprocess())
    assert res.returncode == 0 and "readable by other users" not in res.stderr
