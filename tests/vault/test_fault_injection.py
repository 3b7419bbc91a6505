"""Property 6: a kill -9 at any point leaves the vault readable, every committed object
intact, and no half-written object that looks complete.

A real child process (``vault_worker.py``) streams objects into the vault and is killed with
SIGKILL after a random delay, 50 times. Then ``verify`` must find no problem, every catalog
object must decrypt to self-consistent content, and every file under ``objects/`` without a
catalog row (an orphan from a kill between rename and catalog commit) must still be a
*complete* object: only complete files ever get a final name.
"""

from __future__ import annotations

import hashlib
import random
import signal
import subprocess
import time
from pathlib import Path

from vault_testlib import PYTHON, env_for_subprocess, make_vault, open_as

from anonkit.vault import envelope

WORKER = Path(__file__).resolve().parent / "vault_worker.py"
ITERATIONS = 50


def _self_consistent(data: bytes) -> bool:
    return hashlib.sha256(data[32:]).digest() == data[:32]


def test_sigkill_during_streamed_puts_never_corrupts(tmp_path):
    root = tmp_path / "v"
    make_vault(root).close()
    rng = random.Random(1234)
    env = env_for_subprocess()
    acknowledged: set[str] = set()
    for i in range(ITERATIONS):
        proc = subprocess.Popen(
            [PYTHON, str(WORKER), str(root), str(i), "0", str(rng.choice([4096, 65536]))],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, text=True,
        )
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "ready", proc.stderr.read() if proc.stderr else ""
        time.sleep(rng.uniform(0.0, 0.25))
        proc.send_signal(signal.SIGKILL)
        out, _ = proc.communicate(timeout=30)
        assert proc.returncode == -signal.SIGKILL
        acknowledged.update(line for line in out.split() if len(line) == 32)

    v = open_as(root)
    rows = {o.id for o in v.list()}
    # Every put the child saw succeed is in the catalog (nothing acknowledged was lost).
    assert acknowledged <= rows
    assert len(rows) >= 10, "the children should have committed some objects"
    orphans = [name for name, _ in v.layout.iter_object_files() if name not in rows]
    for name in orphans:  # complete, even without a catalog row
        key = v.layout.key_path(name)
        assert key.exists(), "the key file is renamed before the body"
        dek = envelope.open_dek(key.read_bytes(), v.keyring)
        with open(v.layout.object_path(name), "rb") as f:
            assert _self_consistent(b"".join(envelope.decrypt_object(dek, f)))

    report = v.verify()
    assert report.ok, report.problems
    assert report.decrypted == len(rows)
    for oid in rows:
        assert _self_consistent(v.get_bytes(oid))

    repaired = v.verify(repair=True)
    assert repaired.ok, repaired.problems
    assert list(v.layout.tmp.iterdir()) == []
    assert len([r for r in repaired.removed_orphans if r.startswith("object")]) == len(orphans)
    final = v.verify()
    assert final.ok and not [w for w in final.warnings if "orphan" in w]
    # The vault still takes writes and audit entries after all that.
    oid = v.put_bytes("anonymized", "transcript_pseudonymized", b"after the storm")
    v.audit_append("ingest", object_id=oid)
    assert v.get_bytes(oid) == b"after the storm"
    assert v.verify().ok
    v.close()


ROTATOR = """
import sys
sys.path.insert(0, {libdir!r})
from vault_testlib import open_as
v = open_as({root!r})
print("ready", flush=True)
while True:
    v.rotate_keys()
"""


def test_sigkill_during_key_rotation_recovers(tmp_path):
    """Kill a process that rotates keys over and over; every reopen must find all objects
    readable (the interrupted rotation is rolled forward or back, spec §12)."""
    root = tmp_path / "v"
    v = make_vault(root, analyst=True)
    expected = {v.put_bytes("anonymized", "transcript_pseudonymized", bytes([i]) * 100): i
                for i in range(20)}
    v.close()
    rng = random.Random(99)
    code = ROTATOR.format(libdir=str(Path(__file__).resolve().parent), root=str(root))
    for _ in range(10):
        proc = subprocess.Popen([PYTHON, "-c", code], stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, env=env_for_subprocess(), text=True)
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.1, 1.5))  # one rotation of 20 objects takes ~0.5 s here
        proc.send_signal(signal.SIGKILL)
        proc.communicate(timeout=30)
        v = open_as(root)
        assert {oid: v.get_bytes(oid)[0] for oid in expected} == expected
        report = v.verify()
        assert report.ok, report.problems
        v.close()
    v = open_as(root)
    assert v.header.key_epoch > 1, "some rotations should have completed"
    assert not list(v.layout.keys.rglob("*.g*"))
    v.close()


USER_CHURN = """
import sys
sys.path.insert(0, {libdir!r})
from vault_testlib import open_as, weak
from anonkit.vault.passwords import skeleton
skeleton("warm")  # loads the confusables table (~0.8 s once per process) before the kills
v = open_as({root!r})
print("ready", flush=True)
i = 0
while True:
    v.add_user(f"temp{{i}}", "analyst", "pw", weak())
    v.change_password("pw2", f"temp{{i}}", weak())
    v.remove_user(f"temp{{i}}")
    i += 1
"""


def test_sigkill_during_user_changes_leaves_a_consistent_header(tmp_path):
    """Header commits (add/remove user, password change) killed at random points: the vault
    always reopens (no false replay alarm), and verify is clean."""
    root = tmp_path / "v"
    v = make_vault(root, analyst=True)
    oid = v.put_bytes("anonymized", "transcript_pseudonymized", b"unchanged")
    v.close()
    rng = random.Random(7)
    code = USER_CHURN.format(libdir=str(Path(__file__).resolve().parent), root=str(root))
    for _ in range(10):
        proc = subprocess.Popen([PYTHON, "-c", code], stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, env=env_for_subprocess(), text=True)
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.0, 0.3))
        proc.send_signal(signal.SIGKILL)
        proc.communicate(timeout=30)
        v = open_as(root)
        assert v.get_bytes(oid) == b"unchanged"
        report = v.verify()
        assert report.ok, report.problems
        v.close()
    v = open_as(root)
    assert v.header.generation > 2, "some user changes should have completed"
    v.close()
