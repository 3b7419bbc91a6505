"""``digits.has_digit`` is ``any(ch.isdigit() for ch in text)``, for every code point."""

from __future__ import annotations

import sys

from anonkit.anonymize.digits import _IS_DIGIT, has_digit


def test_pattern_accepts_exactly_what_isdigit_accepts() -> None:
    wrong = [
        hex(cp)
        for cp in range(sys.maxunicode + 1)
        if (_IS_DIGIT.fullmatch(chr(cp)) is not None) != chr(cp).isdigit()
    ]
    assert wrong == []


def test_has_digit_on_lines() -> None:
    assert has_digit("ring meg på 22 33 44 55")
    assert has_digit("footnote²")  # a superscript digit is a digit to str.isdigit
    assert not has_digit("førtien femtito, no digits written")
    assert not has_digit("")
