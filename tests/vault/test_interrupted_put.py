"""Ctrl+C (an asynchronous ``KeyboardInterrupt``) at either side of a put's catalog COMMIT.

Found by CI: an interrupted batch run raised ``KeyboardInterrupt`` after the catalog row of
the project key was committed but before ``add_object`` returned; the clean-up then removed
the object's files, and every later run read a listed object without a key file
(``TamperedError``). The interrupt is injected here exactly at those two points by wrapping
the real ``Catalog.add_object``; everything else (encryption, files, SQLite) is real.
"""

from __future__ import annotations

import pytest
from vault_testlib import make_vault

from anonkit.vault.catalog import Catalog


def _interrupted_put(tmp_path, monkeypatch: pytest.MonkeyPatch, *, after_commit: bool):
    """A real vault whose one put is interrupted at the chosen side of the COMMIT."""
    v = make_vault(tmp_path / "v")
    real = Catalog.add_object

    def add_object(self: Catalog, info: object) -> None:
        if after_commit:
            real(self, info)  # type: ignore[arg-type]
        raise KeyboardInterrupt

    monkeypatch.setattr(Catalog, "add_object", add_object)
    with pytest.raises(KeyboardInterrupt):
        v.put_bytes("identifiable", "metadata", b"the object's content")
    monkeypatch.undo()
    return v


def test_interrupt_after_commit_keeps_a_readable_object(tmp_path, monkeypatch):
    v = _interrupted_put(tmp_path, monkeypatch, after_commit=True)
    (listed,) = v.list()
    assert v.get_bytes(listed.id) == b"the object's content"
    report = v.verify()
    assert report.ok and report.objects == 1, report


def test_interrupt_before_commit_leaves_nothing(tmp_path, monkeypatch):
    v = _interrupted_put(tmp_path, monkeypatch, after_commit=False)
    assert v.list() == []
    layout = v.layout
    assert not [p for d in (layout.objects, layout.keys, layout.tmp) for p in d.rglob("*")
                if p.is_file()]
    report = v.verify()
    assert report.ok and report.objects == 0 and not report.removed_orphans, report
