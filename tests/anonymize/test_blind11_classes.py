"""Classes of the blind11 session, English (session 23; invented lines, each class with a
name or place beside it that must still be replaced, and in lower case too)."""

from __future__ import annotations

import pytest
from detect_helpers import assert_kept_and_replaced, by_action


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a word the clause after it explains (recognizers/opener_clauses.py)
        ("Gospel, he's the porter, he's from Kitwe originally.", ["Gospel"]),
        ("Bottom, near Ilkley, my gran had a cottage there.", ["Bottom"]),
        ("Ransom was the ward sister on nights.", ["Ransom"]),
        ("Blossom from the crisis team, she rang every morning.", ["Blossom"]),
        ("We lived in Nasty, a tiny hamlet near Ware.", ["Nasty"]),
        # a job in a town whose name is a word; an English place of hyphened parts; a
        # religious building's own head; a trading name after "at"
        ("then my wife got a job in grays so we moved", ["grays"]),
        ("I went to school in Houghton-le-Spring.", ["Houghton-le-Spring"]),
        ("we go to jamia masjid on a friday", ["jamia masjid"]),
        ("He was at Corrib Plastics in Tuam for years.", ["Corrib Plastics"]),
        # the title still names a hospital ("Our Lady's"), and "our Tracy" a sister
        ("She was in Our Lady's in Crumlin for a month.", ["Our Lady's"]),
        ("I went to see our Tracy in Hull.", ["Tracy"]),
        # an NI number with its cue after it, in the same sentence
        ("k m four one two two nine oh b, that's my national insurance",
         ["k m four one two two nine oh b"]),
    ],
)
def test_names_replaced_as_written_and_lower_case(en, text: str, names: list[str]) -> None:
    for line in (text, text.lower()):
        got, _ = by_action(en, line)
        for name in names:
            assert any(name.lower() in r.lower() for r in got), (line, name, got)


@pytest.mark.parametrize(
    ("text", "kept", "replaced"),
    [
        # an auxiliary opening a question is no name
        ("Are you still in touch with Siobhan?", "Are", ["Siobhan"]),
        # spoken parent words after a possessive are the relation
        ("my ma's from finglas and my da's from cabra", "ma", ["finglas"]),
        # holidays and saints' days (holidays_en.txt) and titles of Mary
        ("St Stephen's Day I was in Beaumont with Declan.", "Stephen", ["Declan"]),
        ("Vaisakhi was the first time Harpreet came home.", "Vaisakhi", ["Harpreet"]),
        # session 27: festivals by the names immigrant speakers use, and names of God
        ("At Meskel Selam always cooks for the whole ward.", "Meskel", ["Selam"]),
        ("Waheguru, my mum says, and Jaspal laughs.", "Waheguru", ["Jaspal"]),
        # a saint's day said as an adjective ("a Valentine's baby"); the person's genitive
        # stays a name (test below)
        ("She was a Valentine's baby, like her sister Noreen.", "Valentine", ["Noreen"]),
        # a capitalized "Our" mid-sentence opens a title, not the dialect kinship "our"
        ("I prayed to Our Lady and my nan Bridie did too.", "Lady", ["Bridie"]),
        # a job is held in a place, and in a month
        ("i got a job in march, and Kasia got one in June", "march", ["Kasia"]),
        # list classes: snacks, platforms, a lithium brand, a band, a sitcom, a children's book
        ("Gráinne lived on Pot Noodle and the odd Ginsters.", "Pot Noodle", ["Gráinne"]),
        ("Nadia was on Pinterest all night.", "Pinterest", ["Nadia"]),
        ("Camcolit made Declan's hands shake.", "Camcolit", ["Declan"]),
        ("Kyle sang the Stereophonics all night.", "Stereophonics", ["Kyle"]),
        ("We watched Rab C. Nesbitt with Morag.", "Nesbitt", ["Morag"]),
        ("Aoife read me The Gruffalo again.", "Gruffalo", ["Aoife"]),
        # discourse words before the shapes of opener_clauses stay words
        ("Honestly, he's the best porter in Leeds.", "Honestly", ["Leeds"]),
        # session 27: an -ly adverb before an apposition names no one
        ("Frankly, my keyworker, Dympna Carolan, saved me.", "Frankly", ["Dympna"]),
        ("Later, in Leeds, Shona found a flat.", "Later", ["Shona"]),
    ],
)
def test_words_kept_names_replaced(en, text: str, kept: str, replaced: list[str]) -> None:
    assert_kept_and_replaced(en, text, kept, replaced)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Valentine's mum rang me from Cork.", "Valentine"),
        ("I met Patrick's brother in Sligo.", "Patrick"),
    ],
)
def test_a_saints_name_with_no_determiner_stays_a_name(en, text: str, name: str) -> None:
    got, _ = by_action(en, text)
    assert any(name in r for r in got), got


def test_a_month_name_in_talk_of_months_is_asked_about_not_replaced(en) -> None:
    """Session 27: "May" beside "month" or another month is flagged, never replaced nor kept
    silently (it may still be someone called May)."""
    replaced, flagged = by_action(en, "May was a bad month, and Orla came to see me.")
    assert "May" not in replaced and "May" in flagged
    assert any("Orla" in r for r in replaced)
