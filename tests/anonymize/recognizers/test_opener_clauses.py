"""A word the sentence explains right after it (session 23, blind11 as development material).

Invented lines: what the clause after the word says makes it a person or a place; discourse
words, kinship words, services and everyday place nouns in the same slot stay words.
"""

from __future__ import annotations

import pytest

from anonkit.anonymize.recognizers.opener_clauses import OpenerClauseRecognizer


@pytest.fixture(scope="module")
def recognizer() -> OpenerClauseRecognizer:
    return OpenerClauseRecognizer("en")


def _found(recognizer: OpenerClauseRecognizer, text: str) -> list[tuple[str, str]]:
    return [(t, text[s:e]) for s, e, t, _ in sorted(recognizer.find(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 1. a word set off by a comma, then "he's/she's the <role>" or "… from <place>"
        ("Tansy, she's the ward clerk, she's from Harare.", [("PERSON", "Tansy")]),
        ("Gospel, he's the porter on nights.", [("PERSON", "Gospel")]),
        ("Patience, she was from Kano originally.", [("PERSON", "Patience")]),
        ("tansy, she's the ward clerk, she's from harare.", [("PERSON", "tansy")]),
        ("Honestly, he's the best nurse there.", []),
        ("Anyway, she's from Leeds.", []),
        ("Sundays, he's the chaplain at the hospice.", []),
        ("Yeah, she's the manager now.", []),
        ("Mum, she's the carer really.", []),
        ("Work, he's the manager there.", []),
        ("Tired, she was from the start.", []),
        ("Nurse, she's the one I mean.", []),
        ("Strange, she was from Leeds all along.", []),
        ("Funny, he's the porter now.", []),
        ("Sorry, she's the manager here.", []),
        ("Love, she's the nurse you want.", []),
        ("Imagine, he was from Leeds.", []),
        ("Erm, she's the nurse on nights.", []),
        ("Shame, he was from Leeds as well.", []),
        # 2. "<word> was/is the <role>" at a sentence start
        ("Bounty was the night porter, always whistling.", [("PERSON", "Bounty")]),
        ("Ransom was the ward sister, strict but kind.", [("PERSON", "Ransom")]),
        ("Thatcher is the healthcare assistant on days.", [("PERSON", "Thatcher")]),
        ("thatcher was the charge nurse on my ward", [("PERSON", "thatcher")]),
        ("Money was the problem, not the nurse.", []),
        ("Cleaning was the porter's job.", []),
        ("Next was the consultant.", []),
        ("Music was the friend I needed.", []),
        ("That was the nurse who helped.", []),
        ("Nurses were the ones who cared.", []),
        ("Dad was the driver that day.", []),
        ("Hedge was our charge nurse, very fair.", [("PERSON", "Hedge")]),
        ("Bounty was a porter there for years.", [("PERSON", "Bounty")]),
        ("Running was my therapist, honestly.", []),
        ("Sunday was a carer's day off.", []),
        ("Nursing was a calling for her.", []),
        # 2b. "<word> from the <team>, she/he <verb>"
        ("Blossom from the crisis team, she rang every morning.", [("PERSON", "Blossom")]),
        ("Honour from the housing team, he came out twice.", [("PERSON", "Honour")]),
        ("Apart from the crisis team, she had nobody.", []),
        ("Support from the outreach team, it made all the difference.", []),
        ("Help from the crisis team, she said, was slow.", []),
        ("Letters from the council, he never opened them.", []),
    ],
)
def test_persons(recognizer, text, expected) -> None:
    assert _found(recognizer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 3. "<word>, in/near <place>" at a sentence start: the word is a place too
        ("Bottom, near Ilkley, my gran lived there.", [("LOCATION", "Bottom")]),
        ("Great Snoring, in Norfolk, that's the village.", [("LOCATION", "Great Snoring")]),
        ("muff, in donegal, we had a caravan there.", [("LOCATION", "muff")]),
        # session 38: gunnerside is a listed (postal) place now, the gazetteer's to find
        ("crackpot, near gunnerside, my uncle farmed there.", [("LOCATION", "crackpot")]),
        ("Later, in Leeds, I found a flat.", []),
        ("Yes, in Leeds.", []),
        ("Mum, in Leeds, she was on her own.", []),
        ("Work, in Leeds, was hard.", []),
        ("Christmas, in Leeds, was lovely.", []),
        ("School, near Leeds, was rough.", []),
        ("later, in leeds, i found a flat.", []),
        ("bed, in the end, was where i stayed.", []),
        ("Parties, in Leeds, were wild.", []),
        ("Brilliant, that's where I met him.", []),
        # 4. "<word>, that's where <someone> …"
        ("Nettle, that's where my dad's family farmed.", [("LOCATION", "Nettle")]),
        ("nettle, that's where my dad's family farmed.", [("LOCATION", "nettle")]),
        ("Well, that's where it all went wrong.", []),
        ("Yeah, that's where I met him.", []),
        ("Home, that's where my heart is.", []),
        ("Church, that's where I met her.", []),
        ("Rehab, that's where I met him.", []),
        # 5. "<prep> <word>, a (wee) village/town near|in <place>"
        ("I grew up in Matching, a wee village near Ongar.", [("LOCATION", "Matching")]),
        ("We lived in Nasty, a tiny hamlet in Hertfordshire.", [("LOCATION", "Nasty")]),
        ("i grew up in matching, a wee village near ongar", [("LOCATION", "matching")]),
        ("We stayed in town, a big town near Leeds.", []),
        ("I went back to the house, a small place near the park.", []),
        ("It was lovely, a quiet village near York.", []),
    ],
)
def test_places(recognizer, text, expected) -> None:
    assert _found(recognizer, text) == expected


def test_norwegian_reads_nothing() -> None:
    assert list(OpenerClauseRecognizer("nb").find("Tansy, she's the ward clerk.")) == []
