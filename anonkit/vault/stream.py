"""STREAM: chunked AES-256-GCM with constant memory (spec: docs/vault-format.md §6).

Why this construction (age's payload, Hoang–Reyhanitabar–Rogaway–Vizár "STREAM"): one GCM
call per 64 KiB chunk keeps memory constant for multi-GB audio, and putting the chunk counter
and a final-chunk flag into the nonce makes reordering, dropping, truncating or extending the
chunk sequence detectable, chunk by chunk, before any plaintext of a chunk is released.
The AAD (object header) binds every chunk to its object.

Layout (§6):  nonce_i = u88(i) ‖ flag_i,  C_i = AES-256-GCM(key, nonce_i, P_i, aad),
body = C_0 ‖ … ‖ C_n,  |P_i| = CHUNK_SIZE except the last, which is empty only if n == 0.
"""

from __future__ import annotations

from collections.abc import Iterator
from types import TracebackType
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from anonkit.vault.errors import TamperedError, TrailingDataError, TruncatedError

CHUNK_SIZE = 64 * 1024
TAG_SIZE = 16
KEY_SIZE = 32
COUNTER_SIZE = 11
NONCE_SIZE = COUNTER_SIZE + 1  # u88 counter ‖ final flag
ENCRYPTED_CHUNK_SIZE = CHUNK_SIZE + TAG_SIZE
FLAG_MORE = 0x00
FLAG_FINAL = 0x01
MAX_CHUNKS = 1 << (8 * COUNTER_SIZE)
#: On an authentication failure, how many other indices are tried to diagnose reordering.
REORDER_PROBE_LIMIT = 64


def chunk_nonce(index: int, final: bool) -> bytes:
    """nonce_i = u88(i) ‖ flag (§6)."""
    if not 0 <= index < MAX_CHUNKS:
        raise OverflowError("STREAM chunk counter exhausted")
    return index.to_bytes(COUNTER_SIZE, "big") + bytes([FLAG_FINAL if final else FLAG_MORE])


def ciphertext_size(plaintext_size: int) -> int:
    """Body size for a plaintext of ``plaintext_size`` bytes: L + 16·max(1, ceil(L/64Ki))."""
    if plaintext_size < 0:
        raise ValueError("negative size")
    chunks = max(1, -(-plaintext_size // CHUNK_SIZE))
    return plaintext_size + TAG_SIZE * chunks


def _check_key(key: bytes) -> AESGCM:
    if len(key) != KEY_SIZE:
        raise ValueError("STREAM key must be 32 bytes")
    return AESGCM(key)


class StreamEncryptor:
    """File-like writer: ``write(bytes)`` plaintext of any granularity, ``close()`` to emit the
    final chunk. Memory stays at about one chunk.

    A full chunk is held back until more data arrives, so that a plaintext that is a multiple
    of CHUNK_SIZE ends with a full final chunk (never an empty one, §6). Forgetting ``close()``
    leaves a body without final chunk, which readers report as truncated: use it as a context
    manager. ``close()`` does not close ``dst``.
    """

    def __init__(self, key: bytes, aad: bytes, dst: BinaryIO) -> None:
        self._aead = _check_key(key)
        self._aad = bytes(aad)
        self._dst = dst
        self._buf = bytearray()
        self._index = 0
        self._closed = False
        self.plaintext_bytes = 0
        self.ciphertext_bytes = 0

    def _emit(self, chunk: bytes | memoryview, final: bool) -> None:
        ct = self._aead.encrypt(chunk_nonce(self._index, final), chunk, self._aad)
        self._dst.write(ct)
        self.ciphertext_bytes += len(ct)
        self._index += 1

    def write(self, data: bytes | bytearray | memoryview) -> int:
        """Encrypt and write every full chunk that is not possibly the last one.

        Full chunks are encrypted straight from ``data`` (no copy through the buffer); only a
        tail of at most one chunk is kept, because it may turn out to be the final one.
        """
        if self._closed:
            raise ValueError("write to a closed StreamEncryptor")
        view = memoryview(data).cast("B")
        n = len(view)
        self.plaintext_bytes += n
        pos = 0
        if self._buf:
            pos = min(n, CHUNK_SIZE - len(self._buf))
            self._buf += view[:pos]
            if pos == n:
                return n
            # The buffer is full and more data follows: it is not the final chunk.
            self._emit(bytes(self._buf), final=False)
            self._buf.clear()
        while n - pos > CHUNK_SIZE:
            self._emit(view[pos:pos + CHUNK_SIZE], final=False)
            pos += CHUNK_SIZE
        self._buf += view[pos:]
        return n

    def close(self) -> None:
        """Write the final chunk (possibly empty only when nothing was written). Idempotent."""
        if self._closed:
            return
        self._emit(bytes(self._buf), final=True)
        self._buf.clear()
        self._closed = True

    @property
    def closed(self) -> bool:
        return self._closed

    def __enter__(self) -> StreamEncryptor:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        # On an exception, do not finalise: a body without final chunk can never be mistaken
        # for a complete object.
        if exc_type is None:
            self.close()


def encrypt_bytes(key: bytes, aad: bytes, plaintext: bytes, dst: BinaryIO) -> None:
    """Convenience: STREAM-encrypt an in-memory plaintext into ``dst``."""
    with StreamEncryptor(key, aad, dst) as enc:
        enc.write(plaintext)


def _read_exact(src: BinaryIO, size: int) -> bytes:
    """Read up to ``size`` bytes, looping over short reads (pipes, sockets)."""
    parts: list[bytes] = []
    remaining = size
    while remaining:
        part = src.read(remaining)
        if not part:
            break
        parts.append(part)
        remaining -= len(part)
    return b"".join(parts)


def _diagnose(aead: AESGCM, chunk: bytes, aad: bytes, index: int, what: str) -> TamperedError:
    """Failure path only: say "reordered" when the chunk belongs to another index."""
    for j in range(REORDER_PROBE_LIMIT):
        if j == index:
            continue
        for final in (False, True):
            try:
                aead.decrypt(chunk_nonce(j, final), chunk, aad)
            except InvalidTag:
                continue
            return TamperedError(
                f"{what}: chunk {index} is chunk {j} of the same data: chunks were reordered; "
                "nothing from it was used"
            )
    return TamperedError(
        f"{what}: chunk {index} failed authentication (modified, damaged, or taken from "
        "other data); nothing from it was used"
    )


def decrypt_stream(
    key: bytes, aad: bytes, src: BinaryIO, *, what: str = "encrypted data"
) -> Iterator[bytes]:
    """Yield plaintext chunks, each only after it authenticates (§6).

    The caller must treat what it received as untrusted until the iterator ends without an
    exception: a truncation or tampering in a later chunk is only found there. ``what`` names
    the data in error messages (e.g. "object 3fa…").
    Raises TruncatedError, TrailingDataError or TamperedError.
    """
    aead = _check_key(key)
    index = 0
    chunk = _read_exact(src, ENCRYPTED_CHUNK_SIZE)
    if not chunk:
        raise TruncatedError(f"{what}: no encrypted data at all (truncated to zero bytes)")
    while True:
        if len(chunk) < TAG_SIZE:
            raise TruncatedError(f"{what}: ends inside chunk {index} (truncated)")
        nxt = _read_exact(src, ENCRYPTED_CHUNK_SIZE) if len(chunk) == ENCRYPTED_CHUNK_SIZE else b""
        if nxt:
            try:
                plain = aead.decrypt(chunk_nonce(index, False), chunk, aad)
            except InvalidTag:
                try:
                    aead.decrypt(chunk_nonce(index, True), chunk, aad)
                except InvalidTag:
                    raise _diagnose(aead, chunk, aad, index, what) from None
                raise TrailingDataError(
                    f"{what}: data follows the final chunk {index} (appended or spliced); "
                    "nothing was used"
                ) from None
            yield plain
            index += 1
            chunk = nxt
            continue
        # Last bytes of the input: must be the final chunk.
        try:
            plain = aead.decrypt(chunk_nonce(index, True), chunk, aad)
        except InvalidTag:
            try:
                aead.decrypt(chunk_nonce(index, False), chunk, aad)
            except InvalidTag:
                raise _diagnose(aead, chunk, aad, index, what) from None
            raise TruncatedError(
                f"{what}: ends after chunk {index} without a final chunk (truncated)"
            ) from None
        if not plain and index > 0:
            raise TamperedError(f"{what}: empty final chunk {index} (not produced by anonkit)")
        yield plain
        return


def decrypt_bytes(key: bytes, aad: bytes, src: BinaryIO, *, what: str = "encrypted data") -> bytes:
    """Convenience for small data: the whole plaintext, only once all of it authenticated."""
    return b"".join(decrypt_stream(key, aad, src, what=what))
