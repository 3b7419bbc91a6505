"""Paragraphs within long turns (txt and docx) on constructed segments, exact expectations."""

from __future__ import annotations

import io

import docx
import pytest

from anonkit.asr.docx_format import to_docx
from anonkit.asr.formats import to_txt
from anonkit.asr.paragraphs import ends_sentence, split_paragraphs
from anonkit.asr.transcript import Gap, Segment, Transcript, Word


def _seg(start: float, text: str, speaker: str | None = "S1", dur: float = 3.0) -> Segment:
    """A segment whose words are spread evenly over ``dur`` seconds."""
    parts = text.split()
    step = dur / len(parts)
    words = tuple(Word(start + i * step, start + (i + 1) * step, f" {w}", 0.9)
                  for i, w in enumerate(parts))
    return Segment(start, start + dur, text, speaker, words)


# 14 words each: enough for a paragraph on its own (MIN_WORDS = 12)
A = "I grew up in a small town by the sea with my two brothers."
B = "We moved to the city when I was twelve and I hated it there."
MID = "and then after a long while we"  # no sentence end


@pytest.mark.parametrize(("text", "end"), [
    ("sleep.", True), ("now?", True), ("yes!", True), ('he said "stop."', True),
    ("(laughs.)", True), ("well…", True), ("and then", False), ("e.g", False), ("so,", False),
])
def test_ends_sentence(text: str, end: bool) -> None:
    assert ends_sentence(text) is end


def test_a_pause_at_a_sentence_end_starts_a_paragraph() -> None:
    segs = [_seg(0, A), _seg(5.0, B)]  # 2.0 s between the last and the next word
    assert [len(p) for p in split_paragraphs(segs)] == [1, 1]
    t = Transcript("en", 8, "m", tuple(segs))
    assert to_txt(t) == f"S1: {A}\n\n{B}\n"
    assert to_txt(t, timestamps=True) == f"[00:00:00] S1: {A}\n\n[00:00:05] {B}\n"


def test_a_short_pause_at_a_sentence_end_does_not() -> None:
    segs = [_seg(0, A), _seg(3.8, B)]  # 0.8 s: sentences of one thought
    assert to_txt(Transcript("en", 7, "m", tuple(segs))) == f"S1: {A} {B}\n"


def test_a_pause_mid_sentence_does_not() -> None:
    segs = [_seg(0, f"{A} {MID}"), _seg(9.0, B)]  # 6 s of searching for words
    assert split_paragraphs(segs) == [segs]


def test_a_lone_short_answer_stays_with_what_follows() -> None:
    segs = [_seg(0, "Yes."), _seg(5.0, A)]  # fewer than MIN_WORDS before the pause
    assert split_paragraphs(segs) == [segs]


def test_a_long_monologue_is_broken_at_sentence_ends() -> None:
    # 40 sentences of 14 words, 0.5 s apart: no pause would split it, length does
    segs = [_seg(i * 3.5, A if i % 2 else B) for i in range(40)]
    paras = split_paragraphs(segs)
    assert len(paras) == 5 and [s for p in paras for s in p] == segs
    assert {sum(len(s.text.split()) for s in p) for p in paras} == {112}  # 8 × 14 words
    txt = to_txt(Transcript("en", 140, "m", tuple(segs)))
    assert txt.count("\n\n") == 4 and txt.count("S1:") == 1


def test_without_punctuation_the_hard_limit_breaks_it() -> None:
    segs = [_seg(i * 3.5, MID) for i in range(60)]  # 7 words each, no sentence end
    paras = split_paragraphs(segs)
    assert [len(p) for p in paras] == [36, 24]  # 36 × 7 = 252 words ≥ HARD_WORDS


def test_pause_marks_keep_the_pause_that_starts_a_paragraph() -> None:
    t = Transcript("en", 8, "m", (_seg(0, A), _seg(5.0, B)))
    first, second = to_txt(t, pause_marks=1.0).split("\n\n")
    assert first == f"S1: {A}" and second == f"(2.0 s) {B}\n"


def test_turns_and_gaps_are_kept_around_paragraphs() -> None:
    t = Transcript("en", 30, "m", (
        _seg(0, A), _seg(5.0, B), _seg(9.0, "Fine.", "S2", 1.0), _seg(20.0, A, "S2")),
        gaps=(Gap(11.0, 19.0),))
    assert to_txt(t) == (f"S1: {A}\n\n{B}\n\nS2: Fine.\n\n[inaudible 00:00:11–00:00:19]\n\n"
                         f"S2: {A}\n")


def test_without_speakers_it_stays_one_line_per_segment() -> None:
    t = Transcript("en", 8, "m", (_seg(0, A, None), _seg(3.2, B, None)))
    assert to_txt(t) == f"{A}\n{B}\n"


def test_docx_has_bold_speakers_paragraphs_and_no_personal_properties() -> None:
    t = Transcript("en", 30, "m", (
        _seg(0, A), _seg(5.0, B), _seg(9.0, "Fine.", "S2", 1.0)),
        gaps=(Gap(11.0, 19.0),), incomplete="interrupted at 00:00:20")
    d = docx.Document(io.BytesIO(to_docx(t, timestamps=True)))
    rows = [[(r.text, bool(r.bold)) for r in p.runs] for p in d.paragraphs]
    assert rows == [
        [("[INCOMPLETE TRANSCRIPT: interrupted at 00:00:20]", False)],
        [("[00:00:00] ", False), ("S1:", True), (f" {A}", False)],
        [("[00:00:05] ", False), (B, False)],
        [("[00:00:09] ", False), ("S2:", True), (" Fine.", False)],
        [("[inaudible 00:00:11–00:00:19]", False)],
    ]
    assert d.paragraphs[0].runs[0].italic
    plain = docx.Document(io.BytesIO(to_docx(t)))
    assert [p.text for p in plain.paragraphs][1:3] == [f"S1: {A}", B]
    props = d.core_properties
    assert props.author == "anonkit" and props.last_modified_by == ""
    assert props.comments == "" and props.title == ""
