"""The encrypted vault (spec: docs/vault-format.md).

Crypto layer (this package's ``kdf``, ``keys``, ``header``, ``stream``, ``envelope``,
``errors``): formats and keys, no disk access. Storage layer (``storage``, ``catalog``,
``lock``, ``audit``, the ``Vault`` facade): files, atomic writes, locking, audit log.

Kept import-light on purpose: importing ``anonkit.vault`` pulls in only the crypto layer.
"""

from anonkit.vault.envelope import (
    ObjectHeader,
    decrypt_object,
    encrypt_object,
    new_dek,
    new_object_id,
    object_size,
    open_dek,
    seal_dek,
)
from anonkit.vault.header import VaultHeader
from anonkit.vault.kdf import KdfParams
from anonkit.vault.keys import KeyRing, Recipient, Role, Tier
from anonkit.vault.stream import StreamEncryptor, ciphertext_size, decrypt_stream

__all__ = [
    "KdfParams",
    "KeyRing",
    "ObjectHeader",
    "Recipient",
    "Role",
    "StreamEncryptor",
    "Tier",
    "VaultHeader",
    "ciphertext_size",
    "decrypt_object",
    "decrypt_stream",
    "encrypt_object",
    "new_dek",
    "new_object_id",
    "object_size",
    "open_dek",
    "seal_dek",
]
