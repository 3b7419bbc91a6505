"""Multi-word non-entities (``non_names``): the key-word test before the phrase search.

The test (speed22) may only skip lines the phrase pattern cannot match: checked against the
pattern itself on the evaluation lines and on lines built from every listed phrase in
several spellings (any case, other spaces, glued punctuation), plus lines it must skip.
"""

from __future__ import annotations

import pytest
from eval_loader import EVAL_DIR, load_markup_module

from anonkit.anonymize import non_names
from anonkit.anonymize.wordlists import not_entities


def _lines(lang: str) -> list[str]:
    module = load_markup_module()
    out = []
    for name in ("interview", "asr_dev", "blind_asr", "blind2_asr", "blind5_asr"):
        out += [s.text for s in module.load_markup(EVAL_DIR / f"{name}_{lang}.txt")]
    return out + [t.lower() for t in out] + [t.upper() for t in out]


@pytest.mark.parametrize("lang", ["en", "nb"])
def test_the_first_word_test_skips_only_lines_without_a_phrase(lang: str) -> None:
    listed = not_entities(lang)
    regex = non_names._phrase_regex(listed)
    assert regex is not None and non_names._phrase_openers(listed) is not None
    phrases = sorted(p for p in listed if " " in p)
    built = []
    for p in phrases:
        spaced = p.replace(" ", "  ")
        built += [f"we had {p} then", f"{p.upper()}.", f"({p.title()})", f"x-{spaced}"]
    skipped = 0
    for text in [*_lines(lang), *built]:
        spans = non_names._phrase_spans(text, listed)
        assert spans == tuple(m.span() for m in regex.finditer(text)), text
        skipped += not spans
    assert skipped > 100


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("we met on Christmas Eve, I think", True),
        ("we met on CHRISTMAS\tEVE", True),
        ("at christmas we met Eve", False),  # the words, not the phrase
        ("nothing listed here at all", False),
        ("İstanbul on christmas eve", True),  # a letter the lower-case test cannot vouch for
        ("we swam like Rūta Meilutytė that summer", True),  # a phrase with no vouched-for word
        ("we swam like RŪTA MEILUTYTĖ that summer", True),
    ],
)
def test_phrases_found_in_any_case(text: str, found: bool) -> None:
    assert bool(non_names._phrase_spans(text, not_entities("en"))) is found


@pytest.mark.parametrize(
    ("text", "span", "inside"),
    [
        # session 24: an article before the listed phrase's first words is NER's, not the name's
        ("The Universal Credit payment was late.", "The Universal Credit", True),
        ("the Housing Benefit form again", "the Housing Benefit", True),
        ("My Health and Care Number is on it.", "My Health and Care", True),
        ("The Housing Benefit office in Leeds", "The Housing Benefit", True),
        ("The Universal Studios tour", "The Universal Studios", False),  # not the listed phrase
        ("The Credit Union", "The Credit", False),
        ("The Universal", "The", False),  # the article alone
    ],
)
def test_an_article_before_a_listed_phrase_is_inside_it(text: str, span: str, inside: bool) -> None:
    start = text.index(span)
    got = non_names.inside_non_entity_phrase(text, start, start + len(span), not_entities("en"))
    assert got is inside
