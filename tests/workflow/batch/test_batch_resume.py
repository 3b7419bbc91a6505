"""Consistency and resume of ``anonkit batch`` with real processes (issue 11, points 4-5).

* Two batch runs started together on one vault and one archive: every file ends in the
  vault once, one project key, the same person gets one pseudonym.
* SIGKILL of the batch parent or of a single worker at random moments (10 kills), then a
  last run: every file processed exactly once (one recording per content digest, one object
  of each kind), the key counts each document once, ``verify`` (with leak check) is clean.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

from anonkit.workflow.batch.scan import sha256_file
from anonkit.workflow.project import load_key
from anonkit.workflow.verify import verify_vault
from tests.workflow.batch.conftest import PERSON, anonkit, batch_vault, cli_env, clip
from tests.workflow.conftest import open_vault

KILLS = 10
KINDS = ("metadata", "transcript_raw", "transcript_pseudonymized", "review")


def _check_exactly_once(vault: Path, archive: Path, failed: set[str] = frozenset()) -> None:
    files = {sha256_file(p): p for p in archive.rglob("*") if p.is_file()}
    with open_vault(vault) as v:
        recs = [r for r in v.recordings() if r.stage != "new"]
        by_digest = Counter(v.get_metadata(r.id)["sha256"] for r in recs)
        assert set(by_digest) == set(files)
        assert set(by_digest.values()) == {1}, by_digest
        for rec in recs:
            name = v.get_metadata(rec.id)["original_name"]
            if name in failed:
                continue
            assert (rec.stage, rec.error_code) == ("anonymized", None), (name, rec)
            for kind in KINDS:
                assert len(v.list(recording_id=rec.id, kind=kind)) == 1, (name, kind)
        key = load_key(v)
        assert key is not None
        for entity in key.entities:
            spots = [(o.document, o.start) for o in entity.occurrences]
            assert len(spots) == len(set(spots)), entity.id
        assert len([e for e in key.entities if PERSON in e.originals]) == 1
        report = verify_vault(v)
        assert report.ok, report


def test_two_concurrent_batch_runs(archive: Path, tmp_path: Path) -> None:
    vault = batch_vault(tmp_path / "vault")
    env = cli_env(tmp_path)
    cmd = [sys.executable, "-m", "anonkit.cli.main", "batch", str(vault), str(archive),
           "--workers", "1", "--participant-from", "{dir}", "--quiet"]
    runs = [subprocess.Popen(cmd, env=env, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    errs = [p.communicate(timeout=900)[1] for p in runs]
    # the broken file fails in the run that tried it; the other run may have found it
    # claimed ("busy", not a failure) or already failed ("failed in an earlier run")
    assert sorted(p.returncode for p in runs) in ([0, 1], [1, 1]), errs
    assert any("failed: P04/broken.wav: " in e for e in errs), errs
    assert all("Traceback" not in e for e in errs), errs
    _check_exactly_once(vault, archive, failed={"broken.wav"})


def _children(pid: int) -> list[int]:
    try:
        with open(f"/proc/{pid}/task/{pid}/children") as f:
            return [int(x) for x in f.read().split()]
    except OSError:
        return []


def test_sigkill_batch_and_workers_then_resume(archive: Path, tmp_path: Path) -> None:
    (archive / "P04" / "broken.wav").unlink()
    vault = batch_vault(tmp_path / "vault")
    env = cli_env(tmp_path)
    cmd = [sys.executable, "-m", "anonkit.cli.main", "batch", str(vault), str(archive),
           "--workers", "1", "--participant-from", "{dir}", "--quiet"]
    rng = random.Random(20261128)
    kills = Counter()
    extra = 0
    while sum(kills.values()) < KILLS:
        proc = subprocess.Popen(cmd, env=env, stderr=subprocess.DEVNULL,
                                start_new_session=True)
        deadline = time.monotonic() + rng.uniform(0.5, 15.0)
        target = rng.choice(["parent", "worker"])
        while time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.05)
            if target == "worker" and _children(proc.pid):
                workers = [c for c in _children(proc.pid)
                           if b"spawn_main" in Path(f"/proc/{c}/cmdline").read_bytes()]
                if workers and time.monotonic() > deadline - 1:
                    os.kill(rng.choice(workers), signal.SIGKILL)
                    kills["worker"] += 1
                    break
        if proc.poll() is None and target == "parent":
            os.kill(proc.pid, signal.SIGKILL)
            kills["parent"] += 1
        if proc.wait(timeout=600) == 0:  # it finished everything: give the next run work
            extra += 1
            (archive / "P05").mkdir(exist_ok=True)
            clip(archive / "P05" / f"late-{extra}.wav", "en_short.wav", start=0.1 * extra)
        if _alive_group(proc.pid):  # workers of a killed parent
            os.killpg(proc.pid, signal.SIGKILL)
    last = anonkit("batch", str(vault), str(archive), "--workers", "1", "--participant-from",
                   "{dir}", env=env)
    assert last.returncode == 0, last.stderr
    assert kills["parent"] and kills["worker"], kills
    _check_exactly_once(vault, archive)


def _alive_group(pgid: int) -> bool:
    try:
        os.killpg(pgid, 0)
        return True
    except ProcessLookupError:
        return False


def test_ctrl_c_stops_cleanly_and_rerun_continues(archive: Path, tmp_path: Path) -> None:
    """SIGINT to the whole process group (what a terminal's Ctrl+C does) while the first
    clips are being transcribed: exit 130 with one line, no traceback (not even an
    "Exception ignored" from a ``__del__`` the interrupt landed in); the re-run finishes."""
    (archive / "P04" / "broken.wav").unlink()
    (archive / "P05").mkdir()
    for i in range(3):  # enough work left when the signal comes, on a fast machine too
        clip(archive / "P05" / f"more-{i}.wav", "asr_fillers_en.wav", start=1.0 + i)
    vault = batch_vault(tmp_path / "vault")
    env = cli_env(tmp_path)
    cmd = [sys.executable, "-m", "anonkit.cli.main", "batch", str(vault), str(archive),
           "--workers", "1", "--quiet"]
    proc = subprocess.Popen(cmd, env=env, stderr=subprocess.PIPE, text=True,
                            start_new_session=True)
    deadline = time.monotonic() + 300
    while not [c for c in _children(proc.pid)
               if b"spawn_main" in Path(f"/proc/{c}/cmdline").read_bytes()]:
        assert time.monotonic() < deadline and proc.poll() is None
        time.sleep(0.05)
    time.sleep(1.0)
    os.killpg(proc.pid, signal.SIGINT)
    err = proc.communicate(timeout=120)[1]
    assert proc.returncode == 130, err
    assert "interrupted" in err and "Traceback" not in err and "ignored" not in err, err
    assert not _alive_group(proc.pid) or not _children(proc.pid)
    again = anonkit("batch", str(vault), str(archive), "--workers", "1", env=env)
    assert again.returncode == 0, again.stderr
    _check_exactly_once(vault, archive)
