"""Property 7: several processes (batch workers) write at once without corrupting anything.

Real processes, not threads: each ``vault_worker.py`` child opens the vault itself and
streams multi-chunk objects; they share the catalog (SQLite WAL), the audit log (flock) and
the vault lock (shared mode).
"""

from __future__ import annotations

import hashlib
import subprocess
from pathlib import Path

from vault_testlib import PYTHON, env_for_subprocess, make_vault, open_as

WORKER = Path(__file__).resolve().parent / "vault_worker.py"
PROCESSES = 4
OBJECTS_EACH = 6


def test_concurrent_writer_processes(tmp_path):
    root = tmp_path / "v"
    make_vault(root).close()
    env = env_for_subprocess()
    procs = [
        subprocess.Popen([PYTHON, str(WORKER), str(root), str(100 + i), str(OBJECTS_EACH)],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, text=True)
        for i in range(PROCESSES)
    ]
    written: list[str] = []
    for p in procs:
        out, err = p.communicate(timeout=300)
        assert p.returncode == 0, err
        lines = out.split()
        assert lines[0] == "ready"
        written += lines[1:]
    assert len(written) == PROCESSES * OBJECTS_EACH == len(set(written))

    v = open_as(root)
    rows = {o.id for o in v.list()}
    assert rows == set(written)
    for oid in written:
        data = v.get_bytes(oid)
        assert hashlib.sha256(data[32:]).digest() == data[:32]
    report = v.verify()
    assert report.ok, report.problems
    assert report.warnings == []
    assert report.decrypted == len(written)
    ingests = [e for e in v.audit_entries() if e.event == "ingest"]
    assert sorted(e.object for e in ingests) == sorted(written)
    assert [e.seq for e in v.audit_entries()] == list(range(len(v.audit_entries())))
    v.close()
