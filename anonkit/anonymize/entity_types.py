"""Entity and flag type names shared by recognizers, detector and CLI (interfaces.md `detect`).

Entity types are what a span *is* (and get ``action="replace"``); flag types are
suspicious tokens that a steward must look at (``action="flag"``), never replaced
automatically.
"""

from typing import Final

from anonkit.languages import LANGUAGES

PERSON: Final = "PERSON"
LOCATION: Final = "LOCATION"
ORGANIZATION: Final = "ORGANIZATION"
DATE: Final = "DATE"
PHONE: Final = "PHONE"
EMAIL: Final = "EMAIL"
NATIONAL_ID: Final = "NATIONAL_ID"
URL: Final = "URL"
ADDRESS: Final = "ADDRESS"
BANK_ACCOUNT: Final = "BANK_ACCOUNT"
IBAN: Final = "IBAN"
LICENSE_PLATE: Final = "LICENSE_PLATE"

# Suspicious-token flags (design.md §4, layer 5).
CAPITALIZED: Final = "CAPITALIZED"
RARE_WORD: Final = "RARE_WORD"
NUMBER: Final = "NUMBER"

ENTITY_TYPES: Final[frozenset[str]] = frozenset(
    {
        PERSON,
        LOCATION,
        ORGANIZATION,
        DATE,
        PHONE,
        EMAIL,
        NATIONAL_ID,
        URL,
        ADDRESS,
        BANK_ACCOUNT,
        IBAN,
        LICENSE_PLATE,
    }
)
FLAG_TYPES: Final[frozenset[str]] = frozenset({CAPITALIZED, RARE_WORD, NUMBER})
ALL_TYPES: Final[frozenset[str]] = ENTITY_TYPES | FLAG_TYPES

# Languages the recognizers are built for (Presidio keys recognizers by this code).
SUPPORTED_LANGUAGES: Final[tuple[str, ...]] = LANGUAGES
