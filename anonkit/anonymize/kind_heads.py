"""A replaced name right before the noun that says what kind of institution it names is that
institution (session 30; blind19/20 as development material).

Why: firms, plants, churches, clubs and hospitals are named by their place or their founder and
then the kind: ``Rafnes fabrikker``, ``Mongstad raffineri``, ``rotvoll gartneri``, ``Emblem
kyrkje``, ``Frimley Park``, ``Leeds General``, ``Forest Green Rovers``. The place and name layers
took the name (a place, or a person for ``Emblem``) and left the kind beside it: the pseudonym
then read as a town that is a refinery ("jobber på Hamar raffineri" is fine, "jobber på Kari
kyrkje" is not), and the steward saw a place where the transcript named an employer. The name
and its kind become one ORGANIZATION (``park`` keeps the name's type: a park or a hospital).

When: the name is replaced (a place, an organisation, or in Norwegian a person: a surname
names a family firm, ``Olsen bakeri``), the kind noun follows after one space, and
* the kind noun is capitalized on a line with capitals (``Leeds General``), or
* it is lower-case and the next word is no finite verb (``in leeds school was hard`` is a
  town and then school; ``på mongstad raffineri på nattskift`` is a refinery).
An English person before a lower-case kind stays a person (``I told Mark school was hard``).

Also ``<kind> of <place>`` (``the port of dover``, ``the Heart of Worcestershire College``):
a kind word and "of" before a replaced place or organisation open the institution.
"""

from __future__ import annotations

import re
from dataclasses import replace

from anonkit.anonymize import entity_types as et
from anonkit.anonymize.entities import FLAG, REPLACE, DetectedEntity
from anonkit.anonymize.recognizers._base import word_set
from anonkit.anonymize.span_pieces import line_has_capitals

KIND_HEAD_SOURCE = "kind-head"
_NB_HEADS = word_set(
    """
    fabrikk fabrikker fabrikken fabrikkene raffineri raffineriet gartneri gartneriet meieri
    meieriet bryggeri bryggeriet sagbruk sagbruket verft verftet smelteverk smelteverket
    kraftstasjon kraftverk gruve gruvene gruber kirke kirka kyrkje kyrkja kapell kapellet
    menighet menigheten bedehus bedehuset forsamling sykehus sjukehus sykehjem sjukeheim
    helsesenter legesenter skole skule ungdomsskole ungdomsskule barneskole barneskule
    barnehage folkehøgskole folkehøgskule videregående vidaregåande fengsel hotell camping
    kafé kafe bibliotek museum idrettslag turn turnforening musikkorps skolekorps sparebank
    bakeri verksted trelast mek bilverksted transport elektro rørlegger maskin bygg
    """
)
_EN_HEADS = word_set(
    """
    mill mills museum infirmary college academy chapel church cathedral rovers athletic
    albion wanderers healthcare wing lodge works brewery colliery hospital hospice clinic
    surgery school primary grammar comprehensive prison library mosque temple gurdwara
    general park
    """
)
# Kinds that name a place as often as an institution: the name keeps its type.
_NEUTRAL_HEADS = word_set("park")
# Finite verbs after a lower-case kind say the kind noun opens the next clause.
_VERBS_AFTER = word_set(
    """
    was is were are has had have did does do will would could can should might must got gets
    made makes said says went goes started helped told kept gave wasn't isn't
    var er ble blir har hadde skal skulle vil ville kan kunne må måtte gikk går sa fikk får
    begynte va e vart blei
    """
)
_NEXT = re.compile(r" ([^\W\d_][\w'’-]*)(?:[ ,.;:!?]|$)(?:\s*([^\W\d_][\w'’]*))?")
_NAME_TYPES = (et.LOCATION, et.ORGANIZATION, et.PERSON)
_KIND_OF = re.compile(
    r"(?<![\w'’-])(?:[Pp]ort|[Hh]eart|[Bb]ank|[Cc]hurch|[Mm]useum|[Hh]ospital|[Cc]ollege) of $"
)


def kind_heads(text: str, found: list[DetectedEntity], lang: str) -> list[DetectedEntity]:
    """``found`` with replaced names grown over the kind noun after them, or the "<kind> of"
    before them, as one organisation (module docstring)."""
    heads = _NB_HEADS if lang == "nb" else _EN_HEADS
    out = list(found)
    changed = False
    for i, d in enumerate(out):
        if d.action != REPLACE or d.type not in _NAME_TYPES:
            continue
        grown = _with_head(text, d, heads, lang, out) or d
        grown = _with_kind_of(text, grown, out) or grown
        if grown is not d:
            out[i] = grown
            changed = True
    if not changed:
        return found
    return _absorbed(out)


def _with_head(
    text: str, d: DetectedEntity, heads: frozenset[str], lang: str, found: list[DetectedEntity]
) -> DetectedEntity | None:
    m = _NEXT.match(text, d.end)
    if m is None or m.group(1).lower() not in heads:
        return None
    head = m.group(1)
    end = m.start(1) + len(head)
    if any(o.action == REPLACE and o.start < end and d.end < o.end for o in found):
        return None
    capital = head[0].isupper() and line_has_capitals(text, d.start)
    if not capital:
        if d.type == et.PERSON and lang != "nb":
            return None
        if head[0].isupper() or (m.group(2) or "").lower() in _VERBS_AFTER:
            return None
    kind = d.type if head.lower() in _NEUTRAL_HEADS else et.ORGANIZATION
    return replace(
        d, end=end, type=kind, text=text[d.start : end], source=f"{d.source}+{KIND_HEAD_SOURCE}"
    )


def _with_kind_of(
    text: str, d: DetectedEntity, found: list[DetectedEntity]
) -> DetectedEntity | None:
    if d.type == et.PERSON:
        return None
    m = _KIND_OF.search(text, max(0, d.start - 10), d.start)
    if m is None or any(o.action == REPLACE and o.start < d.start < o.end for o in found):
        return None
    return replace(
        d,
        start=m.start(),
        type=et.ORGANIZATION,
        text=text[m.start() : d.end],
        source=f"{d.source}+{KIND_HEAD_SOURCE}",
    )


def _absorbed(found: list[DetectedEntity]) -> list[DetectedEntity]:
    """Flags inside a grown span go: the span says what they asked."""
    grown = [d for d in found if d.source.endswith(KIND_HEAD_SOURCE)]
    kept = [
        d
        for d in found
        if not (d.action == FLAG and any(g.start <= d.start and d.end <= g.end for g in grown))
    ]
    return sorted(kept, key=lambda e: (e.start, e.end))
