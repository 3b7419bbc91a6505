"""Directory layout and atomic writes (spec §12), including a really full disk."""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
import textwrap

import pytest
from vault_testlib import PYTHON, PatternReader, env_for_subprocess, make_vault

from anonkit.vault import storage
from anonkit.vault.errors import DiskFullError, VaultError
from anonkit.vault.storage import Layout, TempFile, atomic_write_bytes, clean_tmp


def test_layout_shards_and_rejects_path_tricks(tmp_path):
    lay = Layout(tmp_path)
    oid = storage.new_id()
    assert lay.object_path(oid) == tmp_path / "objects" / oid[:2] / oid
    assert lay.key_path(oid) == tmp_path / "keys" / oid[:2] / oid
    for bad in ("../../etc/passwd", oid.upper(), oid[:-1], oid + "0", ""):
        with pytest.raises(VaultError):
            lay.object_path(bad)


def test_tempfile_is_invisible_until_commit(tmp_path):
    lay = Layout(tmp_path)
    lay.make_dirs()
    final = tmp_path / "objects" / "ab" / "final"
    with TempFile(lay.tmp) as t:
        t.write(b"half")
        assert not final.exists()
        assert [p.name for p in lay.tmp.iterdir()] == [t.path.name]
        t.write(b" and the rest")
        t.commit(final)
    assert final.read_bytes() == b"half and the rest"
    assert list(lay.tmp.iterdir()) == []
    with TempFile(lay.tmp) as t:
        t.write(b"abandoned")
    assert list(lay.tmp.iterdir()) == []  # discarded on exit without commit


def test_atomic_replace_never_shows_a_mix(tmp_path):
    lay = Layout(tmp_path)
    lay.make_dirs()
    target = tmp_path / "header"
    atomic_write_bytes(lay.tmp, target, b"A" * 100_000)
    atomic_write_bytes(lay.tmp, target, b"B" * 50_000)
    assert target.read_bytes() == b"B" * 50_000


def test_clean_tmp_removes_dead_writers_only(tmp_path):
    lay = Layout(tmp_path)
    lay.make_dirs()
    # A live writer in another process holds its temp file's flock.
    code = textwrap.dedent(f"""
        import time
        from pathlib import Path
        from anonkit.vault.storage import TempFile
        t = TempFile(Path({str(lay.tmp)!r}))
        t.write(b"in progress")
        print(t.path.name, flush=True)
        time.sleep(120)
    """)
    live = subprocess.Popen([PYTHON, "-c", code], stdout=subprocess.PIPE, text=True,
                            env=env_for_subprocess())
    try:
        assert live.stdout is not None
        live_name = live.stdout.readline().strip()
        dead = lay.tmp / "12345-00000000deadbeef.part"  # a killed writer's leftover: no lock
        dead.write_bytes(b"partial")
        assert clean_tmp(lay.tmp, exclusive=False) == []  # too young to judge without lock
        assert clean_tmp(lay.tmp, exclusive=False, min_age_s=0) == [dead.name]
        assert [p.name for p in lay.tmp.iterdir()] == [live_name]
    finally:
        live.kill()
        live.wait()
    assert clean_tmp(lay.tmp, exclusive=True) == [live_name]


def _check_nothing_lost(v, kept):
    assert [o.id for o in v.list()] == [kept]
    assert v.get_bytes(kept) == b"keep me"
    assert list(v.layout.tmp.iterdir()) == []
    assert list(v.layout.iter_object_files()) == [(kept, v.layout.object_path(kept))]
    assert v.verify().ok


@pytest.fixture
def tiny_tmpfs(tmp_path):
    """A real 2 MiB file system (needs root; skipped otherwise)."""
    mnt = tmp_path / "mnt"
    mnt.mkdir()
    if shutil.which("mount") is None or os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root")
    res = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mnt)],
                         capture_output=True)
    if res.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {res.stderr.decode().strip()}")
    yield mnt
    subprocess.run(["umount", "-l", str(mnt)], check=False)


def test_really_full_disk(tiny_tmpfs):
    v = make_vault(tiny_tmpfs / "v")
    kept = v.put_bytes("identifiable", "audio", b"keep me")
    with pytest.raises(DiskFullError, match="disk holding the vault is full"):
        v.put("identifiable", "audio", PatternReader(8 * 1024 * 1024))
    _check_nothing_lost(v, kept)
    # Space is back once the failed write is gone: the vault keeps working.
    oid = v.put_bytes("anonymized", "transcript_pseudonymized", b"fits")
    assert v.get_bytes(oid) == b"fits"
    v.close()


def test_full_disk_simulated(tmp_path, monkeypatch):
    """Mock of what the test above does for real, for machines where it is skipped: the
    kernel's ENOSPC is injected into the temp-file write after 200 KB."""
    v = make_vault(tmp_path / "v")
    kept = v.put_bytes("identifiable", "audio", b"keep me")
    real_write = TempFile.write

    def failing_write(self, data):
        if self.size > 200_000:
            self._fail(OSError(errno.ENOSPC, "No space left on device"))
        return real_write(self, data)

    monkeypatch.setattr(TempFile, "write", failing_write)
    with pytest.raises(DiskFullError):
        v.put("identifiable", "audio", PatternReader(1_000_000))
    monkeypatch.undo()
    _check_nothing_lost(v, kept)
    v.close()
