"""Choose the compute device and thread count before any work starts.

Why here and not when the model loads: a user who asks for ``--device cuda`` on a machine
without CUDA, or for more threads than it has, should learn it in the first second, not
after the audio was decoded. Probing CUDA loads no model: CTranslate2 counts devices, torch
is asked only for the openai backend (which imports it anyway).
"""

from __future__ import annotations

import os

from anonkit.errors import AnonkitError

DEVICES = ("auto", "cpu", "cuda")


class DeviceError(AnonkitError):
    """The requested compute device is not available on this machine."""


def cuda_available(backend: str) -> bool:
    """Whether ``backend`` (``faster`` or ``openai``) can run on a CUDA GPU here."""
    try:
        if backend == "openai":
            import torch

            return bool(torch.cuda.is_available())
        import ctranslate2

        return ctranslate2.get_cuda_device_count() > 0
    except (ImportError, RuntimeError, OSError):
        return False


def resolve_device(requested: str, backend: str) -> str:
    """``cpu`` or ``cuda`` for ``requested`` (one of ``DEVICES``); ``auto`` prefers CUDA."""
    if requested not in DEVICES:
        raise DeviceError(f"unknown device {requested!r}; choose one of {', '.join(DEVICES)}")
    if requested == "cpu":
        return "cpu"
    has_cuda = cuda_available(backend)
    if requested == "cuda" and not has_cuda:
        raise DeviceError("--device cuda: no CUDA GPU is usable on this machine (no device, "
                          "or no CUDA build of the backend); use --device cpu or auto")
    return "cuda" if has_cuda else "cpu"


def available_cores() -> int:
    """CPU cores this process may run on (respects taskset/cgroup affinity)."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def clamp_threads(requested: int) -> tuple[int, str | None]:
    """``requested`` threads (0: the backend's default) capped at the cores available,
    with a note for the user when it was capped."""
    cores = available_cores()
    if requested <= cores:
        return requested, None
    return cores, (f"--threads {requested} is more than the {cores} CPU core(s) available; "
                   f"using {cores}")
