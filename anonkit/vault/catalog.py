"""The catalog: non-identifying bookkeeping in SQLite (spec: docs/vault-format.md, "Catalog").

Why SQLite in WAL mode: it is crash-safe (a transaction is either in the file or not), lets
several batch processes write rows at once (one writer at a time, readers never blocked,
``busy_timeout`` instead of errors), and needs no server.

What it may hold is deliberately narrow: random ids, tiers, kinds, sizes, hashes, UTC
timestamps, header generation, and pipeline bookkeeping (stage, approved, error code). Free
text cannot get in: every text column that a caller fills is checked by SQL ``CHECK``
constraints against a closed vocabulary or an identifier pattern (``[a-z0-9_]``), so a
participant name or a file name cannot be stored here even by mistake. Anything that might
be personal (participant code, original file name, retention date, interviewer) lives in an
encrypted per-recording metadata object.
"""

from __future__ import annotations

import os
import sqlite3
import threading
import time
import urllib.parse
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from anonkit.vault.errors import TamperedError, VaultError

#: 2: ``objects.body_checksum`` ("xxh3:<32 hex>" or, for rows of version 1,
#: "blake3:<64 hex>") replaces ``ciphertext_blake3`` (spec §13). Version-1 catalogs are
#: upgraded in place when opened writable (``_upgrade_v1``) and read as is when read-only.
SCHEMA_VERSION = 2
BUSY_TIMEOUT_MS = 30_000
TIERS = ("identifiable", "anonymized")

# Identifier columns: lowercase letters, digits, underscore; at most 40 characters.
_IDENT = "{col} IS NULL OR (length({col}) BETWEEN 1 AND 40 AND {col} NOT GLOB '*[^a-z0-9_]*')"
_HEX32 = "length({col}) = 32 AND {col} NOT GLOB '*[^0-9a-f]*'"
_HEX64 = "length({col}) = 64 AND {col} NOT GLOB '*[^0-9a-f]*'"
_CHECKSUM = (
    "(body_checksum GLOB 'xxh3:*' AND length(body_checksum) = 37 "
    "AND substr(body_checksum, 6) NOT GLOB '*[^0-9a-f]*') OR "
    "(body_checksum GLOB 'blake3:*' AND length(body_checksum) = 71 "
    "AND substr(body_checksum, 8) NOT GLOB '*[^0-9a-f]*')"
)
_TS = "length({col}) = 20 AND {col} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T*Z'"

SCHEMA = f"""
CREATE TABLE IF NOT EXISTS meta (
    key   TEXT PRIMARY KEY CHECK ({_IDENT.format(col="key")}),
    value TEXT NOT NULL CHECK (length(value) <= 200)
);
CREATE TABLE IF NOT EXISTS recordings (
    id              TEXT PRIMARY KEY CHECK ({_HEX32.format(col="id")}),
    stage           TEXT NOT NULL DEFAULT 'new' CHECK ({_IDENT.format(col="stage")}),
    approved        INTEGER NOT NULL DEFAULT 0 CHECK (approved IN (0, 1)),
    error_code      TEXT CHECK ({_IDENT.format(col="error_code")}),
    metadata_object TEXT
                    CHECK (metadata_object IS NULL OR ({_HEX32.format(col="metadata_object")})),
    created_at      TEXT NOT NULL CHECK ({_TS.format(col="created_at")}),
    updated_at      TEXT NOT NULL CHECK ({_TS.format(col="updated_at")}),
    purged_at       TEXT CHECK (purged_at IS NULL OR ({_TS.format(col="purged_at")}))
);
CREATE TABLE IF NOT EXISTS objects (
    id                TEXT PRIMARY KEY CHECK ({_HEX32.format(col="id")}),
    tier              TEXT NOT NULL CHECK (tier IN ('identifiable', 'anonymized')),
    kind              TEXT NOT NULL CHECK ({_IDENT.format(col="kind")}),
    recording_id      TEXT REFERENCES recordings(id)
                      CHECK (recording_id IS NULL OR ({_HEX32.format(col="recording_id")})),
    plaintext_size    INTEGER NOT NULL CHECK (plaintext_size >= 0),
    ciphertext_size   INTEGER NOT NULL CHECK (ciphertext_size >= 0),
    body_checksum     TEXT NOT NULL CHECK ({_CHECKSUM}),
    key_sha256        TEXT NOT NULL CHECK ({_HEX64.format(col="key_sha256")}),
    header_generation INTEGER NOT NULL CHECK (header_generation >= 0),
    created_at        TEXT NOT NULL CHECK ({_TS.format(col="created_at")})
);
CREATE INDEX IF NOT EXISTS objects_by_recording ON objects(recording_id);
"""


def utc_now() -> str:
    """UTC timestamp to the second, ``YYYY-MM-DDTHH:MM:SSZ`` (the catalog's only time form)."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass(frozen=True)
class ObjectInfo:
    """One catalog row of ``objects``: everything the vault knows about an object in clear."""

    id: str
    tier: str
    kind: str
    recording_id: str | None
    plaintext_size: int
    ciphertext_size: int
    body_checksum: str  # "xxh3:<hex>" (or "blake3:<hex>" for objects from schema 1), §13
    key_sha256: str
    header_generation: int
    created_at: str


@dataclass(frozen=True)
class RecordingInfo:
    """One catalog row of ``recordings`` (pipeline bookkeeping only; no personal data)."""

    id: str
    stage: str
    approved: bool
    error_code: str | None
    metadata_object: str | None
    created_at: str
    updated_at: str
    purged_at: str | None


class Catalog:
    """A connection to ``VAULT/catalog.sqlite``; one per process (SQLite handles the rest)."""

    def __init__(self, path: Path, *, create: bool = False, read_only: bool = False) -> None:
        """``read_only``: a vault on read-only media (a backup). SQLite's ``immutable=1``
        mode reads the file without creating ``-wal``/``-shm`` (which a read-only directory
        would refuse) and never writes; any write raises ``sqlite3.OperationalError``."""
        if not create and not path.exists():
            raise VaultError(
                f"the vault's catalog {path} is missing; the vault is damaged. Restore it from "
                "a backup"
            )
        self.path = path
        self.read_only = read_only
        self._lock = threading.RLock()
        try:
            if create:  # 0600 before SQLite creates it: -wal/-shm inherit its mode (§12)
                os.close(os.open(path, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW, 0o600))
            if read_only:
                uri = "file:" + urllib.parse.quote(str(path.absolute())) + "?immutable=1"
                self._db = sqlite3.connect(uri, uri=True, isolation_level=None,
                                           check_same_thread=False)
            else:
                self._db = sqlite3.connect(
                    path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None,
                    check_same_thread=False
                )
                self._db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
                self._db.execute("PRAGMA journal_mode = WAL")
                self._db.execute("PRAGMA synchronous = FULL")
            self._db.execute("PRAGMA foreign_keys = ON")
            if create:
                with self.transaction():
                    for stmt in SCHEMA.split(";"):
                        if stmt.strip():
                            self._db.execute(stmt)
                    self._db.execute(
                        "INSERT OR IGNORE INTO meta(key, value) VALUES ('schema_version', ?)",
                        (str(SCHEMA_VERSION),),
                    )
            version = self.get_meta("schema_version")
            if version == "1" and not read_only:
                self._upgrade_v1()
                version = self.get_meta("schema_version")
        except sqlite3.DatabaseError as err:
            raise TamperedError(
                f"the vault's catalog {path} is not a readable SQLite database ({err}); "
                "restore it from a backup"
            ) from None
        if version is None or int(version) > SCHEMA_VERSION:
            raise VaultError(
                f"the catalog has schema version {version}, this anonkit reads up to "
                f"{SCHEMA_VERSION}; upgrade anonkit"
            )

        self.schema_version = int(version)

    def _upgrade_v1(self) -> None:
        """Schema 1 → 2 in one transaction: the objects table is rebuilt with
        ``body_checksum = 'blake3:' || ciphertext_blake3`` (rows keep their order; bodies are
        not read: their recorded BLAKE3 checksums stay valid and ``verify`` uses them)."""
        with self.transaction() as db:
            if db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone() != (
                    "1",):
                return  # another process upgraded it first
            cols = "id, tier, kind, recording_id, plaintext_size, ciphertext_size"
            rest = "key_sha256, header_generation, created_at"
            db.execute("ALTER TABLE objects RENAME TO objects_v1")
            db.execute("DROP INDEX IF EXISTS objects_by_recording")
            for stmt in SCHEMA.split(";"):
                if "objects" in stmt and stmt.strip():
                    db.execute(stmt)
            db.execute(f"INSERT INTO objects SELECT {cols}, 'blake3:' || ciphertext_blake3, "
                       f"{rest} FROM objects_v1 ORDER BY rowid")
            db.execute("DROP TABLE objects_v1")
            db.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'",
                       (str(SCHEMA_VERSION),))

    def _object(self, row: tuple) -> ObjectInfo:  # type: ignore[type-arg]
        if self.schema_version == 1:  # read-only, not upgraded: bare BLAKE3 hex
            row = (*row[:6], "blake3:" + row[6], *row[7:])
        return ObjectInfo(*row)

    def close(self) -> None:
        self._db.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """``BEGIN IMMEDIATE`` so concurrent writers queue instead of failing on upgrade.

        Re-entrant lock per connection: threads of one process (the review UI's server)
        share a connection, and SQLite transactions must not interleave on it.
        """
        with self._lock:
            yield from self._transaction()

    def _transaction(self) -> Iterator[sqlite3.Connection]:
        deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
        while True:
            try:
                self._db.execute("BEGIN IMMEDIATE")
                break
            except sqlite3.OperationalError as err:
                if "locked" not in str(err) or time.monotonic() > deadline:
                    raise
                time.sleep(0.05)
        try:
            yield self._db
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        else:
            self._db.execute("COMMIT")

    # --- meta ----------------------------------------------------------------------------
    def get_meta(self, key: str) -> str | None:
        row = self._db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else row[0]

    def set_meta(self, key: str, value: str, db: sqlite3.Connection | None = None) -> None:
        (db or self._db).execute(
            "INSERT INTO meta(key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, value),
        )

    # --- objects -------------------------------------------------------------------------
    def add_object(self, info: ObjectInfo) -> None:
        with self.transaction() as db:
            db.execute(
                "INSERT INTO objects VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    info.id,
                    info.tier,
                    info.kind,
                    info.recording_id,
                    info.plaintext_size,
                    info.ciphertext_size,
                    info.body_checksum,
                    info.key_sha256,
                    info.header_generation,
                    info.created_at,
                ),
            )

    def get_object(self, object_id: str) -> ObjectInfo | None:
        row = self._db.execute("SELECT * FROM objects WHERE id = ?", (object_id,)).fetchone()
        return None if row is None else self._object(row)

    def list_objects(
        self, *, tier: str | None = None, recording_id: str | None = None, kind: str | None = None
    ) -> list[ObjectInfo]:
        sql, args = "SELECT * FROM objects WHERE 1=1", []
        for col, val in (("tier", tier), ("recording_id", recording_id), ("kind", kind)):
            if val is not None:
                sql += f" AND {col} = ?"
                args.append(val)
        sql += " ORDER BY rowid"  # insertion order: the last row is the newest
        return [self._object(r) for r in self._db.execute(sql, args).fetchall()]

    def delete_object(self, object_id: str) -> None:
        with self.transaction() as db:
            db.execute("UPDATE recordings SET metadata_object = NULL WHERE metadata_object = ?",
                       (object_id,))
            db.execute("DELETE FROM objects WHERE id = ?", (object_id,))

    def set_key_sha256(self, object_id: str, key_sha256: str, generation: int,
                       db: sqlite3.Connection) -> None:
        db.execute(
            "UPDATE objects SET key_sha256 = ?, header_generation = ? WHERE id = ?",
            (key_sha256, generation, object_id),
        )

    # --- recordings ----------------------------------------------------------------------
    def add_recording(self, recording_id: str, stage: str = "new") -> None:
        now = utc_now()
        with self.transaction() as db:
            db.execute(
                "INSERT INTO recordings(id, stage, created_at, updated_at) VALUES (?, ?, ?, ?)",
                (recording_id, stage, now, now),
            )

    def get_recording(self, recording_id: str) -> RecordingInfo | None:
        row = self._db.execute(
            "SELECT id, stage, approved, error_code, metadata_object, created_at, updated_at, "
            "purged_at FROM recordings WHERE id = ?",
            (recording_id,),
        ).fetchone()
        return None if row is None else _recording(row)

    def list_recordings(self) -> list[RecordingInfo]:
        rows = self._db.execute(
            "SELECT id, stage, approved, error_code, metadata_object, created_at, updated_at, "
            "purged_at FROM recordings ORDER BY rowid"
        ).fetchall()
        return [_recording(r) for r in rows]

    def update_recording(self, recording_id: str, **fields: object) -> None:
        """Set any of stage, approved, error_code, metadata_object, purged_at."""
        allowed = {"stage", "approved", "error_code", "metadata_object", "purged_at"}
        unknown = set(fields) - allowed
        if unknown:
            raise ValueError(f"not a recording field: {sorted(unknown)}")
        if "approved" in fields:
            fields["approved"] = int(bool(fields["approved"]))
        cols = ", ".join(f"{k} = ?" for k in fields)
        with self.transaction() as db:
            cur = db.execute(
                f"UPDATE recordings SET {cols}, updated_at = ? WHERE id = ?",
                (*fields.values(), utc_now(), recording_id),
            )
            if cur.rowcount != 1:
                raise VaultError(f"no recording {recording_id} in this vault")


def _recording(row: tuple) -> RecordingInfo:
    return RecordingInfo(row[0], row[1], bool(row[2]), row[3], row[4], row[5], row[6], row[7])
