"""Do project-dictionary names given to Whisper as its initial prompt come out right?

Usage:  python benchmarks/bench_hotwords.py [--models tiny.en base]   (needs espeak-ng, sox)
Prints one JSON document on stdout.

A clip is generated with espeak-ng (English voice) from sentences holding Norwegian names
and places that Whisper rarely spells right unaided. Each model transcribes it twice: with
no prompt, and with ``process``'s prompt built from the dictionary (``names_prompt``).
Counted per run: names written exactly as in the dictionary (``spelled_right``) and names
the dictionary layer finds in the transcript (``found_by_dictionary``, which includes
inflected and near forms) — the second is what protects participants.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

NAMES = ["Solveig Aasen", "Tormod Kvalheim", "Gunnhild Bjørnstad", "Siri Haugland",
         "Eirik Fjellheim", "Kvæfjord"]
SENTENCES = [
    "My therapist Solveig Aasen called me on Monday.",
    "Then I visited Tormod Kvalheim at his farm.",
    "Gunnhild Bjørnstad is my neighbour and she helps me.",
    "We drove to Kvæfjord with Siri Haugland last summer.",
    "You should ask Eirik Fjellheim about the meeting.",
]


def make_clip(folder: Path) -> Path:
    raw, out = folder / "raw.wav", folder / "names.wav"
    subprocess.run(["espeak-ng", "-v", "en", "-s", "150", "-w", str(raw), " ".join(SENTENCES)],
                   check=True)
    subprocess.run(["sox", str(raw), "-r", "16000", "-c", "1", "-b", "16", str(out)], check=True)
    return out


def score(text: str) -> dict[str, object]:
    from anonkit.anonymize.dictionary import DictionaryEntry, ProjectDictionary

    right = [n for n in NAMES if n in text]
    entries = tuple(DictionaryEntry(n, "LOCATION" if " " not in n else "PERSON") for n in NAMES)
    found = {m.text for m in ProjectDictionary(entries, "en").find(text)}
    hit = [n for n in NAMES if any(n.split()[-1].lower()[:4] in f.lower() for f in found)]
    return {"spelled_right": len(right), "found_by_dictionary": len(hit), "total": len(NAMES),
            "transcript": text}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--models", nargs="*", default=["tiny.en", "base"])
    args = ap.parse_args()
    from anonkit.asr.options import TranscribeOptions
    from anonkit.asr.pipeline import transcribe_file
    from anonkit.workflow.recordings import names_prompt

    prompt = names_prompt(NAMES)
    runs = []
    with tempfile.TemporaryDirectory() as tmp:
        clip = make_clip(Path(tmp))
        for model in args.models:
            for label, p in (("without", None), ("with", prompt)):
                t = time.perf_counter()
                tr = transcribe_file(clip, model=model, speakers=0,
                                     options=TranscribeOptions(language="en", initial_prompt=p))
                runs.append({"model": model, "prompt": label,
                             "seconds": round(time.perf_counter() - t, 2), **score(tr.text)})
                print(f"{model} {label}: {runs[-1]['spelled_right']}/{len(NAMES)} right, "
                      f"{runs[-1]['found_by_dictionary']} found", file=sys.stderr)
    print(json.dumps({"benchmark": "hotwords", "prompt": prompt, "names": NAMES,
                      "runs": runs}, ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
