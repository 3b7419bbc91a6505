"""How speech says the pieces of an e-mail or web address: one table for every recognizer.

Why one table: the written and spoken e-mail and URL recognizers each kept their own list
of "dot" words and top-level domains, and the lists drifted (``ie`` was missing from all of
them, so an Irish site said aloud was left in clear text; blind6). ASR also spells the
English words the Norwegian way: ``dått`` for "dot", ``krøll`` for "krøllalfa".
"""

from __future__ import annotations

import phonenumbers

# "." said aloud; Norwegians say "punkt" as often as "punktum" (blind39: "kleng punkt rognstad
# krøllalfa online punkt no" was left in clear text).
SPOKEN_DOT = r"(?:dot|dått|punktum|punkt|prikk)"
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
# Session 42 (development sets: "seznam dot cz", "telenet punktum be"): every country's code,
# from the region table of ``phonenumbers`` (ISO 3166), where an "@" is said too (e-mails).
# A web address said without one keeps the list above: "tre punktum to prosent" is a decimal,
# not Tonga ("to", "at", "in", "it", "be", "by", "so" are words too).
EMAIL_TLDS = (
    *SPOKEN_TLDS,
    *sorted(region.lower() for region in phonenumbers.SUPPORTED_REGIONS if len(region) == 2),
)
SPOKEN_TLD = r"(?:" + "|".join(sorted(set(SPOKEN_TLDS), key=len, reverse=True)) + r")"
EMAIL_TLD = r"(?:" + "|".join(sorted(set(EMAIL_TLDS), key=len, reverse=True)) + r")"
