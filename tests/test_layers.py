"""Imports run one way (house rules): cli, review → workflow → asr, anonymize, vault →
errors, fileio, languages. An engine never imports another engine or a layer above it.

An AST walk over every module (module-level and function-level imports alike, since lazy
imports are still dependencies), so the check needs no third-party tool.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "anonkit"

#: layer of each top-level part of the package; a module may import its own layer's
#: package and any lower layer, never a higher one or a sibling engine.
LAYER = {
    "cli": 4, "review": 4,
    "workflow": 3,
    "asr": 2, "anonymize": 2, "vault": 2,
    "fileio": 1, "languages": 1,
    "errors": 0, "offline": 0, "__init__": 0,
}  # fmt: skip

#: The one documented exception: the stand-alone key file (``anonymize/keyfile.py``) reuses
#: the vault's password hashing, file lock and error classes (leaf modules with no
#: dependencies back), so both formats share one audited KDF. Never the ``Vault`` facade.
SHARED_LEAVES = {"anonkit.vault.kdf", "anonkit.vault.lock", "anonkit.vault.errors"}

#: The other one: ``anonkit review`` (cli) starts the review app's server; the two top layers
#: meet only there, and the review app never imports the CLI.
APP_LAUNCH = ("anonkit.cli.review", "anonkit.review.server")


def _part(module: str) -> str | None:
    parts = module.split(".")
    if parts[0] != "anonkit":
        return None
    return parts[1] if len(parts) > 1 else "__init__"


def _edges() -> list[tuple[str, str, int]]:
    out = []
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE.parent).with_suffix("")
        name = ".".join(rel.parts)
        tree = ast.parse(path.read_text("utf-8"), str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                targets = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                targets = [node.module]
            else:
                continue
            out.extend((name, t, node.lineno) for t in targets if t.startswith("anonkit"))
    return out


EDGES = _edges()


def test_the_walk_sees_imports() -> None:
    assert len(EDGES) > 100
    assert any(src.startswith("anonkit.workflow") and dst.startswith("anonkit.vault")
               for src, dst, _ in EDGES)


@pytest.mark.parametrize("part", sorted(p for p in LAYER if p != "__init__"))
def test_imports_point_down(part: str) -> None:
    bad = []
    for src, dst, line in EDGES:
        if _part(src) != part:
            continue
        target = _part(dst)
        if target is None or target == part or target == "__init__":
            continue
        if dst in SHARED_LEAVES and src == "anonkit.anonymize.keyfile":
            continue
        if (src, dst) == APP_LAUNCH:
            continue
        if LAYER[target] >= LAYER[part]:
            bad.append(f"{src}:{line} imports {dst}")
    assert not bad, "imports against the layering:\n" + "\n".join(bad)


def test_every_part_has_a_layer() -> None:
    parts = {_part(".".join(p.relative_to(PACKAGE.parent).with_suffix("").parts))
             for p in PACKAGE.rglob("*.py")}
    assert parts <= set(LAYER), sorted(parts - set(LAYER))


def test_public_api_resolves() -> None:
    import anonkit

    assert anonkit.LANGUAGES == ("en", "nb")
    with pytest.raises(AttributeError):
        anonkit.no_such_name  # noqa: B018


def test_no_engine_imports_the_vault_facade() -> None:
    bad = [f"{src}:{line}" for src, dst, line in EDGES
           if dst == "anonkit.vault.vault" and _part(src) in ("asr", "anonymize")]
    assert not bad
