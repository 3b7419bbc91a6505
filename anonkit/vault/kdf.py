"""Password → key-encryption key (spec: docs/vault-format.md §3 "KDF").

Why Argon2id: it is memory-hard (a GPU or ASIC guessing passwords pays for 256 MiB per guess),
it is the RFC 9106 recommendation, and ``cryptography`` ships it, so anonkit implements no
primitive itself. Parameters live in each password slot, next to their salt, so they can be
raised later without breaking old slots.

Weak parameters exist for test suites only: ``KdfParams.testing()`` in code, or the
environment variable ``ANONKIT_INSECURE_TEST_KDF=1`` for subprocess tests of the CLI. Both
print nothing in code paths that do not honour them; whenever the variable is honoured a
warning goes to stderr.
"""

from __future__ import annotations

import os
import sys
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from anonkit.vault.errors import (
    TamperedError,
    UnsupportedFormatVersionError,
    VaultError,
    WeakKdfParametersError,
)

#: The only algorithm of format version 1; "scrypt" is reserved (§3).
ALGORITHM = "argon2id"
RESERVED_ALGORITHMS = frozenset({"scrypt"})
SALT_SIZE = 16
KEY_SIZE = 32

#: Production parameters: 256 MiB, 3 passes, 4 lanes (§3 table).
PRODUCTION_MEMORY_KIB = 262144
PRODUCTION_ITERATIONS = 3
PRODUCTION_LANES = 4
#: Enforced on open unless weak parameters are explicitly allowed (§3).
MINIMUM_MEMORY_KIB = 65536
MINIMUM_ITERATIONS = 3
MINIMUM_LANES = 1
#: Upper bounds: a header asking for more is treated as damaged (§3). Why this low: the
#: parameters sit in an unsigned password slot and are used *before* the password is
#: checked, so A1 could otherwise make every unlock spend GiBs and minutes. Production
#: (256 MiB × 3) is ~5× below the cost cap, leaving room to raise it.
MAXIMUM_MEMORY_KIB = 1048576  # 1 GiB
MAXIMUM_ITERATIONS = 16
MAXIMUM_LANES = 16
#: memory × iterations, in KiB·passes (4 GiB·pass ≈ 5 s here).
MAXIMUM_COST = 4194304
#: testing(): about a millisecond. Argon2 needs memory ≥ 8 KiB per lane.
TESTING_MEMORY_KIB = 64
TESTING_ITERATIONS = 1
TESTING_LANES = 1

INSECURE_TEST_ENV = "ANONKIT_INSECURE_TEST_KDF"

Rng = Callable[[int], bytes]


def insecure_test_mode() -> bool:
    """True when ``ANONKIT_INSECURE_TEST_KDF=1``; prints a warning each time it is honoured."""
    if os.environ.get(INSECURE_TEST_ENV) != "1":
        return False
    print(
        f"warning: {INSECURE_TEST_ENV}=1: weak password hashing for TESTS ONLY; "
        "never store real data in this vault",
        file=sys.stderr,
    )
    return True


def encode_password(password: str | bytes) -> bytes:
    """NFC-normalise and UTF-8-encode (§1), so the same typed password always derives the
    same key whatever the keyboard or OS produced."""
    if isinstance(password, bytes):
        try:
            password = password.decode("utf-8")
        except UnicodeDecodeError:
            raise VaultError("the password is not valid UTF-8 text; save the password "
                             "file as UTF-8") from None
    # A UTF-8 byte order mark (U+FEFF) at the start is an editor's artefact, never typed.
    return unicodedata.normalize("NFC", password.removeprefix("\ufeff")).encode("utf-8")


@dataclass(frozen=True)
class KdfParams:
    """Argon2id parameters and salt of one password slot (§3, §4.3 ``kdf``)."""

    algorithm: str
    memory_kib: int
    iterations: int
    lanes: int
    salt: bytes

    @classmethod
    def production(cls, rng: Rng = os.urandom) -> KdfParams:
        """The parameters new slots get (0.5–2 s on current hardware)."""
        return cls(ALGORITHM, PRODUCTION_MEMORY_KIB, PRODUCTION_ITERATIONS, PRODUCTION_LANES,
                   rng(SALT_SIZE))

    @classmethod
    def testing(cls, rng: Rng = os.urandom) -> KdfParams:
        """TEST ONLY: fast, below the minimum; opening needs ``allow_weak_kdf=True``."""
        return cls(ALGORITHM, TESTING_MEMORY_KIB, TESTING_ITERATIONS, TESTING_LANES,
                   rng(SALT_SIZE))

    @classmethod
    def default(cls, rng: Rng = os.urandom) -> KdfParams:
        """Production parameters, or testing ones when ``ANONKIT_INSECURE_TEST_KDF=1``."""
        return cls.testing(rng) if insecure_test_mode() else cls.production(rng)

    def with_new_salt(self, rng: Rng = os.urandom) -> KdfParams:
        """Same cost, fresh salt: used whenever a password is set or changed."""
        return KdfParams(self.algorithm, self.memory_kib, self.iterations, self.lanes,
                         rng(SALT_SIZE))

    @property
    def is_weak(self) -> bool:
        """Below the documented minimum (§3)."""
        return (
            self.memory_kib < MINIMUM_MEMORY_KIB
            or self.iterations < MINIMUM_ITERATIONS
            or self.lanes < MINIMUM_LANES
        )

    def validate(self, *, allow_weak: bool = False) -> None:
        """Refuse unknown algorithms, absurd values and (unless allowed) weak parameters."""
        if self.algorithm in RESERVED_ALGORITHMS:
            raise UnsupportedFormatVersionError(
                f"password hashing {self.algorithm!r} is not supported by this anonkit; "
                "upgrade anonkit"
            )
        if self.algorithm != ALGORITHM:
            raise TamperedError(f"vault header: unknown password hashing {self.algorithm!r}")
        if len(self.salt) != SALT_SIZE:
            raise TamperedError("vault header: password salt has the wrong size")
        if not (
            1 <= self.lanes <= MAXIMUM_LANES
            and 1 <= self.iterations <= MAXIMUM_ITERATIONS
            and 8 * self.lanes <= self.memory_kib <= MAXIMUM_MEMORY_KIB
            and self.memory_kib * self.iterations <= MAXIMUM_COST
        ):
            raise TamperedError("vault header: password hashing parameters out of range")
        if self.is_weak and not (allow_weak or insecure_test_mode()):
            raise WeakKdfParametersError(
                f"password hashing parameters (m={self.memory_kib} KiB, t={self.iterations}, "
                f"p={self.lanes}) are below the minimum (m={MINIMUM_MEMORY_KIB} KiB, "
                f"t={MINIMUM_ITERATIONS}): this vault was made for tests; refusing to open it"
            )

    def derive(self, password: str | bytes) -> bytes:
        """KEK = Argon2id(NFC-UTF-8(password), salt, t, p, m, 32) (§3). No validation here:
        callers validate first (creation may use testing parameters on purpose)."""
        return Argon2id(
            salt=self.salt,
            length=KEY_SIZE,
            iterations=self.iterations,
            lanes=self.lanes,
            memory_cost=self.memory_kib,
        ).derive(encode_password(password))

    def to_json(self) -> dict[str, Any]:
        """The ``kdf`` object of §4.3 (canonical JSON values)."""
        return {
            "algorithm": self.algorithm,
            "memory_kib": self.memory_kib,
            "iterations": self.iterations,
            "lanes": self.lanes,
            "salt": self.salt.hex(),
        }

    @classmethod
    def from_json(cls, obj: Mapping[str, Any]) -> KdfParams:
        """Parse §4.3 ``kdf``; structural errors are ``TamperedError``."""
        try:
            if set(obj) != {"algorithm", "memory_kib", "iterations", "lanes", "salt"}:
                raise ValueError("fields")
            ints = [obj["memory_kib"], obj["iterations"], obj["lanes"]]
            if not all(type(v) is int for v in ints) or not isinstance(obj["algorithm"], str):
                raise ValueError("types")
            return cls(obj["algorithm"], *ints, bytes.fromhex(obj["salt"]))
        except (ValueError, TypeError, KeyError) as exc:
            raise TamperedError("vault header: malformed password hashing parameters") from exc
