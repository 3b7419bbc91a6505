"""Vault benchmark: streamed write/read throughput against raw AES-256-GCM over the same
bytes in the same run, peak RSS while storing large objects, unlock time.

Usage:  python benchmarks/bench_vault.py [--quick] [--size-mib N] [--dir DIR]
Prints one JSON document on stdout (progress on stderr).

What is compared (same process, same data, same directory, same 64 KiB chunking):
- raw_write: AESGCM.encrypt of each 64 KiB chunk + write to a file + fsync. This is the
  floor any encrypted store pays (encryption, copy to the page cache, flush to disk).
- vault_write: ``Vault.put`` (STREAM AES-256-GCM, XXH3-128 of the ciphertext for the catalog,
  key file, temp file, fsync, rename, catalog row).
- raw_read / vault_read: the reverse (file still in the page cache for both).
- raw_write_checksum: raw_write plus XXH3-128 of the ciphertext, which the catalog records
  (spec §13): the least the vault must do. The vault's own overhead is vault vs this.
- raw_encrypt_mem: encryption only, no file, for reference.
Peak RSS is measured in a fresh child process per size (``ru_maxrss``), so that sizes do
not contaminate each other; the data is generated on the fly, never held in memory.
Unlock: ``Vault.open`` with production Argon2id parameters (vault-format §3), median of 5.
Each figure is the best of ``--repeats`` runs (raw and vault alternate who goes first).
``--dir /dev/shm`` measures the CPU cost alone (no disk); the default temp dir includes the
disk, which on a shared machine adds noise.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import xxhash
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from anonkit.vault.kdf import KdfParams
from anonkit.vault.stream import CHUNK_SIZE, chunk_nonce
from anonkit.vault.vault import Vault

MIB = 1024 * 1024
PASSWORD = "benchmark password"
BLOCK = os.urandom(MIB)  # incompressible; repeated to make any size without holding it


class Generated:
    """A readable stream of ``size`` bytes built from one random 1 MiB block."""

    def __init__(self, size: int) -> None:
        self.remaining = size

    def read(self, n: int = -1) -> bytes:
        n = self.remaining if n < 0 else min(n, self.remaining)
        n = min(n, MIB)
        self.remaining -= n
        return BLOCK if n == MIB else BLOCK[:n]


def _chunks(size: int) -> Iterator[bytes]:
    mv = memoryview(BLOCK)
    left = size
    while left > 0:
        for i in range(0, MIB, CHUNK_SIZE):
            if left <= 0:
                return
            n = min(CHUNK_SIZE, left)
            yield mv[i:i + n]
            left -= n


def raw_write(path: Path, key: bytes, size: int) -> None:
    aead = AESGCM(key)
    n_chunks = -(-size // CHUNK_SIZE)
    with open(path, "wb", buffering=MIB) as f:
        for i, chunk in enumerate(_chunks(size)):
            f.write(aead.encrypt(chunk_nonce(i, i == n_chunks - 1), chunk, b"aad"))
        f.flush()
        os.fsync(f.fileno())


def raw_write_checksum(path: Path, key: bytes, size: int) -> None:
    """raw_write plus XXH3-128 of the ciphertext: what the vault must do at least, since the
    catalog records that checksum (spec §13)."""
    aead = AESGCM(key)
    sha = xxhash.xxh3_128()
    n_chunks = -(-size // CHUNK_SIZE)
    with open(path, "wb", buffering=MIB) as f:
        for i, chunk in enumerate(_chunks(size)):
            ct = aead.encrypt(chunk_nonce(i, i == n_chunks - 1), chunk, b"aad")
            f.write(ct)
            sha.update(ct)
        f.flush()
        os.fsync(f.fileno())
    sha.hexdigest()


def raw_read(path: Path, key: bytes, size: int) -> None:
    aead = AESGCM(key)
    n_chunks = -(-size // CHUNK_SIZE)
    with open(path, "rb", buffering=0) as f:
        for i in range(n_chunks):
            ct = f.read(CHUNK_SIZE + 16)
            aead.decrypt(chunk_nonce(i, i == n_chunks - 1), ct, b"aad")


def raw_encrypt_mem(key: bytes, size: int) -> None:
    aead = AESGCM(key)
    for i, chunk in enumerate(_chunks(size)):
        aead.encrypt(chunk_nonce(i, False), chunk, b"aad")


def _mib_s(size: int, seconds: float) -> float:
    return round(size / MIB / seconds, 1)


def throughput(work: Path, size: int, repeats: int) -> dict:
    """Best wall time and best CPU time (user + system of this process) per operation.

    Why CPU time too: on a shared machine wall time measures the neighbours as much as the
    code; CPU time is the work each variant needs and is comparable across runs (it leaves
    out waiting for the disk, which both sides do alike)."""
    key = AESGCM.generate_key(256)
    vault = Vault.create(work / "vault", "bench", PASSWORD, KdfParams.testing())
    raw_path = work / "raw.bin"
    wall: dict[str, float] = {}
    cpu: dict[str, float] = {}
    state: dict[str, str] = {}

    def measure(name: str, fn) -> None:  # type: ignore[no-untyped-def]
        w0, c0 = time.perf_counter(), time.process_time()
        fn()
        w, c = time.perf_counter() - w0, time.process_time() - c0
        wall[name] = min(wall.get(name, float("inf")), w)
        cpu[name] = min(cpu.get(name, float("inf")), c)

    def vault_read() -> None:
        assert sum(len(c) for c in vault.open_reader(state["oid"])) == size

    def raw_side() -> None:
        measure("raw_encrypt_mem", lambda: raw_encrypt_mem(key, size))
        measure("raw_write", lambda: raw_write(raw_path, key, size))
        measure("raw_write_checksum", lambda: raw_write_checksum(raw_path, key, size))
        measure("raw_read", lambda: raw_read(raw_path, key, size))
        raw_path.unlink()

    def vault_side() -> None:
        measure("vault_write", lambda: state.update(
            oid=vault.put("identifiable", "audio", Generated(size))))
        measure("vault_read", vault_read)
        vault.delete(state["oid"])

    for r in range(repeats):
        print(f"throughput run {r + 1}/{repeats} ({size // MIB} MiB)", file=sys.stderr)
        # Alternate the order so neither side always inherits the other's dirty pages.
        for side in (raw_side, vault_side) if r % 2 == 0 else (vault_side, raw_side):
            os.sync()
            side()
    vault.close()
    out: dict = {
        k: {"wall_s": round(wall[k], 3), "wall_mib_per_s": _mib_s(size, wall[k]),
            "cpu_s": round(cpu[k], 3), "cpu_mib_per_s": _mib_s(size, cpu[k])}
        for k in wall
    }
    for basis, t in (("wall", wall), ("cpu", cpu)):
        out[f"ratios_{basis}"] = {
            "write_vs_raw_write": round(t["raw_write"] / t["vault_write"], 3),
            "write_vs_raw_write_checksum": round(t["raw_write_checksum"] / t["vault_write"], 3),
            "write_vs_raw_encrypt_mem": round(t["raw_encrypt_mem"] / t["vault_write"], 3),
            "read_vs_raw_read": round(t["raw_read"] / t["vault_read"], 3),
        }
    return out


def rss_child(work: Path, size: int) -> None:
    """Runs in a fresh process: store ``size`` bytes (or nothing when 0), print peak RSS."""
    vault = Vault.create(work / f"vault-{size}", "bench", PASSWORD, KdfParams.testing())
    if size:
        vault.put("identifiable", "audio", Generated(size))
    vault.close()
    print(json.dumps({"size_mib": size // MIB,
                      "ru_maxrss_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
                                             / 1024, 1)}))


def peak_rss(work: Path, sizes: list[int]) -> list[dict]:
    out = []
    for size in sizes:
        print(f"peak RSS while storing {size // MIB} MiB", file=sys.stderr)
        res = subprocess.run([sys.executable, __file__, "--rss-child", str(size), "--dir",
                              str(work)], capture_output=True, text=True, check=True)
        out.append(json.loads(res.stdout))
        shutil.rmtree(work / f"vault-{size}", ignore_errors=True)
    return out


def unlock_time(work: Path, runs: int = 5) -> dict:
    print("unlock with production KDF parameters", file=sys.stderr)
    kdf = KdfParams.production()
    Vault.create(work / "vault-unlock", "bench", PASSWORD, kdf).close()
    times, cpu = [], []
    for _ in range(runs):
        t0, c0 = time.perf_counter(), time.process_time()
        Vault.open(work / "vault-unlock", "bench", PASSWORD).close()
        times.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
    return {"kdf": {"memory_kib": kdf.memory_kib, "iterations": kdf.iterations,
                    "lanes": kdf.lanes},
            "runs": runs, "median_s": round(statistics.median(times), 3),
            "all_s": [round(t, 3) for t in times],
            "cpu_median_s": round(statistics.median(cpu), 3)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="small sizes: a smoke run")
    ap.add_argument("--size-mib", type=int, default=None, help="throughput size (1024)")
    ap.add_argument("--repeats", type=int, default=None, help="throughput runs, best kept")
    ap.add_argument("--dir", type=Path, default=None, help="work directory (temp by default)")
    ap.add_argument("--rss-child", type=int, default=None, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.rss_child is not None:
        rss_child(args.dir, args.rss_child)
        return
    size = (args.size_mib or (64 if args.quick else 1024)) * MIB
    repeats = args.repeats or (1 if args.quick else 3)
    rss_sizes = [0, 64 * MIB, 256 * MIB] if args.quick else [0, 256 * MIB, 2048 * MIB]
    work = Path(tempfile.mkdtemp(prefix="anonkit-bench-", dir=args.dir))
    try:
        result = {
            "benchmark": "bench_vault",
            "quick": args.quick,
            "machine": {"python": platform.python_version(), "cpus": os.cpu_count(),
                        "platform": platform.platform()},
            "chunk_size": CHUNK_SIZE,
            "work_dir": str(work.parent),
            "throughput_size_mib": size // MIB,
            "throughput_repeats": repeats,
            "throughput": throughput(work, size, repeats),
            "peak_rss": peak_rss(work, rss_sizes),
            "unlock": unlock_time(work),
        }
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
