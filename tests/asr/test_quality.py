"""Loop guard: repetition, repeated segments and prompt echoes are flagged, prose is not."""

from __future__ import annotations

import pytest

from anonkit.asr.quality import (
    FLAG_PROMPT_ECHO,
    FLAG_REPEATED_SEGMENT,
    FLAG_REPETITION,
    echoes_prompt,
    flag_loops,
    is_looping,
    max_ngram_run,
)
from anonkit.asr.transcript import Segment


@pytest.mark.parametrize(("text", "run"), [
    ("", 0),
    ("The cat sat on the mat.", 1),
    ("yes yes yes", 3),
    ("I think, I think, I think so", 3),
    ("thank you thank you thank you thank you thank you", 5),
])
def test_max_ngram_run(text: str, run: int) -> None:
    assert max_ngram_run(text) == run


@pytest.mark.parametrize(("text", "looping"), [
    ("It was hard. I did not sleep much, and I missed my sister.", False),
    ("no, no, no", False),  # hesitation, not a loop
    ("no no no no no", True),
    ("Altså, eh, jeg vet ikke. Altså, eh, jeg vet ikke. Altså, eh, jeg vet ikke.", True),
    ("I went home. I went home.", False),
])
def test_is_looping(text: str, looping: bool) -> None:
    assert is_looping(text) is looping


def test_flag_loops_marks_only_suspicious_segments() -> None:
    segs = [Segment(0, 1, "Hello."), Segment(1, 2, "la la la la la la"),
            Segment(2, 3, "Thank you."), Segment(3, 4, "Thank you."), Segment(4, 5, "Thank you.")]
    out = list(flag_loops(segs))
    assert [s.flags for s in out] == [(), (FLAG_REPETITION,), (), (), (FLAG_REPEATED_SEGMENT,)]
    assert out[0] is segs[0]  # untouched segments are passed through


def test_prompt_echo() -> None:
    prompt = "Umm, let me think like, hmm... Okay, here's what I'm, like, thinking."
    assert echoes_prompt("Okay, here's what I'm, like, hmm...", prompt)
    assert not echoes_prompt("Okay, let me think about that.", prompt)
    out = list(flag_loops([Segment(0, 1, "So, here's what I'm like thinking")], prompt=prompt))
    assert out[0].flags == (FLAG_PROMPT_ECHO,)
