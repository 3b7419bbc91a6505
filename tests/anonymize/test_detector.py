"""Detector: real Presidio + spaCy end to end, and the conflict rules of ``resolve`` alone."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from presidio_analyzer import RecognizerResult

from anonkit.anonymize import entity_types as et
from anonkit.anonymize.detector import NER_SOURCE, Detector, resolve
from anonkit.anonymize.dictionary import RECOGNIZER_NAME, DictionaryEntry, ProjectDictionary
from anonkit.anonymize.nlp import _find_folder

NB_MODEL = _find_folder("nb_anonkit_ner")
needs_nb = pytest.mark.skipif(
    NB_MODEL is None, reason="Norwegian NER model models/spacy/nb_anonkit_ner is not installed"
)


def spans(entities, action="replace"):
    return {(e.type, e.text) for e in entities if e.action == action}


# --- real models ------------------------------------------------------------------------------

EN_CASES = [
    ("I met Irene Johansen in London last week.",
     {("PERSON", "Irene Johansen"), ("LOCATION", "London")}),
    ("Write to irene.johansen@example.com today.", {("EMAIL", "irene.johansen@example.com")}),
    ("Call me on +47 912 34 567 after lunch.", {("PHONE", "+47 912 34 567")}),
    ("My son Peter works at Microsoft in Seattle.",
     {("PERSON", "Peter"), ("ORGANIZATION", "Microsoft"), ("LOCATION", "Seattle")}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), EN_CASES)
def test_english_table(en: Detector, text: str, expected: set[tuple[str, str]]) -> None:
    found = en.detect(text)
    assert expected <= spans(found)
    for e in found:
        assert text[e.start : e.end] == e.text
        assert e.action in ("replace", "flag")
        assert 0.0 <= e.score <= 1.0


def test_spacy_date_label_is_not_reported(en: Detector) -> None:
    # spaCy tags "Monday" as DATE; dates come only from our own date recognizer.
    found = en.detect("We met on Monday and talked for an hour.")
    assert not any(e.text == "Monday" and e.source == NER_SOURCE for e in found)


def test_distractor_is_not_a_person(en: Detector) -> None:
    found = en.detect("As Freud would put it, John was anxious.")
    assert ("PERSON", "John") in spans(found)
    assert not any(e.text == "Freud" and e.action == "replace" for e in found)


def test_detect_many_streams_in_order(en: Detector) -> None:
    texts = ["Irene lives in Oslo.", "", "Nothing here at all.", "Peter called John Smith."]

    def gen():
        yield from texts

    many = list(en.detect_many(gen()))
    assert len(many) == len(texts)
    assert many == [en.detect(t) for t in texts]
    assert many[1] == []


def test_project_dictionary_decides_what_a_word_is(en: Detector) -> None:
    # An unknown word on a lower-case line: without the dictionary only the model's guess
    # (or a flag) covers it; the steward's dictionary entry makes it what the key says.
    text = "ok so um bregnelund said no"
    assert not [e for e in en.detect(text) if RECOGNIZER_NAME in e.source]
    entries = (DictionaryEntry("Bregnelund", "LOCATION"),)
    detector = Detector("en", ProjectDictionary(entries, "en"))
    found = detector.detect(text)
    assert [(e.type, e.text, e.action) for e in found] == [("LOCATION", "bregnelund", "replace")]
    assert RECOGNIZER_NAME in found[0].source
    detector.project_dictionary = None  # the layer can be swapped out again
    assert not [e for e in detector.detect(text) if RECOGNIZER_NAME in e.source]


@needs_nb
def test_norwegian_interface_example(nb: Detector) -> None:
    text = "Jeg heter Irene og bor i Tromsø."
    found = nb.detect(text)
    assert {("PERSON", "Irene"), ("LOCATION", "Tromsø")} <= spans(found)


@needs_nb
def test_norwegian_genitive_span_covers_the_word(nb: Detector) -> None:
    text = "Irenes mor heter Kari Nordmann."
    found = nb.detect(text)
    assert ("PERSON", "Kari Nordmann") in spans(found)
    # whatever layer finds Irene, the span is the whole word "Irenes", never "Irene" + "s"
    hits = [e for e in found if e.start == 0]
    assert hits and hits[0].text == "Irenes"


@needs_nb
def test_norwegian_national_id_beats_phone(nb: Detector) -> None:
    from stdnum.no import fodselsnummer

    fnr = next(
        f"0101{yy:02d}{n:03d}{c}"
        for yy in range(50, 99)
        for n in range(100, 999)
        for c in ("00", "11", "22", "33", "44", "55", "66", "77", "88", "99")
        if fodselsnummer.is_valid(f"0101{yy:02d}{n:03d}{c}")
    )
    text = f"Fødselsnummeret mitt er {fnr}."
    found = nb.detect(text)
    assert (et.NATIONAL_ID, fnr) in spans(found)
    assert not any(e.type == et.PHONE for e in found)


# --- resolve() rules with synthetic recognizer results ----------------------------------------


def rr(type_: str, start: int, end: int, score: float, source: str) -> RecognizerResult:
    return RecognizerResult(
        type_,
        start,
        end,
        score,
        recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: source},
    )


def test_overlapping_person_spans_merge_into_union() -> None:
    text = "I saw Irene Johansen there"
    out = resolve(text, [rr("PERSON", 6, 11, 0.75, "PersonGazetteerRecognizer"),
                         rr("PERSON", 6, 20, 0.85, NER_SOURCE)], "en")  # fmt: skip
    assert [(e.type, e.text, e.action) for e in out] == [("PERSON", "Irene Johansen", "replace")]
    assert "PersonGazetteerRecognizer" in out[0].source and NER_SOURCE in out[0].source


def test_structured_precedence_national_id_over_account_over_phone() -> None:
    text = "nummer 01010112345 her"
    out = resolve(text, [rr("PHONE", 7, 18, 0.9, "PhoneRecognizer"),
                         rr("BANK_ACCOUNT", 7, 18, 0.9, "BankAccountRecognizer"),
                         rr("NATIONAL_ID", 7, 18, 0.8, "NationalIdRecognizer")], "nb")  # fmt: skip
    assert [(e.type, e.text) for e in out] == [("NATIONAL_ID", "01010112345")]


def test_dictionary_type_wins_and_name_extends_over_it() -> None:
    text = "Irene Johansen kom"
    out = resolve(text, [rr("PERSON", 0, 5, 1.0, RECOGNIZER_NAME),
                         rr("LOCATION", 0, 14, 0.85, NER_SOURCE)], "nb")  # fmt: skip
    assert [(e.type, e.text) for e in out] == [("PERSON", "Irene Johansen")]


def test_place_flag_opening_with_a_replaced_place_is_replaced_whole() -> None:
    """Session 26: a place flag that opens with a replacement of its type is that place said
    whole ("aber rust with"); a flag of another type keeps its uncovered words as a flag."""
    text = "she went to aber rust with for college"
    out = resolve(text, [rr("LOCATION", 12, 16, 0.6, "RareSlotWordFlagRecognizer"),
                         rr("LOCATION", 12, 26, 0.35, "PlaceFormRecognizer")], "en")  # fmt: skip
    assert [(e.type, e.text, e.action) for e in out] == [
        ("LOCATION", "aber rust with", "replace")
    ]
    text = "the crown and anchor closed"
    out = resolve(text, [rr("PERSON", 4, 9, 0.6, "SomeNameRecognizer"),
                         rr("ORGANIZATION", 4, 20, 0.35, "SomeFlagRecognizer")], "en")  # fmt: skip
    assert [(e.text, e.action) for e in out] == [("crown", "replace"), ("and anchor", "flag")]


def test_a_verb_after_an_infinitive_to_is_only_flagged() -> None:
    """Session 26: "used to nick" is the verb, whatever first-name list holds "Nick"; "spoke
    to nick" keeps the name (no infinitive there)."""
    text = "he used to nick everyone's biscuits"
    out = resolve(text, [rr("PERSON", 11, 15, 0.85, "PersonGazetteerRecognizer")], "en")
    assert [(e.text, e.action) for e in out] == [("nick", "flag")]
    text = "i spoke to nick about it"
    out = resolve(text, [rr("PERSON", 11, 15, 0.85, "PersonGazetteerRecognizer")], "en")
    assert [(e.text, e.action) for e in out] == [("nick", "replace")]


def test_an_owner_word_is_cut_from_an_ner_organisation() -> None:
    text = "I rang my Hafod Housing about it"
    out = resolve(text, [rr("ORGANIZATION", 7, 23, 0.85, NER_SOURCE)], "en")
    assert [(e.type, e.text) for e in out] == [("ORGANIZATION", "Hafod Housing")]


def test_validated_pattern_beats_name_inside_it() -> None:
    text = "mail irene@example.com now"
    out = resolve(text, [rr("EMAIL", 5, 22, 1.0, "EmailRecognizer"),
                         rr("PERSON", 5, 10, 0.85, NER_SOURCE)], "en")  # fmt: skip
    assert [(e.type, e.text) for e in out] == [("EMAIL", "irene@example.com")]


def test_name_partly_covered_keeps_its_uncovered_part() -> None:
    text = "Storgata 5 Irene"
    out = resolve(text, [rr("ADDRESS", 0, 10, 0.8, "AddressRecognizer"),
                         rr("PERSON", 9, 16, 0.85, NER_SOURCE)], "nb")  # fmt: skip
    assert [(e.type, e.text) for e in out] == [("ADDRESS", "Storgata 5"), ("PERSON", "Irene")]


def test_low_score_becomes_flag_and_flags_yield_to_replacements() -> None:
    text = "Hun nevnte Solvang og Kari"
    out = resolve(text, [rr("PERSON", 11, 18, 0.3, NER_SOURCE),
                         rr("CAPITALIZED", 22, 26, 0.5, "FlagRecognizer"),
                         rr("PERSON", 22, 26, 0.85, NER_SOURCE)], "nb")  # fmt: skip
    assert [(e.type, e.text, e.action) for e in out] == [
        ("PERSON", "Solvang", "flag"),
        ("PERSON", "Kari", "replace"),
    ]


def test_below_flag_threshold_is_dropped() -> None:
    out = resolve("xx Abc", [rr("PERSON", 3, 6, 0.1, NER_SOURCE)], "en")
    assert out == []


def test_distractors_removed_unless_dictionary() -> None:
    text = "Freud sa det"
    distractors = frozenset({"freud"})
    assert resolve(text, [rr("PERSON", 0, 5, 0.85, NER_SOURCE)], "nb", None, distractors) == []
    kept = resolve(text, [rr("PERSON", 0, 5, 1.0, RECOGNIZER_NAME)], "nb", None, distractors)
    assert [e.text for e in kept] == ["Freud"]


def test_name_span_grows_to_whole_word() -> None:
    out = resolve("Irenes mor", [rr("PERSON", 0, 5, 0.85, NER_SOURCE)], "nb")
    assert [(e.start, e.end, e.text) for e in out] == [(0, 6, "Irenes")]


def test_ner_only_ordinary_word_is_demoted_to_flag() -> None:
    out = resolve("Hvordan gikk det", [rr("ORGANIZATION", 0, 7, 0.85, NER_SOURCE)], "nb",
                  ordinary_word=lambda w: w == "Hvordan")  # fmt: skip
    assert [(e.text, e.action) for e in out] == [("Hvordan", "flag")]


def test_spans_never_cross_a_line_break() -> None:
    text = "works at Microsoft\nInterview with John"
    out = resolve(text, [rr("ORGANIZATION", 9, 28, 0.85, NER_SOURCE)], "en")
    assert [(e.type, e.text) for e in out] == [
        ("ORGANIZATION", "Microsoft"),
        ("ORGANIZATION", "Interview"),
    ]


def test_mid_sentence_ordinary_word_found_by_ner_stays_replaced() -> None:
    # Norwegian places are often ordinary words ("Fløyen" = the wing); mid-sentence the
    # capital letter is evidence, so NER's finding is kept.
    text = "Vi gikk tur på Fløyen i går. Fløyen var fin."
    out = resolve(text, [rr("LOCATION", 15, 21, 0.85, NER_SOURCE),
                         rr("LOCATION", 29, 35, 0.85, NER_SOURCE)], "nb",
                  ordinary_word=lambda w: w == "Fløyen")  # fmt: skip
    assert [(e.start, e.action) for e in out] == [(15, "replace"), (29, "flag")]


def test_company_form_joins_the_name() -> None:
    text = "Et lite firma, Havbris AS, lager programvare."
    out = resolve(text, [rr("PERSON", 15, 22, 0.85, NER_SOURCE)], "nb")
    assert [(e.type, e.text) for e in out] == [("ORGANIZATION", "Havbris AS")]


@pytest.mark.parametrize(
    ("text", "spans_in", "expected"),
    [("Jeg underviser på Fjellsiden skole nå.", [(18, 28, "LOCATION")],
      ("ORGANIZATION", "Fjellsiden skole")),
     ("Jeg jobbet på Universitetet i Bergen i år.", [(14, 27, "LOCATION"), (30, 36, "LOCATION")],
      ("ORGANIZATION", "Universitetet i Bergen"))],
)  # fmt: skip
def test_institution_phrases_become_one_organization(text, spans_in, expected) -> None:
    out = resolve(text, [rr(t, s, e, 0.85, NER_SOURCE) for s, e, t in spans_in], "nb")
    assert [(e.type, e.text) for e in out] == [expected]


def test_missing_model_is_a_one_line_error(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    from anonkit.anonymize import nlp
    from anonkit.errors import ModelNotFoundError

    monkeypatch.setattr(nlp, "REPO_ROOT", tmp_path)
    monkeypatch.setenv("ANONKIT_MODELS_DIR", str(tmp_path / "none"))
    with pytest.raises(ModelNotFoundError) as info:
        nlp.model_location("nb")
    message = str(info.value)
    assert "\n" not in message and "nb_anonkit_ner" in message and "install" in message
    # a model folder under ANONKIT_MODELS_DIR is found
    folder = tmp_path / "none" / "spacy" / "nb_anonkit_ner"
    folder.mkdir(parents=True)
    (folder / "meta.json").write_text("{}", encoding="utf-8")
    assert nlp.model_location("nb") == str(folder)


_TYPES = ["PERSON", "LOCATION", "ORGANIZATION", "PHONE", "NATIONAL_ID", "DATE", "CAPITALIZED"]
_SOURCES = [NER_SOURCE, RECOGNIZER_NAME, "PersonGazetteerRecognizer", "PhoneRecognizer"]


@settings(max_examples=200, deadline=None)
@given(
    st.text(alphabet="abc ÆøåX-.\n'1", min_size=1, max_size=40),
    st.lists(st.tuples(st.integers(0, 40), st.integers(1, 12), st.sampled_from(_TYPES),
                       st.floats(0, 1), st.sampled_from(_SOURCES)), max_size=8),
)  # fmt: skip
def test_resolve_invariants(text: str, raw: list) -> None:
    """Whatever the recognizers say: spans lie inside the text and slice to their text,
    replacements never overlap each other, flags never overlap a replacement, order holds."""
    results = [
        rr(t, min(s, len(text)), min(s + n, len(text)), score, src) for s, n, t, score, src in raw
    ]
    out = resolve(text, [r for r in results if r.end > r.start], "nb")
    assert out == sorted(out, key=lambda e: (e.start, e.end))
    for e in out:
        assert 0 <= e.start < e.end <= len(text) and text[e.start : e.end] == e.text
        assert "\n" not in e.text
    replaced = [e for e in out if e.action == "replace"]
    for i, a in enumerate(out):
        for b in out[i + 1 :]:
            if a.action == "replace" or b.action == "replace":
                assert not a.overlaps(b) or a is b
    assert all(e.type not in ("CAPITALIZED",) for e in replaced)


def test_a_context_layer_on_the_same_span_as_ner_is_kept(en: Detector) -> None:
    # NER alone on a sentence-initial everyday word gives a flag; the naming context ("was
    # her name") on the very same span must survive to make it a replacement (Presidio's
    # remove_duplicates used to keep only one of the two).
    found = [(d.text, d.type, d.action) for d in en.detect("Sky was her name, she was sixteen.")]
    assert ("Sky", "PERSON", "replace") in found


def test_nlp_artifacts_compute_their_lists_when_read() -> None:
    from anonkit.anonymize.nlp import get_nlp_engine

    artifacts = get_nlp_engine("nb").process_text("Kari bor i Oslo.", "nb")
    assert [e.text for e in artifacts.entities] == ["Kari", "Oslo"]
    assert artifacts.lemmas == ["kari", "bor", "i", "oslo", "."]
    assert artifacts.tokens_indices == [0, 5, 9, 11, 15]
    assert "kari" in artifacts.keywords and "i" not in artifacts.keywords


def test_a_surname_is_no_genitive_of_a_two_letter_non_entity(nb: Detector) -> None:
    # "Aas" minus its "s" is "aa" (a non-entity acronym); the surname must stay a name.
    found = [(d.text, d.action) for d in nb.detect("Aas var flink, hun fikk meg ut.")]
    assert ("Aas", "replace") in found


def test_a_listed_first_name_is_no_genitive_of_an_acronym(nb: Detector) -> None:
    # detect4: "Lars" minus its "s" is "lar" (LAR, a treatment programme, a non-entity):
    # the name was silently kept. The acronym's own genitive ("LARs") stays a non-entity.
    found = [(d.text, d.action) for d in nb.detect("Vi ringte Lars i går.")]
    assert ("Lars", "replace") in found
    assert nb.detect("LARs regler var strenge.") == []


def test_loaded_tables_are_frozen_out_of_the_cyclic_collector(en: Detector) -> None:
    """A detector's models and tables are frozen once loaded (why: detector.py,
    ``_freeze_loaded_tables``); frozen objects are still freed by reference counting."""
    import gc

    assert gc.get_freeze_count() > 100_000
    frozen = gc.get_freeze_count()
    Detector("en")  # a second detector of a language already frozen freezes nothing new
    assert gc.get_freeze_count() == frozen
