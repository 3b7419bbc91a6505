"""Conflict resolution: Presidio's overlapping candidates → one consistent list of spans.

The detector (``detector.py``) runs every layer through one Presidio analyzer; Presidio returns
overlapping, unranked candidates; :func:`resolve` turns them into one consistent list:

1. Per-layer thresholds. A candidate below its layer's *replace* threshold but above its
   *flag* threshold is kept as a flag of its type (recall first: a doubtful name is shown to
   the steward instead of being dropped). Spans never cross a line break; name spans grow
   to whole words ("Irenes", not "Irene" + "s").
2. Distractors (``wordlists.not_entities``: Freud, NAV, mandag …) are dropped unless the
   project dictionary or a validated pattern found them.
3. Structured types win over names where they overlap, in the order EMAIL > URL >
   NATIONAL_ID > IBAN > BANK_ACCOUNT > PHONE > ADDRESS > DATE (the same digits are an ID
   before they are an account before they are a phone number); then longer, then higher score.
   A name partly covered by a structured span keeps its uncovered part.
4. Names (PERSON, LOCATION, ORGANIZATION) that overlap each other merge into their union
   (full name beats first name; "Irene" + "Irene Johansen" = one span). The merged span
   takes the type of the dictionary hit if any, else of the longest candidates, trusting
   dictionary > gazetteer > pattern > NER on ties.
5. A sentence-initial ordinary word that only NER calls a name becomes a flag, and so does a
   service of ordinary words with a generic head ("Universal Credit", "the Crisis Team").
   Before that, a name candidate is dropped when it is a non-entity, part of a multi-word
   non-entity, an eponymous diagnosis ("had Huntington's") or a brand said as a product
   ("a used Ford"). A flagged lower-case word becomes a replaced name only when the name
   replaced elsewhere in the text is lower-case too (not "Dr. Bell … the bell").
6. Company forms and institution words join the name ("Havbris AS", "Fjellsiden skole",
   "Universitetet i Bergen").
7. Flags survive only where nothing is replaced (a flag a replacement covers in part keeps
   its other words).

This module holds the ordering and merging; the tests it applies live beside it:
``non_names.py`` (step 5's drops and the generic-service demotion), ``person_spans.py``
(pronouns and titles cut off PERSON spans, step 5's person rules) and ``span_pieces.py``
(cutting and subtracting spans).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace

from presidio_analyzer import RecognizerResult

from anonkit.anonymize import entity_types as et
from anonkit.anonymize.dictionary import RECOGNIZER_NAME as DICTIONARY_SOURCE
from anonkit.anonymize.entities import FLAG, REPLACE, DetectedEntity
from anonkit.anonymize.ner_spans import listed_place, next_word_start, trim_owner_verb_count
from anonkit.anonymize.non_names import (
    brand_product,
    eponym,
    flag_inside_non_entity_phrase,
    generic_service,
    inside_non_entity_phrase,
    is_distractor,
    royal_name,
    spelling_word,
)
from anonkit.anonymize.numberwords import number_words_together
from anonkit.anonymize.person_spans import (
    PERSON_CUE_WORDS,
    coordinated_with_person,
    ner_no_name,
    strip_person_cues,
    subject_of_person_verb,
    surname_after,
    titled_person_type,
)
from anonkit.anonymize.recognizers._context_words import (
    PLAIN_TITLES,
    kin_named_calendar,
    titled_eponym,
)
from anonkit.anonymize.span_pieces import (
    line_pieces,
    subtract_spans,
    to_word_edges,
    trim_punct,
    uncovered_words,
)
from anonkit.anonymize.verb_readings import infinitive_verb, nb_infinitive_verb

NER_SOURCE = "spacy-ner"
NAME_TYPES = frozenset({et.PERSON, et.LOCATION, et.ORGANIZATION})
# Overlap precedence of structured types (index 0 wins).
STRUCTURED_ORDER: tuple[str, ...] = (
    et.EMAIL, et.URL, et.NATIONAL_ID, et.IBAN, et.BANK_ACCOUNT, et.PHONE, et.LICENSE_PLATE,
    et.ADDRESS, et.DATE,
)  # fmt: skip
VALIDATED_TYPES = frozenset({et.EMAIL, et.URL, et.NATIONAL_ID, et.IBAN, et.BANK_ACCOUNT, et.PHONE})
_NAME_TYPE_RANK = {et.PERSON: 0, et.ORGANIZATION: 1, et.LOCATION: 2}
# Whose *type* to believe when candidates of equal length disagree: curated name lists
# know that "Irene" is a person better than a small NER model does.
_LAYER_TRUST = {"dictionary": 3, "gazetteer": 2, "pattern": 1, "ner": 0}

# A capitalised personal title right before a word (session 50: "Fru Han", "Dr Ho").
_TITLE_BEFORE = re.compile(
    r"(?<![\w'’-])(?:" + "|".join(t.capitalize() for t in sorted(PLAIN_TITLES)) + r")\.? $"
)


@dataclass(frozen=True)
class Thresholds:
    """Score needed to replace / to flag, per layer."""

    replace: float
    flag: float


DEFAULT_THRESHOLDS: dict[str, Thresholds] = {
    "dictionary": Thresholds(0.5, 0.3),
    "ner": Thresholds(0.5, 0.2),
    "gazetteer": Thresholds(0.5, 0.3),
    "pattern": Thresholds(0.4, 0.2),
    "flag": Thresholds(2.0, 0.0),  # flag recognizers never replace
}


# Context layers whose *flags* survive on a non-entity word: the sentence says the word is
# used as a name there ("We lived in March, near Peterborough"; detect4).
# Session 36: a word and a place noun after a place preposition ("i Signal dalen": the app's
# name is a place's first half there; recognizers/place_noun_pairs.py).
CONTEXT_FLAG_SOURCES = frozenset({"PlaceInContextRecognizer", "PlaceNounPairRecognizer"})
# Context recognizers whose *replace* spans survive on a non-entity word: "worked at Asda"
# names an employer, "a Greggs sausage roll" a brand (recall2, recognizers/employers.py).
# names branch: "Det var Juni som hadde nattevakt" — a month in a person's cleft
# (recognizers/person_cues.py, which never proposes another non-entity).
CONTEXT_REPLACE_SOURCES = frozenset(
    {
        "EmployerGazetteerRecognizer",
        "PersonCueRecognizer",
        "SamiInstitutionRecognizer",
        "AdjectiveInstitutionRecognizer",  # nb24: "på Samisk høgskole"
        "EmployerSubjectRecognizer",  # orgs21: "Spar på hjørnet ansatte meg"
        "PlaceNounPairRecognizer",  # session 36: "i Signal dalen"
        "IsleOfPlaceRecognizer",  # session 36: "the isle of grain"
        "HonorificSurnameRecognizer",  # session 43: "a mr bean"
        # session 44 (the lower-cased development sets): a cleft about what only a person does
        # names the word, a month too ("det var juni som hadde nattevakt"); the pronoun slot
        # keeps the non-entities out itself
        "LowerPronounNameRecognizer",
        # session 44: a unit one is admitted to, named after a public figure ("mary seacole
        # house")
        "AdmissionSlotRecognizer",
    }
)


def layer_of(source: str, entity_type: str) -> str:
    """Which layer a recognizer belongs to, from its name (and the flag types)."""
    if entity_type in et.FLAG_TYPES:
        return "flag"
    if source == DICTIONARY_SOURCE:
        return "dictionary"
    if source == NER_SOURCE or "spacy" in source.lower():
        return "ner"
    if "gazetteer" in source.lower():
        return "gazetteer"
    return "pattern"


@dataclass(frozen=True)
class _Cand:
    start: int
    end: int
    type: str
    score: float
    source: str
    layer: str
    action: str

    @property
    def length(self) -> int:
        return self.end - self.start


def _overlap(a: _Cand, b: _Cand | tuple[int, int]) -> bool:
    s, e = (b.start, b.end) if isinstance(b, _Cand) else b
    return a.start < e and s < a.end


_SENTENCE_END = re.compile(r"(?:^|[.!?:;\n…]|[.!?]['\"»”])[\s\"'«“(\-–—]*$")
# Institution words that follow a name ("Fjellsiden skole") or join two ("Universitetet i
# Bergen"): the whole phrase names one organisation, and "skole"/"i" must not be left behind
# next to a pseudonym that gives the name away.
_INSTITUTION_TAIL = re.compile(
    r"\s+(?:skole|skule|barneskole|ungdomsskole|videregående(?: skole)?|barnehage|sykehus|"
    r"sjukehus|sykehjem|omsorgssenter|legesenter|legekontor|helsesenter|helsestasjon|DPS|"
    r"kirke|menighet|universitet|høgskole|school|primary school|high school|hospital|clinic|"
    r"medical cent(?:er|re)|nursing home|kindergarten|church|university|college)(?!\w)",
    re.IGNORECASE,
)
_INSTITUTION_HEAD = re.compile(
    r"(?:Universitetet|Høgskolen|Høyskolen|Sykehuset|Sjukehuset|Kommunen|Fylkeskommunen|"
    r"University|College|Hospital|Bank|"
    # orgids: a capitalized institution compound + i + place is one name ("Kysthospitalet i
    # Hagevik", "Krisesenteret i Salten")
    r"[A-ZÆØÅ][a-zæøå]*(?:hospitalet|klinikken|senteret|sykehuset|sjukehuset|hjemmet))$"
)
_JOINER = re.compile(r"\s+(?:i|på|of|in|at)\s+")
_COMPANY = re.compile(r"\s+(?:AS|ASA|SA|BA|ANS|DA|NUF|Ltd|Ltd\.|Inc|Inc\.|LLC|plc|GmbH|AB)(?!\w)")


def _sentence_initial(text: str, start: int) -> bool:
    """Nothing but punctuation/space between the previous sentence end and ``start``."""
    return _SENTENCE_END.search(text[max(0, start - 40) : start]) is not None or start == 0


def _company_suffix(text: str, end: int) -> int:
    """Extend a name over a following company form or institution word ("Havbris" + " AS",
    "Fjellsiden" + " skole")."""
    m = _COMPANY.match(text, end) or _INSTITUTION_TAIL.match(text, end)
    return m.end() if m else end


def _join_institutions(text: str, names: list[_Cand]) -> list[_Cand]:
    """Merge "Universitetet" + " i " + "Bergen" into one ORGANIZATION span."""
    out: list[_Cand] = []
    for c in sorted(names, key=lambda c: c.start):
        if out:
            prev = out[-1]
            joiner = _JOINER.fullmatch(text, prev.end, c.start)
            if joiner and _INSTITUTION_HEAD.search(text[prev.start : prev.end]):
                sources = "+".join(sorted({prev.source, c.source}))
                score = max(prev.score, c.score)
                out[-1] = _Cand(
                    prev.start, c.end, et.ORGANIZATION, score, sources, prev.layer, REPLACE
                )
                continue
        out.append(c)
    return out


def _uncovered_words(text: str, cand: _Cand, accepted: Sequence[_Cand]) -> list[_Cand]:
    """``cand`` itself when no accepted span overlaps it, else its parts outside them that
    still hold a word other than a joining word, as candidates of the same kind."""
    covers = [(a.start, a.end) for a in accepted if _overlap(cand, a)]
    if not covers:
        return [cand]
    return [
        replace(cand, start=s, end=e)
        for s, e in uncovered_words(text, (cand.start, cand.end), covers)
    ]


# Recognizers that call any long or cued number an identifier without knowing its kind.
GENERIC_NUMBER_SOURCES = frozenset({"LongNumberRecognizer", "CuedNumberRecognizer"})


def _generic_of(c: _Cand, other: _Cand) -> bool:
    """``c`` only says "some identifier" where a checksum told ``other``'s kind for the same
    digits (a bank account: "konto 3752 60 15178" is no national ID). A cue beats a phone
    shape, though: "patient number 12345678" stays an ID."""
    return (
        c.source in GENERIC_NUMBER_SOURCES
        and other.source not in GENERIC_NUMBER_SOURCES
        and other.type in (et.BANK_ACCOUNT, et.IBAN)
        and other.start <= c.start
        and c.end <= other.end
    )


def _strictly_inside(inner: _Cand, outer: _Cand) -> bool:
    """True when ``outer`` covers ``inner`` and is longer."""
    return outer.start <= inner.start and inner.end <= outer.end and outer.length > inner.length


def resolve(
    text: str,
    results: Iterable[RecognizerResult],
    lang: str,
    thresholds: dict[str, Thresholds] | None = None,
    not_entities: frozenset[str] = frozenset(),
    ordinary_word: Callable[[str], bool] | None = None,
) -> list[DetectedEntity]:
    """Turn raw overlapping recognizer results into the final entity list (module docstring)."""
    th = thresholds or DEFAULT_THRESHOLDS
    cands: list[_Cand] = []
    for r in results:
        meta = r.recognition_metadata or {}
        source = str(meta.get(RecognizerResult.RECOGNIZER_NAME_KEY, "") or "")
        layer = layer_of(source, r.entity_type)
        t = th.get(layer, DEFAULT_THRESHOLDS["pattern"])
        if r.entity_type in et.FLAG_TYPES or r.score < t.replace:
            if r.score < t.flag:
                continue
            action = FLAG
        else:
            action = REPLACE
        for start, end in line_pieces(text, r.start, r.end):
            etype = r.entity_type
            if etype in NAME_TYPES:
                start, end = to_word_edges(text, start, end)
            if layer == "ner" and etype in (et.ORGANIZATION, et.LOCATION):
                # "Nurse Pretty", "Sister Bright" called an organisation: a personal title
                # opens a person's name (session 21)
                etype = titled_person_type(text, start, end, etype)
            if etype in (et.ORGANIZATION, et.LOCATION) and layer == "ner":
                # session 26: the NER model's span may take an owner or a verb with it ("My
                # National Insurance is"): the name is what lies between
                start, end = trim_owner_verb_count(text, start, end)
                if start >= end:
                    continue
            if etype == et.PERSON:
                start = strip_person_cues(text, start, end)
                if text[start:end].lower() in PERSON_CUE_WORDS and not _TITLE_BEFORE.search(
                    text, max(0, start - 10), start
                ):
                    # a pronoun or kinship word alone ("Han" of "Han Bjørn") is no name; after
                    # a capitalised title it is a surname (session 50: "Fru Han fra Pohang")
                    continue
            if (
                layer != "dictionary"
                and r.entity_type not in VALIDATED_TYPES
                and not (action == FLAG and source in CONTEXT_FLAG_SOURCES)
                and source not in CONTEXT_REPLACE_SOURCES
                and not (r.entity_type == et.PERSON and titled_eponym(text, start, end))
                # session 45: "my uncle sunday still rings": a day named after a kinship word
                and not (r.entity_type == et.PERSON and kin_named_calendar(text, start, end))
                and (
                    is_distractor(text[start:end], not_entities, r.entity_type in NAME_TYPES)
                    # a year or amount written as one word ("i totusenogtolv"; ids20)
                    or (
                        r.entity_type in NAME_TYPES
                        and number_words_together(text[start:end].lower())
                        and not listed_place(text[start:end])  # "Toten" = "to" + "ten"
                    )
                    or (
                        r.entity_type in NAME_TYPES
                        and inside_non_entity_phrase(text, start, end, not_entities)
                    )
                    or (
                        # a flag too: "Universal" of "Universal Credit" is no one's name
                        action == FLAG
                        and flag_inside_non_entity_phrase(text, start, end, not_entities)
                    )
                    or (
                        r.entity_type in NAME_TYPES
                        and (eponym(text, start, end) or brand_product(text, start, end))
                    )
                    or (action == FLAG and eponym(text, start, end))
                    or (r.entity_type in NAME_TYPES and spelling_word(text, start, end))
                )
            ):
                continue
            kept = action
            if (
                action == REPLACE
                and layer != "dictionary"
                and etype in NAME_TYPES
                and royal_name(text, start, end)
            ):
                # nb23: "Kong Harald" is the king, a public figure: shown, not replaced (news
                # text names royals as persons: NorNE train marks 43 such names PER)
                kept = FLAG
            if (
                action == REPLACE
                and layer != "dictionary"
                and etype in NAME_TYPES
                and (
                    (lang == "en" and infinitive_verb(text, start, end))
                    or (lang == "nb" and nb_infinitive_verb(text, start, end))
                )
            ):
                # session 26: "used to nick everyone's biscuits"; session 33: "han ville endre"
                kept = FLAG
            cands.append(_Cand(start, end, etype, float(r.score), source, layer, kept))

    replace_c = [c for c in cands if c.action == REPLACE]
    accepted: list[_Cand] = []

    # Structured types first, by precedence, then longer, then score. A structured span that
    # lies strictly inside another one loses to it whatever its type: a plate shape inside an
    # Eircode ("T23 W9P4" holds "23 W9") is a piece of the longer identifier, and keeping the
    # piece would leave the rest of the identifier in the transcript.
    structured_all = [c for c in replace_c if c.type not in NAME_TYPES]
    structured = sorted(
        (
            c
            for c in structured_all
            if not any(_strictly_inside(c, o) or _generic_of(c, o) for o in structured_all)
        ),
        key=lambda c: (STRUCTURED_ORDER.index(c.type) if c.type in STRUCTURED_ORDER else 99,
                       -c.length, -c.score),
    )  # fmt: skip
    for c in structured:
        if not any(_overlap(c, a) for a in accepted):
            accepted.append(c)

    # Names: cut away parts covered by structured spans, then merge overlaps.
    names: list[_Cand] = []
    covered = [(a.start, a.end) for a in accepted]
    for c in (c for c in replace_c if c.type in NAME_TYPES):
        for s, e in subtract_spans((c.start, c.end), covered):
            s, e = trim_punct(text, s, e)
            if e > s and re.search(r"\w", text[s:e]):
                names.append(replace(c, start=s, end=e))
    names.sort(key=lambda c: (c.start, -c.end))
    groups: list[list[_Cand]] = []
    for c in names:
        if groups and c.start < max(g.end for g in groups[-1]):
            groups[-1].append(c)
        else:
            groups.append([c])
    demoted: list[_Cand] = []
    for g in groups:
        start, end = min(c.start for c in g), max(c.end for c in g)
        if all(c.layer == "ner" and c.type == et.PERSON for c in g) and ner_no_name(
            text[start:end]
        ):
            continue  # "han sa bare Fordi.", "Æ jobba …": no one (person_spans.py)
        if (
            ordinary_word is not None
            and all(c.layer == "ner" for c in g)
            and _sentence_initial(text, start)
            and ordinary_word(text[start:end])
            and not coordinated_with_person(text, end, names)  # "Tobben og Bettan va der"
            # "Geth drove", "Ros from Andover was …"
            and not (lang == "en" and subject_of_person_verb(text, end, names, start))
        ):
            # NER alone calls a sentence-initial ordinary word ("Hvordan", "Deltaker:") a
            # name, where its capital letter proves nothing: show it, don't replace it.
            # Mid-sentence, a capitalized ordinary word is kept: Norwegian places are often
            # ordinary words ("Fløyen", "Dal").
            demoted.append(replace(g[0], start=start, end=end, action=FLAG))
            continue
        if (
            ordinary_word is not None
            and all(c.layer == "ner" for c in g)
            and generic_service(text[start:end], ordinary_word)
        ):
            # NER alone calls a service or benefit made of ordinary words an organisation
            # ("the Crisis Team", "Universal Credit", "Home Treatment Team"): such a name
            # identifies no one, and replacing it damages the transcript. Flag it (prec2).
            demoted.append(replace(g[0], start=start, end=end, type=et.ORGANIZATION, action=FLAG))
            continue
        end = _company_suffix(text, end)
        if end > max(c.end for c in g):
            g = [replace(c, type=et.ORGANIZATION) for c in g]
        dict_hits = [c for c in g if c.layer == "dictionary"]
        longest = max(c.length for c in g)
        pool = dict_hits or [c for c in g if c.length == longest]
        best = max(pool, key=lambda c: (_LAYER_TRUST.get(c.layer, 0), c.score,
                                        -_NAME_TYPE_RANK[c.type]))  # fmt: skip
        sources = "+".join(sorted({c.source for c in g}))
        accepted.append(
            _Cand(start, end, best.type, max(c.score for c in g), sources, best.layer, REPLACE)
        )

    names_done = [c for c in accepted if c.type in NAME_TYPES]
    accepted = [c for c in accepted if c.type not in NAME_TYPES] + _join_institutions(
        text, names_done
    )

    # A flagged capitalized word right after a replaced person is the surname ("Brage
    # Fjære"; person_spans.py).
    flag_c = [c for c in cands if c.action == FLAG] + demoted
    for i, a in enumerate(accepted):
        for f in sorted(flag_c, key=lambda c: c.start):
            if surname_after(text, a, f) and " " not in text[f.start : f.end]:
                a = accepted[i] = replace(a, end=f.end, source=f"{a.source}+{f.source}")

    # Session 26: a place or organisation flag that opens with a replacement of its own type
    # is that name said whole ("aber rust with": "aber" replaced as a rare word, the flag the
    # pieces ASR split Aberystwyth into): the replacement takes the rest of the flag, rather
    # than leave "rust with" beside the pseudonym.
    for i, a in enumerate(accepted):
        for f in flag_c:
            if (
                f.type == a.type
                and a.type in (et.LOCATION, et.ORGANIZATION)
                and f.start == a.start
                and f.end > a.end
                and not any(o is not a and o.start < f.end and a.end < o.end for o in accepted)
            ):
                a = accepted[i] = replace(a, end=f.end, source=f"{a.source}+{f.source}")

    # Flags: only where nothing is replaced; longest first among overlapping flags. A flag
    # that a replacement covers in part keeps its words outside the replacement ("Crown and
    # Anchor" flagged, "Crown" replaced: "and Anchor" stays shown, never silently kept).
    flags: list[_Cand] = []
    for c in sorted(flag_c, key=lambda c: (-c.length, -c.score)):
        for piece in _uncovered_words(text, c, accepted):
            if text[piece.start : piece.end].lower() in PERSON_CUE_WORDS and any(
                a.type == et.PERSON and a.start == next_word_start(text, piece.end)
                for a in accepted
            ):
                continue  # session 33: the kinship word or title before a replaced name
            if not any(_overlap(piece, f) for f in flags):
                flags.append(piece)

    out = [
        DetectedEntity(
            c.start, c.end, c.type, c.action, round(c.score, 4), text[c.start : c.end], c.source
        )  # type: ignore[arg-type]
        for c in accepted + flags
    ]
    return sorted(out, key=lambda d: (d.start, d.end))
