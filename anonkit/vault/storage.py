"""Directory layout and crash-safe file writes (spec: docs/vault-format.md,
"Directory layout and atomicity").

Why this shape:
- Every file that can be seen under its final name is complete. Bytes are written to
  ``VAULT/tmp/<pid>-<random>.part``, fsynced, renamed into place (rename is atomic within one
  file system) and the directory is fsynced, so a kill -9 or power cut leaves either the old
  state or the new one, never half of a file under a real name.
- A catalog row is committed only after both files of an object (ciphertext and wrapped key)
  are in place: an object without a row is an *orphan* (reported and removable by
  ``verify``), a row without files cannot happen except by outside damage.
- Each temp file carries an exclusive ``flock`` while its writer lives, so ``verify`` can tell
  a dead writer's leftovers (lock free) from a live one's (lock held) without trusting pids.
- ENOSPC/EDQUOT become ``DiskFullError`` after the temp file is removed: the vault is as it
  was before the write began.

This module knows nothing about cryptography; ``vault.py`` feeds it ciphertext.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import hashlib
import os
import re
import secrets
import stat
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

import blake3
import xxhash

from anonkit.vault.errors import DiskFullError, TamperedError, VaultError

# --- Layout (names as in the spec) -----------------------------------------------------------
HEADER_FILE = "header"
CATALOG_FILE = "catalog.sqlite"
CONFIG_FILE = "config.json"
AUDIT_FILE = "audit.log"
FAILED_AUDIT_FILE = "audit-failed.log"
LOCK_FILE = "lock"
OBJECTS_DIR = "objects"
KEYS_DIR = "keys"
TMP_DIR = "tmp"
TMP_SUFFIX = ".part"
#: Object ids: 128 random bits, lowercase hex. Random so that ids leak nothing and two
#: concurrent writers never collide.
OBJECT_ID_BYTES = 16
OBJECT_ID_RE = re.compile(r"^[0-9a-f]{32}$")
#: Shard directories under objects/ and keys/: the first two hex digits of the ids.
SHARD_RE = re.compile(r"^[0-9a-f]{2}$")
#: Names of files in tmp/ (``<pid>-<hex16>.part``): the only names ``clean_tmp`` removes.
TMP_NAME_RE = re.compile(r"^[0-9]{1,10}-[0-9a-f]{16}\.part$")
#: A dead writer's temp file is only removed without the exclusive vault lock when it is at
#: least this old, which closes the window between a writer creating it and locking it.
TMP_MIN_AGE_S = 30.0
_DISK_FULL_ERRNOS = {errno.ENOSPC, errno.EDQUOT}
COPY_CHUNK = 1 << 20


def new_id() -> str:
    """A fresh random identifier for an object or a recording."""
    return secrets.token_hex(OBJECT_ID_BYTES)


def check_id(value: str, what: str = "object id") -> str:
    """Reject anything that is not a well-formed id before it reaches a path."""
    if not isinstance(value, str) or not OBJECT_ID_RE.match(value):
        raise VaultError(f"not a valid {what}: {value!r} (expected 32 lowercase hex digits)")
    return value


def is_disk_full(err: BaseException) -> bool:
    return isinstance(err, OSError) and err.errno in _DISK_FULL_ERRNOS


def disk_full_error(path: Path) -> DiskFullError:
    return DiskFullError(
        f"the disk holding the vault is full (writing under {path}); nothing was stored and "
        "the vault is unchanged. Free some space and run the command again"
    )


def link_error(path: Path) -> TamperedError:
    return TamperedError(
        f"{path} is a symbolic link (or not what the vault put there); anonkit does not follow "
        "links inside a vault, because someone with write access to the directory could point "
        "them anywhere. Remove the link and restore the real file from a backup"
    )


def no_link(path: Path) -> Path:
    """Refuse ``path`` if it exists as a symbolic link (lstat; spec §12). Returns it."""
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        return path
    if stat.S_ISLNK(st.st_mode):
        raise link_error(path)
    return path


def open_nofollow(path: Path, flags: int, mode: int = 0o600) -> int:
    """``os.open`` with ``O_NOFOLLOW``: a symlink in the vault's place is TamperedError."""
    try:
        return os.open(path, flags | os.O_NOFOLLOW | os.O_CLOEXEC, mode)
    except OSError as err:
        if err.errno == errno.ELOOP:
            raise link_error(path) from None
        raise


def read_bytes(path: Path) -> bytes:
    """The whole file, never through a symlink (FileNotFoundError if missing)."""
    fd = open_nofollow(path, os.O_RDONLY)
    with os.fdopen(fd, "rb") as f:
        return f.read()


def open_read(path: Path) -> BinaryIO:
    """A binary reader, never through a symlink."""
    return os.fdopen(open_nofollow(path, os.O_RDONLY), "rb")


def find_links(root: Path) -> list[str]:
    """Every symbolic link inside the vault (relative paths): ``verify`` reports them."""
    out: list[str] = []
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        for name in [*dirnames, *filenames]:
            p = Path(dirpath) / name
            if p.is_symlink():
                out.append(str(p.relative_to(root)))
    return sorted(out)


def fsync_dir(path: Path) -> None:
    """Make a rename or unlink in ``path`` durable (POSIX needs the directory fsynced)."""
    fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@dataclass(frozen=True)
class Layout:
    """Where each part of a vault lives (spec: "Directory layout and atomicity")."""

    root: Path

    @property
    def header(self) -> Path:
        return no_link(self.root / HEADER_FILE)

    @property
    def catalog(self) -> Path:
        return no_link(self.root / CATALOG_FILE)

    @property
    def config(self) -> Path:
        return no_link(self.root / CONFIG_FILE)

    @property
    def audit(self) -> Path:
        return no_link(self.root / AUDIT_FILE)

    @property
    def failed_audit(self) -> Path:
        return no_link(self.root / FAILED_AUDIT_FILE)

    @property
    def lock(self) -> Path:
        return no_link(self.root / LOCK_FILE)

    @property
    def objects(self) -> Path:
        return no_link(self.root / OBJECTS_DIR)

    @property
    def keys(self) -> Path:
        return no_link(self.root / KEYS_DIR)

    @property
    def tmp(self) -> Path:
        return no_link(self.root / TMP_DIR)

    def object_path(self, object_id: str) -> Path:
        """objects/<ab>/<id>; a symlink at any of these levels is TamperedError."""
        check_id(object_id)
        return no_link(no_link(self.objects / object_id[:2]) / object_id)

    def key_path(self, object_id: str) -> Path:
        check_id(object_id)
        return no_link(no_link(self.keys / object_id[:2]) / object_id)

    def make_dirs(self) -> None:
        for d in (self.objects, self.keys, self.tmp):
            d.mkdir(mode=0o700, parents=True, exist_ok=True)
            os.chmod(d, 0o700)

    def iter_object_files(self) -> Iterator[tuple[str, Path]]:
        """(id, path) for every file under objects/ whose name is a well-formed id."""
        yield from _iter_sharded(self.objects)

    def iter_key_files(self) -> Iterator[tuple[str, Path]]:
        yield from _iter_sharded(self.keys)


def _is_real(path: Path, kind: int) -> bool:
    """lstat: ``path`` is a real directory/regular file (never a symlink)."""
    try:
        return stat.S_IFMT(os.lstat(path).st_mode) == kind
    except FileNotFoundError:
        return False


def _iter_sharded(base: Path) -> Iterator[tuple[str, Path]]:
    """Only names the vault itself makes: ``<ab>/<id>`` with <ab> its id's first two digits,
    real directories and regular files (lstat). Anything else is never touched (``verify``
    reports symlinks through ``find_links``)."""
    if not _is_real(base, stat.S_IFDIR):
        return
    for shard in sorted(base.iterdir()):
        if not SHARD_RE.match(shard.name) or not _is_real(shard, stat.S_IFDIR):
            continue
        for f in sorted(shard.iterdir()):
            if (OBJECT_ID_RE.match(f.name.split(".g")[0]) and f.name.startswith(shard.name)
                    and _is_real(f, stat.S_IFREG)):
                yield f.name, f


class TempFile:
    """A write-only file in ``VAULT/tmp/`` that becomes visible only through ``commit``.

    Holds an exclusive flock on itself while open: the liveness marker that ``clean_tmp``
    checks. Also hashes what passes through it (SHA-256 of the ciphertext goes into the
    catalog) and counts bytes, so the caller never reads the data twice.
    """

    def __init__(self, tmp_dir: Path, *, body_checksum: bool = False) -> None:
        """``body_checksum`` selects XXH3-128 (object bodies, GiB-sized: a cryptographic hash
        would cost as much CPU as AES-GCM and the write together, and this checksum only
        detects accidental damage, spec §13) instead of SHA-256 (small files)."""
        if not _is_real(tmp_dir, stat.S_IFDIR):
            raise link_error(tmp_dir)
        self.path = tmp_dir / f"{os.getpid()}-{secrets.token_hex(8)}{TMP_SUFFIX}"
        try:
            fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600)
        except OSError as err:
            if is_disk_full(err):
                raise disk_full_error(tmp_dir) from None
            raise
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        self._file: BinaryIO | None = os.fdopen(fd, "wb", buffering=COPY_CHUNK)
        self._hash: Any = body_hasher(BODY_CHECKSUM) if body_checksum else hashlib.sha256()
        self._prefix = f"{BODY_CHECKSUM}:" if body_checksum else ""
        self.size = 0

    # file-like surface used by the stream encryptor
    def write(self, data: bytes | bytearray | memoryview) -> int:
        assert self._file is not None, "write after commit/discard"
        try:
            n = self._file.write(data)
        except OSError as err:
            self._fail(err)
            raise
        self._hash.update(data)
        self.size += len(data)
        return n

    def flush(self) -> None:
        """No-op for callers that flush: durability is ``commit``'s job."""

    def writable(self) -> bool:
        return True

    @property
    def hexdigest(self) -> str:
        """``xxh3:<hex>`` (body checksum) or SHA-256 hex (see ``__init__``) of everything
        written."""
        return self._prefix + self._hash.hexdigest()

    def commit(self, final: Path) -> None:
        """fsync, rename to ``final`` (creating its shard directory), fsync the directories."""
        assert self._file is not None, "commit twice"
        try:
            self._file.flush()
            os.fsync(self._file.fileno())
            final.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            if not _is_real(final.parent, stat.S_IFDIR):
                raise link_error(final.parent)
            os.replace(self.path, final)
            self._file.close()  # releases the flock only after the rename
            self._file = None
            fsync_dir(final.parent)
        except OSError as err:
            self._fail(err)
            raise

    def discard(self) -> None:
        """Remove the temp file; safe to call more than once and after a failure."""
        if self._file is not None:
            with contextlib.suppress(OSError):
                self._file.close()
            self._file = None
        with contextlib.suppress(FileNotFoundError):
            os.unlink(self.path)

    def _fail(self, err: OSError) -> None:
        """On any I/O error remove the temp file; a full disk becomes ``DiskFullError``."""
        self.discard()
        if is_disk_full(err):
            raise disk_full_error(self.path.parent) from err

    def __enter__(self) -> TempFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.discard()


def atomic_write_bytes(tmp_dir: Path, final: Path, data: bytes) -> str:
    """Write ``data`` to ``final`` atomically; returns its SHA-256 (hex)."""
    with TempFile(tmp_dir) as tmp:
        tmp.write(data)
        tmp.commit(final)
        return tmp.hexdigest


def file_sha256(path: Path) -> str:
    return _file_digest(path, hashlib.sha256())


#: The catalog's body checksum for new objects (spec §13); "blake3" rows come from schema 1.
BODY_CHECKSUM = "xxh3"


def body_hasher(algorithm: str) -> Any:
    """A fresh hasher for a body checksum algorithm named in the catalog (§13)."""
    if algorithm == "xxh3":
        return xxhash.xxh3_128()
    if algorithm == "blake3":
        return blake3.blake3()
    raise VaultError(f"unknown body checksum {algorithm!r} in the catalog")


def file_body_checksum(path: Path, algorithm: str = BODY_CHECKSUM) -> str:
    """``<algorithm>:<hex>`` of a body file, as the catalog records it (spec §13)."""
    return f"{algorithm}:" + _file_digest(path, body_hasher(algorithm))


def _file_digest(path: Path, h: Any) -> str:
    with open_read(path) as f:
        while chunk := f.read(COPY_CHUNK):
            h.update(chunk)
    return h.hexdigest()


def remove_file(path: Path, *, overwrite: bool = False) -> bool:
    """Unlink ``path`` (optionally overwrite it with zeros first) and fsync its directory.

    ``overwrite`` is a best effort for small key files only: on SSDs, copy-on-write and
    network file systems the old blocks may survive (see the spec's "Deletion" limits);
    crypto-shredding is what makes the data unreadable, not the overwrite.
    """
    try:
        if overwrite:
            size = path.stat().st_size
            with os.fdopen(open_nofollow(path, os.O_RDWR), "r+b", buffering=0) as f:
                f.write(b"\0" * size)
                os.fsync(f.fileno())
        os.unlink(path)
    except FileNotFoundError:
        return False
    fsync_dir(path.parent)
    return True


def _writer_alive(path: Path) -> bool:
    """True when some process still holds the temp file's flock."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW)
    except (FileNotFoundError, OSError):
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    finally:
        os.close(fd)
    return False


def clean_tmp(tmp_dir: Path, *, exclusive: bool, min_age_s: float = TMP_MIN_AGE_S) -> list[str]:
    """Remove dead writers' temp files; returns their names.

    With the exclusive vault lock held (``exclusive=True``) no writer can be running, so
    every unlocked temp file is dead. Without it, a file must also be ``min_age_s`` old:
    a writer that has just created its file may not have locked it yet.
    """
    removed: list[str] = []
    if os.path.lexists(tmp_dir) and not _is_real(tmp_dir, stat.S_IFDIR):
        raise link_error(tmp_dir)
    if not tmp_dir.is_dir():
        return removed
    now = time.time()
    for f in sorted(tmp_dir.iterdir()):
        # Only the vault's own temp names, only regular files (lstat), only dead writers'.
        if not TMP_NAME_RE.match(f.name) or not _is_real(f, stat.S_IFREG) or _writer_alive(f):
            continue
        if not exclusive:
            try:
                if now - os.lstat(f).st_mtime < min_age_s:
                    continue
            except FileNotFoundError:
                continue
        with contextlib.suppress(FileNotFoundError):
            f.unlink()
            removed.append(f.name)
    if removed:
        fsync_dir(tmp_dir)
    return removed
