"""Speech recognition: audio decoding, offline Whisper models, backends, transcript formats.

Modules (each one job): ``audio`` (decode any container to 16 kHz mono float32 in memory),
``models`` (install/verify/resolve offline weights), ``options`` (``TranscribeOptions``,
language codes), ``backends`` (``Backend`` protocol, ``get_backend``), ``faster_backend``
(faster-whisper), ``transcript`` (frozen data model, JSON), ``formats`` (txt/vtt/srt),
``paragraphs`` (long turns split into paragraphs), ``docx_format`` (Word output, and the
python-docx writer the vault export shares),
``quality`` (loop guard flags), ``pipeline`` (file in, transcript out, with optional speaker
turns), ``measure`` (accuracy/speed table for docs/models.md). Written by others beside these:
``speakers`` (speaker turns), ``openai_backend`` and ``convert_ct2`` (openai-whisper backend).

Nothing heavy is imported here, so ``import anonkit.asr`` stays cheap.
"""
