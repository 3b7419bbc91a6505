"""Recognizer gates (``_gates``): a gate may only skip texts its pattern cannot match.

Real patterns of the recognizers on real lines of the evaluation sets, plus property tests
on generated patterns and texts: whenever the pattern matches, the gate must pass.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import anonkit.anonymize.recognizers as recognizers_pkg
from anonkit.anonymize.recognizers import _context_words, gazetteer_institution, spoken_dates
from anonkit.anonymize.recognizers._gates import (
    _alternation,
    _gate_for,
    may_match,
    may_match_any,
    words_gate,
)


def _module_patterns() -> list[tuple[str, re.Pattern[str]]]:
    """Every compiled pattern at module level of the recognizer package (also in tables)."""
    out = []
    for info in pkgutil.iter_modules(recognizers_pkg.__path__):
        module = importlib.import_module(f"{recognizers_pkg.__name__}.{info.name}")
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern):
                out.append((f"{info.name}.{name}", value))
            elif isinstance(value, tuple) and value and isinstance(value[0], tuple):
                out += [
                    (f"{info.name}.{name}[{i}]", row[0])
                    for i, row in enumerate(value)
                    if row and isinstance(row[0], re.Pattern)
                ]
    return out


def _eval_lines() -> list[str]:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from eval_loader import EVAL_DIR, load_markup_module

    module = load_markup_module()
    texts: list[str] = []
    for name in ("interview", "asr_dev", "blind_asr", "blind4_asr", "blind7_asr"):
        for lang in ("en", "nb"):
            path = EVAL_DIR / f"{name}_{lang}.txt"
            if path.is_file():
                texts += [s.text for s in module.load_markup(path)]
    return texts + [t.lower() for t in texts] + [t.upper() for t in texts]


def test_no_gate_skips_a_text_its_pattern_matches() -> None:
    lines = _eval_lines()
    patterns = _module_patterns()
    assert len(patterns) > 100 and len(lines) > 1000
    gated = 0
    for name, regex in patterns:
        if _gate_for(regex) is None:
            continue
        gated += 1
        for text in lines:
            if regex.search(text) is not None:
                assert may_match(regex, text), (name, text)
    assert gated > 50  # the gates exist at all


def test_table_gate_never_skips_a_line_a_pattern_of_the_table_matches() -> None:
    table = gazetteer_institution.PATTERNS
    lines = [*_eval_lines(), "Han ligger på Haukeland sykehus", "She was at St Mary's Hospital"]
    skipped = 0
    for text in lines:
        if not may_match_any(table, text):
            skipped += 1
            assert not any(regex.search(text) for regex, _score in table), text
    assert skipped > len(lines) // 2  # it does skip most lines
    assert may_match_any((re.compile(r"\d+"),), "no digits")  # a member without a gate


@pytest.mark.parametrize(
    ("regex", "text", "expected"),
    [
        (gazetteer_institution.PATTERNS[0][0], "Han var på Tiller DPS i fjor", True),
        (gazetteer_institution.PATTERNS[0][0], "Han var på Tiller i fjor", False),
        (_context_words.NAME_IS, "HER NAME WAS ", True),  # ignoring case as the pattern
        (_context_words.NAME_IS, "navnet hans er ", True),
        (_context_words.NAME_IS, "she was called ", False),
        (_context_words.NAME_AFTER, ", we CALLED him", True),
        (spoken_dates.HOLIDAY_RE, "on Boxing Day nineteen ninety", True),
        (spoken_dates.HOLIDAY_RE, "on the day after", False),
    ],
)
def test_gate_on_pieces(regex: re.Pattern[str], text: str, expected: bool) -> None:
    assert may_match(regex, text) is expected
    if not expected:
        assert regex.search(text) is None


def test_gate_pieces_follow_the_case_rule() -> None:
    # a scoped case-insensitive group is searched ignoring case, the rest as written
    regex = re.compile(r"(?i:post ?code) (?P<pc>[A-Z]{2})")
    assert may_match(regex, "POSTCODE AB") and regex.search("POSTCODE AB")
    exact = re.compile(r"[A-Z]\w+ Hospital")
    assert not may_match(exact, "st james hospital")
    assert words_gate(["Fødselsdag"]).passes("FØDSELSDAG")
    assert not words_gate(["fødselsdag"]).passes("fødsel")
    assert words_gate(["second"], exact=r"\d").passes("the 2nd")
    # characters whose lower() is not what re.IGNORECASE matches: never skipped
    assert words_gate(["first"]).passes("FIRST") and words_gate(["first"]).passes("fırst")


def test_unreadable_or_pieceless_pattern_always_passes() -> None:
    assert _gate_for(re.compile(r"\d+")) is None
    assert _gate_for(re.compile("straße|über", re.IGNORECASE)) is None  # ß: folding unchecked
    assert may_match(re.compile(r"[a-z]+(?:x|y)"), "")


_ALPHABET = "abAB -,.æÆåÅıİſsSkK\u212a\u212b"  # Kelvin and Ångström signs fold too
_words = st.text(alphabet=_ALPHABET, min_size=1, max_size=4)


@st.composite
def _patterns(draw: st.DrawFn) -> re.Pattern[str]:
    """Small patterns of literals, alternations, optional and repeated parts and classes."""

    def part(depth: int) -> str:
        kind = draw(st.integers(0, 5 if depth < 2 else 1))
        if kind <= 1:
            return re.escape(draw(_words))
        if kind == 2:
            alts = draw(st.lists(st.just(0), min_size=2, max_size=3))
            return "(?:" + "|".join(part(depth + 1) for _ in alts) + ")"
        if kind == 3:
            return "(?:" + part(depth + 1) + ")" + draw(st.sampled_from(["?", "*", "+", "{1,2}"]))
        if kind == 4:
            return draw(st.sampled_from([r"\w", "[a-z]", r"(?<!\w)", r"\b", "."]))
        flag = draw(st.sampled_from(["i", "-i"]))
        return f"(?{flag}:" + part(depth + 1) + ")"

    body = "".join(part(0) for _ in range(draw(st.integers(1, 4))))
    flags = draw(st.sampled_from([0, re.IGNORECASE]))
    return re.compile(body, flags)


@settings(max_examples=400, deadline=None)
@given(regex=_patterns(), text=st.text(alphabet=_ALPHABET, max_size=30))
def test_gate_never_skips_a_match(regex: re.Pattern[str], text: str) -> None:
    if regex.search(text) is not None:
        assert may_match(regex, text)


@settings(max_examples=300, deadline=None)
@given(regex=_patterns(), data=st.data())
def test_gate_passes_texts_built_to_match(regex: re.Pattern[str], data: st.DataObject) -> None:
    # texts that hold a match: the pattern's own literal pieces, in any case
    pieces = re.findall(r"[^\\()|?*+{}\[\]:.]+", regex.pattern)
    text = " ".join(data.draw(st.sampled_from(pieces)) for _ in range(3)) if pieces else ""
    for variant in (text, text.upper(), text.lower()):
        if regex.search(variant) is not None:
            assert may_match(regex, variant)


@pytest.mark.parametrize("lang", ["en", "nb"])
def test_the_institution_head_gate_never_skips_a_head(lang: str) -> None:
    # speed22: an instance's pattern (built per language), gated where it is searched
    from anonkit.anonymize.recognizers.lower_institutions import LowerCaseInstitutionRecognizer

    any_head = LowerCaseInstitutionRecognizer(lang).any_head
    lines = [*_eval_lines(), "he was at the GENERAL HOSPITAL", "ho gjekk på Fjellsiden SKULE"]
    skipped = 0
    for text in lines:
        if any_head.search(text) is not None:
            assert may_match(any_head, text), text
        else:
            skipped += not may_match(any_head, text)
    assert skipped > 0


@settings(max_examples=300, deadline=None)
@given(
    pieces=st.lists(st.text(alphabet="ab .|(*", min_size=1, max_size=4), min_size=1, max_size=8),
    text=st.text(alphabet="ab .|(*x", max_size=30),
)
def test_trie_of_pieces_matches_where_their_alternation_does(
    pieces: list[str], text: str
) -> None:
    # speed22: gates search their pieces as a trie; only whether it matches may count
    trie = _alternation(pieces)
    plain = re.compile("|".join(re.escape(p) for p in pieces))
    assert trie is not None
    assert (trie.search(text) is None) == (plain.search(text) is None)
    assert _alternation([]) is None
