"""The interview evaluation sets parse, and their gold spans are what the markup says.

Why: the detection figures in docs/benchmarks.md are only as good as these files; a typo in
the markup (an unknown type, an unbalanced bracket, an invalid fødselsnummer) would silently
change what is measured.
"""

from __future__ import annotations

import itertools

import pytest
from eval_loader import EVAL_DIR, load_markup_module
from stdnum.no import fodselsnummer

eval_markup = load_markup_module()


@pytest.fixture(scope="module", params=["en", "nb"])
def sentences(request):
    return eval_markup.load_markup(EVAL_DIR / f"interview_{request.param}.txt")


def test_at_least_150_sentences(sentences):
    assert len(sentences) >= 150


def test_gold_spans_equal_their_slices(sentences):
    for sent in sentences:
        for span in (*sent.gold, *sent.distractors):
            assert sent.text[span.start : span.end] == span.text, (sent.line, span)
            assert span.text == span.text.strip() and span.text, (sent.line, span)
        assert "](" not in sent.text and "[" not in sent.text, sent.line


def test_spans_do_not_overlap(sentences):
    for sent in sentences:
        spans = sorted((*sent.gold, *sent.distractors), key=lambda s: s.start)
        for left, right in itertools.pairwise(spans):
            assert left.end <= right.start, (sent.line, left, right)


def test_every_type_and_distractors_present(sentences):
    types = {span.type for sent in sentences for span in sent.gold}
    assert types == set(eval_markup.TYPES)
    assert sum(len(sent.distractors) for sent in sentences) >= 10


def test_about_a_quarter_without_entities(sentences):
    empty = sum(1 for sent in sentences if not sent.gold)
    assert 0.2 <= empty / len(sentences) <= 0.45


def test_every_national_id_is_a_valid_fodselsnummer(sentences):
    ids = [span.text for sent in sentences for span in sent.gold if span.type == "NATIONAL_ID"]
    assert ids
    for number in ids:
        assert fodselsnummer.is_valid(number), number


def test_markup_offsets_are_computed():
    sent = eval_markup.parse_markup_line(
        "Jeg møtte [Irene](PERSON) på [Voss](LOCATION) i [mai](NOT)."
    )
    assert sent.text == "Jeg møtte Irene på Voss i mai."
    assert [(s.start, s.end, s.type) for s in sent.gold] == [
        (10, 15, "PERSON"),
        (19, 23, "LOCATION"),
    ]
    assert [(s.text, s.type) for s in sent.distractors] == [("mai", "NOT")]


@pytest.mark.parametrize(
    "line", ["I met [Irene](NAME).", "I met [Irene(PERSON).", "I met Irene](PERSON)."]
)
def test_bad_markup_is_rejected(line):
    with pytest.raises(eval_markup.MarkupError):
        eval_markup.parse_markup_line(line)
