"""The catalog holds no personal data and survives crashes (spec §13)."""

from __future__ import annotations

import sqlite3

import pytest
from vault_testlib import make_vault

from anonkit.vault.catalog import SCHEMA_VERSION, Catalog
from anonkit.vault.errors import TamperedError, VaultError
from anonkit.vault.storage import new_id

#: Every column the catalog has. A new column must be added here *and* to the spec's
#: "Catalog" section after checking that it cannot hold personal data.
EXPECTED_COLUMNS = {
    "meta": ["key", "value"],
    "recordings": ["id", "stage", "approved", "error_code", "metadata_object", "created_at",
                   "updated_at", "purged_at"],
    "objects": ["id", "tier", "kind", "recording_id", "plaintext_size", "ciphertext_size",
                "body_checksum", "key_sha256", "header_generation", "created_at"],
}


@pytest.fixture
def cat(tmp_path):
    c = Catalog(tmp_path / "catalog.sqlite", create=True)
    yield c
    c.close()


def test_schema_is_exactly_the_documented_one(cat):
    db = sqlite3.connect(cat.path)
    tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert tables == set(EXPECTED_COLUMNS)
    for table, cols in EXPECTED_COLUMNS.items():
        assert [r[1] for r in db.execute(f"PRAGMA table_info({table})")] == cols
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert cat.get_meta("schema_version") == str(SCHEMA_VERSION)
    db.close()


@pytest.mark.parametrize("bad", ["Kari Nordmann", "interview_with_Kari", "P-07", "a" * 41, ""])
def test_free_text_cannot_enter(cat, bad):
    rid = new_id()
    cat.add_recording(rid)
    for field in ("stage", "error_code"):
        with pytest.raises(sqlite3.IntegrityError):
            cat.update_recording(rid, **{field: bad})
    with pytest.raises(sqlite3.IntegrityError):
        cat.add_recording("not-a-random-id")


def test_vault_validates_before_sql(tmp_path):
    v = make_vault(tmp_path / "v")
    rid = v.new_recording()
    with pytest.raises(VaultError, match="bad stage"):
        v.update_recording(rid, stage="Kari's interview")
    with pytest.raises(VaultError, match="bad kind"):
        v.put_bytes("anonymized", "Intervju med Kari", b"x")
    v.update_recording(rid, stage="transcribed", error_code="asr_failed")
    rec = v.recording(rid)
    assert (rec.stage, rec.error_code, rec.approved) == ("transcribed", "asr_failed", False)
    v.update_recording(rid, approved=True, error_code=None)
    assert v.recording(rid).approved and v.recording(rid).error_code is None
    v.close()


def test_metadata_is_encrypted_not_in_catalog(tmp_path):
    v = make_vault(tmp_path / "v")
    rid = v.new_recording()
    v.put_metadata(rid, {"participant": "P07-Tromsø", "file": "kari_intervju.m4a"})
    v.put_metadata(rid, {"participant": "P07-Tromsø", "file": "kari_intervju_v2.m4a"})
    assert v.get_metadata(rid)["file"] == "kari_intervju_v2.m4a"
    assert len(v.list(kind="metadata")) == 1  # the old version was shredded
    v.close()
    dump = "\n".join(sqlite3.connect(tmp_path / "v" / "catalog.sqlite").iterdump())
    for word in ("P07", "Tromsø", "kari_intervju"):
        assert word not in dump


def test_newer_schema_and_garbage_refused(tmp_path, cat):
    cat.set_meta("schema_version", str(SCHEMA_VERSION + 1))
    with pytest.raises(VaultError, match="upgrade anonkit"):
        Catalog(cat.path)
    bad = tmp_path / "garbage.sqlite"
    bad.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(TamperedError, match="not a readable SQLite"):
        Catalog(bad)


def test_list_is_in_insertion_order(tmp_path):
    """``created_at`` has one-second resolution; the newest object is the last listed."""
    v = make_vault(tmp_path / "v")
    ids = [v.put_bytes("anonymized", "transcript_pseudonymized", bytes([i])) for i in range(6)]
    assert [o.id for o in v.list()] == ids
    rids = [v.new_recording() for _ in range(4)]
    assert [r.id for r in v.recordings()] == rids
    v.close()


def test_schema_1_catalog_is_upgraded_and_old_checksums_still_verify(tmp_path) -> None:
    """Spec §13/§17: a catalog of schema 1 (BLAKE3 column ``ciphertext_blake3``) is upgraded
    in place on a writable open; old rows keep their BLAKE3 checksums (bodies are not read),
    new rows get XXH3-128, and verify checks both."""
    import sqlite3

    import blake3
    from vault_testlib import make_vault, open_as

    root = tmp_path / "v"
    with make_vault(root) as v:
        old_oid = v.put_bytes("anonymized", "review", b"written under schema 1")
    body = (root / "objects" / old_oid[:2] / old_oid).read_bytes()
    db = sqlite3.connect(root / "catalog.sqlite")
    with db:  # turn the catalog into what anonkit wrote before schema 2
        db.execute("ALTER TABLE objects RENAME TO o2")
        db.execute("DROP INDEX IF EXISTS objects_by_recording")
        db.execute(
            "CREATE TABLE objects (id TEXT PRIMARY KEY, tier TEXT NOT NULL, kind TEXT NOT NULL,"
            " recording_id TEXT REFERENCES recordings(id), plaintext_size INTEGER NOT NULL,"
            " ciphertext_size INTEGER NOT NULL, ciphertext_blake3 TEXT NOT NULL,"
            " key_sha256 TEXT NOT NULL, header_generation INTEGER NOT NULL,"
            " created_at TEXT NOT NULL)")
        db.execute("INSERT INTO objects SELECT id, tier, kind, recording_id, plaintext_size, "
                   "ciphertext_size, ?, key_sha256, header_generation, created_at FROM o2",
                   (blake3.blake3(body).hexdigest(),))
        db.execute("DROP TABLE o2")
        db.execute("UPDATE meta SET value = '1' WHERE key = 'schema_version'")
    db.close()
    with open_as(root) as v:
        assert v.catalog.get_meta("schema_version") == "2"
        assert v.info(old_oid).body_checksum.startswith("blake3:")
        new_oid = v.put_bytes("anonymized", "review", b"written under schema 2")
        assert v.info(new_oid).body_checksum.startswith("xxh3:")
        assert [o.id for o in v.list()] == [old_oid, new_oid]
        assert v.verify().ok and v.verify().hash_checked == 2
        assert v.get_bytes(old_oid) == b"written under schema 1"
    # a damaged old body is still caught through its BLAKE3 checksum
    p = root / "objects" / old_oid[:2] / old_oid
    p.write_bytes(p.read_bytes()[:-1] + bytes([p.read_bytes()[-1] ^ 1]))
    with open_as(root) as v:
        assert any(old_oid in problem for problem in v.verify().problems)
