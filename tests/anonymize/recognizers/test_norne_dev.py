"""Gazetteer recall/precision on NorNE dev (../shared/data/norne), skipped when absent.

NorNE is news text, not interview speech: names of politicians and foreign places that no
gazetteer holds are the NER model's job. These floors guard against regressions in the
gazetteer layer; the figures are reported in the task report. Matching is lenient (any
overlap), precision counts a hit on any gold entity as correct (for anonymization, a name
replaced under the wrong type is still replaced).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from anonkit.anonymize.recognizers.gazetteer_person import PersonGazetteerRecognizer
from anonkit.anonymize.recognizers.gazetteer_place import PlaceGazetteerRecognizer

DEV = Path(__file__).resolve().parents[3] / ".." / "shared" / "data" / "norne" / "nob-dev.conllu"
REPLACE = 0.5

pytestmark = [
    pytest.mark.shared,
    pytest.mark.skipif(not DEV.exists(), reason="NorNE dev set (../shared) not present"),
]


def _sentences(path: Path) -> list[tuple[str, list[tuple[int, int, str]]]]:
    """(text, [(start, end, type)]) per sentence, text rebuilt with SpaceAfter=No."""
    out = []
    text, spans, cur = "", [], None
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        if not line:
            if text:
                out.append((text, spans))
            text, spans, cur = "", [], None
            continue
        if line.startswith("#"):
            continue
        cols = line.split("\t")
        if not cols[0].isdigit():
            continue
        misc = cols[-1]
        tag = next((f[5:] for f in misc.split("|") if f.startswith("name=")), "O")
        start = len(text)
        text += cols[1]
        if tag.startswith("B-"):
            cur = [start, len(text), tag[2:]]
            spans.append(cur)
        elif tag.startswith("I-") and cur is not None:
            cur[1] = len(text)
        else:
            cur = None
        if "SpaceAfter=No" not in misc:
            text += " "
    return [(t, [tuple(s) for s in sp]) for t, sp in out]


def _score(recognizer, gold_types: set[str]) -> tuple[float, float]:
    found = gold = tp = pred = 0
    for text, spans in _sentences(DEV):
        preds = [r for r in recognizer.analyze(text, None, None) if r.score >= REPLACE]
        for s, e, t in spans:
            if t in gold_types:
                gold += 1
                found += any(p.start < e and s < p.end for p in preds)
        for p in preds:
            pred += 1
            tp += any(p.start < e and s < p.end for s, e, _t in spans)
    return found / gold, tp / pred


def test_person_gazetteer_on_norne_dev() -> None:
    recall, precision = _score(PersonGazetteerRecognizer("nb"), {"PER"})
    assert recall >= 0.75, recall  # measured 0.804
    assert precision >= 0.97, precision  # measured 0.995


def test_place_gazetteer_on_norne_dev() -> None:
    recall, precision = _score(PlaceGazetteerRecognizer("nb"), {"GPE_LOC", "LOC", "GPE_ORG"})
    assert recall >= 0.6, recall  # measured 0.686
    assert precision >= 0.97, precision  # measured 1.000
