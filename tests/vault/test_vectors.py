"""Known-answer vectors (docs/vault-format.md §8) and the golden "format is stable" test.

Two independent checks per vector file in tests/vectors/vault/:
1. ``build_vectors()`` (scripts/make_vault_vectors.py, fixed inputs, injected RNG) recomputes
   exactly the committed bytes: the writer has not drifted.
2. The committed bytes are opened through the public API and give the ``expect:`` outcome:
   the reader still accepts the version-1 format and still rejects each failure case.
Check 2 is the one that matters for old vaults; if check 1 fails after a deliberate,
format-neutral change (e.g. the order of RNG draws), regenerate and say why in the commit.
"""

from __future__ import annotations

import importlib.util
import io
from pathlib import Path

import pytest

from anonkit.vault.envelope import (
    ObjectHeader,
    decrypt_object,
    keyfile_attribution,
    open_dek,
    parse_keyfile,
    payload_key,
    verify_keyfile,
)
from anonkit.vault.errors import (
    AccessDeniedError,
    TamperedError,
    TrailingDataError,
    TruncatedError,
    UnsupportedFormatVersionError,
    WrongPasswordError,
)
from anonkit.vault.header import VaultHeader
from anonkit.vault.kdf import KdfParams
from anonkit.vault.keys import Role, Tier, x25519_from_seed
from anonkit.vault.signing import derive_signing_key, public_bytes, verifies
from anonkit.vault.stream import decrypt_bytes

REPO = Path(__file__).resolve().parents[2]
VECTOR_DIR = REPO / "tests" / "vectors" / "vault"
_spec = importlib.util.spec_from_file_location("make_vault_vectors",
                                               REPO / "scripts" / "make_vault_vectors.py")
assert _spec and _spec.loader
gen = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(gen)

VECTOR_FILES = sorted(VECTOR_DIR.glob("*.txt"))
EXPECTED_ERROR = {
    "truncated": TruncatedError,
    "trailing data": TrailingDataError,
    "tampered": TamperedError,
    "wrong password": WrongPasswordError,
    "unsupported version": UnsupportedFormatVersionError,
    "access denied": AccessDeniedError,
}


def test_vector_files_exist() -> None:
    assert len(VECTOR_FILES) >= 20
    expects = {gen.parse(p.read_text("ascii"))[0] for p in VECTOR_FILES}
    assert expects == {"success", *EXPECTED_ERROR}


#: Frozen vectors of vault format versions 1 and 2 (headers written before version 2 / 3), and
#: ``v3k1-``: a version-3 header with an unsigned version-1 key file (before key files were
#: signed, §7.3): no longer produced by the generator, still opened by check 2 (§17).
LEGACY_PREFIXES = ("v1-", "v2-", "v3k1-")
CURRENT_FILES = [p for p in VECTOR_FILES if not p.stem.startswith(LEGACY_PREFIXES)]


def test_vectors_are_reproduced_byte_for_byte() -> None:
    built = gen.build_vectors()
    assert sorted(built) == sorted(p.stem for p in CURRENT_FILES)
    for path in CURRENT_FILES:
        assert gen.render(built[path.stem]) == path.read_text("ascii"), path.name


def _users(fields: dict[str, str], keys: tuple[str, ...] = ("user1", "user2", "user3")
           ) -> dict[str, str]:
    out = {}
    for key in keys:
        name, _role, pw_hex = fields[key].split("/")
        out[name] = bytes.fromhex(pw_hex).decode()
    return out


def _check(name: str, f: dict[str, str]) -> None:
    """Open one vector through the public API; raise what the reader raises."""
    for prefix in LEGACY_PREFIXES:
        name = name.removeprefix(prefix)
    if name.startswith("signing-"):
        key = derive_signing_key(x25519_from_seed(bytes.fromhex(f["user_sk"])),
                                 bytes.fromhex(f["vault_id"]), bytes.fromhex(f["slot_id"]))
        public = bytes.fromhex(f["signing_public"])
        assert public_bytes(key) == public
        message, sig = bytes.fromhex(f["message"]), bytes.fromhex(f["signature"])
        assert key.sign(message) == sig
        assert verifies(public, sig, message)
        assert not verifies(public, sig, message + b"x")
        return
    if name.startswith("kdf-"):
        params = KdfParams.from_json({k: int(f[k]) for k in ("memory_kib", "iterations", "lanes")}
                                     | {"algorithm": f["algorithm"], "salt": f["salt"]})
        kek = bytes.fromhex(f["kek"])
        assert params.derive(bytes.fromhex(f["password"])) == kek
        if "password_nfd" in f:
            assert params.derive(bytes.fromhex(f["password_nfd"])) == kek
        return
    if name.startswith("stream-"):
        plain = decrypt_bytes(bytes.fromhex(f["key"]), bytes.fromhex(f["aad"]),
                              io.BytesIO(bytes.fromhex(f["ciphertext"])))
        assert plain == gen.pattern(int(f["plaintext_len"]))
        return
    if name.startswith("object-"):
        dek = bytes.fromhex(f["dek"])
        hdr = ObjectHeader(bytes.fromhex(f["object_id"]), Tier(int(f["tier"])))
        assert payload_key(dek, hdr) == bytes.fromhex(f["payload_key"])
        out = b"".join(decrypt_object(dek, io.BytesIO(bytes.fromhex(f["object"])), hdr))
        assert out == bytes.fromhex(f["plaintext"])
        return
    header = VaultHeader.from_bytes(bytes.fromhex(f["header"]))
    hdr = ObjectHeader(bytes.fromhex(f["object_id"]), Tier.IDENTIFIABLE) \
        if "object_id" in f else None
    if name.startswith("keyfile-") and name != "keyfile-analyst-denied":
        # a member-forged key file (§7.3): the MAC is valid, the signature check refuses it
        kari = header.unlock("kari", _users(f, ("user1",))["kari"], allow_weak_kdf=True)
        blob = bytes.fromhex(f["keyfile"])
        verify_keyfile(blob, kari, hdr)  # MAC fine: only the signature can tell
        open_dek(blob, kari, hdr, header.signer_key)
        return
    users = _users(f)
    if name == "vault-wrong-password":
        header.unlock("kari", bytes.fromhex(f["password"]), allow_weak_kdf=True)
        return
    rings = {u: header.unlock(u, pw, allow_weak_kdf=True) for u, pw in users.items()}
    assert hdr is not None
    if name == "keyfile-analyst-denied":
        open_dek(bytes.fromhex(f["keyfile"]), rings[f["as_user"]], hdr, header.signer_key)
        return
    assert name == "vault-golden"
    assert header.to_bytes() == bytes.fromhex(f["header"])  # parse → serialise is exact
    assert [n for n, _ in header.users(rings["kari"])] == sorted(users)
    blob = bytes.fromhex(f["keyfile"])
    attr = keyfile_attribution(blob, rings["ana"], hdr, header.signer_key)
    if "author_slot" in f:  # signed (version 2): its author, by their own signature
        assert parse_keyfile(blob).version == 2
        assert attr.signed and not attr.rewrapped
        assert attr.author == attr.signer == bytes.fromhex(f["author_slot"])
        assert attr.author_role is Role.INTERVIEWER
    else:  # frozen: unsigned (older format)
        assert parse_keyfile(blob).version == 1 and not attr.signed and attr.author is None
    for user in ("kari", "ola"):
        dek = open_dek(bytes.fromhex(f["keyfile"]), rings[user], hdr, header.signer_key)
        assert dek == bytes.fromhex(f["dek"])
        out = b"".join(decrypt_object(dek, io.BytesIO(bytes.fromhex(f["object"])), hdr))
        assert out == bytes.fromhex(f["plaintext"])
    with pytest.raises(AccessDeniedError):
        open_dek(bytes.fromhex(f["keyfile"]), rings["ana"], hdr)


@pytest.mark.parametrize("path", VECTOR_FILES, ids=[p.stem for p in VECTOR_FILES])
def test_vector_opens_as_expected(path: Path) -> None:
    expect, _comment, fields = gen.parse(path.read_text("ascii"))
    if expect == "success":
        _check(path.stem, fields)
        return
    with pytest.raises(EXPECTED_ERROR[expect]) as info:
        _check(path.stem, fields)
    # The most specific class, not merely a parent: truncation is not reported as trailing
    # data and vice versa.
    for other_expect, other in EXPECTED_ERROR.items():
        if other_expect != expect and other is not TamperedError:
            assert not isinstance(info.value, other), (path.stem, type(info.value))


def test_reordered_vector_says_reordered() -> None:
    _e, _c, f = gen.parse((VECTOR_DIR / "stream-reordered.txt").read_text("ascii"))
    with pytest.raises(TamperedError, match="reordered"):
        _check("stream-reordered", f)


def test_resigned_header_parses_but_does_not_unlock() -> None:
    """The attacker's own signature is valid, so parsing succeeds; the admin key pinned in
    the user's bundle exposes the forgery (§4.4 step 6)."""
    _e, _c, f = gen.parse((VECTOR_DIR / "vault-resigned-by-attacker.txt").read_text("ascii"))
    header = VaultHeader.from_bytes(bytes.fromhex(f["header"]))
    with pytest.raises(TamperedError, match="not this vault's admin key"):
        header.unlock("ola", _users(f)["ola"], allow_weak_kdf=True)
