"""Vault errors: one hierarchy, each class's docstring is its user-facing message.

Spec: docs/vault-format.md §11 "Errors". Borg-style: ``raise WrongPasswordError()`` shows the
docstring; a more specific message may be passed (``TamperedError("object 3fa… chunk 2 …")``).
Every class keeps exit code 1, because docs/interfaces.md fixes "1 on a user error" as the
stable contract; the class name (``err.code``) tells scripts and tests which failure it was.

The crypto layer (anonkit.vault.{kdf,keys,header,stream,envelope}) raises the classes in the
first section; the storage layer (H5) adds its own in the marked section at the end.
"""

from __future__ import annotations

from anonkit.errors import AnonkitError


class VaultError(AnonkitError):
    """The vault could not be used."""

    @property
    def code(self) -> str:
        """A stable machine-readable name for the failure (the class name)."""
        return type(self).__name__


# --- crypto layer (kdf, keys, header, stream, envelope) ------------------------------------


class VaultNotFoundError(VaultError):
    """No vault here: the directory has no vault header. Check the path, or create one with
    `anonkit init`."""


class WrongPasswordError(VaultError):
    """Wrong password for this user: nothing was changed. Try again, or ask a steward to
    reset it."""


class UnknownUserError(VaultError):
    """No such user in this vault. `anonkit user list` shows the users (steward only)."""


class UserExistsError(VaultError):
    """A user of that name already exists in this vault. Choose another name."""


class TamperedError(VaultError):
    """Integrity check failed: the data was modified, damaged or replaced. Nothing from it
    was used. Restore the vault from a backup and run `anonkit verify`."""


class TruncatedError(TamperedError):
    """Integrity check failed: the data ends early (truncated). Nothing from it was used.
    Restore the file from a backup and run `anonkit verify`."""


class TrailingDataError(TamperedError):
    """Integrity check failed: unexpected data after the end of an encrypted object. Nothing
    from it was used. Restore the file from a backup and run `anonkit verify`."""


class UnsupportedFormatVersionError(VaultError):
    """This vault was written by a newer anonkit: upgrade anonkit to open it."""


class AccessDeniedError(VaultError):
    """Your role has no key for this data. Ask a steward if you need access."""


class WeakKdfParametersError(VaultError):
    """The vault's password-hashing parameters are below anonkit's minimum (a test-only
    vault?). Refusing to use it for real data."""


class VaultLockedError(VaultError):
    """The vault is busy: another anonkit process holds its lock. Wait and try again."""


class DiskFullError(VaultError):
    """The disk is full: nothing was written and the vault is unchanged. Free some space and
    try again."""


# --- storage layer (H5: catalog, audit log, locking, directory layout) ---------------------


class ObjectNotFoundError(VaultError):
    """No object with this id in the vault (deleted, shredded or never stored). `anonkit
    verify` lists what the vault holds."""


class AuditLogError(TamperedError):
    """The audit log was modified: an entry was removed, edited or reordered. Restore the
    vault from a backup and run `anonkit verify`."""


class HeaderReplayError(TamperedError):
    """The vault header is older than the catalog expects: an old header was copied back
    (header replay), perhaps to restore a removed user. Restore the current header from a
    backup and run `anonkit verify`."""


class StaleKeysError(VaultError):
    """The vault's keys were changed by another process (key rotation) while this one had it
    open. Nothing was written; run the command again."""


class VaultReadOnlyError(VaultError):
    """The vault is read-only here (read-only media or permissions): it can be read and
    verified, not changed. Copy it to writable storage to change it."""


class WeakPasswordError(VaultError):
    """The password is too weak for a vault that holds real data: use at least 12 characters
    and nothing common (a few unrelated words make a good passphrase)."""
