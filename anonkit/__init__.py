"""anonkit: offline transcription, pseudonymization and an encrypted vault for interview research."""

__version__ = "0.1.0"
