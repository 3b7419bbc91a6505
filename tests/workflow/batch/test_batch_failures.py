"""A batch run meets a damaged vault object, and Ctrl+C arrives while it works.

Both found by CI (stop 26): an interrupt landed after the project key's catalog COMMIT, the
next run read a listed key object whose key file was gone, and storing the vault error's
CamelCase class name as the recording's ``error_code`` crashed the whole run with "bad error
code 'TamperedError'". The damage here is real (the key file is deleted on disk); the
signals are real signals to this process.
"""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest

from anonkit.errors import AnonkitError
from anonkit.vault import errors as vault_errors
from anonkit.vault.objects import _check_kind
from anonkit.workflow.batch.interrupt import stop_on_ctrl_c
from anonkit.workflow.errors import LeakError, failure_code
from anonkit.workflow.project import KEY_KIND
from tests.workflow.batch.conftest import anonkit, batch_vault, cli_env
from tests.workflow.conftest import open_vault


def _vault_error_classes() -> list[type[vault_errors.VaultError]]:
    seen, todo = [], [vault_errors.VaultError]
    while todo:
        cls = todo.pop()
        seen.append(cls)
        todo.extend(cls.__subclasses__())
    return seen


@pytest.mark.parametrize(("err", "code"), [
    (vault_errors.TamperedError(), "tampered"),
    (vault_errors.TruncatedError("object 3f… ends early"), "truncated"),
    (vault_errors.WrongPasswordError(), "wrong_password"),
    (AnonkitError("recording r1 has no audio in the vault"), "process_failed"),
    (LeakError(), "process_failed"),
])
def test_failure_code_is_an_identifier(err: AnonkitError, code: str) -> None:
    assert failure_code(err, "process_failed") == code


def test_every_vault_error_gives_a_code_the_catalog_accepts() -> None:
    classes = _vault_error_classes()
    assert len(classes) > 10
    for cls in classes:
        code = failure_code(cls(), "process_failed")
        assert _check_kind(code, "error code") == code, cls


def test_a_damaged_project_key_fails_the_recording_not_the_run(tmp_path: Path) -> None:
    vault = batch_vault(tmp_path / "vault")
    env = cli_env(tmp_path)
    first, second = tmp_path / "a", tmp_path / "b"
    for folder, text in ((first, "I met Solveig Aasen in Tromsø."),
                         (second, "Then Solveig Aasen phoned again.")):
        folder.mkdir()
        (folder / "notes.txt").write_text(f"Participant: {text}\n", encoding="utf-8")
    assert anonkit("batch", str(vault), str(first), env=env).returncode == 0
    with open_vault(vault) as v:
        [key_row] = [r for r in v.list(kind=KEY_KIND) if r.recording_id is None]
        os.unlink(v.layout.key_path(key_row.id))

    run = anonkit("batch", str(vault), str(second), env=env)
    assert run.returncode == 1, run.stderr
    assert "Traceback" not in run.stderr and "bad error code" not in run.stderr, run.stderr
    assert "1 failed in" in run.stderr and "key file is missing" in run.stderr, run.stderr
    with open_vault(vault) as v:
        codes = sorted(str(r.error_code) for r in v.recordings())
    assert codes == ["None", "tampered"]


def test_first_ctrl_c_is_held_until_a_safe_point_second_is_not() -> None:
    before = signal.getsignal(signal.SIGINT)
    with stop_on_ctrl_c() as stop:
        os.kill(os.getpid(), signal.SIGINT)  # delivered at the next bytecode: no exception
        assert stop.requested
        with pytest.raises(KeyboardInterrupt):
            stop.check()
        with pytest.raises(KeyboardInterrupt):
            os.kill(os.getpid(), signal.SIGINT)
            for _ in range(1000):  # the handler runs between bytecodes, never later
                pass
    assert signal.getsignal(signal.SIGINT) is before


def test_without_ctrl_c_check_lets_the_run_go_on() -> None:
    with stop_on_ctrl_c() as stop:
        stop.check()
        assert not stop.requested
