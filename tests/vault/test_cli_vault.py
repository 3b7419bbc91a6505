"""The vault commands as users script them (docs/interfaces.md): real subprocesses, passwords
from files, one-line errors with exit code 1."""

from __future__ import annotations

import json
import struct
import subprocess
from pathlib import Path

import pytest
from vault_testlib import PYTHON, env_for_subprocess


class Cli:
    def __init__(self, tmp_path: Path) -> None:
        self.dir = tmp_path
        self.vault = tmp_path / "vault"
        (tmp_path / "pw").write_text("steward secret\n")
        (tmp_path / "pw_ola").write_text("ola secret\r\n")
        (tmp_path / "pw_new").write_text("brand new\n")
        self.env = env_for_subprocess()
        self.env.pop("ANONKIT_PASSWORD_FILE", None)
        self.env.pop("ANONKIT_USER", None)

    def __call__(self, *args: str, pw: str | None = "pw", env: dict | None = None,
                 input: str | None = None, code: int = 0) -> subprocess.CompletedProcess:
        argv = [PYTHON, "-m", "anonkit.cli.main", *args]
        if pw:
            argv += ["--password-file", str(self.dir / pw)]
        res = subprocess.run(argv, capture_output=True, text=True, input=input, timeout=300,
                             env={**self.env, **(env or {})})
        assert res.returncode == code, (res.stdout, res.stderr)
        if code == 1:
            errors = [line for line in res.stderr.splitlines() if line.startswith("error: ")]
            assert len(errors) == 1 and "Traceback" not in res.stderr, res.stderr
        return res


@pytest.fixture
def cli(tmp_path):
    c = Cli(tmp_path)
    c("init", str(c.vault), "--user", "kari")
    return c


def test_end_to_end(cli):
    v = str(cli.vault)
    cli("user", "add", v, "ola", "--role", "analyst", "--new-password-file",
        str(cli.dir / "pw_ola"))
    out = cli("user", "list", v, "--json").stdout
    assert json.loads(out) == [{"name": "kari", "role": "steward"},
                               {"name": "ola", "role": "analyst"}]
    assert "vault OK" in cli("verify", v).stdout
    # the analyst, via environment variables only
    res = cli("verify", v, pw=None, env={"ANONKIT_USER": "ola",
                                         "ANONKIT_PASSWORD_FILE": str(cli.dir / "pw_ola")})
    assert "vault OK" in res.stdout
    audit = json.loads(cli("audit", v, "--json").stdout)
    assert audit["chain_ok"] is True
    assert [e["event"] for e in audit["entries"]] == ["vault_created", "user_added"]
    assert audit["entries"][1]["user_name"] == "kari"
    assert audit["entries"][1]["target_name"] == "ola"
    assert audit["head"]["seq"] == 1 and len(audit["head"]["hash"]) == 64
    assert "vault_created" in cli("audit", v).stdout
    # passwd, rotate, remove
    cli("user", "passwd", v, "ola", "--new-password-file", str(cli.dir / "pw_new"))
    cli("verify", v, "--user", "ola", pw="pw_new")
    cli("user", "rotate-keys", v)
    cli("user", "remove", v, "ola")
    res = cli("verify", v, "--user", "ola", pw="pw_new", code=1)
    assert "no user 'ola'" in res.stderr
    events = [e["event"] for e in json.loads(cli("audit", v, "--json").stdout)["entries"]]
    # the removed user's attempt is a failed unlock, confirmed at the steward's next unlock
    assert events[-4:] == ["password_changed", "keys_rotated", "user_removed", "unlock_failed"]


def test_prompts_when_no_password_file(tmp_path):
    c = Cli(tmp_path)
    c("init", str(c.vault), pw=None, input="typed pw\ntyped pw\n")
    c("verify", str(c.vault), pw=None, input="typed pw\n")
    res = c("init", str(tmp_path / "v2"), pw=None, input="one\ntwo\none\none\n")
    assert "do not match" in res.stderr.lower() or "error" in res.stderr.lower()


def test_wrong_password_and_audit_of_it(cli):
    res = cli("verify", str(cli.vault), pw="pw_new", code=1)
    assert "wrong password for user kari" in res.stderr
    entries = json.loads(cli("audit", str(cli.vault), "--json").stdout)["entries"]
    assert entries[-1]["event"] == "unlock_failed"


def test_bad_input_exit_codes(cli, tmp_path):
    v = cli.vault
    res = cli("verify", str(tmp_path / "nowhere"), code=1)
    assert "no vault at" in res.stderr
    header = (v / "header").read_bytes()
    (v / "header").write_bytes(header[:13] + struct.pack(">H", 7) + header[15:])
    res = cli("verify", str(v), code=1)
    assert "newer than this anonkit supports" in res.stderr
    (v / "header").write_bytes(header[:-1] + bytes([header[-1] ^ 0xFF]))
    res = cli("verify", str(v), code=1)
    assert "vault header" in res.stderr
    (v / "header").unlink()
    res = cli("verify", str(v), code=1)
    assert "header file is missing" in res.stderr
    (v / "header").write_bytes(header)
    (tmp_path / "empty_pw").write_text("\n")
    res = cli("verify", str(v), pw="empty_pw", code=1)
    assert "is empty" in res.stderr
    res = cli("init", str(v), code=1)
    assert "already exists" in res.stderr
    cli("verify", str(v))


def test_verify_exit_1_on_tampering(cli):
    v = str(cli.vault)
    store = (
        "from anonkit.vault.vault import Vault\n"
        f"x = Vault.open({v!r}, None, 'steward secret')\n"
        "oid = x.put_bytes('anonymized', 'transcript_pseudonymized', b'abc' * 1000)\n"
        "x.audit_append('ingest', object_id=oid)\n"
        "x.audit_append('export', object_id=oid)\n"
        "print(oid)\n"
    )
    res = subprocess.run([PYTHON, "-c", store], capture_output=True, text=True,
                         env=cli.env, check=True)
    oid = res.stdout.strip()
    body = cli.vault / "objects" / oid[:2] / oid
    data = bytearray(body.read_bytes())
    data[-5] ^= 1
    body.write_bytes(bytes(data))
    res = cli("verify", v, code=1)
    assert oid in res.stdout and "verify found 1 problem" in res.stderr
    report = json.loads(cli("verify", v, "--json", code=1).stdout)
    assert report["ok"] is False and len(report["problems"]) == 1
    lines = (cli.vault / "audit.log").read_bytes().splitlines(keepends=True)
    (cli.vault / "audit.log").write_bytes(lines[0])  # cut entries off
    res = cli("audit", v, code=1)  # this machine saw the longer log: a rollback (§12)
    assert "rolled back" in res.stderr
    vault_id = res.stderr.split("ANONKIT_ACCEPT_ROLLBACK=")[1].split(";")[0]
    res = cli("audit", v, code=1, env={"ANONKIT_ACCEPT_ROLLBACK": vault_id})
    assert "audit log is damaged" in res.stderr  # accepted, and still reported as cut off


def test_password_never_an_argument(cli):
    res = cli("verify", str(cli.vault), "--password", "x", pw=None, code=2)
    assert "No such option" in res.stderr


def test_verify_runs_the_leak_check(cli):
    """`anonkit verify` is the release gate: a pseudonymized transcript that still holds an
    original name from the project's key fails it, and the message never repeats the name."""
    v = str(cli.vault)
    store = (
        "import json\n"
        "from anonkit.anonymize.key import PseudonymKey\n"
        "from anonkit.workflow.project import save_key as save_key_to_vault\n"
        "from anonkit.anonymize.detector import Detector\n"
        "from anonkit.anonymize.replace import anonymize_document\n"
        "from anonkit.vault.vault import Vault\n"
        f"x = Vault.open({v!r}, None, 'steward secret')\n"
        "key = PseudonymKey.new('nb')\n"
        "res = anonymize_document('Jeg heter Irene Johansen og bor i Tromsø.', 'd1',"
        " Detector('nb'), key)\n"
        "save_key_to_vault(x, key)\n"
        "x.put_bytes('anonymized', 'transcript_pseudonymized', res.text.encode())\n"
        "print(res.text)\n"
    )
    res = subprocess.run([PYTHON, "-c", store], capture_output=True, text=True,
                         env=cli.env)
    assert res.returncode == 0, res.stderr
    assert "Irene" not in res.stdout
    assert "vault OK" in cli("verify", v).stdout
    leak = (
        "from anonkit.vault.vault import Vault\n"
        f"x = Vault.open({v!r}, None, 'steward secret')\n"
        "x.put_bytes('anonymized', 'transcript_pseudonymized', 'Irenes bror ringte.'.encode())\n"
    )
    subprocess.run([PYTHON, "-c", leak], env=cli.env, check=True)
    out = cli("verify", v, code=1)
    assert "still contains" in out.stdout and "Irene" not in out.stdout + out.stderr
