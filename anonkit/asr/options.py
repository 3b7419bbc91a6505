"""Transcription options and the language-code mapping shared by every backend.

Language codes. Whisper calls Norwegian ``"no"`` (and has a weakly trained ``"nn"``,
Nynorsk). anonkit speaks Bokmål ``"nb"`` everywhere else (spaCy ``blank("nb")``, NorNE, the
``detect --lang nb`` contract), so:

* users may pass ``nb``, ``no`` or ``nn``; ``nb``/``no`` are sent to Whisper as ``"no"``,
  ``nn`` as ``"nn"``;
* transcripts report ``"nb"`` for Whisper's ``"no"`` and ``"nn"`` for ``"nn"``; all other
  codes pass through unchanged.

Why ``condition_on_previous_text=False`` by default: feeding the previous segment's text back
as the prompt is the main cause of Whisper's repetition loops on long interviews with pauses
(the loop then repeats for minutes). Accuracy on clean speech is nearly unchanged; faster-whisper
and WhisperX recommend it off for long-form audio. The verbatim prompt still applies to the
first window.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from anonkit.errors import AnonkitError

#: anonkit code -> Whisper code
_TO_WHISPER = {"nb": "no", "no": "no", "nn": "nn"}
#: Whisper code -> anonkit code
_FROM_WHISPER = {"no": "nb", "nn": "nn"}

#: Initial prompts that show Whisper a transcript style that keeps fillers and false starts.
#: Idea from noScribe (its "disfluency" prompt); Whisper imitates the prompt's style.
VERBATIM_PROMPTS = {
    "en": "Umm, let me think like, hmm... Okay, here's what I'm, like, thinking.",
    "nb": "Eh, la meg tenke litt, hmm... Ja, altså, det jeg, liksom, tenker er.",
    "nn": "Eh, la meg tenkje litt, hmm... Ja, altså, det eg, liksom, tenkjer er.",
}


class LanguageError(AnonkitError):
    """The language code is not one Whisper knows."""


def to_whisper_language(code: str) -> str:
    """Map a user's language code to the code Whisper expects (``nb`` -> ``no``)."""
    code = code.strip().lower()
    return _TO_WHISPER.get(code, code)


def from_whisper_language(code: str) -> str:
    """Map a Whisper language code to anonkit's (``no`` -> ``nb``)."""
    return _FROM_WHISPER.get(code, code)


def normalize_language(code: str | None) -> str | None:
    """Validate a user's language code and return anonkit's spelling (``None``/auto -> None).

    Raises ``LanguageError`` for codes Whisper does not support.
    """
    if code is None or code.strip().lower() in ("", "auto"):
        return None
    from faster_whisper.tokenizer import _LANGUAGE_CODES

    whisper = to_whisper_language(code)
    if whisper not in _LANGUAGE_CODES:
        raise LanguageError(
            f"unknown language code {code!r}; use a Whisper language code such as en or nb, "
            "or 'auto'"
        )
    return from_whisper_language(whisper)


@dataclass(frozen=True)
class TranscribeOptions:
    """How to transcribe; every backend honours these fields (or documents which it cannot).

    * ``language``: anonkit code, or ``None`` to detect it among ``allowed_languages``
      (restricting detection stops the base model from labelling Norwegian as e.g. Danish
      or Latin).
    * ``verbatim``: keep fillers (um, eh) and repetitions, via an initial prompt.
    * ``pause_marks``: smallest gap between words (seconds) marked in txt output, or
      ``None`` for no marks (formatting only; does not change recognition).
    * ``repetition_max``: the loop guard flags a segment in which one n-gram (1..4 words)
      repeats more than this many times in a row.
    """

    language: str | None = None
    allowed_languages: tuple[str, ...] = ("en", "nb")
    beam_size: int = 5
    word_timestamps: bool = True
    vad: bool = True
    verbatim: bool = False
    condition_on_previous_text: bool = False
    compression_ratio_threshold: float | None = 2.4
    no_speech_threshold: float | None = 0.6
    log_prob_threshold: float | None = -1.0
    temperature: tuple[float, ...] = (0.0, 0.2, 0.4, 0.6, 0.8, 1.0)
    pause_marks: float | None = None
    repetition_max: int = 4
    initial_prompt: str | None = None

    def verbatim_prompt(self, language: str) -> str | None:
        """The initial prompt to use for ``language`` (anonkit code)."""
        if self.initial_prompt is not None:
            return self.initial_prompt
        if not self.verbatim:
            return None
        return VERBATIM_PROMPTS.get(language, VERBATIM_PROMPTS["en"])

    def to_dict(self) -> dict[str, Any]:
        """JSON-friendly echo of the options (stored in ``Transcript.options``)."""
        out = asdict(self)
        out["allowed_languages"] = list(self.allowed_languages)
        out["temperature"] = list(self.temperature)
        return out
