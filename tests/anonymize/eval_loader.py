"""Load ``benchmarks/eval_detect.py`` (not a package) for the tests of the evaluation sets."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

REPO_ROOT = Path(__file__).resolve().parents[2]
EVAL_DIR = REPO_ROOT / "tests" / "data" / "eval"


def load_eval_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "eval_detect", REPO_ROOT / "benchmarks" / "eval_detect.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the file runs
    spec.loader.exec_module(module)
    return module
