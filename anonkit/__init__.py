"""anonkit: offline transcription, pseudonymization and an encrypted vault for interviews."""

from anonkit import offline as _offline

_offline.apply()  # first: telemetry and hub switches must be set before any engine import

__version__ = "0.1.0"
