"""``anonkit batch`` with the local executor, as a real CLI process with real workers:
a mixed archive (two short clips, two old transcripts, one broken audio file) is converted,
the failure is listed while the rest is stored, and a re-run does nothing new."""

from __future__ import annotations

import json
from pathlib import Path

from anonkit.workflow.document import PseudonymizedDoc
from anonkit.workflow.project import load_key
from anonkit.workflow.verify import verify_vault
from tests.workflow.batch.conftest import PERSON, anonkit, batch_vault, cli_env
from tests.workflow.conftest import open_vault


def _docs(vault: Path) -> dict[str, str]:
    """participant → pseudonymized text of every anonymized recording."""
    out = {}
    with open_vault(vault) as v:
        for rec in v.recordings():
            if rec.stage != "anonymized":
                continue
            [row] = v.list(recording_id=rec.id, kind="transcript_pseudonymized")
            meta = v.get_metadata(rec.id)
            doc = PseudonymizedDoc.from_json(v.get_bytes(row.id))
            out[f"{meta['participant']}/{meta['original_name']}"] = doc.text
    return out


def test_batch_converts_archive_and_rerun_does_nothing(archive: Path, tmp_path: Path) -> None:
    vault = batch_vault(tmp_path / "vault")
    env = cli_env(tmp_path)
    first = anonkit("batch", str(vault), str(archive), "--workers", "2",
                    "--participant-from", "{dir}", env=env)
    assert first.returncode == 1, first.stderr  # the broken file fails, the rest is stored
    assert "4 done, 1 failed" in first.stderr, first.stderr
    assert "failed: P04/broken.wav: " in first.stderr and "not a readable audio" in first.stderr
    assert "Traceback" not in first.stderr

    docs = _docs(vault)
    assert set(docs) == {"P01/interview.wav", "P02/interview.wav", "P03/notes-2019.txt",
                         "P04/notes-2020.txt"}
    assert docs["P01/interview.wav"].strip().lower().startswith("thank you for coming")
    # the same person in two participants' transcripts: one pseudonym, no original left
    with open_vault(vault) as v:
        key = load_key(v)
        status = {r.id: (r.stage, r.error_code) for r in v.recordings()}
        assert sorted(s for s, _ in status.values()) == ["anonymized"] * 4 + ["ingested"]
        assert [e for _, e in status.values() if e] == ["asr_failed"]
        report = verify_vault(v)
    assert key is not None
    [person] = [e for e in key.entities if PERSON in e.originals]
    for name in ("P03/notes-2019.txt", "P04/notes-2020.txt"):
        assert PERSON not in docs[name] and "Solveig" not in docs[name]
        assert person.pseudonym["first"] in docs[name], docs[name]
    assert report.ok, report

    again = anonkit("batch", str(vault), str(archive), "--workers", "2",
                    "--participant-from", "{dir}", env=env)
    assert "4 skipped, 1 failed" in again.stderr, again.stderr
    assert "use --retry-failed" in again.stderr
    assert "worker(s)" not in again.stderr  # no worker was started: nothing to compute
    with open_vault(vault) as v:
        assert {r.id: (r.stage, r.error_code) for r in v.recordings()} == status
        assert len(v.list(kind="transcript_pseudonymized")) == 4
    assert json.loads(json.dumps(docs)) == _docs(vault)
