"""Entity linking: which detected spans are the same real person, place or thing.

Presidio keys pseudonyms on the exact string; anonkit keys them on the *entity* (design.md
§4), so "Irene", "Irene Johansen", "Irenes" and "IRENE" in any transcript of the project get
one pseudonym family. Rules, in order (docs/detection.md "Linking"):

1. A span the project dictionary knows links to that dictionary entry's entity.
2. Persons: a full name links to the entity with the same first and last name; a full name
   whose first name matches an entity known only by first name completes that entity; a
   single name (first name or surname alone) links to an entity with that part, preferring
   one already mentioned in the same document, then one with a full name, then the newest.
   Full names of a document are linked before single names, so "Irene … Irene Johansen"
   in one transcript is one person.
3. Places and organisations link by their normalised name (genitive stripped), across the
   two types (NER may call "Tromsø" a place in one sentence and an organisation in another);
   an organisation also links to one it abbreviates or shortens ("OUS", "Diakonhjemmet" for
   "Diakonhjemmet sykehus"; :mod:`anonkit.anonymize.org_linking`).
4. Numbers, IDs, e-mails, URLs link by their normalised value (digits only for numbers).
The string tests these rules use (normalising, title and double-first-name splitting, near
misses, gender cues) live in :mod:`anonkit.anonymize.name_forms`.
New entities get a pseudonym family drawn by ``PseudonymGenerator`` that avoids every
original in the key, every capitalized word in the text and every pseudonym in use.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from anonkit.anonymize import entity_types as et
from anonkit.anonymize.dictionary import TOKEN_RE, DictionaryEntry, ProjectDictionary
from anonkit.anonymize.entities import DetectedEntity
from anonkit.anonymize.key import KeyEntity, Occurrence, PseudonymKey
from anonkit.anonymize.name_forms import (
    gender_cue,
    institution_names_lower,
    join_first_names,
    norm_name,
    normalise_value,
    sounds_alike,
    split_titles,
    which_part,
)
from anonkit.anonymize.names import all_first_names, first_names, surnames
from anonkit.anonymize.org_linking import render_form, same_institution
from anonkit.anonymize.org_pseudonyms import is_generic_word
from anonkit.anonymize.places import places_lower
from anonkit.anonymize.pseudonyms import (
    TYPED_ONLY,
    PseudonymGenerator,
    add_genitive,
    gender_of,
    match_case,
    org_kind,
    placeholder,
    split_genitive,
)

NAME_TYPES = frozenset({et.PERSON, et.LOCATION, et.ORGANIZATION})


@dataclass(frozen=True)
class Replacement:
    """Replace ``text[start:end]`` (``original``) with ``replacement``; one entity occurrence."""

    start: int
    end: int
    original: str
    replacement: str
    entity_id: str
    type: str


@dataclass
class Linker:
    """Links detections to key entities and renders their pseudonyms; mutates ``key``."""

    key: PseudonymKey
    dictionary: ProjectDictionary | None = None
    warnings: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.lang = self.key.lang
        self.generator = PseudonymGenerator(self.lang, self.key.seed_bytes)
        self._first = {n.lower() for n in first_names(self.lang)}
        self._first_any = {n.lower() for n in all_first_names()}
        self._cue = "u"
        self._last = {n.lower() for n in surnames(self.lang)}

    # --- public -----------------------------------------------------------------------------

    def link_document(
        self, document: str, text: str, detections: Sequence[DetectedEntity]
    ) -> list[Replacement]:
        """Link every ``replace`` detection of one document; return its replacements in order.

        Re-running a document replaces its earlier occurrences (idempotent).
        """
        self.key.forget_document(document)
        capitals = {t.lower() for t in TOKEN_RE.findall(text) if t[:1].isupper()}
        # A genitive's base too ("Irene Nilsens" → "nilsen"): a pseudonym drawn before that
        # mention is linked must not be another person's real surname (found by the property
        # test test_property_no_original_survives).
        self._text_names = capitals | {
            t.rstrip("'’")[:-1] for t in capitals if t.rstrip("'’").endswith("s") and len(t) > 3
        }
        todo = sorted(
            (d for d in detections if d.action == "replace"),
            key=lambda d: (not (d.type == et.PERSON and len(d.text.split()) > 1), d.start),
        )
        linked: list[tuple[DetectedEntity, KeyEntity]] = []
        taken: list[tuple[int, int]] = []
        for det in todo:
            if any(det.start < e and s < det.end for s, e in taken):
                continue  # overlaps a span already linked (the detector should prevent this)
            self._cue = gender_cue(text, det.start, det.end) if det.type == et.PERSON else "u"
            entity = self._entity_for(det, document)
            entity.add_original(det.text)
            entity.occurrences.append(Occurrence(document, det.start, det.end, det.text))
            linked.append((det, entity))
            taken.append((det.start, det.end))
        self._fix_collisions()
        out = [
            Replacement(d.start, d.end, d.text, self.render(e, d.text), e.id, e.type)
            for d, e in linked
        ]
        return sorted(out, key=lambda r: r.start)

    def render(self, entity: KeyEntity, surface: str) -> str:
        """The pseudonym for one surface form of ``entity`` (genitive and case preserved)."""
        fam = entity.pseudonym
        if "name" in fam:
            name = fam["name"]
            if name.startswith("["):
                return name
            known = {o.lower() for o in entity.originals if o != surface} | {
                p.lower() for p in entity.parts.values()
            }
            base, suffix = split_genitive(surface, lambda b: b.lower() in known)
            if entity.type == et.ORGANIZATION and len(entity.originals) > 1:
                full = max(entity.originals, key=len)
                form = render_form(base, full, name)  # "OUS" → "BUS", not "BREIDHAUG …"
                if form is not None:
                    return add_genitive(form, suffix, self.lang)
            return add_genitive(match_case(base, name), suffix, self.lang)
        titles, tokens = split_titles(surface)
        if not tokens:
            return surface
        prefix = " ".join(titles) + " " if titles else ""
        base, suffix = self._split_person_genitive(tokens[-1], entity)
        said = norm_name(" ".join([*tokens[:-1], base]))
        if len(tokens) == 1:
            part = which_part(base, entity)
            out = match_case(base, fam.get(part) or fam.get("first", ""))
        elif said == norm_name(entity.parts.get("first", "")):  # "Stein Ivar" of Stein Ivar Dahl
            out = match_case(tokens[0], fam.get("first", ""))
        else:
            first = match_case(tokens[0], fam.get("first", ""))
            last = match_case(base, fam.get("last") or "")
            out = f"{first} {last}".strip()
        return prefix + add_genitive(out, suffix, self.lang)

    # --- persons ----------------------------------------------------------------------------

    def _is_name_base(self, word: str) -> bool:
        low = word.lower()
        return low in self._first or low in self._last

    def _split_person_genitive(self, token: str, entity: KeyEntity | None) -> tuple[str, str]:
        parts = {p.lower() for p in entity.parts.values()} if entity else set()
        if parts:
            base, suffix = split_genitive(token, lambda b: b.lower() in parts)
            if suffix or token.lower() in parts:
                return base, suffix
        return split_genitive(token, self._is_name_base)

    def _person(self, det: DetectedEntity, document: str) -> KeyEntity:
        tokens = split_titles(det.text)[1] or det.text.split()
        base, _ = self._split_person_genitive(tokens[-1], None)
        names = join_first_names([*tokens[:-1], base], self._first_any, self._last)
        persons = [
            e for e in self.key.entities if e.type == et.PERSON and e.dictionary_name is None
        ]
        known_parts = {p.lower() for e in persons for p in e.parts.values()}
        if base.lower() not in known_parts and tokens[-1].lower() in known_parts:
            names[-1] = tokens[-1]
        if len(names) > 1:
            first, last = norm_name(names[0]), norm_name(names[-1])
            for e in persons:
                if (
                    norm_name(e.parts.get("first", "")) == first
                    and norm_name(e.parts.get("last", "")) == last
                ):
                    return e
            for e in persons:
                if norm_name(e.parts.get("first", "")) == first and not e.parts.get("last"):
                    e.parts["last"] = names[-1]
                    family = self._family_surname(e)
                    if family and e.status == "auto" and "last" in e.pseudonym:
                        e.pseudonym["last"] = family
                    return e
            return self._new_person({"first": names[0], "last": names[-1]})
        word = norm_name(names[0])
        matches = [
            e
            for e in persons
            if word in (norm_name(e.parts.get("first", "")), norm_name(e.parts.get("last", "")))
        ]
        if not matches and names[0][:1].isupper():
            matches = [
                e for e in persons if any(sounds_alike(names[0], p) for p in e.parts.values())
            ]
        if matches:

            def rank(e: KeyEntity) -> tuple[bool, bool, int]:
                in_doc = any(o.document == document and o.start < det.start for o in e.occurrences)
                return (
                    in_doc,
                    bool(e.parts.get("first") and e.parts.get("last")),
                    self.key.entities.index(e),
                )

            if len({m.id for m in matches}) > 1:
                self.warnings.append(
                    f"the name at offset {det.start} of {document} could be {len(matches)} "
                    "different people; linked to the most likely one (check in review)"
                )
            return max(matches, key=rank)
        is_surname = word in self._last and word not in self._first
        return self._new_person({"last": names[0]} if is_surname else {"first": names[0]})

    def _new_person(
        self, parts: dict[str, str], fixed: str | None = None, dict_name: str | None = None
    ) -> KeyEntity:
        gender = gender_of(parts["first"].split()[0], self.lang) if parts.get("first") else "u"
        cue = getattr(self, "_cue", "u")
        if cue != "u":
            gender = cue  # "ho Sol", "tante Liv", "my uncle Sandy": the speaker knows
        entity = KeyEntity(
            id="", type=et.PERSON, parts=dict(parts), gender=gender,
            source="dictionary" if dict_name else "detected", dictionary_name=dict_name,
        )  # fmt: skip
        entity.number = self.key.next_number("person")
        entity.pseudonym = self._person_family(entity, fixed)
        return self.key.add_entity(entity)

    def _exclusions(self, entity: KeyEntity) -> set[str]:
        return (
            self.key.original_tokens()
            | entity.original_tokens()
            | self._text_names
            | self.key.pseudonyms_in_use(except_id=entity.id or None)
        )

    def _person_family(self, entity: KeyEntity, fixed: str | None = None) -> dict[str, str]:
        if self.key.style == "placeholder":
            return {"name": placeholder(et.PERSON, self.lang, entity.number)}
        drawn = self.generator.person(entity.number, entity.gender, self._exclusions(entity))
        if fixed:
            words = fixed.split()
            return {"first": words[0], "last": " ".join(words[1:]) or drawn["last"]}
        family = self._family_surname(entity)
        return {**drawn, "last": family} if family else drawn

    def _family_surname(self, entity: KeyEntity) -> str | None:
        """The pseudonym surname already given to someone with the same real surname:
        Irene and Anne Johansen stay one family ("Berg") after pseudonymization."""
        last = entity.parts.get("last", "").lower()
        if not last:
            return None
        for other in self.key.entities:
            if (
                other is not entity
                and other.type == et.PERSON
                and other.parts.get("last", "").lower() == last
                and other.pseudonym.get("last")
            ):
                return other.pseudonym["last"]
        return None

    # --- dictionary -------------------------------------------------------------------------

    def _from_dictionary(self, det: DetectedEntity, document: str) -> KeyEntity | None:
        if self.dictionary is None:
            return None
        indices = self.dictionary.entry_for(det.text)
        if not indices:
            return None
        entries = [self.dictionary.entries[i] for i in indices]
        existing = {e.dictionary_name: e for e in self.key.entities if e.dictionary_name}
        in_doc = [
            existing[en.name]
            for en in entries
            if en.name in existing
            and any(o.document == document for o in existing[en.name].occurrences)
        ]
        if in_doc:
            return in_doc[-1]
        entry = entries[0]
        if entry.name in existing:
            return existing[entry.name]
        return self._new_from_entry(entry)

    def _new_from_entry(self, entry: DictionaryEntry) -> KeyEntity:
        if entry.type == et.PERSON:
            words = entry.name.split()
            parts = (
                {"first": words[0], "last": words[-1]} if len(words) > 1 else {"first": words[0]}
            )
            entity = self._new_person(parts, fixed=entry.pseudonym, dict_name=entry.name)
        else:
            entity = self._new_other(
                entry.type, entry.name, fixed=entry.pseudonym, dict_name=entry.name
            )
        for form in entry.forms:
            entity.add_original(form)
        return entity

    # --- other types ------------------------------------------------------------------------

    def _other(self, det: DetectedEntity) -> KeyEntity:
        if det.type in NAME_TYPES:
            types = {et.LOCATION, et.ORGANIZATION}
            in_key = {o.lower() for e in self.key.entities if e.type in types for o in e.originals}
            # three look-ups, not one union: the place lists are a hundred thousand names
            listed = (in_key, places_lower(), institution_names_lower())
            base, _ = split_genitive(det.text, lambda b: any(b.lower() in s for s in listed))
            value = " ".join(base.lower().split())
            for e in self.key.entities:
                if e.type in types and value in {" ".join(o.lower().split()) for o in e.originals}:
                    return e
            if det.type == et.ORGANIZATION:
                # "OUS" for "Oslo universitetssykehus", "Diakonhjemmet" for "Diakonhjemmet
                # sykehus": one institution, one pseudonym (org_linking).
                for e in self.key.entities:
                    if e.type == et.ORGANIZATION and any(
                        same_institution(base, o) for o in e.originals
                    ):
                        return e
            return self._new_other(det.type, base)
        value = normalise_value(det.type, det.text)
        for e in self.key.entities:
            if e.type == det.type and value in {normalise_value(e.type, o) for o in e.originals}:
                return e
        return self._new_other(det.type, det.text)

    def _new_other(
        self, type_: str, name: str, fixed: str | None = None, dict_name: str | None = None
    ) -> KeyEntity:
        entity = KeyEntity(
            id="", type=type_, originals=[name], source="dictionary" if dict_name else "detected",
            dictionary_name=dict_name,
        )  # fmt: skip
        if fixed:
            entity.pseudonym = {"name": fixed}
        elif type_ in TYPED_ONLY:
            entity.pseudonym = {"name": placeholder(type_, self.lang)}
        elif type_ == et.LOCATION:
            entity.number = self.key.next_number("place")
            drawn = None
            if self.key.style == "pseudonym":
                drawn = self.generator.place(name, entity.number, self._exclusions(entity))
            entity.pseudonym = {"name": drawn or placeholder(et.LOCATION, self.lang, entity.number)}
        else:
            kind = org_kind(name)
            entity.number = self.key.next_number(f"org:{kind}")
            drawn = None
            if self.key.style == "pseudonym":
                drawn = self.generator.organization(name, entity.number, self._exclusions(entity))
            entity.pseudonym = {"name": drawn or placeholder(kind, self.lang, entity.number)}
        return self.key.add_entity(entity)

    def _entity_for(self, det: DetectedEntity, document: str) -> KeyEntity:
        if det.type in NAME_TYPES:
            hit = self._from_dictionary(det, document)
            if hit is not None:
                return hit
        if det.type == et.PERSON:
            return self._person(det, document)
        return self._other(det)

    # --- consistency --------------------------------------------------------------------------

    def _fix_collisions(self) -> None:
        """Redraw any generated pseudonym that has become a real name in the key."""
        originals = self.key.original_tokens()
        for e in self.key.entities:
            if e.status == "edited" or e.source == "dictionary":
                continue
            words = {
                w.lower() for v in e.pseudonym_strings() if not v.startswith("[") for w in v.split()
            }
            if e.type == et.ORGANIZATION:  # "Lindvang DPS" for "Lovisenberg DPS" is no collision
                words = {w for w in words if not is_generic_word(w)}
            if not words & originals:
                continue
            if e.type == et.PERSON:
                e.number = self.key.next_number("person")
                e.pseudonym = self._person_family(e)
            elif e.type == et.ORGANIZATION:
                kind = org_kind(e.originals[0])
                e.number = self.key.next_number(f"org:{kind}")
                drawn = self.generator.organization(e.originals[0], e.number, self._exclusions(e))
                e.pseudonym = {"name": drawn or placeholder(kind, self.lang, e.number)}
            else:
                e.number = self.key.next_number("place")
                drawn = self.generator.place(e.originals[0], e.number, self._exclusions(e))
                e.pseudonym = {"name": drawn or placeholder(et.LOCATION, self.lang, e.number)}
            docs = sorted({o.document for o in e.occurrences})
            self.warnings.append(
                f"pseudonym of {e.id} was a real name in this project and was redrawn; "
                f"re-run anonymize on {', '.join(docs)} to keep them consistent"
            )


def key_entries(key: PseudonymKey) -> list[DictionaryEntry]:
    """The key's names as dictionary entries: what one transcript learned, the next one finds.

    Why: NER misses a name in one sentence that it caught in another (or in an earlier
    transcript); matching every known original as a dictionary form closes that gap.
    """
    entries = []
    for e in key.entities:
        if e.type not in NAME_TYPES or not e.originals:
            continue
        if e.type == et.PERSON and e.parts:
            name = " ".join(p for p in (e.parts.get("first"), e.parts.get("last")) if p)
        else:
            name = e.originals[0]
        aliases = tuple(o for o in e.originals if o != name)
        entries.append(DictionaryEntry(name=name, type=e.type, aliases=aliases))
    return entries
