"""Load the evaluation scripts of ``benchmarks/`` (not a package) for the tests.

``benchmarks/eval_markup.py`` reads the sets' markup (what most tests need);
``benchmarks/eval_detect.py`` scores a detector against them.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
from pathlib import Path
from types import ModuleType

REPO_ROOT = Path(__file__).resolve().parents[2]
EVAL_DIR = REPO_ROOT / "tests" / "data" / "eval"
BENCH_DIR = REPO_ROOT / "benchmarks"


def load_markup_module() -> ModuleType:
    """``benchmarks/eval_markup.py``, imported by name as the benchmark scripts import it."""
    if str(BENCH_DIR) not in sys.path:
        sys.path.insert(0, str(BENCH_DIR))
    return importlib.import_module("eval_markup")


def load_eval_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("eval_detect", BENCH_DIR / "eval_detect.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the file runs
    spec.loader.exec_module(module)
    return module


def load_bench_module(name: str) -> ModuleType:
    """``benchmarks/<name>.py`` (a stress benchmark), with ``benchmarks/`` on the path for the
    modules it imports by name (its forms, ``_stress_kit``, ``eval_detect``)."""
    if str(BENCH_DIR) not in sys.path:
        sys.path.insert(0, str(BENCH_DIR))
    spec = importlib.util.spec_from_file_location(name, BENCH_DIR / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module
