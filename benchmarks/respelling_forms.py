"""Real names, their ASR respellings and carrier sentences for benchmarks/respelling_stress.py.

Why a module of its own: the respelling rules are the benchmark's data and grow with every gap
found, while the runner that scores them stays small. Speech recognition writes a name it does
not know the way it sounds ("Kjersti" -> "Kjeshti", "Tønsberg" -> "Tonsberg", "Siobhan" ->
"Siovan", "Brumunddal" -> "brumund dal"), so a detector that leans on its lists loses exactly
the names it would otherwise know. Each rule is one cell: it is applied only to names where it
changes the word, and a respelled form that is itself a listed name or place, or a common word
of either language, is dropped, so a cell measures respelling, not list lookup. The names are
real ones from anonkit's own lists (called, never read from files): the lists carry no counts,
so "mid-frequency" is approximated by leaving out short names, words, big cities and countries
(``world_places``) and Norway's postal-only hamlets; a place that is also a person's name (and
the reverse) is left out too, so the expected type is clear. Nothing is read from evaluation
data.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from functools import cache

from name_forms import common, listed

SEED = 20261220
R = random.Random(SEED)  # reseeded per cell in respelling_stress.generate()
VOWELS = "aeiouyæøå"
Rule = Callable[[str, random.Random], str | None]  # lower-case name -> respelling or None


def words(s: str) -> list[str]:
    return s.split()


# --------------------------------------------------------------------------------------------
# name pools: (source, names) per language and family


def _ok(name: str, letters: str) -> bool:
    low = name.lower()
    return bool(re.fullmatch(f"[{letters}]{{4,12}}", low)) and not (
        low in common("nb") or low in common("en")
    )


@cache
def pools(lang: str, family: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Sources of real names: Norwegian towns (GeoNames, no postal-only hamlets), UK/Irish
    towns; Norwegian first names and surnames (immigrant names included); English first names
    and surnames, and the detection list's other first names (Irish, immigrant, neighbouring
    countries') that neither country's list has. Letters of the language only, 4-12 of them."""
    from anonkit.anonymize.names import all_first_names, all_surnames, first_names, surnames
    from anonkit.anonymize.places import (
        places,
        postal_villages,
        uk_districts,
        uk_towns,
        world_places,
    )

    persons = {n.lower() for n in (*all_first_names(), *all_surnames())}
    towns = {p.lower() for p in places() | world_places()}
    letters = "a-zæøå" if lang == "nb" else "a-z"
    if family == "place":
        raw = {
            "nb": [("town", places() - postal_villages() - world_places())],
            "en": [("town", uk_towns() - uk_districts() - places())],
        }[lang]
        avoid = persons
    else:
        other = set(all_first_names()) - set(first_names("nb")) - set(first_names("en"))
        raw = {
            "nb": [("first", first_names("nb")), ("surname", surnames("nb"))],
            "en": [("first", first_names("en")), ("surname", surnames("en")), ("other", other)],
        }[lang]
        avoid = towns
    return tuple(
        (src, tuple(sorted(n for n in names if _ok(n, letters) and n.lower() not in avoid)))
        for src, names in raw
    )


# --------------------------------------------------------------------------------------------
# respelling rules (on lower-case names)


def every(pattern: str, repl: str) -> Rule:
    """Every match of ``pattern`` replaced (ASR writes a sound the same way each time)."""
    return lambda w, r: re.sub(pattern, repl, w)


def one(pattern: str, repl: Callable[[str], str]) -> Rule:
    """One match of ``pattern``, picked at random, replaced by ``repl(match)``."""

    def rule(w: str, r: random.Random) -> str | None:
        found = list(re.finditer(pattern, w))
        if not found:
            return None
        m = r.choice(found)
        return w[: m.start()] + repl(m.group()) + w[m.end() :]

    return rule


def final_e(w: str, r: random.Random) -> str:
    """ "Molde" -> "Mold", "Haugen" -> "Haugn"."""
    return w[:-2] + "n" if w.endswith("en") else w[:-1] if w.endswith("e") else w


def silent(w: str, r: random.Random) -> str:
    """Silent letters dropped: "Knox" -> "Nox", "Wrexham" -> "Rexham", "Leigh" -> "Lei"."""
    return re.sub("(?<=[aeiou])gh", "", re.sub("^k(?=n)|^w(?=r)", "", w))


SOUND_ALIKE = dict(zip("dtgkbpvw", "tdkgpbwv", strict=True))
VOWEL_ALIKE = {"a": "e", "e": "a", "i": "e", "o": "u", "u": "o", "y": "i"}
SPLIT_ENDS = {
    "nb": words("dal vik stad berg fjord sund nes heim land haug våg øy by rud gard gård seter "
                "voll lia sand strand holm bø sen son rød mark fjell li"),
    "en": words("ton ham ford field wick bury ley borough worth mouth bridge well wood stone "
                "stead by land more moor dale port church hill burn son sey ling ington"),
}  # fmt: skip


NO_CUT = frozenset(words("ch sh th ph gh ck ng kj sj gj hv wr kn qu"))  # one sound each
ONSETS = frozenset(
    words("bl br dr fl fr gl gr kl kr pl pr sk skr sl sm sn sp spr st str sv tr tv th sh ch ph")
    + words("kj sj gj hv skj bj fj pj tj wr kn cl cr sc scr sw tw qu dw")
)  # consonant clusters a word can open on


def is_word(w: str) -> bool:
    return w in common("nb") or w in common("en")


def splitter(lang: str) -> Rule:
    """Two words at a plausible point, best first: before a place or surname ending ("brumund
    dal", "johan sen"), before or after a word ("kongs vinger", "cart wright"), else nearest the
    middle; the second part opens on a consonant or a cluster a word can open on ("yas min",
    "kri stoffer", not "ama nda"), and no digraph is cut ("ng", "kj", "ch"). None where the best
    split is two everyday words ("haug land"): ASR then wrote words, not a respelled name."""

    def rule(w: str, r: random.Random) -> str | None:
        def ok(i: int) -> bool:
            a, b = w[:i], w[i:]
            onset = re.match(f"[^{VOWELS}]*", b).group()  # type: ignore[union-attr]
            opens = onset in ONSETS or (len(onset) == 1 and onset not in "xq")
            return (
                w[i - 1 : i + 1] not in NO_CUT
                and bool(set(a) & set(VOWELS) and set(b) & set(VOWELS))
                and (b in SPLIT_ENDS[lang] or (min(len(a), len(b)) >= 3 and opens))
            )

        def rank(i: int) -> tuple:
            a, b = w[:i], w[i:]
            return (-3 * (b in SPLIT_ENDS[lang]) - 2 * is_word(b) - is_word(a),
                    abs(2 * i - len(w)), i)  # fmt: skip

        i = min(filter(ok, range(2, len(w) - 1)), key=rank, default=0)
        return None if not i or (is_word(w[:i]) and is_word(w[i:])) else f"{w[:i]} {w[i:]}"

    return rule


DOUBLED = r"([bdfgklmnprst])\1"
SINGLE = rf"(?<=[{VOWELS}])([bdfgklmnprst](?=[{VOWELS}])|[klmnpst]$)"  # "Aagot" -> "Aagott"
SHARED: list[tuple[str, Rule]] = [
    ("double>single", one(DOUBLED, lambda s: s[0])),
    ("single>double", one(SINGLE, lambda s: s * 2)),
]
RULES: dict[str, list[tuple[str, Rule]]] = {
    "nb": [
        ("å>a", every("å", "a")),
        ("å>aa", every("å", "aa")),
        ("ø>o", every("ø", "o")),
        ("ø>oe", every("ø", "oe")),
        ("æ>ae", every("æ", "ae")),
        ("æ>a", every("æ", "a")),
        ("kj>ch", every("(?<!s)kj", "ch")),
        ("kj>sh", every("(?<!s)kj", "sh")),
        ("sj/skj>sh", every("skj|sj", "sh")),
        ("rs>sh", every("rs", "sh")),
        *SHARED,
        ("final -e/-en", final_e),
        ("hv>v", every("hv", "v")),
        ("gj>j", every("gj", "j")),
        ("sound-alike", one("[dtgkbpvw]", SOUND_ALIKE.__getitem__)),
        ("split", splitter("nb")),
    ],
    "en": [
        ("bh/mh>v", every("bh|mh", "v")),
        ("ch>k", every("(?<![ts])ch", "k")),
        ("ch>sh", every("(?<![ts])ch", "sh")),
        ("ph>f", every("ph", "f")),
        ("ough>uff", every("ough", "uff")),
        ("ough>ow", every("ough", "ow")),
        ("silent kn/wr/gh", silent),
        ("vowel", one("[aeiouy]", VOWEL_ALIKE.__getitem__)),
        *SHARED,
        ("split", splitter("en")),
        ("drop final", lambda w, r: w[:-1]),
    ],
}


def respelt(lang: str, form: str, name: str) -> str | None:
    """``name`` respelled by rule ``form`` (lower case), or None where the rule does not change
    it or the result is a listed name or place or a common word (the splitter itself refuses a
    split into two everyday words)."""
    rule = dict(RULES[lang])[form]
    w = name.lower()
    out = rule(w, random.Random(f"{SEED}-{form}-{name}"))
    if not out or out == w:
        return None
    return None if out in listed() or is_word(out) else out


def surface(form: str, lang: str) -> str:
    """As Whisper writes it: capitalised, a split's second part lower-case when it is a word."""
    first, _, rest = form.partition(" ")
    if rest and rest not in common(lang):
        rest = rest.capitalize()
    return first.capitalize() + (f" {rest}" if rest else "")


@cache
def candidates(lang: str, family: str, form: str) -> tuple[tuple[tuple[str, str], ...], ...]:
    """Per source: (name, respelling) for every pool name the rule changes."""
    out = []
    for _, names in pools(lang, family):
        pairs = ((n, respelt(lang, form, n)) for n in names)
        out.append(tuple((n, r) for n, r in pairs if r))
    return tuple(src for src in out if src)


# --------------------------------------------------------------------------------------------
# carriers: "cue" sentences name the slot (residence, motion, origin; naming, apposition),
# "bare" ones do not (the name opens the sentence or follows a weak preposition)

CARRIERS: dict[str, dict[str, dict[str, list[str]]]] = {
    "nb": {
        "place": {
            "cue": ["Jeg bor i {} nå.", "Vi flytta til {} da jeg var sju.",
                    "Hun er fra {} opprinnelig.", "Han vokste opp i {}, egentlig."],
            "bare": ["{} var fint om sommeren.", "Vi kjørte forbi {} på veien hjem.",
                     "{} har forandra seg mye siden da.", "Det var mye snø rundt {} den vinteren."],
        },
        "person": {
            "cue": ["Hun heter {}, og hun er fra nord.", "Han het {}, den gamle naboen.",
                    "Vi kalte ham {} da han var liten.", "Kjæresten min, {}, var med."],
            "bare": ["{} ringte meg i går kveld.", "{} sa at det var greit.",
                     "Så kom {} inn døra.", "Jeg snakka med {} om det etterpå."],
        },
    },
    "en": {
        "place": {
            "cue": ["I grew up in {}.", "We moved to {} when I was seven.",
                    "She's from {} originally.", "He lives in {} now."],
            "bare": ["{} was lovely in the summer.", "We went past {} on the way.",
                     "{} has changed a lot since then.", "There was loads of snow round {} "
                     "that winter."],
        },
        "person": {
            "cue": ["She's called {}, and she's from up north.", "My mate {} came round.",
                    "His name was {}, the old neighbour.", "We called him {} when he was little."],
            "bare": ["{} said it was fine.", "{} rang me last night.", "Then {} came in.",
                     "I talked to {} about it afterwards."],
        },
    },
}  # fmt: skip
EXPECTED = {"person": "PERSON", "place": "LOCATION"}
