"""Transcript data model: JSON layout per interfaces.md, lossless round trip, immutability."""

from __future__ import annotations

import dataclasses
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from anonkit.asr.transcript import Segment, Transcript, Word


def _sample() -> Transcript:
    words = (Word(0.0, 0.3, "And", 0.98), Word(0.35, 0.9, "Irene's", 0.5))
    return Transcript(
        language="nb",
        duration=11.0,
        model="base",
        segments=(Segment(0.0, 4.2, "And Irene's", "S1", words, flags=("repetition",)),),
        language_probability=0.91,
        backend="faster",
        options={"beam_size": 5},
    )


def test_json_has_the_contract_keys() -> None:
    data = json.loads(_sample().to_json())
    assert {"language", "duration", "model", "segments"} <= set(data)
    seg = data["segments"][0]
    assert {"start", "end", "speaker", "text", "words"} <= set(seg)
    assert seg["speaker"] == "S1"
    assert seg["words"][0] == {"start": 0.0, "end": 0.3, "word": "And", "probability": 0.98}


def test_round_trip_is_lossless() -> None:
    t = _sample()
    assert Transcript.from_json(t.to_json()) == t
    assert Transcript.from_dict(json.loads(t.to_json(indent=2))) == t


def test_reader_accepts_the_minimal_contract_form() -> None:
    text = ('{"language": "en", "duration": 1.5, "model": "m", "segments": [{"start": 0, '
            '"end": 1, "speaker": null, "text": "Hi", "words": [{"start": 0, "end": 1, '
            '"word": "Hi", "probability": 0.9}]}]}')
    t = Transcript.from_json(text)
    assert t.segments[0].words[0].text == "Hi"
    assert t.backend is None and t.options == {}


def test_non_ascii_is_kept_readable() -> None:
    t = dataclasses.replace(_sample(), segments=(Segment(0, 1, "Tromsø og Bodø"),))
    assert "Tromsø" in t.to_json()


def test_frozen() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        _sample().language = "en"  # type: ignore[misc]


def test_text_words_and_speakers() -> None:
    t = _sample()
    assert t.text == "And Irene's"
    assert [w.text for w in t.words] == ["And", "Irene's"]
    assert t.speakers == ("S1",)


_times = st.floats(min_value=0, max_value=36000, allow_nan=False).map(lambda x: round(x, 3))
_prob = st.floats(min_value=0, max_value=1).map(lambda x: round(x, 4))
_word = st.builds(Word, _times, _times, st.text(max_size=12), _prob)
_segment = st.builds(
    Segment, _times, _times, st.text(max_size=40),
    st.one_of(st.none(), st.sampled_from(["S1", "S2"])),
    st.tuples(_word, _word) | st.just(()),
)


@given(st.lists(_segment, max_size=5), st.sampled_from(["en", "nb"]), _times)
def test_round_trip_property(segments: list[Segment], language: str, duration: float) -> None:
    t = Transcript(language, duration, "base", tuple(segments))
    assert Transcript.from_json(t.to_json()) == t
