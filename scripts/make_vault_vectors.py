#!/usr/bin/env python3
"""Generate the vault's known-answer vectors (spec: docs/vault-format.md §8).

Writes ``tests/vectors/vault/*.txt``: one case per file, C2SP/CCTV style:

    expect: success | truncated | trailing data | tampered | wrong password |
            unsupported version | access denied
    comment: what the case shows
    <field>: <value>          hex for bytes, decimal for integers, text for names

Every random value comes from ``DeterministicRng`` (SHA-256 in counter mode over a fixed
seed), injected through the ``rng`` parameters of the vault API, so the files are
reproducible byte for byte. ``tests/vault/test_vectors.py`` recomputes every vector with
``build_vectors()`` and compares, and independently decrypts/opens each one through the
public API. Run this script only when the format changes on purpose (and bump the version).

Plaintexts are ``pattern(n)``: byte i = i mod 251 (prime, so chunks differ from each other).
"""

from __future__ import annotations

import hashlib
import struct
import sys
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from anonkit.vault import envelope, header, keyfile_signing, slots, stream  # noqa: E402
from anonkit.vault.envelope import ObjectHeader  # noqa: E402
from anonkit.vault.kdf import KdfParams  # noqa: E402
from anonkit.vault.keyfile_signing import KeyfileSigner  # noqa: E402
from anonkit.vault.keys import KeyRing, Role, Tier, cjson  # noqa: E402
from anonkit.vault.signing import derive_signing_key  # noqa: E402

OUT_DIR = REPO / "tests" / "vectors" / "vault"

Fields = dict[str, str]
Vector = tuple[str, str, Fields]  # expect, comment, fields


class DeterministicRng:
    """rng(n) -> n bytes of SHA-256(seed ‖ u64 counter) output. FOR VECTORS AND TESTS ONLY."""

    def __init__(self, seed: bytes) -> None:
        self._seed = seed
        self._counter = 0
        self._buf = b""

    def __call__(self, n: int) -> bytes:
        while len(self._buf) < n:
            self._buf += hashlib.sha256(self._seed + struct.pack(">Q", self._counter)).digest()
            self._counter += 1
        out, self._buf = self._buf[:n], self._buf[n:]
        return out


def pattern(n: int) -> bytes:
    """Plaintext of the vectors: byte i = i mod 251."""
    return bytes(i % 251 for i in range(n))


STREAM_KEY = bytes(range(32))
STREAM_AAD = b"anonkit vector aad"
GOLDEN_SEED = b"anonkit golden vault v1"
GOLDEN_USERS = (
    ("kari", Role.STEWARD, "correct horse battery staple"),
    ("ola", Role.INTERVIEWER, "Ærlig talt, på norsk"),
    ("ana", Role.ANALYST, "analyst password 3"),
)
GOLDEN_PLAINTEXT_LEN = 100


def _stream_ct(plaintext: bytes, key: bytes = STREAM_KEY, aad: bytes = STREAM_AAD) -> bytes:
    import io

    buf = io.BytesIO()
    stream.encrypt_bytes(key, aad, plaintext, buf)
    return buf.getvalue()


def _stream_fields(plaintext_len: int, ciphertext: bytes, aad: bytes = STREAM_AAD) -> Fields:
    fields = {"key": STREAM_KEY.hex(), "aad": aad.hex(), "plaintext_len": str(plaintext_len)}
    if plaintext_len <= 256:
        fields["plaintext"] = pattern(plaintext_len).hex()
    fields["ciphertext"] = ciphertext.hex()
    return fields


def kdf_vectors() -> dict[str, Vector]:
    out: dict[str, Vector] = {}
    for name, params, comment in (
        ("kdf-argon2id-testing", KdfParams("argon2id", 64, 1, 1, bytes(range(16))),
         "test-only parameters (below the minimum)"),
        ("kdf-argon2id-minimum", KdfParams("argon2id", 65536, 3, 1, bytes(range(16, 32))),
         "the documented minimum, m=64 MiB t=3 p=1"),
    ):
        pw = "correct horse battery staple"
        out[name] = ("success", comment, {
            "password": pw.encode().hex(), **{k: str(v) for k, v in params.to_json().items()},
            "kek": params.derive(pw).hex()})
    params = KdfParams("argon2id", 64, 1, 1, bytes(range(32, 48)))
    composed = "\u00c6rlig p\u00e5"  # "Ærlig på", å precomposed (NFC)
    decomposed = "\u00c6rlig pa\u030a"  # å as a + combining ring (NFD): same key after NFC
    comment = "password is NFC-normalised before hashing (spec section 1)"
    out["kdf-password-nfc"] = ("success", comment, {
        "password": composed.encode().hex(), "password_nfd": decomposed.encode().hex(),
        **{k: str(v) for k, v in params.to_json().items()}, "kek": params.derive(composed).hex()})
    return out


def stream_vectors() -> dict[str, Vector]:
    c = stream.CHUNK_SIZE
    out: dict[str, Vector] = {}
    for name, n, comment in (
        ("stream-empty", 0, "empty plaintext: one empty final chunk"),
        ("stream-short", 100, "one short final chunk"),
        ("stream-one-full-chunk", c, "exactly one chunk: a full final chunk, no empty one"),
        ("stream-two-chunks", c + 1, "a full non-final chunk and a 1-byte final chunk"),
    ):
        out[name] = ("success", comment, _stream_fields(n, _stream_ct(pattern(n))))
    two = _stream_ct(pattern(c + 1))
    out["stream-truncated-at-boundary"] = (
        "truncated", "stream-two-chunks without its final chunk",
        _stream_fields(c + 1, two[: stream.ENCRYPTED_CHUNK_SIZE]))
    out["stream-truncated-to-nothing"] = ("truncated", "zero bytes", _stream_fields(0, b""))
    one_full = _stream_ct(pattern(c))
    out["stream-trailing-data"] = (
        "trailing data", "stream-one-full-chunk followed by 16 zero bytes",
        _stream_fields(c, one_full + bytes(16)))
    short = _stream_ct(pattern(100))
    out["stream-flipped-tag"] = (
        "tampered", "stream-short with the last tag bit flipped",
        _stream_fields(100, short[:-1] + bytes([short[-1] ^ 0x01])))
    out["stream-wrong-aad"] = (
        "tampered", "stream-short ciphertext, decrypted with another AAD (other object)",
        _stream_fields(100, short, aad=b"anonkit vector aaD"))
    aead = AESGCM(STREAM_KEY)
    p = pattern(c)
    empty_final = (aead.encrypt(stream.chunk_nonce(0, False), p, STREAM_AAD)
                   + aead.encrypt(stream.chunk_nonce(1, True), b"", STREAM_AAD))
    out["stream-empty-final-chunk"] = (
        "tampered", "a full non-final chunk then an empty final chunk (anonkit never writes it)",
        _stream_fields(c, empty_final))
    two_full = _stream_ct(pattern(2 * c))
    e = stream.ENCRYPTED_CHUNK_SIZE
    out["stream-reordered"] = (
        "tampered", "two full chunks swapped (error message says reordered)",
        _stream_fields(2 * c, two_full[e:] + two_full[:e]))
    return out


def object_vectors() -> dict[str, Vector]:
    import io

    dek = bytes(range(100, 132))
    hdr = ObjectHeader(bytes(range(200, 216)), Tier.IDENTIFIABLE)
    buf = io.BytesIO()
    with envelope.encrypt_object(dek, hdr, buf) as w:
        w.write(pattern(100))
    obj = buf.getvalue()
    base = {"dek": dek.hex(), "object_id": hdr.object_id.hex(), "tier": str(int(hdr.tier)),
            "payload_key": envelope.payload_key(dek, hdr).hex(), "plaintext_len": "100",
            "plaintext": pattern(100).hex()}
    out: dict[str, Vector] = {"object-identifiable": ("success", "object file, tier 1",
                                                      {**base, "object": obj.hex()})}
    other = bytearray(obj)
    other[7] ^= 0xFF  # first byte of object_id
    out["object-other-id"] = ("tampered", "body of another object id than the expected one",
                              {**base, "object": bytes(other).hex()})
    newer = bytearray(obj)
    newer[5:7] = (2).to_bytes(2, "big")
    out["object-newer-version"] = ("unsupported version", "object format version 2",
                                   {**base, "object": bytes(newer).hex()})
    return out


def golden() -> dict[str, bytes | str]:
    """The golden vault: three users, one identifiable object written by the interviewer."""
    rng = DeterministicRng(GOLDEN_SEED)
    testing = KdfParams.testing(rng)
    (s_name, _, s_pw), (i_name, i_role, i_pw), (a_name, a_role, a_pw) = GOLDEN_USERS
    hdr, steward = header.VaultHeader.create(s_name, s_pw, testing, rng=rng)
    hdr = hdr.add_user(steward, i_name, i_role, i_pw, testing, rng=rng)
    hdr = hdr.add_user(steward, a_name, a_role, a_pw, testing, rng=rng)
    interviewer = hdr.unlock(i_name, i_pw, allow_weak_kdf=True)
    oh = ObjectHeader(envelope.new_object_id(rng), Tier.IDENTIFIABLE)
    dek = envelope.new_dek(rng)
    keyfile = envelope.seal_dek(dek, oh, interviewer, rng=rng,
                                signer=_signer(hdr, interviewer))
    import io

    buf = io.BytesIO()
    with envelope.encrypt_object(dek, oh, buf) as w:
        w.write(pattern(GOLDEN_PLAINTEXT_LEN))
    return {"header": hdr.to_bytes(), "object_id": oh.object_id, "keyfile": keyfile,
            "object": buf.getvalue(), "dek": dek, "author_slot": _signer(hdr, interviewer).sid}


def _signer(hdr: header.VaultHeader, ring: KeyRing) -> KeyfileSigner:
    """The member's key-file signer (§4.7, §7.3): slot id and derived signing key."""
    sid = slots.slot_id(hdr.vault_id, ring.user)
    return KeyfileSigner(sid, derive_signing_key(ring.user_key, hdr.vault_id, sid))


def _remac(blob: bytes, ring: KeyRing) -> bytes:
    """A member re-computes a key file's MAC (every member holds the object-MAC key)."""
    body = blob[:-envelope.MAC_SIZE]
    return body + envelope._mac(ring.subkey("object-mac"), body)


def keyfile_vectors() -> dict[str, Vector]:
    """§7.3: what a member holding the shared object-MAC key can and cannot do to the golden
    (signed) key file. Each file keeps a valid MAC, so only the signature catches it."""
    g = golden()
    hdr = header.VaultHeader.from_bytes(g["header"])
    (_, _, s_pw), _, (a_name, _, a_pw) = GOLDEN_USERS
    kari = hdr.unlock("kari", s_pw, allow_weak_kdf=True)
    ana = hdr.unlock(a_name, a_pw, allow_weak_kdf=True)
    blob = g["keyfile"]
    kf = envelope.parse_keyfile(blob)
    base: Fields = {"header": g["header"].hex(), "object_id": g["object_id"].hex(),
                    "user1": f"kari/steward/{s_pw.encode().hex()}"}
    flipped = bytearray(blob)
    flipped[len(kf.signed) - 1] ^= 0x01  # last byte of SIG
    kari_sid = slots.slot_id(hdr.vault_id, "kari")
    n = len(kf.signed_part)
    head, epoch = kf.signed_part[:n - 36], struct.pack(">I", kf.key_epoch)
    claimed = head + kari_sid + epoch + kari_sid + kf.signed[n:]
    # ana (analyst) signs the interviewer's identifiable key file as its author herself.
    ana_signer = _signer(hdr, ana)
    own = head + ana_signer.sid + epoch + ana_signer.sid
    own += keyfile_signing.sign(ana_signer, hdr.vault_id, own)
    return {
        "keyfile-bad-signature": ("tampered", "golden key file, one signature bit flipped, "
                                  "MAC recomputed by a member",
                                  {**base, "keyfile": _remac(bytes(flipped), kari).hex()}),
        "keyfile-forged-author": ("tampered", "golden key file re-attributed to kari (author "
                                  "and signer fields), ola's signature kept, MAC recomputed",
                                  {**base, "keyfile": _remac(claimed + bytes(32), kari).hex()}),
        "keyfile-analyst-signed": ("tampered", "analyst ana signs the identifiable key file "
                                   "as its author with her own key, MAC recomputed",
                                   {**base, "keyfile": _remac(own + bytes(32), ana).hex()}),
    }


def _refresh_checksum(raw: bytes) -> bytes:
    return raw[:-32] + hashlib.sha256(raw[:-32]).digest()


def header_vectors() -> dict[str, Vector]:
    g = golden()
    users = {f"user{i}": f"{n}/{r.value}/{p.encode().hex()}"
             for i, (n, r, p) in enumerate(GOLDEN_USERS, 1)}
    base: Fields = {"seed": GOLDEN_SEED.hex(), **users,
                    "plaintext_len": str(GOLDEN_PLAINTEXT_LEN),
                    "plaintext": pattern(GOLDEN_PLAINTEXT_LEN).hex(),
                    "object_id": g["object_id"].hex(), "dek": g["dek"].hex()}
    files = {"header": g["header"].hex(), "keyfile": g["keyfile"].hex(),
             "object": g["object"].hex(), "author_slot": g["author_slot"].hex()}
    out: dict[str, Vector] = {
        "vault-golden": ("success", "golden vault (testing KDF): all three users unlock; steward "
                         "and interviewer (the author) open the object; analyst cannot; the "
                         "key file is signed by its author ola (author_slot)",
                         {**base, **files}),
        "vault-wrong-password": ("wrong password", "golden header, password 'wrong' for kari",
                                 {**base, "header": files["header"], "password": b"wrong".hex()}),
        "keyfile-analyst-denied": ("access denied", "analyst ana opens the identifiable key file",
                                   {**base, **files, "as_user": "ana"}),
    }
    raw = g["header"]
    newer = bytearray(raw)
    newer[13:15] = (4).to_bytes(2, "big")
    out["vault-newer-version"] = ("unsupported version", "header format version 4",
                                  {**base, "header": _refresh_checksum(bytes(newer)).hex()})
    body_len = struct.unpack_from(">I", raw, 15)[0]
    sig_at = 19 + body_len
    bad_sig = bytearray(raw)
    bad_sig[sig_at] ^= 0x01
    out["vault-bad-signature"] = ("tampered", "one signature bit flipped, checksum recomputed",
                                  {**base, "header": _refresh_checksum(bytes(bad_sig)).hex()})
    # An attacker with write access replaces the identifiable tier key by their own and
    # re-signs with their own admin key: parsing succeeds, unlock catches the pinned key.
    import json

    body = json.loads(raw[19:sig_at])
    body["tiers"]["identifiable"] = bytes(range(9, 41)).hex()
    attacker = Ed25519PrivateKey.from_private_bytes(bytes(32))
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    body["admin_public"] = attacker.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw).hex()
    new_body = cjson(body)
    prefix = raw[:15] + struct.pack(">I", len(new_body)) + new_body
    forged = prefix + attacker.sign(prefix) + raw[sig_at + 64:]
    out["vault-resigned-by-attacker"] = (
        "tampered", "body modified and re-signed with another Ed25519 key; parses, unlock fails",
        {**base, "header": _refresh_checksum(forged).hex()})
    return out


def signing_vectors() -> dict[str, Vector]:
    """§4.7: a user's Ed25519 signing key derived from their X25519 user key, and the
    signature over one audit body (Ed25519 is deterministic, so the signature is fixed)."""
    from anonkit.vault import signing
    from anonkit.vault.keys import x25519_from_seed

    rng = DeterministicRng(b"anonkit signing key vector")
    user_sk, vault_id, sid = rng(32), rng(16), rng(16)
    key = signing.derive_signing_key(x25519_from_seed(user_sk), vault_id, sid)
    body = {"v": 2, "seq": 0, "event": "sign_off", "signer": sid.hex(),
            "details": {"text_sha256": hashlib.sha256(b"approved text").hexdigest()}}
    message = signing.AUDIT_SIGNATURE_LABEL + cjson(body)
    return {"signing-key-derivation": (
        "success", "sign_sk = HKDF(user_sk, vault_id, LABEL(user-signing-key) || SLOT_ID); "
        "signature over LABEL(audit-signature) || CJSON(body)",
        {"user_sk": user_sk.hex(), "vault_id": vault_id.hex(), "slot_id": sid.hex(),
         "signing_public": signing.public_bytes(key).hex(), "message": message.hex(),
         "signature": key.sign(message).hex()})}


def build_vectors() -> dict[str, Vector]:
    return {**kdf_vectors(), **stream_vectors(), **object_vectors(), **header_vectors(),
            **signing_vectors(), **keyfile_vectors()}


def render(vector: Vector) -> str:
    expect, comment, fields = vector
    lines = [f"expect: {expect}", f"comment: {comment}"]
    lines += [f"{k}: {v}" for k, v in fields.items()]
    return "\n".join(lines) + "\n"


def parse(text: str) -> Vector:
    """Inverse of ``render`` (used by the tests)."""
    lines = text.splitlines()
    fields: Fields = {}
    for line in lines:
        key, _, value = line.partition(": ")
        fields[key] = value
    expect = fields.pop("expect")
    comment = fields.pop("comment")
    return expect, comment, fields


def main() -> None:
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    vectors = build_vectors()
    for old in OUT_DIR.glob("*.txt"):
        if old.stem not in vectors and not old.stem.startswith(("v1-", "v2-", "v3k1-")):  # §17
            old.unlink()
    for name, vector in vectors.items():
        (OUT_DIR / f"{name}.txt").write_text(render(vector), encoding="ascii")
    print(f"wrote {len(vectors)} vectors to {OUT_DIR.relative_to(REPO)}")


if __name__ == "__main__":
    main()
