"""Sourced list classes of session 24 (en24): UK brand names of psychiatric medicines, soaps
and long-running programmes, entertainers who spoke about their mental health, car models,
health identity numbers' names, school subjects, Christian denominations (invented lines;
each with a name or place beside it that must still be replaced, and lines where the same
first name alone is a person)."""

from __future__ import annotations

import pytest
from detect_helpers import assert_kept_and_replaced, by_action


@pytest.mark.parametrize(
    ("text", "kept", "replaced"),
    [
        # medicines by UK brand name (BNF chapter 4)
        ("Dr Okafor put me on Lustral, then Molipaxin at night.", "Lustral", ["Okafor"]),
        ("I had the Depixol injection every fortnight in Barnsley.", "Depixol", ["Barnsley"]),
        ("they switched me from melleril to sparine, my nan was on it too", "melleril", []),
        # programmes and the Angelus
        ("We'd watch Glenroe with Aunt Brid every Sunday.", "Glenroe", ["Brid"]),
        ("Top of the Pops was the only thing Gerard let us watch.", "Top of the Pops", ["Gerard"]),
        ("the angelus came on and my granny blessed herself", "angelus", []),
        # people known for speaking about their own mental health, by full name
        ("Ruby Wax wrote a book about it, my friend Sorcha lent it me.", "Ruby Wax", ["Sorcha"]),
        ("Frank Bruno talked about his breakdown on the telly.", "Frank Bruno", []),
        # car models
        ("It was a blue Zafira, Tadhg's, parked in Omagh.", "Zafira", ["Tadhg", "Omagh"]),
        ("my dad had a kuga and then a berlingo van", "kuga", []),
        # names of identity numbers
        (
            "My Health and Care Number is on the letter from Dr Quigley.",
            "Health and Care",
            ["Quigley"],
        ),
        # school subjects by abbreviation
        ("Our PSHE teacher was Mrs Adeyemi, she was great.", "PSHE", ["Adeyemi"]),
        ("I hated PE, the ICT room was where I hid.", "ICT", []),
        # Christian denominations (religion words)
        ("There's a Methodist chapel in Hebden Bridge where Nia sang.", "Methodist", ["Nia"]),
        ("My gran was Presbyterian and my grandad was from Cork.", "Presbyterian", ["Cork"]),
    ],
)
def test_words_kept_names_replaced(en, text: str, kept: str, replaced: list[str]) -> None:
    assert_kept_and_replaced(en, text, kept, replaced, whole=True)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ruby came round with the dog on Sunday.", "Ruby"),  # a first name alone: a person
        ("My friend Frank drove me to Preston.", "Frank"),
        ("Mrs Wax taught us maths.", "Wax"),  # a surname after a title
    ],
)
def test_first_names_of_listed_people_alone_are_still_people(en, text: str, name: str) -> None:
    got, _ = by_action(en, text)
    assert any(name in r for r in got), got


@pytest.mark.parametrize(
    ("text", "kept", "replaced"),
    [
        # a saint's day said by the saint's short form, after a determiner
        ("She's an Andy's Day baby, like her cousin Morven.", "Andy", ["Morven"]),
        ("We went to the Paddy's Day parade with Cathal.", "Paddy", ["Cathal"]),
        ("every steve's day we'd go to my aunt's in tralee", "steve", ["tralee"]),
    ],
)
def test_saints_days_by_short_form(en, text: str, kept: str, replaced: list[str]) -> None:
    assert_kept_and_replaced(en, text, kept, replaced)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Andy's day off was a Tuesday.", "Andy"),  # no determiner: his day
        ("I met Paddy's brother in Sligo.", "Paddy"),
        ("Steve's mum rang me from Cork.", "Steve"),
    ],
)
def test_a_short_form_with_no_determiner_stays_a_name(en, text: str, name: str) -> None:
    got, _ = by_action(en, text)
    assert any(name in r for r in got), got
