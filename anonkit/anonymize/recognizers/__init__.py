"""Presidio recognizers for anonkit (design.md §4, layers 3-5).

One recognizer kind per module. :func:`build_recognizers` is the only entry point the
detector needs: it returns *fresh* instances (recognizers hold per-language state)
registered for the requested language. Scores follow one convention: ≥ 0.5 means "replace"
(validated patterns 0.75-1.0, gazetteer hits 0.5-0.95 by context), 0.3-0.45 means "show
the steward" (an ambiguous name at a sentence start, a surname that is also an English
word), flags 0.2-0.35. Names of the gazetteer recognizers end in ``GazetteerRecognizer``.
"""

from __future__ import annotations

import importlib
import os

os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")

from presidio_analyzer import EntityRecognizer

from anonkit.anonymize.entity_types import SUPPORTED_LANGUAGES

# Recognizer modules, in the order their results are listed. Each has ``build(lang)``
# returning fresh recognizers: patterns with validation first, then gazetteers, then flags.
_FACTORIES: tuple[str, ...] = (
    "national_id",
    "bank_account",
    "iban",
    "phone",
    "email",
    "url",
    "address",
    "spoken_address",
    "dates",
    "spoken_numbers",
    "spoken_dates",
    "spoken_email",
    "spoken_url",
    "spelled_names",
    "license_plate",
    "uk_national_insurance",
    "cued_numbers",
    "long_numbers",
    "alphanumeric_ids",
    "names_in_context",
    "cued_word_flags",
    "named_as",
    "subject_names",
    "lower_subjects",
    "lower_pronoun_names",
    "lower_objects",
    "lower_genitives",
    "garpe_genitives",
    "letter_pair_orgs",
    "upland_names",
    "named_hospitals",
    "congregation_names",
    "worship_leads",
    "nb_units_for",
    "sami_institutions_lower",
    "named_colleges",
    "dedicated_institutions",
    "from_the_team",
    "bare_pairs",
    "kin_predicates",
    "english_genitives",
    "person_cues",
    "kin_appositions",
    "role_appositions",
    "vocatives",
    "irish_referents",
    "name_meanings",
    "names_used_instead",
    "opener_clauses",
    "opener_persons",
    "nb_person_predicates",
    "profession_predicates",
    "nb_surname_subjects",
    "nb_dialect_article",
    "nb_relation_of",
    "nb_bare_subjects",
    "real_names",
    "nicknames",
    "gazetteer_person",
    "gazetteer_place",
    "places_in_context",
    "named_places",
    "place_noun_pairs",
    "isle_of_places",
    "landform_names",
    "definite_regions",
    "nickname_clauses",
    "place_predicates",
    "passed_places",
    "place_forms",
    "place_claims",
    "place_appositions",
    "hyphen_places",
    "named_grounds",
    "place_specified",
    "residence_slots",
    "split_names",
    "vietnamese_names",
    "gaelic_surnames",
    "honorific_surnames",
    "irish_placenames",
    "foreign_letters",
    "org_shapes",
    "nb_org_names",
    "lower_institutions",
    "institution_appositions",
    "child_schools",
    "named_buildings",
    "headed_institutions",
    "kind_named",
    "run_by",
    "named_services",
    "institution_slots",
    "nb_adjective_employers",
    "sports_clubs",
    "named_clubs",
    "english_slots",
    "admission_slots",
    "named_groups",
    "declared_places",
    "directional_names",
    "institution_cues",
    "employer_subjects",
    "gazetteer_institution",
    "employers",
    "rare_slot_words",
    "noun_named_businesses",
    "bare_slot_nouns",
    "flags",
    "name_words",
)


def build_recognizers(lang: str) -> list[EntityRecognizer]:
    """Return new recognizer instances with ``supported_language=lang``.

    Raises ValueError for a language we have no recognizers for (a programmer error:
    the CLI validates ``--lang`` before it gets here).
    """
    if lang not in SUPPORTED_LANGUAGES:
        raise ValueError(f"unsupported language {lang!r}; expected one of {SUPPORTED_LANGUAGES}")
    recognizers: list[EntityRecognizer] = []
    for name in _FACTORIES:
        module = importlib.import_module(f"{__name__}.{name}")
        recognizers.extend(module.build(lang))
    return recognizers
