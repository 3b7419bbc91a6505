"""Review app benchmark: how long the transcript page of a 2-hour interview takes.

Usage:  python benchmarks/bench_review.py [--minutes 120] [--repeats 5]
Prints one JSON document on stdout (progress on stderr).

A synthetic 2-hour transcript (one turn every ~6 s, alternating speakers, names, places
and numbers in about one turn in five, so there are replacements and flags) is stored as
a raw transcript in a fresh vault and goes through the real ``anonymize_recording``
(Presidio, linking, leak check). Then, through the ASGI app in process (Starlette's
TestClient: no network), ``GET /r/ID`` is timed ``--repeats`` times: ``view_ms``
(``build_view``: decrypt raw transcript + review record, build the pieces) inside
``page_ms`` (the whole request: security middleware, view, Jinja2 render). The ratio
``page_ms / view_ms`` shows what the template costs on top of the data.
"""

from __future__ import annotations

import argparse
import json
import platform
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SENTENCES = [
    "I think it was hard in the beginning, but it got better over the weeks.",
    "We talked about the treatment and what the doctors had said.",
    "My sister Irene came to visit me on Sundays, and we went for walks.",
    "A nurse called Jonas sat with me in the evenings when I could not sleep.",
    "I grew up in Tromsø and moved to Bergen when I was nineteen.",
    "The room number was 48213, I remember that because it was so long.",
    "Sometimes I felt that nobody really listened to what I was saying.",
    "Kari Nordmann from the clinic called me every week to ask how I was.",
    "It is difficult to explain, but the routines helped a lot.",
    "I would like to add that the food was better than I had expected.",
]


def transcript(minutes: int) -> object:
    from anonkit.asr.transcript import Segment, Transcript

    rng = random.Random(7)
    segs, t = [], 0.0
    while t < minutes * 60:
        n = rng.randint(1, 3)
        text = " ".join(rng.choice(SENTENCES) for _ in range(n))
        dur = 2.0 * n + rng.random() * 2
        segs.append(Segment(t, t + dur, text, speaker=f"S{len(segs) % 2 + 1}"))
        t += dur + 0.4
    return Transcript(language="en", duration=t, model="synthetic", segments=tuple(segs))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--minutes", type=int, default=120)
    ap.add_argument("--repeats", type=int, default=5)
    args = ap.parse_args()

    from starlette.testclient import TestClient

    from anonkit.review.app import create_app
    from anonkit.review.security import Secrets
    from anonkit.vault.kdf import KdfParams
    from anonkit.vault.vault import Vault
    from anonkit.workflow.recordings import IDENTIFIABLE, RAW, anonymize_recording
    from anonkit.workflow.review_view import build_view

    tr = transcript(args.minutes)
    with tempfile.TemporaryDirectory() as tmp:
        v = Vault.create(Path(tmp) / "vault", "bench", "bench password", KdfParams.testing())
        rid = v.new_recording("transcribed")
        v.put_bytes(IDENTIFIABLE, RAW, tr.to_json().encode(), rid)
        print(f"anonymizing {len(tr.segments)} turns …", file=sys.stderr)
        t0 = time.perf_counter()
        done = anonymize_recording(v, rid, tr)
        anonymize_s = time.perf_counter() - t0
        s = Secrets(port=1)
        client = TestClient(create_app(v, s), base_url="http://127.0.0.1:1")
        client.get(f"/?token={s.token}")
        view_ms, page_ms, size = [], [], 0
        for _ in range(args.repeats):
            t0 = time.perf_counter()
            build_view(v, rid, with_originals=False)
            view_ms.append((time.perf_counter() - t0) * 1000)
            t0 = time.perf_counter()
            r = client.get(f"/r/{rid}")
            page_ms.append((time.perf_counter() - t0) * 1000)
            assert r.status_code == 200
            size = len(r.content)
        v.close()
    view, page = statistics.median(view_ms), statistics.median(page_ms)
    print(json.dumps({
        "benchmark": "review_page", "minutes": args.minutes, "turns": len(tr.segments),
        "words": sum(len(sg.text.split()) for sg in tr.segments),
        "replacements": done.replaced, "flags": done.flags,
        "anonymize_s": round(anonymize_s, 2), "view_ms_median": round(view, 1),
        "page_ms_median": round(page, 1), "page_over_view": round(page / view, 2),
        "html_bytes": size, "repeats": args.repeats, "python": platform.python_version(),
    }, indent=2))


if __name__ == "__main__":
    main()
