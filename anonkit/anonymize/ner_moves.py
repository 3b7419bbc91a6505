"""spaCy's NER moves chosen with numpy: which moves are valid, the best valid one, doing it.

Why: after each step's scores, spaCy's ``Parser.transition_states`` asks every move (74 for
the English model, 14 for the Norwegian) whether it is valid for every state, through the
state's small accessors (``StateC.B``, ``B_``, ``entity_is_open``). In the spaCy build we
run, each of those calls enters and leaves the GIL state (``PyGILState_Ensure`` /
``Release``, ``pthread_getspecific``) even with the GIL held: about 1.7 million calls and
8.4 % of all instructions of English detection (callgrind, docs/benchmarks.md
"Detection throughput (speed22)").

Same result, by construction: on a fresh doc (no preset entity tags) a BILUO move's
validity depends only on four facts per state — whether an entity is open (and its label),
whether the next token is the last, whether the token after it starts a sentence, whether
the next token is whitespace — and every move moves one token ahead, so at step ``t`` every
live state is at token ``t``. The rules below are spaCy's (``ner.pyx``: ``Begin``, ``In``,
``Last``, ``Unit``, ``Out`` ``is_valid`` with no preset tag); the choice is spaCy's
``arg_max_if_valid`` (the first valid move of the highest score); the move is done with the
state's own ``open_ent``/``close_ent``/``push``/``pop``, the calls of spaCy's transition
functions in their order. Where these facts could not decide (a preset tag, a move name
not known here, a score that is NaN, no valid move above minus infinity) the step goes to
spaCy's own ``transition_states`` and the rest of that batch too. Its cost is per step,
spaCy's per state and move: ``ner_parse`` uses it only where states x moves make it pay
(``MIN_CHOOSER_WORK``).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy
from spacy.strings import get_string_id
from spacy.tokens import Doc

_BEGIN, _IN, _LAST, _UNIT, _OUT = range(5)
_KIND = {"B": _BEGIN, "I": _IN, "L": _LAST, "U": _UNIT, "O": _OUT}
# Situations of a state with no open entity (rows of MoveTable.valid); open entities follow.
_READY, _NEAR_END, _ON_SPACE = 0, 1, 2
_FIRST_OPEN = 3


@dataclass(frozen=True)
class MoveTable:
    """Valid moves per situation, and what each move does (spaCy's class order)."""

    # valid[situation, move]: situations _READY, _NEAR_END, _ON_SPACE, then two per entity
    # label k: entity k open mid-text (3 + 2k), entity k open before the last token or a
    # sentence start (3 + 2k + 1)
    valid: numpy.ndarray
    kind: tuple[int, ...]
    label: tuple[int, ...]  # the move's label as spaCy's string id (0: none)
    opens: numpy.ndarray  # per move: label index it leaves open, -1 closed or none, -2 keeps
    penalty: numpy.ndarray  # valid as scores to add: 0 where valid, minus infinity where not


def move_table(moves: object) -> MoveTable | None:
    """The table for a BILUO transition system, None for any other (then spaCy decides)."""
    if type(moves).__name__ != "BiluoPushDown":
        return None
    parsed = []
    for clas in range(moves.n_moves):  # type: ignore[attr-defined]
        name = moves.get_class_name(clas)  # type: ignore[attr-defined]
        kind, _, label = name.partition("-")
        if kind not in _KIND or (kind == "O") != (name == "O"):
            return None
        parsed.append((_KIND[kind], label))
    labels = sorted({label for kind, label in parsed if kind == _BEGIN and label})
    valid = numpy.zeros((_FIRST_OPEN + 2 * len(labels), len(parsed)), dtype=bool)
    opens = numpy.full(len(parsed), -1, dtype=numpy.int64)
    for clas, (kind, label) in enumerate(parsed):
        if kind == _OUT:
            valid[[_READY, _NEAR_END, _ON_SPACE], clas] = True
            continue
        if not label:
            continue  # label 0: only ever valid on a preset tag ("U-"), never here
        if kind in (_IN, _LAST) and label not in labels:
            return None
        if kind == _BEGIN:
            valid[_READY, clas] = True
            opens[clas] = labels.index(label)
        elif kind == _UNIT:
            valid[[_READY, _NEAR_END], clas] = True
        elif kind == _IN:
            valid[_FIRST_OPEN + 2 * labels.index(label), clas] = True
            opens[clas] = -2
        else:  # _LAST
            row = _FIRST_OPEN + 2 * labels.index(label)
            valid[[row, row + 1], clas] = True
    return MoveTable(
        valid,
        tuple(kind for kind, _ in parsed),
        tuple(get_string_id(label) if label else 0 for _, label in parsed),
        opens,
        numpy.where(valid, 0.0, -numpy.inf).astype(numpy.float32),
    )


class Chooser:
    """Chooses and does the moves of one batch's states, step by step (module docstring)."""

    def __init__(self, table: MoveTable, docs: list[Doc]) -> None:
        self.table = table
        width = max(len(doc) for doc in docs) + 1
        space = numpy.zeros((len(docs), width), dtype=bool)  # token t is whitespace
        next_starts = numpy.zeros((len(docs), width), dtype=bool)  # token t + 1 opens a sentence
        self.lengths = numpy.array([len(doc) for doc in docs], dtype=numpy.int64)
        self.preset = False
        for i, doc in enumerate(docs):
            attrs = doc.to_array(["IS_SPACE", "SENT_START", "ENT_IOB"])
            space[i, : len(doc)] = attrs[:, 0] != 0
            next_starts[i, : len(doc) - 1] = attrs[1:, 1] == 1
            self.preset = self.preset or bool(attrs[:, 2].any())
        # per state and step: B(0) is the last token or B(1) opens a sentence (no Begin, no In)
        self.near_end = (self.lengths[:, None] - numpy.arange(width) < 2) | next_starts
        # per state and step: the row of MoveTable.valid while no entity is open
        self.closed_row = numpy.where(
            space, _ON_SPACE, numpy.where(self.near_end, _NEAR_END, _READY)
        )
        self.open = numpy.full(len(docs), -1, dtype=numpy.int64)  # label index or -1
        self.live = numpy.arange(len(docs))
        self.step = 0

    def usable(self) -> bool:
        """False where a preset entity tag makes the validity rules above incomplete."""
        return not self.preset

    def situations(self) -> numpy.ndarray:
        """Each live state's row of ``MoveTable.valid`` at this step."""
        live, t = self.live, self.step
        opened = self.open[live]
        return numpy.where(
            opened >= 0,
            _FIRST_OPEN + 2 * opened + self.near_end[live, t],
            self.closed_row[live, t],
        )

    def transition(self, states: list, scores: numpy.ndarray) -> list | None:
        """Do the best valid move of every live state; the states still going on, or None
        (nothing done) where spaCy must decide this step."""
        table, live = self.table, self.live
        if scores.shape != (len(live), table.valid.shape[1]):
            return None
        opened = self.open[live]
        masked = scores + table.penalty[self.situations()]
        guess = masked.argmax(axis=1)
        # Above minus infinity, the pick is a valid move (invalid ones are minus infinity)
        # and no NaN (argmax would pick a NaN first): otherwise spaCy's rule decides.
        if not (masked[numpy.arange(len(live)), guess] > -numpy.inf).all():
            return None
        kinds, labels = table.kind, table.label
        for state, clas in zip(states, guess.tolist(), strict=True):
            kind = kinds[clas]
            if kind == _BEGIN:
                state.open_ent(labels[clas])
            elif kind == _LAST:
                state.close_ent()
            elif kind == _UNIT:
                state.open_ent(labels[clas])
                state.close_ent()
            state.push()
            state.pop()
        opens = table.opens[guess]
        self.open[live] = numpy.where(opens == -2, opened, opens)
        self.step += 1
        going = self.lengths[live] > self.step
        self.live = live[going]
        return [state for state, on in zip(states, going.tolist(), strict=True) if on]
