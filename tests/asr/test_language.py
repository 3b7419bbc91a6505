"""The language-choice rule shared by both backends (``anonkit.asr.language``): tables of
Whisper probabilities → the language chosen, without a model (the decode step is a function
argument; the real-model path is covered by the backends' nb/en detection tests)."""

from __future__ import annotations

import math

import pytest

from anonkit.asr.language import choose_language, restricted_language_probs

EN_NB = ("en", "nb")


def never_called(code: str) -> float:
    raise AssertionError(f"decoded {code} although Whisper was confident")


@pytest.mark.parametrize(
    "probs,expected",
    [
        ({"en": 0.9, "no": 0.05, "la": 0.05}, "en"),
        ({"no": 0.7, "en": 0.1, "da": 0.2}, "nb"),
        ({"nn": 0.4, "no": 0.2, "en": 0.1}, "nb"),  # nn counts towards Bokmål
    ],
)
def test_confident_whisper_is_trusted(probs: dict[str, float], expected: str) -> None:
    language, probability = choose_language(probs, EN_NB, never_called)
    assert language == expected
    assert 0.5 < probability <= 1.0


def test_unsure_whisper_falls_back_to_decoding_each_language() -> None:
    # base on synthetic Norwegian: Latin 29 %, English 18 %, Norwegian 0.04 %.
    probs = {"la": 0.29, "th": 0.19, "en": 0.18, "no": 0.0004}
    scores = {"en": -3.0, "no": -0.86}
    language, probability = choose_language(probs, EN_NB, scores.__getitem__)
    assert language == "nb"
    assert probability == pytest.approx(1 / (1 + math.exp(10 * (-3.0 + 0.86))))


def test_nothing_decoded_in_any_language() -> None:
    language, probability = choose_language({"la": 0.9}, EN_NB, lambda code: -math.inf)
    assert language in EN_NB and probability == 0.0


def test_single_allowed_language_needs_no_decode() -> None:
    assert choose_language({"la": 0.9, "no": 0.01}, ("nb",), never_called) == ("nb", 1.0)


def test_nn_stays_apart_when_allowed() -> None:
    scores = restricted_language_probs({"nn": 0.4, "no": 0.2}, ("nb", "nn"))
    assert scores == {"no": 0.2, "nn": 0.4}
