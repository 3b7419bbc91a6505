"""Number words written as one word: a year or an amount, never a name (session 20)."""

from __future__ import annotations

import pytest

from anonkit.anonymize.numberwords import number_words_together


@pytest.mark.parametrize(
    ("word", "together"),
    [
        ("nittenåttifire", True),
        ("totusenogtolv", True),
        ("tohundreogfemti", True),
        ("sjuhundreogfire", True),
        ("tre", True),
        ("tromsø", False),
        ("tovetorp", False),
        ("femund", False),
        # session 31: "o"/"oh" are never written into a compound, and a compound of two-letter
        # parts only is a name
        ("otieno", False),  # o+ti+en+o
        ("tito", False),  # ti+to
        ("femtito", True),
        ("enogtjue", True),
    ],
)
def test_number_words_together(word: str, together: bool) -> None:
    assert number_words_together(word) is together
