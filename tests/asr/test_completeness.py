"""``anonkit.asr.completeness``: the rules, on synthetic transcripts (no model needed)."""

from __future__ import annotations

import numpy as np

from anonkit.asr.audio import SAMPLE_RATE
from anonkit.asr.completeness import check, find_gaps, truncation_warning
from anonkit.asr.formats import render
from anonkit.asr.transcript import Gap, Segment, Transcript


def tone(seconds: float, level: float) -> np.ndarray:
    t = np.arange(int(seconds * SAMPLE_RATE)) / SAMPLE_RATE
    return (level * np.sin(2 * np.pi * 200 * t)).astype(np.float32)


def quiet(seconds: float) -> np.ndarray:
    return np.zeros(int(seconds * SAMPLE_RATE), dtype=np.float32)


def transcript(*spans: tuple[float, float], duration: float) -> Transcript:
    return Transcript("en", duration, "m", tuple(Segment(a, b, "words") for a, b in spans))


def test_loud_stretch_without_words_is_a_gap_and_silence_is_not() -> None:
    # speech 0-3 | loud 3-10 (no words) | speech 10-13 | silence 13-20 | speech 20-23
    audio = np.concatenate([tone(3, .2), tone(7, .2), tone(3, .2), quiet(7), tone(3, .2)])
    found = find_gaps(audio, transcript((0, 3), (10, 13), (20, 23), duration=23))
    assert found == (Gap(3.0, 10.0),)


def test_short_or_faint_stretches_are_not_gaps() -> None:
    audio = np.concatenate([tone(3, .2), tone(4, .2), tone(3, .2), tone(8, .002), tone(3, .2)])
    spans = ((0, 3), (7, 10), (18, 21))
    assert find_gaps(audio, transcript(*spans, duration=21)) == ()  # 4 s: too short; faint
    # a loud stretch at the very end counts too
    tail = np.concatenate([tone(3, .2), tone(6, .2)])
    assert find_gaps(tail, transcript((0, 3), duration=9)) == (Gap(3.0, 9.0),)


def test_no_words_at_all_is_no_speech_not_one_big_gap() -> None:
    empty = Transcript("en", 4.0, "m")
    assert find_gaps(tone(4, .2), empty) == ()
    report = check(empty, "x.wav", 4.0)
    assert report.no_speech and report.exit_code == 3
    assert report.warnings == ("x.wav: no speech found in 4.0 s of audio; the transcript is "
                               "empty",)


def test_truncation_rule() -> None:
    assert truncation_warning("a", 60.0, 59.5) is None  # codec rounding
    assert truncation_warning("a", None, 10.0) is None
    message = truncation_warning("a.wav", 11.4, 5.7)
    assert message is not None and "only 5.7 s of the 11.4 s" in message
    report = check(transcript((0, 5), duration=5.7), "a.wav", 11.4)
    assert report.truncated and report.exit_code == 3


def test_gap_and_incomplete_marks_in_every_format() -> None:
    t = Transcript("en", 30.0, "m", (Segment(0, 4, "Hello there.", "S1"),
                                     Segment(12, 15, "Go on.", "S1")),
                   gaps=(Gap(4.0, 12.0),), incomplete="interrupted at 00:00:15 of 00:01:00")
    txt = render(t, "txt")
    assert txt.splitlines()[0] == "[INCOMPLETE TRANSCRIPT: interrupted at 00:00:15 of 00:01:00]"
    # the gap splits the speaker's turn where it happened
    assert "S1: Hello there.\n\n[inaudible 00:00:04–00:00:12]\n\nS1: Go on." in txt
    assert "[inaudible]" in render(t, "vtt") and "NOTE [INCOMPLETE" in render(t, "vtt")
    srt = render(t, "srt")
    assert "[inaudible]" in srt and srt.rstrip().endswith("[INCOMPLETE TRANSCRIPT: "
                                                          "interrupted at 00:00:15 of 00:01:00]")
    again = Transcript.from_json(render(t, "json"))
    assert again.gaps == t.gaps and again.incomplete == t.incomplete
