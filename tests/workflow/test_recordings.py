"""ingest → process → status on real vaults (tiny.en on the bundled sample, real Presidio)."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from anonkit.cli.main import cli
from anonkit.workflow import recordings as wr
from anonkit.workflow.document import PseudonymizedDoc
from anonkit.workflow.errors import NotReadyError
from anonkit.workflow.project import add_name, load_dictionary, load_key, remove_name
from tests.workflow.conftest import DATA, PASSWORD, SAMPLE, new_vault, open_vault


def _kinds(v, rid: str) -> list[str]:
    return sorted(o.kind for o in v.list(recording_id=rid))


def test_ingest_streams_original_bytes_and_keeps_metadata_encrypted(tmp_path: Path) -> None:
    src = tmp_path / "int01.wav"
    shutil.copy(DATA / "en_short.wav", src)
    with new_vault(tmp_path / "v") as v:
        rid = wr.ingest(v, src, participant="P07", language="en")
        [audio] = v.list(tier="identifiable", recording_id=rid, kind="audio")
        assert v.get_bytes(audio.id) == src.read_bytes()
        md = v.get_metadata(rid)
        assert md["participant"] == "P07" and md["original_name"] == "int01.wav"
        assert md["sha256"] == hashlib.sha256(src.read_bytes()).hexdigest()
        today = dt.datetime.now(dt.UTC).date()
        assert md["retention_until"] == wr.retention_date(today, 5).isoformat()
        assert v.recording(rid).stage == "ingested"
        assert [e.event for e in v.audit_entries()][-1] == "ingest"
    catalog = (tmp_path / "v" / "catalog.sqlite").read_bytes()
    assert b"P07" not in catalog and b"int01" not in catalog
    assert src.exists()


def test_delete_source_overwrites_then_unlinks(tmp_path: Path) -> None:
    src = tmp_path / "int02.wav"
    shutil.copy(DATA / "en_short.wav", src)
    with new_vault(tmp_path / "v") as v:
        rid = wr.ingest(v, src, delete_source=True, retention_years=2)
        assert not src.exists()
        assert v.get_metadata(rid)["retention_until"].startswith(
            str(dt.datetime.now(dt.UTC).year + 2))


def test_retention_date_leap_day() -> None:
    assert wr.retention_date(dt.date(2024, 2, 29), 5) == dt.date(2029, 2, 28)


def test_processed_recording_has_each_object_once(vault_copy) -> None:
    v, rid = vault_copy
    assert _kinds(v, rid) == ["audio", "metadata", "review", "transcript_pseudonymized",
                              "transcript_raw"]
    doc = PseudonymizedDoc.from_json(v.get_bytes(
        v.list(recording_id=rid, kind="transcript_pseudonymized")[0].id))
    assert doc.segments and all(s.speaker for s in doc.segments)
    for name in ("Irene", "Jonas"):
        assert name not in doc.text
    key = load_key(v)
    assert key is not None and key.documents() == [rid]
    events = [e.event for e in v.audit_entries()]
    assert events.count("transcribe") == 1 and events.count("anonymize") == 1


def test_process_again_changes_nothing(vault_copy) -> None:
    v, rid = vault_copy
    before = [o.id for o in v.list()]
    assert wr.pending(v) == []
    [again] = wr.process(v, [rid])
    assert again.stage == "anonymized" and [o.id for o in v.list()] == before


def test_resume_after_a_crash_between_stages(vault_copy) -> None:
    """A crash after the raw transcript was stored: the rerun reuses it (no second
    transcription) and ends with one pseudonymized transcript and one key occurrence set."""
    v, rid = vault_copy
    [pseudo] = v.list(recording_id=rid, kind="transcript_pseudonymized")
    v.delete(pseudo.id)
    v.update_recording(rid, stage="transcribed")
    raw_before = [o.id for o in v.list(recording_id=rid, kind="transcript_raw")]
    key_occ = sum(len(e.occurrences) for e in load_key(v).entities)
    [res] = wr.process(v)
    assert res.stage == "anonymized"
    assert [o.id for o in v.list(recording_id=rid, kind="transcript_raw")] == raw_before
    assert len(v.list(recording_id=rid, kind="transcript_pseudonymized")) == 1
    assert sum(len(e.occurrences) for e in load_key(v).entities) == key_occ


def test_resume_after_a_crash_before_the_audit_entry(vault_copy, monkeypatch) -> None:
    """A run killed after the document and its review record were stored but before its
    audit entry: the rerun stores nothing new and records the storing once."""
    v, rid = vault_copy
    [pseudo] = v.list(recording_id=rid, kind="transcript_pseudonymized")
    [review] = v.list(recording_id=rid, kind="review")
    v.delete(pseudo.id)
    v.delete(review.id)
    v.update_recording(rid, stage="transcribed")
    logged = sum(e.event == "anonymize" and e.recording == rid for e in v.audit_entries())

    def killed(event: str, **details: object) -> None:
        if event == "anonymize":
            raise KeyboardInterrupt  # the process dies here
        return original(event, **details)

    original = v.audit_append
    monkeypatch.setattr(v, "audit_append", killed)
    with pytest.raises(KeyboardInterrupt):
        wr.process(v, [rid])
    monkeypatch.setattr(v, "audit_append", original)
    stored = [o.id for o in v.list(recording_id=rid)]
    [again] = wr.process(v, [rid])
    assert again.stage == "anonymized"
    assert [o.id for o in v.list(recording_id=rid)] == stored
    entries = [e for e in v.audit_entries() if e.event == "anonymize" and e.recording == rid]
    assert len(entries) == logged + 1 and entries[-1].object is not None
    [again] = wr.process(v, [rid])  # and a third run adds nothing
    assert sum(e.event == "anonymize" and e.recording == rid for e in v.audit_entries()) == (
        logged + 1
    )


def test_process_refuses_an_interrupted_ingest(tmp_path: Path) -> None:
    with new_vault(tmp_path / "v") as v:
        rid = v.new_recording("new")
        with pytest.raises(NotReadyError, match="interrupted"):
            wr.process(v, [rid])


def test_names_add_list_remove(tmp_path: Path) -> None:
    with new_vault(tmp_path / "v") as v:
        assert add_name(v, "Solveig Aasen", pseudonym="Kari Nilsen", aliases=("Solveig",)) == 1
        assert add_name(v, "Tromsø", type_="LOCATION") == 2
        assert add_name(v, "solveig aasen") == 2  # replaces, any case
        d = load_dictionary(v, "en")
        assert {e.name for e in d.entries} == {"solveig aasen", "Tromsø"}
        assert remove_name(v, "TROMSØ") == 1
        [obj] = v.list(kind="project_dictionary")
        assert obj.tier == "identifiable"  # a steward's save shreds older versions


def test_cli_ingest_prints_ids_and_status_json(tmp_path: Path, monkeypatch) -> None:
    pw = tmp_path / "pw"
    pw.write_text(PASSWORD + "\n")
    monkeypatch.setenv("ANONKIT_INSECURE_TEST_KDF", "1")
    monkeypatch.setenv("ANONKIT_PASSWORD_FILE", str(pw))
    new_vault(tmp_path / "v").close()
    runner = CliRunner()
    res = runner.invoke(cli, ["ingest", str(tmp_path / "v"), str(DATA / "en_short.wav"),
                              str(SAMPLE), "--participant", "P01"])
    assert res.exit_code == 0, res.output
    ids = res.stdout.split()
    assert len(ids) == 2 and all(len(i) == 32 for i in ids)
    res = runner.invoke(cli, ["status", str(tmp_path / "v"), "--json"])
    rows = json.loads(res.stdout)
    assert [r["id"] for r in rows] == ids
    assert all(set(r) == {"id", "participant", "stage", "approved", "error"} for r in rows)
    assert {r["stage"] for r in rows} == {"ingested"} and rows[0]["participant"] == "P01"
    res = runner.invoke(cli, ["names", "add", str(tmp_path / "v"), "Irene"])
    assert res.exit_code == 0
    res = runner.invoke(cli, ["names", "list", str(tmp_path / "v"), "--json"])
    assert json.loads(res.stdout) == [{"name": "Irene", "type": "PERSON"}]
    with open_vault(tmp_path / "v") as v:
        assert wr.hotword_prompt(v, "en") == "Names: Irene."
    res = runner.invoke(cli, ["settings", str(tmp_path / "v"), "--retention-years", "10"])
    assert res.exit_code == 0 and json.loads(res.stdout)["retention_years"] == 10
    assert json.loads(runner.invoke(cli, ["settings", str(tmp_path / "v")]).stdout)[
        "model"] == "tiny.en"
    # --speakers takes any count like `transcribe --speakers auto|N` (was auto|0|1|2)
    res = runner.invoke(cli, ["settings", str(tmp_path / "v"), "--speakers", "4"])
    assert res.exit_code == 0 and json.loads(res.stdout)["speakers"] == "4"
    res = runner.invoke(cli, ["settings", str(tmp_path / "v"), "--speakers", "many"])
    assert res.exit_code == 2 and "--speakers" in res.output
