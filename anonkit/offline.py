"""Switch off every telemetry, hub and update look-up of anonkit's dependencies, in one place.

Why one module that runs first: anonkit's users transcribe psychiatric interviews on machines
an ethics board approved as offline, so "nothing leaves the machine" must hold without
exception. Most of these switches are environment variables that a library reads once, *when
it is imported* (onnxruntime decides on telemetry when its native library loads; tldextract
builds its default extractor at import). They must therefore be set before any engine is
imported; ``anonkit/__init__.py`` calls :func:`apply` as its first statement. This module
imports nothing but the standard library.

What each switch stops (found by tracing the CLI under ``strace -f -e trace=network,file``
with an empty ``HOME``; the test is ``tests/test_offline.py``):

* onnxruntime (>= 1.32, loaded by faster-whisper for the Silero VAD) creates
  ``~/.cache/Microsoft/DeveloperTools/.onnxruntime/onnxruntime.db`` (device id, OS, CPU,
  paths) on import and about nine seconds later resolves ``mobile.events.data.microsoft.com``
  to upload it. ``ORT_DISABLE_TELEMETRY=1`` before import stops both; its Python API
  ``disable_telemetry_events()`` alone does not (measured: the database is still created and
  the DNS look-ups still happen), so it is only called as a second lock, right after
  onnxruntime is imported and before any ``InferenceSession`` exists.
* Hugging Face hub (imported by faster-whisper): offline mode, no telemetry, no token look-up.
* tldextract (imported by Presidio's e-mail recognizer): without these variables its first
  use downloads the Public Suffix List and caches it under ``~/.cache/python-tldextract``;
  with them it uses the snapshot bundled in the package.
* numba (used by librosa, which the speaker encoder imports) caches compiled functions
  next to the installed package or, where that is read-only, under ``~/.cache``. Its cache
  goes to a private folder in the system temp dir instead (``NUMBA_CACHE_DIR``), so a run
  writes nothing outside the output, the vault, the model store and the temp dir.
* ``DO_NOT_TRACK``: the cross-tool convention, for anything that honours it.

Values are forced, not defaulted: a user's shell that sets ``HF_HUB_OFFLINE=0`` must not
re-open a door this module closes.
"""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import os
import stat
import sys
import tempfile
from collections.abc import Callable, Sequence
from types import ModuleType

#: Environment variables set (overwriting any value) before the engines are imported.
ENVIRONMENT: dict[str, str] = {
    # onnxruntime: no telemetry database, no upload (read when the native library loads)
    "ORT_DISABLE_TELEMETRY": "1",
    # Hugging Face hub / transformers / datasets: never contact the hub
    "HF_HUB_OFFLINE": "1",
    "HF_HUB_DISABLE_TELEMETRY": "1",
    "HF_HUB_DISABLE_IMPLICIT_TOKEN": "1",
    "HF_HUB_DISABLE_UPDATE_CHECK": "1",
    "TRANSFORMERS_OFFLINE": "1",
    "HF_DATASETS_OFFLINE": "1",
    # tldextract: no Public Suffix List download (empty list), no disk cache (empty dir)
    "TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS": "",
    "TLDEXTRACT_CACHE": "",
    # the generic opt-out convention
    "DO_NOT_TRACK": "1",
}


def _disable_onnxruntime_api(module: ModuleType) -> None:
    """Second lock for onnxruntime: its own switch, before the first session is created."""
    disable = getattr(module, "disable_telemetry_events", None)
    if callable(disable):
        disable()


#: Module name -> what to call on it right after it is imported.
AFTER_IMPORT: dict[str, Callable[[ModuleType], None]] = {
    "onnxruntime": _disable_onnxruntime_api,
}


class _AfterImport(importlib.abc.MetaPathFinder):
    """Runs ``AFTER_IMPORT[name](module)`` once the module ``name`` has been executed.

    Why a finder instead of importing onnxruntime here: importing it costs a third of a
    second, which ``anonkit --help`` and the vault commands should not pay.
    """

    def find_spec(self, fullname: str, path: Sequence[str] | None, target: object = None
                  ) -> importlib.machinery.ModuleSpec | None:
        callback = AFTER_IMPORT.get(fullname)
        if callback is None:
            return None
        for finder in sys.meta_path:
            if finder is self or not hasattr(finder, "find_spec"):
                continue
            spec = finder.find_spec(fullname, path, target)
            if spec is not None and spec.loader is not None:
                _wrap_loader(spec.loader, callback)
                return spec
        return None


def _wrap_loader(loader: importlib.abc.Loader, callback: Callable[[ModuleType], None]) -> None:
    execute = loader.exec_module

    def exec_module(module: ModuleType) -> None:
        execute(module)
        callback(module)

    loader.exec_module = exec_module  # type: ignore[method-assign]


def private_temp_dir(name: str) -> str:
    """``<system temp>/anonkit-<uid>/<name>`` when that is ours alone, else a fresh one.

    Why the check: numba loads pickled code from its cache, so a folder another user could
    have created in a shared ``/tmp`` must never be used. Only the 0700 parent is created
    here; numba creates ``name`` inside it when it first caches.
    """
    base = os.path.join(tempfile.gettempdir(), f"anonkit-{os.getuid()}")
    try:
        os.mkdir(base, 0o700)
    except FileExistsError:
        info = os.lstat(base)
        if (not stat.S_ISDIR(info.st_mode) or info.st_uid != os.getuid()
                or stat.S_IMODE(info.st_mode) & 0o077):
            base = tempfile.mkdtemp(prefix="anonkit-")
    except OSError:
        base = tempfile.mkdtemp(prefix="anonkit-")
    return os.path.join(base, name)


def apply() -> None:
    """Set the switches (idempotent). Modules imported before this call are fixed up too."""
    os.environ.update(ENVIRONMENT)
    if "NUMBA_CACHE_DIR" not in os.environ:
        os.environ["NUMBA_CACHE_DIR"] = private_temp_dir("numba")
    for name, callback in AFTER_IMPORT.items():
        if name in sys.modules:
            callback(sys.modules[name])
    if not any(isinstance(f, _AfterImport) for f in sys.meta_path):
        sys.meta_path.insert(0, _AfterImport())
