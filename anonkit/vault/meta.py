"""Names shared by the ``Vault`` facade's modules: object kinds, layout names and catalog
meta keys (spec §12, §13)."""

#: Object kinds the pipeline uses (any ``[a-z0-9_]{1,40}`` is accepted by the catalog).
KINDS = ("audio", "transcript_raw", "transcript_pseudonymized", "key", "metadata", "review")
METADATA_KIND = "metadata"
#: Names a leftover of a crashed ``init`` may have; ``init`` reuses such a directory.
_LAYOUT_NAMES = {"catalog.sqlite", "catalog.sqlite-wal", "catalog.sqlite-shm", "config.json",
                 "audit.log", "audit-failed.log", "lock", "objects", "keys", "tmp"}
#: Catalog meta keys (spec §13).
META_VAULT_ID = "vault_id"
META_GENERATION = "header_generation"
META_DIGEST = "header_digest"
META_PENDING_DIGEST = "header_digest_pending"
META_ROTATION = "rotation_pending"
META_AUDIT_HEAD = "audit_head"
META_FAILED_IMPORTED = "failed_unlocks_imported"
