"""`anonkit detect`: the JSON Lines contract of docs/interfaces.md, exactly."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from anonkit.anonymize.entity_types import ALL_TYPES
from anonkit.anonymize.nlp import _find_folder
from anonkit.cli.main import cli

REPO = Path(__file__).resolve().parents[2]
ENTITY_KEYS = ["start", "end", "type", "action", "score", "text"]


def run(args: list[str], stdin: str = "") -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, ["detect", *args], input=stdin.encode("utf-8"))
    return result.exit_code, result.stdout, result.stderr


def lines(*objs: object) -> str:
    return "".join(json.dumps(o, ensure_ascii=False) + "\n" for o in objs)


def check_contract(inputs: list[dict], stdout: str) -> list[dict]:
    out = [json.loads(line) for line in stdout.splitlines()]
    assert len(out) == len(inputs)
    for inp, rec in zip(inputs, out, strict=True):
        assert list(rec) == ["id", "entities"]
        assert rec["id"] == inp["id"]
        for ent in rec["entities"]:
            assert list(ent) == ENTITY_KEYS
            assert inp["text"][ent["start"] : ent["end"]] == ent["text"]
            assert ent["type"] in ALL_TYPES
            assert ent["action"] in ("replace", "flag")
            assert isinstance(ent["score"], float) and 0 <= ent["score"] <= 1
        starts = [e["start"] for e in rec["entities"]]
        assert starts == sorted(starts)
    return out


def test_contract_order_and_offsets() -> None:
    inputs = [
        {"id": "s1", "text": "My name is John Smith and I live in London."},
        {"id": 2, "text": "Nothing to see here."},
        {"id": "s3", "text": "Email john.smith@example.com — or call +47 912 34 567. 🙂 Irene"},
    ]
    code, stdout, stderr = run(["--lang", "en"], lines(*inputs))
    assert code == 0, stderr
    out = check_contract(inputs, stdout)
    first = {(e["type"], e["text"]) for e in out[0]["entities"] if e["action"] == "replace"}
    assert {("PERSON", "John Smith"), ("LOCATION", "London")} <= first
    third = {(e["type"], e["text"]) for e in out[2]["entities"]}
    assert ("EMAIL", "john.smith@example.com") in third
    assert ("PHONE", "+47 912 34 567") in third
    # offsets are Python str offsets even after an astral-plane emoji
    irene = [e for e in out[2]["entities"] if e["text"] == "Irene"]
    assert irene and irene[0]["start"] == inputs[2]["text"].index("Irene")


def test_blank_lines_are_skipped_and_empty_input_gives_nothing() -> None:
    code, stdout, _ = run(["--lang", "en"], '\n{"id": "a", "text": "Hi John."}\n\n')
    assert code == 0 and len(stdout.splitlines()) == 1
    code, stdout, _ = run(["--lang", "en"], "")
    assert code == 0 and stdout == ""


@pytest.mark.parametrize(
    ("stdin", "line"),
    [('{"id": "a", "text": "ok"}\nnot json\n{"id": "c", "text": "x"}\n', 2),
     ('{"id": "a"}\n', 1),
     ('["text"]\n', 1),
     ('{"id": "a", "text": 5}\n', 1)],
)  # fmt: skip
def test_malformed_line_names_the_line(stdin: str, line: int) -> None:
    code, stdout, stderr = run(["--lang", "en"], stdin)
    assert code == 1
    assert stderr.startswith(f"error: line {line}:") and stderr.count("\n") == 1
    assert len(stdout.splitlines()) == line - 1  # earlier lines were answered


def test_input_file_and_missing_file(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    inputs = [{"id": "f1", "text": "Peter lives in Paris."}]
    src.write_text(lines(*inputs), encoding="utf-8")
    code, stdout, _ = run(["--lang", "en", "-i", str(src)])
    assert code == 0
    check_contract(inputs, stdout)
    code, _, stderr = run(["--lang", "en", "-i", str(tmp_path / "none.jsonl")])
    assert code == 1 and stderr.startswith("error: cannot read")


def test_usage_errors_exit_2() -> None:
    assert run(["--lang", "xx"], "")[0] == 2
    assert run([], "")[0] == 2


def test_project_dictionary(tmp_path: Path) -> None:
    dictionary = tmp_path / "project.json"
    dictionary.write_text(json.dumps([{"name": "Bregnelund", "type": "LOCATION"}]), "utf-8")
    inputs = [{"id": "p", "text": "ok so um bregnelund said no"}]
    code, stdout, _ = run(["--lang", "en", "--project", str(dictionary)], lines(*inputs))
    assert code == 0
    [rec] = check_contract(inputs, stdout)
    assert [(e["type"], e["text"], e["action"]) for e in rec["entities"]] == [
        ("LOCATION", "bregnelund", "replace")
    ]


@pytest.mark.skipif(
    _find_folder("nb_anonkit_ner") is None, reason="Norwegian NER model is not installed"
)
def test_interface_example_through_the_real_entry_point() -> None:
    """The example of docs/interfaces.md, via `python -m anonkit.cli.main` in a subprocess."""
    stdin = lines({"id": "s1", "text": "Jeg heter Irene og bor i Tromsø."})
    env = {**os.environ, "OMP_NUM_THREADS": "1"}
    proc = subprocess.run(
        [sys.executable, "-m", "anonkit.cli.main", "detect", "--lang", "nb", "-i", "-"],
        input=stdin.encode(), capture_output=True, cwd=REPO, env=env, timeout=300, check=False,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr.decode()
    [rec] = [json.loads(line) for line in proc.stdout.decode("utf-8").splitlines()]
    replaced = [(e["start"], e["end"], e["type"], e["text"]) for e in rec["entities"]
                if e["action"] == "replace"]  # fmt: skip
    assert replaced == [(10, 15, "PERSON", "Irene"), (25, 31, "LOCATION", "Tromsø")]


def test_project_from_a_vault(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from anonkit.anonymize.dictionary import DictionaryEntry, ProjectDictionary
    from anonkit.vault.kdf import KdfParams
    from anonkit.vault.vault import Vault
    from anonkit.workflow.project import save_dictionary as save_dictionary_to_vault

    monkeypatch.setenv("ANONKIT_INSECURE_TEST_KDF", "1")
    with Vault.create(tmp_path / "v", "steward", "pw", KdfParams.testing()) as v:
        entries = (DictionaryEntry("Bregnelund", "LOCATION"),)
        save_dictionary_to_vault(v, ProjectDictionary(entries, "en"))
    (tmp_path / "pw").write_text("pw\n", encoding="utf-8")
    inputs = [{"id": "v", "text": "ok so um bregnelund said no"}]
    code, stdout, stderr = run(
        ["--lang", "en", "--project", str(tmp_path / "v"), "--password-file", str(tmp_path / "pw")],
        lines(*inputs),
    )
    assert code == 0, stderr
    [rec] = check_contract(inputs, stdout)
    assert [(e["type"], e["text"]) for e in rec["entities"]] == [("LOCATION", "bregnelund")]


def test_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    src = tmp_path / "bom.jsonl"
    src.write_bytes("\ufeff".encode() + lines({"id": "b", "text": "Hi John."}).encode())
    code, stdout, stderr = run(["--lang", "en", "-i", str(src)])
    assert code == 0, stderr
    assert json.loads(stdout)["id"] == "b"
