"""anonkit: offline transcription, pseudonymization and an encrypted vault for interviews."""

__version__ = "0.1.0"
