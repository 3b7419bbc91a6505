"""Community trusts and helplines rung by name (blind10 session;
``recognizers/named_services.py``): invented lines, with the everyday phrases that share the
shapes ("care in the community", "rang the crisis line", "called social services")."""

from __future__ import annotations

import pytest

from anonkit.anonymize.recognizers import _base
from anonkit.anonymize.recognizers.named_services import NamedServiceRecognizer


def _found(text: str) -> list[str]:
    rec = NamedServiceRecognizer("en")
    found = sorted(rec.analyze(text, None, None), key=lambda r: r.start)
    return [text[r.start : r.end] for r in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Spurs in the Community ran the walking football.", ["Spurs in the Community"]),
        ("i did a course with burnley in the community last spring",
         ["burnley in the community"]),
        ("it was all care in the community back then", []),
        ("We were just in the community, like, doing our bit.", []),
        # helplines and charities rung, phoned or texted by their name
        ("i rang breathing space instead", ["breathing space"]),
        ("my mum phoned home start and they sent someone", ["home start"]),
        ("so i called safe haven, they were brilliant", ["safe haven"]),
        # determiners, possessives, services, numbers, adverbs, first names: words
        ("i rang the crisis line and they were useless", []),
        ("i called social services about it", []),
        ("she phoned my mum, then my dad", []),
        ("he rang nine nine nine", []),
        ("he rang back later", []),
        ("i phoned work sick, again", []),
        ("i rang mental health, they hung up", []),
        ("i rang sarah jones, she came over", []),
        ("a big fella called torcuil gillanders.", []),  # "called": named
        # times, messages and departments after the verb
        ("i phoned last night and nobody answered", []),
        ("she texted happy birthday, that was it", []),
        ("i emailed human resources about it", []),
        ("i rang sick pay, they were useless", []),
    ],
)
def test_named_services(text: str, expected: list[str]) -> None:
    assert _found(text) == expected


def test_lines_with_capitals_take_no_contacted_pair() -> None:
    assert _found("So I rang breathing space instead.") == []
    assert _base.lower_case_line("i rang x", 3)
