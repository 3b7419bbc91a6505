"""txt / WebVTT / SubRip writers on hand-made transcripts (exact expected text)."""

from __future__ import annotations

import pytest

from anonkit.asr.formats import pause_mark, render, to_srt, to_txt, to_vtt
from anonkit.asr.transcript import Segment, Transcript, Word


def _t(speakers: bool = True) -> Transcript:
    s1 = "S1" if speakers else None
    s2 = "S2" if speakers else None
    return Transcript("en", 3725.0, "base", (
        Segment(0.0, 1.5, "Hello there.", s1,
                (Word(0.0, 0.5, "Hello", 0.9), Word(1.2, 1.5, "there.", 0.9))),
        Segment(2.7, 3.0, "How are you?", s1,
                (Word(2.7, 2.8, "How", 0.9), Word(2.8, 2.9, "are", 0.9),
                 Word(2.9, 3.0, "you?", 0.9))),
        Segment(3600.0, 3725.25, "Fine.", s2, (Word(3600.0, 3725.25, "Fine.", 0.9),)),
    ))


def test_txt_groups_speaker_turns() -> None:
    assert to_txt(_t()) == "S1: Hello there. How are you?\n\nS2: Fine.\n"


def test_txt_without_speakers_is_one_line_per_segment() -> None:
    assert to_txt(_t(False)) == "Hello there.\nHow are you?\nFine.\n"


def test_txt_pause_marks() -> None:
    # gaps: 0.7 s inside segment 1, 1.2 s between segments 1 and 2
    assert to_txt(_t(), pause_marks=0.5) == (
        "S1: Hello (.) there. (..) How are you?\n\nS2: Fine.\n"
    )
    assert to_txt(_t(), pause_marks=1.0) == "S1: Hello there. (..) How are you?\n\nS2: Fine.\n"


@pytest.mark.parametrize(("gap", "mark"), [
    (0.2, None), (0.5, "(.)"), (0.99, "(.)"), (1.0, "(..)"), (1.99, "(..)"), (3.24, "(3.2 s)"),
])
def test_pause_mark(gap: float, mark: str | None) -> None:
    assert pause_mark(gap, 0.5) == mark


def test_vtt() -> None:
    assert to_vtt(_t()) == (
        "WEBVTT\n\n"
        "00:00:00.000 --> 00:00:01.500\n<v S1>Hello there.\n\n"
        "00:00:02.700 --> 00:00:03.000\n<v S1>How are you?\n\n"
        "01:00:00.000 --> 01:02:05.250\n<v S2>Fine.\n"
    )


def test_srt() -> None:
    assert to_srt(_t(False)) == (
        "1\n00:00:00,000 --> 00:00:01,500\nHello there.\n\n"
        "2\n00:00:02,700 --> 00:00:03,000\nHow are you?\n\n"
        "3\n01:00:00,000 --> 01:02:05,250\nFine.\n"
    )


def test_cue_text_cannot_break_the_format() -> None:
    t = Transcript("en", 2, "m", (Segment(0, 1, "a --> b\n\nc"), Segment(1, 2, "  ")))
    assert to_srt(t) == "1\n00:00:00,000 --> 00:00:01,000\na -> b c\n"


def test_render_rejects_unknown_format() -> None:
    with pytest.raises(ValueError):
        render(_t(), "docx")


def test_render_json_ends_with_newline() -> None:
    assert render(_t(), "json").endswith("}\n")


def test_txt_timestamps() -> None:
    assert render(_t(), "txt", timestamps=True) == (
        "[00:00:00] S1: Hello there. How are you?\n\n[01:00:00] S2: Fine.\n"
    )
