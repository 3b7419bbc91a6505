"""Detection and pseudonymization of personal data in transcripts (design.md §4).

Layers live in their own modules: ``recognizers/`` holds the Presidio recognizers
(patterns with validation, gazetteers, suspicious-token flags); ``names``, ``places``
and ``wordlists`` expose the gazetteer data that recognizers and pseudonym generation share.
"""
