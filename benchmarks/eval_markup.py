"""Read the evaluation sets: inline markup (``[Irene](PERSON)``) and NorNE CoNLL-U.

Why a module of its own: the sets' format is read by more than the scorer. The scorer
(``eval_detect.py``), the lower-cased copies (``eval_lowercased.py``), the held-out run
(``eval_heldout.py``), the snapshot and throughput scripts (these through ``eval_detect``'s
re-exports), the shape tests of the sets (tests/anonymize/test_eval_sets.py,
test_blind_sets.py, test_heldout_sets.py) and the set writers' check all read it; the scorer
is one reader. Keeping the format here means one
definition of what a gold span, a distractor and a category line are.

Markup: one sentence a line, ``#`` comments and blank lines skipped, ``#@ N`` sets the
category of the lines below, ``[surface](TYPE)`` marks a gold entity and ``[surface](NOT)`` a
distractor; offsets are computed from the markup, never typed (tests/data/eval/README.md).
NorNE: ``../shared/data/norne/nob-dev.conllu``; PER -> PERSON, LOC/GPE_LOC/GPE_ORG ->
LOCATION, ORG -> ORGANIZATION; other NorNE entities become neutral spans.
"""

from __future__ import annotations

import importlib.util
import re
from dataclasses import dataclass, replace
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
EVAL_DIR = REPO_ROOT / "tests" / "data" / "eval"
NORNE_DEV = REPO_ROOT / ".." / "shared" / "data" / "norne" / "nob-dev.conllu"
TYPES = (
    "PERSON",
    "LOCATION",
    "ORGANIZATION",
    "DATE",
    "PHONE",
    "EMAIL",
    "NATIONAL_ID",
    "ADDRESS",
    "URL",
)
# Types a markup file may use beyond the nine of the interview sets (the blind ASR sets mark car
# plates; interfaces.md says "types at least", so a detector may add types).
EXTRA_TYPES = ("LICENSE_PLATE",)
DISTRACTOR = "NOT"
# Blind-set categories (issue 10): a ``#@ N`` comment line sets the category of the lines below.
CATEGORIES = {
    "0": "mixed interview",
    "1": "lower-case",
    "2": "unknown/foreign/Sámi names, nicknames",
    "3": "common-word names in name position",
    "4": "English-word places, ASR place spellings",
    "5": "spoken identifiers",
    "6": "pronoun/kinship + name",
    "7": "multi-form linking",
    "8": "false-positive traps",
    "9": "kinds (country, hospital, club)",
}
_CATEGORY_LINE = re.compile(r"^#@\s*(\w+)")
NORNE_TYPES = {
    "PER": "PERSON",
    "LOC": "LOCATION",
    "GPE_LOC": "LOCATION",
    "GPE_ORG": "LOCATION",
    "ORG": "ORGANIZATION",
}
_MARKUP = re.compile(r"\[([^\[\]]+)\]\(([A-Z_]+)\)")


class MarkupError(ValueError):
    """A markup line that cannot be read (unknown type, nested or unbalanced brackets)."""


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    type: str
    text: str


@dataclass(frozen=True)
class Sentence:
    """One evaluation unit: text, gold entities, distractors and neutral (ignored) spans."""

    text: str
    gold: tuple[Span, ...]
    distractors: tuple[Span, ...] = ()
    neutral: tuple[Span, ...] = ()
    line: int = 0
    category: str = ""

    @property
    def lower_case(self) -> bool:
        """An all-lower-case line (as some ASR output is): the breakdown reports these apart."""
        return self.text == self.text.lower()


def parse_markup_line(line: str, lineno: int = 0) -> Sentence:
    """Turn ``I met [Irene](PERSON).`` into text plus gold spans (offsets computed, not typed)."""
    parts: list[str] = []
    gold: list[Span] = []
    distractors: list[Span] = []
    pos = 0
    length = 0
    for match in _MARKUP.finditer(line):
        before = line[pos : match.start()]
        parts.append(before)
        length += len(before)
        surface, label = match.group(1), match.group(2)
        if label != DISTRACTOR and label not in TYPES and label not in EXTRA_TYPES:
            raise MarkupError(f"line {lineno}: unknown type {label!r} in {match.group(0)!r}")
        span = Span(length, length + len(surface), label, surface)
        (distractors if label == DISTRACTOR else gold).append(span)
        parts.append(surface)
        length += len(surface)
        pos = match.end()
    parts.append(line[pos:])
    text = "".join(parts)
    if "[" in text or "]" in text or re.search(r"\((?:[A-Z_]+)\)", text):
        raise MarkupError(f"line {lineno}: unbalanced markup in {line!r}")
    return Sentence(text, tuple(gold), tuple(distractors), (), lineno)


def load_markup(path: Path) -> list[Sentence]:
    """Read a markup file: one sentence a line, ``#`` comments and blank lines skipped.

    A ``#@ N`` comment sets the category of the sentences below it (blind ASR sets).
    """
    sentences = []
    category = ""
    for lineno, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        line = raw.strip()
        if match := _CATEGORY_LINE.match(line):
            category = match.group(1)
        elif line and not line.startswith("#"):
            sent = parse_markup_line(line, lineno)
            sentences.append(replace(sent, category=category))
    return sentences


def load_norne(path: Path, limit: int = 0) -> list[Sentence]:
    """NorNE CoNLL-U as sentences with character offsets (text rebuilt from SpaceAfter)."""
    spec = importlib.util.spec_from_file_location(
        "train_nb_ner", REPO_ROOT / "scripts" / "train_nb_ner.py"
    )
    assert spec and spec.loader
    trainer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(trainer)
    sentences = []
    for words, spaces, tags in trainer.read_conll(path):
        offsets, text = [], ""
        for word, space in zip(words, spaces, strict=True):
            offsets.append(len(text))
            text += word + (" " if space else "")
        gold: list[Span] = []
        neutral: list[Span] = []
        current: tuple[int, int, str] | None = None  # (start token, end token, norne type)
        spans: list[tuple[int, int, str]] = []
        for i, tag in enumerate(tags):
            if tag.startswith("I-") and current and current[2] == tag[2:]:
                current = (current[0], i + 1, current[2])
                continue
            if current:
                spans.append(current)
            current = (i, i + 1, tag[2:]) if tag != "O" else None
        if current:
            spans.append(current)
        for first, last, label in spans:
            start, end = offsets[first], offsets[last - 1] + len(words[last - 1])
            if label in NORNE_TYPES:
                gold.append(Span(start, end, NORNE_TYPES[label], text[start:end]))
            else:
                neutral.append(Span(start, end, label, text[start:end]))
        sentences.append(Sentence(text, tuple(gold), (), tuple(neutral)))
        if limit and len(sentences) >= limit:
            break
    return sentences
