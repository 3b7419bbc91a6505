"""The re-identification key: which original became which pseudonym, where, and why.

One key per project. It is the only link between a pseudonymized transcript and the people
in it, so it lives in the identifiable tier only: encrypted in a key file (``keyfile.py``)
or in the vault, never as plaintext on disk. It is also the steward's worksheet: the review
app edits it (accept, change a pseudonym, add, remove, merge entities) and re-renders.

JSON layout (``KEY_FORMAT_VERSION`` = 1)::

    {"format": "anonkit-pseudonym-key", "version": 1, "lang": "nb", "style": "pseudonym",
     "seed": "<64 hex>",            # the project's random seed for pseudonym draws
     "counters": {"person": 3, …},  # numbers handed out so far, per kind
     "entities": [{"id": "E0001", "type": "PERSON", "originals": ["Irene", "Irenes"],
                   "parts": {"first": "Irene", "last": "Johansen"}, "gender": "f",
                   "pseudonym": {"first": "Agnes", "last": "Berg"}, "number": 1,
                   "source": "detected", "status": "auto", "dictionary_name": null,
                   "occurrences": [{"document": "int01", "start": 10, "end": 15,
                                    "surface": "Irene"}]}]}

``pseudonym`` is a *family*: persons have ``first``/``last``; everything else has ``name``
(a place name or a placeholder such as ``[sykehus-1]``).
"""

from __future__ import annotations

import json
import secrets
from dataclasses import asdict, dataclass, field
from typing import Any

from anonkit.errors import InputError

KEY_FORMAT = "anonkit-pseudonym-key"
KEY_FORMAT_VERSION = 1
STATUSES = ("auto", "accepted", "edited")


class KeyFormatError(InputError):
    """The pseudonym key could not be read: it is damaged or from a newer anonkit."""


@dataclass
class Occurrence:
    """Where an entity was replaced: ``document`` id and Python string offsets in its text."""

    document: str
    start: int
    end: int
    surface: str


@dataclass
class KeyEntity:
    """One real-world person/place/thing and its pseudonym family."""

    id: str
    type: str
    originals: list[str] = field(default_factory=list)
    pseudonym: dict[str, str] = field(default_factory=dict)
    parts: dict[str, str] = field(default_factory=dict)
    gender: str = "u"
    number: int = 0
    source: str = "detected"  # detected | dictionary | manual
    status: str = "auto"  # auto | accepted | edited
    dictionary_name: str | None = None
    occurrences: list[Occurrence] = field(default_factory=list)

    def add_original(self, surface: str) -> None:
        if surface not in self.originals:
            self.originals.append(surface)

    def original_tokens(self) -> set[str]:
        """Lower-cased words of every original and name part (what must never leak)."""
        words = {w.lower() for o in self.originals for w in o.split()}
        words |= {p.lower() for p in self.parts.values() if p}
        words |= {piece for w in list(words) if "-" in w for piece in w.split("-") if piece}
        return words

    def pseudonym_strings(self) -> list[str]:
        """Every pseudonym word of the family (``Agnes``, ``Berg``, ``[sykehus-1]``)."""
        return [v for v in self.pseudonym.values() if v]

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> KeyEntity:
        occ = [Occurrence(**o) for o in data.get("occurrences", [])]
        fields = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        fields["occurrences"] = occ
        return cls(**fields)


@dataclass
class PseudonymKey:
    """A project's key. Mutating methods are what the review app calls."""

    lang: str
    seed: str
    style: str = "pseudonym"
    counters: dict[str, int] = field(default_factory=dict)
    entities: list[KeyEntity] = field(default_factory=list)
    version: int = KEY_FORMAT_VERSION

    @classmethod
    def new(cls, lang: str, style: str = "pseudonym") -> PseudonymKey:
        """A fresh key with a random seed (from ``secrets``: pseudonyms are unguessable)."""
        return cls(lang=lang, seed=secrets.token_hex(32), style=style)

    @property
    def seed_bytes(self) -> bytes:
        return bytes.fromhex(self.seed)

    # --- (de)serialisation ----------------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": KEY_FORMAT,
            "version": self.version,
            "lang": self.lang,
            "style": self.style,
            "seed": self.seed,
            "counters": dict(self.counters),
            "entities": [asdict(e) for e in self.entities],
        }

    def to_json(self) -> bytes:
        return json.dumps(self.to_dict(), ensure_ascii=False, separators=(",", ":")).encode()

    @classmethod
    def from_json(cls, raw: bytes | str) -> PseudonymKey:
        try:
            data = json.loads(raw)
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise KeyFormatError(f"the pseudonym key is not valid JSON ({exc})") from exc
        return cls.from_dict(data)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> PseudonymKey:
        if not isinstance(data, dict) or data.get("format") != KEY_FORMAT:
            raise KeyFormatError("this is not an anonkit pseudonym key")
        if data.get("version") != KEY_FORMAT_VERSION:
            raise KeyFormatError(
                f"pseudonym key version {data.get('version')} is not supported by this anonkit "
                f"(it reads version {KEY_FORMAT_VERSION}); upgrade anonkit"
            )
        try:
            return cls(
                lang=data["lang"],
                seed=data["seed"],
                style=data.get("style", "pseudonym"),
                counters=dict(data.get("counters", {})),
                entities=[KeyEntity.from_dict(e) for e in data.get("entities", [])],
            )
        except (KeyError, TypeError) as exc:
            raise KeyFormatError(f"the pseudonym key is damaged (missing {exc})") from exc

    # --- queries ----------------------------------------------------------------------------

    def entity(self, entity_id: str) -> KeyEntity:
        for e in self.entities:
            if e.id == entity_id:
                return e
        raise KeyError(entity_id)

    def next_number(self, kind: str) -> int:
        self.counters[kind] = self.counters.get(kind, 0) + 1
        return self.counters[kind]

    def new_entity_id(self) -> str:
        return f"E{self.next_number('entity'):04d}"

    def original_tokens(self) -> set[str]:
        """Lower-cased words of every original in the key."""
        out: set[str] = set()
        for e in self.entities:
            out |= e.original_tokens()
        return out

    def pseudonyms_in_use(self, except_id: str | None = None) -> set[str]:
        """Lower-cased pseudonym words already given to entities (other than ``except_id``)."""
        return {
            p.lower()
            for e in self.entities
            if e.id != except_id
            for p in e.pseudonym_strings()
            if not p.startswith("[")
        }

    def documents(self) -> list[str]:
        return sorted({o.document for e in self.entities for o in e.occurrences})

    # --- edits (review app) ------------------------------------------------------------------

    def add_entity(self, entity: KeyEntity) -> KeyEntity:
        if not entity.id:
            entity.id = self.new_entity_id()
        if any(e.id == entity.id for e in self.entities):
            raise ValueError(f"entity id {entity.id} already exists")
        self.entities.append(entity)
        return entity

    def remove_entity(self, entity_id: str) -> KeyEntity:
        entity = self.entity(entity_id)
        self.entities.remove(entity)
        return entity

    def accept(self, entity_id: str) -> None:
        self.entity(entity_id).status = "accepted"

    def set_pseudonym(self, entity_id: str, family: dict[str, str]) -> None:
        """Change a pseudonym family; refuses one that equals an original in the key."""
        words = {w.lower() for value in family.values() for w in value.split()}
        clash = words & self.original_tokens()
        if clash:
            raise InputError(
                f"pseudonym {', '.join(sorted(clash))} is a real name in this project's key; "
                "choose another"
            )
        entity = self.entity(entity_id)
        entity.pseudonym = dict(family)
        entity.status = "edited"

    def merge(self, keep_id: str, other_id: str) -> KeyEntity:
        """Merge ``other`` into ``keep`` (same real person found as two entities)."""
        keep, other = self.entity(keep_id), self.entity(other_id)
        if keep is other:
            return keep
        for o in other.originals:
            keep.add_original(o)
        for k, v in other.parts.items():
            keep.parts.setdefault(k, v)
        keep.occurrences.extend(other.occurrences)
        keep.status = "edited"
        self.entities.remove(other)
        return keep

    def forget_document(self, document: str) -> None:
        """Drop a document's occurrences before re-processing it (idempotent re-runs)."""
        for e in self.entities:
            e.occurrences = [o for o in e.occurrences if o.document != document]
