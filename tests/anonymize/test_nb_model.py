"""The committed Norwegian NER pipeline is intact, loads offline and finds names.

Why: the detector's Norwegian layer rests on ``models/spacy/nb_anonkit_ner`` (trained by
scripts/train_nb_ner.py from NorNE). These tests run real inference on fictitious sentences;
nothing is retrained here.
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import spacy

REPO_ROOT = Path(__file__).resolve().parents[2]
MODEL_DIR = REPO_ROOT / "models" / "spacy" / "nb_anonkit_ner"
SCRIPT = REPO_ROOT / "scripts" / "train_nb_ner.py"
LABELS = ["LOC", "ORG", "PER"]


def _load_script():
    spec = importlib.util.spec_from_file_location("train_nb_ner", SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


trainer = _load_script()


@pytest.fixture(scope="module")
def nlp():
    os.environ["HF_HUB_OFFLINE"] = "1"
    return spacy.load(MODEL_DIR)


def test_files_match_sha256sums():
    assert trainer.verify(MODEL_DIR) == []


def test_verify_detects_a_changed_file(tmp_path):
    copy = tmp_path / "model"
    shutil.copytree(MODEL_DIR, copy)
    with (copy / "meta.json").open("a", encoding="utf-8") as handle:
        handle.write(" ")
    (copy / "extra.bin").write_bytes(b"x")
    problems = trainer.verify(copy)
    assert "digest mismatch: meta.json" in problems
    assert "file not in SHA256SUMS: extra.bin" in problems


def test_labels_are_as_documented(nlp):
    assert nlp.pipe_names == ["tok2vec", "ner"]
    assert sorted(nlp.get_pipe("ner").labels) == LABELS
    metrics = json.loads((MODEL_DIR / "metrics.json").read_text(encoding="utf-8"))
    assert metrics["labels"] == LABELS
    assert set(metrics["data_sha256"]) == {"nob-train.conll", "nob-dev.conllu"}


def test_model_is_small_and_ships_no_training_vocabulary():
    size = sum(p.stat().st_size for p in MODEL_DIR.rglob("*") if p.is_file())
    assert size < 50 * 1024 * 1024
    strings = json.loads((MODEL_DIR / "vocab" / "strings.json").read_text(encoding="utf-8"))
    assert len(strings) < 2000  # a blank nb pipeline has ~1,000; NorNE's vocabulary has ~30,000


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Jeg snakket med Kari Nordmann i Bergen i går.", "Kari Nordmann"),
        ("Etterpå ringte jeg til Ole Hansen, og han kom med en gang.", "Ole Hansen"),
    ],
)
def test_finds_person(nlp, text, name):
    people = [ent.text for ent in nlp(text).ents if ent.label_ == "PER"]
    assert name in people


def test_finds_town(nlp):
    places = [ent.text for ent in nlp("Vi flyttet fra Tromsø til Trondheim i fjor.").ents]
    assert "Tromsø" in places or "Trondheim" in places


def test_script_help_and_verify():
    runs = {
        flag: subprocess.run(
            [sys.executable, str(SCRIPT), flag], capture_output=True, text=True, timeout=120
        )
        for flag in ("--help", "--verify")
    }
    assert runs["--help"].returncode == 0 and "--gpe-org" in runs["--help"].stdout
    assert runs["--verify"].returncode == 0, runs["--verify"].stderr


def test_norne_tags_are_mapped_as_documented():
    mapping = trainer.label_map("loc")
    tags = ["B-GPE_ORG", "O", "B-PROD", "I-PROD", "I-PER", "B-GPE_LOC", "I-GPE_LOC", "B-DRV"]
    assert trainer.map_tags(tags, mapping) == [
        "B-LOC",
        "O",
        "O",
        "O",
        "B-PER",
        "B-LOC",
        "I-LOC",
        "O",
    ]
    assert trainer.label_map("keep")["GPE_ORG"] == "GPE_ORG"
    assert "GPE_ORG" not in trainer.label_map("drop")


def test_conll_without_space_info_gets_plausible_spacing(tmp_path):
    conll = tmp_path / "mini.conll"
    rows = [
        ("Kari", "name=B-PER"),
        ("bor", "name=O"),
        ("i", "name=O"),
        ("Bergen", "name=B-GPE_LOC"),
        (".", "name=O"),
    ]
    conll.write_text(
        "".join(f"{i}\t{w}\t_\t_\t_\t_\t0\t_\t_\t{m}\n" for i, (w, m) in enumerate(rows, 1)) + "\n",
        encoding="utf-8",
    )
    [(words, spaces, tags)] = list(trainer.read_conll(conll))
    text = "".join(w + (" " if s else "") for w, s in zip(words, spaces, strict=True))
    assert text == "Kari bor i Bergen."
    assert tags == ["B-PER", "O", "O", "B-GPE_LOC", "O"]
