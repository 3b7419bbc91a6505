"""The workflow layer: the researcher's jobs, joining the engines (asr, anonymize, vault).

Why a layer of its own: decisions that need more than one engine (where the pseudonym key
lives, the leak gate before anything is written or released, the order of writes, which
stage a recording is in) must be the same for the CLI and the review app, and must hold when
anonkit is used from Python. Every function here takes an already-unlocked ``Vault``;
prompting for passwords stays in the CLI.

Imports run one way (tests/test_layers.py): cli, review → workflow → asr, anonymize, vault
→ errors, fileio, languages.

Modules: ``project`` (key, dictionary, settings in a vault), ``text`` (one transcript file),
``timed`` (a .json/.srt/.vtt transcript through ``text``),
``recordings`` (ingest, process, status), ``release`` (approve, export), ``retention``
(purge), ``verify`` (vault checks + leak check), ``export/`` (file formats), ``demo``.
"""
