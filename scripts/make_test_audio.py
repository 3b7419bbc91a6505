"""Generate the small speech clips that tests, the demo and the benchmarks use.

Why synthetic speech: real interviews are personal data and may never be committed. espeak-ng
speaks a known script, so each clip comes with its exact reference text (``*.txt``) against
which tests bound the word error rate. The clips are committed under ``tests/data/`` (and the
demo sample under ``anonkit/data/``) so that tests never need espeak-ng; run this script again
only to change them:

    python scripts/make_test_audio.py            # needs espeak-ng and sox (apt)

All names, places and numbers in the scripts are fictitious.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TEST_DATA = ROOT / "tests" / "data"
SAMPLE_DIR = ROOT / "anonkit" / "data"

ENGLISH = (
    "Thank you for coming in today. Could you tell me a little about how the last year has been "
    "for you? It has been a difficult year, but I feel that things are slowly getting better."
)
NORWEGIAN = (
    "Takk for at du ville være med i dag. Kan du fortelle litt om hvordan det siste året har "
    "vært for deg? Det har vært et tungt år, men jeg synes det går litt bedre nå."
)
# Two-person interview: interviewer (voice A) and participant (voice B) take turns.
TURNS = [
    ("A", "Welcome, and thank you for taking part in this interview."),
    ("B", "Thank you. I am happy to be here."),
    ("A", "Can you tell me about your first week at the clinic?"),
    ("B", "It was hard. I did not sleep much, and I missed my sister Irene."),
    ("A", "Who helped you most during that time?"),
    ("B", "A nurse called Jonas. He sat with me every evening."),
    ("A", "How do you feel about the treatment now?"),
    ("B", "Better. I go for walks in Tromsø with my dog on Sundays."),
    ("A", "Is there anything else you would like to add?"),
    ("B", "No, I think that was everything. Thank you."),
]
VOICES = {"A": ("en-gb", "110", "40"), "B": ("en-us+f3", "150", "70"),  # voice, speed, pitch
          "C": ("en-gb-scotland+m3", "135", "15"), "D": ("en-029+f4", "170", "95")}
# Focus groups (speaker counts for `--speakers auto`): a moderator (A) and two or three
# participants, who sometimes answer each other without the moderator in between.
GROUP3 = [
    ("A", "Good morning, everyone. Today we talk about sleep during the exam period."),
    ("B", "For me it was the worst part. I slept maybe five hours a night."),
    ("C", "I had the opposite problem. I slept too much and felt tired anyway."),
    ("A", "What did you try when it was at its worst?"),
    ("C", "Long walks in the evening helped a little, and no coffee after lunch."),
    ("B", "I stopped reading on my phone in bed. That made a real difference."),
    ("C", "Did you really manage that every night? I never could."),
    ("B", "Not every night, but most of them, after the first two weeks."),
    ("A", "Did anyone at the university ask how you were sleeping?"),
    ("B", "No, nobody asked. My mother was the only one who noticed."),
    ("C", "A teacher asked me once, in the spring, and I was glad she did."),
    ("A", "Thank you both. Let us take a short break here."),
]
GROUP4 = [
    ("A", "Welcome to the second group. Please tell us about the waiting times."),
    ("B", "I waited four months for my first appointment at the clinic."),
    ("C", "Four months is long. I was lucky and got a time after three weeks."),
    ("D", "For me it was somewhere in between, about two months in total."),
    ("A", "What did the waiting do to you and your family?"),
    ("D", "My husband took over most things at home, which was hard for him."),
    ("B", "I kept working, but I was not really present at work."),
    ("C", "I mostly stayed at home and called the help line a few times."),
    ("A", "Was the help line useful when you called?"),
    ("C", "Yes, they listened, and once they called me back the next morning."),
    ("B", "I never knew there was a help line. Nobody told me about it."),
    ("D", "Neither did I. It should be in the first letter you receive."),
    ("A", "That is a good suggestion. Thank you all for sharing this."),
]


def speak(text: str, voice: str, out: Path, speed: str = "150", pitch: str = "50") -> None:
    """Speak ``text`` with espeak-ng into a 16 kHz mono WAV file."""
    raw = out.with_suffix(".raw.wav")
    subprocess.run(
        ["espeak-ng", "-v", voice, "-s", speed, "-p", pitch, "-w", str(raw), text], check=True
    )
    subprocess.run(["sox", str(raw), "-r", "16000", "-c", "1", "-b", "16", str(out)], check=True)
    raw.unlink()


def concat_with_pauses(parts: list[Path], out: Path, pause_s: float = 0.7) -> None:
    """Join clips with silence between them (a turn change needs a gap, as in real talk)."""
    with tempfile.TemporaryDirectory() as tmp:
        silence = Path(tmp) / "silence.wav"
        subprocess.run(
            ["sox", "-n", "-r", "16000", "-c", "1", "-b", "16", str(silence), "trim", "0",
             str(pause_s)],
            check=True,
        )
        seq: list[str] = []
        for part in parts:
            seq += [str(part), str(silence)]
        subprocess.run(["sox", *seq, str(out)], check=True)


def make_two_voice(out_wav: Path, turns: list[tuple[str, str]] = TURNS,
                   with_times: bool = False) -> None:
    """A multi-speaker clip plus its turn list (speaker, text; with ``with_times`` also each
    turn's start and end in seconds, the reference for turn accuracy) as JSON, and its text."""
    import wave

    pause_s = 0.7
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        parts = []
        t = 0.0
        for i, (who, text) in enumerate(turns):
            voice, speed, pitch = VOICES[who]
            part = Path(tmp) / f"turn{i:02d}.wav"
            speak(text, voice, part, speed, pitch)
            parts.append(part)
            with wave.open(str(part)) as w:
                duration = w.getnframes() / w.getframerate()
            row: dict[str, object] = {"speaker": who, "text": text}
            if with_times:
                row |= {"start": round(t, 3), "end": round(t + duration, 3)}
            rows.append(row)
            t += duration + pause_s
        concat_with_pauses(parts, out_wav, pause_s)
    out_wav.with_suffix(".json").write_text(json.dumps(rows, indent=1) + "\n")
    out_wav.with_suffix(".txt").write_text(" ".join(t for _, t in turns) + "\n")


def make_bad_inputs() -> None:
    """Inputs that must fail cleanly: empty, truncated, not audio."""
    (TEST_DATA / "empty.wav").write_bytes(b"")
    good = (TEST_DATA / "en_short.wav").read_bytes()
    (TEST_DATA / "truncated.wav").write_bytes(good[:60])  # header cut in the middle
    (TEST_DATA / "not_audio.mp3").write_bytes(b"This is a text file pretending to be audio.\n" * 20)


def main() -> int:
    for tool in ("espeak-ng", "sox"):
        if shutil.which(tool) is None:
            print(f"error: {tool} not found; install it with: apt-get install espeak-ng sox",
                  file=sys.stderr)
            return 1
    TEST_DATA.mkdir(parents=True, exist_ok=True)
    SAMPLE_DIR.mkdir(parents=True, exist_ok=True)
    speak(ENGLISH, "en-us", TEST_DATA / "en_short.wav")
    (TEST_DATA / "en_short.txt").write_text(ENGLISH + "\n")
    speak(NORWEGIAN, "nb", TEST_DATA / "nb_short.wav")
    (TEST_DATA / "nb_short.txt").write_text(NORWEGIAN + "\n")
    make_two_voice(TEST_DATA / "two_voices.wav")
    # Focus groups as FLAC (half the size; decoded like any other input).
    make_two_voice(TEST_DATA / "three_voices.flac", GROUP3, with_times=True)
    make_two_voice(TEST_DATA / "four_voices.flac", GROUP4, with_times=True)
    # The demo sample: the same two-voice interview, compressed (FLAC) to keep the package small.
    subprocess.run(
        ["sox", str(TEST_DATA / "two_voices.wav"), str(SAMPLE_DIR / "sample_interview.flac")],
        check=True,
    )
    shutil.copy(TEST_DATA / "two_voices.txt", SAMPLE_DIR / "sample_interview.txt")
    make_bad_inputs()
    print("wrote clips to", TEST_DATA, "and", SAMPLE_DIR)
    return 0


if __name__ == "__main__":
    sys.exit(main())
