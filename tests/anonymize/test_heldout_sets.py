"""The held-out evaluation sets parse, and their gold spans are what the markup says.

Why: `heldout_en.txt` / `heldout_nb.txt` give the only detection figures nobody tuned on
(the interview sets were used for tuning). A markup typo (unknown type, unbalanced bracket,
a span that is not its slice, an invalid fødselsnummer) would silently change what those
honest figures measure, so the same checks as for the interview sets apply here.
`test_eval_sets.py` only iterates the interview files, hence this file.
"""

from __future__ import annotations

import itertools

import pytest
from eval_loader import EVAL_DIR, load_markup_module
from stdnum.no import fodselsnummer

eval_markup = load_markup_module()


@pytest.fixture(scope="module", params=["en", "nb"])
def heldout(request):
    path = EVAL_DIR / f"heldout_{request.param}.txt"
    return path, eval_markup.load_markup(path)


def test_at_least_150_sentences(heldout):
    _, sentences = heldout
    assert len(sentences) >= 150


def test_header_says_held_out(heldout):
    """The header is the only thing that stops someone from tuning on the set later."""
    path, _ = heldout
    header = "\n".join(
        line for line in path.read_text(encoding="utf-8").splitlines() if line.startswith("#")
    )
    assert "held-out" in header.lower() or "holdt-ute" in header.lower()
    assert "tun" in header.lower()


def test_gold_spans_equal_their_slices(heldout):
    _, sentences = heldout
    for sent in sentences:
        for span in (*sent.gold, *sent.distractors):
            assert sent.text[span.start : span.end] == span.text, (sent.line, span)
            assert span.text == span.text.strip() and span.text, (sent.line, span)
        assert "](" not in sent.text and "[" not in sent.text, sent.line


def test_spans_do_not_overlap(heldout):
    _, sentences = heldout
    for sent in sentences:
        spans = sorted((*sent.gold, *sent.distractors), key=lambda s: s.start)
        for left, right in itertools.pairwise(spans):
            assert left.end <= right.start, (sent.line, left, right)


def test_every_type_and_distractors_present(heldout):
    _, sentences = heldout
    types = {span.type for sent in sentences for span in sent.gold}
    assert types == set(eval_markup.TYPES)
    assert sum(1 for sent in sentences if sent.distractors) >= 0.1 * len(sentences)


def test_about_a_quarter_without_entities(heldout):
    _, sentences = heldout
    empty = sum(1 for sent in sentences if not sent.gold)
    assert 0.2 <= empty / len(sentences) <= 0.45


def test_every_national_id_is_a_valid_fodselsnummer(heldout):
    _, sentences = heldout
    ids = [span.text for sent in sentences for span in sent.gold if span.type == "NATIONAL_ID"]
    assert ids
    for number in ids:
        assert fodselsnummer.is_valid(number), number


def test_no_sentence_is_shared_with_the_tuning_sets():
    """A sentence copied from the tuning sets would not be held out."""
    for lang in ("en", "nb"):
        tuned = {s.text for s in eval_markup.load_markup(EVAL_DIR / f"interview_{lang}.txt")}
        held = {s.text for s in eval_markup.load_markup(EVAL_DIR / f"heldout_{lang}.txt")}
        assert not tuned & held, sorted(tuned & held)[:5]
