"""Password hashing (docs/vault-format.md §3): parameters, minimum, test mode, encoding."""

from __future__ import annotations

import pytest

from anonkit.vault import kdf
from anonkit.vault.errors import (
    TamperedError,
    UnsupportedFormatVersionError,
    VaultError,
    WeakKdfParametersError,
)
from anonkit.vault.kdf import KdfParams


def test_production_parameters_meet_the_documented_minimum() -> None:
    p = KdfParams.production()
    assert p.algorithm == "argon2id"
    assert p.memory_kib >= 65536 and p.iterations >= 3 and len(p.salt) == 16
    assert not p.is_weak
    p.validate()


def test_production_derivation_runs() -> None:
    """One real production-cost derivation (256 MiB; about a second here, no timing
    assertion): the parameters are accepted by this OpenSSL build."""
    p = KdfParams.production()
    key = p.derive("correct horse battery staple")
    assert len(key) == 32
    assert key != KdfParams("argon2id", 64, 1, 1, p.salt).derive("correct horse battery staple")


def test_testing_parameters_are_weak_and_refused_unless_allowed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv(kdf.INSECURE_TEST_ENV, raising=False)
    p = KdfParams.testing()
    assert p.is_weak
    with pytest.raises(WeakKdfParametersError, match="below the minimum"):
        p.validate()
    p.validate(allow_weak=True)


def test_env_variable_enables_test_mode_with_a_warning(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(kdf.INSECURE_TEST_ENV, "1")
    p = KdfParams.default()
    assert p.is_weak
    p.validate()  # accepted in test mode
    assert "TESTS ONLY" in capsys.readouterr().err
    monkeypatch.setenv(kdf.INSECURE_TEST_ENV, "yes")  # only exactly "1" counts
    assert not KdfParams.default().is_weak


def test_salt_and_password_change_the_key() -> None:
    p = KdfParams.testing()
    q = p.with_new_salt()
    assert q.salt != p.salt and q.memory_kib == p.memory_kib
    assert p.derive("pw") != q.derive("pw")
    assert p.derive("pw") != p.derive("pw2")


def test_password_is_nfc_normalised() -> None:
    p = KdfParams.testing()
    assert p.derive("p\u00e5") == p.derive("pa\u030a") == p.derive("p\u00e5".encode())
    with pytest.raises(VaultError, match="UTF-8"):
        p.derive("p\u00e5".encode("latin-1"))


@pytest.mark.parametrize(
    "changes",
    [
        {"memory_kib": kdf.MAXIMUM_MEMORY_KIB + 1},
        {"iterations": 0},
        {"iterations": kdf.MAXIMUM_ITERATIONS + 1},
        {"lanes": 0},
        {"memory_kib": 8, "lanes": 2},
        {"salt": bytes(15)},
        {"algorithm": "bcrypt"},
    ],
)
def test_absurd_parameters_are_treated_as_damage(changes: dict) -> None:
    p = KdfParams.testing()
    fields = {**p.__dict__, **changes}
    with pytest.raises(TamperedError):
        KdfParams(**fields).validate(allow_weak=True)


def test_reserved_scrypt_is_an_upgrade_hint() -> None:
    p = KdfParams("scrypt", 65536, 3, 1, bytes(16))
    with pytest.raises(UnsupportedFormatVersionError, match="upgrade anonkit"):
        p.validate()


def test_json_round_trip_and_malformed_json() -> None:
    p = KdfParams.production()
    assert KdfParams.from_json(p.to_json()) == p
    for bad in ({}, {**p.to_json(), "extra": 1}, {**p.to_json(), "lanes": "4"},
                {**p.to_json(), "salt": "zz"}, {**p.to_json(), "iterations": 3.0}):
        with pytest.raises(TamperedError):
            KdfParams.from_json(bad)
