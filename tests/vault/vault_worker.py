"""Child process for the concurrency and fault-injection tests (not a test module).

Usage: python vault_worker.py VAULT SEED COUNT [PIECE]
Opens the vault as the steward, prints "ready", then stores COUNT objects (0 = forever) of
random sizes, each *self-describing* (first 32 bytes = SHA-256 of the rest) so the parent can
check any object it finds without knowing what the child managed to write before it died.
Writes in small pieces so that a SIGKILL lands in the middle of streamed puts.
"""

from __future__ import annotations

import hashlib
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from vault_testlib import STEWARD, STEWARD_PW, open_as

from anonkit.vault.stream import CHUNK_SIZE

SIZES = (0, 1, CHUNK_SIZE - 32, CHUNK_SIZE - 31, CHUNK_SIZE + 1, 3 * CHUNK_SIZE)


def main() -> None:
    root, seed, count = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
    piece = int(sys.argv[4]) if len(sys.argv) > 4 else 8192
    rng = random.Random(seed)
    v = open_as(root, STEWARD, STEWARD_PW)
    print("ready", flush=True)
    n = 0
    while count == 0 or n < count:
        size = rng.choice(SIZES) if rng.random() < 0.5 else rng.randint(0, 5 * CHUNK_SIZE)
        body = rng.randbytes(size)
        data = hashlib.sha256(body).digest() + body
        tier = rng.choice(("identifiable", "anonymized"))
        with v.open_writer(tier, "audio") as w:
            for i in range(0, len(data), piece):
                w.write(data[i:i + piece])
        v.audit_append("ingest", object_id=w.object_id, size=size)
        print(w.object_id, flush=True)
        n += 1
    v.close()


if __name__ == "__main__":
    main()
