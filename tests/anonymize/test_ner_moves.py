"""numpy's choice of NER moves (``ner_moves``) against spaCy's own validity rules.

Real models, real texts: at every step of every evaluation line, the moves the table calls
valid must be exactly those spaCy's ``is_valid`` accepts for that state (whitespace tokens,
one-token lines, the last token, open entities of every label included), the chooser must
take every step itself on such lines, and it must hand over to spaCy where its rules are
incomplete (preset entity tags).
"""

from __future__ import annotations

import pytest
from eval_loader import EVAL_DIR, load_markup_module
from spacy.language import Language

import anonkit.anonymize.ner_moves as ner_moves
import anonkit.anonymize.ner_parse as ner_parse
from anonkit.anonymize.ner_parse import run_pipeline
from anonkit.anonymize.nlp import _find_folder, load_spacy

LANGS = [
    "en",
    pytest.param(
        "nb",
        marks=pytest.mark.skipif(
            _find_folder("nb_anonkit_ner") is None, reason="Norwegian NER model not installed"
        ),
    ),
]
EDGE_TEXTS = [
    "Ok.",
    "Kari",
    "Kari Nordmann",
    "Kari  Nordmann bor i  Bergen",  # double spaces: whitespace tokens
    "first line\nsecond line with Ola Hansen\n\nthird",
    "  leading and trailing  ",
    "New York City and Los Angeles, said John Smith of Goldman Sachs",
]


def texts(lang: str) -> list[str]:
    module = load_markup_module()
    out = []
    for name in ("interview", "asr_dev", "blind_asr"):
        out += [s.text for s in module.load_markup(EVAL_DIR / f"{name}_{lang}.txt")]
    return [*out, *(t.lower() for t in out[:100]), *EDGE_TEXTS]


@pytest.fixture
def nlp(request: pytest.FixtureRequest) -> Language:
    return load_spacy(request.param)


@pytest.mark.parametrize("nlp", LANGS, indirect=True)
def test_the_table_is_spacys_validity_at_every_step(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    parser = nlp.get_pipe("ner")
    moves = parser.moves
    names = [moves.get_class_name(i) for i in range(moves.n_moves)]
    steps = {"checked": 0, "open": 0, "space": 0}
    transition = ner_moves.Chooser.transition

    def checked(self: ner_moves.Chooser, states: list, scores: object) -> list | None:
        rows = self.situations()
        for state, row in zip(states, rows.tolist(), strict=True):
            ours = self.table.valid[row].tolist()
            spacys = [bool(moves.is_valid(state, name)) for name in names]
            assert ours == spacys, (row, state.B(0), state.entity_is_open())
            steps["checked"] += 1
            steps["open"] += state.entity_is_open()
            steps["space"] += row == ner_moves._ON_SPACE
        going = transition(self, states, scores)
        assert going is not None  # the chooser decides every step of these lines
        return going

    monkeypatch.setattr(ner_moves.Chooser, "transition", checked)
    monkeypatch.setattr(ner_parse, "MIN_CHOOSER_WORK", 0)  # every batch, both languages
    docs = run_pipeline(nlp, texts(nlp.lang), 128)
    assert sum(len(doc.ents) for doc in docs) > 100
    assert steps["checked"] == sum(len(doc) for doc in docs)
    assert steps["open"] > 50 and steps["space"] > 0


@pytest.mark.parametrize("nlp", LANGS, indirect=True)
def test_preset_entity_tags_leave_the_choice_to_spacy(nlp: Language) -> None:
    parser = nlp.get_pipe("ner")
    table = ner_moves.move_table(parser.moves)
    assert table is not None
    plain = nlp.make_doc("Kari Nordmann bor i Bergen")
    assert ner_moves.Chooser(table, [plain]).usable()
    preset = nlp.make_doc("Kari Nordmann bor i Bergen")
    preset.ents = [preset.char_span(0, 13, label="PERSON")]
    assert not ner_moves.Chooser(table, [plain, preset]).usable()


@pytest.mark.parametrize("nlp", LANGS, indirect=True)
def test_numpy_chooses_only_where_it_saves_work(nlp: Language) -> None:
    parser = nlp.get_pipe("ner")
    docs = [nlp.make_doc(f"Kari Nordmann bor i Bergen {i}") for i in range(128)]
    n_moves = parser.moves.n_moves
    assert ner_parse._chooser(parser, docs[:1]) is None  # one text at a time: spaCy's
    enough = -(-ner_parse.MIN_CHOOSER_WORK // n_moves)
    assert ner_parse._chooser(parser, docs[:enough]) is not None
    assert ner_parse._chooser(parser, docs[: enough - 1]) is None


def test_only_a_biluo_system_gets_a_table() -> None:
    assert ner_moves.move_table(object()) is None
