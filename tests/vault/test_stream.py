"""STREAM (docs/vault-format.md §6): round trips around chunk boundaries, every-byte tamper
loop, truncation at every boundary, reordering, trailing data, constant memory."""

from __future__ import annotations

import io
import os
import tracemalloc

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from anonkit.vault.errors import TamperedError, TrailingDataError, TruncatedError
from anonkit.vault.stream import (
    CHUNK_SIZE,
    ENCRYPTED_CHUNK_SIZE,
    TAG_SIZE,
    StreamEncryptor,
    chunk_nonce,
    ciphertext_size,
    decrypt_bytes,
    decrypt_stream,
    encrypt_bytes,
)

KEY = bytes(range(32))
AAD = b"AKOBJ\x00\x01" + bytes(16) + b"\x01"
C = CHUNK_SIZE
BOUNDARY_SIZES = [0, 1, C - 1, C, C + 1, 2 * C - 1, 2 * C, 2 * C + 1, 3 * C]


def encrypt(plaintext: bytes, key: bytes = KEY, aad: bytes = AAD) -> bytes:
    buf = io.BytesIO()
    encrypt_bytes(key, aad, plaintext, buf)
    return buf.getvalue()


def decrypt(ciphertext: bytes, key: bytes = KEY, aad: bytes = AAD) -> bytes:
    return decrypt_bytes(key, aad, io.BytesIO(ciphertext))


def test_nonce_layout() -> None:
    assert chunk_nonce(0, False) == bytes(12)
    assert chunk_nonce(1, True) == bytes(10) + b"\x01\x01"
    assert chunk_nonce(258, False) == bytes(9) + b"\x01\x02\x00"
    with pytest.raises(OverflowError):
        chunk_nonce(1 << 88, False)


@pytest.mark.parametrize("size", BOUNDARY_SIZES)
def test_round_trip_and_size_at_boundaries(size: int) -> None:
    plaintext = os.urandom(size)
    ct = encrypt(plaintext)
    assert len(ct) == ciphertext_size(size)
    assert decrypt(ct) == plaintext


def test_size_formula() -> None:
    assert ciphertext_size(0) == TAG_SIZE  # one empty final chunk
    assert ciphertext_size(C) == C + TAG_SIZE  # full final chunk, no empty extra chunk
    assert ciphertext_size(C + 1) == C + 1 + 2 * TAG_SIZE


@settings(max_examples=40, deadline=None)
@given(
    size=st.sampled_from(BOUNDARY_SIZES) | st.integers(0, 3 * C + 7),
    pieces=st.lists(st.integers(1, C + 3), min_size=1, max_size=8),
)
def test_round_trip_any_write_granularity(size: int, pieces: list[int]) -> None:
    """Output depends only on the plaintext, never on how it was split into write() calls."""
    plaintext = os.urandom(size)
    buf = io.BytesIO()
    with StreamEncryptor(KEY, AAD, buf) as enc:
        pos, i = 0, 0
        while pos < size:
            step = pieces[i % len(pieces)]
            enc.write(memoryview(plaintext)[pos:pos + step])
            pos += step
            i += 1
    ct = buf.getvalue()
    # Deterministic encryption given key/AAD: identical to one single write.
    assert ct == encrypt(plaintext)
    assert decrypt(ct) == plaintext


def test_each_chunk_is_yielded_after_authentication_only() -> None:
    plaintext = os.urandom(2 * C + 5)
    ct = bytearray(encrypt(plaintext))
    ct[-1] ^= 1  # damage the final chunk
    received = []
    with pytest.raises(TamperedError, match="chunk 2"):
        for piece in decrypt_stream(KEY, AAD, io.BytesIO(bytes(ct))):
            received.append(piece)
    # The two intact chunks were released, the damaged one never.
    assert b"".join(received) == plaintext[: 2 * C]


def test_flipping_any_byte_is_detected() -> None:
    """Every single-bit change of a 2-chunk body raises a TamperedError (never data)."""
    plaintext = os.urandom(C + 40)
    ct = encrypt(plaintext)
    # All bytes of the final chunk plus a sample of chunk 0 (every 97th, plus both edges)
    # keeps this under a second; the 40+16 final-chunk bytes and the tags are all covered.
    positions = sorted({*range(0, ENCRYPTED_CHUNK_SIZE, 97), ENCRYPTED_CHUNK_SIZE - 1,
                        *range(ENCRYPTED_CHUNK_SIZE - TAG_SIZE, len(ct))})
    for pos in positions:
        bad = bytearray(ct)
        bad[pos] ^= 0x80
        with pytest.raises(TamperedError):
            decrypt(bytes(bad))


def test_flipping_every_byte_of_a_small_body() -> None:
    ct = encrypt(b"Irene Johansen, Tromso")
    for pos in range(len(ct)):
        for bit in (0x01, 0x80):
            bad = bytearray(ct)
            bad[pos] ^= bit
            with pytest.raises(TamperedError):
                decrypt(bytes(bad))


@pytest.mark.parametrize("size", [C + 1, 2 * C, 3 * C + 9])
def test_truncation_at_every_chunk_boundary(size: int) -> None:
    ct = encrypt(os.urandom(size))
    for cut in range(0, len(ct), ENCRYPTED_CHUNK_SIZE):
        with pytest.raises(TruncatedError):
            decrypt(ct[:cut])


def test_truncation_inside_a_chunk_is_detected() -> None:
    ct = encrypt(os.urandom(C + 100))
    for cut in (1, TAG_SIZE - 1, TAG_SIZE, 1000, ENCRYPTED_CHUNK_SIZE + 1, len(ct) - 1):
        with pytest.raises(TamperedError):
            decrypt(ct[:cut])


def test_trailing_data_after_final_chunk() -> None:
    ct = encrypt(os.urandom(C))  # one full final chunk
    for extra in (b"\x00", bytes(TAG_SIZE), os.urandom(ENCRYPTED_CHUNK_SIZE)):
        with pytest.raises(TrailingDataError):
            decrypt(ct + extra)


def test_appending_a_whole_valid_stream_is_detected() -> None:
    ct = encrypt(os.urandom(2 * C))
    with pytest.raises(TamperedError):
        decrypt(ct + ct)


def test_reordered_chunks() -> None:
    ct = encrypt(os.urandom(3 * C + 1))
    e = ENCRYPTED_CHUNK_SIZE
    chunks = [ct[i:i + e] for i in range(0, len(ct), e)]
    swapped = chunks[1] + chunks[0] + chunks[2] + chunks[3]
    with pytest.raises(TamperedError, match="reordered"):
        decrypt(swapped)
    dropped_middle = chunks[0] + chunks[2] + chunks[3]
    with pytest.raises(TamperedError, match="reordered"):
        decrypt(dropped_middle)


def test_chunks_from_another_stream_or_aad_or_key() -> None:
    """Splicing works only between streams with the same key *and* AAD, which two objects
    never have (fresh DEK per object, object id in the AAD, §7.1)."""
    key_b, aad_b = os.urandom(32), AAD[:7] + os.urandom(16) + AAD[-1:]
    a = encrypt(os.urandom(C + 5))
    b_other_key = encrypt(os.urandom(C + 5), key=key_b)
    b_other_aad = encrypt(os.urandom(C + 5), aad=aad_b)
    e = ENCRYPTED_CHUNK_SIZE
    for b in (b_other_key, b_other_aad):
        with pytest.raises(TamperedError):
            decrypt(b[:e] + a[e:])
        with pytest.raises(TamperedError):
            decrypt(a[:e] + b[e:])
    other_tier = AAD[:-1] + b"\x02"  # same object id, other tier
    with pytest.raises(TamperedError):
        decrypt(a, aad=other_tier)
    with pytest.raises(TamperedError):
        decrypt(a, key=bytes(32))


def test_empty_final_chunk_after_data_is_refused() -> None:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    aead = AESGCM(KEY)
    body = (aead.encrypt(chunk_nonce(0, False), bytes(C), AAD)
            + aead.encrypt(chunk_nonce(1, True), b"", AAD))
    with pytest.raises(TamperedError, match="empty final chunk"):
        decrypt(body)


def test_writer_never_emits_an_empty_final_chunk() -> None:
    ct = encrypt(bytes(2 * C))
    assert len(ct) == 2 * ENCRYPTED_CHUNK_SIZE


def test_exception_inside_writer_leaves_an_incomplete_body() -> None:
    buf = io.BytesIO()
    with pytest.raises(RuntimeError), StreamEncryptor(KEY, AAD, buf) as enc:
        enc.write(os.urandom(3 * C))
        raise RuntimeError("crash mid-write")
    with pytest.raises(TruncatedError):
        decrypt(buf.getvalue())


def test_write_after_close_and_bad_key() -> None:
    enc = StreamEncryptor(KEY, AAD, io.BytesIO())
    enc.close()
    enc.close()  # idempotent
    with pytest.raises(ValueError):
        enc.write(b"x")
    with pytest.raises(ValueError):
        StreamEncryptor(bytes(16), AAD, io.BytesIO())


class _CountingSink(io.RawIOBase):
    def __init__(self) -> None:
        self.total = 0

    def writable(self) -> bool:
        return True

    def write(self, b) -> int:  # type: ignore[override]
        self.total += len(b)
        return len(b)


def test_constant_memory_for_large_streams() -> None:
    """32 MiB through the writer: peak Python allocation stays at a few chunks."""
    block = os.urandom(C // 2 + 3)
    sink = _CountingSink()
    tracemalloc.start()
    try:
        with StreamEncryptor(KEY, AAD, sink) as enc:  # type: ignore[arg-type]
            for _ in range(32 * 1024 * 1024 // len(block)):
                enc.write(block)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert sink.total == ciphertext_size(enc.plaintext_bytes)
    assert peak < 8 * C


def test_decrypt_reads_short_reads_from_pipes() -> None:
    class Trickle(io.RawIOBase):
        def __init__(self, data: bytes) -> None:
            self._d = io.BytesIO(data)

        def readable(self) -> bool:
            return True

        def read(self, n: int = -1) -> bytes:
            return self._d.read(min(n, 1000) if n > 0 else 1000)

    plaintext = os.urandom(2 * C + 17)
    out = b"".join(decrypt_stream(KEY, AAD, Trickle(encrypt(plaintext))))  # type: ignore[arg-type]
    assert out == plaintext
