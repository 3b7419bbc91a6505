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


def _interrupt(monkeypatch: pytest.MonkeyPatch, *, after_commit: bool) -> None:
    real = Catalog.add_object

    def add_object(self: Catalog, info: object) -> None:
        if after_commit:
            real(self, info)  # type: ignore[arg-type]
        raise KeyboardInterrupt

    monkeypatch.setattr(Catalog, "add_object", add_object)


def test_interrupt_after_commit_keeps_a_readable_object(tmp_path, monkeypatch):
    v = make_vault(tmp_path / "v")
    _interrupt(monkeypatch, after_commit=True)
    with pytest.raises(KeyboardInterrupt):
        v.put_bytes("identifiable", "metadata", b"committed before the interrupt")
    monkeypatch.undo()
    (listed,) = v.list()
    assert v.get_bytes(listed.id) == b"committed before the interrupt"
    report = v.verify()
    assert report.ok and report.objects == 1, report


def test_interrupt_before_commit_leaves_nothing(tmp_path, monkeypatch):
    v = make_vault(tmp_path / "v")
    _interrupt(monkeypatch, after_commit=False)
    with pytest.raises(KeyboardInterrupt):
        v.put_bytes("identifiable", "metadata", b"never committed")
    monkeypatch.undo()
    assert v.list() == []
    layout = v.layout
    assert not [p for d in (layout.objects, layout.keys, layout.tmp) for p in d.rglob("*")
                if p.is_file()]
    report = v.verify()
    assert report.ok and report.objects == 0 and not report.removed_orphans, report
