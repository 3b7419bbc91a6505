"""The detection engine: every layer through one Presidio analyzer, then conflict resolution.

Layers (design.md §4; docs/detection.md): project dictionary (``project-dictionary``),
statistical NER (``spacy-ner``), gazetteers, validated patterns, suspicious-token flags —
all Presidio recognizers sharing one spaCy pass per text. Lines that lost their capitals are
truecased first (``truecase.py``; unknown words: ``unknown_words.py``); Presidio's overlapping
candidates are then resolved into one list (``resolve.py``), and repeats and restarts of a
replaced name are linked (``restarts.py``).
"""

from __future__ import annotations

import gc
import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace

os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")

from presidio_analyzer import AnalyzerEngine, RecognizerRegistry, RecognizerResult
from presidio_analyzer.context_aware_enhancers import ContextAwareEnhancer
from presidio_analyzer.predefined_recognizers import SpacyRecognizer

from anonkit.anonymize.aliases import alias_flags, lower_aliases
from anonkit.anonymize.apposed_full_names import apposed_full_names
from anonkit.anonymize.apposed_names import apposed_flags, surname_on_restart
from anonkit.anonymize.article_nouns import article_nouns_dropped
from anonkit.anonymize.bare_places import bare_places
from anonkit.anonymize.calendar_names import calendar_first_names, calendar_repeats_dropped
from anonkit.anonymize.coordinated import (
    coordinated_names,
    name_prefixes,
    person_led_names,
)
from anonkit.anonymize.coordinated_places import coordinated_places
from anonkit.anonymize.corrections import corrected_flags
from anonkit.anonymize.described_places import described_places
from anonkit.anonymize.dictionary import RECOGNIZER_NAME as DICTIONARY_SOURCE
from anonkit.anonymize.dictionary import ProjectDictionary
from anonkit.anonymize.entities import FLAG, REPLACE, DetectedEntity
from anonkit.anonymize.final_filters import nested_dropped, word_readings_dropped
from anonkit.anonymize.first_names_before import first_name_before
from anonkit.anonymize.flagged_tails import flagged_tails_joined
from anonkit.anonymize.folded_places import folded_places
from anonkit.anonymize.holiday_forms import holiday_genitives_dropped
from anonkit.anonymize.institution_tails import institution_tails
from anonkit.anonymize.kin_words import kin_words_dropped
from anonkit.anonymize.kind_heads import kind_heads
from anonkit.anonymize.lived_in_places import lived_in_places
from anonkit.anonymize.middle_words import joined_tails_grown, middle_words_joined
from anonkit.anonymize.name_pairs import name_pairs_joined
from anonkit.anonymize.ner_doubts import doubtful_ner_flagged
from anonkit.anonymize.nickname_forms import nickname_forms
from anonkit.anonymize.nlp import NER_ENTITIES, SUPPORTED_LANGS, get_nlp_engine
from anonkit.anonymize.non_names import (
    eponym,
    inside_non_entity_phrase,
    name_words,
)
from anonkit.anonymize.nynorsk_shown import nynorsk_words_shown
from anonkit.anonymize.org_edges import org_edges
from anonkit.anonymize.place_heads import place_heads
from anonkit.anonymize.place_links import linked_places
from anonkit.anonymize.place_openers import place_openers
from anonkit.anonymize.plate_cues import plate_cues_dropped
from anonkit.anonymize.pronoun_subjects import pronoun_subjects
from anonkit.anonymize.recognizers._base import AnonkitRecognizer, wanted_set
from anonkit.anonymize.repeated_flags import repeated_flags
from anonkit.anonymize.residence_places import residence_places
from anonkit.anonymize.resolve import DEFAULT_THRESHOLDS, NER_SOURCE, Thresholds, resolve
from anonkit.anonymize.respelled_places import respelled_places
from anonkit.anonymize.restarts import (
    promote_repeats,
    restart_forms,
    restated_in_full,
    short_forms,
)
from anonkit.anonymize.slot_kinds import slot_kinds
from anonkit.anonymize.span_pieces import uncovered_pieces
from anonkit.anonymize.specified_places import specified_places_replaced
from anonkit.anonymize.split_halves import split_halves_joined
from anonkit.anonymize.split_places import split_places
from anonkit.anonymize.spoken_languages import spoken_languages_dropped
from anonkit.anonymize.surname_after import surnames_after_first_names
from anonkit.anonymize.surname_flags import flagged_surnames, same_word_persons
from anonkit.anonymize.table_preload import load_tables
from anonkit.anonymize.truecase import Truecased, truecase
from anonkit.anonymize.unknown_words import unknown_capitalized

TRUECASE_SOURCE = "truecase"
UNKNOWN_WORD_SOURCE = "unknown-word"


class _NoContextEnhancer(ContextAwareEnhancer):
    """Scores stay as the recognizers gave them: ours weigh their own context (``_base``),
    and Presidio's lemma-based boost would need a lemmatizer we do not run (and deep-copies
    every result, about a tenth of detection time)."""

    def __init__(self) -> None:
        super().__init__(context_similarity_factor=0.0, min_score_with_context_similarity=0.0,
                         context_prefix_count=0, context_suffix_count=0)  # fmt: skip

    def enhance_using_context(self, text, raw_results, nlp_artifacts, recognizers, context=None):  # type: ignore[no-untyped-def]
        return raw_results


class _Analyzer(AnalyzerEngine):
    """Presidio's engine, read raw: every recognizer's results, none dropped.

    Why :meth:`raw_results` instead of ``analyze``: ``analyze`` ends with
    ``EntityRecognizer.remove_duplicates``, which keeps one of two same-type results over the
    same span (the first after a ``set``: arbitrary) and drops any result contained in an
    equal-scored one. :func:`resolve` needs to know *which layers* found a span — "Sky was
    her name" is a name because the context recognizer says so, not only NER, which alone
    would make a sentence-initial everyday word a flag — and it resolves overlaps itself.
    Skipping the context step (no recognizer we run implements it) and the bookkeeping also
    saves about a tenth of detection time on short transcript segments (cProfile,
    docs/benchmarks.md).
    """

    _plan: tuple[str, list, int, list, list[str]] | None = None

    def forget_plan(self) -> None:
        """Call after changing the registry's recognizers (the project dictionary)."""
        self._plan = None

    def _recognizers_and_entities(self, language: str) -> tuple[list, list[str]]:
        """The language's recognizers and the entity list every one of them is asked for.

        Why cached: Presidio rebuilds both from the registry on every call (about 5 % of the
        recognizer layer's time on short segments). The plan is rebuilt when the registry's
        list is another object or another length (it holds the list, so no new list can
        take its id), and :meth:`forget_plan` drops it. The entity list is computed once,
        so its order — Presidio's ``list(set(...))`` — is the one every text of the
        process saw before as well.
        """
        recognizers = self.registry.recognizers
        plan = self._plan
        if (
            plan is None
            or plan[0] != language
            or plan[1] is not recognizers
            or plan[2] != len(recognizers)
        ):
            ours = [r for r in recognizers if r.supported_language == language]
            entities = self.get_supported_entities(language=language)
            plan = self._plan = (language, recognizers, len(recognizers), ours, entities)
        return plan[3], plan[4]

    def raw_results(self, text: str, language: str, nlp_artifacts: object) -> list:
        recognizers, entities = self._recognizers_and_entities(language)
        wanted = wanted_set(entities)  # ours take it as a set (AnonkitRecognizer.results)
        results: list[RecognizerResult] = []
        for recognizer in recognizers:
            if not recognizer.is_loaded:
                recognizer.load()
                recognizer.is_loaded = True
            if isinstance(recognizer, AnonkitRecognizer):
                # our results carry their metadata already and no zero scores; most lists are
                # empty (session 47: no generator per recognizer and text)
                found = recognizer.results(text, wanted)
                if found:
                    results.extend(found)
                continue
            for r in recognizer.analyze(text=text, entities=entities, nlp_artifacts=nlp_artifacts):
                if r.score <= 0:
                    continue
                meta = r.recognition_metadata
                if meta is None:
                    r.recognition_metadata = meta = {}
                meta.setdefault(RecognizerResult.RECOGNIZER_NAME_KEY, recognizer.name)
                meta.setdefault(RecognizerResult.RECOGNIZER_IDENTIFIER_KEY, recognizer.id)
                results.append(r)
        return results


_FROZEN_LANGS: set[str] = set()


def _freeze_loaded_tables(lang: str) -> None:
    """Move what loading a language's detector allocated out of the cyclic collector's reach.

    Why: the models and word tables (a quarter of a million objects) live as long as the
    process, yet every full collection walked them all; one such pass landing inside a
    run cost ~0.3 s, a fifth of the English lower-cased throughput sets (docs/benchmarks.md,
    session 23). ``gc.freeze`` leaves reference counting alone, so frozen objects are still
    freed when unused; only cyclic garbage that exists at that moment is kept, which is why
    this runs once per language and process, not per detector (tests build many).
    """
    if lang not in _FROZEN_LANGS:
        _FROZEN_LANGS.add(lang)
        gc.freeze()


class Detector:
    """Finds personal data in transcripts of one language (``en`` or ``nb``).

    Models load once per process (shared between detectors); recognizers are built per
    detector. ``detect_many`` streams: it batches texts through spaCy's ``pipe`` and yields
    one result list per input, in order.
    """

    def __init__(
        self,
        lang: str,
        project_dictionary: ProjectDictionary | None = None,
        *,
        thresholds: dict[str, Thresholds] | None = None,
        batch_size: int = 128,
    ) -> None:
        if lang not in SUPPORTED_LANGS:
            raise ValueError(f"unsupported language {lang!r}; expected one of {SUPPORTED_LANGS}")
        from anonkit.anonymize.recognizers import build_recognizers
        from anonkit.anonymize.wordlists import not_entities

        self.lang = lang
        self.thresholds = {**DEFAULT_THRESHOLDS, **(thresholds or {})}
        self.batch_size = batch_size
        self._not_entities = not_entities(lang)
        from anonkit.anonymize.wordlists import common_words

        self._common = common_words(lang)
        self._engine = get_nlp_engine(lang)
        ner = SpacyRecognizer(
            supported_language=lang, supported_entities=list(NER_ENTITIES), name=NER_SOURCE
        )
        self._registry = RecognizerRegistry(
            recognizers=[ner, *build_recognizers(lang)], supported_languages=[lang]
        )
        self._analyzer = _Analyzer(
            registry=self._registry,
            nlp_engine=self._engine,
            supported_languages=[lang],
            context_aware_enhancer=_NoContextEnhancer(),
        )
        self._dictionary: ProjectDictionary | None = None
        self.project_dictionary = project_dictionary
        load_tables(lang)  # session 41: every table now, not inside the first transcript
        _freeze_loaded_tables(lang)

    @property
    def project_dictionary(self) -> ProjectDictionary | None:
        return self._dictionary

    @project_dictionary.setter
    def project_dictionary(self, dictionary: ProjectDictionary | None) -> None:
        """Swap the dictionary layer (e.g. after the key learned new names)."""
        self._registry.recognizers = [
            r for r in self._registry.recognizers if r.name != DICTIONARY_SOURCE
        ]
        self._dictionary = dictionary
        if dictionary is not None and dictionary.entries:
            if dictionary.lang != self.lang:
                dictionary = ProjectDictionary(dictionary.entries, self.lang)
                self._dictionary = dictionary
            self._registry.add_recognizer(dictionary.recognizer())
        self._analyzer.forget_plan()

    def _analyze(self, text: str, artifacts: object) -> list[DetectedEntity]:
        if not text.strip():
            return []
        results = self._analyzer.raw_results(text, self.lang, artifacts)
        return resolve(
            text, results, self.lang, self.thresholds, self._not_entities, self._ordinary_word
        )

    def _ordinary_word(self, span: str) -> bool:
        """One word that the language's word list knows and no name or place list does."""
        if " " in span or not span[:1].isupper():
            return False
        low = span.lower()
        return low in self._common and low not in name_words(self.lang)

    def detect(self, text: str) -> list[DetectedEntity]:
        """Entities and flags in ``text``, sorted by position; offsets are ``str`` indices."""
        cased = truecase(text, self.lang)
        artifacts = self._engine.process_text(cased.ner_text, self.lang)
        return self._finish(text, cased, self._analyze(cased.text, artifacts))

    def detect_many(self, texts: Iterable[str]) -> Iterator[list[DetectedEntity]]:
        """One result list per text, in input order, streaming (bounded memory)."""
        pending: list[tuple[str, Truecased]] = []

        def cased_texts() -> Iterator[str]:
            for text in texts:
                cased = truecase(text, self.lang)
                pending.append((text, cased))
                yield cased.ner_text

        for cased_text, artifacts in self._engine.process_batch(
            cased_texts(), self.lang, batch_size=self.batch_size
        ):
            text, cased = pending.pop(0)
            assert cased.ner_text == cased_text
            yield self._finish(text, cased, self._analyze(cased.text, artifacts))

    def _finish(
        self, text: str, cased: Truecased, found: list[DetectedEntity]
    ) -> list[DetectedEntity]:
        """Report spans of the truecased text against the original text, plus a flag for
        each doubtful lower-case word (a name that is also a word) nothing else covers."""
        if cased.text is text and not cased.doubtful:
            linked = _linked(text, found, self.lang)
            settled = name_prefixes(text, _capitalized_settled(text, linked, self.lang))
            # session 49: "til sim reap", "Inuuteq Kleist": a flagged word after a name
            settled = flagged_tails_joined(text, settled, self.lang)
            # session 50: "The pastor, Sunday Kortu, came" (the surname is replaced only here)
            settled = calendar_first_names(text, settled)
            return nested_dropped(joined_tails_grown(text, word_readings_dropped(text, settled)))
        out = _unknown_words_replaced(
            text, cased, [replace(d, text=text[d.start : d.end]) for d in found], self._not_entities
        )
        for start, end, kind in cased.doubtful:
            if not any(d.start < end and start < d.end for d in out):
                out.append(
                    DetectedEntity(start, end, kind, FLAG, 0.3, text[start:end], TRUECASE_SOURCE)
                )
        out = _linked(text, sorted(out, key=lambda d: (d.start, d.end)), self.lang)
        # after the linking rules: a flag they explain (a restated place) keeps their reading
        settled = flagged_tails_joined(
            text, name_prefixes(text, _capitalized_settled(text, out, self.lang)), self.lang
        )
        settled = calendar_first_names(text, settled)
        return nested_dropped(joined_tails_grown(text, word_readings_dropped(text, settled)))


def _capitalized_settled(
    text: str, found: list[DetectedEntity], lang: str
) -> list[DetectedEntity]:
    """:func:`unknown_capitalized`, and where it replaced a flag, names joined over a particle
    again (session 46: "Meilir ap Ynyr", whose second name was only a flag when the middle
    words were joined)."""
    out = unknown_capitalized(text, found, lang)
    if out is found or all(a is b for a, b in zip(out, found, strict=True)):
        return out
    return middle_words_joined(text, out)


def _unknown_words_replaced(
    text: str, cased: Truecased, found: list[DetectedEntity], not_entities: frozenset[str]
) -> list[DetectedEntity]:
    """On a line that lost its capitals, a word that no list knows is replaced, not flagged.

    Why: speech recognition writes words of its vocabulary; what it spells out of nothing
    is a name it heard ("sivakumar", "farhiya", "mehwish"). Such a word that no word list,
    name list, inflection or compound explains, and that the NER model did not take either,
    was only flagged — a steward's decision per name, and no pseudonym. The kind is the
    truecaser's guess (a place after a place preposition, else a person).
    """
    if not cased.unknown:
        return found
    out = list(found)
    for start, end, kind in cased.unknown:
        if inside_non_entity_phrase(text, start, end, not_entities):
            continue  # session 31: "asmens kodas", a scheme's name, is no one's
        if eponym(text, start, end):
            continue  # session 47: "it's not huntington's", a disease
        covers = [
            (d.start, d.end) for d in out if d.action == REPLACE and d.start < end and start < d.end
        ]
        for s, e in uncovered_pieces(text, (start, end), covers):
            out = _replace_piece(text, out, s, e, kind)
    return sorted(out, key=lambda d: (d.start, d.end))


def _replace_piece(
    text: str, found: list[DetectedEntity], start: int, end: int, kind: str
) -> list[DetectedEntity]:
    """``found`` with [start, end) replaced as ``kind``: flags inside it are absorbed, a longer
    flag keeps its other words shown ("fjellsiden skole")."""
    hits = [d for d in found if d.start < end and start < d.end]
    out = [d for d in found if d not in hits]
    inside = [d for d in hits if start <= d.start and d.end <= end]
    sources = "+".join([*(d.source for d in inside), UNKNOWN_WORD_SOURCE])
    out.append(DetectedEntity(start, end, kind, REPLACE, 0.5, text[start:end], sources))
    for d in hits:
        for s, e in uncovered_pieces(text, (d.start, d.end), [(start, end)]):
            out.append(replace(d, start=s, end=e, text=text[s:e]))
    return out


def _linked(
    text: str, found: list[DetectedEntity], lang: str | None = None
) -> list[DetectedEntity]:
    """Repeats and restarts of a replaced name are that name (``restarts.py``)."""
    found = plate_cues_dropped(text, kin_words_dropped(text, found))
    # session 33: the kind a slot says (Uncle Dessie is a person, jobba på Kværner a firm)
    found = slot_kinds(text, found, lang or "en")
    found = holiday_genitives_dropped(text, found)  # "a Valentine's baby" (session 23)
    found = article_nouns_dropped(text, found)
    found = spoken_languages_dropped(text, found, lang or "en")  # "we speak karen" (s44)
    found = alias_flags(text, promote_repeats(doubtful_ner_flagged(text, found, lang), text))
    found = same_word_persons(flagged_surnames(text, found), NER_SOURCE)
    found = nickname_forms(text, found)
    found = short_forms(text, restart_forms(text, found))
    found = coordinated_names(text, surnames_after_first_names(text, found, lang))
    found = apposed_flags(text, found, lang)  # session 26: "tosh, terence mclarnon", "me and dandy"
    found = lower_aliases(text, found)  # session 44: "bassi, altså nils-aslak"
    found = surname_on_restart(text, found)  # session 26: "ingga ja, ingga bongo,"
    found = calendar_repeats_dropped(text, found)  # session 45: "my uncle sunday … every sunday"
    found = restated_in_full(text, found)  # after the surnames: "bonde, altså sigve bonde"
    found = person_led_names(text, first_name_before(text, found))
    # lcen24: two halves of one name on a lower-case line, one of them replaced
    found = name_pairs_joined(text, found)
    # session 29: a name ASR split in two ("Ragn vald", "lebes by"), one half found
    found = split_halves_joined(text, found)
    # session 34: neither half found ("in Wolver Hampton", "fra Kongs vinger")
    found = split_places(text, found, lang or "en")
    # session 37: "mellom gudaa og kopperaa": the unlisted place beside a replaced one
    found = coordinated_places(text, found, lang or "en")
    # session 27: "tanten min, ingir magga, var …": the whole name set off after a role
    found = apposed_full_names(text, found, lang)
    # Session 22: names the steps above completed ("het dagrun bekk" → "… og bekk var")
    # are said again too: their repeats are taken (or shown) like the first ones'.
    # lcen22: a middle word joins two replaced names ("eleri haf prothero", "bord na móna");
    # an everyday word after a place preposition opens a place ("lives in dun leary")
    found = promote_repeats(place_openers(text, middle_words_joined(text, found)), text)
    found = linked_places(text, corrected_flags(text, found), lang or "en")
    # session 41: "Eye, yeah, the town", "March, near Peterborough": a flag said to be a place
    found = described_places(text, found, lang or "en")
    if lang != "nb":
        # lcen24, English cues: "penny cook, penicuik" (an ASR split of the place said right
        # after it); a place flag the speaker places ("in nasty, in hertfordshire"); a place
        # word in the slot of a town someone lives in ("we lived in hay for a year")
        found = respelled_places(text, found)
        found = lived_in_places(text, specified_places_replaced(text, found))
    # session 27: "Abune Aregawi ortodokse kirke" is one church, "… katedralskole" a school;
    # "he was from lester originally" is a town, whatever the NER model said
    found = residence_places(text, institution_tails(text, found), lang)
    # session 36: "mamma er fra hue", "ute på skotøy": a bare word flagged as a place
    found = bare_places(text, found, lang or "en")
    # session 31: "malvern hills", "seaton burn" on a lower-case line: a place and its end
    found = place_heads(text, found, lang or "en")
    # session 30: "Rafnes fabrikker", "Emblem kyrkje", "the port of dover": name + kind
    found = kind_heads(text, found, lang or "en")
    # session 31: "the royal gurkha rifles", "sankt kinga menighet": an organisation's edges
    found = org_edges(text, found)
    # session 29: "Tromso", "Vagamo": a place ASR wrote without æ/ø/å
    found = folded_places(text, found)
    # session 40: "Ugla var nattevakta, ho var vaken": a flagged opener a pronoun takes up
    found = pronoun_subjects(text, found, lang or "en")
    if lang == "nb":
        # session 42: "sommaren", "fiskar", "heime" replaced on a lower-case line: shown
        found = nynorsk_words_shown(text, found)
    # session 26: a flag said again in the line ("from tallow, … like that, tallow")
    return repeated_flags(text, found)


def detect_texts(lang: str, texts: Sequence[str]) -> list[list[DetectedEntity]]:
    """Convenience for scripts: a fresh Detector over a list."""
    return list(Detector(lang).detect_many(texts))
