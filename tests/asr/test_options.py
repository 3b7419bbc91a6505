"""Language codes (nb/no/nn) and option defaults."""

from __future__ import annotations

import pytest

from anonkit.asr.options import (
    VERBATIM_PROMPTS,
    LanguageError,
    TranscribeOptions,
    from_whisper_language,
    normalize_language,
    to_whisper_language,
)


@pytest.mark.parametrize(("user", "whisper", "reported"), [
    ("nb", "no", "nb"), ("no", "no", "nb"), ("NB", "no", "nb"), ("nn", "nn", "nn"),
    ("en", "en", "en"), ("de", "de", "de"),
])
def test_language_mapping(user: str, whisper: str, reported: str) -> None:
    assert to_whisper_language(user) == whisper
    assert from_whisper_language(whisper) == reported
    assert normalize_language(user) == reported


@pytest.mark.parametrize("auto", [None, "", "auto", "AUTO"])
def test_auto(auto: str | None) -> None:
    assert normalize_language(auto) is None


def test_unknown_language_is_a_user_error() -> None:
    with pytest.raises(LanguageError, match="unknown language code 'xx'"):
        normalize_language("xx")


def test_defaults_guard_against_loops() -> None:
    o = TranscribeOptions()
    assert o.condition_on_previous_text is False
    assert o.compression_ratio_threshold == 2.4 and o.no_speech_threshold == 0.6
    assert o.allowed_languages == ("en", "nb") and o.word_timestamps and o.vad


def test_verbatim_prompt() -> None:
    assert TranscribeOptions().verbatim_prompt("en") is None
    assert TranscribeOptions(verbatim=True).verbatim_prompt("nb") == VERBATIM_PROMPTS["nb"]
    assert TranscribeOptions(verbatim=True).verbatim_prompt("de") == VERBATIM_PROMPTS["en"]
    assert TranscribeOptions(initial_prompt="x").verbatim_prompt("en") == "x"


def test_options_echo_is_json_friendly() -> None:
    import json

    assert json.loads(json.dumps(TranscribeOptions().to_dict()))["allowed_languages"] == [
        "en", "nb"]
