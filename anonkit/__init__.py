"""anonkit: offline transcription, pseudonymization and an encrypted vault for interviews.

Public API (imported lazily, so ``import anonkit`` stays fast and loads no model)::

    from anonkit import Vault, ingest, process, approve, export, transcribe_file

Every name below resolves on first use through the module ``__getattr__`` (PEP 562).
"""

from anonkit import offline as _offline

_offline.apply()  # first: telemetry and hub switches must be set before any engine import

__version__ = "0.1.0"

#: public name → (module, attribute). The workflow functions take an unlocked ``Vault``.
_PUBLIC = {
    "Vault": ("anonkit.vault.vault", "Vault"),
    "transcribe_file": ("anonkit.asr.pipeline", "transcribe_file"),
    "Detector": ("anonkit.anonymize.detector", "Detector"),
    "PseudonymKey": ("anonkit.anonymize.key", "PseudonymKey"),
    "ProjectDictionary": ("anonkit.anonymize.dictionary", "ProjectDictionary"),
    "anonymize_document": ("anonkit.anonymize.replace", "anonymize_document"),
    "anonymize_file": ("anonkit.workflow.text", "anonymize_file"),
    "ingest": ("anonkit.workflow.recordings", "ingest"),
    "process": ("anonkit.workflow.recordings", "process"),
    "status": ("anonkit.workflow.recordings", "status"),
    "approve": ("anonkit.workflow.release", "approve"),
    "export": ("anonkit.workflow.release", "export"),
    "purge": ("anonkit.workflow.retention", "purge"),
    "verify_vault": ("anonkit.workflow.verify", "verify_vault"),
    "LANGUAGES": ("anonkit.languages", "LANGUAGES"),
}

__all__ = ["__version__", *_PUBLIC]


def __getattr__(name: str) -> object:
    try:
        module, attr = _PUBLIC[name]
    except KeyError:
        raise AttributeError(f"module 'anonkit' has no attribute {name!r}") from None
    import importlib

    value = getattr(importlib.import_module(module), attr)
    globals()[name] = value  # later look-ups skip this function
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_PUBLIC))
