"""Norwegian sports clubs by their short name in a sports context (session 23, nb23).

Why: a club is said by its short name ("Glimt", "Brann", "Stjernen"), and most short names
are everyday words or places, so neither the name lists nor the NER model take them
("Glimt vant" leaked silently). The club list (``data/sports_clubs_nb.txt``, top divisions
of football, ice hockey and handball) is read only where the sentence is about sport: the
club as subject of ``vant``/``tapte``/``spilte``/``rykket ned`` or after ``mot``, ``heia
på``, ``fan av`` or ``spilte <sport> på/i``; a slash-joined pair of names before a sports
verb ("Ull/Kisa spilte") is a club too. Cases invented for the rule.
"""

from __future__ import annotations

import pytest
from detect_helpers import by_action

from anonkit.anonymize.entity_types import ORGANIZATION


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Brann tapte, og pappa var sur hele kvelden.", "Brann"),
        ("Start rykket ned igjen, og broren min gråt.", "Start"),
        ("Da Viking vant serien, var jeg tolv.", "Viking"),
        ("Vi heia på Sparta hele barndommen.", "Sparta"),
        ("han var fan av godset, helt syk", "godset"),
        ("glimt slo rosenborg i finalen", "glimt"),
        ("han spilte håndball i vipers som ung", "vipers"),
        ("hun trente hockey på frisk i mange år", "frisk"),
        ("Storhamar tapte mot Frisk i kveld", "Frisk"),
        # a slash-joined pair before a sports verb
        ("Strand/Vik spilte mot et lag fra byen.", "Strand/Vik"),
        ("nord/sør vant to-null", "nord/sør"),
    ],
)
def test_club_in_sports_context_replaced(nb, text: str, span: str) -> None:
    found = nb.detect(text)
    assert any(
        e.text == span and e.action == "replace" and e.type == ORGANIZATION for e in found
    ), [(e.text, e.action, e.type) for e in found]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # the same words outside sport
        ("Jeg så et glimt av henne i vinduet.", "glimt"),
        ("Det var brann i huset da jeg var liten.", "brann"),
        ("Det var en god start på dagen.", "start"),
        ("lyn slo ned i treet bak huset", "lyn"),
        ("Han er frisk nå, og vant til å jobbe.", "frisk"),
        # a sport verb whose subject is no club
        ("Jeg vant i lotto en gang.", "Jeg"),
        ("Laget tapte, men det gjorde ikke noe.", "Laget"),
        ("Mamma vant alltid i kortspill.", "Mamma"),
        # a venue after "spilte <sport> på", and slashes that are no clubs
        ("vi spilte fotball på banen bak skolen", "banen"),
        ("han spilte hockey på isen hver vinter", "isen"),
        ("Han/hun spilte mot meg i sjakk.", "Han/hun"),
        ("Det var en eller annen fot/ball greie.", "fot/ball"),
    ],
)
def test_not_a_club(nb, text: str, word: str) -> None:
    replaced, flagged = by_action(nb, text)
    assert all(word not in s for s in replaced + flagged), (replaced, flagged)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a club word that is also a place or a sun: no club without a sports verb
        ("sola spilte på vannet om kvelden", "sola"),
    ],
)
def test_no_club_type(nb, text: str, word: str) -> None:
    found = nb.detect(text)
    assert not any(word in e.text and e.type == ORGANIZATION for e in found), found


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # an everyday definite word after "spilte <sport> på" that no list knows: shown
        ("han spilte hockey på fjellreven før skaden", "fjellreven"),
    ],
)
def test_unknown_club_word_flagged(nb, text: str, word: str) -> None:
    replaced, flagged = by_action(nb, text)
    assert any(word in s for s in replaced + flagged), (replaced, flagged)
