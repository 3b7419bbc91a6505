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
                "ciphertext_blake3", "key_sha256", "header_generation", "created_at"],
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
