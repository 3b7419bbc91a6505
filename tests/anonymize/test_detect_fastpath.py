"""Detection's speed paths against the plain ones: same results, always.

Real models, real texts: the evaluation lines of tests/data/eval. The NER loop in
``ner_parse`` must give exactly what spaCy's compiled loop gives with the same layers;
numpy's products must find what blis finds; the detector's batch path must give exactly
what it gives one text at a time; the analyzer's cached recognizer plan must follow a
dictionary swap.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator

import pytest
import threadpoolctl
from eval_loader import EVAL_DIR, load_markup_module
from spacy.language import Language
from thinc.api import NumpyOps

from anonkit.anonymize.detector import Detector
from anonkit.anonymize.dictionary import RECOGNIZER_NAME as DICTIONARY_SOURCE
from anonkit.anonymize.dictionary import DictionaryEntry, ProjectDictionary
from anonkit.anonymize.ner_parse import run_pipeline, steps_from_python
from anonkit.anonymize.nlp import _find_folder, load_spacy, one_blas_thread

LANGS = [
    "en",
    pytest.param(
        "nb",
        marks=pytest.mark.skipif(
            _find_folder("nb_anonkit_ner") is None, reason="Norwegian NER model not installed"
        ),
    ),
]


def eval_texts(lang: str) -> list[str]:
    """Plain text of the interview and ASR-style evaluation lines (markup removed)."""
    module = load_markup_module()
    texts = []
    for name in ("interview", "asr_dev", "blind2_asr"):
        texts += [s.text for s in module.load_markup(EVAL_DIR / f"{name}_{lang}.txt")]
    return [*texts, "", "   ", "\n", "Ok.", texts[0].lower()]


def annotations(docs) -> list[tuple]:
    """Entities and the per-token IOB tags, the whole of what NER writes on a doc."""
    return [
        (tuple((e.start_char, e.end_char, e.label_) for e in doc.ents),
         tuple((t.ent_iob_, t.ent_type_) for t in doc))
        for doc in docs
    ]  # fmt: skip


def set_ops(nlp: Language, use_blis: bool) -> None:
    ops = NumpyOps(use_blis=use_blis)
    for _, component in nlp.pipeline:
        for node in component.model.walk():
            node.ops = ops


@pytest.fixture
def nlp_restored(request: pytest.FixtureRequest) -> Iterator[Language]:
    """The shared pipeline; its layers go back to numpy products afterwards."""
    nlp = load_spacy(request.param)
    yield nlp
    set_ops(nlp, use_blis=False)


@pytest.mark.parametrize("nlp_restored", LANGS, indirect=True)
def test_the_python_loop_is_spacys_loop(nlp_restored: Language) -> None:
    nlp = nlp_restored
    lang = "nb" if "tok2vec" in nlp.pipe_names else "en"
    texts = eval_texts(lang)
    assert any(steps_from_python(c) for _, c in nlp.pipeline)  # the path under test is taken
    with one_blas_thread():
        for use_blis in (True, False):
            set_ops(nlp, use_blis)
            spacy_own = annotations(nlp.pipe(texts, batch_size=128))
            assert annotations(run_pipeline(nlp, texts, 128)) == spacy_own
            assert annotations(run_pipeline(nlp, texts, 1)) == spacy_own
            assert sum(len(ents) for ents, _ in spacy_own) > len(texts) // 3


@pytest.mark.parametrize("nlp_restored", LANGS, indirect=True)
def test_a_spacy_without_the_private_pieces_falls_back_to_its_own_loop(
    nlp_restored: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A spaCy release that renames an internal the Python loop uses must cost speed, never
    # entities: run_pipeline then hands the component to spaCy's own pipe.
    import anonkit.anonymize.ner_parse as ner_parse

    nlp = nlp_restored
    texts = eval_texts("nb" if "tok2vec" in nlp.pipe_names else "en")[:60]
    spacy_own = annotations(nlp.pipe(texts, batch_size=16))

    def renamed(*_args: object) -> None:
        raise AttributeError("'Parser' object has no attribute '_ensure_labels_are_added'")

    monkeypatch.setattr(ner_parse, "predict", renamed)
    assert annotations(run_pipeline(nlp, texts, 16)) == spacy_own
    assert sum(len(ents) for ents, _ in spacy_own) > 10


@pytest.mark.parametrize("nlp_restored", LANGS, indirect=True)
def test_numpy_products_find_what_blis_finds(nlp_restored: Language) -> None:
    nlp = nlp_restored
    texts = eval_texts("nb" if "tok2vec" in nlp.pipe_names else "en")
    with one_blas_thread():
        set_ops(nlp, use_blis=True)
        shipped = annotations(nlp.pipe(texts, batch_size=128))
        set_ops(nlp, use_blis=False)
        assert annotations(run_pipeline(nlp, texts, 128)) == shipped


@pytest.mark.parametrize("lang", LANGS)
def test_detect_many_equals_detect_one_by_one(lang: str) -> None:
    detector = Detector(lang, batch_size=16)
    texts = eval_texts(lang)
    many = list(detector.detect_many(iter(texts)))
    assert many == [detector.detect(t) for t in texts]
    assert sum(map(len, many)) > len(texts) // 2


def test_blas_runs_on_one_thread_during_ner_only() -> None:
    def blas_threads() -> set[int]:
        return {
            i["num_threads"] for i in threadpoolctl.threadpool_info() if i["user_api"] == "blas"
        }

    before = blas_threads()
    with one_blas_thread():
        assert blas_threads() == {1}
    assert blas_threads() == before


def test_blas_loaded_after_the_first_batch_is_limited_too() -> None:
    """scipy brings its own OpenBLAS; imported after the first batch (the controller was
    made), it must still run on one thread inside ``one_blas_thread`` (a fresh process:
    scipy may already be loaded in this one)."""
    code = (
        "import threadpoolctl\n"
        "from anonkit.anonymize.nlp import one_blas_thread\n"
        "with one_blas_thread():\n"
        "    pass\n"
        "import scipy.linalg  # a second BLAS library\n"
        "blas = [i for i in threadpoolctl.threadpool_info() if i['user_api'] == 'blas']\n"
        "assert len(blas) == 2, blas\n"
        "with one_blas_thread():\n"
        "    inside = {i['num_threads'] for i in threadpoolctl.threadpool_info()\n"
        "              if i['user_api'] == 'blas'}\n"
        "print(sorted(inside))\n"
    )
    env = {**os.environ, "OMP_NUM_THREADS": "2", "OPENBLAS_NUM_THREADS": "2"}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=300
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[1]"


def test_a_swapped_dictionary_takes_effect_at_once() -> None:
    # Same number of recognizers before and after: the cached plan must still be rebuilt.
    text = "i liked bregnelund more than fjellmo"
    first = ProjectDictionary((DictionaryEntry("Bregnelund", "LOCATION"),), "en")
    detector = Detector("en", first)

    def from_dictionary() -> set[str]:
        return {e.text for e in detector.detect(text) if DICTIONARY_SOURCE in e.source}

    assert from_dictionary() == {"bregnelund"}
    detector.project_dictionary = ProjectDictionary((DictionaryEntry("Fjellmo", "PERSON"),), "en")
    assert from_dictionary() == {"fjellmo"}
    detector.project_dictionary = first
    assert from_dictionary() == {"bregnelund"}
