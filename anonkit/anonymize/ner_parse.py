"""spaCy's greedy NER decoding, stepped from Python so that it keeps the GIL.

Why: in the spaCy build we run (3.8, compiled with Cython 3), the transition loop of the
NER component runs with the GIL released, and every call of the state's small accessors
inside it (``StateC.B``, ``safe_get``: several per candidate action, 74 actions per token
for English) takes the GIL back to check for an exception and drops it again. On short
transcript segments that locking was about half of NER time and a third of all detection
time (perf: ``take_gil``, ``drop_gil``, ``pthread_mutex_lock`` on top; docs/benchmarks.md,
"Detection throughput (fastx)"). Holding the GIL makes each of those checks a cheap
no-op.

Same result, by construction: each step uses spaCy's own pieces in spaCy's order —
``get_token_ids`` (the state's context tokens), the precomputed hidden layer
(``state2vec``: the same C feature sum, bias and maxout as the C loop), the output layer
through the same blis ``sgemm`` call with the same shapes and flags, the same unseen-class
masking, and the C loop's validity check, argmax and action: ``ner_moves`` for spaCy's
NER moves (the same rules, without the GIL-state churn of spaCy's accessors), else
``transition_states`` itself.
``benchmarks/detect_snapshot.py`` and ``benchmarks/ner_fastpath_check.py`` check it on the
evaluation sets and ~50,000 sentences.

Components this does not fit (beam search, a parser without an output layer, a non-maxout
hidden layer) run through spaCy's own ``pipe``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import numpy
from spacy.language import Language
from spacy.pipeline.transition_parser import Parser
from spacy.tokens import Doc
from spacy.util import minibatch
from thinc.api import NumpyOps, set_dropout_rate

from anonkit.anonymize.ner_moves import Chooser, MoveTable, move_table

# The C loop's output layer multiplies through thinc's CBlas table, which is blis; the same
# library function with the same arguments gives the same floats.
_BLIS = NumpyOps(use_blis=True)
# States times moves from which numpy's choice (``ner_moves``) beats spaCy's own: its cost
# is mostly per step, spaCy's per state and move (speed22, detection of the eval lines:
# English, 74 moves, gains from about 16 states a batch, 15 % of NER at 32; Norwegian, 14
# moves, loses at 32 states; one text at a time, both lose a third).
MIN_CHOOSER_WORK = 1000
# Move tables per transition system (kept with it, so that its id names no other one).
_TABLES: dict[int, tuple[object, int, MoveTable | None]] = {}


def steps_from_python(component: object) -> bool:
    """Whether :func:`parse` reproduces ``component``'s own decoding (see module docstring)."""
    if not isinstance(component, Parser) or component.cfg.get("beam_width", 1) != 1:
        return False
    model = component.model
    return (
        model.name == "parser_model"
        and model.attrs.get("has_upper", False)
        and model.get_ref("lower").has_dim("nP")
        and model.get_ref("lower").get_dim("nP") >= 2
    )


def predict(parser: Parser, docs: list[Doc]) -> list:
    """``Parser.greedy_parse`` with the transition loop stepped from Python."""
    if not any(len(doc) for doc in docs):
        return parser.moves.init_batch(docs)
    parser._ensure_labels_are_added(docs)
    set_dropout_rate(parser.model, 0.0)
    batch = parser.moves.init_batch(docs)
    step_model = parser.model.predict(docs)
    weights = step_model.vec2scores.get_param("W")
    bias = step_model.vec2scores.get_param("b")
    unseen = step_model._class_mask == 0
    any_unseen = bool(unseen.any())
    states = [state for state in batch if not state.is_final()]
    live_docs = [doc for doc, state in zip(docs, batch, strict=True) if not state.is_final()]
    chooser = _chooser(parser, live_docs)
    while states:
        token_ids = step_model.get_token_ids(states)
        hidden = step_model.state2vec.predict(token_ids)
        scores = _BLIS.gemm(hidden, weights, trans2=True)
        scores += bias
        if any_unseen:
            scores[:, unseen] = numpy.nanmin(scores)
        going = None if chooser is None else chooser.transition(states, scores)
        if going is None:
            chooser = None  # spaCy decides this step and the rest of the batch
            going = parser.transition_states(states, scores)
        states = going
    step_model.clear_memory()
    return batch


def _chooser(parser: Parser, docs: list[Doc]) -> Chooser | None:
    """numpy's choice of moves for these docs (``ner_moves``), or None: spaCy's."""
    moves = parser.moves
    entry = _TABLES.get(id(moves))
    if entry is None or entry[0] is not moves or entry[1] != moves.n_moves:  # a label added
        entry = _TABLES[id(moves)] = (moves, moves.n_moves, move_table(moves))
    table = entry[2]
    if table is None or len(docs) * table.valid.shape[1] < MIN_CHOOSER_WORK:
        return None
    chooser = Chooser(table, docs)
    return chooser if chooser.usable() else None


def parse_pipe(parser: Parser, docs: Iterable[Doc], batch_size: int) -> Iterator[Doc]:
    """``Parser.pipe`` (same batching: sorted by length, quarter-size sub-batches) with
    :func:`predict` in place of the compiled greedy loop."""
    for batch in minibatch(docs, size=batch_size):
        in_order = list(batch)
        by_length = sorted(in_order, key=len)
        for sub in minibatch(by_length, size=max(batch_size // 4, 2)):
            sub = list(sub)
            parser.set_annotations(sub, predict(parser, sub))
        yield from in_order


def run_pipeline(nlp: Language, texts: list[str], batch_size: int) -> list[Doc]:
    """Docs for ``texts`` through every component of ``nlp``, like ``nlp.pipe``."""
    docs = [nlp.make_doc(text) for text in texts]
    for _, component in nlp.pipeline:
        if steps_from_python(component):
            try:
                docs = list(parse_pipe(component, docs, batch_size))
                continue
            except AttributeError:
                # A spaCy release without one of the private pieces used above: spaCy's own
                # loop gives the same entities, only slower (it rewrites every doc's ents).
                pass
        docs = list(component.pipe(docs, batch_size=batch_size))
    return docs
