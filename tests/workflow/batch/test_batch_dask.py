"""``anonkit batch --executor dask``: the same archive on a local Dask cluster with TLS
(temporary certificates), workers stateless; nothing written to HOME (Dask's config
folder) and no plain-tcp scheduler accepted."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.workflow.batch.conftest import anonkit, batch_vault, cli_env
from tests.workflow.batch.test_batch_resume import _check_exactly_once

pytest.importorskip("distributed")


def test_batch_on_local_tls_cluster(archive: Path, tmp_path: Path) -> None:
    vault = batch_vault(tmp_path / "vault")
    home = tmp_path / "home"
    home.mkdir()
    env = cli_env(tmp_path) | {"HOME": str(home), "DASK_CONFIG": str(home / ".config/dask")}
    env.pop("XDG_CONFIG_HOME", None)
    run = anonkit("batch", str(vault), str(archive), "--executor", "dask", "--workers", "2",
                  "--participant-from", "{dir}", env=env)
    assert run.returncode == 1, run.stderr  # the broken file; the rest is stored
    assert "4 done, 1 failed" in run.stderr and "(dask, 2 worker(s)" in run.stderr, run.stderr
    assert "failed: P04/broken.wav: " in run.stderr and "Traceback" not in run.stderr
    _check_exactly_once(vault, archive, failed={"broken.wav"})
    assert not (home / ".config" / "dask").exists()  # Dask wrote no config of its own

    plain = anonkit("batch", str(vault), str(archive), "--executor", "dask", "--scheduler",
                    "tcp://127.0.0.1:8786", "--retry-failed", env=env)
    assert plain.returncode != 0 and "use a tls:// address" in plain.stderr, plain.stderr
