"""Resumable stages (issue 9, point 5): ``process`` is SIGKILLed at random moments in real
processes (≥ 30 kills), new recordings are ingested whenever all are done so every kill
lands on work; then a last run finishes. Every recording must end processed exactly once
(one raw and one pseudonymized transcript, its key occurrences counted once), and
``verify`` (vault checks + leak check) must be clean.

Children are forked from a forkserver that preloaded the modules and the English detector
(tests/workflow/_kill_worker.py), so a kill costs about a second instead of a start-up.
"""

from __future__ import annotations

import multiprocessing
import os
import random
import signal
import wave
from collections import Counter
from pathlib import Path

from anonkit.workflow import recordings as wr
from anonkit.workflow.project import load_key, save_settings
from anonkit.workflow.verify import verify_vault
from tests.workflow.conftest import DATA, PASSWORD, new_vault, open_vault

KILLS = 30
MAX_DELAY_S = 8.0  # kill delays are drawn from [0.05, MAX_DELAY_S); a child needs ~6 s here


def _short_clip(dst: Path, seconds: float = 3.0) -> Path:
    """The first seconds of en_short.wav: ASR is the slow part, so keep it short."""
    with wave.open(str(DATA / "en_short.wav")) as src, wave.open(str(dst), "wb") as out:
        out.setparams(src.getparams())
        out.writeframes(src.readframes(int(src.getframerate() * seconds)))
    return dst


def test_sigkill_process_at_random_points(tmp_path: Path) -> None:
    path = tmp_path / "vault"
    clip = _short_clip(tmp_path / "clip.wav")
    with new_vault(path) as v:
        save_settings(v, speakers="0")
        wr.ingest(v, clip, language="en")
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(["tests.workflow._kill_worker"])
    from tests.workflow._kill_worker import run_process

    rng = random.Random(20261128)
    kills = finished = 0
    while kills < KILLS:
        with open_vault(path) as v:
            if not wr.pending(v):
                wr.ingest(v, clip, language="en")
        child = ctx.Process(target=run_process, args=(str(path), PASSWORD))
        child.start()
        child.join(timeout=rng.uniform(0.05, MAX_DELAY_S))
        if child.is_alive():
            os.kill(child.pid, signal.SIGKILL)
            child.join()
            kills += 1
        else:
            assert child.exitcode == 0
            finished += 1
    last = ctx.Process(target=run_process, args=(str(path), PASSWORD))
    last.start()
    last.join(timeout=300)
    assert last.exitcode == 0

    with open_vault(path) as v:
        recs = v.recordings()
        assert len(recs) >= 2
        assert {r.stage for r in recs} == {"anonymized"}, Counter(r.stage for r in recs)
        for rec in recs:
            for kind in ("audio", "metadata", "transcript_raw", "transcript_pseudonymized",
                         "review"):
                assert len(v.list(recording_id=rec.id, kind=kind)) == 1, (rec.id, kind)
        key = load_key(v)
        if key is not None:
            for entity in key.entities:
                spots = [(o.document, o.start) for o in entity.occurrences]
                assert len(spots) == len(set(spots)), entity.id
        stored = Counter(e.recording for e in v.audit_entries()
                         if e.event == "anonymize" and e.object)
        assert stored == Counter(r.id for r in recs)  # each stored once, never twice
        report = verify_vault(v, repair=True)
        assert report.ok, report.problems
        assert verify_vault(v).ok
