"""What every kind-head rule makes: the grown organisation span and its source (split out of
:mod:`.kind_heads` in session 40, when that file passed the house limit of ~500 lines).

Why one place: the kind-head rules for Norwegian and English kinds (:mod:`.kind_heads`) and
for firms named by a family or by two areas (:mod:`.named_firms`) grow spans the same way and
mark them with one source, by which :func:`.kind_heads.kind_heads` drops the spans a grown one
holds.
"""

from __future__ import annotations

from anonkit.anonymize.entities import REPLACE, DetectedEntity
from anonkit.anonymize.names import all_first_names, all_surnames
from anonkit.anonymize.recognizers._base import word_set
from anonkit.anonymize.wordlists import not_entities

KIND_HEAD_SOURCE = "kind-head"
SCORE = 0.7
FLAG_SCORE = 0.3
# Finite verbs right after a lower-case kind say the kind noun opens the next clause.
VERBS_AFTER = word_set(
    """
    was is were are has had have did does do will would could can should might must got gets
    made makes said says went goes started helped told kept gave wasn't isn't
    var er ble blir har hadde skal skulle vil ville kan kunne må måtte gikk går sa fikk får
    begynte va e vart blei
    """
)


def grown_span(
    text: str, d: DetectedEntity, start: int, end: int, kind: str, lang: str
) -> DetectedEntity | None:
    """The grown span, or None for a title the lists know ("Hotell Cæsar": a TV series)."""
    if text[start:end].lower() in not_entities(lang):
        return None
    return DetectedEntity(
        start,
        end,
        kind,
        REPLACE,
        max(SCORE, d.score),
        text[start:end],
        f"{d.source}+{KIND_HEAD_SOURCE}",
    )


def only_a_first_name(name: str) -> bool:
    """A first name that is no surname: its genitive is someone's home ("at Mark's")."""
    titled = name.title()
    return titled in all_first_names() and titled not in all_surnames()
