"""``anonymize --show-flags`` / ``--report`` (issue 7, point 6) and ``verify_vault`` from
Python running the leak check exactly as the CLI does (no hook registry)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from anonkit.anonymize.key import PseudonymKey
from anonkit.anonymize.replace import anonymize_document
from anonkit.cli.main import cli
from anonkit.workflow.project import save_key
from anonkit.workflow.verify import verify_vault
from tests.workflow.conftest import new_vault

TEXT = ("Jeg heter Irene Johansen og bor i Tromsø. Vi snakket om Zorblax-prosjektet "
        "og om Kveldulf som kom innom.\n")


def test_anonymize_lists_every_flag(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ANONKIT_INSECURE_TEST_KDF", "1")
    pw = tmp_path / "pw"
    pw.write_text("key password\n")
    src = tmp_path / "t.txt"
    src.write_text(TEXT, encoding="utf-8")
    report = tmp_path / "report.json"
    res = CliRunner().invoke(cli, ["anonymize", str(src), "--lang", "nb", "--show-flags",
                                   "--report", str(report), "--password-file", str(pw)])
    assert res.exit_code == 0, res.output
    out = (tmp_path / "t.pseudonymized.txt").read_text("utf-8")
    data = json.loads(report.read_text("utf-8"))
    assert data["output"].endswith("t.pseudonymized.txt") and data["replaced"]
    assert data["flags"], "the made-up words should be flagged"
    for f in data["flags"]:
        assert out[f["start"] : f["end"]] == f["text"]
        assert out.count("\n", 0, f["start"]) + 1 == f["line"]
        assert f"flag: line {f['line']} {f['type']} {f['text']!r}" in res.stderr
    assert "Irene" not in out and "Irene" not in report.read_text("utf-8")


def test_verify_vault_from_python_runs_the_leak_check(tmp_path: Path) -> None:
    from anonkit.anonymize.detector import Detector

    with new_vault(tmp_path / "v") as v:
        key = PseudonymKey.new("nb")
        res = anonymize_document("Jeg heter Irene Johansen.", "d1", Detector("nb"), key)
        save_key(v, key)
        v.put_bytes("anonymized", "transcript_pseudonymized", res.text.encode())
        assert verify_vault(v).ok
        v.put_bytes("anonymized", "transcript_pseudonymized", b"Irenes bror ringte.")
        report = verify_vault(v)
        assert not report.ok and "still contains" in report.problems[0]
        assert "Irene" not in " ".join(report.problems)
        assert v.verify().ok  # the vault alone checks the vault only
