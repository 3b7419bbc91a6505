"""Norwegian noun forms (Ordbank): is a word a noun or its definite/plural form?

Why a module of its own: the pair and apposition rules (``coordinated.py``,
``apposed_names.py``) and the dialect-article recognizer all ask it, and an everyday noun
used as a name (``ho perla``) must be told from a verb form (``ho ringte``).
"""

from __future__ import annotations

from anonkit.anonymize.wordlists import nb_noun_lemmas


def noun_form(low: str) -> bool:
    """A Norwegian noun or its definite/plural form ("perla" ← "perle", "bekken" ← "bekk"):
    such a word may be an everyday noun used as a name, which a bare verb form may not."""
    lemmas = nb_noun_lemmas()
    if low in lemmas:
        return True
    for ending in ("ene", "en", "et", "er", "a"):
        stem = low[: -len(ending)]
        if low.endswith(ending) and (stem in lemmas or stem + "e" in lemmas):
            return True
    return False
