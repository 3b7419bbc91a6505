"""``anonkit batch``: a whole archive (recordings and old transcripts) into the vault.

Why a package: the parts run in different processes. ``compute`` is all a worker runs
(audio bytes in, transcript out; no vault, no key, no disk); ``executors`` says where
workers are (local processes or a Dask cluster over TLS); ``scan`` finds the archive's
files and participant codes; ``store`` and ``run`` are the parent's side, the only process
that opens the vault and writes to it. The stages themselves are the workflow's
(``recordings.ingest``, ``anonymize_recording``), so a batch and a hand-run ``process``
leave the same objects behind.

The names below load lazily: a worker imports ``compute`` only, and must not pay for the
vault, the anonymizer and their imports in its memory.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from anonkit.workflow.batch.run import BatchSummary, Outcome, run_batch

__all__ = ["BatchSummary", "Outcome", "run_batch"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from anonkit.workflow.batch import run

        return getattr(run, name)
    raise AttributeError(name)
