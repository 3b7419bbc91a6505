"""Project dictionary: names the team knows will occur, each with a type and fixed pseudonym.

Layer 1 of detection (design.md §4) and the highest-priority recognizer. A steward lists
participants, relatives, staff, wards and towns once; every transcript of the project is
then matched against the list, including the forms speech recognition produces:

- case-insensitive ("irene", "IRENE"); a lower-case hit on a common word ("per") scores
  low, so it becomes a flag for the steward instead of a silent replacement;
- inflections: "Irene's", "Irenes", "Agnes'";
- parts of a person's name: first name alone, surname alone, full name;
- near misses: Levenshtein distance ≤ 1 (≤ 2 from 9 letters) and a Norwegian-aware phonetic
  key ("Pederson" ~ "Pedersen", "Christian" ~ "Kristian"), on capitalized tokens only.

File formats (chosen by suffix): ``.json`` (``{"version": 1, "entries": [...]}`` or a list),
``.csv`` (header ``name,type,pseudonym,aliases``; aliases separated by ``;``) and ``.toml``
(``[[entry]]`` tables). Each entry: ``name`` (required), ``type`` (PERSON, LOCATION,
ORGANIZATION … or person/place/org/ward/staff), ``pseudonym`` (optional), ``aliases``.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import tomllib
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")  # before presidio: offline

from presidio_analyzer import EntityRecognizer, RecognizerResult

from anonkit.anonymize import entity_types as et
from anonkit.anonymize.pseudonyms import split_genitive
from anonkit.errors import InputError

FORMAT_VERSION = 1
RECOGNIZER_NAME = "project-dictionary"

SCORE_EXACT = 1.0
SCORE_INFLECTED = 0.95
SCORE_FUZZY = 0.8
SCORE_PHONETIC = 0.75
SCORE_LOWER_COMMON = 0.4  # lower-case hit on a common word: flag, don't replace

_TYPE_ALIASES: dict[str, str] = {
    "person": et.PERSON, "participant": et.PERSON, "relative": et.PERSON,
    "staff": et.PERSON, "name": et.PERSON,
    "location": et.LOCATION, "place": et.LOCATION, "town": et.LOCATION, "city": et.LOCATION,
    "organization": et.ORGANIZATION, "organisation": et.ORGANIZATION, "org": et.ORGANIZATION,
    "institution": et.ORGANIZATION, "ward": et.ORGANIZATION, "hospital": et.ORGANIZATION,
}  # fmt: skip

# Words before a name that are not part of it ("Dr. Hansen", "fru Olsen"): kept as they
# are, never recorded as a name part (a part "Dr." would make every "Dr." a leak).
TITLES = frozenset(
    [
        "dr",
        "dr.",
        "doktor",
        "prof",
        "prof.",
        "professor",
        "fru",
        "frue",
        "herr",
        "frøken",
        "sykepleier",
        "lege",
        "mr",
        "mr.",
        "mrs",
        "mrs.",
        "ms",
        "ms.",
        "miss",
        "mx",
        "sir",
        "nurse",
        "doctor",
        "onkel",
        "tante",
        "bestemor",
        "bestefar",
        "farmor",
        "farfar",
        "mormor",
        "morfar",
        "uncle",
        "aunt",
        "grandma",
        "grandpa",
        # session 35: clergy titles ("Reverend Steward"), as recognizers/_context_words.TITLES
        "reverend",
        "revd",
        "pastor",
        "canon",
        "rabbi",
        "imam",
    ]
)

# A word: letters/digits, with inner hyphens or apostrophes ("Anne-Marie", "Irene's").
TOKEN_RE = re.compile(r"\w+(?:[-'’]\w+)*")


def phonetic_key(word: str) -> str:
    """A Norwegian-aware sound-alike key: equal keys = probably the same spoken name.

    ph→f, th→t, ch/ck/c/q→k (c before e/i→s), w→v, z→s, x→ks, aa→å, hj/gj→j; -son/-sson/
    -sen→sen; doubled letters collapse; y→i; a final e drops. Hand-written because
    metaphone-style algorithms are English-only.
    """
    s = unicodedata.normalize("NFKC", word).lower()
    s = re.sub(r"[^\wæøå]", "", s)
    s = s.replace("aa", "å")
    s = re.sub(r"c(?=[eiy])", "s", s)
    for a, b in (("ph", "f"), ("th", "t"), ("ch", "k"), ("ck", "k"), ("qu", "kv"), ("q", "k"),
                 ("c", "k"), ("w", "v"), ("z", "s"), ("x", "ks"), ("hj", "j"), ("gj", "j"),
                 ("dt", "t"), ("é", "e"), ("ü", "y")):  # fmt: skip
        s = s.replace(a, b)
    s = re.sub(r"(.)\1+", r"\1", s)
    s = re.sub(r"s[oe]n$", "sen", s)
    s = s.replace("y", "i")
    if len(s) >= 3 and s.endswith("e"):
        s = s[:-1]
    return s


def normalize_type(value: str) -> str:
    """Accept entity type names and friendly synonyms (``place``, ``ward``)."""
    upper = value.strip().upper()
    if upper in et.ENTITY_TYPES:
        return upper
    lowered = value.strip().lower()
    if lowered in _TYPE_ALIASES:
        return _TYPE_ALIASES[lowered]
    raise InputError(
        f"unknown entity type {value!r} in the project dictionary; use one of "
        f"{', '.join(sorted(et.ENTITY_TYPES))}"
    )


@dataclass(frozen=True)
class DictionaryEntry:
    """One known name. ``name`` is the full form ("Irene Johansen")."""

    name: str
    type: str = et.PERSON
    pseudonym: str | None = None
    aliases: tuple[str, ...] = ()

    @property
    def forms(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"name": self.name, "type": self.type}
        if self.pseudonym:
            out["pseudonym"] = self.pseudonym
        if self.aliases:
            out["aliases"] = list(self.aliases)
        return out


@dataclass(frozen=True)
class DictionaryMatch:
    """A dictionary hit in a text: ``entries`` are indices into ``ProjectDictionary.entries``
    (several when a first name is shared), ``how`` is exact/inflected/fuzzy/phonetic."""

    start: int
    end: int
    text: str
    entries: tuple[int, ...]
    how: str
    score: float
    type: str


@dataclass(frozen=True)
class _Part:
    entry: int
    form: int
    index: int  # position of the token in the form
    count: int  # tokens in the form


@dataclass
class ProjectDictionary:
    """The project's known names; build with :meth:`load`, :meth:`from_json` or directly."""

    entries: tuple[DictionaryEntry, ...] = ()
    lang: str = "nb"
    _index: dict[str, list[_Part]] = field(default_factory=dict, init=False, repr=False)
    _phonetic: dict[str, set[str]] = field(default_factory=dict, init=False, repr=False)
    _vocab: list[str] = field(default_factory=list, init=False, repr=False)
    _common: frozenset[str] | None = field(default=None, init=False, repr=False)

    def __post_init__(self) -> None:
        self.entries = tuple(self.entries)
        for i, entry in enumerate(self.entries):
            for f, form in enumerate(entry.forms):
                tokens = TOKEN_RE.findall(form)
                for j, tok in enumerate(tokens):
                    if (
                        entry.type == et.PERSON
                        and len(tokens) > 1
                        and (len(tok) < 2 or tok.lower() in TITLES or tok.lower() + "." in TITLES)
                    ):
                        continue  # "Dr", an initial: never a name on its own
                    part = _Part(i, f, j, len(tokens))
                    self._index.setdefault(tok.lower(), []).append(part)
                    key = phonetic_key(tok)
                    if len(key) >= 3:
                        self._phonetic.setdefault(key, set()).add(tok.lower())
        self._vocab = sorted(self._index)

    # --- loading ---------------------------------------------------------------------------

    @classmethod
    def load(cls, path: str | Path, lang: str = "nb") -> ProjectDictionary:
        """Read a dictionary file (.json, .csv, .toml); InputError with the reason if unusable."""
        path = Path(path)
        try:
            raw = path.read_bytes()
        except OSError as exc:
            raise InputError(f"cannot read project dictionary {path}: {exc.strerror}") from exc
        suffix = path.suffix.lower()
        try:
            if suffix == ".json":
                return cls.from_json(raw, lang)
            if suffix == ".toml":
                data = tomllib.loads(raw.decode("utf-8"))
                return cls.from_records(data.get("entry", data.get("entries", [])), lang)
            if suffix in (".csv", ".tsv"):
                text = raw.decode("utf-8-sig")
                reader = csv.DictReader(
                    io.StringIO(text), delimiter="\t" if suffix == ".tsv" else ","
                )
                records = [
                    {**row, "aliases": [a.strip() for a in (row.get("aliases") or "").split(";")]}
                    for row in reader
                ]
                return cls.from_records(records, lang)
        except (UnicodeDecodeError, json.JSONDecodeError, tomllib.TOMLDecodeError) as exc:
            raise InputError(f"project dictionary {path} is not valid {suffix[1:]}: {exc}") from exc
        raise InputError(
            f"project dictionary {path}: unknown format {suffix!r}; use .json, .csv or .toml"
        )

    @classmethod
    def from_json(cls, raw: bytes | str, lang: str = "nb") -> ProjectDictionary:
        data = json.loads(raw)
        if isinstance(data, dict):
            version = data.get("version", FORMAT_VERSION)
            if version != FORMAT_VERSION:
                raise InputError(f"project dictionary format version {version} is not supported")
            data = data.get("entries", [])
        return cls.from_records(data, lang)

    @classmethod
    def from_records(cls, records: Iterable[dict[str, Any]], lang: str = "nb") -> ProjectDictionary:
        entries = []
        for n, rec in enumerate(records, 1):
            name = str(rec.get("name") or "").strip()
            if not name:
                raise InputError(f"project dictionary entry {n} has no name")
            aliases = rec.get("aliases") or ()
            if isinstance(aliases, str):
                aliases = aliases.split(";")
            entries.append(
                DictionaryEntry(
                    name=name,
                    type=normalize_type(str(rec.get("type") or "PERSON")),
                    pseudonym=(str(rec["pseudonym"]).strip() or None)
                    if rec.get("pseudonym")
                    else None,
                    aliases=tuple(a.strip() for a in aliases if a and a.strip()),
                )
            )
        return cls(tuple(entries), lang)

    def to_json(self) -> bytes:
        """Serialise (for storing the dictionary in the vault's identifiable tier)."""
        doc = {"version": FORMAT_VERSION, "entries": [e.to_json() for e in self.entries]}
        return json.dumps(doc, ensure_ascii=False, indent=1).encode("utf-8")

    # --- matching --------------------------------------------------------------------------

    def _common_words(self) -> frozenset[str]:
        if self._common is None:
            from anonkit.anonymize.wordlists import common_words

            self._common = common_words(self.lang)
        return self._common

    def _token_parts(self, tok: str) -> tuple[list[_Part], str, float]:
        """Dictionary parts a token may be, how it matched, and the score."""
        lower = tok.lower()
        if lower in self._index:
            parts = self._index[lower]
            if tok.islower() and lower in self._common_words():
                return parts, "exact", SCORE_LOWER_COMMON
            return parts, "exact", SCORE_EXACT
        base, suffix = split_genitive(lower, lambda b: b in self._index)
        if suffix:
            return self._index[base], "inflected", SCORE_INFLECTED
        if not tok[:1].isupper() or len(tok) < 4 or lower in self._common_words():
            return [], "", 0.0
        key = phonetic_key(tok)
        if key in self._phonetic:
            parts = [p for form in sorted(self._phonetic[key]) for p in self._index[form]]
            return parts, "phonetic", SCORE_PHONETIC
        if len(tok) >= 5:
            from rapidfuzz import process
            from rapidfuzz.distance import Levenshtein

            limit = 2 if len(tok) >= 9 else 1
            hit = process.extractOne(
                lower, self._vocab, scorer=Levenshtein.distance, score_cutoff=limit
            )
            if hit is not None and abs(len(hit[0]) - len(lower)) <= limit and len(hit[0]) >= 4:
                return self._index[hit[0]], "fuzzy", SCORE_FUZZY
        return [], "", 0.0

    def find(self, text: str) -> list[DictionaryMatch]:
        """Every dictionary hit in ``text``, longest runs first merged, in text order."""
        if not self.entries:
            return []
        tokens: list[tuple[int, int, str]] = []
        looked: list[tuple[list[_Part], str, float]] = []
        for m in TOKEN_RE.finditer(text):
            found = self._token_parts(m.group())
            if found[0] or "-" not in m.group():
                tokens.append((m.start(), m.end(), m.group()))
                looked.append(found)
                continue
            # "Johansen-familien": look at each hyphen-separated piece on its own.
            pos = m.start()
            for piece in m.group().split("-"):
                if piece:
                    tokens.append((pos, pos + len(piece), piece))
                    looked.append(self._token_parts(piece))
                pos += len(piece) + 1
        order = {"exact": 0, "inflected": 1, "fuzzy": 2, "phonetic": 3}
        matches: list[DictionaryMatch] = []
        i = 0
        while i < len(tokens):
            parts = looked[i][0]
            if not parts:
                i += 1
                continue
            # Extend a run over following tokens that continue the same form.
            best_j, best_parts = i, parts
            live = parts
            j = i
            while j + 1 < len(tokens):
                gap = text[tokens[j][1] : tokens[j + 1][0]]
                if gap not in (" ", "-") or not looked[j + 1][0]:
                    break
                nxt = [
                    q
                    for q in looked[j + 1][0]
                    for p in live
                    if q.entry == p.entry and q.form == p.form and q.index == p.index + 1
                ]
                if not nxt:
                    break
                live = nxt
                j += 1
                best_j, best_parts = j, nxt
            run = looked[i : best_j + 1]
            run_how = max((r[1] for r in run), key=lambda h: order[h])
            run_score = min(r[2] for r in run)
            span_len = best_j - i
            # Persons match by any part (first name alone); other types only by a whole form.
            keep = [
                p
                for p in best_parts
                if self.entries[p.entry].type == et.PERSON
                or (p.index == p.count - 1 and p.index - span_len == 0)
            ]
            entries = tuple(sorted({p.entry for p in keep}))
            if entries:
                start, end = tokens[i][0], tokens[best_j][1]
                if text[end : end + 1] in ("'", "’") and text[end - 1 : end].lower() in "sxz":
                    end += 1  # "Agnes'" – the genitive apostrophe belongs to the name
                matches.append(
                    DictionaryMatch(
                        start, end, text[start:end], entries, run_how, run_score,
                        self.entries[entries[0]].type,
                    )
                )  # fmt: skip
            i = best_j + 1
        return matches

    def entry_for(self, surface: str) -> list[int]:
        """Entries a surface form (as found in a text) refers to; [] when none."""
        hits = self.find(surface)
        if len(hits) == 1 and hits[0].start == 0 and hits[0].end >= len(surface.rstrip("'’")):
            return list(hits[0].entries)
        return []

    def recognizer(self) -> DictionaryRecognizer:
        return DictionaryRecognizer(self)


class DictionaryRecognizer(EntityRecognizer):
    """The project dictionary as a Presidio recognizer (source name ``project-dictionary``)."""

    def __init__(self, dictionary: ProjectDictionary) -> None:
        self.dictionary = dictionary
        types = sorted({e.type for e in dictionary.entries}) or [et.PERSON]
        super().__init__(
            supported_entities=types,
            supported_language=dictionary.lang,
            name=RECOGNIZER_NAME,
        )

    def load(self) -> None:  # nothing to load: the dictionary is already in memory
        pass

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: Any = None
    ) -> list[RecognizerResult]:
        results = []
        for hit in self.dictionary.find(text):
            if entities and hit.type not in entities:
                continue
            results.append(
                RecognizerResult(
                    entity_type=hit.type,
                    start=hit.start,
                    end=hit.end,
                    score=hit.score,
                    recognition_metadata={
                        RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                        RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                    },
                )
            )
        return results
