"""Apply replacements to a text, and the detect → link → replace → leak-check sequence.

``pseudonymize_text`` is what the CLI and the pipeline call for one document: it returns
the pseudonymized text together with everything the steward's review needs (replacements,
flags, warnings, leaks) and leaves the updated key in the caller's hands to store.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from anonkit.anonymize.dictionary import DictionaryEntry, ProjectDictionary
from anonkit.anonymize.entities import DetectedEntity
from anonkit.anonymize.key import PseudonymKey
from anonkit.anonymize.leakcheck import Leak, find_leaks
from anonkit.anonymize.linking import Linker, Replacement

if TYPE_CHECKING:
    from anonkit.anonymize.detector import Detector


def apply_replacements(text: str, replacements: Sequence[Replacement]) -> str:
    """Return ``text`` with every replacement applied (non-overlapping, any order)."""
    pieces: list[str] = []
    pos = 0
    for r in sorted(replacements, key=lambda r: r.start):
        if r.start < pos:
            raise ValueError(f"overlapping replacements at {r.start}")
        if text[r.start : r.end] != r.original:
            raise ValueError(f"replacement at {r.start} does not match the text")
        pieces.append(text[pos : r.start])
        pieces.append(r.replacement)
        pos = r.end
    pieces.append(text[pos:])
    return "".join(pieces)


@dataclass
class PseudonymizedText:
    """One document's result. ``leaks`` must be empty before anything is released."""

    text: str
    replacements: list[Replacement]
    flags: list[DetectedEntity]
    warnings: list[str] = field(default_factory=list)
    leaks: list[Leak] = field(default_factory=list)

    def review_record(self, document: str) -> dict[str, object]:
        """What the steward's review needs besides the raw text and the key: every
        replacement (with its entity) and every flag, as offsets into the *raw* text.
        Holds no name itself, but with the raw text it is identifying: store it in the
        identifiable tier."""
        return {
            "document": document,
            "replacements": [
                {"start": r.start, "end": r.end, "type": r.type, "entity": r.entity_id,
                 "replacement": r.replacement}
                for r in self.replacements
            ],
            "flags": [
                {"start": f.start, "end": f.end, "type": f.type, "score": f.score,
                 "source": f.source}
                for f in self.flags
            ],
            "leaks": [leak.to_json() | {"text": None} for leak in self.leaks],
        }  # fmt: skip


def pseudonymize_text(
    text: str,
    document: str,
    detections: Sequence[DetectedEntity],
    key: PseudonymKey,
    dictionary: ProjectDictionary | None = None,
) -> PseudonymizedText:
    """Link ``detections`` into ``key`` (mutated), replace them and run the leak check."""
    linker = Linker(key, dictionary)
    replacements = linker.link_document(document, text, detections)
    out = apply_replacements(text, replacements)
    replaced = {(r.start, r.end) for r in replacements}
    unreplaced = [
        d for d in detections if d.action == "replace" and (d.start, d.end) not in replaced
    ]
    leaks = find_leaks(out, key, unreplaced=unreplaced)
    return PseudonymizedText(
        text=out,
        replacements=replacements,
        flags=[d for d in detections if d.action == "flag"],
        warnings=list(linker.warnings),
        leaks=leaks,
    )


def propagate(
    text: str,
    detections: Sequence[DetectedEntity],
    lang: str,
    extra: Sequence[DictionaryEntry] = (),
) -> list[DetectedEntity]:
    """Add every other mention of a name that was detected somewhere in the same text.

    NER may catch "Irene" in one sentence and miss her two lines later; each replaced name
    (plus ``extra`` entries, e.g. from the key) becomes a dictionary form for one more pass.
    New hits never override existing replacements; they replace flags they overlap.
    """
    from anonkit.anonymize.dictionary import SCORE_LOWER_COMMON
    from anonkit.anonymize.entity_types import PERSON
    from anonkit.anonymize.linking import NAME_TYPES

    entries = list(extra)
    seen = {(e.name.lower(), e.type) for e in entries}
    for d in detections:
        if d.action == "replace" and d.type in NAME_TYPES and (d.text.lower(), d.type) not in seen:
            seen.add((d.text.lower(), d.type))
            entries.append(DictionaryEntry(name=d.text, type=d.type))
    if not entries:
        return list(detections)
    replaced = [d for d in detections if d.action == "replace"]
    flags = [d for d in detections if d.action != "replace"]
    added: list[DetectedEntity] = []
    # Persons first: "Irenes" must be matched as Irene's genitive before NER's own
    # (mistyped) "Irenes" entry can claim it.
    persons = tuple(e for e in entries if e.type == PERSON)
    others = tuple(e for e in entries if e.type != PERSON)
    hits = [
        h for group in (persons, others) if group for h in ProjectDictionary(group, lang).find(text)
    ]
    for hit in hits:
        if hit.score <= SCORE_LOWER_COMMON:
            continue
        same = [d for d in replaced if (d.start, d.end) == (hit.start, hit.end)]
        if same and hit.type == PERSON and same[0].type != PERSON:
            # A person's name found elsewhere in the text outweighs NER's type guess here
            # ("Irenes" tagged as a place): keep one entity, one pseudonym family.
            replaced[replaced.index(same[0])] = dataclasses.replace(same[0], type=PERSON)
            continue
        if any(hit.start < d.end and d.start < hit.end for d in replaced + added):
            continue
        added.append(
            DetectedEntity(
                hit.start, hit.end, hit.type, "replace", hit.score, hit.text, "same-text"
            )
        )
    flags = [f for f in flags if not any(f.start < a.end and a.start < f.end for a in added)]
    return sorted(replaced + added + flags, key=lambda d: (d.start, d.end))


def anonymize_document(
    text: str,
    document: str,
    detector: Detector,
    key: PseudonymKey,
    dictionary: ProjectDictionary | None = None,
) -> PseudonymizedText:
    """The whole sequence for one transcript: what the CLI and the pipeline call.

    The detector's dictionary layer is set to ``dictionary`` plus every name the key already
    holds (names learned from earlier transcripts are found again even where NER misses
    them); each name found is spread to its other mentions; then link, replace, leak-check.
    ``key`` is updated in place: store it (encrypted) only if ``result.leaks`` has no
    certain leak.
    """
    from anonkit.anonymize.linking import key_entries

    lang = detector.lang
    entries = (*(dictionary.entries if dictionary else ()), *key_entries(key))
    detector.project_dictionary = ProjectDictionary(entries, lang) if entries else None
    detections = propagate(text, detector.detect(text), lang)
    return pseudonymize_text(text, document, detections, key, dictionary)


def render_from_key(text: str, document: str, key: PseudonymKey) -> str:
    """Re-render a document from its raw text and the key's recorded occurrences.

    For the review app: after a steward accepts, changes, adds, removes or merges entities
    in the key, this produces the pseudonymized text without running detection again.
    Raises ValueError when an occurrence no longer matches the raw text (wrong document).
    """
    linker = Linker(key)
    replacements = []
    for entity in key.entities:
        for occ in entity.occurrences:
            if occ.document != document:
                continue
            if text[occ.start : occ.end] != occ.surface:
                raise ValueError(f"occurrence {occ.start}-{occ.end} of {entity.id} does not match")
            replacements.append(
                Replacement(occ.start, occ.end, occ.surface, linker.render(entity, occ.surface),
                            entity.id, entity.type)
            )  # fmt: skip
    return apply_replacements(text, replacements)
