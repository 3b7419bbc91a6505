"""The README stands alone in a clone: every relative link resolves inside the repository,
and nothing points at ``../shared`` (which users do not have)."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LINK = re.compile(r"\]\(([^)#\s]+)(?:#[^)]*)?\)")


def test_readme_links_resolve_inside_the_clone() -> None:
    for doc in [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]:
        text = doc.read_text(encoding="utf-8")
        assert "](../shared" not in text and "`../shared/docs" not in text, doc.name
        for target in LINK.findall(text):
            if target.startswith(("http://", "https://", "mailto:")):
                continue
            assert (doc.parent / target).resolve().is_relative_to(ROOT), (doc.name, target)
            assert (doc.parent / target).exists(), f"{doc.name}: broken link {target}"


def test_readme_says_how_to_get_cpu_torch() -> None:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "pip install torch==2.13.0 --index-url https://download.pytorch.org/whl/cpu" in text
    setup = (ROOT / "scripts" / "setup.sh").read_text(encoding="utf-8")
    assert "https://download.pytorch.org/whl/cpu" in setup
