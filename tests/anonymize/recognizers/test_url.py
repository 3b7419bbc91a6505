"""URL recognizer: schemes, www., bare domains with known TLDs; no false hits on abbreviations."""

from __future__ import annotations

import pytest
from recognizer_testkit import spans

from anonkit.anonymize.recognizers.url import UrlRecognizer


@pytest.fixture(scope="module")
def rec() -> UrlRecognizer:
    return UrlRecognizer("en")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("see https://example.org/path?q=1.", ["https://example.org/path?q=1"]),
        ("gå til www.example.no/side, takk", ["www.example.no/side"]),
        ("les mer på fjellro.no i dag", ["fjellro.no"]),
        # big public sites identify no one (spoken2)
        ("les mer på nrk.no i dag", []),
        ("søk på www.nav.no/uforetrygd", []),
        # an account on a social site names its owner (session 21)
        ("alt lå på instagram.com/kari_lund_88, bildene også", ["instagram.com/kari_lund_88"]),
        ("his page facebook.com/dean.okafor was full of it", ["facebook.com/dean.okafor"]),
        ("she's on tiktok.com/@moira.sings now", ["tiktok.com/@moira.sings"]),
        ("bare på facebook.com i det hele tatt", []),
        ("on youtube.com/ all day", []),
        ("the site example.co.uk works", ["example.co.uk"]),
        ("e.g. this", []),
        ("i.e. that", []),
        ("ved St.Olavs hospital", []),
        ("Hun sa det.Neste gang", []),
        ("fila rapport.docx", []),
        ("kari.nordmann@example.no", []),  # e-mail, not URL
        ("osv. og bl.a. dette", []),
        ("Jeg så det på Fjellro.no i går", ["Fjellro.no"]),
        ("Jeg så det på Finn.no i går", []),  # a big public site (spoken2)
        ("det var slutt.No mer", []),  # a lost space, not a site
    ],
)
def test_text_spans(rec: UrlRecognizer, text: str, expected: list[str]) -> None:
    assert [s for _t, s in spans(rec, text)] == expected
