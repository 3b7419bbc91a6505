"""Objects and key files (docs/vault-format.md §7): round trips, who can open what, every-byte
tamper loops, swapped bodies and key files, forged key files."""

from __future__ import annotations

import io
import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from anonkit.vault.envelope import (
    KEYFILE_PREFIX_SIZE,
    OBJ_HEADER_SIZE,
    STANZA_SIZE,
    ObjectHeader,
    decrypt_object,
    encrypt_object,
    new_dek,
    new_object_id,
    object_size,
    open_dek,
    parse_keyfile,
    seal_dek,
)
from anonkit.vault.errors import (
    AccessDeniedError,
    TamperedError,
    TruncatedError,
    UnsupportedFormatVersionError,
    VaultError,
)
from anonkit.vault.header import VaultHeader
from anonkit.vault.kdf import KdfParams
from anonkit.vault.keys import KeyRing, Recipient, Role, Tier
from anonkit.vault.stream import CHUNK_SIZE

WEAK = KdfParams.testing()


@pytest.fixture(scope="module")
def rings() -> dict[str, KeyRing]:
    header, kari = VaultHeader.create("kari", "k", WEAK)
    for name, role in (("ola", Role.INTERVIEWER), ("per", Role.INTERVIEWER),
                       ("siri", Role.ANALYST)):
        header = header.add_user(kari, name, role, name, WEAK)
    out = {"kari": header.unlock("kari", "k", allow_weak_kdf=True)}
    for name in ("ola", "per", "siri"):
        out[name] = header.unlock(name, name, allow_weak_kdf=True)
    return out


def write_object(dek: bytes, oh: ObjectHeader, plaintext: bytes) -> bytes:
    buf = io.BytesIO()
    with encrypt_object(dek, oh, buf) as w:
        w.write(plaintext)
    return buf.getvalue()


def read_object(dek: bytes, body: bytes, oh: ObjectHeader | None) -> bytes:
    return b"".join(decrypt_object(dek, io.BytesIO(body), oh))


@pytest.mark.parametrize("tier", list(Tier))
@pytest.mark.parametrize("size", [0, 1, CHUNK_SIZE, CHUNK_SIZE + 1])
def test_object_round_trip(tier: Tier, size: int) -> None:
    oh = ObjectHeader(new_object_id(), tier)
    dek, plaintext = new_dek(), os.urandom(size)
    body = write_object(dek, oh, plaintext)
    assert len(body) == object_size(size)
    assert body[:OBJ_HEADER_SIZE] == oh.to_bytes()
    assert ObjectHeader.from_bytes(body) == oh
    assert read_object(dek, body, oh) == plaintext
    if size >= 16:  # a 16-byte random string occurring by chance is impossible in practice
        assert plaintext[:16] not in body


def test_who_opens_an_interviewers_identifiable_object(rings) -> None:
    """design.md §2: interviewers write identifiable data and read their own; nobody but a
    steward reads another interviewer's; analysts read none."""
    oh = ObjectHeader(new_object_id(), Tier.IDENTIFIABLE)
    dek = new_dek()
    blob = seal_dek(dek, oh, rings["ola"])
    assert parse_keyfile(blob).has_author_stanza
    assert len(blob) == KEYFILE_PREFIX_SIZE + 2 * STANZA_SIZE + 32
    assert open_dek(blob, rings["ola"], oh) == dek
    assert open_dek(blob, rings["kari"], oh) == dek
    with pytest.raises(AccessDeniedError, match=r"user per \(interviewer\) has no key for the "
                                                r"identifiable tier.*wrote themselves"):
        open_dek(blob, rings["per"], oh)
    with pytest.raises(AccessDeniedError, match=r"user siri \(analyst\) has no key for the "
                                                r"identifiable tier"):
        open_dek(blob, rings["siri"], oh)


def test_steward_objects_have_no_author_stanza(rings) -> None:
    oh = ObjectHeader(new_object_id(), Tier.IDENTIFIABLE)
    blob = seal_dek(new_dek(), oh, rings["kari"])
    assert not parse_keyfile(blob).has_author_stanza
    with pytest.raises(AccessDeniedError):
        open_dek(blob, rings["ola"], oh)


def test_anonymized_tier_is_readable_by_every_member(rings) -> None:
    oh = ObjectHeader(new_object_id(), Tier.ANONYMIZED)
    dek = new_dek()
    blob = seal_dek(dek, oh, rings["siri"])
    for ring in rings.values():
        assert open_dek(blob, ring, oh) == dek


def test_analyst_may_not_write_identifiable_data(rings) -> None:
    with pytest.raises(AccessDeniedError, match="may not write identifiable"):
        seal_dek(new_dek(), ObjectHeader(new_object_id(), Tier.IDENTIFIABLE), rings["siri"])


def test_flipping_every_byte_of_an_object_is_detected() -> None:
    oh = ObjectHeader(new_object_id(), Tier.IDENTIFIABLE)
    dek = new_dek()
    body = write_object(dek, oh, b"Irene Johansen was at St. Olavs hospital")
    for pos in range(len(body)):
        for bit in (0x01, 0x80):
            bad = bytearray(body)
            bad[pos] ^= bit
            for expected in (oh, None):
                try:
                    read_object(dek, bytes(bad), expected)
                except UnsupportedFormatVersionError:
                    assert pos in (5, 6)  # the version field
                except TamperedError:
                    pass
                else:
                    pytest.fail(f"flipped byte {pos} (expected={expected}) went unnoticed")


def test_flipping_every_byte_of_a_key_file_is_detected(rings) -> None:
    oh = ObjectHeader(new_object_id(), Tier.IDENTIFIABLE)
    blob = seal_dek(new_dek(), oh, rings["ola"])
    for pos in range(len(blob)):
        bad = bytearray(blob)
        bad[pos] ^= 0x01 if pos % 2 else 0x80
        try:
            open_dek(bytes(bad), rings["kari"], oh)
        except UnsupportedFormatVersionError:
            assert pos in (5, 6)
        except AccessDeniedError:
            assert 24 <= pos < 28  # key_epoch raised beyond the keyring's: reported as such
        except TamperedError:
            pass
        else:
            pytest.fail(f"flipped key-file byte {pos} went unnoticed")


def test_truncated_objects_and_key_files(rings) -> None:
    oh = ObjectHeader(new_object_id(), Tier.ANONYMIZED)
    dek = new_dek()
    body = write_object(dek, oh, os.urandom(2 * CHUNK_SIZE + 10))
    for cut in (0, 5, OBJ_HEADER_SIZE - 1, OBJ_HEADER_SIZE, OBJ_HEADER_SIZE + CHUNK_SIZE + 16):
        with pytest.raises(TruncatedError):
            read_object(dek, body[:cut], oh)
    blob = seal_dek(dek, oh, rings["kari"])
    for cut in range(len(blob)):
        with pytest.raises(TamperedError):
            open_dek(blob[:cut], rings["kari"], oh)
    with pytest.raises(TamperedError):
        open_dek(blob + b"\x00", rings["kari"], oh)


def test_swapped_bodies_and_key_files_are_detected(rings) -> None:
    a = ObjectHeader(new_object_id(), Tier.IDENTIFIABLE)
    b = ObjectHeader(new_object_id(), Tier.IDENTIFIABLE)
    da, db = new_dek(), new_dek()
    body_a, body_b = write_object(da, a, b"participant A"), write_object(db, b, b"participant B")
    key_a, key_b = seal_dek(da, a, rings["kari"]), seal_dek(db, b, rings["kari"])
    assert read_object(open_dek(key_a, rings["kari"], a), body_a, a) == b"participant A"
    # Body of b under a's name: the header inside says b.
    with pytest.raises(TamperedError, match="instead"):
        read_object(da, body_b, a)
    # Body of b relabelled as a (header bytes rewritten): does not authenticate under a's key.
    relabelled = a.to_bytes() + body_b[OBJ_HEADER_SIZE:]
    with pytest.raises(TamperedError):
        read_object(da, relabelled, a)
    # Key file of b for object a.
    with pytest.raises(TamperedError, match="instead"):
        open_dek(key_b, rings["kari"], a)
    # Same id, other tier: a different object.
    with pytest.raises(TamperedError):
        open_dek(key_a, rings["kari"], ObjectHeader(a.object_id, Tier.ANONYMIZED))
    # Stanza of b's key file transplanted into a's (MAC recomputed by an insider is the
    # only way past the MAC; even then the DEK context binds the object id).
    from anonkit.vault.envelope import _mac

    prefix = key_a[:KEYFILE_PREFIX_SIZE] + key_b[KEYFILE_PREFIX_SIZE:-32]
    forged = prefix + _mac(rings["kari"].subkey("object-mac"), prefix)
    with pytest.raises(TamperedError, match="does not open"):
        open_dek(forged, rings["kari"], a)


def test_key_files_from_outside_the_team_are_refused(rings) -> None:
    """An outsider knows the tier public keys (they are in the header) and can wrap a DEK of
    their choice, but cannot MAC the key file (§7.2, G6)."""
    _, outsider = VaultHeader.create("mallory", "m", WEAK)
    oh = ObjectHeader(new_object_id(), Tier.IDENTIFIABLE)
    tier_pk = rings["kari"].tier_public[Tier.IDENTIFIABLE]
    blob = seal_dek(new_dek(), oh, outsider, [Recipient(Recipient.KIND_TIER, tier_pk)])
    with pytest.raises(TamperedError, match="not written by a member"):
        open_dek(blob, rings["kari"], oh)


def test_wrong_dek_and_garbage_bodies() -> None:
    oh = ObjectHeader(new_object_id(), Tier.ANONYMIZED)
    body = write_object(new_dek(), oh, b"x" * 100)
    with pytest.raises(TamperedError):
        read_object(new_dek(), body, oh)
    with pytest.raises(TamperedError, match="not an anonkit object"):
        read_object(new_dek(), b"RIFF" + bytes(100), oh)
    with pytest.raises(TamperedError, match="not an anonkit key file"):
        parse_keyfile(b"RIFF" + bytes(100))


_mutations = st.lists(
    st.tuples(st.sampled_from(["set", "insert", "delete"]), st.integers(0, 10**6),
              st.integers(0, 255)),
    min_size=1, max_size=4,
)


def _mutate(data: bytes, edits: list[tuple[str, int, int]]) -> bytes:
    out = bytearray(data)
    for op, pos, value in edits:
        pos = pos % (len(out) + 1)
        if op == "insert":
            out.insert(pos, value)
        elif out and op == "delete":
            del out[min(pos, len(out) - 1)]
        elif out:
            out[min(pos, len(out) - 1)] = value
    return bytes(out)


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(edits=_mutations, junk=st.binary(max_size=300))
def test_fuzz_parsers_raise_only_vault_errors(rings, edits, junk) -> None:
    """restic FuzzSaveLoadBlob-style: random and mutated inputs never crash a parser with a
    non-anonkit exception and never yield data that differs from what was written."""
    oh = ObjectHeader(bytes(range(16)), Tier.IDENTIFIABLE)
    dek = bytes(range(32, 64))
    plaintext = b"Irene Johansen, Tromso, 12.03.1961"
    body = write_object(dek, oh, plaintext)
    blob = seal_dek(dek, oh, rings["ola"])
    for data in (junk, _mutate(body, edits)):
        try:
            out = read_object(dek, data, oh)
        except VaultError:
            continue
        assert out == plaintext and data == body
    for data in (junk, _mutate(blob, edits)):
        try:
            got = open_dek(data, rings["kari"], oh)
        except VaultError:
            continue
        assert got == dek
