#!/usr/bin/env python3
"""Train anonkit's Norwegian Bokmål NER pipeline from NorNE, reproducibly, on CPU.

Why this exists: no Norwegian spaCy pipeline can be installed here (design.md §3), so anonkit
ships one it trains itself. NorNE's texts may not be republished, so the converted corpora live
only in a temporary directory outside the repository, and the saved pipeline's string table is
pruned to the entity labels (the hash embeddings do not need the training vocabulary).

Label mapping (NorNE -> model): PER -> PER; LOC, GPE_LOC -> LOC; GPE_ORG -> LOC by default
(``--gpe-org``; see docs/ner-models.md for the measurement); ORG -> ORG; PROD, EVT, DRV, MISC
dropped (they are products, events, derived words such as "bergenser" and misc names, which
anonkit's detector either ignores or leaves to the gazetteer and flag layers).

Usage:
    python scripts/train_nb_ner.py                  # full training -> models/spacy/nb_anonkit_ner
    python scripts/train_nb_ner.py --max-steps 400      # quick model
    python scripts/train_nb_ner.py --verify             # check the committed model's SHA256SUMS
    python scripts/train_nb_ner.py --lower-case-augment 0.3 --output /tmp/nb_lower
                                                        # lower-case variant (not shipped)
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_NORNE = REPO_ROOT / ".." / "shared" / "data" / "norne"
DEFAULT_OUTPUT = REPO_ROOT / "models" / "spacy" / "nb_anonkit_ner"
CONFIG_PATH = Path(__file__).resolve().parent / "nb_ner_config.cfg"
TRAIN_FILE = "nob-train.conll"
DEV_FILE = "nob-dev.conllu"
SUMS_FILE = "SHA256SUMS"
SEED = 20251126

# Punctuation that takes no space before it / after it when the source lacks SpaceAfter info
# (nob-train.conll has none); keeps training text close to what spaCy's tokenizer sees later.
_NO_SPACE_BEFORE = {",", ".", ":", ";", "!", "?", ")", "»", "%", "…"}
_NO_SPACE_AFTER = {"(", "«"}


def label_map(gpe_org: str) -> dict[str, str]:
    """NorNE type -> model label; types missing from the map are dropped (become O)."""
    mapping = {"PER": "PER", "LOC": "LOC", "GPE_LOC": "LOC", "ORG": "ORG"}
    if gpe_org == "loc":
        mapping["GPE_ORG"] = "LOC"
    elif gpe_org == "keep":
        mapping["GPE_ORG"] = "GPE_ORG"
    return mapping


def read_conll(path: Path) -> Iterator[tuple[list[str], list[bool], list[str]]]:
    """Yield (words, spaces, iob_tags) per sentence from NorNE CoNLL/CoNLL-U files."""
    words: list[str] = []
    spaces: list[bool] = []
    tags: list[str] = []
    has_space_info = False
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            line = line.rstrip("\n")
            if not line.strip():
                if words:
                    yield words, _fix_spaces(words, spaces, has_space_info), tags
                words, spaces, tags, has_space_info = [], [], [], False
                continue
            if line.startswith("#"):
                continue
            cols = line.split("\t")
            if "-" in cols[0] or "." in cols[0]:  # multiword / empty nodes in CoNLL-U
                continue
            misc = cols[-1].split("|")
            tag = next((f[5:] for f in misc if f.startswith("name=")), "O")
            if path.suffix == ".conllu":
                has_space_info = True
            words.append(cols[1])
            spaces.append("SpaceAfter=No" not in misc)
            tags.append(tag)
    if words:
        yield words, _fix_spaces(words, spaces, has_space_info), tags


def _fix_spaces(words: list[str], spaces: list[bool], known: bool) -> list[bool]:
    if known:
        return [*spaces[:-1], False]
    out = []
    for i, word in enumerate(words):
        nxt = words[i + 1] if i + 1 < len(words) else None
        out.append(nxt is not None and word not in _NO_SPACE_AFTER and nxt not in _NO_SPACE_BEFORE)
    return out


def map_tags(tags: list[str], mapping: dict[str, str]) -> list[str]:
    """Map IOB tags to model labels, dropping unmapped types and repairing broken I- runs."""
    out: list[str] = []
    prev = "O"
    for tag in tags:
        if tag == "O" or tag[2:] not in mapping:
            out.append("O")
            prev = "O"
            continue
        label = mapping[tag[2:]]
        prefix = tag[:2]
        if prefix == "I-" and prev != label:
            prefix = "B-"
        out.append(prefix + label)
        prev = label
    return out


def convert(src: Path, dest: Path, mapping: dict[str, str]) -> int:
    """Write one NorNE file as a spaCy DocBin; returns the sentence count."""
    import spacy
    from spacy.tokens import Doc, DocBin

    nlp = spacy.blank("nb")
    db = DocBin(store_user_data=False)
    count = 0
    for words, spaces, tags in read_conll(src):
        doc = Doc(nlp.vocab, words=words, spaces=spaces, ents=map_tags(tags, mapping))
        db.add(doc)
        count += 1
    db.to_disk(dest)
    return count


def register_genitive_augmenter() -> None:
    """Register ``anonkit.genitive_names.v1``: some training names become genitives.

    Why: interviews say "Irenes mann", "Rolfs drikking" far more often than newspaper text
    does, and a name the model only knows in the base form is missed in the genitive. With
    probability ``level`` an example whose PER entities do not already end in s/x/z is
    replaced by a copy where each such name's last token gets the Bokmål genitive -s.
    """
    import random

    import spacy
    from spacy.tokens import Doc
    from spacy.training import Example

    if "anonkit.genitive_names.v1" in spacy.registry.augmenters:
        return

    @spacy.registry.augmenters("anonkit.genitive_names.v1")
    def create(level: float):
        def augment(nlp, example: Example):
            ref = example.reference
            targets = [
                e
                for e in ref.ents
                if e.label_ == "PER" and not e[-1].text.endswith(("s", "x", "z"))
            ]
            if not targets or random.random() >= level:
                yield example
                return
            words = [t.text for t in ref]
            for ent in targets:
                words[ent.end - 1] += "s"
            tags = [f"{t.ent_iob_}-{t.ent_type_}" if t.ent_type_ else "O" for t in ref]
            doc = Doc(nlp.vocab, words=words, spaces=[bool(t.whitespace_) for t in ref], ents=tags)
            yield Example(nlp.make_doc(doc.text), doc)

        return augment


def register_asr_style_augmenter() -> None:
    """Register ``anonkit.asr_style.v1``: some training sentences look like raw ASR output.

    Why: the model's only case signal is the SHAPE feature, so trained on newspaper text it
    learns "a capital means a name" and finds almost nothing in the all-lower-case lines some
    ASR output produces (``tante ragnhild i brumunddal``). With probability ``lower_level`` a
    sentence is lower-cased (as spaCy's ``spacy.lower_case.v1`` does), which forces the model to
    read the word itself and its context; with probability ``depunct_level`` the punctuation
    outside entities is dropped, as in unpunctuated ASR output. The two draws are independent,
    and the gold entities move with their tokens.
    """
    import random

    import spacy
    from spacy.tokens import Doc
    from spacy.training import Example

    if "anonkit.asr_style.v1" in spacy.registry.augmenters:
        return

    @spacy.registry.augmenters("anonkit.asr_style.v1")
    def create(lower_level: float, depunct_level: float):
        def augment(nlp, example: Example):
            lower = random.random() < lower_level
            depunct = random.random() < depunct_level
            if not (lower or depunct):
                yield example
                return
            ref = example.reference
            kept = [t for t in ref if not (depunct and t.is_punct and not t.ent_type_)]
            if not kept:
                yield example
                return
            words = [t.text.lower() if lower else t.text for t in kept]
            if depunct:
                spaces = [True] * (len(kept) - 1) + [False]
            else:
                spaces = [bool(t.whitespace_) for t in kept]
            tags = [f"{t.ent_iob_}-{t.ent_type_}" if t.ent_type_ else "O" for t in kept]
            doc = Doc(nlp.vocab, words=words, spaces=spaces, ents=tags)
            yield Example(nlp.make_doc(doc.text), doc)

        return augment


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def model_files(model_dir: Path) -> list[Path]:
    return sorted(p for p in model_dir.rglob("*") if p.is_file() and p.name != SUMS_FILE)


def write_sums(model_dir: Path) -> None:
    lines = [f"{sha256(p)}  {p.relative_to(model_dir).as_posix()}" for p in model_files(model_dir)]
    (model_dir / SUMS_FILE).write_text("\n".join(lines) + "\n", encoding="utf-8")


def verify(model_dir: Path) -> list[str]:
    """Return a list of problems (empty when every file matches SHA256SUMS and none is extra)."""
    sums_path = model_dir / SUMS_FILE
    if not sums_path.is_file():
        return [f"{sums_path} is missing"]
    expected = {}
    for line in sums_path.read_text(encoding="utf-8").splitlines():
        digest, name = line.split("  ", 1)
        expected[name] = digest
    problems = []
    present = {p.relative_to(model_dir).as_posix(): p for p in model_files(model_dir)}
    for name, digest in expected.items():
        if name not in present:
            problems.append(f"missing file: {name}")
        elif sha256(present[name]) != digest:
            problems.append(f"digest mismatch: {name}")
    problems += [f"file not in {SUMS_FILE}: {n}" for n in present if n not in expected]
    return problems


def prune_strings(model_dir: Path, labels: list[str]) -> None:
    """Keep only a blank pipeline's strings plus the labels in vocab/strings.json.

    The StringStore would otherwise list every NorNE token seen in training; inference does not
    need it (features are hashed at run time), and NorNE's texts must not be redistributed.
    """
    import spacy

    keep = set(spacy.blank("nb").vocab.strings)
    for label in labels:
        keep.update({label, *(f"{p}-{label}" for p in "BILU")})
    path = model_dir / "vocab" / "strings.json"
    path.write_text(json.dumps(sorted(keep), ensure_ascii=False), encoding="utf-8")


def clean_config(model_dir: Path) -> None:
    """Null the temp corpus paths in the saved config (they pointed at a deleted folder)."""
    from spacy.util import load_config

    config = load_config(model_dir / "config.cfg", interpolate=False)
    config["paths"]["train"] = None
    config["paths"]["dev"] = None
    config.to_disk(model_dir / "config.cfg")


def evaluate(model_dir: Path, dev_path: Path) -> dict:
    """Per-type P/R/F on the dev DocBin; also location recall with GPE_ORG counted as LOC."""
    import spacy
    from spacy.tokens import DocBin
    from spacy.training import Example

    nlp = spacy.load(model_dir)
    refs = list(DocBin().from_disk(dev_path).get_docs(nlp.vocab))
    examples = [Example(nlp(ref.text), ref) for ref in refs]
    scores = nlp.evaluate(examples)
    per_type = {
        k: {m: round(v[m], 4) for m in ("p", "r", "f")} for k, v in scores["ents_per_type"].items()
    }
    # The detector maps LOC and GPE_ORG to LOCATION, so score them as one type as well.
    merged = {"GPE_ORG": "LOC"}
    gold = {
        (i, e.start_char, e.end_char, merged.get(e.label_, e.label_))
        for i, ex in enumerate(examples)
        for e in ex.reference.ents
    }
    pred = {
        (i, e.start_char, e.end_char, merged.get(e.label_, e.label_))
        for i, ex in enumerate(examples)
        for e in ex.predicted.ents
    }
    gold_loc = {g for g in gold if g[3] == "LOC"}
    pred_loc = {p for p in pred if p[3] == "LOC"}
    hits = len(gold_loc & pred_loc)
    location_merged = {
        "p": round(hits / max(len(pred_loc), 1), 4),
        "r": round(hits / max(len(gold_loc), 1), 4),
        "gold": len(gold_loc),
    }
    return {
        "location_merged": location_merged,
        "ents_p": round(scores["ents_p"], 4),
        "ents_r": round(scores["ents_r"], 4),
        "ents_f": round(scores["ents_f"], 4),
        "per_type": per_type,
        "dev_words_per_second": round(scores["speed"]),
    }


def train(args: argparse.Namespace) -> int:
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    import spacy
    from spacy.cli.train import train as spacy_train

    norne = args.norne_dir.resolve()
    train_src, dev_src = norne / TRAIN_FILE, norne / DEV_FILE
    for src in (train_src, dev_src):
        if not src.is_file():
            print(f"error: {src} not found; pass --norne-dir pointing at NorNE", file=sys.stderr)
            return 1
    mapping = label_map(args.gpe_org)
    output = args.output.resolve()
    started = time.time()
    with tempfile.TemporaryDirectory(prefix="anonkit-norne-") as tmp:
        tmpdir = Path(tmp)
        n_train = convert(train_src, tmpdir / "train.spacy", mapping)
        n_dev = convert(dev_src, tmpdir / "dev.spacy", mapping)
        print(f"converted {n_train} train / {n_dev} dev sentences into {tmpdir}", flush=True)
        overrides = {
            "paths.train": str(tmpdir / "train.spacy"),
            "paths.dev": str(tmpdir / "dev.spacy"),
            "system.seed": args.seed,
            "training.max_steps": args.max_steps,
            "training.max_epochs": args.max_epochs,
            "training.patience": args.patience,
            "training.eval_frequency": args.eval_frequency,
            "nlp.batch_size": 256,
        }
        if args.genitive_augment > 0 and (args.lower_case_augment or args.depunct_augment):
            print("error: combine --genitive-augment with no other augmenter", file=sys.stderr)
            return 1
        if args.lower_case_augment > 0 or args.depunct_augment > 0:
            register_asr_style_augmenter()
            overrides["corpora.train.augmenter"] = {
                "@augmenters": "anonkit.asr_style.v1",
                "lower_level": args.lower_case_augment,
                "depunct_level": args.depunct_augment,
            }
        if args.genitive_augment > 0:
            register_genitive_augmenter()
            overrides["corpora.train.augmenter"] = {
                "@augmenters": "anonkit.genitive_names.v1",
                "level": args.genitive_augment,
            }
        spacy_train(CONFIG_PATH, tmpdir / "out", use_gpu=-1, overrides=overrides)
        train_seconds = time.time() - started
        best = tmpdir / "out" / "model-best"
        labels = sorted(spacy.load(best).get_pipe("ner").labels)
        prune_strings(best, labels)
        clean_config(best)
        dev_scores = evaluate(best, tmpdir / "dev.spacy")
        if output.exists():
            shutil.rmtree(output)
        output.parent.mkdir(parents=True, exist_ok=True)
        meta_path = best / "meta.json"
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        meta.update(
            {
                "name": "anonkit_ner",
                "version": args.model_version,
                "description": "anonkit Norwegian Bokmål NER (PER, LOC, ORG) trained on NorNE",
                "license": "CC0-1.0 annotations (NorNE); weights only, no NorNE text included",
                "sources": [
                    {
                        "name": "NorNE",
                        "url": "https://github.com/ltgoslo/norne",
                        "license": "CC0 annotations; texts not redistributable",
                    }
                ],
            }
        )
        meta_path.write_text(json.dumps(meta, indent=2, ensure_ascii=False), encoding="utf-8")
        shutil.copytree(best, output)
    metrics = {
        "dev": dev_scores,
        "labels": labels,
        "label_mapping": mapping,
        "dropped_types": sorted({"PROD", "EVT", "DRV", "MISC", "GPE_ORG"} - set(mapping)),
        "training": {
            "seed": args.seed,
            "max_steps": args.max_steps,
            "max_epochs": args.max_epochs,
            "patience": args.patience,
            "eval_frequency": args.eval_frequency,
            "genitive_augment": args.genitive_augment,
            "lower_case_augment": args.lower_case_augment,
            "depunct_augment": args.depunct_augment,
            "selection": "spaCy best checkpoint by 0.5*ents_f + 0.5*ents_r on dev",
            "config": CONFIG_PATH.name,
            "config_sha256": sha256(CONFIG_PATH),
            "train_sentences": n_train,
            "dev_sentences": n_dev,
            "seconds": round(train_seconds, 1),
            "omp_num_threads": os.environ.get("OMP_NUM_THREADS"),
        },
        "data_sha256": {TRAIN_FILE: sha256(train_src), DEV_FILE: sha256(dev_src)},
        "spacy_version": spacy.__version__,
        "python": sys.version.split()[0],
        "created_utc": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
    }
    (output / "metrics.json").write_text(json.dumps(metrics, indent=2) + "\n", encoding="utf-8")
    write_sums(output)
    print(json.dumps(metrics["dev"], indent=2))
    print(f"model written to {output}")
    return 0


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--norne-dir", type=Path, default=DEFAULT_NORNE, help="NorNE folder")
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT, help="pipeline folder")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--max-steps", type=int, default=4500)
    parser.add_argument("--max-epochs", type=int, default=0, help="0 = no epoch limit")
    parser.add_argument("--patience", type=int, default=1500)
    parser.add_argument("--eval-frequency", type=int, default=250)
    parser.add_argument(
        "--gpe-org",
        choices=["loc", "keep", "drop"],
        default="loc",
        help="NorNE GPE_ORG: merge into LOC (default), keep as its own label, or drop",
    )
    parser.add_argument(
        "--genitive-augment",
        type=float,
        default=0.0,
        help="share of training sentences with PER names whose names get a genitive -s",
    )
    parser.add_argument(
        "--lower-case-augment",
        type=float,
        default=0.0,
        help="share of training sentences lower-cased (all-lower-case ASR output)",
    )
    parser.add_argument(
        "--depunct-augment",
        type=float,
        default=0.0,
        help="share of training sentences with punctuation outside entities removed",
    )
    parser.add_argument("--model-version", default="0.1.0")
    parser.add_argument(
        "--verify", action="store_true", help="only check the model's files against SHA256SUMS"
    )
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.verify:
        problems = verify(args.output.resolve())
        for problem in problems:
            print(f"error: {problem}", file=sys.stderr)
        if not problems:
            print(f"ok: {args.output} matches {SUMS_FILE}")
        return 1 if problems else 0
    return train(args)


if __name__ == "__main__":
    sys.exit(main())
