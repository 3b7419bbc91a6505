"""Street addresses with the house number said as a word (detect3)."""

from __future__ import annotations

import pytest
from recognizer_testkit import spans

from anonkit.anonymize.recognizers.spoken_address import SpokenAddressRecognizer


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Vi bodde i Kongens gate seks, i Trondheim.", ["Kongens gate seks"]),
        ("Hun bor i Bakkeveien tjueto i Bergen.", ["Bakkeveien tjueto"]),
        ("Vi bodde i Storgata to.", ["Storgata to"]),
        ("We lived at forty-two Elm Road in Hull.", ["forty-two Elm Road"]),
        # "to" as a word, no number at all
        ("Jeg gikk Storgata to ganger.", []),
        ("Vi bodde i Storgata.", []),
    ],
)
def test_spoken_address(text: str, found: list[str]) -> None:
    assert [t for _, t in spans(SpokenAddressRecognizer("nb"), text)] == found
