"""How speech says the pieces of an e-mail or web address: one table for every recognizer.

Why one table: the written and spoken e-mail and URL recognizers each kept their own list
of "dot" words and top-level domains, and the lists drifted (``ie`` was missing from all of
them, so an Irish site said aloud was left in clear text; blind6). ASR also spells the
English words the Norwegian way: ``dått`` for "dot", ``krøll`` for "krøllalfa".
"""

from __future__ import annotations

# "." said aloud.
SPOKEN_DOT = r"(?:dot|dått|punktum|prikk)"
# "@" said aloud ("at" is an everyday English word: callers ask for more evidence with it).
# ASR keeps only half of "krøllalfa" at times: "krøll" or "alfa" (blind6 session).
SPOKEN_AT = r"(?:krøllalfa|alfakrøll|krøll|alfa|snabel-a|at)"
# Top-level domains people say (country codes of the users' region, and the generic ones).
SPOKEN_TLDS = (
    "com", "no", "net", "org", "uk", "ie", "se", "dk", "fi", "is", "de", "nl", "eu", "io",
    "edu", "gov", "info", "co", "nu", "me", "ac", "tv", "app", "scot", "wales", "cymru",
    # generic ones blogs and small sites use (blind8: "www dot … dot blog")
    "blog", "online", "site", "website", "xyz", "biz", "page", "dev", "shop", "life", "live",
    "london", "art", "oslo",
)  # fmt: skip
SPOKEN_TLD = r"(?:" + "|".join(sorted(SPOKEN_TLDS, key=len, reverse=True)) + r")"
