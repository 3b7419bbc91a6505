"""Measure accuracy and speed of the installed models on the committed test clips.

Run ``python -m anonkit.asr.measure [--threads N]``; it prints the Markdown table quoted in
``docs/models.md``. Why a module, not a test: speed numbers depend on the machine and its load
(CPU seconds are steadier than wall seconds on a shared machine) and must never be asserted;
the accuracy bounds in ``tests/asr`` were chosen from these numbers.

WER is computed with jiwer after lower-casing and removing punctuation (``normalize``).
"""

from __future__ import annotations

import argparse
import re
import time
from pathlib import Path

_PUNCT = re.compile(r"[^\w\s']", re.UNICODE)
#: Fillers counted by the verbatim check.
FILLERS = {"um", "uh", "umm", "uhm", "hmm", "eh", "ehm", "hm", "mm"}


def normalize(text: str) -> str:
    """Lower-case, drop punctuation, collapse spaces (for WER)."""
    return " ".join(_PUNCT.sub(" ", text.lower()).split())


def wer(reference: str, hypothesis: str) -> float:
    import jiwer

    return float(jiwer.wer(normalize(reference), normalize(hypothesis) or "<empty>"))


def count_fillers(text: str) -> int:
    return sum(1 for w in normalize(text).split() if w in FILLERS)


def main(argv: list[str] | None = None) -> int:
    from anonkit.asr.audio import decode_audio
    from anonkit.asr.backends import get_backend
    from anonkit.asr.options import TranscribeOptions

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--models", default="tiny.en,base")
    parser.add_argument("--data", type=Path,
                        default=Path(__file__).resolve().parents[2] / "tests" / "data")
    args = parser.parse_args(argv)

    clips = [("en_short", "en"), ("nb_short", "nb"), ("two_voices", "en")]
    print("| model | clip | detected (p) | WER | audio s | wall s | CPU s | CPU s / audio s |")
    print("|---|---|---|---|---|---|---|---|")
    for model in args.models.split(","):
        backend = get_backend("faster", model, cpu_threads=args.threads)
        for clip, lang in clips:
            if model.endswith(".en") and lang != "en":
                continue
            audio = decode_audio(args.data / f"{clip}.wav")
            ref = (args.data / f"{clip}.txt").read_text("utf-8")
            t0, c0 = time.perf_counter(), time.process_time()
            tr = backend.transcribe(audio, TranscribeOptions())
            wall, cpu = time.perf_counter() - t0, time.process_time() - c0
            print(f"| {model} | {clip} | {tr.language} ({tr.language_probability:.2f}) | "
                  f"{wer(ref, tr.text):.3f} | {tr.duration:.1f} | {wall:.1f} | {cpu:.1f} | "
                  f"{cpu / tr.duration:.2f} |")
    print()
    print("| model | clip | mode | fillers kept | text |")
    print("|---|---|---|---|---|")
    for model in args.models.split(","):
        backend = get_backend("faster", model, cpu_threads=args.threads)
        for clip, lang in [("asr_fillers_en", "en"), ("asr_fillers_nb", "nb")]:
            if model.endswith(".en") and lang != "en":
                continue
            audio = decode_audio(args.data / f"{clip}.wav")
            ref = (args.data / f"{clip}.txt").read_text("utf-8")
            for verbatim in (False, True):
                tr = backend.transcribe(audio, TranscribeOptions(language=lang,
                                                                 verbatim=verbatim))
                flags = sorted({f for s in tr.segments for f in s.flags})
                print(f"| {model} | {clip} | {'verbatim' if verbatim else 'plain'} | "
                      f"{count_fillers(tr.text)}/{count_fillers(ref)} | {tr.text} "
                      f"{' '.join(flags)} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
